// SPDX-License-Identifier: MIT
// Invariants the fuzz targets check on every input (abort on violation, so libFuzzer reports it).
#ifndef DEPECHE_TESTS_FUZZ_INVARIANTS_HPP_INCLUDED
#define DEPECHE_TESTS_FUZZ_INVARIANTS_HPP_INCLUDED

#include <depeche/text.hpp>
#include <depeche/tokenize.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

// Tests that share these checks define DEPECHE_FUZZ_CHECK first (e.g. as doctest's REQUIRE).
#ifndef DEPECHE_FUZZ_CHECK
#define DEPECHE_FUZZ_CHECK(cond)                                                         \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "invariant violated: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)
#endif

namespace depeche::fuzz {

/// The offset map is monotone, inside the input, and identity outside edits.
inline void check_document(text::document const& doc) {
  auto const o = doc.original().size();
  auto const a = doc.analysed().size();
  std::uint32_t pb = 0, pe = 0;
  bool monotone = true;  // one check for the whole loop: cheap when the checks are test assertions
  for (std::uint32_t k = 0; k <= a && monotone; ++k) {
    auto const b = doc.offsets().to_original_begin(k);
    auto const e = doc.offsets().to_original_end(k);
    monotone = b <= o && e <= o && b >= pb && e >= pe;
    pb = b;
    pe = e;
  }
  DEPECHE_FUZZ_CHECK(monotone);
  std::uint32_t ap = 0, op = 0;
  for (auto const& e : doc.offsets().edits()) {
    DEPECHE_FUZZ_CHECK(e.a_begin >= ap && e.o_begin >= op && e.a_begin - ap == e.o_begin - op);
    DEPECHE_FUZZ_CHECK(e.a_end >= e.a_begin && e.o_end >= e.o_begin && e.o_end <= o && e.a_end <= a);
    ap = e.a_end;
    op = e.o_end;
  }
  DEPECHE_FUZZ_CHECK(a - ap == o - op);
  DEPECHE_FUZZ_CHECK(!text::first_invalid(doc.analysed()));  // analysed text is always valid UTF-8
}

/// Tokens are non-empty, ordered, inside the input; gaps between them hold no letter or digit.
inline void check_tokens(text::document const& doc, std::span<tokenize::token const> toks) {
  auto const s = doc.original();
  auto blank_gap = [](std::string_view gap) {
    for (auto c : gap)
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
    return true;
  };
  std::uint32_t pos = 0, apos = 0;
  bool ordered = true, gaps = true;
  for (auto const& t : toks) {
    ordered = ordered && t.begin >= pos && t.end > t.begin && t.end <= s.size() && t.a_begin >= apos &&
              t.a_end > t.a_begin && t.a_end <= doc.analysed().size();
    if (!ordered) break;
    gaps = gaps && blank_gap(s.substr(pos, t.begin - pos));
    pos = t.end;
    apos = t.a_end;
  }
  DEPECHE_FUZZ_CHECK(ordered);
  DEPECHE_FUZZ_CHECK(gaps && blank_gap(s.substr(pos)));
}

inline void check_sentences(std::span<tokenize::token const> toks, std::span<tokenize::sentence const> sents) {
  std::uint32_t next = 0;
  bool ok = true;
  for (auto const& x : sents) {
    ok = x.first_token == next && x.last_token > x.first_token && x.last_token <= toks.size() &&
         x.begin == toks[x.first_token].begin && x.end == toks[x.last_token - 1].end;
    if (!ok) break;
    next = x.last_token;
  }
  DEPECHE_FUZZ_CHECK(ok);
  DEPECHE_FUZZ_CHECK(next == toks.size());
}

} // namespace depeche::fuzz

#endif
