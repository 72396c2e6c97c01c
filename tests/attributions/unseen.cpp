// SPDX-License-Identifier: MIT
// Errors found on original news articles (tests/data/unseen), each checked on new sentences.
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

using depeche::test::attribute;

TEST_CASE("attributions: « pour » before an amount or a moment is no opinion") {
  for (auto const* s : {"La région a commandé des rames neuves, pour un montant de 12 millions d'euros, au constructeur.",
                        "Pour l'instant, aucun calendrier n'a été fixé par la direction.",
                        "Il a été condamné pour une somme dérisoire, a rappelé la cour.",
                        "Pour un total de 300 logements, le chantier durera deux ans."}) {
    auto const r = attribute(s);
    for (auto const& a : r->all) CHECK_MESSAGE(a.kind != depeche::recognize::cue_kind::opinion, s);
  }
  SUBCASE("an opinion still needs no more than a human source") {
    auto const r = attribute("Pour les habitants, cette fermeture est une catastrophe.");
    REQUIRE(r->by_cue("Pour"));
    CHECK(r->source_of("Pour") == "les habitants");
  }
}

TEST_CASE("attributions: where the words were said ends a postposed source") {
  auto const a = attribute("« Nous avons manqué d'efficacité », a regretté l'entraîneur au micro de France Bleu.");
  CHECK(a->source_of("a regretté") == "l'entraîneur");
  auto const b = attribute("« Le calendrier sera tenu », a promis la ministre à l'antenne de franceinfo.");
  CHECK(b->source_of("a promis") == "la ministre");
  auto const c = attribute("« Je suis soulagé », a confié l'accusé à la sortie de l'audience.");
  CHECK(c->source_of("a confié") == "l'accusé");
  // a complement that belongs to the source stays
  auto const d = attribute("« Rien n'est décidé », a indiqué le secrétaire d'État à la Santé.");
  CHECK(d->source_of("a indiqué") == "le secrétaire d'État à la Santé");
}

TEST_CASE("attributions: an age or a rank in apposition before the verb") {
  auto const a = attribute("La Bordelaise, 112e mondiale, n'a pas précisé si elle jouerait en double.");
  auto const* n = a->by_cue("n'a pas précisé");
  REQUIRE(n);
  CHECK(a->source(*n) == "La Bordelaise");
  CHECK(n->source.type == depeche::recognize::source_type::person);
  CHECK(n->negated);
  auto const b = attribute("Le Néerlandais, 3e du général, a reconnu que l'étape avait été dure.");
  REQUIRE(b->by_cue("a reconnu"));
  CHECK(b->source_of("a reconnu") == "Le Néerlandais");
  CHECK(b->by_cue("a reconnu")->source.type == depeche::recognize::source_type::person);
  SUBCASE("an age makes a role noun a person") {
    auto const c = attribute("Le viticulteur, 63 ans, a déclaré que la vendange serait maigre cette année.");
    REQUIRE(c->by_cue("a déclaré"));
    CHECK(c->source_of("a déclaré") == "Le viticulteur");
    CHECK(c->by_cue("a déclaré")->source.type == depeche::recognize::source_type::person);
    auto const d = attribute("La boulangère, 41 ans, raconte que ses clients achètent moins de pain.");
    REQUIRE(d->by_cue("raconte"));
    CHECK(d->source_of("raconte") == "La boulangère");
    CHECK(d->by_cue("raconte")->source.type == depeche::recognize::source_type::person);
  }
  SUBCASE("a named person keeps the name, a club keeps its type") {
    auto const e = attribute("Paul Girard, 34 ans, a affirmé qu'il arrêterait sa carrière en juin.");
    CHECK(e->source_of("a affirmé") == "Paul Girard");
    auto const f = attribute("Les Rennais, 4e du classement, ont annoncé qu'ils feraient appel.");
    REQUIRE(f->by_cue("ont annoncé"));
    CHECK(f->by_cue("ont annoncé")->source.type != depeche::recognize::source_type::person);
  }
}

TEST_CASE("attributions: the subject phrase survives an acronym or a chain of appositions") {
  auto const a = attribute("La Banque centrale européenne (BCE) a par ailleurs indiqué que ses taux resteraient inchangés.");
  REQUIRE(a->by_cue("a par ailleurs indiqué"));
  CHECK(a->source_of("a par ailleurs indiqué") == "La Banque centrale européenne (BCE)");
  // the known acronym is more precise than the generic head noun « banque »
  CHECK(a->by_cue("a par ailleurs indiqué")->source.subtype == depeche::recognize::source_subtype::international);
  auto const b = attribute("Julien Caron, son préparateur physique, a rappelé que la saison serait longue.");
  CHECK(b->source_of("a rappelé") == "Julien Caron, son préparateur physique");
  auto const c = attribute("La directrice de la clinique, Anne Roussel, 47 ans, a déclaré que le service rouvrirait.");
  REQUIRE(c->by_cue("a déclaré"));
  CHECK(c->source_of("a déclaré") == "La directrice de la clinique, Anne Roussel");
  CHECK(c->by_cue("a déclaré")->source.type == depeche::recognize::source_type::person);
}

TEST_CASE("attributions: a private firm is a company, not a public body") {
  using depeche::recognize::source_subtype;
  auto const a = attribute("Selon le cabinet Xerfi, le nombre de faillites a bondi au premier trimestre.");
  REQUIRE(a->by_cue("Selon"));
  CHECK(a->by_cue("Selon")->source.subtype == source_subtype::company);
  auto const b = attribute("L'agence de notation Fitch a estimé que la dette restait soutenable.");
  REQUIRE(b->by_cue("a estimé"));
  CHECK(b->by_cue("a estimé")->source.subtype == source_subtype::company);
  auto const c = attribute("D'après un cabinet d'audit, les comptes de la mairie étaient faussés.");
  REQUIRE(c->by_cue("D'après"));
  CHECK(c->by_cue("D'après")->source.subtype == source_subtype::company);
  // the cabinet of a minister stays a public body
  auto const d = attribute("Le cabinet de la ministre a indiqué que le texte serait présenté en juin.");
  REQUIRE(d->by_cue("a indiqué"));
  CHECK(d->by_cue("a indiqué")->source.subtype == source_subtype::government);
}

TEST_CASE("attributions: a surname alone as subject is the antecedent of a later pronoun") {
  auto const a = attribute(
      "Le Kényan Paul Mutai a gagné. « La chaleur m'a surpris », a expliqué le vainqueur.\n\n"
      "Girard, lui, a couru seul pendant vingt kilomètres. « Je suis fier de ce chrono », a-t-il confié.");
  auto const* c = a->by_cue("a-t-il confié");
  REQUIRE(c);
  REQUIRE(c->source.antecedent);
  CHECK(a->str(*c->source.antecedent) == "Girard");
  auto const b = attribute(
      "Anna Keller a remporté l'étape. Julie Renard a fini deuxième. Keller avait attaqué dans la dernière côte. "
      "« J'ai tout donné dès le pied », a-t-elle raconté.");
  auto const* d = b->by_cue("a-t-elle raconté");
  REQUIRE(d);
  REQUIRE(d->source.antecedent);
  CHECK(b->str(*d->source.antecedent) == "Keller");
}
