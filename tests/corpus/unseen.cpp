// SPDX-License-Identifier: MIT
// Gold expectations on four original French news articles the library was not developed on
// (tests/data/unseen: economy, sport, weather, justice). Each check is a fact a careful reader is
// sure of: a quantity with its value and unit, a date with its TIMEX value, an attribution with its
// source and type, or something that must not be reported.
#include <depeche/extract.hpp>

#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>

namespace {

using depeche::dimension;
using depeche::recognize::cue_kind;
using depeche::recognize::quantity_qualifier;
using depeche::recognize::source_type;

struct article {
  std::string text;
  depeche::extraction x;

  [[nodiscard]] std::string_view of(std::uint32_t b, std::uint32_t e) const {
    return std::string_view(text).substr(b, e - b);
  }
  [[nodiscard]] depeche::recognize::quantity const* quantity(std::string_view t) const {
    for (auto const& q : x.quantities)
      if (of(q.begin, q.end) == t) return &q;
    return nullptr;
  }
  [[nodiscard]] depeche::recognize::temporal const* date(std::string_view t) const {
    for (auto const& d : x.dates)
      if (of(d.begin, d.end) == t) return &d;
    return nullptr;
  }
  /// The attribution with cue text `cue` whose source text is `source`.
  [[nodiscard]] depeche::recognize::attribution const* attribution(std::string_view cue, std::string_view source) const {
    for (auto const& a : x.attributions)
      if (of(a.cue_begin, a.cue_end) == cue && of(a.source.begin, a.source.end) == source) return &a;
    return nullptr;
  }
};

article load(std::string_view name) {
  auto const path = std::filesystem::path(DEPECHE_SOURCE_DIR) / "tests" / "data" / "unseen" / name;
  article a;
  a.text = depeche::test::read_file(path);
  REQUIRE_MESSAGE(!a.text.empty(), path.string());
  depeche::extract_options o;
  o.reference = *depeche::parse_reference_time("2025-08-20");
  auto r = depeche::extract(a.text, o);
  REQUIRE(r);
  a.x = std::move(*r);
  return a;
}

bool near(std::optional<double> v, double want) { return v && std::fabs(*v - want) <= 1e-9 * std::max(1.0, want); }

void check_quantity(article const& a, std::string_view text, double value, std::string_view unit, dimension dim) {
  CAPTURE(text);
  auto const* q = a.quantity(text);
  REQUIRE(q);
  CHECK(near(q->value, value));
  CHECK(q->unit.value_or("") == unit);
  CHECK(q->dimension == dim);
}

void check_range(article const& a, std::string_view text, double low, double high, std::string_view unit) {
  CAPTURE(text);
  auto const* q = a.quantity(text);
  REQUIRE(q);
  CHECK(q->qualifier == quantity_qualifier::range);
  CHECK(near(q->low, low));
  CHECK(near(q->high, high));
  CHECK(q->unit.value_or("") == unit);
}

void check_date(article const& a, std::string_view text, std::string_view value) {
  CAPTURE(text);
  auto const* d = a.date(text);
  REQUIRE(d);
  CHECK(d->value.value_or("null") == value);
}

void check_source(article const& a, std::string_view cue, std::string_view source, source_type type) {
  CAPTURE(cue);
  CAPTURE(source);
  auto const* at = a.attribution(cue, source);
  REQUIRE(at);
  CHECK(at->source.type == type);
}

/// No quantity has exactly this text (a year, a score).
void check_no_quantity(article const& a, std::string_view text) {
  CAPTURE(text);
  CHECK(a.quantity(text) == nullptr);
}

} // namespace

