// SPDX-License-Identifier: MIT
// Edge cases for the numbers and quantities layers: text ends, huge values, lone cues and symbols.
#include <depeche/recognize/quantities.hpp>

#include "support/quantities.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>

namespace {

void sane(std::string const& s) {
  CAPTURE(s);
  auto doc = depeche::text::prepare(s, {.invalid = depeche::text::invalid_utf8_policy::replace});
  REQUIRE(doc);
  depeche::recognize::analysis a(*doc);
  depeche::recognize::number_options all;
  all.articles = all.identifiers = all.relative_ordinals = all.glued_to_units = true;
  for (auto const& n : depeche::recognize::numbers{all}.find(a.view())) {
    CHECK(n.begin <= n.end);
    CHECK(n.end <= s.size());
  }
  depeche::recognize::quantities const q{depeche::recognize::quantity_options{.unit_mentions = true}};
  std::uint32_t last = 0;
  for (auto const& x : q.find(a.view())) {
    CHECK(x.begin < x.end);
    CHECK(x.end <= s.size());
    CHECK(x.begin >= last);
    last = x.end;
    if (x.value) CHECK_FALSE(std::isnan(*x.value));
  }
}

} // namespace

TEST_CASE("numbers and quantities: edge cases never break") {
  for (char const* s :
       {"", " ", "-", "+", "−", "1", "12 ", "12 000", "1,", ",5", "3/", "/4", "1/0", "0/0", "entre 2 et", "de 3 à",
        "jusqu'à", "plus de", "des milliers", "des milliers de", "une centaine", "$", "€", "€ ", "$ 5", "5 $",
        "9999999999999999999999999", "999 999 999 999 999 999 999 milliards de dollars",
        "mille milliards de milliards", "un million de millions", "1e308", "1e999", "-1e-999", "2,5-", "2,5-km",
        "l'", "d'", "un", "une", "neuf", "zéro", "vingt et", "vingt et un", "quatre-vingt-", "cent cent cent",
        "3 km/", "14 h", "14 h 3", "à 25", "XXe", "Ie", "MMMMMMMMe", "1er", "0e", "½", "3 ½", "- 20 degrés",
        "15 dollars et", "15 dollars 5", "15 dollars et 99 cents", "la moitié", "un sur", "un sur zéro", "1 sur 0",
        "virgule", "deux virgule", "trois fois", "trois fois plus", "\xEF\xBF\xBD 12 \xFF 13", "12\n000", "12\t000",
        "12 000\xC2\xA0€", "Le 01 23 45 67", "KN-", "-23", "1950-", "-1953"})
    sane(s);
}

TEST_CASE("numbers and quantities: random French-like input") {
  static constexpr char const* pieces[] = {
      "12", "000", " ", "  ", ",", ".", "-", "/", "de", "d'", "plus", "moins", "entre", "et", "à", "millions",
      "milliards", "euros", "$", "€", "%", "km", "soldats", "des", "milliers", "une", "centaine", "vingt", "et",
      "un", "quatre-vingt", "dix", "sept", "cent", "mille", "premier", "XXe", "1er", "tiers", "quart", "moitié",
      "la", "sur", "trois", "fois", "virgule", "cents", "h", "30", "janvier", "2024", "(", ")", "«", "»", "\n", "°C",
      "jusqu'", "environ", "près", "augmenté", "baisse", "degrés", "tourner"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1), len(1, 40);
  for (int n = 0; n < 300; ++n) {
    std::string s;
    auto const k = len(rng);
    for (std::size_t i = 0; i < k; ++i) {
      s += pieces[pick(rng)];
      if (rng() % 3 != 0) s += ' ';
    }
    sane(s);
  }
}
