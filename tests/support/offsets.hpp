// SPDX-License-Identifier: MIT
// Checks that a document's offset map is exact: every edit re-normalizes to its analysed bytes.
#ifndef DEPECHE_TESTS_SUPPORT_OFFSETS_HPP_INCLUDED
#define DEPECHE_TESTS_SUPPORT_OFFSETS_HPP_INCLUDED

#include <depeche/text.hpp>

#include <doctest/doctest.h>

namespace depeche::test {

/// Text between edits: byte-identical, or (under case folding, whose same-length changes need
/// no edit) identical once normalized.
inline void check_same(std::string_view analysed, std::string_view original, text::normalize_options const& opts) {
  if (!opts.fold_case) {
    CHECK(analysed == original);
    return;
  }
  auto const r = text::normalize(original, opts);
  REQUIRE(r.has_value());
  CHECK((r->identity ? original : std::string_view(r->text)) == analysed);
}

/// Walks the analysed text segment by segment: between edits the bytes must be identical, and
/// each edit's original bytes must normalize (with the same options) to its analysed bytes.
/// Also checks that both mapping directions are monotone and stay inside the input.
inline void check_offset_map(text::document const& doc, text::normalize_options const& opts = {}) {
  auto const a = doc.analysed();
  auto const o = doc.original();
  std::uint32_t ap = 0, op = 0;
  for (auto const& e : doc.offsets().edits()) {
    REQUIRE(e.a_begin >= ap);
    REQUIRE(e.o_begin >= op);
    REQUIRE(e.a_begin - ap == e.o_begin - op);
    check_same(a.substr(ap, e.a_begin - ap), o.substr(op, e.o_begin - op), opts);
    auto const renorm = text::normalize(o.substr(e.o_begin, e.o_end - e.o_begin), opts);
    REQUIRE(renorm.has_value());
    auto const piece = renorm->identity ? o.substr(e.o_begin, e.o_end - e.o_begin) : std::string_view(renorm->text);
    CHECK(piece == a.substr(e.a_begin, e.a_end - e.a_begin));
    ap = e.a_end;
    op = e.o_end;
  }
  REQUIRE(a.size() - ap == o.size() - op);
  check_same(a.substr(ap), o.substr(op), opts);
  std::uint32_t prev_b = 0, prev_e = 0;
  for (std::uint32_t k = 0; k <= a.size(); ++k) {
    auto const b = doc.offsets().to_original_begin(k);
    auto const e = doc.offsets().to_original_end(k);
    REQUIRE(b <= o.size());
    REQUIRE(e <= o.size());
    REQUIRE(b >= prev_b);
    REQUIRE(e >= prev_e);
    prev_b = b;
    prev_e = e;
  }
}

} // namespace depeche::test

#endif