TEST_CASE("unseen articles: economy and inflation") {
  auto const a = load("economie.txt");
  check_quantity(a, "1,4\u202f%", 1.4, "%", dimension::percentage);
  check_quantity(a, "3\u202f300 milliards d\u2019euros", 3.3e12, "EUR", dimension::currency);
  check_quantity(a, "1,1 milliard d\u2019euros", 1.1e9, "EUR", dimension::currency);
  check_quantity(a, "441 milliards d\u2019euros", 4.41e11, "EUR", dimension::currency);
  check_range(a, "entre 1,2\u202f% et 1,5\u202f%", 1.2, 1.5, "%");
  check_range(a, "entre 30 et 40 milliards d\u2019euros", 3e10, 4e10, "EUR");
  check_range(a, "de 15\u202f% à 20\u202f%", 15, 20, "%");
  {
    auto const* q = a.quantity("près de 12\u202f000 entreprises");
    REQUIRE(q);
    CHECK(q->qualifier == quantity_qualifier::approximately);
    CHECK(q->counted.value_or("") == "entreprises");
  }
  for (auto y : {"2021", "2024", "2025", "2026"}) check_no_quantity(a, y);
  {
    // « Les défaillances ont atteint 66 420 sur les douze derniers mois »: the noun counted is the
    // subject, before the verb; nothing after the number is counted
    auto const* q = a.quantity("66\u202f420");
    REQUIRE(q);
    CHECK(near(q->value, 66420));
    CHECK(!q->counted);
    CHECK(!q->unit);
  }

  check_date(a, "14 août 2025 à 08h45", "2025-08-14T08:45");
  check_date(a, "jeudi", "2025-08-14");
  check_date(a, "deuxième trimestre", "2025-Q2");
  check_date(a, "1er août", "2025-08-01");
  check_date(a, "29 août", "2025-08-29");
  check_date(a, "11h20", "2025-08-14T11:20");  // « Mis à jour à 11h20 » on the dateline's day
  check_date(a, "2026", "2026");              // « pour le budget 2026 »
  {
    auto const* d = a.date("depuis l\u2019été 2024");
    REQUIRE(d);
    CHECK(d->from.value_or("") == "2024-SU");
  }

  check_source(a, "a déclaré", "un économiste de l\u2019institut", source_type::anonymous);
  check_source(a, "a salué", "Le ministre de l\u2019Économie, Antoine Mercier", source_type::person);
  check_source(a, "a indiqué", "Bercy", source_type::organization);
  check_source(a, "estime", "Sophie Laurent, économiste chez BNP Paribas", source_type::person);
  check_source(a, "a réagi", "la secrétaire générale de la CGT, Nadia Ferrand", source_type::person);
  {
    auto const* s = a.attribution("Selon", "plusieurs sources parlementaires");
    REQUIRE(s);
    CHECK(s->source.type == source_type::anonymous);
    CHECK(s->hedged);  // « envisagerait »
    auto const* m = a.attribution("n\u2019a pas confirmé", "Matignon");
    REQUIRE(m);
    CHECK(m->negated);
    auto const* il = a.attribution("a-t-il ajouté", "il");
    REQUIRE(il);
    REQUIRE(il->source.antecedent);
    CHECK(a.of(il->source.antecedent->begin, il->source.antecedent->end).find("Antoine Mercier") != std::string_view::npos);
  }
}

