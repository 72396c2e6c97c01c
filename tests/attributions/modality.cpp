// SPDX-License-Identifier: MIT
// Modality of the attributed content: reported, hedged (reportive conditional, modals), negated.
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

using depeche::test::attribute;

TEST_CASE("attributions: hedged content") {
  SUBCASE("reportive conditional") {
    auto const r = attribute("Selon Reuters, le pétrolier aurait transbordé sa cargaison au large de Malte.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK(a->hedged);
    CHECK_FALSE(a->hypothetical);
    CHECK(a->reported);
  }
  SUBCASE("modal words and phrases") {
    for (auto const* s : {"Selon les experts, la digue pourrait céder.", "Selon les experts, la digue va probablement céder.",
                          "Selon les experts, une rupture de la digue est possible.",
                          "Selon les experts, la digue cédera selon toute vraisemblance avant l'hiver.",
                          "Selon les experts, il semble que la digue ait cédé."}) {
      auto const r = attribute(s);
      REQUIRE(r->by_cue("Selon"));
      CHECK_MESSAGE(r->by_cue("Selon")->hedged, s);
    }
  }
  SUBCASE("plain indicative is not hedged") {
    auto const r = attribute("Selon les pompiers, le feu est maîtrisé.");
    CHECK_FALSE(r->by_cue("Selon")->hedged);
  }
  SUBCASE("the cue itself in the conditional") {
    auto const r = attribute("Le ministre aurait déclaré que la réforme serait reportée.");
    auto const* a = r->by_cue("aurait déclaré");
    REQUIRE(a);
    CHECK(a->hedged);
  }
  SUBCASE("hypothetical conditional") {
    auto const r = attribute("Selon l'ingénieur, si la pompe avait fonctionné, l'usine aurait été épargnée.");
    auto const* a = r->by_cue("Selon");
    REQUIRE(a);
    CHECK_FALSE(a->hedged);
    CHECK(a->hypothetical);
  }
  SUBCASE("future of the past after a past cue") {
    auto const r = attribute("Le gouvernement a assuré que l'État serait vigilant.");
    auto const* a = r->by_cue("a assuré");
    REQUIRE(a);
    CHECK_FALSE(a->hedged);
  }
  SUBCASE("a conditional inside a direct quote") {
    auto const r = attribute("« Partir maintenant, ce serait abandonner l'équipe », affirme-t-il.");
    CHECK_FALSE(r->by_cue("affirme-t-il")->hedged);
  }
}

TEST_CASE("attributions: negated content") {
  auto const r = attribute("Le Kremlin nie toute implication. Le ministère a démenti ces informations. "
                           "L'armée n'a pas confirmé le bilan. Le club réfute les accusations. "
                           "La direction a exclu toute fermeture. Le maire ne nie pas les difficultés.");
  for (auto const* c : {"nie", "a démenti", "n'a pas confirmé", "réfute", "a exclu"}) {
    auto const* a = r->by_cue(c);
    REQUIRE_MESSAGE(a, c);
    CHECK_MESSAGE(a->negated, c);
  }
  auto const* a = r->by_cue("ne nie pas");
  REQUIRE(a);
  CHECK_FALSE(a->negated);
}
