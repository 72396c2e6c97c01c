// SPDX-License-Identifier: MIT
// Separate compilation: this file sees only declarations of the pipeline (DEPECHE_SEPARATE_COMPILATION),
// depeche.cpp compiles it once; the program links and runs like the header-only one.
#include <depeche.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#ifndef DEPECHE_SEPARATE_COMPILATION
#  error "this test is built with DEPECHE_SEPARATE_COMPILATION"
#endif
#ifndef DEPECHE_GRAMMAR_SEPARATE
#  error "DEPECHE_SEPARATE_COMPILATION implies DEPECHE_GRAMMAR_SEPARATE"
#endif

TEST_CASE("separate compilation: depeche::extract runs the default pipeline") {
  std::string const text =
      "Selon la préfecture, plus de 1 200 habitants ont été évacués mardi 4 mars 2025 à Valence. "
      "« La situation reste tendue », a déclaré le maire.";
  auto const x = depeche::extract(text);
  REQUIRE(x);
  CHECK(x->sentences.size() == 2);
  CHECK(!x->numbers.empty());
  REQUIRE(!x->quantities.empty());
  CHECK(x->quantities.front().begin < x->quantities.front().end);
  CHECK(!x->dates.empty());
  CHECK(!x->attributions.empty());
  CHECK(!x->claims.empty());
  for (auto const& c : x->claims) CHECK(c.end <= text.size());
}

TEST_CASE("separate compilation: errors are values") {
  std::string const bad = "Le budget atteint 3\xC3 millions.";
  auto const x = depeche::extract(bad);
  REQUIRE(!x);
  CHECK(x.error().code == depeche::errc::invalid_utf8);
  CHECK(x.error().offset == 19);
}

TEST_CASE("separate compilation: a user-built extractor and the shared one agree") {
  depeche::extractor const mine;
  std::string_view const text = "Le chômage a reculé de 0,3 point au troisième trimestre, selon l'Insee.";
  auto const a = mine(text);
  auto const b = depeche::default_extractor()(text);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->quantities.size() == b->quantities.size());
  CHECK(a->dates.size() == b->dates.size());
  CHECK(a->claims.size() == b->claims.size());
}
