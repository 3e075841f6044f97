#!/usr/bin/env python3
"""Regenerates tests/fixtures/forms/: a progress form filled in by its unit and
re-saved by LibreOffice, as .xlsx and as .ods.

The form is exported with ttcs-cli from a freshly built demo database (the
Sở Tư pháp form of 2024), filled in as a unit does it (statuses from the
drop-down, result texts, figures, a completion date; the rows re-sorted) by
editing the workbook's XML, and then opened and saved by LibreOffice
(`soffice --headless --convert-to xlsx` and `--convert-to ods`), so that the
files the tests import are written by another program than ours.

The keys in the form hold the demo data's task and unit ids; when the demo
data changes, tests/core/import/ProgressFormFixtureTest.cpp says so and this
script is run again.

Usage: python3 scripts/make-progress-form-fixtures.py [--cli PATH] [--keep DIR]
  --cli   ttcs-cli to use (default: build/dev/app/ttcs-cli)
  --keep  also leave the exported and the hand-filled workbooks in DIR
Needs soffice (LibreOffice) on PATH; it is a tool for making the fixtures,
not something TTCS or its tests need.
"""
import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "forms")
YEAR = 2024
UNIT = "Sở Tư pháp"
BASE = "progress-form-2024-so-tu-phap"

# What the unit fills in, by task number. Columns as in the exported form:
# E status, F result, G articles published, H press conferences, I people
# trained, N completion date. The test (ProgressFormFixtureTest.cpp) checks
# these same values after the import.
FILLED = {
    "1": {"E": "hoàn thành", "F": "Đã đăng 12 tin bài về dự thảo nghị quyết",
          "G": 12, "N": datetime.date(2024, 3, 15)},
    "3.1": {"E": "đang thực hiện", "F": "Phối hợp cung cấp thông tin cho báo chí",
            "H": 2},
    "4": {"E": "hoàn thành", "F": "Tập huấn cho cán bộ pháp chế",
          "I": 45, "N": datetime.date(2024, 6, 28)},
    "3.2": {"E": "không phát sinh"},
}


def run(args, **kwargs):
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, **kwargs)


def serial(day):
    """A date as a spreadsheet day number, as Excel and LibreOffice store it."""
    return (day - datetime.date(1899, 12, 30)).days


def cell_xml(ref, style, value):
    if isinstance(value, datetime.date):
        return '<c r="%s"%s><v>%d</v></c>' % (ref, style, serial(value))
    if isinstance(value, int):
        return '<c r="%s"%s><v>%d</v></c>' % (ref, style, value)
    return '<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (
        ref, style, escape(value))


def fill(source, target):
    """Fills the rows of FILLED and writes the rows in another order."""
    with zipfile.ZipFile(source) as z:
        members = {name: z.read(name) for name in z.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode("utf-8")

    row_xml = {int(m.group(1)): m.group(0)
               for m in re.finditer(r'<row r="(\d+)"[^>]*>.*?</row>', xml)}
    # Task rows: those with a key in their last column.
    task_rows = [r for r in sorted(row_xml) if "TTCS:%d:" % YEAR in row_xml[r]]
    if len(task_rows) < 6:
        sys.exit("the form has %d task rows, expected at least 6" % len(task_rows))
    seen = set()
    for r in task_rows:
        m = re.search(r'<c r="B%d"[^>]*><is><t[^>]*>([0-9.]+)\. ' % r, row_xml[r])
        number = m.group(1) if m else None
        values = FILLED.get(number)
        if not values:
            continue
        seen.add(number)
        body = row_xml[r]
        for col, value in values.items():
            ref = "%s%d" % (col, r)
            empty = re.search(r'<c r="%s"( s="\d+")?/>' % ref, body)
            if not empty:
                sys.exit("cell %s of task %s is not empty in the exported form" % (ref, number))
            body = body.replace(empty.group(0), cell_xml(ref, empty.group(1) or "", value))
        row_xml[r] = body
    missing = set(FILLED) - seen
    if missing:
        sys.exit("the form has no row for task(s) %s: the demo data changed, "
                 "choose other tasks in FILLED" % ", ".join(sorted(missing)))

    # The unit re-sorts its rows: the last first, then the others in order.
    order = task_rows[-1:] + task_rows[:-1]
    moved = {}
    for new, old in zip(task_rows, order):
        body = row_xml[old]
        body = re.sub(r'<row r="%d"' % old, '<row r="%d"' % new, body, count=1)
        body = re.sub(r'(<c r="[A-Z]+)%d"' % old, r'\g<1>%d"' % new, body)
        moved[new] = body
    row_xml.update(moved)
    data = "".join(row_xml[r] for r in sorted(row_xml))
    xml = re.sub(r"<sheetData>.*</sheetData>", lambda _: "<sheetData>%s</sheetData>" % data,
                 xml, flags=re.S)
    members["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in members.items():
            z.writestr(name, content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "dev", "app", "ttcs-cli"))
    parser.add_argument("--keep")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) is not on PATH")
    if not os.access(args.cli, os.X_OK):
        sys.exit("%s is not built (cmake --build --preset dev)" % args.cli)

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TTCS_LANGUAGE="en")
        env.pop("TTCS_DB", None)
        db = os.path.join(tmp, "demo.sqlite")
        exported = os.path.join(tmp, "exported.xlsx")
        filled_dir = os.path.join(tmp, "filled")
        os.mkdir(filled_dir)
        filled = os.path.join(filled_dir, BASE + ".xlsx")
        run([args.cli, "--db", db, "init"], env=env)
        run([args.cli, "--db", db, "forms", "export", "--year", str(YEAR), "--unit", UNIT,
             "--out", exported], env=env)
        fill(exported, filled)

        # LibreOffice opens the filled workbook and saves it as .xlsx and
        # .ods, with a profile of its own so that a running instance or the
        # user's settings play no part.
        saved = os.path.join(tmp, "saved")
        profile = "file://" + os.path.join(tmp, "lo-profile")
        for fmt in ("xlsx", "ods"):
            run([soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
                 "--convert-to", fmt, "--outdir", saved, filled], env=env,
                stdout=subprocess.DEVNULL)
        os.makedirs(OUT, exist_ok=True)
        for fmt in ("xlsx", "ods"):
            src = os.path.join(saved, BASE + "." + fmt)
            if not os.path.exists(src):
                sys.exit("LibreOffice wrote no %s" % src)
            shutil.copyfile(src, os.path.join(OUT, "%s-libreoffice.%s" % (BASE, fmt)))
            print("wrote", os.path.relpath(os.path.join(OUT, "%s-libreoffice.%s" % (BASE, fmt)),
                                           ROOT))
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            shutil.copyfile(exported, os.path.join(args.keep, "exported.xlsx"))
            shutil.copyfile(filled, os.path.join(args.keep, BASE + ".xlsx"))


if __name__ == "__main__":
    main()
