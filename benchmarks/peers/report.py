#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""depeche's side of benchmarks/compare_peers.sh, and the Markdown report.

  report.py layers --exe DEPECHE_EXTRACT [--want L1,L2,...]
      The entity layers depeche-extract has today (from its --help), in the wanted order.
  report.py time-extract --exe X --layers L1,L2 --corpus FILE [--runs N] > extract.json
      Wall-clock and CPU time (user + system) of `depeche-extract --layers L --reference-date
      2025-05-01 FILE > file` (the command a user runs), N runs, and the entities per layer.
  report.py seeds --exe X --layers L1,L2 SEED... > seeds_depeche.jsonl
      depeche's entity count per layer for each seed article.
  report.py nbsp --exe X SEED... > nbsp_depeche.json
      Each number grouped by thousands in the seeds, written with a plain space, an NBSP and an
      NNBSP: how often depeche's numbers layer reads it with its full value (the same test as
      `recognizers.js nbsp`).
  report.py markdown --dir DIR [--date D] [--machine M] [--commands C]
      The Markdown report from the JSON files that compare_peers.sh wrote into DIR.
"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

REFERENCE_DATE = "2025-05-01"
DEFAULT_LAYERS = "numbers,quantities,dates,attributions"
GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f\u2009\u2007]\d{3})+(?!\d)")
SEPARATORS = {"space": " ", "nbsp": "\u00a0", "nnbsp": "\u202f"}


def die(msg):
    sys.stderr.write(f"report.py: {msg}\n")
    sys.exit(1)


def available_layers(exe):
    p = subprocess.run([exe, "--help"], capture_output=True, text=True)
    for line in p.stderr.splitlines():
        if line.startswith("layers:"):
            return line.split()[1:]
    die(f"cannot read the layer list from `{exe} --help`")


def cmd_layers(a):
    have = available_layers(a.exe)
    print(",".join(l for l in a.want.split(",") if l in have))


def count_entities(jsonl):
    counts = {}
    for line in jsonl.splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if "error" in rec:
            die(f"depeche-extract reported an error: {rec['error']}")
        for k, v in rec.items():
            if isinstance(v, list):
                counts[k] = counts.get(k, 0) + len(v)
    return counts


def extract(exe, layers, path, out=subprocess.PIPE):
    return subprocess.run([exe, "--layers", layers, "--reference-date", REFERENCE_DATE, path], stdout=out,
                          stderr=subprocess.PIPE, check=True)


def cmd_time_extract(a):
    size = os.path.getsize(a.corpus)
    runs, cpu_runs = [], []
    with tempfile.TemporaryFile() as sink:
        extract(a.exe, a.layers, a.corpus, sink)  # warm-up: page cache, dynamic loading
        for _ in range(a.runs):
            sink.seek(0)
            sink.truncate()
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            extract(a.exe, a.layers, a.corpus, sink)
            runs.append(time.perf_counter() - t0)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_runs.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    counts = count_entities(extract(a.exe, a.layers, a.corpus).stdout.decode("utf-8"))
    print(json.dumps({"bytes": size, "layers": a.layers.split(","), "runs": runs, "cpu_runs": cpu_runs,
                      "seconds": statistics.median(runs), "cpu_seconds": statistics.median(cpu_runs),
                      "entities": counts}))


def cmd_seeds(a):
    for seed in a.seeds:
        counts = count_entities(extract(a.exe, a.layers, seed).stdout.decode("utf-8"))
        print(json.dumps({"file": seed, "bytes": os.path.getsize(seed), "layers": counts}))


def full_value(read, value):
    """The number read whole: its value, or its value times a scale word (« 7 820 milliards »)."""
    if not isinstance(read, (int, float)) or read < value:
        return False
    return read == value or re.fullmatch(r"10*", f"{read / value:.0f}") is not None and read % value == 0