TEST_CASE("unseen articles: sport results") {
  auto const a = load("sport.txt");
  // race times are durations, in the smallest unit written
  check_quantity(a, "2 h 03 min 12 s", 7392, "s", dimension::duration);
  check_quantity(a, "2 h 05 min 30 s", 7530, "s", dimension::duration);
  check_quantity(a, "1 h 01 min 40 s", 3700, "s", dimension::duration);
  check_quantity(a, "2 h 17 min 45 s", 8265, "s", dimension::duration);
  check_quantity(a, "2 h 26 min 03 s", 8763, "s", dimension::duration);
  check_quantity(a, "2 h 41 min", 161, "min", dimension::duration);
  // … and not times of day (« sous les 2 h 06 », with no « min », is still read as one)
  for (auto const& d : a.x.dates) {
    auto const t = a.of(d.begin, d.end);
    for (auto race : {"2 h 03", "2 h 05", "1 h 01", "2 h 17", "2 h 26", "2 h 41", "03 min", "41 min"})
      CHECK_MESSAGE(t.find(race) == std::string_view::npos, t);
  }
  check_quantity(a, "187,5 km", 187.5, "km", dimension::length);
  check_quantity(a, "44,8 km/h", 44.8, "km/h", dimension::speed);
  check_quantity(a, "14\u00a0°C", 14, "Cel", dimension::temperature);
  check_quantity(a, "37\u202f850 spectateurs", 37850, "", dimension::count);
  check_quantity(a, "7,195 derniers kilomètres", 7.195, "km", dimension::length);
  {
    auto const* q = a.quantity("7 points");
    REQUIRE(q);
    CHECK(q->counted.value_or("") == "points");
  }
  // scores are not quantities
  for (auto s : {"3-2", "2-0", "6-4", "3-6", "7-6", "7-5"}) check_no_quantity(a, s);
  {
    int ordinals = 0;
    for (auto const& n : a.x.numbers)
      if (n.kind == depeche::recognize::number_kind::ordinal) ++ordinals;
    CHECK(ordinals >= 10);  // 5e, 35e, 14e, 51e, 58e, 74e, 89e, 3e, 2e, 48e, deuxième, première, premier
  }

  check_date(a, "dimanche", "2025-08-17");
  check_date(a, "samedi soir", "2025-08-16TEV");
  check_date(a, "25 août", "2025-08-25");
  {
    // « descendre sous les 2 h 06 »: a race time, not a time of day
    auto const* d = a.date("2 h 06");
    REQUIRE(d);
    CHECK(d->type == depeche::recognize::timex_type::duration);
    CHECK(d->value.value_or("") == "PT2H6M");
  }
  {
    auto const* d = a.date("depuis la mi-juillet");
    REQUIRE(d);
    CHECK(d->from.value_or("") == "2025-07");
  }

  check_source(a, "a expliqué", "le vainqueur", source_type::person);
  check_source(a, "a rappelé", "Son entraîneur, Marc Lefèvre", source_type::person);
  {
    auto const* s = a.attribution("Selon", "son entourage");
    REQUIRE(s);
    CHECK(s->source.type == source_type::anonymous);
    CHECK(s->hedged);  // « souffrirait »
  }
}

TEST_CASE("unseen articles: heat wave and storms") {
  auto const a = load("meteo.txt");
  int hot = 0;
  for (auto const& q : a.x.quantities)
    if (a.of(q.begin, q.end) == "42,5\u00a0°C" && near(q.value, 42.5) && q.unit.value_or("") == "Cel") ++hot;
  CHECK(hot == 2);  // the headline and the first sentence
  check_range(a, "80 à 100 mm", 80, 100, "mm");
  check_range(a, "entre 24 et 28\u00a0°C", 24, 28, "Cel");
  check_quantity(a, "100 km/h", 100, "km/h", dimension::speed);
  check_quantity(a, "120 km/h", 120, "km/h", dimension::speed);
  check_quantity(a, "4 mm", 4, "mm", dimension::length);
  {
    auto const* q = a.quantity("plus de 1\u202f200 hectares");
    REQUIRE(q);
    CHECK(q->qualifier == quantity_qualifier::more_than);
    CHECK(q->unit.value_or("") == "ha");
    auto const* w = a.quantity("jusqu\u2019à 70 km/h");
    REQUIRE(w);
    CHECK(w->qualifier == quantity_qualifier::at_most);
    auto const* t = a.quantity("une trentaine d\u2019habitations");
    REQUIRE(t);
    CHECK(t->qualifier == quantity_qualifier::vague);
    CHECK(near(t->value, 30));
  }
  check_no_quantity(a, "2003");
  check_no_quantity(a, "2050");

  check_date(a, "13 août 2025 à 17h30", "2025-08-13T17:30");
  check_date(a, "l\u2019été dernier", "2024-SU");
  check_date(a, "5 août", "2025-08-05");
  check_date(a, "mercredi soir", "2025-08-20TEV");
  {
    auto const* d = a.date("du 12 au 15 août");
    REQUIRE(d);
    CHECK(d->from.value_or("") == "2025-08-12");
    CHECK(d->to.value_or("") == "2025-08-15");
    auto const* l = a.date("depuis lundi");
    REQUIRE(l);
    CHECK(l->from.value_or("") == "2025-08-18");
    // « est attendu à partir de samedi »: the coming Saturday
    auto const* s = a.date("à partir de samedi");
    REQUIRE(s);
    CHECK(s->from.value_or("") == "2025-08-23");
    // « sont attendus dans la nuit de jeudi à vendredi »: the coming Thursday and Friday
    depeche::recognize::temporal const* n = nullptr;
    for (auto const& d : a.x.dates)
      if (a.of(d.begin, d.end).find("jeudi à vendredi") != std::string_view::npos) n = &d;
    REQUIRE(n);
    CHECK(n->from.value_or("") == "2025-08-21");
    CHECK(n->to.value_or("") == "2025-08-22");
    auto const* h = a.date("d\u2019ici à 2050");
    REQUIRE(h);
    CHECK(h->to.value_or("") == "2050");
  }

  check_source(a, "a annoncé", "Météo-France", source_type::organization);
  check_source(a, "a indiqué", "la préfecture", source_type::organization);
  check_source(a, "selon", "Santé publique France", source_type::organization);
  check_source(a, "a averti", "la climatologue Christine Maréchal", source_type::person);
  {
    auto const* n = a.attribution("n\u2019a pas confirmé", "L\u2019agence");
    REQUIRE(n);
    CHECK(n->negated);
    auto const* d = a.attribution("D\u2019après", "lui");
    REQUIRE(d);
    CHECK(d->source.type == source_type::self);
    CHECK(d->hedged);  // « pourraient chuter »
  }
}

