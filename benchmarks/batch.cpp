// SPDX-License-Identifier: MIT
// depeche::extract_batch: the corpus cut into articles of about 8 KB, analysed on 1, 2 and all
// hardware threads (argument 0). Throughput is measured on the wall clock (UseRealTime): the work of
// every thread counts, the machine's other load shows.
#include <depeche/batch.hpp>

#include "support/corpus.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <span>
#include <string_view>
#include <vector>

namespace {

/// The corpus as documents: cut at the first paragraph break after each 8 KB.
std::vector<std::string_view> const& articles() {
  static std::vector<std::string_view> const docs = [] {
    std::vector<std::string_view> out;
    std::string_view rest = bench::french_news();
    while (!rest.empty()) {
      auto cut = rest.size() > 8192 ? rest.find("\n\n", 8192) : std::string_view::npos;
      cut = cut == std::string_view::npos ? rest.size() : cut + 2;
      out.push_back(rest.substr(0, cut));
      rest.remove_prefix(cut);
    }
    return out;
  }();
  return docs;
}

void bm_batch_extract(benchmark::State& state) {
  auto const& docs = articles();
  auto const threads = static_cast<unsigned>(state.range(0));
  (void)depeche::extract_batch(std::span(docs).first(std::min<std::size_t>(docs.size(), 8)), threads);
  std::size_t bytes = 0;
  for (auto const d : docs) bytes += d.size();
  std::size_t claims = 0;
  for (auto _ : state) {
    auto const out = depeche::extract_batch(docs, threads);
    for (auto const& r : out) claims += r ? r->claims.size() : 0;
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.counters["threads"] = threads == 0 ? depeche::hardware_threads() : threads;
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
}
BENCHMARK(bm_batch_extract)->ArgName("threads")->Arg(1)->Arg(2)->Arg(0)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace
