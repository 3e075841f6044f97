#!/usr/bin/env python3
"""Fills translations/ttcs_LANG.ts from translations/LANG/*.tsv (vi, en).

Each TSV line is: context <TAB> English source <TAB> translation, with
newlines written as \\n; a plural message gives its forms separated by |.
Run after `cmake --build --preset dev --target update_translations`; prints
the messages that still have no translation and exits 1 when there are any.
"""
import glob
import os
import sys
import unicodedata
import xml.etree.ElementTree as ET

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def fill(lang):
    ts_path = os.path.join(root, "translations", f"ttcs_{lang}.ts")
    table = {}
    for path in sorted(glob.glob(os.path.join(root, "translations", lang, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{n}: expected 3 tab-separated fields")
                ctx, src, tr = (unescape(p) for p in parts)
                table[(ctx, src)] = unicodedata.normalize("NFC", tr)

    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            tr = table.get((name, source))
            if tr is None:
                if translation.get("type") == "unfinished":
                    missing.append((lang, name, source))
                continue
            if message.get("numerus") == "yes":
                forms = tr.split("|")
                numerus = translation.findall("numerusform")
                if not numerus:
                    numerus = [ET.SubElement(translation, "numerusform")]
                for i, form in enumerate(numerus):
                    form.text = forms[min(i, len(forms) - 1)]
            else:
                translation.text = tr
            translation.attrib.pop("type", None)

    ET.indent(tree, space="    ")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")
    return missing


missing = fill("vi") + fill("en")
for lang, ctx, src in missing:
    print(f"untranslated ({lang}): {ctx}\t{src!r}")
sys.exit(1 if missing else 0)
