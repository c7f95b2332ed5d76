#!/usr/bin/env python3
"""The kiosk session as the unit runs it: cage's wlroots headless backend, an ordinary user, the
unit's own ExecStart, Restart= and WatchdogSec= (read from perspective-kiosk.service).

1. Fills the output: grim's screenshot of cage's output at 1280x720 and, rotated (cage -r), at
   720x1280 is the kiosk's own page edge to edge (top bar across the whole width, no compositor
   background left at the bottom).
2. Comes back after a crash: a response is begun with a real click (xdotool through Xwayland), the
   kiosk is killed with SIGKILL, then SIGSEGV, then stopped (SIGSTOP: a hang, noticed only by the
   watchdog); each time the start page is back within 5 s and the interrupted response is closed as
   abandoned.

This machine has no running systemd (no PID 1 systemd, no logind, no DRM), so systemd itself
cannot supervise the unit here: a small supervisor below does what the unit asks of systemd
(restart after any exit, NOTIFY_SOCKET + WATCHDOG_USEC, kill when the pings stop), with the
unit's ExecStart, only the kiosk's path and database made local. Root cannot run cage ("Unable
to drop root"): as root, the test runs everything as a throwaway system user.

usage: kiosk_session_test.py KIOSK_BINARY EXPORT_BINARY UNIT_FILE ASSETS_DIR
       exit 77 (skipped) without cage/grim/Xwayland/xdotool
"""
import os
import pwd
import resource
import shlex
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

TEST_USER = "perspective-ci"
PIN = "246813"
BACK_WITHIN = 5.0


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def unit_settings(unit_file):
    """The [Service] keys of the unit (last value wins, as systemd reads them)."""
    settings, section = {}, None
    with open(unit_file, encoding="utf-8") as unit:
        for line in unit:
            line = line.strip()
            if line.startswith("["):
                section = line
            elif section == "[Service]" and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                settings[key] = value
    return settings


class Runner:
    """Runs commands as the test user (or oneself when not root), with its own runtime dir."""

    def __init__(self, workdir):
        self.workdir = workdir
        self.as_root = os.geteuid() == 0
        self.created_user = False
        if self.as_root:
            try:
                pwd.getpwnam(TEST_USER)
            except KeyError:
                self.created_user = True
                subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
                               check=True)
            entry = pwd.getpwnam(TEST_USER)
            os.chown(workdir, entry.pw_uid, entry.pw_gid)
        self.runtime = os.path.join(workdir, "run")
        self.mkdir(self.runtime, 0o700)

    def mkdir(self, path, mode=0o755):
        os.makedirs(path, mode=mode, exist_ok=True)
        os.chmod(path, mode)
        if self.as_root:
            entry = pwd.getpwnam(TEST_USER)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def command(self, argv):
        return (["runuser", "-u", TEST_USER, "--"] + argv) if self.as_root else argv

    def env(self, **extra):
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "XDG_RUNTIME_DIR": self.runtime, "HOME": self.workdir,
               "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
               "SDL_AUDIODRIVER": "dummy"}
        if "PERSPECTIVE_ASSETS" in os.environ:
            env["PERSPECTIVE_ASSETS"] = os.environ["PERSPECTIVE_ASSETS"]
        env.update(extra)
        return env

    def run(self, argv, **kwargs):
        return subprocess.run(self.command(argv), env=self.env(), cwd=self.workdir, **kwargs)


def read_ppm(png):
    """(width, height, rgb bytes) of a PNG, through ImageMagick's plain PPM."""
    data = subprocess.run(["convert", png, "ppm:-"], check=True, capture_output=True).stdout
    parts = data.split(b"\n", 3)
    width, height = (int(v) for v in parts[1].split())
    return width, height, parts[3]


def pixel(image, x, y):
    width, _, rgb = image
    i = (y * width + x) * 3
    return tuple(rgb[i:i + 3])


