// SPDX-License-Identifier: MIT
// Errors found on original news articles (tests/data/unseen), each checked on new sentences.
#include <depeche/recognize/quantities.hpp>

#include "support/quantities.hpp"

#include <doctest/doctest.h>

#include <string>

using depeche::dimension;
using depeche::recognize::quantity_qualifier;
using depeche::test::quantities_in;
using depeche::test::texts;
using depeche::test::with_text;

TEST_CASE("recognize::quantities: a measured time in hours, minutes and seconds is one duration") {
  auto const v = quantities_in("La Kényane a bouclé le parcours en 2 h 18 min 07 s, puis son compatriote en 1 h 59 min.");
  CAPTURE(texts(v));
  auto const a = with_text(v, "2 h 18 min 07 s");
  REQUIRE(a);
  CHECK(a->value == 8287);
  CHECK(a->unit == "s");
  CHECK(a->dimension == dimension::duration);
  auto const b = with_text(v, "1 h 59 min");
  REQUIRE(b);
  CHECK(b->value == 119);
  CHECK(b->unit == "min");
  CHECK(v.size() == 2);
  auto const c = with_text(quantities_in("Le record tenait depuis 3 min 26 s."), "3 min 26 s");
  REQUIRE(c);
  CHECK(c->value == 206);
  // a time of day stays out
  CHECK(quantities_in("Le train part à 14 h 30 de Lyon.").empty());
}

TEST_CASE("recognize::quantities: scores and years are no ranges") {
  CHECK(quantities_in("Elle l'a emporté 6-3, 2-6, 7-5 en demi-finale.").empty());
  CHECK(quantities_in("Toulouse a été battu 1-3 par Nantes.").empty());
  CHECK(quantities_in("Il a présidé le club entre 2011 et 2019.").empty());
  // real ranges still are
  auto const r = with_text(quantities_in("Il faut compter 3-6 mois de travaux."), "3-6 mois");
  REQUIRE(r);
  CHECK(r->qualifier == quantity_qualifier::range);
  auto const e = with_text(quantities_in("On attend entre 20 et 30 manifestants."), "entre 20 et 30 manifestants");
  REQUIRE(e);
  CHECK(e->low == 20);
}

TEST_CASE("recognize::quantities: a falling « de … à … » is a change, not a range") {
  auto const v = quantities_in("La taxe passera de 12 à 9 euros par mois.");
  CAPTURE(texts(v));
  for (auto const& q : v) CHECK(q.rec.qualifier != quantity_qualifier::range);
  auto const a = with_text(v, "12");
  REQUIRE(a);
  CHECK(a->value == 12);
  CHECK(a->unit == "EUR");
  auto const b = with_text(v, "9 euros");
  REQUIRE(b);
  CHECK(b->value == 9);
  // a rising one is still a range
  auto const r = with_text(quantities_in("Le loyer varie de 600 à 900 euros."), "de 600 à 900 euros");
  REQUIRE(r);
  CHECK(r->qualifier == quantity_qualifier::range);
}

TEST_CASE("recognize::quantities: a pre-nominal adjective between the number and its unit or noun") {
  auto const v = quantities_in("Le Belge a lâché ses rivaux dans les 12,5 derniers kilomètres de l'étape.");
  REQUIRE(v.size() == 1);
  CAPTURE(v[0].text);
  auto const k = with_text(v, "12,5 derniers kilomètres");
  REQUIRE(k);
  CHECK(k->qualifier == quantity_qualifier::exact);  // « dans les » before an adjective is no « about »
  CHECK(k->value == 12.5);
  CHECK(k->unit == "km");
  CHECK(k->dimension == dimension::length);
  auto const m = with_text(quantities_in("Les 200 premiers mètres du tunnel sont achevés."), "200 premiers mètres");
  REQUIRE(m);
  CHECK(m->unit == "m");
  auto const t = with_text(quantities_in("Il faudra 3 bonnes tonnes de ciment."), "3 bonnes tonnes");
  REQUIRE(t);
  CHECK(t->unit == "t");
  // counted nouns too, even after an adjective that is a stop word on its own
  auto const s = with_text(quantities_in("Les 5 derniers survivants ont été évacués."), "5 derniers survivants");
  REQUIRE(s);
  CHECK(s->counted == "survivants");
  auto const p = with_text(quantities_in("L'usine recrutera 40 nouveaux techniciens en juin."), "40 nouveaux techniciens");
  REQUIRE(p);
  CHECK(p->counted == "techniciens");
  // an adjective with nothing after it counts nothing: « les 3 derniers sont partis »
  auto const n = with_text(quantities_in("Parmi les 30 candidats, les 3 derniers sont partis."), "3");
  REQUIRE(n);
  CHECK(!n->counted);
  CHECK(!n->unit);
}

TEST_CASE("recognize::quantities: points are counted") {
  auto const v = quantities_in("Marseille compte désormais 4 points d'avance sur Lyon.");
  CAPTURE(texts(v));
  auto const a = with_text(v, "4 points");
  REQUIRE(a);
  CHECK(a->counted == "points");
  CHECK(a->dimension == dimension::count);
  auto const b = with_text(quantities_in("La candidate a gagné 12 points dans les sondages."), "12 points");
  REQUIRE(b);
  CHECK(b->counted == "points");
  // points of percentage stay a unit
  auto const c = with_text(quantities_in("Le taux a perdu 1,5 point de pourcentage en un an."), "1,5 point de pourcentage");
  REQUIRE(c);
  CHECK(c->unit == "%pt");
}