def cmd_nbsp(a):
    cases = []  # (record, begin byte, end byte, value, separator)
    records = []
    for seed in a.seeds:
        for line in open(seed, encoding="utf-8").read().split("\n"):
            for m in GROUPED.finditer(line):
                value = int(re.sub(r"\D", "", m.group()))
                for name, sep in SEPARATORS.items():
                    written = re.sub(r"\D", sep, m.group())
                    text = line[: m.start()] + written + line[m.end():]
                    begin = len(text[: m.start()].encode("utf-8"))
                    end = begin + len(written.encode("utf-8"))
                    records.append({"id": len(records), "text": text, "reference_date": REFERENCE_DATE})
                    cases.append((begin, end, value, name))
    out = {"files": len(a.seeds), "grouped": len(cases) // len(SEPARATORS),
           "full_value": {k: 0 for k in SEPARATORS}}
    if records:
        p = subprocess.run([a.exe, "--input", "jsonl", "--layers", "numbers"], capture_output=True, check=True,
                           input="\n".join(json.dumps(r) for r in records).encode("utf-8"))
        found = {}
        for line in p.stdout.decode("utf-8").splitlines():
            rec = json.loads(line)
            found[rec["id"]] = rec.get("numbers", [])
        for i, (begin, end, value, name) in enumerate(cases):
            if any(n["begin"] <= begin and n["end"] >= end and full_value(n.get("value"), value)
                   for n in found.get(i, [])):
                out["full_value"][name] += 1
    print(json.dumps(out))


# ---------------------------------------------------------------------------------------- report


def load(d, name):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        return json.load(f)


def load_lines(d, name):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def mbps(nbytes, seconds):
    return nbytes / seconds / 1e6


def fmt_rate(v):
    """MB/s with sensible precision (KB/s below 0.1 MB/s)."""
    if v >= 100:
        return f"{v:,.0f} MB/s"
    if v >= 1:
        return f"{v:.1f} MB/s"
    if v >= 0.1:
        return f"{v:.2f} MB/s"
    return f"{v * 1000:.2f} KB/s"


def fmt_ratio(r):
    if r >= 100:
        return f"{r:,.0f}×"
    if r >= 10:
        return f"{r:.1f}×"
    return f"{r:.2f}×"


def bench_rates(bench):
    """{name: median bytes_per_second} from Google Benchmark JSON (with or without repetitions)."""
    by = {}
    for b in bench["benchmarks"]:
        if b.get("error_occurred"):
            continue
        name = b.get("run_name", b["name"])
        if b.get("run_type") == "aggregate":
            if b.get("aggregate_name") == "median" and "bytes_per_second" in b:
                by[name] = b["bytes_per_second"]
        elif "bytes_per_second" in b and name not in by:
            by.setdefault(("iter", name), []).append(b["bytes_per_second"])
    rates = {k: v for k, v in by.items() if isinstance(k, str)}
    for k, v in by.items():
        if isinstance(k, tuple) and k[1] not in rates:
            rates[k[1]] = statistics.median(v)
    order = list(dict.fromkeys(b.get("run_name", b["name"]) for b in bench["benchmarks"]))
    order.sort(key=lambda n: not is_baseline(n))  # baselines first, then the order of the run
    return {n: rates[n] for n in order if n in rates}


def is_baseline(name):
    return "utf8_decode" in name or "icu" in name


def is_scaling(name):
    """Batch (wall-clock, several threads) and memory benchmarks: reported in their own table."""
    return name.startswith("bm_batch") or name.startswith("bm_memory")


def bench_counters(bench, prefix):
    """{run name: {counter: median}} of the benchmarks whose name starts with `prefix`."""
    skip = {"name", "run_name", "run_type", "aggregate_name", "aggregate_unit", "family_index",
            "per_family_instance_index", "repetitions", "repetition_index", "threads", "iterations",
            "real_time", "cpu_time", "time_unit", "error_occurred", "error_message"}
    by = {}
    for b in bench["benchmarks"]:
        name = b.get("run_name", b["name"])
        if not name.startswith(prefix) or b.get("error_occurred"):
            continue
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("run_type") != "aggregate" and name in by:
            continue
        by[name] = {k: v for k, v in b.items() if k not in skip and isinstance(v, (int, float))}
    return by


