// SPDX-License-Identifier: MIT
#include <depeche/text/document.hpp>

#include "support/offsets.hpp"
#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <string>

namespace text = depeche::text;

TEST_CASE("text::document maps analysed spans back to the original bytes") {
  std::string const raw = "Selon l’armée, 12\xE2\x80\xAF" "000 soldats ont été de\xCC\x81ploye\xCC\x81s.";
  auto doc = text::prepare(raw);
  REQUIRE(doc);
  auto const a = doc->analysed();
  CHECK(a == "Selon l'armée, 12 000 soldats ont été déployés.");
  auto const at = [&](std::string_view needle) {
    auto const p = static_cast<std::uint32_t>(a.find(needle));
    return doc->original_text({p, static_cast<std::uint32_t>(p + needle.size())});
  };
  CHECK(at("l'") == "l’");
  CHECK(at("12 000") == "12\xE2\x80\xAF" "000");
  CHECK(at("déployés") == "de\xCC\x81ploye\xCC\x81s");
  CHECK(at(".") == ".");
  depeche::test::check_offset_map(*doc);
}

TEST_CASE("text::document offset map is exact on adversarial strings") {
  using namespace std::string_view_literals;
  std::string_view const cases[] = {
      "e\xCC\x81\xCC\x81\xCC\x81 combining marks stacked",
      "A\xCC\x8A ngström \xE2\x84\xAB vs \xC3\x85",              // decomposed Å, Angstrom sign (singleton)
      "Володимир Зеленський заявив, що 12\xC2\xA0" "000",
      "emoji 👩🏽‍🚀 et 🇫🇷, drapeau ; l’ONU",
      "\xEF\xBB\xBF" "BOM puis in\xC2\xAD" "ter\xC2\xAD" "net\xC2\xAD",
      "한국어 문장과 français mêlés, 日本語も",
      "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8 conjoining jamo",
      "NUL \0 inside"sv};
  for (auto const c : cases) {
    CAPTURE(c);
    std::string const raw(c);
    REQUIRE(raw.size() == c.size());
    auto doc = text::prepare(raw);
    REQUIRE(doc);
    depeche::test::check_offset_map(*doc);
    text::normalize_options folded;
    folded.fold_case = true;
    auto doc2 = text::prepare(raw, folded);
    REQUIRE(doc2);
    depeche::test::check_offset_map(*doc2, folded);
  }
}

TEST_CASE("text::document offset map is exact on every seed article") {
  auto const seeds = depeche::test::seeds();
  if (seeds.empty()) MESSAGE("shared seeds not found: skipped");
  std::size_t with_edits = 0;
  for (auto const& s : seeds) {
    CAPTURE(s.name);
    auto doc = text::prepare(s.text);
    REQUIRE(doc);
    with_edits += doc->offsets().identity() ? 0u : 1u;
    depeche::test::check_offset_map(*doc);
  }
  if (!seeds.empty()) CHECK(with_edits >= 3);  // typographic apostrophes and NBSPs are common in them
}

TEST_CASE("text::prepare rejects oversized or malformed input without reading out of bounds") {
  std::string bad = "Le 26 avril \xC3";
  auto doc = text::prepare(bad);
  REQUIRE_FALSE(doc);
  CHECK(doc.error().offset == bad.size() - 1);
  CHECK(depeche::message(doc.error().code) == "invalid UTF-8");
}
