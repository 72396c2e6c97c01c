#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Python dateparser harness for benchmarks/compare_peers.sh (Debian's python3-dateparser, so run it
with the system /usr/bin/python3).

  dateparser_bench.py bench FILE [--bytes N] [--warmup-bytes N]
      Times dateparser.search.search_dates(line, languages=['fr']) over the first N bytes of FILE
      (cut at a line end), one call per non-empty line, after an untimed warm-up over the first
      --warmup-bytes. Prints JSON {"peer", "version", "bytes", "lines", "seconds" (wall clock),
      "cpu_seconds" (process time), "entities"}.
  dateparser_bench.py entities FILE... [--list]
      Counts the dates search_dates finds in each file (one call per non-empty line); one JSON
      object per file, with the dates themselves under --list.

Reference date (RELATIVE_BASE): 2025-05-01 12:00, as for the other peers and depeche.
"""
import argparse
import datetime
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")  # pytz deprecation warnings from dateparser 1.1 on every call

try:
    import dateparser
    from dateparser.search import search_dates
except ImportError as e:  # pragma: no cover - reported by compare_peers.sh
    sys.stderr.write(f"dateparser_bench.py: cannot import dateparser (run scripts/install-peers): {e}\n")
    sys.exit(3)

SETTINGS = {"RELATIVE_BASE": datetime.datetime(2025, 5, 1, 12, 0, 0)}


def find(line):
    return search_dates(line, languages=["fr"], settings=SETTINGS) or []


def prefix(data, n):
    """The first n bytes of data, cut back to the last line end (whole lines only)."""
    if len(data) <= n:
        return data.decode("utf-8")
    end = data.rfind(b"\n", 0, n + 1)
    if end <= 0:
        end = n
    return data[: end + 1].decode("utf-8", errors="replace")


def lines(text):
    return [line for line in text.split("\n") if line.strip()]


def bench(a):
    data = open(a.files[0], "rb").read()
    warm = lines(prefix(data, a.warmup_bytes))
    text = prefix(data, a.bytes)
    ls = lines(text)
    for line in warm:
        find(line)
    n = 0
    c0 = time.process_time()
    t0 = time.perf_counter()
    for line in ls:
        n += len(find(line))
    s = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(json.dumps({"peer": "dateparser", "version": dateparser.__version__, "python": sys.version.split()[0],
                      "bytes": len(text.encode("utf-8")), "lines": len(ls), "seconds": s, "cpu_seconds": cpu,
                      "entities": n}))


def entities(a):
    for f in a.files:
        text = open(f, encoding="utf-8", errors="replace").read()
        found = [(t, d.isoformat()) for line in lines(text) for t, d in find(line)]
        rec = {"file": f, "bytes": len(text.encode("utf-8")), "dates": len(found)}
        if a.list:
            rec["entities"] = [{"text": t, "value": v} for t, v in found]
        print(json.dumps(rec, ensure_ascii=False))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["bench", "entities"])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--bytes", type=int, default=1 << 20)
    ap.add_argument("--warmup-bytes", type=int, default=4096)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    bench(a) if a.mode == "bench" else entities(a)


if __name__ == "__main__":
    main()
