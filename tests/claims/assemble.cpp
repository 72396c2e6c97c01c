// SPDX-License-Identifier: MIT
// Claim assembly with simple stand-in records, so that the clause logic is tested on its own.
#include <depeche/claims/assemble.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

struct q {
  std::uint32_t begin = 0, end = 0;
};
struct d {
  std::uint32_t begin = 0, end = 0;
};
struct a {
  std::uint32_t begin = 0, end = 0, cue_begin = 0, cue_end = 0;
  depeche::span content;
  bool hedged = false, negated = false, hypothetical = false;
};

struct fixture {
  std::string text;
  depeche::text::document doc;
  depeche::recognize::analysis an;
  explicit fixture(std::string t)
      : text(std::move(t)), doc(*depeche::text::prepare(text)), an(doc) {}
  depeche::span at(std::string_view s) const {
    auto const p = static_cast<std::uint32_t>(text.find(s));
    REQUIRE(p != std::string::npos);
    return {p, static_cast<std::uint32_t>(p + s.size())};
  }
  std::string of(depeche::claims::claim const& c) const { return text.substr(c.begin, c.end - c.begin); }
  std::string subject(depeche::claims::claim const& c) const {
    return c.subject ? text.substr(c.subject->begin, c.subject->end - c.subject->begin) : std::string();
  }
};

q quantity_at(depeche::span s) { return {s.begin, s.end}; }

} // namespace

TEST_CASE("claims::assemble: one sentence, one attribution") {
  fixture f("Selon le NIS, la Corée du Nord aurait déployé plus de 12 000 soldats en Russie depuis octobre 2024.");
  std::vector<q> qs{quantity_at(f.at("plus de 12 000 soldats"))};
  std::vector<d> ds{{f.at("depuis octobre 2024").begin, f.at("depuis octobre 2024").end}};
  auto const cue = f.at("Selon");
  auto const content = f.at("la Corée du Nord aurait déployé plus de 12 000 soldats en Russie depuis octobre 2024");
  std::vector<a> as{{cue.begin, content.end, cue.begin, cue.end, content, true, false, false}};
  auto const claims = depeche::claims::assemble<q, d, a>(f.an.view(), qs, ds, as, {});
  REQUIRE(claims.size() == 1);
  auto const& c = claims[0];
  CHECK(c.quantities == std::vector<std::uint32_t>{0});
  CHECK(c.dates == std::vector<std::uint32_t>{0});
  CHECK(c.attributions == std::vector<std::uint32_t>{0});
  CHECK(c.reported);
  CHECK(c.hedged);
  CHECK_FALSE(c.negated);
  CHECK(c.predicate == "déployer");
  CHECK(f.subject(c) == "la Corée du Nord");
}

TEST_CASE("claims::assemble: each clause gets the attribution that scopes over it") {
  fixture f("Selon Kiev, 3 000 soldats ont été tués en mars, tandis que Moscou affirme que 200 hommes seulement ont péri.");
  std::vector<q> qs{quantity_at(f.at("3 000 soldats")), quantity_at(f.at("200 hommes"))};
  std::vector<d> ds{{f.at("en mars").begin, f.at("en mars").end}};
  auto const c1 = f.at("3 000 soldats ont été tués en mars");
  auto const c2 = f.at("200 hommes seulement ont péri");
  std::vector<a> as{{f.at("Selon").begin, c1.end, f.at("Selon").begin, f.at("Selon").end, c1},
                    {f.at("Moscou").begin, c2.end, f.at("affirme").begin, f.at("affirme").end, c2}};
  auto const claims = depeche::claims::assemble<q, d, a>(f.an.view(), qs, ds, as, {});
  REQUIRE(claims.size() == 2);
  CHECK(f.of(claims[0]) == "3 000 soldats ont été tués en mars");
  CHECK(claims[0].attributions == std::vector<std::uint32_t>{0});
  CHECK(claims[0].quantities == std::vector<std::uint32_t>{0});
  CHECK(claims[0].dates == std::vector<std::uint32_t>{0});
  CHECK(claims[0].predicate == "tuer");
  CHECK(f.of(claims[1]) == "200 hommes seulement ont péri");
  CHECK(claims[1].attributions == std::vector<std::uint32_t>{1});  // not the nearer « Selon Kiev » by bytes
  CHECK(claims[1].quantities == std::vector<std::uint32_t>{1});
}

TEST_CASE("claims::assemble: sentences without quantity, date or attribution make no claim") {
  fixture f("Le débat reste ouvert. Les exportations ont augmenté de 16 % en 2023.");
  std::vector<q> qs{quantity_at(f.at("16 %"))};
  std::vector<d> ds{{f.at("en 2023").begin, f.at("en 2023").end}};
  auto const claims = depeche::claims::assemble<q, d, a>(f.an.view(), qs, ds, std::span<a const>{}, {});
  REQUIRE(claims.size() == 1);
  CHECK(f.of(claims[0]) == "Les exportations ont augmenté de 16 % en 2023.");
  CHECK(claims[0].predicate == "augmenter");
  CHECK(f.subject(claims[0]) == "Les exportations");
  CHECK_FALSE(claims[0].reported);
  CHECK_FALSE(claims[0].hedged);
}

TEST_CASE("claims::assemble: hypothetical conditional does not hedge, journalistic one does") {
  fixture f("Si Séoul livrait des obus, Pyongyang enverrait 5 000 hommes. La Russie aurait perdu 40 chars.");
  std::vector<q> qs{quantity_at(f.at("5 000 hommes")), quantity_at(f.at("40 chars"))};
  auto const claims = depeche::claims::assemble<q, d, a>(f.an.view(), qs, std::span<d const>{}, std::span<a const>{}, {});
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].predicate == "envoyer");
  CHECK_FALSE(claims[0].hedged);
  CHECK(claims[1].hedged);
  CHECK(claims[1].predicate == "perdre");
}

TEST_CASE("claims::assemble: an attribution after a wrong sentence break scopes back") {
  fixture f("Quelque 11 000 soldats sont arrivés en Ukraine. selon le secrétaire américain à la Défense.");
  std::vector<q> qs{quantity_at(f.at("11 000 soldats"))};
  auto const content = f.at("Quelque 11 000 soldats sont arrivés en Ukraine");
  auto const cue = f.at("selon");
  std::vector<a> as{{content.begin, f.at("Défense").end, cue.begin, cue.end, content}};
  auto const claims = depeche::claims::assemble<q, d, a>(f.an.view(), qs, std::span<d const>{}, as, {});
  REQUIRE_FALSE(claims.empty());
  CHECK(claims[0].attributions == std::vector<std::uint32_t>{0});
  CHECK(claims[0].quantities == std::vector<std::uint32_t>{0});
  CHECK(claims[0].reported);
}
