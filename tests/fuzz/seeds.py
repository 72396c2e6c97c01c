#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Seed corpus for the fuzz targets from the unit tests: every string literal of tests/<layer>/*.cpp
# that looks like French text becomes one seed file (for fuzz_jsonl, one JSON Lines record).
# The first byte of a recognizer seed picks its reference date (see tests/fuzz/common.hpp).
import argparse, hashlib, json, pathlib, re

literal = re.compile(r'(?:u8)?"((?:[^"\\\n]|\\.){12,})"')

def strings(root):
    for path in sorted(root.glob("tests/*/*.cpp")):
        if path.parent.name in ("fuzz", "compile_fail", "consumer"):
            continue
        for m in literal.finditer(path.read_text(encoding="utf-8", errors="replace")):
            s = m.group(1)
            if " " not in s or "::" in s or s.count("%") > 3:
                continue
            try:  # C escapes as Python ones; skip what does not decode
                s = s.encode("latin-1", "backslashreplace").decode("unicode_escape").encode("latin-1").decode("utf-8")
            except (UnicodeError, ValueError):
                continue
            yield s

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=pathlib.Path, required=True)
    ap.add_argument("--out", type=pathlib.Path, required=True)
    ap.add_argument("--jsonl", action="store_true")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    seen, n = set(), 0
    for k, s in enumerate(strings(a.root)):
        if s in seen:
            continue
        seen.add(s)
        if a.jsonl:
            data = (json.dumps({"id": k, "text": s, "reference_date": "2025-05-01"}, ensure_ascii=False) + "\n").encode()
        else:
            data = bytes([k % 4]) + s.encode()
        (a.out / ("seed-" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)
        n += 1
    print(f"{n} seeds")

main()
