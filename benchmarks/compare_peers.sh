#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# depeche against the tools a user would otherwise pick, in one session on one corpus:
#   - depeche: every benchmark of depeche_bench (each layer, with the UTF-8 decode loop and ICU's word
#     BreakIterator as baselines in the same run) and depeche-extract end to end (wall clock);
#   - Microsoft Recognizers-Text for French (Node): number, currency, dimension, temperature, age and
#     date-time models;
#   - Python's dateparser: search_dates(languages=['fr']).
# Prints a Markdown report (throughput, ratios, targets, entities on the seed articles, the NBSP test)
# and writes it to $BUILD_DIR/compare_peers.md.
#
#   bash benchmarks/compare_peers.sh [--no-install]
#
# Environment: DEPECHE_BUILD_DIR (default build-peers), RT_BYTES (Recognizers-Text sample, default
# 32768), DP_BYTES (dateparser sample, default 1048576), SEEDS_DIR (default ../shared/corpus/seeds
# beside the checkout, else /work/shared/corpus/seeds), DEPECHE_LAYERS (default: whichever of
# numbers,quantities,dates,attributions depeche-extract has), BENCH_REPETITIONS (default 3),
# REPORT_DATE, REPORT_MACHINE (free text for the report header).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

install=1
for arg in "$@"; do
  case $arg in
    --no-install) install=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "compare_peers.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

build=${DEPECHE_BUILD_DIR:-$root/build-peers}
rt_bytes=${RT_BYTES:-32768}
dp_bytes=${DP_BYTES:-1048576}
reps=${BENCH_REPETITIONS:-3}
if [[ -z ${SEEDS_DIR:-} ]]; then
  SEEDS_DIR=$root/../shared/corpus/seeds
  [[ -d $SEEDS_DIR ]] || SEEDS_DIR=/work/shared/corpus/seeds
fi
shopt -s nullglob
seeds=("$SEEDS_DIR"/*.txt)
if ((${#seeds[@]} == 0)); then echo "compare_peers.sh: no seed articles in $SEEDS_DIR" >&2; exit 1; fi

step() { printf '== %s\n' "$*" >&2; }
fail() { printf 'compare_peers.sh: ERROR: %s\n' "$*" >&2; exit 1; }

load_before=$(cut -d' ' -f1 /proc/loadavg)

if ((install)); then
  step "peers (scripts/install-peers)"
  bash scripts/install-peers >&2 || fail "the peers could not be installed (see above)"
fi
command -v node >/dev/null || fail "node is missing (run scripts/install-peers)"
/usr/bin/python3 -c 'import dateparser' 2>/dev/null ||
  fail "/usr/bin/python3 cannot import dateparser (run scripts/install-peers)"
[[ -d benchmarks/peers/node/node_modules/@microsoft/recognizers-text-suite ]] ||
  fail "Recognizers-Text is not installed in benchmarks/peers/node (run scripts/install-peers)"

step "build depeche_bench and depeche-extract in $build"
mkdir -p "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEPECHE_BUILD_BENCHMARKS=ON \
  -DDEPECHE_BUILD_TESTS=OFF >"$build/cmake-peers.log" 2>&1 || { cat "$build/cmake-peers.log" >&2; fail "cmake failed"; }
cmake --build "$build" -j 2 --target depeche_bench depeche-extract >&2 || fail "build failed"

bench=$build/benchmarks/depeche_bench
extract=$build/examples/depeche-extract
corpus=$build/benchmarks/fr_news.txt
out=$build/compare_peers
mkdir -p "$out"
[[ -s $corpus ]] || fail "benchmark corpus $corpus is missing"

layers=${DEPECHE_LAYERS:-$(python3 benchmarks/peers/report.py layers --exe "$extract")}
[[ -n $layers ]] || fail "depeche-extract has none of the entity layers numbers,quantities,dates,attributions"
step "depeche layers: $layers"

step "depeche_bench ($reps repetitions, median)"
"$bench" --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
  --benchmark_out="$out/bench.json" --benchmark_out_format=json >&2 || fail "depeche_bench failed"

step "depeche-extract end to end on $(wc -c <"$corpus") bytes"
python3 benchmarks/peers/report.py time-extract --exe "$extract" --layers "$layers" --corpus "$corpus" \
  >"$out/extract.json" || fail "depeche-extract timing failed"

step "Recognizers-Text on the first $rt_bytes bytes (takes about a minute)"
node benchmarks/peers/recognizers.js bench "$corpus" --bytes "$rt_bytes" >"$out/rt_bench.json" ||
  fail "Recognizers-Text benchmark failed"

step "dateparser on the first $dp_bytes bytes"
/usr/bin/python3 benchmarks/peers/dateparser_bench.py bench "$corpus" --bytes "$dp_bytes" >"$out/dp_bench.json" ||
  fail "dateparser benchmark failed"

step "entities on ${#seeds[@]} seed articles"
python3 benchmarks/peers/report.py seeds --exe "$extract" --layers "$layers" "${seeds[@]}" >"$out/seeds_depeche.jsonl" ||
  fail "depeche-extract failed on the seeds"
node benchmarks/peers/recognizers.js entities --list "${seeds[@]}" >"$out/rt_seeds.jsonl" ||
  fail "Recognizers-Text failed on the seeds"
/usr/bin/python3 benchmarks/peers/dateparser_bench.py entities --list "${seeds[@]}" >"$out/dp_seeds.jsonl" ||
  fail "dateparser failed on the seeds"

step "numbers grouped with spaces, NBSP and NNBSP"
node benchmarks/peers/recognizers.js nbsp "${seeds[@]}" >"$out/nbsp_rt.json" || fail "Recognizers-Text NBSP test failed"
python3 benchmarks/peers/report.py nbsp --exe "$extract" "${seeds[@]}" >"$out/nbsp_depeche.json" ||
  fail "depeche NBSP test failed"

load_after=$(cut -d' ' -f1 /proc/loadavg)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
machine=${REPORT_MACHINE:-"$(nproc) cores ($cpu), $(uname -sr)"}
python3 benchmarks/peers/report.py markdown --dir "$out" --date "${REPORT_DATE:-$(date +%F)}" \
  --machine "$machine" --load "$load_before / $load_after" \
  --commands "bash scripts/install-peers
RT_BYTES=$rt_bytes DP_BYTES=$dp_bytes bash benchmarks/compare_peers.sh" >"$build/compare_peers.md" ||
  fail "report failed"
cat "$build/compare_peers.md"
step "report written to $build/compare_peers.md (raw results in $out/)"
