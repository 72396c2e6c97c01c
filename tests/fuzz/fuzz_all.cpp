// SPDX-License-Identifier: MIT
// Every libFuzzer target in one binary, so that CI compiles the library's heavy parts once rather
// than once per target. DEPECHE_FUZZ_TARGET names the entry point:
//   DEPECHE_FUZZ_TARGET=dates build/fuzz/tests/fuzz/depeche_fuzz corpus/ -max_total_time=60
// Targets: text, tokenize, numbers, quantities, dates, attributions, pipeline, jsonl.
#define DEPECHE_FUZZ_ALL
#include "fuzz_jsonl.cpp"  // first: it includes depeche-extract.cpp at namespace scope

#include "fuzz_attributions.cpp"
#include "fuzz_dates.cpp"
#include "fuzz_numbers.cpp"
#include "fuzz_pipeline.cpp"
#include "fuzz_quantities.cpp"
#include "fuzz_text.cpp"
#include "fuzz_tokenize.cpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

struct entry {
  std::string_view name;
  int (*run)(std::uint8_t const*, std::size_t);
};

constexpr entry entries[] = {
    {"text", &depeche::fuzz::target::text},
    {"tokenize", &depeche::fuzz::target::tokenize},
    {"numbers", &depeche::fuzz::target::numbers},
    {"quantities", &depeche::fuzz::target::quantities},
    {"dates", &depeche::fuzz::target::dates},
    {"attributions", &depeche::fuzz::target::attributions},
    {"pipeline", &depeche::fuzz::target::pipeline},
    {"jsonl", &depeche::fuzz::target::jsonl},
};

int (*chosen)(std::uint8_t const*, std::size_t) = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char const* want = std::getenv("DEPECHE_FUZZ_TARGET");
  for (auto const& e : entries)
    if (want && e.name == want) chosen = e.run;
  if (!chosen) {
    std::fprintf(stderr, "depeche_fuzz: set DEPECHE_FUZZ_TARGET to one of:");
    for (auto const& e : entries) std::fprintf(stderr, " %.*s", static_cast<int>(e.name.size()), e.name.data());
    std::fprintf(stderr, "\n");
    std::exit(2);
  }
  if (chosen == &depeche::fuzz::target::jsonl) depeche::fuzz::jsonl::quiet();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) { return chosen(data, size); }
