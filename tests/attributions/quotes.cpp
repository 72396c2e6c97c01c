// SPDX-License-Identifier: MIT
// Direct quotes: « », “ ”, " ", across sentences and paragraphs, partial quotes, embedded posts.
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

using depeche::recognize::cue_kind;
using depeche::recognize::source_subtype;
using depeche::recognize::source_type;
using depeche::test::attribute;

TEST_CASE("attributions: direct quotes") {
  SUBCASE("several sentences before the incise") {
    auto const r = attribute("« Nous avons perdu trois hommes. La relève arrive demain », a raconté le lieutenant Marc Dubois.");
    auto const* a = r->by_cue("a raconté");
    REQUIRE(a);
    CHECK(r->quote(*a) == "« Nous avons perdu trois hommes. La relève arrive demain »");
    CHECK(r->source(*a) == "le lieutenant Marc Dubois");
    CHECK(r->content(*a) == "Nous avons perdu trois hommes. La relève arrive demain");
  }
  SUBCASE("an incise inside the quote") {
    auto const r = attribute("« Ce n'est pas une défaite, a-t-elle lancé. C'est un avertissement. »");
    auto const* a = r->by_cue("a-t-elle lancé");
    REQUIRE(a);
    CHECK(r->quote(*a) == "« Ce n'est pas une défaite, a-t-elle lancé. C'est un avertissement. »");
  }
  SUBCASE("a quote over two paragraphs") {
    auto const r = attribute("« Nous avons tout perdu en une nuit.\n\n« Il faudra des années pour reconstruire », raconte une habitante.");
    auto const* a = r->by_cue("raconte");
    REQUIRE(a);
    CHECK(r->quote(*a) == "« Nous avons tout perdu en une nuit.\n\n« Il faudra des années pour reconstruire »");
    CHECK(a->source.type == source_type::anonymous);
  }
  SUBCASE("a colon before the quote") {
    auto const r = attribute("Le président du club a été clair : « Personne ne partira cet hiver. »\n"
                             "Le capitaine Hugo Martin a déclaré : “Nous jouerons pour gagner.”");
    auto const* a = r->by_cue("a déclaré");
    REQUIRE(a);
    CHECK(r->quote(*a) == "“Nous jouerons pour gagner.”");
  }
  SUBCASE("straight quotes") {
    auto const r = attribute("\"Le calendrier sera tenu\", a assuré la directrice du chantier.");
    auto const* a = r->by_cue("a assuré");
    REQUIRE(a);
    CHECK(r->quote(*a) == "\"Le calendrier sera tenu\"");
  }
  SUBCASE("a speaker and a colon") {
    auto const r = attribute("12h05 — Volodymyr Zelensky : « Nous ne céderons aucun territoire. »");
    auto const* a = r->by_cue(":");
    REQUIRE(a);
    CHECK(r->source(*a) == "Volodymyr Zelensky");
    CHECK(a->kind == cue_kind::colon);
  }
  SUBCASE("a headline topic is no speaker") {
    auto const r = attribute("Retraites : « une réforme injuste »");
    CHECK(r->all.empty());
  }
}

TEST_CASE("attributions: partial quotes") {
  auto const r = attribute("Selon la ministre des Sports, Léa Morel, cette victoire « change tout » pour la fédération.");
  auto const* a = r->by_cue("Selon");
  REQUIRE(a);
  CHECK(r->quote(*a) == "« change tout »");
  auto const r2 = attribute("Le syndicat a jugé que la réforme était « brutale » et « mal préparée ».");
  auto const* b = r2->by_cue("a jugé");
  REQUIRE(b);
  CHECK_FALSE(b->quote);  // two fragments: the content only
}

TEST_CASE("attributions: embedded posts") {
  auto const r = attribute("La nuit a été longue sur le front sud.\n"
                           "Our air defence shot down 40 drones tonight. pic.twitter.com/abc123\n"
                           "— Ukrainian Air Force (@KpsZSU) March 3, 2025\n"
                           "Les frappes ont repris dans la matinée.");
  auto const* a = r->by_cue("—");
  REQUIRE(a);
  CHECK(a->kind == cue_kind::social_media);
  CHECK(r->source(*a) == "Ukrainian Air Force");
  CHECK(a->source.handle == "@KpsZSU");
  CHECK(r->quote(*a) == "Our air defence shot down 40 drones tonight. pic.twitter.com/abc123");
  auto const r2 = attribute("Nouveau bilan de l'incendie.\n— AFP (@afpfr) June 2, 2025");
  auto const* b = r2->by_cue("—");
  REQUIRE(b);
  CHECK(b->source.subtype == source_subtype::media);
}
