// SPDX-License-Identifier: MIT
// Tokenizer and sentence splitter throughput, with ICU's word BreakIterator and a plain UTF-8
// decode loop over the same bytes as baselines in the same run.
#include <depeche/text.hpp>
#include <depeche/tokenize.hpp>

#include "support/corpus.hpp"

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace {

void set_bytes(benchmark::State& state, std::string const& text) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

/// The physical bound: decode every code point and sum them.
void bm_utf8_decode_loop(benchmark::State& state) {
  auto const& text = bench::french_news();
  for (auto _ : state) {
    std::uint64_t sum = 0;
    for (std::size_t i = 0; i < text.size();) {
      auto const d = depeche::text::decode(text, i);
      sum += d.cp;
      i += d.length ? d.length : d.invalid_length;
    }
    benchmark::DoNotOptimize(sum);
  }
  set_bytes(state, text);
}
BENCHMARK(bm_utf8_decode_loop);

/// Baseline: ICU's word BreakIterator for French over UTF-8 (UText, no conversion copy).
void bm_icu_word_break_iterator(benchmark::State& state) {
  auto const& text = bench::french_news();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale::getFrench(), status));
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU word break iterator unavailable");
    return;
  }
  for (auto _ : state) {
    UText ut = UTEXT_INITIALIZER;
    utext_openUTF8(&ut, text.data(), static_cast<std::int64_t>(text.size()), &status);
    bi->setText(&ut, status);
    std::size_t n = 0;
    for (auto p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next()) ++n;
    utext_close(&ut);
    benchmark::DoNotOptimize(n);
  }
  set_bytes(state, text);
}
BENCHMARK(bm_icu_word_break_iterator);

void bm_prepare(benchmark::State& state) {
  auto const& text = bench::french_news();
  for (auto _ : state) {
    auto doc = depeche::text::prepare(text);
    benchmark::DoNotOptimize(doc.has_value());
  }
  set_bytes(state, text);
}
BENCHMARK(bm_prepare);

void bm_tokenize(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  depeche::tokenize::tokenizer const tk;
  std::vector<depeche::tokenize::token> tokens;
  for (auto _ : state) {
    tokens.clear();  // capacity is kept: no allocation in the loop
    tk.tokenize(*doc, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  set_bytes(state, text);
  state.counters["tokens"] = static_cast<double>(tokens.size());
}
BENCHMARK(bm_tokenize);

void bm_split_sentences(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  auto tokens = depeche::tokenize::tokenizer{}(*doc);
  std::vector<depeche::tokenize::sentence> sentences;
  for (auto _ : state) {
    sentences.clear();
    depeche::tokenize::split_sentences(doc->analysed(), tokens, sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  set_bytes(state, text);
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(bm_split_sentences);

void bm_tokenize_and_split_sentences(benchmark::State& state) {
  auto const& text = bench::french_news();
  auto const doc = depeche::text::prepare(text);
  depeche::tokenize::tokenizer const tk;
  std::vector<depeche::tokenize::token> tokens;
  std::vector<depeche::tokenize::sentence> sentences;
  for (auto _ : state) {
    tokens.clear();
    sentences.clear();
    tk.tokenize(*doc, tokens);
    depeche::tokenize::split_sentences(doc->analysed(), tokens, sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  set_bytes(state, text);
  state.counters["sentences"] = static_cast<double>(sentences.size());
}
BENCHMARK(bm_tokenize_and_split_sentences);

} // namespace
