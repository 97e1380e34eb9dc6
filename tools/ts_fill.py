#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts catalogue.

  tools/ts_fill.py FILE.ts --copy-source          English catalogue: translation = source
  tools/ts_fill.py FILE.ts --dict zh.json         from a {"source": "translation"} dictionary;
                                                  a "context|source" key wins over "source"

Numerus messages take a list of forms in the dictionary. Messages left unfinished are listed on
stderr; the exit status is 1 if any remain, so a missing translation is never silent.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ts")
    ap.add_argument("--dict")
    ap.add_argument("--copy-source", action="store_true")
    args = ap.parse_args()
    table = {}
    if args.dict:
        with open(args.dict, encoding="utf-8") as f:
            table = json.load(f)
    tree = ET.parse(args.ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") not in ("unfinished", None):
                continue
            if tr.get("type") is None and (tr.text or len(tr)):
                continue
            source = msg.findtext("source")
            numerus = msg.get("numerus") == "yes"
            value = table.get(f"{name}|{source}", table.get(source))
            if args.copy_source and value is None:
                value = [source, source] if numerus else source
            if value is None:
                missing.append(f"{name}: {source!r}")
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if numerus:
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("unfinished:", m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
