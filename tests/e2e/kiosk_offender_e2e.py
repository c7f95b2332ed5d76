#!/usr/bin/env python3
"""End-to-end: the real perspective-kiosk under Xvfb, a fresh database, the offender
questionnaire completed as a respondent would (mouse clicks on the chooser, the first question
and the submit button; number keys, Shift+Tab and Enter elsewhere; a comment typed on the
keyboard: long enough to wrap over several lines, then Tab at once, as a fast typist does), through
the community branch with one question skipped; then SIGTERM, and the database must hold exactly
one submitted kiosk response with those answers (sealed: read back with the key through
perspective-export), the comment exactly as typed, and a date only, and the comment must never be
in the bytes of the database, -wal or -shm. Then the handover, as staff do it: back to the start
page, a 3 s hold on "Staff", the PIN on the keyboard, "Save answers for the inspectorate", the
folder set up with --handover-folder; the signed .pspx must appear there, pass `verify` without the
key, and `report` with the key (keygen made it; the kiosk was sealed to it) must give the figures of
the same answers imported into a plain file.

    kiosk_offender_e2e.py PATH/TO/perspective-kiosk      exit 0 pass, 1 fail, 77 skip
    PERSPECTIVE_E2E_SHOTS=DIR keeps the kiosk's screenshots of the run in DIR.
    PERSPECTIVE_E2E_LOAD=N runs N busy processes alongside (keys lost under CPU load were a flake:
    "Thanks for the help" stored as "Thanks for the").
"""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kiosk_driver as kd  # noqa: E402

SKIP = 77

# The standard colour scheme (kiosk/src/ui/theme.cpp): what the screenshots are searched for.
PRIMARY = kd.hex_colour(0x00552E)        # Start / chooser / Continue / Submit fill
OPTION = kd.hex_colour(0xF3F2F1)         # an unselected option row
FRAME_BORDER = kd.hex_colour(0x505A5F)   # the text box's border
HEADER = kd.hex_colour(0x0B0C0C)         # the header bar, and "Staff" on it (ButtonStyle::Header)
HEADER_TEXT = kd.hex_colour(0xFFFFFF)
WIDE = 400                               # px: full-width rows, not the footer's small buttons
NARROW = 40                              # px: a fitted button such as Continue

# Each question the community branch shows, in order: the number keys pressed and the option
# ids that must be stored. "setting" is answered with the mouse; None is skipped.
COMMENT = ("Thanks for the help. My probation officer listened when I explained about my housing, "
           "and the office staff were kind. It would help if appointments were not so early in the "
           "morning because the bus from my town is slow. Thanks for the help")
PLAN = {
    "setting": ("mouse", ["community"]),
    "sentence": ([3], ["licence"]),
    "provider": ([1], ["nps"]),
    "psr_circumstances": None,
    "clear_where_to_go": ([1], ["yes"]),
    "had_induction": ([2], ["no"]),
    "rules_explained": ([1], ["fully"]),
    "plan_discussed": ([1], ["yes"]),
    "plan_involved": ([2], ["partly"]),
    "plan_copy": ([3], ["dont_know"]),
    "reporting_frequency": ([2], ["fortnightly"]),
    "missed_appointments": ([1], ["yes"]),
    "missed_warning": ([2], ["no"]),
    "attendance_help": ([4], ["not_applicable"]),
    "other_services": ([2], ["no"]),
    "helped_contact_orgs": ([1], ["yes"]),
    "help_areas": ([1, 3], ["drugs", "housing"]),
    "om_relationship": ([1], ["yes"]),
    "om_listens": ([2], ["partly"]),
    "treated_fairly": ([1], ["yes"]),
    "think_about_offending": ([1], ["yes"]),
    "less_likely_reoffend": ([3], ["dont_know"]),
    "victim_awareness": ([2], ["no"]),
    "comments": ("text", COMMENT),
}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def below_header(image, boxes):
    return [b for b in boxes if b[1] > 40]


