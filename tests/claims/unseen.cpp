// SPDX-License-Identifier: MIT
// Errors found on original news articles (tests/data/unseen), each checked on new sentences.
#include <depeche/claims/predicate.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

std::string lemma_of(std::string const& s) {
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  depeche::recognize::analysis an(*doc);
  auto const ctx = an.view();
  auto const p = depeche::claims::find_predicate(ctx, 0, static_cast<std::uint32_t>(ctx.tokens.size()));
  return p ? p->lemma : std::string{};
}

} // namespace

TEST_CASE("claims::find_predicate: « entre » and « contre » are prepositions") {
  CHECK(lemma_of("Le syndicat table sur une hausse comprise entre 2 et 3 %.") != "entrer");
  CHECK(lemma_of("Le club a gagné contre Brest.") != "contrer");
}

TEST_CASE("claims::find_predicate: a first-group participle the lexicon lacks") {
  CHECK(lemma_of("La coureuse a remporté l'étape reine.") == "remporter");
  CHECK(lemma_of("La croissance s'est tassée au printemps.") == "tasser");
  CHECK(lemma_of("Le seuil a été relevé en mars.") == "relever");
  // an article after the auxiliary: the noun is no participle
  CHECK(lemma_of("Le dialogue est la clé.") == "être");
}

TEST_CASE("claims::find_predicate: « huit avions » is a noun phrase") {
  CHECK(lemma_of("Six camions et huit avions sont immobilisés.") != "avoir");
}
