#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validates depeche-extract JSON Lines output against examples/depeche-extract.schema.json and checks
the offset contract: every object with begin/end/text has text == the document's bytes [begin, end).
usage: check_schema.py SCHEMA EXTRACTOR FILE... (each FILE is run with --layers all)"""
import json
import subprocess
import sys

import jsonschema


def spans(node):
    if isinstance(node, dict):
        if "begin" in node and "end" in node and "text" in node:
            yield node
        for v in node.values():
            yield from spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from spans(v)


def main():
    schema_path, exe, *files = sys.argv[1:]
    schema = json.load(open(schema_path, encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = 0
    records = 0
    for f in files:
        data = open(f, "rb").read()
        out = subprocess.run([exe, "--layers", "all", "--reference-date", "2025-05-01", f],
                             capture_output=True, check=False)
        if out.returncode != 0:
            print(f"{f}: exit status {out.returncode}: {out.stderr.decode(errors='replace')}")
            errors += 1
            continue
        for line in out.stdout.decode("utf-8").splitlines():
            rec = json.loads(line)
            records += 1
            for e in validator.iter_errors(rec):
                print(f"{f}: schema: {e.message} at {list(e.absolute_path)}")
                errors += 1
            for s in spans(rec):
                b, e = s["begin"], s["end"]
                if not (0 <= b <= e <= len(data)) or data[b:e].decode("utf-8") != s["text"]:
                    print(f"{f}: span [{b},{e}) text {s['text']!r} does not match the input bytes")
                    errors += 1
            for layer in ("tokens", "sentences", "numbers", "quantities", "dates", "attributions", "claims"):
                if layer not in rec:
                    print(f"{f}: layer {layer} missing from --layers all")
                    errors += 1
    print(f"check_schema: {records} records, {errors} problems")
    return 1 if errors or records == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
