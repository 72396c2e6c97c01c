// SPDX-License-Identifier: MIT
// The benchmark corpus: a few MB of generated French news text, loaded once.
#ifndef DEPECHE_BENCHMARKS_SUPPORT_CORPUS_HPP_INCLUDED
#define DEPECHE_BENCHMARKS_SUPPORT_CORPUS_HPP_INCLUDED

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

namespace bench {

/// The corpus text (benchmarks/data/make_corpus.py, generated at build time).
inline std::string const& french_news() {
  static std::string const text = [] {
    std::ifstream in(DEPECHE_BENCH_CORPUS, std::ios::binary);
    std::string s{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (s.empty()) {
      std::fprintf(stderr, "benchmark corpus %s is missing or empty\n", DEPECHE_BENCH_CORPUS);
      std::exit(1);
    }
    return s;
  }();
  return text;
}

} // namespace bench

#endif
