// SPDX-License-Identifier: MIT
#include <depeche/text/normalize.hpp>

#include "support/offsets.hpp"
#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace std::string_view_literals;
namespace text = depeche::text;

namespace {
std::string analysed(std::string_view in, text::normalize_options const& o = {}) {
  auto r = text::normalize(in, o);
  REQUIRE(r.has_value());
  return r->identity ? std::string(in) : r->text;
}
} // namespace

TEST_CASE("text::normalize") {
  SUBCASE("already normal text is not copied") {
    auto r = text::normalize("La Corée du Nord aurait déployé 12 000 soldats.");
    REQUIRE(r);
    CHECK(r->identity);
    CHECK(r->map.identity());
  }
  SUBCASE("NFC composes decomposed accents") {
    CHECK(analysed("Core\xCC\x81" "e du Nord") == "Corée du Nord");
    CHECK(analysed("de\xCC\x81ploye\xCC\x81") == "déployé");
  }
  SUBCASE("apostrophes fold to one") {
    CHECK(analysed("l’armée, dʼabord, l‘on, l`ONU") == "l'armée, d'abord, l'on, l'ONU");
  }
  SUBCASE("NBSP, NNBSP and thin spaces become spaces") {
    CHECK(analysed("12\xC2\xA0" "000 soldats\xE2\x80\xAF!") == "12 000 soldats !");
    CHECK(analysed("7\xE2\x80\x89" "820") == "7 820");
  }
  SUBCASE("soft hyphens and BOM vanish") {
    CHECK(analysed("\xEF\xBB\xBFinfor\xC2\xADmation") == "information");
  }
  SUBCASE("case folding is available") {
    text::normalize_options o;
    o.fold_case = true;
    CHECK(analysed("État-Major NIS", o) == "état-major nis");
  }
  SUBCASE("each fold can be switched off") {
    text::normalize_options o;
    o.fold_apostrophes = false;
    o.fold_spaces = false;
    CHECK(analysed("l’\xC2\xA0" "a", o) == "l’\xC2\xA0" "a");
  }
  SUBCASE("invalid UTF-8 is an error value with its offset") {
    auto r = text::normalize("abc\xFFxyz");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == depeche::errc::invalid_utf8);
    CHECK(r.error().offset == 3);
  }
  SUBCASE("or, when asked, replaced while offsets keep pointing at the bad bytes") {
    text::normalize_options o;
    o.invalid = text::invalid_utf8_policy::replace;
    std::string const in = "a\xE2\x82 b\xFF";
    auto r = text::normalize(in, o);
    REQUIRE(r);
    CHECK(r->text == "a\xEF\xBF\xBD b\xEF\xBF\xBD");
    CHECK(r->map.to_original({1, 4}) == depeche::span{1, 3});
    CHECK(r->map.to_original({4, 6}) == depeche::span{3, 5});
    CHECK(r->map.to_original({6, 9}) == depeche::span{5, 6});
  }
}

namespace {
/// The one-pass path, when it applies, must give exactly what the general (ICU) path gives.
void check_paths_agree(std::string_view in, text::normalize_options const& o = {}) {
  CAPTURE(in);
  auto const general = text::detail::normalize_general(in, o);
  auto const simple = text::detail::normalize_simple(in, o);
  if (!simple) return;
  REQUIRE(simple->has_value() == general.has_value());
  if (!general) {
    CHECK(simple->error() == general.error());
    return;
  }
  auto const& a = **simple;
  auto const& b = *general;
  CHECK(a.identity == b.identity);
  CHECK(a.text == b.text);
  CHECK(a.map.edits() == b.map.edits());
}
} // namespace

TEST_CASE("text::normalize: the one-pass path agrees with the ICU path") {
  std::string_view const cases[] = {
      "La Corée du Nord aurait déployé 12 000 soldats.",
      "l’armée, dʼabord, l‘on, l`ONU, 12\xC2\xA0" "000 et 7\xE2\x80\xAF" "820 \xE2\x80\x89!",
      "\xEF\xBB\xBFinfor\xC2\xADmation\xC2\xAD\xC2\xAD, « guillemets » “anglais” — tiret… 5 € ²",
      "’\xC2\xA0’\xC2\xA0\xE2\x80\xAF``",
      "abc\xFFxyz",
      "Le 26 avril \xC3",
      "Core\xCC\x81" "e du Nord",  // needs composition: the one-pass path declines
      "Володимир Зеленський, 한국어, 日本語, emoji 👩🏽‍🚀 🇫🇷",
      "\xE2\x80\x80 en quad \xE2\x84\xAB angström"};
  text::normalize_options no_folds;
  no_folds.fold_apostrophes = false;
  no_folds.fold_spaces = false;
  no_folds.drop_ignorables = false;
  text::normalize_options no_nfc;
  no_nfc.nfc = false;
  for (auto const c : cases) {
    check_paths_agree(c);
    check_paths_agree(c, no_folds);
    check_paths_agree(c, no_nfc);
  }
  CHECK_FALSE(text::detail::normalize_simple("Core\xCC\x81" "e", {}));
  CHECK(text::detail::normalize_simple("Corée l’été", {}));
  for (auto const& s : depeche::test::seeds()) check_paths_agree(s.text);
}
