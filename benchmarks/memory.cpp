// SPDX-License-Identifier: MIT
// Memory: bytes allocated per MB of input by the full pipeline, and allocations per token of the
// tokenizer (zero on its hot path once the caller's vectors have their capacity). The counts come
// from the counting operator new of benchmarks/allocations.cpp.
#include <depeche/extract.hpp>
#include <depeche/tokenize/sentences.hpp>
#include <depeche/tokenize/tokenizer.hpp>

#include "support/allocations.hpp"
#include "support/corpus.hpp"

#include <benchmark/benchmark.h>

#include <vector>


namespace {

/// depeche::extract over the corpus: allocations and bytes requested per MB of input.
void bm_memory_pipeline(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const& x = depeche::default_extractor();
  (void)x(text.substr(0, 4096));  // first use: tables, thread-local scratch
  std::uint64_t calls = 0, bytes = 0;
  for (auto _ : state) {
    auto const before = bench::thread_allocations();
    auto r = x(text);
    benchmark::DoNotOptimize(r.has_value());
    auto const after = bench::thread_allocations();
    calls += after.calls - before.calls;
    bytes += after.bytes - before.bytes;
  }
  auto const mb = static_cast<double>(state.iterations()) * static_cast<double>(text.size()) / 1e6;
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["alloc_bytes_per_MB"] = static_cast<double>(bytes) / mb;
  state.counters["allocs_per_MB"] = static_cast<double>(calls) / mb;
}
BENCHMARK(bm_memory_pipeline)->Unit(benchmark::kMillisecond);

/// The tokenizer and sentence splitter into reused vectors: allocations per token (0 expected).
void bm_memory_tokenize(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  if (!doc) {
    state.SkipWithError("corpus is not valid UTF-8");
    return;
  }
  depeche::tokenize::tokenizer const tk;
  std::vector<depeche::tokenize::token> tokens;
  std::vector<depeche::tokenize::sentence> sentences;
  tk.tokenize(*doc, tokens);  // capacity
  depeche::tokenize::split_sentences(doc->analysed(), tokens, sentences);
  std::uint64_t calls = 0, n_tokens = 0;
  for (auto _ : state) {
    tokens.clear();
    sentences.clear();
    auto const before = bench::thread_allocations();
    tk.tokenize(*doc, tokens);
    depeche::tokenize::split_sentences(doc->analysed(), tokens, sentences);
    calls += bench::thread_allocations().calls - before.calls;
    n_tokens += tokens.size();
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["allocs_per_token"] = n_tokens ? static_cast<double>(calls) / static_cast<double>(n_tokens) : 0.0;
  state.counters["allocs"] = static_cast<double>(calls);
}
BENCHMARK(bm_memory_tokenize)->Unit(benchmark::kMillisecond);

} // namespace
