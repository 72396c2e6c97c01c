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
