// SPDX-License-Identifier: MIT
// Throughput of the numbers and quantities layers: with preparation and tokenization included
// (what a caller pays for raw text), and on an already analysed document (the layer alone). Like
// the tokenizer benchmark, results go to a vector whose capacity is kept across documents.
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/text.hpp>

#include "support/corpus.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

void set_bytes(benchmark::State& state, std::string const& text) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

/// prepare + tokenize + sentences + fold: the analysis every recognizer starts from.
void bm_analysis(benchmark::State& state) {
  auto const& text = bench::french_news();
  for (auto _ : state) {
    auto const doc = depeche::text::prepare(text);
    depeche::recognize::analysis a(*doc);
    benchmark::DoNotOptimize(a.tokens().data());
  }
  set_bytes(state, text);
}
BENCHMARK(bm_analysis)->Unit(benchmark::kMillisecond);

/// The numbers layer, tokenization included.
void bm_numbers_with_tokenization(benchmark::State& state) {
  auto const& text = bench::french_news();
  depeche::recognize::numbers const numbers{};
  std::vector<depeche::recognize::number_mention> found;
  std::size_t n = 0;
  for (auto _ : state) {
    auto const doc = depeche::text::prepare(text);
    depeche::recognize::analysis a(*doc);
    found.clear();
    numbers.find(a.view(), found);
    benchmark::DoNotOptimize(n = found.size());
  }
  set_bytes(state, text);
  state.counters["numbers"] = static_cast<double>(n);
}
BENCHMARK(bm_numbers_with_tokenization)->Unit(benchmark::kMillisecond);

/// The quantities layer, tokenization included (the target: at least 50 MB/s on one core).
void bm_quantities_with_tokenization(benchmark::State& state) {
  auto const& text = bench::french_news();
  depeche::recognize::quantities const quantities{};
  std::vector<depeche::recognize::quantity> found;
  std::size_t n = 0;
  for (auto _ : state) {
    auto const doc = depeche::text::prepare(text);
    depeche::recognize::analysis a(*doc);
    found.clear();
    quantities.find(a.view(), found);
    benchmark::DoNotOptimize(n = found.size());
  }
  set_bytes(state, text);
  state.counters["quantities"] = static_cast<double>(n);
}
BENCHMARK(bm_quantities_with_tokenization)->Unit(benchmark::kMillisecond);

/// The numbers layer alone, on a pre-tokenized document.
void bm_numbers_only(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  depeche::recognize::analysis const a(*doc);
  depeche::recognize::numbers const numbers{};
  std::vector<depeche::recognize::number_mention> found;
  for (auto _ : state) {
    found.clear();
    numbers.find(a.view(), found);
    benchmark::DoNotOptimize(found.data());
  }
  set_bytes(state, text);
}
BENCHMARK(bm_numbers_only)->Unit(benchmark::kMillisecond);

/// The quantities layer alone, on a pre-tokenized document.
void bm_quantities_only(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  depeche::recognize::analysis const a(*doc);
  depeche::recognize::quantities const quantities{};
  std::vector<depeche::recognize::quantity> found;
  for (auto _ : state) {
    found.clear();
    quantities.find(a.view(), found);
    benchmark::DoNotOptimize(found.data());
  }
  set_bytes(state, text);
}
BENCHMARK(bm_quantities_only)->Unit(benchmark::kMillisecond);

} // namespace
