// SPDX-License-Identifier: MIT
#include <depeche/recognize/pipeline.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

// A user-written recognizer: ship names after « le porte-avions » / « la frégate ».
struct ship {
  std::uint32_t begin = 0, end = 0;
  std::string name;
};

struct ship_names {
  using value_type = ship;
  static constexpr bool exclusive = true;
  [[nodiscard]] std::vector<ship> find(depeche::recognize::context const& ctx) const {
    std::vector<ship> out;
    for (std::size_t i = 0; i + 1 < ctx.tokens.size(); ++i) {
      auto const w = ctx.tokens[i].text(ctx.folded);
      if (w != "porte-avions" && w != "frégate") continue;
      auto const& n = ctx.tokens[i + 1];
      if (!n.has(depeche::tokenize::token_flags::capitalized)) continue;
      out.push_back({n.begin, n.end, std::string(n.original().of(ctx.original()))});
    }
    return out;
  }
};
static_assert(depeche::recognize::recognizer<ship_names>);

// Another exclusive recognizer that claims every capitalized word.
struct capitalized_words {
  using value_type = depeche::span;
  static constexpr bool exclusive = true;
  [[nodiscard]] std::vector<depeche::span> find(depeche::recognize::context const& ctx) const {
    std::vector<depeche::span> out;
    for (auto const& t : ctx.tokens)
      if (t.has(depeche::tokenize::token_flags::capitalized)) out.push_back(t.original());
    return out;
  }
};

// A non-exclusive recognizer: every token.
struct all_tokens {
  using value_type = depeche::span;
  [[nodiscard]] std::vector<depeche::span> find(depeche::recognize::context const& ctx) const {
    std::vector<depeche::span> out;
    for (auto const& t : ctx.tokens) out.push_back(t.original());
    return out;
  }
};

} // namespace

TEST_CASE("recognize::pipeline composes user recognizers; the first exclusive match wins") {
  std::string const s = "Le porte-avions Charles-de-Gaulle a quitté Toulon.";
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  depeche::recognize::analysis an(*doc);
  depeche::recognize::pipeline const p{ship_names{}, capitalized_words{}, all_tokens{}};
  auto const r = p.run(an.view());
  auto const& ships = std::get<0>(r);
  REQUIRE(ships.size() == 1);
  CHECK(ships[0].name == "Charles-de-Gaulle");
  // « Charles-de-Gaulle » is taken by ship_names: capitalized_words keeps « Le » and « Toulon »
  auto const& caps = std::get<1>(r);
  REQUIRE(caps.size() == 2);
  CHECK(caps[0].of(s) == "Le");
  CHECK(caps[1].of(s) == "Toulon");
  // non-exclusive recognizers see everything
  CHECK(std::get<2>(r).size() == an.tokens().size());
  CHECK(depeche::recognize::records<ship>(r).size() == 1);
}
