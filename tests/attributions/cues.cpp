// SPDX-License-Identifier: MIT
// Cue tables: generated inflections, lookups, and users' extensions.
#include <depeche/recognize/cues.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <string>

using depeche::recognize::cues;
using depeche::recognize::verb_form::conditional;
using depeche::recognize::verb_form::finite;
using depeche::recognize::verb_form::gerund;
using depeche::recognize::verb_form::imperfect;
using depeche::recognize::verb_form::infinitive;
using depeche::recognize::verb_form::participle;
using depeche::recognize::verb_form::present;
using depeche::recognize::verb_form::simple_past;

namespace {

/// The forms of `word` that belong to the verb `lemma` (0 when none).
std::uint16_t forms_of(cues const& c, std::string const& word, std::string const& lemma) {
  auto const* w = c.find(word);
  if (!w) return 0;
  std::uint16_t f = 0;
  for (auto const& r : c.readings(*w))
    if (c.verb(r.verb).lemma == lemma) f = static_cast<std::uint16_t>(f | r.forms);
  return f;
}

} // namespace

TEST_CASE("cues: inflections generated from lemmas") {
  auto const& c = depeche::recognize::default_cues();
  SUBCASE("first group") {
    CHECK((forms_of(c, "déclare", "déclarer") & present));
    CHECK((forms_of(c, "déclarent", "déclarer") & present));
    CHECK((forms_of(c, "déclarait", "déclarer") & imperfect));
    CHECK((forms_of(c, "déclara", "déclarer") & simple_past));
    CHECK((forms_of(c, "déclarèrent", "déclarer") & simple_past));
    CHECK((forms_of(c, "déclarerait", "déclarer") & conditional));
    CHECK((forms_of(c, "déclarées", "déclarer") & participle));
    CHECK((forms_of(c, "déclarant", "déclarer") & gerund));
    CHECK((forms_of(c, "déclarer", "déclarer") & infinitive));
  }
  SUBCASE("spelling changes") {
    CHECK((forms_of(c, "annonçait", "annoncer") & imperfect));  // c → ç
    CHECK((forms_of(c, "jugeait", "juger") & imperfect));       // g → ge
    CHECK((forms_of(c, "considère", "considérer") & present));  // é → è
    CHECK((forms_of(c, "considérera", "considérer") & depeche::recognize::verb_form::future));
    CHECK((forms_of(c, "rappelle", "rappeler") & present));     // doubled consonant
    CHECK((forms_of(c, "martèle", "marteler") & present));      // è, not doubled
    CHECK((forms_of(c, "relèvent", "relever") & present));
    CHECK(forms_of(c, "considere", "considérer") == 0);
  }
  SUBCASE("second group and irregular verbs") {
    CHECK((forms_of(c, "avertissent", "avertir") & present));
    CHECK((forms_of(c, "averti", "avertir") & participle));
    CHECK((forms_of(c, "préviennent", "prévenir") & present));
    CHECK((forms_of(c, "prévenu", "prévenir") & participle));
    CHECK((forms_of(c, "reconnaît", "reconnaître") & present));
    CHECK((forms_of(c, "reconnait", "reconnaître") & present));  // 1990 spelling
    CHECK((forms_of(c, "reconnues", "reconnaître") & participle));
    CHECK((forms_of(c, "admises", "admettre") & participle));
    CHECK((forms_of(c, "dément", "démentir") & present));
    CHECK((forms_of(c, "dit", "dire") & present));
    CHECK((forms_of(c, "dit", "dire") & participle));
    CHECK((forms_of(c, "disent", "dire") & finite));
  }
  SUBCASE("function words and sources") {
    auto const* a = c.find("aurait");
    REQUIRE(a);
    CHECK(a->is(depeche::recognize::word_class::aux_avoir));
    CHECK(a->is(depeche::recognize::word_class::conditional));
    auto const* m = c.find("ministère");
    REQUIRE(m);
    CHECK(m->type == depeche::recognize::source_type::organization);
    CHECK(m->subtype == depeche::recognize::source_subtype::government);
    auto const* p = c.find("séoul");
    REQUIRE(p);
    CHECK(p->type == depeche::recognize::source_type::country_or_capital);
    CHECK(c.find("xyzzy") == nullptr);
  }
}

TEST_CASE("cues: users extend the tables") {
  using namespace depeche::recognize;
  auto c = cues::french_default()
               .with_verbs({{"claironner"}, {"seriner", verb_flags::needs_complement},
                            {"maudire", 0, verb_parts{"maudit", "maudissent", "maudiss", "maudit", "maudirent", "maudir", "maudit"}}})
               .with_persons({"lecornu"})
               .with_organizations({{"agence spatiale européenne", source_type::unknown, source_subtype::international},
                                    {"esa", source_type::organization, source_subtype::international}})
               .with_titles({"rapporteur"})
               .with_places({"ouagadougou", "vaduz"})
               .with_phrases({{"de l'aveu de"}});
  CHECK((forms_of(c, "claironne", "claironner") & present));
  CHECK((forms_of(c, "claironné", "claironner") & participle));
  CHECK((forms_of(c, "maudissait", "maudire") & imperfect));
  CHECK((forms_of(c, "maudites", "maudire") & participle));

  SUBCASE("a copy of the tables is independent and complete") {
    auto const copy = c;
    CHECK((forms_of(copy, "claironne", "claironner") & present));
    REQUIRE(copy.find("esa"));
    CHECK(copy.find("esa")->subtype == source_subtype::international);
  }
  SUBCASE("a known surname is a person") {
    auto const r = depeche::test::attribute("Lecornu a affirmé que les livraisons continueraient.", c);
    CHECK(r->by_cue("a affirmé")->source.type == source_type::person);
  }

  SUBCASE("a new verb is a cue") {
    auto const r = depeche::test::attribute("Le gouvernement claironne que la croissance repartira.", c);
    CHECK(r->source_of("claironne") == "Le gouvernement");
    auto const d = depeche::test::attribute("Le gouvernement claironne que la croissance repartira.");
    CHECK(d->by_cue("claironne") == nullptr);  // not in the default tables
  }
  SUBCASE("a new organization is typed") {
    auto const r = depeche::test::attribute("Selon l'ESA, le lanceur décollera en juin.", c);
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(a->source.type == source_type::organization);
    CHECK(a->source.subtype == source_subtype::international);
  }
  SUBCASE("a new title makes a person") {
    auto const r = depeche::test::attribute("Le rapporteur a estimé que le texte était prêt.", c);
    auto const* a = r->by_cue("a estimé");
    REQUIRE(a);
    CHECK(a->source.type == source_type::person);
  }
  SUBCASE("a new place is a country or capital") {
    auto const r = depeche::test::attribute("Vaduz a démenti toute implication.", c);
    auto const* a = r->by_cue("a démenti");
    REQUIRE(a);
    CHECK(a->source.type == source_type::country_or_capital);
    CHECK(a->negated);
  }
}