TEST_CASE("unseen articles: justice and politics") {
  auto const a = load("justice.txt");
  check_quantity(a, "4,7 millions d\u2019euros", 4.7e6, "EUR", dimension::currency);
  check_quantity(a, "800\u202f000 euros", 8e5, "EUR", dimension::currency);
  check_quantity(a, "un million d\u2019euros", 1e6, "EUR", dimension::currency);
  check_quantity(a, "sept contrats", 7, "", dimension::count);
  // years are dates, not quantities
  check_no_quantity(a, "entre 2018 et 2023");
  check_no_quantity(a, "2018");
  // « abaisser de 40 000 à 25 000 euros » is a change, not a range
  for (auto const& q : a.x.quantities) CHECK(q.qualifier != quantity_qualifier::range);
  check_quantity(a, "25\u202f000 euros", 25000, "EUR", dimension::currency);

  check_date(a, "mardi", "2025-08-19");
  check_date(a, "mercredi", "2025-08-20");
  check_date(a, "mars", "2025-03");
  check_date(a, "janvier", "2025-01");
  check_date(a, "l\u2019automne", "2025-FA");  // « serait présenté à l'automne »: the coming one
  {
    auto const* d = a.date("entre 2018 et 2023");
    REQUIRE(d);
    CHECK(d->from.value_or("") == "2018");
    CHECK(d->to.value_or("") == "2023");
    auto const* b = a.date("avant 2027");
    REQUIRE(b);
    CHECK(b->mod.value_or("") == "BEFORE");
  }

  // « pour un montant total de … » is no opinion
  for (auto const& at : a.x.attributions) CHECK(at.kind != cue_kind::opinion);
  check_source(a, "a annoncé", "le parquet national financier (PNF)", source_type::organization);
  check_source(a, "a dénoncé", "Martine Vial, conseillère d\u2019opposition", source_type::person);
  check_source(a, "a indiqué", "Une source proche de l\u2019enquête", source_type::anonymous);
  check_source(a, "a mis en garde", "Le président de l\u2019Association des maires de France", source_type::person);
  {
    auto const* d = a.attribution("a déclaré", "son avocat, Me Olivier Dantec");
    REQUIRE(d);
    CHECK(d->source.type == source_type::person);
    CHECK(d->quote);
    auto const* s = a.attribution("Selon", "l\u2019avocat de la commune");
    REQUIRE(s);
    CHECK(s->hedged);  // « pourrait dépasser »
    auto const* n = a.attribution("n\u2019a pas confirmé", "Le PNF");
    REQUIRE(n);
    CHECK(n->negated);
    auto const* c = a.attribution("D\u2019après", "un conseiller ministériel");
    REQUIRE(c);
    CHECK(c->source.type == source_type::anonymous);
    CHECK(c->hedged);  // « prévoirait »
    auto const* j = a.attribution("selon", "une source judiciaire");
    REQUIRE(j);
    CHECK(j->source.type == source_type::anonymous);
  }
}
