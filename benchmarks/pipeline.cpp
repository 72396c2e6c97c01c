// SPDX-License-Identifier: MIT
// End to end: text → claims, and text → JSON (all layers' records and claims), in MB/s and claims/s.
#include <depeche/extract.hpp>
#include <depeche/io/claims_json.hpp>

#include "support/corpus.hpp"

#include <benchmark/benchmark.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

void bm_pipeline_text_to_claims(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const& x = depeche::default_extractor();
  std::size_t claims = 0;
  for (auto _ : state) {
    auto r = x(text);
    claims += r ? r->claims.size() : 0;
    benchmark::DoNotOptimize(r.has_value());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
}
BENCHMARK(bm_pipeline_text_to_claims)->Unit(benchmark::kMillisecond);

/// The same corpus cut at paragraph breaks into documents of about 4 KB, the size of a news
/// article, each extracted on its own (as depeche-extract does with one article per line).
std::vector<std::string_view> const& article_sized_documents() {
  static std::vector<std::string_view> const docs = [] {
    std::vector<std::string_view> out;
    std::string_view const text = bench::french_news();
    std::size_t start = 0;
    while (start < text.size()) {
      auto cut = text.find("\n\n", start + 4096);
      cut = cut == std::string_view::npos ? text.size() : cut + 2;
      out.push_back(text.substr(start, cut - start));
      start = cut;
    }
    return out;
  }();
  return docs;
}

void bm_pipeline_articles_to_claims(benchmark::State& state) {
  auto const& docs = article_sized_documents();
  auto const& x = depeche::default_extractor();
  std::size_t claims = 0;
  for (auto _ : state) {
    for (auto d : docs) {
      auto r = x(d);
      claims += r ? r->claims.size() : 0;
      benchmark::DoNotOptimize(r.has_value());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(bench::french_news().size()));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(docs.size());
}
BENCHMARK(bm_pipeline_articles_to_claims)->Unit(benchmark::kMillisecond);

void bm_pipeline_text_to_json(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const& x = depeche::default_extractor();
  std::size_t claims = 0, bytes_out = 0;
  for (auto _ : state) {
    auto r = x(text);
    if (!r) continue;
    boost::json::array a;
    a.reserve(r->claims.size());
    for (auto const& c : r->claims) a.push_back(depeche::io::to_json(c, text));
    auto const out = boost::json::serialize(a);
    claims += r->claims.size();
    bytes_out += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims), benchmark::Counter::kIsRate);
}
BENCHMARK(bm_pipeline_text_to_json)->Unit(benchmark::kMillisecond);

} // namespace