def check(ok):
    return "yes" if ok else "**no**"


def cmd_markdown(a):
    d = a.dir
    bench = load(d, "bench.json")
    ext = load(d, "extract.json")
    rt = load(d, "rt_bench.json")
    dp = load(d, "dp_bench.json")
    rates = {k: v / 1e6 for k, v in bench_rates(bench).items()}
    decode = next((v for k, v in rates.items() if "utf8_decode" in k), None)
    if decode is None:
        die("bench.json has no UTF-8 decode loop benchmark")
    # Every rate below is bytes per CPU second (user + system) of the process that does the work, as
    # Google Benchmark's bytes_per_second: on a machine shared with other jobs, CPU time is far less
    # disturbed than the wall clock. The wall-clock rates are shown beside them.
    e2e = mbps(ext["bytes"], ext["cpu_seconds"])
    lib = rates.get("bm_pipeline_text_to_claims")  # the library call, text to every record and claims
    e2e_wall = mbps(ext["bytes"], ext["seconds"])
    rt_all = mbps(rt["bytes"], rt["all"]["cpu_seconds"])
    rt_dt = mbps(rt["bytes"], rt["models"]["datetime"]["cpu_seconds"])
    dp_rate = mbps(dp["bytes"], dp["cpu_seconds"])
    out = []
    w = out.append
    w(f"Measured {a.date} on {a.machine}.")
    if a.load:
        w(f"Load average (1 min) before / after the run: {a.load}.")
    w("")
    icu = next((v for k, v in rates.items() if "icu" in k), None)
    w(f"depeche on the generated French news corpus (`benchmarks/data/make_corpus.py`, {ext['bytes'] / 1e6:.1f} MB), "
      "Google Benchmark medians of `depeche_bench` (in process) and `depeche-extract` run as a command (median of "
      f"{len(ext['runs'])} runs), with the baselines measured in the same run. Throughput is bytes per CPU "
      "second (user + system), as Google Benchmark reports it, for depeche and the peers alike:")
    w("")
    w("| what | throughput | slower than the UTF-8 decode loop |")
    w("| --- | --- | --- |")
    for name, v in rates.items():
        if is_scaling(name):
            continue
        label = name.removeprefix("bm_")
        kind = " (baseline)" if is_baseline(name) else ""
        w(f"| `depeche_bench {label}`{kind} | {fmt_rate(v)} | {fmt_ratio(decode / v)} |")
    w(f"| `depeche-extract --layers {','.join(ext['layers'])}` end to end (read, analyse, write JSON; "
      f"wall clock {fmt_rate(e2e_wall)}) | {fmt_rate(e2e)} | {fmt_ratio(decode / e2e)} |")
    if icu:
        tok = next((v for k, v in rates.items() if k == "bm_tokenize"), None)
        if tok:
            w("")
            w(f"depeche's tokenizer runs at {fmt_ratio(tok / icu)} the speed of ICU's word BreakIterator.")
    w("")
    scaling = bench_counters(bench, "bm_batch")
    if scaling:
        w("")
        w("`depeche::extract_batch` over the corpus cut into articles of about 8 KB, by number of threads "
          "(wall clock: the work of every thread counts, and so does the machine's other load):")
        w("")
        w("| threads | throughput (wall clock) | speed-up over 1 thread |")
        w("| --- | --- | --- |")
        one = None
        for name, c in scaling.items():
            rate = c.get("bytes_per_second", 0) / 1e6
            one = one or rate
            m = re.search(r"threads:(\d+)", name)
            n = int(m.group(1)) if m else 0
            label = f"all ({os.cpu_count()} here)" if n == 0 else str(n)
            w(f"| {label} | {fmt_rate(rate)} | "
              f"{fmt_ratio(rate / one) if one else '?'} |")
    memory = bench_counters(bench, "bm_memory")
    if memory:
        w("")
        w("Memory (`depeche_bench` counts every call to the global operator new):")
        w("")
        for name, c in memory.items():
            if "alloc_bytes_per_MB" in c:
                w(f"- full pipeline (`depeche::extract`, text to claims): {c['alloc_bytes_per_MB'] / 1e6:.1f} MB "
                  f"allocated per MB of input, in {c['allocs_per_MB']:,.0f} allocations per MB")
            if "allocs_per_token" in c:
                w(f"- tokenizer and sentence splitter into reused vectors: {c['allocs_per_token']:.6f} "
                  f"allocations per token ({c.get('allocs', 0):.0f} in all)")
    w("")
    w("The peers on a prefix of the same text, one call per line, warm-up excluded, against depeche end to end: "
      "the command `depeche-extract` (reading, analysis, JSON output) and, in process, `depeche::extract` "
      "(text to every record and the claims, as `bm_pipeline_text_to_claims`):")
    w("")
    w("| peer | sample | throughput (wall clock) | depeche-extract ÷ peer | depeche::extract ÷ peer |")
    w("| --- | --- | --- | --- | --- |")
    rt_sample = f"{rt['bytes'] / 1e3:.0f} KB"
    libr = (lambda v: fmt_ratio(lib / v)) if lib else (lambda v: "n/a")
    for model, r in rt["models"].items():
        v = mbps(rt["bytes"], r["cpu_seconds"])
        w(f"| Recognizers-Text {rt['version']} French `{model}` model | {rt_sample} | {fmt_rate(v)} "
          f"({fmt_rate(mbps(rt['bytes'], r['seconds']))}) | {fmt_ratio(e2e / v)} | {libr(v)} |")
    w(f"| Recognizers-Text, all six French models above | {rt_sample} | {fmt_rate(rt_all)} "
      f"({fmt_rate(mbps(rt['bytes'], rt['all']['seconds']))}) | {fmt_ratio(e2e / rt_all)} | {libr(rt_all)} |")
    w(f"| dateparser {dp['version']} `search_dates(languages=['fr'])` | {dp['bytes'] / 1e6:.2f} MB | "
      f"{fmt_rate(dp_rate)} ({fmt_rate(mbps(dp['bytes'], dp['seconds']))}) | {fmt_ratio(e2e / dp_rate)} | "
      f"{libr(dp_rate)} |")
    w("")
    w("Targets (issue 8):")
    w("")
    w("| target | measured | met |")
    w("| --- | --- | --- |")
    w(f"| depeche-extract end to end ≥ 10,000× Recognizers-Text (all models) | {fmt_ratio(e2e / rt_all)} "
      f"(date-time model alone: {fmt_ratio(e2e / rt_dt)}) | {check(e2e / rt_all >= 10000)} |")
    if lib:
        w(f"| depeche::extract in process ≥ 10,000× Recognizers-Text (all models) | {fmt_ratio(lib / rt_all)} "
          f"(date-time model alone: {fmt_ratio(lib / rt_dt)}) | {check(lib / rt_all >= 10000)} |")
    w(f"| depeche-extract end to end ≥ 100× dateparser | {fmt_ratio(e2e / dp_rate)} | {check(e2e / dp_rate >= 100)} |")
    for name, v in rates.items():
        if is_baseline(name) or is_scaling(name):
            continue
        w(f"| `{name.removeprefix('bm_')}` within 10× of the UTF-8 decode loop ({fmt_rate(decode)}) | "
          f"{fmt_ratio(decode / v)} slower | {check(decode / v <= 10)} |")
    w(f"| depeche-extract end to end (CLI) vs the UTF-8 decode loop | {fmt_ratio(decode / e2e)} slower | "
      f"{check(decode / e2e <= 10)} |")
    w("")

    seeds = load_lines(d, "seeds_depeche.jsonl")
    rts = {os.path.basename(r["file"]): r for r in load_lines(d, "rt_seeds.jsonl")}
    dps = {os.path.basename(r["file"]): r for r in load_lines(d, "dp_seeds.jsonl")}
    layers = ext["layers"]
    w("Entities found on the seed articles (`/work/shared/corpus/seeds/*.txt`; Recognizers-Text and dateparser "
      "one call per line):")
    w("")
    w("| seed | bytes | " + " | ".join(f"depeche {l}" for l in layers) +
      " | RT number (of which « un », « une ») | RT with unit (currency, dimension, temperature, age) | RT datetime | dateparser dates |")
    w("| --- | --- | " + " | ".join("---" for _ in layers) + " | --- | --- | --- | --- |")
    total = [0] * (len(layers) + 5)
    total_un = 0
    for s in seeds:
        base = os.path.basename(s["file"])
        r, p = rts[base]["models"], dps[base]
        unit = r["currency"] + r["dimension"] + r["temperature"] + r["age"]
        row = [s["bytes"]] + [s["layers"].get(l, 0) for l in layers] + [r["number"], unit, r["datetime"], p["dates"]]
        total = [t + x for t, x in zip(total, row)]
        un = r.get("number_un_une", 0)
        total_un += un
        cells = [str(x) for x in row]
        cells[len(layers) + 1] += f" ({un})"
        w(f"| {base.split('_')[0]} | " + " | ".join(cells) + " |")
    cells = [f"**{x}**" for x in total]
    cells[len(layers) + 1] += f" ({total_un})"
    w("| all | " + " | ".join(cells) + " |")
    w("")

    rn = load(d, "nbsp_rt.json")
    dn = load(d, "nbsp_depeche.json")
    w(f"Numbers grouped by thousands in the seeds ({rn['grouped']}), each written with the three separators "
      "French text uses; how many are read with their full value:")
    w("")
    w("| separator | Recognizers-Text number model | depeche numbers layer |")
    w("| --- | --- | --- |")
    for k, label in (("space", "U+0020 space"), ("nbsp", "U+00A0 no-break space"),
                     ("nnbsp", "U+202F narrow no-break space")):
        w(f"| {label} | {rn['full_value'][k]} / {rn['grouped']} | {dn['full_value'][k]} / {dn['grouped']} |")
    if rn["misread"]:
        def show(m):
            got = " + ".join(str(x) for x in m["read"]) or "nothing"
            q = f" (quantity models: {', '.join(m['quantity'])})" if m.get("quantity") else ""
            return f"« {m['number']} » → {got}{q}"
        misread = sorted(rn["misread"], key=lambda m: not m.get("quantity"))
        ex = ", ".join(show(m) for m in misread[:4])
        w("")
        w(f"Recognizers-Text with NBSP separators reads for example {ex}.")
    w("")
    w(f"Samples: Recognizers-Text {rt['bytes']:,} bytes ({rt['lines']} lines, warm-up {rt['warmup_bytes']:,} bytes "
      f"not timed, Node {rt['node']}); dateparser {dp['bytes']:,} bytes ({dp['lines']} lines, Python "
      f"{dp['python']}); depeche the whole corpus, {ext['bytes']:,} bytes.")
    if a.commands:
        w("")
        w("```sh")
        w(a.commands)
        w("```")
    print("\n".join(out))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("layers")
    p.add_argument("--exe", required=True)
    p.add_argument("--want", default=DEFAULT_LAYERS)
    p = sub.add_parser("time-extract")
    p.add_argument("--exe", required=True)
    p.add_argument("--layers", required=True)
    p.add_argument("--corpus", required=True)
    p.add_argument("--runs", type=int, default=3)
    p = sub.add_parser("seeds")
    p.add_argument("--exe", required=True)
    p.add_argument("--layers", required=True)
    p.add_argument("seeds", nargs="+")
    p = sub.add_parser("nbsp")
    p.add_argument("--exe", required=True)
    p.add_argument("seeds", nargs="+")
    p = sub.add_parser("markdown")
    p.add_argument("--dir", required=True)
    p.add_argument("--date", default=time.strftime("%Y-%m-%d"))
    p.add_argument("--machine", default="this machine")
    p.add_argument("--load", default="")
    p.add_argument("--commands", default="")
    a = ap.parse_args()
    {"layers": cmd_layers, "time-extract": cmd_time_extract, "seeds": cmd_seeds, "nbsp": cmd_nbsp,
     "markdown": cmd_markdown}[a.cmd](a)


if __name__ == "__main__":
    main()
