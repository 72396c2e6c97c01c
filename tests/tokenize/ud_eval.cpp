// SPDX-License-Identifier: MIT
// Surface-token and sentence F1 on Universal Dependencies French-GSD dev (shared data, read at test time).
#include "tokenize/ud_eval.hpp"

#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

namespace ud = depeche::test::ud;

TEST_CASE("tokenize: UD French-GSD dev token and sentence F1") {
  auto const path = depeche::test::shared_dir() / "data" / "ud-french-gsd" / "fr_gsd-ud-dev.conllu";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    MESSAGE("UD French-GSD dev not found at " << path.string() << ": skipped");
    return;
  }
  auto const e = ud::evaluate(depeche::test::read_file(path));
  REQUIRE(e.ok);
  CHECK(e.gold.unaligned == 0);
  REQUIRE(e.gold.sentences.size() > 1000);
  auto const tf = e.token_scores.f1() * 100, sf = e.sentence_scores.f1() * 100;
  std::printf("UD French-GSD dev: token F1 %.2f %% (P %.2f R %.2f, %zu gold), sentence F1 %.2f %% (P %.2f R %.2f, %zu gold)\n",
              tf, e.token_scores.precision() * 100, e.token_scores.recall() * 100, e.token_scores.gold, sf,
              e.sentence_scores.precision() * 100, e.sentence_scores.recall() * 100, e.sentence_scores.gold);
  CHECK(tf >= 99.5);
  CHECK(sf >= 94.0);
}
