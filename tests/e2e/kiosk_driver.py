"""Drives the real perspective-kiosk under Xvfb with xdotool, for the end-to-end test and
bench/kiosk-bench: a private X server, the kiosk process, real keys and clicks, and the
kiosk's own --screenshot-dir PNGs (one per screen, saved once its layout settled) to know
which screen is up and where a coloured button is. Standard library only."""

import os
import shutil
import signal
import struct
import subprocess
import time
import zlib

SCREEN_W, SCREEN_H = 1280, 800
KEY_HOLD = 0.12   # ImGui 1.86 sees key state once a frame: a key is held across a frame
KEY_GAP = 0.12
SETTLE = 0.6      # s: longer than the kiosk's 0.5 s guard against taps on a control that just appeared


def missing_tools():
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


class Xvfb:
    """A private X server on a free display (Xvfb picks it: -displayfd)."""

    def __init__(self):
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN_W}x{SCREEN_H}x24", "-nolisten", "tcp"],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number

    def close(self):
        self.process.terminate()
        self.process.wait(timeout=10)


# The test inspectorate key (tests/fixtures/keys/README.md): every e2e kiosk seals its answers to it.
TEST_KEYS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "keys")
TEST_PUBLIC_KEY = os.path.join(TEST_KEYS, "test-inspectorate.pub")
TEST_SECRET_KEY = os.path.join(TEST_KEYS, "test-inspectorate.key")
TEST_PASSPHRASE = "perspective test key, not secret"
STAFF_PIN = "246813"


def prepare_database(binary, database, pin=STAFF_PIN, public_key=TEST_PUBLIC_KEY, setup=()):
    """A fresh database with a staff PIN already set, so the kiosk opens on its start page
    rather than asking staff to choose a PIN (the PIN goes in on stdin, never in argv), and
    sealed to the test inspectorate key (a kiosk with no key refuses to collect answers).
    `setup`: more set-up options given with --set-recipient (e.g. --handover-folder DIR)."""
    for args, stdin in ((["--set-pin"], pin + "\n"), (["--set-recipient", public_key, *setup], None)):
        result = subprocess.run([binary, "--db", database, *args], input=stdin, capture_output=True, text=True,
                                timeout=60)
        if result.returncode != 0:
            raise RuntimeError(f"{binary} {args[0]} failed ({result.returncode}): {result.stderr.strip()}")


