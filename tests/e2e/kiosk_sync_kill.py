#!/usr/bin/env python3
"""The real kiosk killed at sync points of a whole respondent's journey (issue 12: every program
killed at every sync point, the kiosk session included). The same community-branch offender
journey as kiosk_offender_e2e.py, under Xvfb and xdotool, with the LD_PRELOAD shim of the crash
sweep (tests/crash/sync_kill_shim.c) SIGKILLing the kiosk at its Nth fsync, before or after it.

First one journey runs to the end under the shim in counting mode, to learn how many sync
points a journey has; then the kiosk is killed at points spread evenly over them (every
PERSPECTIVE_KIOSK_SYNC_STEP-th, default a quarter of them, and the last), alternately before and
after the sync. After each kill:
  - the comment typed so far is nowhere on disk in plain text (db, -wal, -shm);
  - `perspective-export report --key` reads the file without refusing it (no damage, every
    checksum good) and finds at most one response;
  - a kill after the confirmation page showed leaves that response submitted with every answer;
  - the kiosk starts again on the file (no shim), shows its start page and stops cleanly, and the
    interrupted response is then closed (none left in progress).

A SIGKILL leaves what was written but not yet synced in the page cache, so this shows the file
whole and reusable after a kill at any of these points; that every answer survives a power cut
(unsynced bytes lost) is shown by the power-loss VFS test, Durability.EveryReportedAnswerSurvivesPowerLoss.

    kiosk_sync_kill.py PATH/TO/perspective-kiosk PATH/TO/libsync_kill_shim.so
        exit 0 pass, 1 fail, 77 skip (no Xvfb or xdotool)
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kiosk_driver as kd  # noqa: E402
import kiosk_offender_e2e as journey  # noqa: E402

PASSPHRASE = "sync kill passphrase"


def run_journey(binary, display, database, workdir, env):
    """Walks the journey under `env` until it ends or the kiosk dies. Returns (the kiosk, whether
    the confirmation page was reached)."""
    kiosk = None
    try:
        kiosk = kd.Kiosk(binary, display, database, workdir, extra_env=env)
        journey.walk(kiosk)
        return kiosk, True
    except (journey.Failure, RuntimeError):
        if kiosk is None or kiosk.process.poll() is None:
            raise  # the journey failed while the kiosk was alive: a real failure, not the kill
        return kiosk, False


NOTHING_TO_REPORT = 3  # perspective-export report: no response of any status (docs: exit codes)


def report(export_binary, database, keys):
    """The offender figures of `report --key`; raises when the report refuses the file."""
    result = subprocess.run([export_binary, "report", "--key", keys["key"], "--allow-unsigned", "--db", database,
                             "--questionnaire", "offender", "--format", "json"],
                            input=keys["passphrase"] + "\n", capture_output=True, text=True, timeout=60)
    if result.returncode not in (0, NOTHING_TO_REPORT):
        raise RuntimeError(f"report refused the file ({result.returncode}): {result.stderr.strip()}")
    return json.loads(result.stdout)["questionnaires"][0]


def check_after_kill(binary, export_binary, display, database, workdir, keys, confirmed):
    journey.check(not kd.leaked_words(database, journey.TYPED), "typed text is on disk in plain text after the kill")
    counted = report(export_binary, database, keys)  # refuses (raises) a damaged file
    total = counted["returned"] + counted.get("abandoned", 0) + counted.get("in_progress", 0)
    journey.check(total <= 1, f"{total} responses after one journey")
    if confirmed:
        journey.check(counted["returned"] == 1, "the confirmation page showed, but no submitted response was kept")
        journey.verify(database, export_binary, keys)
    # The next start: the kiosk opens the file as it was left, shows its start page, stops cleanly.
    again = kd.Kiosk(binary, display, database, os.path.join(workdir, "again"))
    try:
        screen, _ = again.wait_for_new_screen()
        journey.check(screen == "start", f"the kiosk restarted on {screen}, not start:\n{again.stderr()}")
    finally:
        code = again.stop()
    journey.check(code == 0, f"the restarted kiosk exited with {code}:\n{again.stderr()}")
    after = report(export_binary, database, keys)
    journey.check(after.get("in_progress", 0) == 0, "the interrupted response is still in progress after a restart")
    journey.check(after["returned"] == counted["returned"], "the restart changed the submitted count")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, shim = argv[1], argv[2]
    missing = kd.missing_tools()
    if missing:
        print(f"SKIP: {', '.join(missing)} not installed (packages xvfb, xdotool)")
        return journey.SKIP
    started = time.monotonic()
    export_binary = os.path.join(os.path.dirname(os.path.abspath(binary)), "perspective-export")
    with tempfile.TemporaryDirectory(prefix="kiosk-sync-kill-") as workdir:
        xvfb = kd.Xvfb()
        point = "counting"
        try:
            name = os.path.join(workdir, "inspectorate")
            kd.export(export_binary, "keygen", "-o", name, stdin=PASSPHRASE + "\n")
            keys = {"key": name + ".key", "passphrase": PASSPHRASE}
            prepared = os.path.join(workdir, "prepared.db")
            kd.prepare_database(binary, prepared, public_key=name + ".pub")

            def fresh(run):
                directory = os.path.join(workdir, run)
                os.makedirs(directory)
                database = os.path.join(directory, "kiosk.db")
                shutil.copyfile(prepared, database)
                return directory, database

            directory, database = fresh("count")
            count_file = os.path.join(workdir, "syncs")
            kiosk, confirmed = run_journey(binary, xvfb.display, database, directory,
                                           {"LD_PRELOAD": shim, "PERSPECTIVE_SYNC_COUNT_FILE": count_file})
            journey.check(confirmed, "the counting journey did not reach the confirmation page")
            journey.check(kiosk.stop() == 0, f"the counting kiosk did not stop cleanly:\n{kiosk.stderr()}")
            with open(count_file) as f:
                syncs = int(f.read())
            journey.check(syncs > 0, "the kiosk made no sync during a whole journey")
            step = int(os.environ.get("PERSPECTIVE_KIOSK_SYNC_STEP", "0")) or max(1, syncs // 4)
            points = sorted(set(range(1, syncs + 1, step)) | {syncs})
            print(f"{syncs} sync points in one journey; killing at {points}", flush=True)
            for index, n in enumerate(points):
                when = "after" if index % 2 else "before"
                point = f"sync {n} of {syncs} ({when})"
                directory, database = fresh(f"kill-{n}-{when}")
                kiosk, confirmed = run_journey(binary, xvfb.display, database, directory,
                                               {"LD_PRELOAD": shim, "PERSPECTIVE_SYNC_KILL_AT": str(n),
                                                "PERSPECTIVE_SYNC_KILL_WHEN": when})
                deadline = time.monotonic() + 10
                while kiosk.process.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.05)  # after the confirmation page, the last syncs may still be coming
                code = kiosk.stop()
                journey.check(code == -9 or (confirmed and code == 0),
                              f"the kiosk was not killed (exit {code}):\n{kiosk.stderr()}")
                check_after_kill(binary, export_binary, xvfb.display, database, directory, keys, confirmed)
                print(f"  {point}: killed {'after' if confirmed else 'before'} the confirmation page; file whole, "
                      f"next start fine", flush=True)
        except (journey.Failure, RuntimeError) as error:
            print(f"FAIL at {point}: {error}", file=sys.stderr)
            return 1
        finally:
            xvfb.close()
    print(f"PASS: the kiosk killed at {len(points)} sync points of a journey; every file whole and reusable "
          f"({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
