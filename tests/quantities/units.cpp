// SPDX-License-Identifier: MIT
#include <depeche/grammar/unit.hpp>

#include "support/quantities.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/fusion/include/vector.hpp>
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <string_view>

namespace {

inline constexpr depeche::unit knot{"[kn_i]", depeche::dimension::speed, 0.514444};
inline constexpr depeche::unit_spelling marine[] = {{"nœud", &knot}, {"nœuds", &knot}};

} // namespace

TEST_CASE("units: table française") {
  auto const u = depeche::units::french_default();
  CHECK(u.size() > 300);
  auto find = [&](std::string_view folded, std::string_view analysed) {
    auto const m = u.find(folded, analysed, 0);
    return m ? std::string(m.spelling->u->code) : std::string("-");
  };
  CHECK(find("km", "km") == "km");
  CHECK(find("kms", "kms") == "-");                       // a word does not end there
  CHECK(find("km/h", "km/h") == "km/h");                  // the longest spelling wins
  CHECK(find("dollars américains", "dollars américains") == "USD");
  CHECK(find("dollars", "dollars") == "USD");
  CHECK(find("mw", "MW") == "MW");                        // case-sensitive spellings use the analysed text
  CHECK(find("mw", "mW") == "-");
  CHECK(find("points de pourcentage", "points de pourcentage") == "%pt");
  CHECK(find("€", "€") == "EUR");
  CHECK(find("mois", "mois") == "mo");
  CHECK(find("moisson", "moisson") == "-");
  auto const b = u.find("$ 75", "$ 75", 0, true);
  REQUIRE(b);
  CHECK(b.spelling->u->code == "USD");
}

TEST_CASE("units: un utilisateur ajoute une unité sans recompiler de grammaire") {
  auto const base = depeche::units::french_default();
  auto const units = base.with(marine);
  CHECK(units.size() == base.size() + 2);
  depeche::recognize::quantities q{units};
  auto const v = depeche::test::run(q, "Le cargo file à 14 nœuds vers Brest.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].text == "14 nœuds");
  CHECK(v[0].rec.unit == "[kn_i]");
  CHECK(v[0].rec.dimension == depeche::dimension::speed);
  // without the extension « nœuds » is only a counted noun
  auto const w = depeche::test::quantities_in("Le cargo file à 14 nœuds vers Brest.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].rec.counted == "nœuds");
}

TEST_CASE("grammar::unit_name composes with grammar::number") {
  namespace x3 = boost::spirit::x3;
  namespace g = depeche::grammar;
  auto const units = depeche::units::french_default();
  std::string_view const s = "12,5 km";
  char const* f = s.data();
  auto const p = x3::with<g::units_tag>(std::cref(units))[g::digits_number >> x3::lit(' ') >> g::unit_name];
  boost::fusion::vector<double, depeche::unit const*> attr;
  REQUIRE(x3::parse(f, s.data() + s.size(), p, attr));
  double const v = boost::fusion::at_c<0>(attr);
  depeche::unit const* u = boost::fusion::at_c<1>(attr);
  CHECK(v == 12.5);
  REQUIRE(u);
  CHECK(u->code == "km");
}
