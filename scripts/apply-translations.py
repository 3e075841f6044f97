#!/usr/bin/env python3
"""Fills translations/ttcs_vi.ts from translations/vi/*.tsv.

Each TSV line is: context <TAB> English source <TAB> Vietnamese, with
newlines written as \\n. Run after `cmake --build --preset dev --target
update_translations`; prints the messages that still have no translation.
"""
import glob
import os
import sys
import unicodedata
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ts_path = os.path.join(root, "translations", "ttcs_vi.ts")


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


table = {}
for path in sorted(glob.glob(os.path.join(root, "translations", "vi", "*.tsv"))):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: expected 3 tab-separated fields")
            ctx, src, vi = (unescape(p) for p in parts)
            table[(ctx, src)] = unicodedata.normalize("NFC", vi)

tree = ET.parse(ts_path)
missing = []
for context in tree.getroot().findall("context"):
    name = context.find("name").text
    for message in context.findall("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        vi = table.get((name, source))
        if vi is None:
            if translation.get("type") == "unfinished":
                missing.append((name, source))
            continue
        translation.text = vi
        translation.attrib.pop("type", None)

ET.indent(tree, space="    ")
with open(ts_path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    f.write(ET.tostring(tree.getroot(), encoding="unicode"))
    f.write("\n")

for ctx, src in missing:
    print(f"untranslated: {ctx}\t{src!r}")
sys.exit(1 if missing else 0)
