// SPDX-License-Identifier: MIT
// Linear time on hostile input, per layer: each layer over growing inputs of a pathological pattern
// (tests/reliability/hostile.hpp), fitted with Complexity(oN). Run only these with
//   depeche_bench --benchmark_filter='^linear/'
// A layer that is linear on a pattern reports a big-O of N and a small RMS. The same patterns are
// checked by tests/reliability/linear_time.cpp (doubling the input must not triple the time).
#include <depeche/extract.hpp>
#include <depeche/recognize/attributions.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/text.hpp>

#include "../tests/reliability/hostile.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

namespace {

/// The patterns each layer is fitted on: those that stress its loops, plus plain news-like text.
constexpr std::string_view patterns_measured[] = {"digits",      "selon_sources",  "hedged_contents", "postposed_cues",
                                                   "deep_quotes", "long_token",     "date_intervals",  "invalid_utf8",
                                                   "news"};

depeche::hostile::pattern const& find_pattern(std::string_view name) {
  for (auto const& p : depeche::hostile::patterns)
    if (p.name == name) return p;
  return depeche::hostile::patterns[0];
}

constexpr depeche::text::normalize_options lenient{.invalid = depeche::text::invalid_utf8_policy::replace};

enum class layer { prepare, analysis, numbers, quantities, dates, attributions, pipeline };

char const* layer_name(layer l) {
  switch (l) {
  case layer::prepare: return "prepare";
  case layer::analysis: return "analysis";
  case layer::numbers: return "numbers";
  case layer::quantities: return "quantities";
  case layer::dates: return "dates";
  case layer::attributions: return "attributions";
  case layer::pipeline: return "pipeline";
  }
  return "?";
}

void bm_linear(benchmark::State& state, depeche::hostile::pattern const* pat, layer l) {
  static depeche::recognize::numbers const numbers{};
  static depeche::recognize::quantities const quantities{};
  static depeche::recognize::dates const dates{};
  static depeche::recognize::attributions const attributions{};
  static depeche::extractor const pipeline{};
  auto const text = pat->make(static_cast<std::size_t>(state.range(0)));
  auto const doc = depeche::text::prepare(text, lenient);
  depeche::recognize::analysis const an(*doc);
  auto const ctx = an.view();
  std::size_t n = 0;
  for (auto _ : state) {
    switch (l) {
    case layer::prepare: n = depeche::text::prepare(text, lenient)->analysed().size(); break;
    case layer::analysis: n = depeche::recognize::analysis(*doc).tokens().size(); break;
    case layer::numbers: n = numbers.find(ctx).size(); break;
    case layer::quantities: n = quantities.find(ctx).size(); break;
    case layer::dates: n = dates(ctx).size(); break;
    case layer::attributions: n = attributions(ctx).size(); break;
    case layer::pipeline: n = pipeline.run(ctx).claims.size(); break;
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetComplexityN(static_cast<std::int64_t>(text.size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

[[maybe_unused]] bool const registered = [] {
  for (auto l : {layer::prepare, layer::analysis, layer::numbers, layer::quantities, layer::dates, layer::attributions,
                 layer::pipeline})
    for (auto name : patterns_measured) {
      auto const& p = find_pattern(name);
      benchmark::RegisterBenchmark((std::string("linear/") + layer_name(l) + "/" + std::string(p.name)).c_str(),
                                   bm_linear, &p, l)
          ->RangeMultiplier(4)
          ->Range(16 << 10, 1 << 20)
          ->Unit(benchmark::kMicrosecond)
          ->MinTime(0.05)  // a few runs per size are enough for the fit; the whole set stays short
          ->Complexity(benchmark::oN);
    }
  return true;
}();

} // namespace
