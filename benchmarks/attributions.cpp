// SPDX-License-Identifier: MIT
// Throughput of the attributions layer: alone, on an already analysed document, and with
// preparation and tokenization included (what a caller pays for raw text).
#include <depeche/recognize/attributions.hpp>
#include <depeche/text.hpp>

#include "support/corpus.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

void set_bytes(benchmark::State& state, std::string const& text) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

/// The attributions layer alone, on an analysis built once (tokens, sentences, folded text).
void bm_attributions(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  depeche::recognize::analysis const a(*doc);
  depeche::recognize::attributions const attributions{};
  std::vector<depeche::recognize::attribution> out;
  for (auto _ : state) {
    out.clear();
    depeche::recognize::source_registry reg;
    attributions(a.view(), out, reg);
    benchmark::DoNotOptimize(out.data());
  }
  set_bytes(state, text);
  state.counters["attributions"] = static_cast<double>(out.size());
}
BENCHMARK(bm_attributions)->Unit(benchmark::kMillisecond);

/// The attributions layer, preparation and tokenization included (the target: at least 30 MB/s on one core).
void bm_attributions_with_tokenization(benchmark::State& state) {
  auto const& text = bench::french_news();
  depeche::recognize::attributions const attributions{};
  std::size_t n = 0;
  for (auto _ : state) {
    auto const doc = depeche::text::prepare(text);
    depeche::recognize::analysis const a(*doc);
    n = attributions(a.view()).size();
    benchmark::DoNotOptimize(n);
  }
  set_bytes(state, text);
  state.counters["attributions"] = static_cast<double>(n);
}
BENCHMARK(bm_attributions_with_tokenization)->Unit(benchmark::kMillisecond);

} // namespace
