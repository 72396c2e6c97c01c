#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# What a user pays to compile depeche: wall time, CPU time and peak memory (/usr/bin/time -v) of a
# translation unit that includes <depeche.hpp> and runs the default pipeline (depeche::extract),
#   1. header-only (the default), and
#   2. with DEPECHE_SEPARATE_COMPILATION: the same user file, plus the one file that includes
#      <depeche/src.hpp> (compiled once, then only relinked).
# Both programs are linked and run on examples/data/sample-article.txt; their outputs must agree.
#
#   bash benchmarks/compile_time.sh            # CXX (default g++), CXXFLAGS (default -O2)
#
# Targets (issue 8): each translation unit under 30 s and 2 GB.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CXX:-g++}
read -r -a flags <<<"${CXXFLAGS:--O2}"
read -r -a icu_cflags <<<"$(pkg-config --cflags icu-uc icu-i18n 2>/dev/null || true)"
read -r -a icu_libs <<<"$(pkg-config --libs icu-uc icu-i18n 2>/dev/null || echo -licuuc -licui18n)"
sample=$root/examples/data/sample-article.txt
[[ -x /usr/bin/time ]] || { echo "compile_time.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/user.cpp" <<'CPP'
// A user's program: everything from <depeche.hpp>, the default pipeline over a file.
#include <depeche.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto const x = depeche::extract(text);
  if (!x) return 1;
  std::cout << "sentences: " << x->sentences.size() << " numbers: " << x->numbers.size()
            << " quantities: " << x->quantities.size() << " dates: " << x->dates.size()
            << " attributions: " << x->attributions.size() << " claims: " << x->claims.size() << '\n';
  return 0;
}
CPP
printf '#include <depeche/src.hpp>\n' >"$work/depeche.cpp"

# compile KEY LABEL SOURCE [DEFINES...]: prints one table row and leaves $work/KEY.o
compile() {
  local key=$1 label=$2 src=$3
  shift 3
  /usr/bin/time -v -o "$work/$key.time" "$cxx" -std=c++20 "${flags[@]}" "$@" -I "$root/include" \
    "${icu_cflags[@]}" -c "$src" -o "$work/$key.o"
  local wall user sys rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$key.time")
  user=$(sed -n 's/.*User time (seconds): //p' "$work/$key.time")
  sys=$(sed -n 's/.*System time (seconds): //p' "$work/$key.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$key.time")
  awk -v n="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "| %s | %s | %.1f s | %.0f MB |\n", n, w, u + s, r / 1024 }'
}

echo "Compiler: $($cxx --version | head -1); flags: -std=c++20 ${flags[*]}; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| translation unit | wall clock | CPU (user + sys) | peak RSS |"
echo "| --- | --- | --- | --- |"
compile header_only "header-only: user.cpp (includes depeche.hpp, calls depeche::extract)" "$work/user.cpp"
compile sep_user "separate: the same user.cpp with -DDEPECHE_SEPARATE_COMPILATION" "$work/user.cpp" \
  -DDEPECHE_SEPARATE_COMPILATION
compile sep_lib "separate: depeche.cpp (\`#include <depeche/src.hpp>\`, compiled once)" "$work/depeche.cpp" \
  -DDEPECHE_SEPARATE_COMPILATION
"$cxx" "$work/header_only.o" "${icu_libs[@]}" -o "$work/header_only"
"$cxx" "$work/sep_user.o" "$work/sep_lib.o" "${icu_libs[@]}" -o "$work/separate"
a=$("$work/header_only" "$sample")
b=$("$work/separate" "$sample")
echo
echo "header-only program: $a"
echo "separate program:    $b"
if [[ $a != "$b" ]]; then echo "compile_time.sh: the two programs disagree" >&2; exit 1; fi
