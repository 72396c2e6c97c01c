// SPDX-License-Identifier: MIT
// Throughput of the dates layer: with preparation and tokenization included (what a caller pays for
// raw text; target: at least 50 MB/s on one core), and on an already analysed document (the layer alone).
#include <depeche/recognize/dates.hpp>
#include <depeche/text.hpp>

#include "support/corpus.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <optional>
#include <vector>

namespace {

void set_bytes(benchmark::State& state, std::string const& text) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

depeche::reference_time reference() { return *depeche::parse_reference_time("2025-05-01"); }

/// The dates layer, tokenization included.
void bm_dates_with_tokenization(benchmark::State& state) {
  auto const& text = bench::french_news();
  depeche::recognize::dates const dates{};
  std::vector<depeche::recognize::temporal> out;
  for (auto _ : state) {
    auto const doc = depeche::text::prepare(text);
    depeche::recognize::analysis a(*doc, reference());
    out.clear();
    dates.find(a.view(), out);
    benchmark::DoNotOptimize(out.data());
  }
  set_bytes(state, text);
  state.counters["temporals"] = static_cast<double>(out.size());
}
BENCHMARK(bm_dates_with_tokenization)->Unit(benchmark::kMillisecond);

/// The dates layer alone on an analysed document whose reference date is `ref` (none: the layer
/// looks for the document date and leaves relative values underspecified).
void run_dates_layer(benchmark::State& state, std::optional<depeche::reference_time> const& ref) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  depeche::recognize::analysis const a(*doc, ref);
  depeche::recognize::dates const dates{};
  std::vector<depeche::recognize::temporal> out;
  for (auto _ : state) {
    out.clear();
    dates.find(a.view(), out);
    benchmark::DoNotOptimize(out.data());
  }
  set_bytes(state, text);
  state.counters["temporals"] = static_cast<double>(out.size());
}

/// The dates layer alone, on an analysed document.
void bm_dates_layer_only(benchmark::State& state) { run_dates_layer(state, reference()); }
BENCHMARK(bm_dates_layer_only)->Unit(benchmark::kMillisecond);

/// The same layer without a reference date: the document date is looked for, values stay underspecified.
void bm_dates_without_reference(benchmark::State& state) { run_dates_layer(state, std::nullopt); }
BENCHMARK(bm_dates_without_reference)->Unit(benchmark::kMillisecond);

} // namespace
