// SPDX-License-Identifier: MIT
// Prepositional cues: « selon X », « d'après X », « de source X », « Pour X, », « aux yeux de X », « cité par X ».
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

using depeche::recognize::cue_kind;
using depeche::recognize::source_subtype;
using depeche::recognize::source_type;
using depeche::test::attribute;

TEST_CASE("attributions: « selon » before and after the statement") {
  SUBCASE("at the head of the sentence") {
    auto const r = attribute("Selon l'armée ukrainienne, trois drones ont été abattus dans la nuit au-dessus de Kharkiv.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "l'armée ukrainienne");
    CHECK(a->source.type == source_type::organization);
    CHECK(a->source.subtype == source_subtype::military);
    CHECK(a->kind == cue_kind::preposition);
    CHECK(r->content(*a) == "trois drones ont été abattus dans la nuit au-dessus de Kharkiv");
    CHECK(a->reported);
  }
  SUBCASE("after the statement") {
    auto const r = attribute("Le convoi a franchi la frontière mardi soir, selon le NIS.");
    auto const* a = r->by_cue("selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "le NIS");
    CHECK(a->source.subtype == source_subtype::intelligence);
    CHECK(r->content(*a) == "Le convoi a franchi la frontière mardi soir");
  }
  SUBCASE("without a comma") {
    auto const r = attribute("Près de 8 000 ouvriers auraient quitté le pays en 2024 selon les services de renseignement sud-coréens.");
    CHECK(r->source_of("selon") == "les services de renseignement sud-coréens");
  }
  SUBCASE("after a sentence break the writer left wrong") {
    auto const r = attribute("La Corée du Nord aurait livré des obus à la Russie. selon le ministre japonais de la Défense Gen Tanaka le 3 mars 2025. "
                             "Tokyo n'a pas réagi.");
    auto const* a = r->by_cue("selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "le ministre japonais de la Défense Gen Tanaka");
    CHECK(a->source.type == source_type::person);
    CHECK(r->content(*a) == "La Corée du Nord aurait livré des obus à la Russie");
    CHECK(a->hedged);
  }
  SUBCASE("a name in apposition") {
    auto const r = attribute("Selon le ministre des Affaires étrangères, Jean Moreau, la négociation reprendra lundi.");
    CHECK(r->source_of("Selon") == "le ministre des Affaires étrangères, Jean Moreau");
    CHECK(r->content(*r->by_cue("Selon")) == "la négociation reprendra lundi");
  }
  SUBCASE("coordinated adjectives") {
    auto const r = attribute("Le navire a été localisé, selon les services de renseignement britanniques, français et italiens.");
    CHECK(r->source_of("selon") == "les services de renseignement britanniques, français et italiens");
  }
  SUBCASE("a relative clause after the source") {
    auto const r = attribute("Selon Le Figaro, qui cite des sources diplomatiques, la rencontre aurait été annulée.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "Le Figaro");
    CHECK(r->content(*a) == "la rencontre aurait été annulée");
  }
  SUBCASE("« selon » that means « depending on » is no cue") {
    auto const r = attribute("Les prix pourraient varier selon l'évolution de la demande et selon les régions.");
    CHECK(r->all.empty());
  }
  SUBCASE("« selon lui »") {
    auto const r = attribute("Le maire Paul Girard défend son projet. Selon lui, la ville gagnera 400 logements.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "lui");
    CHECK(a->source.type == source_type::self);
    REQUIRE(a->source.antecedent);
    CHECK(r->str(*a->source.antecedent) == "Le maire Paul Girard");
  }
}

TEST_CASE("attributions: other prepositional cues") {
  SUBCASE("d'après, with typographic apostrophe") {
    auto const r = attribute("D’après le quotidien Le Soir, la grève a coûté 30 millions d'euros.");
    auto const* a = r->by_cue("D’après");
    REQUIRE(a);
    CHECK(r->source(*a) == "le quotidien Le Soir");
    CHECK(a->source.subtype == source_subtype::media);
  }
  SUBCASE("« les informations de X »: X is the source") {
    auto const r = attribute("D'après les informations de RTL, le suspect a été interpellé à Lille.");
    CHECK(r->source_of("D'après") == "RTL");
    auto const r2 = attribute("D'après les informations révélées mardi par la gendarmerie, deux véhicules étaient impliqués.");
    CHECK(r2->source_of("D'après") == "la gendarmerie");
  }
  SUBCASE("« de source X »") {
    auto const r = attribute("Le suspect a été remis en liberté, a-t-on appris de source judiciaire.");
    auto const* a = r->by_cue("de source");
    REQUIRE(a);
    CHECK(r->source(*a) == "judiciaire");
    CHECK(a->source.type == source_type::anonymous);
  }
  SUBCASE("« a-t-on appris auprès de X »") {
    auto const r = attribute("Deux randonneurs ont été secourus dimanche, a-t-on appris auprès de la préfecture de l'Isère.");
    CHECK(r->source_of("a-t-on appris") == "la préfecture de l'Isère");
  }
  SUBCASE("« aux yeux de », « à en croire »") {
    auto const r = attribute("Aux yeux de la Commission européenne, le plan reste insuffisant. "
                             "À en croire plusieurs diplomates, l'accord sera signé avant l'été.");
    CHECK(r->source_of("Aux yeux de") == "la Commission européenne");
    auto const* a = r->by_cue("À en croire");
    REQUIRE(a);
    CHECK(r->source(*a) == "plusieurs diplomates");
    CHECK(a->source.type == source_type::anonymous);
  }
  SUBCASE("« Pour X, » in the opinion sense") {
    auto const r = attribute("Pour Berlin, cette hausse des tarifs est inacceptable. Pour la politologue Anne Brunet, le scrutin reste ouvert.");
    CHECK(r->source_of("Pour") == "Berlin");
    CHECK(r->all.size() == 2);
  }
  SUBCASE("« pour » that is no cue") {
    auto const r = attribute("Pour la première fois, le club a vendu plus de 20 000 abonnements. "
                             "Pour rappel, le stade sera fermé en août. Pour Lyon, envoyer des renforts coûterait cher.");
    CHECK(r->all.empty());
  }
  SUBCASE("« cité par »") {
    auto const r = attribute("« Nous ne céderons pas », a déclaré le porte-parole du gouvernement, cité par l'agence Tass.");
    auto const* relay = r->by_cue("cité par");
    REQUIRE(relay);
    CHECK(r->source(*relay) == "l'agence Tass");
    CHECK(relay->kind == cue_kind::relay);
    CHECK(relay->source.subtype == source_subtype::media);
    auto const* said = r->by_cue("a déclaré");
    REQUIRE(said);
    CHECK(r->source(*said) == "le porte-parole du gouvernement");
    CHECK(r->quote(*said) == "« Nous ne céderons pas »");
  }
  SUBCASE("a preposed cue with a relay") {
    auto const r = attribute("D'après des sources sécuritaires citées par le Financial Times, un navire aurait été saisi.");
    CHECK(r->source_of("D'après") == "des sources sécuritaires");
    CHECK(r->source_of("citées par") == "le Financial Times");
    CHECK(r->by_cue("D'après")->hedged);
  }
}

TEST_CASE("attributions: documents and chains") {
  SUBCASE("a nested chain") {
    auto const r = attribute("Une note d'un institut de recherche rattaché au ministère de la Défense (IRSEM) affirme que les stocks sont épuisés.");
    auto const* a = r->by_cue("affirme");
    REQUIRE(a);
    CHECK(r->source(*a) == "Une note d'un institut de recherche rattaché au ministère de la Défense (IRSEM)");
    CHECK(a->source.type == source_type::document);
    REQUIRE(a->source.chain.size() == 2);
    CHECK(r->str({a->source.chain[0].begin, a->source.chain[0].end}) ==
          "un institut de recherche rattaché au ministère de la Défense (IRSEM)");
    CHECK(r->str({a->source.chain[1].begin, a->source.chain[1].end}) == "ministère de la Défense (IRSEM)");
    CHECK(a->source.chain[1].acronym == "IRSEM");
    CHECK(a->source.acronym == "IRSEM");
  }
  SUBCASE("data of an organization") {
    auto const r = attribute("Selon les données du ministère de l'Intérieur, les cambriolages ont baissé de 4 %.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "les données du ministère de l'Intérieur");
    CHECK(a->source.type == source_type::document);
    REQUIRE(a->source.chain.size() == 1);
    CHECK(a->source.chain[0].subtype == source_subtype::government);
  }
  SUBCASE("a poll") {
    auto const r = attribute("Selon un sondage Ifop pour Le Journal du dimanche publié samedi, 58 % des Français soutiennent la réforme.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(r->source(*a) == "un sondage Ifop pour Le Journal du dimanche publié samedi");
    CHECK(a->source.type == source_type::document);
  }
}