class Kiosk:
    """The kiosk process on an Xvfb display, with a screenshot directory of its own."""

    def __init__(self, binary, display, database, workdir, extra_args=(), extra_env=None):
        self.display = display
        self.shots = os.path.join(workdir, "shots")
        os.makedirs(self.shots, exist_ok=True)
        env = dict(os.environ, DISPLAY=display, SDL_AUDIODRIVER="dummy", HOME=workdir,
                   XDG_DATA_HOME=os.path.join(workdir, "data"))
        env.update(extra_env or {})
        self.stderr_path = os.path.join(workdir, "kiosk.stderr")
        self._stderr = open(self.stderr_path, "w")
        self.launched = time.monotonic()
        self.process = subprocess.Popen(
            [binary, "--windowed", "--db", database, "--screenshot-dir", self.shots, *extra_args],
            env=env, stdout=subprocess.DEVNULL, stderr=self._stderr)
        self.seen = set()
        self.window = self._find_window()
        if self.window is not None:
            self.xdotool("windowfocus", "--sync", self.window)

    def _find_window(self, timeout=60.0):
        """The kiosk's window once it shows; None when the kiosk exits first (the crash sweep
        kills it at start-up too: the next wait_for_new_screen then says it exited). The wait is
        long because CI runs two tests at once: beside headless Chromium, a start after a kill
        (hot WAL recovered, every row checked, llvmpipe set up) once took over 20 s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return None
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "Perspective"],
                                   env=dict(os.environ, DISPLAY=self.display), capture_output=True, text=True,
                                   timeout=20)
            if found.returncode == 0 and found.stdout.split():
                return found.stdout.split()[0]
            time.sleep(0.05)
        self._stderr.flush()
        with open(self.stderr_path) as err:
            said = err.read().strip()[-2000:]
        raise RuntimeError(f"the kiosk's window did not show within {timeout} s; its stderr: {said or '(empty)'}")

    def xdotool(self, *args):
        result = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=self.display),
                                capture_output=True, text=True, timeout=20)
        if result.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def stop(self):
        """SIGTERM: the kiosk ends its run loop and closes the store cleanly."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stderr.close()
        return self.process.returncode

    def stderr(self):
        with open(self.stderr_path) as file:
            return file.read()

    # ---- input --------------------------------------------------------------------------------

    def key(self, name, shift=False):
        if shift:
            self.xdotool("keydown", "shift")
        self.xdotool("keydown", name)
        time.sleep(KEY_HOLD)
        self.xdotool("keyup", name)
        if shift:
            self.xdotool("keyup", "shift")
        time.sleep(KEY_GAP)

    def hold(self, x, y, seconds):
        """A press held in place (staff mode opens only on a 3 s hold on "Staff")."""
        self.xdotool("mousemove", "--window", self.window, str(int(x)), str(int(y)))
        time.sleep(SETTLE)
        self.xdotool("mousedown", "1")
        time.sleep(seconds)
        self.xdotool("mouseup", "1")
        time.sleep(KEY_GAP)

    def type(self, text):
        self.xdotool("type", "--delay", "80", text)
        time.sleep(KEY_GAP)

    def click(self, x, y):
        """A touch: move there, look (the kiosk ignores a press on a control that appeared under
        the finger less than half a second ago), press, hold across a frame, release."""
        self.xdotool("mousemove", "--window", self.window, str(int(x)), str(int(y)))
        time.sleep(SETTLE)
        self.xdotool("mousedown", "1")
        time.sleep(KEY_HOLD)
        self.xdotool("mouseup", "1")
        time.sleep(KEY_GAP)

    # ---- screens ------------------------------------------------------------------------------

    def wait_for_new_screen(self, timeout=15.0):
        """The name of the next screen not seen before (its screenshot appeared), and its image
        (decoded when first used: decoding costs ~0.3 s of CPU)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the kiosk exited ({self.process.returncode}):\n{self.stderr()}")
            for name in sorted(os.listdir(self.shots)):
                path = os.path.join(self.shots, name)
                if name.endswith(".png") and name not in self.seen and png_complete(path):
                    self.seen.add(name)
                    return name[:-4], LazyImage(path)
            time.sleep(0.05)
        raise RuntimeError(f"no new screen within {timeout} s (seen: {sorted(self.seen)})")


# ---- PNG (as stb_image_write writes it: 8-bit RGBA, not interlaced) ------------------------------

PNG_END = b"IEND\xaeB`\x82"


def png_complete(path):
    """False while the kiosk is still writing the file."""
    with open(path, "rb") as file:
        file.seek(0, os.SEEK_END)
        if file.tell() < 20:
            return False
        file.seek(-len(PNG_END), os.SEEK_END)
        return file.read() == PNG_END


class LazyImage:
    def __init__(self, path):
        self.path = path
        self._image = None

    def __getattr__(self, name):
        if self._image is None:
            self._image = read_png(self.path)
        return getattr(self._image, name)


def read_png(path):
    """An Image of a complete PNG file."""
    with open(path, "rb") as file:
        data = file.read()
    pos = 8
    idat = bytearray()
    width = height = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour != 6:
                raise RuntimeError(f"{path}: not 8-bit RGBA")
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(bytes(idat))
    stride = width * 4
    rows = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(4, stride):
                line[i] = (line[i] + line[i - 4]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - 4] if i >= 4 else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - 4] if i >= 4 else 0
                b = previous[i]
                c = previous[i - 4] if i >= 4 else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return Image(width, height, rows)


class Image:
    def __init__(self, width, height, rows):
        self.width, self.height, self.rows = width, height, rows

    def pixel(self, x, y):
        row = self.rows[y]
        return row[x * 4], row[x * 4 + 1], row[x * 4 + 2]

    def runs(self, y, colour, tolerance=10):
        """Horizontal runs [x0, x1) of `colour` on row y."""
        r0, g0, b0 = colour
        row = self.rows[y]
        out = []
        start = None
        for x in range(self.width):
            i = x * 4
            match = abs(row[i] - r0) <= tolerance and abs(row[i + 1] - g0) <= tolerance and abs(row[i + 2] - b0) <= tolerance
            if match and start is None:
                start = x
            elif not match and start is not None:
                out.append((start, x))
                start = None
        if start is not None:
            out.append((start, self.width))
        return out

    def bands(self, colour, min_width, top=0, bottom=None):
        """Boxes (x0, y0, x1, y1) filled with `colour`: runs of rows each holding at least
        `min_width` pixels of it (text inside a button interrupts a row, not the count)."""
        bottom = self.height if bottom is None else bottom
        out = []
        current = None
        for y in range(top, bottom):
            runs = [r for r in self.runs(y, colour) if r[1] - r[0] >= 8]
            total = sum(x1 - x0 for x0, x1 in runs)
            if total >= min_width:
                x0, x1 = runs[0][0], runs[-1][1]
                if current is None:
                    current = [x0, y, x1, y + 1]
                else:
                    current = [min(current[0], x0), current[1], max(current[2], x1), y + 1]
            elif current is not None:
                out.append(tuple(current))
                current = None
        if current is not None:
            out.append(tuple(current))
        return out


def centre(box):
    x0, y0, x1, y1 = box
    return (x0 + x1) // 2, (y0 + y1) // 2


def hex_colour(value):
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


def export(export_binary, *args, stdin=None):
    """Runs perspective-export; returns its standard output, or raises with its error."""
    result = subprocess.run([export_binary, *args], input=stdin, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"perspective-export {args[0]} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def sealed_report(export_binary, files, questionnaire, key=TEST_SECRET_KEY, passphrase=TEST_PASSPHRASE,
                  extra=("--allow-unsigned",)):
    """`perspective-export report --key` as JSON, the way the inspectorate reads sealed files."""
    args = ["report", "--key", key, "--questionnaire", questionnaire, "--format", "json", *extra]
    for f in files:
        args += ["--db", f]
    import json
    return json.loads(export(export_binary, *args, stdin=passphrase + "\n"))


def answers_from_sealed_report(export_binary, database, questionnaire, **keys):
    """What a kiosk holding ONE response stored, read the way the inspectorate reads it:
    `perspective-export report --key` (the test key) over the sealed database. Returns
    {question id: sorted option ids, or [free text]} for each answered question."""
    report = sealed_report(export_binary, [database], questionnaire, **keys)["questionnaires"][0]
    answers = {}
    for question in report["questions"]:
        chosen = sorted(option for option, count in question["counts"].items() if count > 0)
        if chosen:
            answers[question["id"]] = chosen
        for comment in question.get("comments", []):
            answers[question["id"]] = [comment.split("\u201c", 1)[1].rsplit("\u201d", 1)[0]]
    return answers


def leaked_words(database, words):
    """The words found in the bytes of the database and its -wal and -shm files (what `strings`
    over the disk would show a thief)."""
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(database + suffix):
            with open(database + suffix, "rb") as f:
                data += f.read()
    return [word for word in words if word.encode() in data]
