#!/usr/bin/env python3
"""Checks that translations/ttcs_vi.ts and ttcs_en.ts are complete and up to date.

Fails (exit 1) when a .ts file
  - has a message without a finished translation (unfinished, empty,
    vanished or obsolete), or
  - differs from what lupdate makes of the current sources: a string added
    to the code and not yet in the .ts, or one still in the .ts that the
    code no longer has.
lupdate runs on a copy in a temporary folder; the .ts files are not changed.
Regenerate them as README's "Translations" section says.

usage: check-translations.py [--lupdate PATH] [--source-dir DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# What lupdate is run with for each file (the same as the README commands).
FILES = {
    "ttcs_vi.ts": ["-no-obsolete", "-locations", "none"],
    "ttcs_en.ts": ["-no-obsolete", "-locations", "none", "-pluralonly"],
}
SOURCE_DIRS = ["core", "ui", "app"]


def messages(path):
    """The (context, source, comment) of every message, with its translation element."""
    out = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def unfinished(message):
    tr = message.find("translation")
    if tr is None:
        return "no translation"
    kind = tr.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        return kind
    if message.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        if not forms or any(not (f.text or "").strip() for f in forms):
            return "empty plural form"
    elif not (tr.text or "").strip():
        return "empty translation"
    return None


def show(key):
    ctx, src, comment = key
    src = src.replace("\n", "\\n")
    return f"  [{ctx}] {src!r}" + (f" ({comment})" if comment else "")


def check(lupdate, root, name, options, tmp):
    ts = os.path.join(root, "translations", name)
    problems = []
    current = messages(ts)
    for key, message in current.items():
        why = unfinished(message)
        if why:
            problems.append(f"{name}: {why}:\n{show(key)}")

    copy = os.path.join(tmp, name)
    shutil.copyfile(ts, copy)
    run = subprocess.run([lupdate, "-silent", *options, *SOURCE_DIRS, "-ts", copy],
                         cwd=root, capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"{name}: lupdate failed:\n{run.stdout}{run.stderr}")
        return problems
    fresh = messages(copy)
    for key in sorted(set(fresh) - set(current)):
        problems.append(f"{name}: in the sources but not in the .ts (regenerate it):\n{show(key)}")
    for key in sorted(set(current) - set(fresh)):
        problems.append(f"{name}: in the .ts but no longer in the sources (regenerate it):\n{show(key)}")
    return problems


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--source-dir", default=here)
    args = parser.parse_args()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, options in FILES.items():
            problems += check(args.lupdate, args.source_dir, name, options, tmp)
    # Qt's own texts, kept by hand: complete, not compared with the sources.
    qt = os.path.join(args.source_dir, "translations", "qt_vi.ts")
    for key, message in messages(qt).items():
        why = unfinished(message)
        if why:
            problems.append(f"qt_vi.ts: {why}:\n{show(key)}")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in translations/")
        return 1
    print("translations complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