class Session:
    """One cage + kiosk started from the unit's ExecStart, restarted like Restart=always does."""

    started_total = 0

    def __init__(self, runner, unit, kiosk, database, cage_options=(), watchdog=None):
        self.runner = runner
        self.watchdog = watchdog
        argv = shlex.split(unit["ExecStart"])
        if argv[0] != "/usr/bin/cage" or "/usr/bin/perspective-kiosk" not in argv:
            fail("ExecStart is not cage running /usr/bin/perspective-kiosk: " + unit["ExecStart"])
        argv[argv.index("/usr/bin/perspective-kiosk")] = kiosk
        argv = [a.replace("/var/lib/perspective/responses.db", database) for a in argv]
        self.argv = [argv[0], *cage_options, *argv[1:]]
        self.restart_sec = float(unit.get("RestartSec", "0").rstrip("s"))
        self.cage = None
        self.notify = None
        self.runs = 0

    def start(self):
        self.runs += 1
        Session.started_total += 1
        # A runtime dir of its own: a killed cage leaves wayland-0.lock behind.
        self.runner.runtime = os.path.join(self.runner.workdir, f"run-{Session.started_total}")
        self.runner.mkdir(self.runner.runtime, 0o700)
        self.shots = os.path.join(self.runner.workdir, f"shots-{Session.started_total}")
        self.runner.mkdir(self.shots)
        extra = {}
        if self.watchdog:
            path = os.path.join(self.runner.runtime, "notify")
            if os.path.exists(path):
                os.unlink(path)
            self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            self.notify.bind(path)
            os.chmod(path, 0o777)
            extra = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": str(int(self.watchdog * 1e6))}
        log = open(os.path.join(self.runner.workdir, f"cage-{Session.started_total}.log"), "w")
        self.cage = subprocess.Popen(self.runner.command(self.argv + ["--screenshot-dir", self.shots]),
                                     env=self.runner.env(**extra), cwd=self.runner.workdir,
                                     stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                                     preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)))
        self.started = time.monotonic()

    def start_page_shown(self, timeout):
        """Seconds until the kiosk saved start.png (its start page, settled), or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if os.path.exists(os.path.join(self.shots, "start.png")):
                return time.monotonic()
            if self.cage.poll() is not None:
                return None
            time.sleep(0.05)
        return None

    def kiosk_pid(self):
        out = subprocess.run(["pgrep", "-s", str(self.cage.pid), "-f", "perspective-kiosk --db"],
                             capture_output=True, text=True).stdout.split()
        pids = [int(p) for p in out if int(p) != self.cage.pid]
        kiosk = [p for p in pids if os.path.basename(os.readlink(f"/proc/{p}/exe")).startswith("perspective-kio")]
        return kiosk[0] if kiosk else None

    def supervise_until_restarted(self, timeout):
        """What systemd does: wait for cage to end (or the watchdog to starve), wait RestartSec, start again."""
        deadline = time.monotonic() + timeout
        last_ping = time.monotonic()
        while self.cage.poll() is None:
            if time.monotonic() > deadline:
                fail("cage did not end after the kiosk died")
            if self.notify:
                self.notify.settimeout(0.1)
                try:
                    if b"WATCHDOG=1" in self.notify.recv(256):
                        last_ping = time.monotonic()
                except socket.timeout:
                    pass
                if time.monotonic() - last_ping > self.watchdog:
                    # systemd: WatchdogSignal=SIGABRT to the unit, then SIGKILL (KillMode=control-group).
                    os.killpg(self.cage.pid, signal.SIGABRT)
                    time.sleep(0.5)
                    if self.cage.poll() is None:
                        os.killpg(self.cage.pid, signal.SIGKILL)
            else:
                time.sleep(0.05)
        self.cage.wait()
        self.stop_leftovers()
        time.sleep(self.restart_sec)
        self.start()

    def pings(self, seconds):
        """How many WATCHDOG=1 the kiosk sent in the next `seconds` (older ones are dropped first)."""
        self.notify.setblocking(False)
        try:
            while self.notify.recv(256):
                pass
        except BlockingIOError:
            pass
        count, deadline = 0, time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self.notify.settimeout(left)
            try:
                count += self.notify.recv(256) == b"WATCHDOG=1"
            except socket.timeout:
                break
        return count

    def stop_leftovers(self):
        # KillMode=control-group: nothing of the old run survives it (Xwayland, a stopped kiosk).
        # Every process of the session this test started, by id.
        out = subprocess.run(["pgrep", "-s", str(self.cage.pid)], capture_output=True, text=True).stdout
        for pid in (int(p) for p in out.split()):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def screenshot(self, name):
        path = os.path.join(self.runner.workdir, name)
        with open(path, "wb") as out:
            self.runner.run(["grim", "-"], stdout=out, check=True)
        return read_ppm(path)

    def display(self):
        """The X display cage's Xwayland serves (the kiosk is an X client there)."""
        out = subprocess.run(["pgrep", "-s", str(self.cage.pid), "-a", "Xwayland"], capture_output=True, text=True).stdout
        for word in out.split():
            if word.startswith(":"):
                return word
        fail("no Xwayland display in cage's session")

    def answer_first_question(self, first_question):
        """Once the kiosk shows its first question, touches its first option, then Continue: the
        first answer begins the response. Places are read from the kiosk's own screenshot of the
        page (the compositor's picture can lag a page behind under the headless software
        renderer); the window fills the output at (0, 0), so they are the same places."""
        path = os.path.join(self.shots, first_question)
        wait_for(lambda: os.path.exists(path), 10, f"the kiosk never showed {first_question}")
        image = read_ppm(path)
        width, height, _ = image
        option = next((y for y in range(height // 5, height)
                       if all(230 <= c < 250 for c in pixel(image, width // 2, y))), None)
        if option is None:
            fail(f"no option row on {first_question}")
        green = next(((x, y) for y in range(height - 1, 0, -2) for x in range(0, width // 2, 4)
                      if (lambda p: p[1] > p[0] + 40 and p[1] > p[2] + 20)(pixel(image, x, y))), None)
        if green is None:
            fail(f"no Continue button on {first_question}")
        time.sleep(0.6)
        self.touch(width // 2, option + 15)
        self.touch(green[0] + 6, green[1] - 6)

    def touch(self, x, y):
        """A touch: move there, wait out the kiosk's 0.5 s guard, press, hold across a frame, release."""
        env = self.runner.env(DISPLAY=self.display())
        for step, pause in ((["mousemove", str(x), str(y)], 0.6), (["mousedown", "1"], 0.15), (["mouseup", "1"], 0.15)):
            subprocess.run(self.runner.command(["xdotool", *step]), env=env, check=True)
            time.sleep(pause)

    def touch_first_choice(self, shot_name, timeout=10, kiosk_shot=None):
        """Clicks the first answer button (the theme's green) down the middle of the page, once
        the compositor shows one (after a resize the output can stay black for a moment). With
        kiosk_shot, the page is read from the kiosk's own screenshot of it instead (see
        answer_first_question on the compositor's picture lagging a page behind)."""
        deadline = time.monotonic() + timeout
        while True:
            if kiosk_shot is not None:
                path = os.path.join(self.shots, kiosk_shot)
                wait_for(lambda: os.path.exists(path), timeout, f"the kiosk never showed {kiosk_shot}")
                image = read_ppm(path)
            else:
                image = self.screenshot(shot_name)
            width, height, _ = image
            x = width // 2
            for y in range(height):
                r, g, b = pixel(image, x, y)
                if g > r + 40 and g > b + 20:
                    self.touch(x, y + 8)
                    return
            if time.monotonic() > deadline:
                fail(f"no answer button on the page ({shot_name})")
            time.sleep(0.25)

    def stop(self):
        if self.cage and self.cage.poll() is None:
            os.killpg(self.cage.pid, signal.SIGTERM)
            try:
                self.cage.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.cage.pid, signal.SIGKILL)
                self.cage.wait()
        self.stop_leftovers()
        if self.notify:
            self.notify.close()


def response_counts(database):
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return dict(db.execute("SELECT status, count(*) FROM response GROUP BY status").fetchall())


def wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    fail(what)


def uncovered_edges(image, expected, label):
    """What of the output's edges the kiosk does not cover (an empty list when it fills it)."""
    width, height, _ = image
    if (width, height) != expected:
        fail(f"{label}: output is {width}x{height}, expected {expected[0]}x{expected[1]}")
    # cage paints what no window covers black; the kiosk's page never has pure black at its edges
    # (its top bar is a near-black grey, its page white).
    uncovered = [(x, height - 1) for x in range(width) if pixel(image, x, height - 1) == (0, 0, 0)]
    uncovered += [(width - 1, y) for y in range(height) if pixel(image, width - 1, y) == (0, 0, 0)]
    if pixel(image, 0, 0) != pixel(image, width - 1, 0):
        uncovered.append((width - 1, 0))  # the top bar does not reach across
    return uncovered


def main():
    if len(sys.argv) != 5:
        fail("usage: kiosk_session_test.py KIOSK_BINARY EXPORT_BINARY UNIT_FILE ASSETS_DIR")
    kiosk_built, exporter_built, unit_file, assets = sys.argv[1:]
    missing = [t for t in ("cage", "grim", "Xwayland", "xdotool", "convert", "pgrep") if shutil.which(t) is None]
    if missing:
        print("skipped: missing " + ", ".join(missing))
        return 77
    unit = unit_settings(unit_file)
    if unit.get("Restart") != "always" or unit.get("NotifyAccess") != "all" or "WatchdogSec" not in unit:
        fail("the unit must have Restart=always, NotifyAccess=all and a WatchdogSec")

    workdir = tempfile.mkdtemp(prefix="perspective-session-")
    os.chmod(workdir, 0o755)
    sessions = []
    runner = None
    try:
        runner = Runner(workdir)
        # The test user may not read the build tree (CI builds under /root): give it copies.
        kiosk = os.path.join(workdir, "perspective-kiosk")
        shutil.copy(kiosk_built, kiosk)
        shutil.copytree(assets, os.path.join(workdir, "assets"))
        os.environ["PERSPECTIVE_ASSETS"] = os.path.join(workdir, "assets")
        runner.mkdir(os.path.join(workdir, "data"), 0o700)
        database = os.path.join(workdir, "data", "responses.db")
        help_text = runner.run([kiosk, "--help"], capture_output=True, text=True).stdout
        # The PIN only ever comes on standard input (never the command line: /proc/PID/cmdline).
        runner.run([kiosk, "--db", database, "--site", "Session test", "--set-pin"], input=PIN + "\n", text=True,
                   check=True, capture_output=True)
        if "--set-recipient" in help_text:  # a sealing kiosk starts only with the inspectorate's key
            exporter = os.path.join(workdir, "perspective-export")
            shutil.copy(exporter_built, exporter)
            key = os.path.join(workdir, "data", "inspectorate")
            runner.run([exporter, "keygen", "-o", key], input="session test passphrase\n", text=True,
                       check=True, capture_output=True)
            runner.run([kiosk, "--db", database, "--set-recipient", key + ".pub"], check=True, capture_output=True)

        # 1. Fills the output, landscape and portrait.
        for options, expected, label in (((), (1280, 720), "landscape"), (("-r",), (720, 1280), "portrait (cage -r)")):
            session = Session(runner, unit, kiosk, database, cage_options=options)
            sessions.append(session)
            session.start()
            if session.start_page_shown(30) is None:
                fail(f"{label}: the start page never showed; see {workdir}/cage-{session.runs}.log")
            # The window starts at the kiosk's own size and is then resized to the output (in
            # portrait that takes a moment under software rendering): allow it 5 s.
            deadline = time.monotonic() + 5
            while uncovered := uncovered_edges(session.screenshot(f"{label.split()[0]}.png"), expected, label):
                if time.monotonic() > deadline:
                    fail(f"{label}: {len(uncovered)} edge pixels show the compositor, e.g. {uncovered[0]}")
                time.sleep(0.25)
            print(f"ok: {label}: the kiosk fills the {expected[0]}x{expected[1]} output")
            session.stop()

        # 2. Back on the start page after a kill, a crash and a hang. The watchdog is shortened
        # from the unit's WatchdogSec so the hang is noticed within the test's time.
        watchdog = 2.0
        session = Session(runner, unit, kiosk, database, watchdog=watchdog)
        sessions.append(session)
        session.start()
        if session.start_page_shown(30) is None:
            fail("the start page never showed")
        time.sleep(0.3)
        start_page = session.screenshot("start-before.png")
        for sig in (signal.SIGKILL, signal.SIGSEGV, signal.SIGSTOP):
            before = response_counts(database)
            time.sleep(0.6)  # the kiosk ignores touches in a page's first 0.5 s (no mis-taps)
            # The start page's first choice opens a questionnaire; its first answer begins the
            # response (nothing is stored before the first answer).
            session.touch_first_choice("before-touch.png")
            time.sleep(0.6)
            session.answer_first_question("question-setting.png")
            wait_for(lambda: response_counts(database).get("in_progress", 0) == 1, 5,
                     "touching an answer did not begin a response")
            pid = session.kiosk_pid()
            if pid is None:
                fail("no kiosk process inside cage")
            if sig == signal.SIGSTOP and session.pings(watchdog) == 0:
                fail(f"the running kiosk sent no WATCHDOG=1 within {watchdog} s (it must, every {watchdog / 2} s)")
            killed = time.monotonic()
            os.kill(pid, sig)
            session.supervise_until_restarted(timeout=15)
            shown = session.start_page_shown(10)
            if shown is None:
                fail(f"after {sig.name}: the start page never came back")
            # For a hang, the clock starts when the watchdog gives up (the kiosk froze up to
            # WatchdogSec before anything can notice).
            since = shown - (killed + watchdog if sig == signal.SIGSTOP else killed)
            if since > BACK_WITHIN:
                fail(f"after {sig.name}: start page back after {since:.1f} s (limit {BACK_WITHIN} s)")
            after = response_counts(database)
            if after.get("in_progress", 0) != 0 or after.get("abandoned", 0) != before.get("abandoned", 0) + 1:
                fail(f"after {sig.name}: the interrupted response was not closed as abandoned: {before} -> {after}")
            time.sleep(0.3)
            again = session.screenshot("start-after.png")
            if again[2] != start_page[2]:
                fail(f"after {sig.name}: the screen is not the start page it showed before")
            print(f"ok: {sig.name}: start page back in {since:.1f} s, interrupted response closed as abandoned")
        return 0
    finally:
        for session in sessions:
            session.stop()
        if os.environ.get("PERSPECTIVE_KEEP_SESSION") is None:
            shutil.rmtree(workdir, ignore_errors=True)
        if runner is not None and runner.created_user:
            subprocess.run(["userdel", TEST_USER], check=False)


if __name__ == "__main__":
    sys.exit(main())