def continue_by_keyboard(kiosk, back_from_end):
    """Shift+Tab from a new page lands on its last item (Back); the footer reads Continue,
    Skip, Back, so `back_from_end` presses reach Skip (2) or Continue (3); Enter activates."""
    for _ in range(back_from_end):
        kiosk.key("Tab", shift=True)
    kiosk.key("Return")


def answer_setting_by_mouse(kiosk, image):
    # A band may be a part of a button (a line of its label interrupts it): its centre is inside.
    primary = below_header(image, image.bands(PRIMARY, NARROW))
    check(primary, "question-setting: no Continue button found in the screenshot")
    continue_box = primary[-1]
    options = [b for b in image.bands(OPTION, WIDE, top=60, bottom=continue_box[1])]
    check(len(options) >= 2, f"question-setting: expected two option rows, found {options}")
    kiosk.click(*kd.centre(options[0]))          # "In the community"
    kiosk.click(*kd.centre(continue_box))


def type_comment(kiosk, image):
    # The text box is the first wide rectangle outlined in the frame border colour.
    edges = image.bands(FRAME_BORDER, WIDE, top=60)
    check(len(edges) >= 2, f"question-comments: text box edges not found ({edges})")
    top, bottom = edges[0], edges[1]
    kiosk.click((top[0] + top[2]) // 2, (top[3] + bottom[1]) // 2)
    # No pause before the Tabs: the last words and the Tab reach the kiosk together under load.
    kiosk.xdotool("type", "--delay", "40", COMMENT)
    kiosk.key("Tab")  # to the on-screen keyboard: one stop, not 43
    kiosk.key("Tab")  # to Continue
    kiosk.key("Return")


def walk(kiosk):
    asked = []
    screen, image = kiosk.wait_for_new_screen()
    check(screen == "start", f"first screen is {screen}, not start")
    choosers = below_header(image, image.bands(PRIMARY, WIDE))
    check(choosers, "start: no chooser button found")
    start_page = image
    kiosk.click(*kd.centre(choosers[0]))         # "I am on probation or in prison"
    while True:
        screen, image = kiosk.wait_for_new_screen()
        if screen == "check-answers":
            break
        check(screen.startswith("question-"), f"unexpected screen {screen} after {asked}")
        question = screen[len("question-"):]
        asked.append(question)
        check(question in PLAN, f"question {question} is not in the community-branch plan (asked: {asked})")
        step = PLAN[question]
        if step is None:
            continue_by_keyboard(kiosk, 2)       # Skip this question
        elif step[0] == "mouse":
            answer_setting_by_mouse(kiosk, image)
        elif step[0] == "text":
            type_comment(kiosk, image)
        else:
            for number in step[0]:
                kiosk.key(str(number))
            continue_by_keyboard(kiosk, 3)
    expected_order = [q for q in PLAN]
    check(asked == expected_order, f"questions asked {asked}\n  expected {expected_order}")
    # "Send my answers" follows the answers, below the fold: Shift+Tab from a new page reaches
    # its last item, and scrolls it into view.
    kiosk.key("Tab", shift=True)
    kiosk.key("Return")
    screen, image = kiosk.wait_for_new_screen()
    check(screen == "confirmation", f"after sending: {screen}, not confirmation")
    return start_page, image


PASSPHRASE = "end to end passphrase"
# What a thief running `strings` over the disk would look for: the comment and pieces of it.
TYPED = [COMMENT, "bus from my town", "probation officer listened"]


def plain_path_report(export_binary, workdir):
    """The same answers as a paper return imported into a plain file: the figures the sealed
    handover must reproduce."""
    columns = [q for q, step in PLAN.items() if step is not None]
    cells = [PLAN[q][1] if PLAN[q][0] == "text" else ";".join(PLAN[q][1]) for q in columns]
    csv_path = os.path.join(workdir, "plain.csv")
    import csv
    with open(csv_path, "w", newline="") as f:
        csv.writer(f).writerows([columns, cells])
    plain = os.path.join(workdir, "plain.db")
    import datetime
    kd.export(export_binary, "import", "--db", plain, "--questionnaire", "offender",
              "--date", datetime.date.today().isoformat(), csv_path)
    import json
    return json.loads(kd.export(export_binary, "report", "--db", plain, "--questionnaire", "offender",
                                "--format", "json"))


def staff_button(start_page):
    """Where "Staff" is: the leftmost text in the header bar (its fill is the bar's own colour)."""
    bar = 0
    while bar < start_page.height and all(abs(a - b) <= 10 for a, b in zip(start_page.pixel(0, bar), HEADER)):
        bar += 1
    check(bar > 10, "start: no header bar found")
    xs = [x0 for y in range(bar) for x0, _ in start_page.runs(y, HEADER_TEXT, tolerance=40)]
    check(xs, "start: no \"Staff\" label in the header bar")
    return min(xs) + 12, bar // 2


def save_for_inspectorate(kiosk, start_page, confirmation, folder):
    """Staff mode's "Save answers for the inspectorate" done as a person does it, into `folder`
    (given at set-up with --handover-folder). Returns the files the folder then holds."""
    done = below_header(confirmation, confirmation.bands(PRIMARY, NARROW))
    check(done, "confirmation: no Done button found")
    kiosk.click(*kd.centre(done[-1]))            # back to the start page (seen before: no new shot)
    kiosk.hold(*staff_button(start_page), 3.4)   # "Staff" opens staff mode only after a 3 s hold
    screen, _ = kiosk.wait_for_new_screen()
    check(screen == "staff-pin", f"holding Staff showed {screen}, not staff-pin")
    kiosk.type(kd.STAFF_PIN)
    kiosk.key("Return")
    screen, menu = kiosk.wait_for_new_screen()
    check(screen == "staff-menu", f"after the PIN: {screen}, not staff-menu")
    # The staff tasks are full-width buttons in the secondary fill: distributed, paper, assisted,
    # then "Save answers for the inspectorate".
    tasks = below_header(menu, menu.bands(OPTION, WIDE, top=60))
    check(len(tasks) >= 4, f"staff-menu: expected four staff task buttons, found {tasks}")
    kiosk.click(*kd.centre(tasks[3]))
    screen, page = kiosk.wait_for_new_screen()
    check(screen == "staff-handover", f"after the handover button: {screen}, not staff-handover")
    # Each destination is a full-width primary button; the configured folder comes after any drives.
    destinations = below_header(page, page.bands(PRIMARY, WIDE, top=60))
    check(destinations, "staff-handover: no destination offered (is --handover-folder set?)")
    kiosk.click(*kd.centre(destinations[-1]))
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        files = sorted(os.path.join(folder, n) for n in os.listdir(folder))
        if files and all(f.endswith(".pspx") for f in files):
            return files
        time.sleep(0.1)
    raise Failure(f"no handover file saved in {folder} within 15 s (it holds {os.listdir(folder)})")


def check_handover(files, export_binary, workdir, keys):
    """The handover file checked without the key, then reported with it: the same figures as the
    plain path, and no typed text in the file."""
    check(len(files) == 1 and os.path.basename(files[0]).startswith("perspective-"),
          f"the handover folder holds {files}, not one perspective-SITE-KIOSK-DATE.pspx")
    verified = kd.export(export_binary, "verify", files[0])
    check("signature good" in verified and " 1 response;" in verified, f"verify said:\n{verified}")
    kiosk_key = re.search(r"kiosk key ([0-9a-f-]+)", verified).group(1)
    check(not kd.leaked_words(files[0], TYPED), "the typed comment is in the handover file in plain text")
    sealed = kd.sealed_report(export_binary, files, "offender", extra=("--kiosk", kiosk_key), **keys)
    plain = plain_path_report(export_binary, workdir)
    check(sealed["questionnaires"][0]["questions"] == plain["questionnaires"][0]["questions"],
          "the sealed handover's figures differ from the plain path's")


def verify(database, export_binary, keys):
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = db.execute("SELECT questionnaire_id, status, channel, date, sealed_answers IS NOT NULL FROM response").fetchall()
    check(len(rows) == 1, f"expected exactly one response, found {rows}")
    questionnaire, status, channel, date, sealed = rows[0]
    check((questionnaire, status, channel) == ("offender", "submitted", "kiosk"),
          f"response is {(questionnaire, status, channel)}")
    check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) is not None, f"date {date!r} is not a date only")
    check(sealed == 1, "the answers are not sealed")
    check(db.execute("SELECT count(*) FROM answer").fetchone()[0] == 0, "plain answer rows were stored")
    db.close()
    check(not kd.leaked_words(database, TYPED), "the typed comment is on disk in plain text")
    got = kd.answers_from_sealed_report(export_binary, database, "offender", **keys)
    expected = {}
    for question, step in PLAN.items():
        if step is None:
            continue
        expected[question] = [step[1]] if step[0] == "text" else sorted(step[1])
    check(got == expected, "stored answers differ:\n" + "\n".join(
        f"  {q}: stored {got.get(q)} expected {expected.get(q)}"
        for q in sorted(set(got) | set(expected)) if got.get(q) != expected.get(q)))
    check("psr_circumstances" not in got, "the skipped question has an answer")
    check(not any(q.startswith("custody_") for q in got), "custody questions were stored")


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    missing = kd.missing_tools()
    if missing:
        print(f"SKIP: {', '.join(missing)} not installed (packages xvfb, xdotool)")
        return SKIP
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kiosk-e2e-") as workdir:
        database = os.path.join(workdir, "kiosk.db")
        xvfb = kd.Xvfb()
        kiosk = None
        try:
            export_binary = os.path.join(os.path.dirname(os.path.abspath(argv[1])), "perspective-export")
            name = os.path.join(workdir, "inspectorate")
            kd.export(export_binary, "keygen", "-o", name, stdin=PASSPHRASE + "\n")
            keys = {"key": name + ".key", "passphrase": PASSPHRASE}
            folder = os.path.join(workdir, "handover")  # stands for a USB drive
            os.makedirs(folder)
            kd.prepare_database(argv[1], database, public_key=name + ".pub", setup=("--handover-folder", folder))
            kiosk = kd.Kiosk(argv[1], xvfb.display, database, workdir)
            load = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
                    for _ in range(int(os.environ.get("PERSPECTIVE_E2E_LOAD", "0")))]
            try:
                start_page, confirmation = walk(kiosk)
                check(not kd.leaked_words(database, TYPED), "the typed comment is on disk while the kiosk runs")
                handed_over = save_for_inspectorate(kiosk, start_page, confirmation, folder)
            finally:
                for process in load:
                    process.kill()
                    process.wait()
            code = kiosk.stop()
            check(code == 0, f"the kiosk exited with {code} on SIGTERM:\n{kiosk.stderr()}")
            verify(database, export_binary, keys)  # after the save too: no typed text on disk
            check_handover(handed_over, export_binary, workdir, keys)
        except (Failure, RuntimeError) as error:
            print(f"FAIL: {error}", file=sys.stderr)
            if kiosk is not None:
                kiosk.stop()
                print(f"kiosk stderr:\n{kiosk.stderr()}\nscreens: {sorted(os.listdir(kiosk.shots))}", file=sys.stderr)
            return 1
        finally:
            if kiosk is not None:
                kiosk.stop()
                if os.environ.get("PERSPECTIVE_E2E_SHOTS"):  # keep the screens to look at
                    shutil.copytree(kiosk.shots, os.environ["PERSPECTIVE_E2E_SHOTS"], dirs_exist_ok=True)
            xvfb.close()
    print(f"PASS: one submitted offender response with the expected answers, sealed, handed over and reported ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
