// SPDX-License-Identifier: MIT
// The per-document source registry: ids, acronyms and expansions, names, pronouns.
#include <depeche/recognize/sources.hpp>

#include <depeche/recognize/recognizer.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

using depeche::recognize::source_keys;
using depeche::recognize::source_registry;
using depeche::recognize::source_subtype;
using depeche::recognize::source_type;
using depeche::test::attribute;

static_assert(depeche::recognize::recognizer<depeche::recognize::attributions>);

TEST_CASE("source_registry: keys") {
  source_registry reg;
  source_keys nis;
  nis.acronym = "nis";
  nis.text = "service national de renseignement";
  nis.display_acronym = "NIS";
  nis.display_expansion = "Service national de renseignement";
  auto const a = reg.resolve(nis, source_type::organization, source_subtype::intelligence, "le Service national de renseignement (NIS)");
  source_keys bare;
  bare.acronym = "nis";
  bare.text = "nis";
  CHECK(reg.resolve(bare, source_type::organization, source_subtype::intelligence, "le NIS") == a);
  source_keys full;
  full.text = "service national de renseignement";
  CHECK(reg.resolve(full, source_type::organization, source_subtype::none, "le Service national de renseignement") == a);
  REQUIRE(reg.find(a));
  CHECK(reg.find(a)->acronym == "NIS");
  CHECK(reg.find(a)->expansion == "Service national de renseignement");
  CHECK(reg.find(a)->mentions == 3);

  source_keys person;
  person.name = "lloyd austin";
  person.last_name = "austin";
  auto const p = reg.resolve(person, source_type::person, source_subtype::none, "Lloyd Austin");
  CHECK(p != a);
  source_keys later;
  later.name = "austin";
  later.last_name = "austin";
  CHECK(reg.resolve(later, source_type::person, source_subtype::none, "Austin") == p);
  CHECK(reg.knows_person("austin"));
  CHECK_FALSE(reg.knows_person("shea"));
  CHECK(reg.find(0) == nullptr);
  CHECK(reg.find(99) == nullptr);
}

TEST_CASE("attributions: one id per source in a document") {
  auto const r = attribute(
      "Le Service national de renseignement (NIS) affirme que 3 000 soldats ont été déployés. "
      "Selon le NIS, ces troupes sont stationnées près de la frontière. "
      "Le secrétaire d'État Mark Ellison a confirmé ces chiffres. Ellison a ajouté que d'autres envois étaient prévus. "
      "La KCNA (Korean Central News Agency) a démenti. D'après l'agence officielle KCNA, il s'agit de « mensonges ».");
  auto const* first = r->by_cue("affirme");
  auto const* again = r->by_cue("Selon");
  REQUIRE(first);
  REQUIRE(again);
  CHECK(first->source.id == again->source.id);
  CHECK(first->source.acronym == "NIS");
  CHECK(again->source.acronym == "NIS");
  CHECK(again->source.expansion == "Service national de renseignement");
  auto const* ellison = r->by_cue("a confirmé");
  auto const* ellison2 = r->by_cue("a ajouté");
  REQUIRE(ellison);
  REQUIRE(ellison2);
  CHECK(r->source(*ellison2) == "Ellison");
  CHECK(ellison->source.id == ellison2->source.id);
  CHECK(ellison2->source.type == source_type::person);
  auto const* kcna = r->by_cue("a démenti");
  REQUIRE(kcna);
  CHECK(kcna->source.acronym == "KCNA");
  CHECK(kcna->source.expansion == "Korean Central News Agency");
  CHECK(kcna->source.subtype == source_subtype::media);
  CHECK(r->by_cue("D'après")->source.id == kcna->source.id);
  CHECK(first->source.id != ellison->source.id);
  CHECK(r->registry.entries().size() >= 3);
}

TEST_CASE("attributions: pronouns resolve to the last source of their gender") {
  auto const r = attribute("La juge Hélène Martin et le procureur Yves Caron ont tenu une conférence. "
                           "Le procureur Yves Caron a précisé que l'enquête continuait. "
                           "La juge Hélène Martin a rappelé que le dossier était complexe. Elle a ajouté que le procès aurait lieu en mai. "
                           "Il a pour sa part indiqué qu'un suspect était en fuite.");
  auto const* elle = r->by_cue("a ajouté");
  REQUIRE(elle);
  CHECK(elle->source.type == source_type::self);
  REQUIRE(elle->source.antecedent);
  CHECK(r->str(*elle->source.antecedent) == "La juge Hélène Martin");
  CHECK(elle->source.id == r->by_cue("a rappelé")->source.id);
  auto const* il = r->by_cue("a pour sa part indiqué");
  if (il == nullptr) il = r->by_cue("a indiqué");
  REQUIRE(il);
  REQUIRE(il->source.antecedent);
  CHECK(r->str(*il->source.antecedent) == "Le procureur Yves Caron");
}

TEST_CASE("attributions: pronouns after a fronted phrase, and by gender") {
  auto const r = attribute("À 34 ans, la navigatrice Clarisse Fabre repart pour un tour du monde. "
                           "« J'ai appris à gérer la peur », raconte-t-elle. Son père se souvient d'une enfant têtue. "
                           "« Elle ne lâche jamais », sourit-il.");
  auto const* a = r->by_cue("raconte-t-elle");
  REQUIRE(a);
  REQUIRE(a->source.antecedent);
  CHECK(r->str(*a->source.antecedent) == "la navigatrice Clarisse Fabre");
  auto const* b = r->by_cue("sourit-il");
  REQUIRE(b);
  REQUIRE(b->source.antecedent);
  CHECK(r->str(*b->source.antecedent) == "Son père");
}

TEST_CASE("attributions: source types") {
  auto const r = attribute(
      "Un diplomate européen a confié que les discussions étaient bloquées. "
      "Un porte-parole de Renault a indiqué que l'usine rouvrirait. "
      "34 % des personnes interrogées craignent une hausse des impôts. "
      "Les Notaires de France observent que les prix reculent. "
      "Le nageur a raconté qu'il avait douté.");
  CHECK(r->by_cue("a confié")->source.type == source_type::anonymous);
  CHECK(r->by_cue("a indiqué")->source.type == source_type::organization);
  auto const* poll = r->by_cue("craignent");
  REQUIRE(poll);
  CHECK(r->source(*poll) == "34 % des personnes interrogées");
  CHECK(poll->source.type == source_type::anonymous);
  CHECK(r->by_cue("observent")->source.type == source_type::organization);
  CHECK(r->by_cue("a raconté")->source.type == source_type::person);
}
