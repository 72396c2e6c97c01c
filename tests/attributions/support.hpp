// SPDX-License-Identifier: MIT
// Helpers for attribution tests: run the recognizer on a French string, find records by cue.
#ifndef DEPECHE_TESTS_ATTRIBUTIONS_SUPPORT_HPP_INCLUDED
#define DEPECHE_TESTS_ATTRIBUTIONS_SUPPORT_HPP_INCLUDED

#include <depeche/recognize/attributions.hpp>
#include <depeche/text.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::test {

/// The attributions of one text, with the text and its source registry.
struct attributed {
  std::string text;
  std::vector<recognize::attribution> all;
  recognize::source_registry registry;

  [[nodiscard]] std::string_view str(span s) const { return s.of(text); }
  [[nodiscard]] std::string_view cue(recognize::attribution const& a) const { return str({a.cue_begin, a.cue_end}); }
  [[nodiscard]] std::string_view source(recognize::attribution const& a) const {
    return str({a.source.begin, a.source.end});
  }
  [[nodiscard]] std::string_view content(recognize::attribution const& a) const { return str(a.content); }
  [[nodiscard]] std::string_view quote(recognize::attribution const& a) const {
    return a.quote ? str(*a.quote) : std::string_view{};
  }
  /// The first attribution whose cue is exactly `c` (nullptr when none).
  [[nodiscard]] recognize::attribution const* by_cue(std::string_view c) const {
    for (auto const& a : all)
      if (cue(a) == c) return &a;
    return nullptr;
  }
  /// The source text of the attribution with cue `c` ("" when none).
  [[nodiscard]] std::string source_of(std::string_view c) const {
    auto const* a = by_cue(c);
    return a ? std::string(source(*a)) : std::string{};
  }
  [[nodiscard]] std::vector<std::string> cues() const {
    std::vector<std::string> v;
    for (auto const& a : all) v.emplace_back(cue(a));
    return v;
  }
};

/// Runs the attributions recognizer (default French cue tables unless `c` is given).
inline std::unique_ptr<attributed> attribute(std::string text, recognize::cues const& c = recognize::default_cues()) {
  auto r = std::make_unique<attributed>();
  r->text = std::move(text);
  auto doc = text::prepare(r->text);
  REQUIRE(doc);
  recognize::analysis an(*doc);
  recognize::attributions{c}(an.view(), r->all, r->registry);
  for (auto const& a : r->all) {
    // every record's spans lie inside the text and are ordered
    CHECK(a.cue_begin < a.cue_end);
    CHECK(a.cue_end <= r->text.size());
    CHECK(a.source.begin <= a.source.end);
    CHECK(a.source.end <= r->text.size());
    CHECK(a.begin <= a.cue_begin);
    CHECK(a.end >= a.cue_end);
    CHECK(a.end <= r->text.size());
    CHECK(a.content.begin <= a.content.end);
  }
  return r;
}

} // namespace depeche::test

#endif
