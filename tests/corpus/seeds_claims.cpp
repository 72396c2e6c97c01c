// SPDX-License-Identifier: MIT
// Claims over the shared seed articles: the quantities, dates and attributions the issues name land
// in claims with the right source and modality, and page furniture is flagged. The articles are read
// at test time; only short search keys appear here.
#include <depeche/extract.hpp>

#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

struct doc {
  std::string text;
  depeche::extraction x;
};

doc run(std::string const& text) {
  depeche::extract_options o;
  o.reference = *depeche::parse_reference_time("2025-05-01");
  auto r = depeche::extract(text, o);
  REQUIRE(r);
  return {text, std::move(*r)};
}

std::string_view of(doc const& d, std::uint32_t b, std::uint32_t e) { return std::string_view(d.text).substr(b, e - b); }

/// The first claim whose text contains `needle`.
depeche::claims::claim const* claim_with(doc const& d, std::string_view needle) {
  for (auto const& c : d.x.claims)
    if (of(d, c.begin, c.end).find(needle) != std::string_view::npos) return &c;
  return nullptr;
}

/// Whether one of the claim's attributions has a source containing `source_key`.
bool sourced_by(doc const& d, depeche::claims::claim const& c, std::string_view source_key) {
  for (auto const* a : d.x.attributions_of(c))
    if (of(d, a->source.begin, a->source.end).find(source_key) != std::string_view::npos) return true;
  return false;
}

bool has_quantity(doc const& d, depeche::claims::claim const& c, std::string_view key) {
  for (auto const* q : d.x.quantities_of(c))
    if (of(d, q->begin, q->end).find(key) != std::string_view::npos) return true;
  return false;
}

doc const* find_seed(std::vector<doc> const& docs, std::string_view key) {
  for (auto const& d : docs)
    if (d.text.find(key) != std::string::npos) return &d;
  return nullptr;
}

} // namespace

TEST_CASE("claims on the seed articles") {
  auto const seeds = depeche::test::seeds();
  if (seeds.empty()) {
    MESSAGE("shared seeds not found: skipped");
    return;
  }
  // extracted once for every subcase (doctest runs the body once per subcase)
  static std::vector<doc> const docs = [&] {
    std::vector<doc> v;
    for (auto const& s : seeds) {
      v.push_back(run(s.text));
      std::size_t furniture = 0;
      for (auto const& c : v.back().x.claims) furniture += c.boilerplate ? 1u : 0u;
      MESSAGE(s.name << ": " << v.back().x.claims.size() << " claims, " << furniture << " on page furniture");
    }
    return v;
  }();

  SUBCASE("a count reported by a diplomat") {
    auto const* d = find_seed(docs, "Dorothy Camille Shea");
    REQUIRE(d);
    auto const* c = claim_with(*d, "plus de 12 000 soldats");
    REQUIRE(c);
    CHECK(c->reported);
    CHECK(has_quantity(*d, *c, "12 000"));
    CHECK(sourced_by(*d, *c, "Shea"));
  }
  SUBCASE("hedged deployment attributed to intelligence services") {
    auto const* d = find_seed(docs, "aurait déployé des milliers de soldats");
    REQUIRE(d);
    auto const* c = claim_with(*d, "aurait déployé des milliers de soldats");
    REQUIRE(c);
    CHECK(c->reported);
    CHECK(c->hedged);
    CHECK(sourced_by(*d, *c, "renseignement"));
    CHECK(has_quantity(*d, *c, "milliers"));
  }
  SUBCASE("money from a think-tank report, hedged") {
    auto const* d = find_seed(docs, "540 millions de dollars");
    REQUIRE(d);
    auto const* c = claim_with(*d, "540 millions de dollars");
    REQUIRE(c);
    CHECK(c->reported);
    CHECK(c->hedged);
    CHECK(has_quantity(*d, *c, "540 millions de dollars"));
  }
  SUBCASE("the Kremlin confirms on a dated day") {
    auto const* d = find_seed(docs, "Le Kremlin a confirmé le 26 avril");
    REQUIRE(d);
    auto const* c = claim_with(*d, "Le Kremlin a confirmé le 26 avril");
    REQUIRE(c);
    CHECK(c->reported);
    CHECK(sourced_by(*d, *c, "Kremlin"));
    bool dated = false;
    for (auto const* t : d->x.dates_of(*c)) dated = dated || t->value == std::optional<std::string>("2025-04-26");
    CHECK(dated);
  }
  SUBCASE("an area with an NBSP-grouped number") {
    auto const* d = find_seed(docs, "km²");
    REQUIRE(d);
    auto const* c = claim_with(*d, "km²");
    REQUIRE(c);
    bool area = false;
    for (auto const* q : d->x.quantities_of(*c)) area = area || (q->unit == std::optional<std::string>("km2") && q->value == 29800.0);
    CHECK(area);
  }
  SUBCASE("a source after a wrong sentence break") {
    auto const* d = find_seed(docs, "Lloyd Austin");
    REQUIRE(d);
    bool found = false;
    for (auto const& c : d->x.claims) found = found || sourced_by(*d, c, "Lloyd Austin");
    CHECK(found);
  }
  SUBCASE("page furniture is flagged") {
    std::size_t pages_with_furniture = 0;
    for (auto const& d : docs) {
      std::size_t furniture = 0;
      for (auto const& c : d.x.claims) furniture += c.boilerplate ? 1u : 0u;
      pages_with_furniture += furniture > 0 ? 1u : 0u;
      // related-article lists never yield article claims
      for (auto const& c : d.x.claims)
        if (of(d, c.begin, c.end).find("16 000 drones") != std::string_view::npos) CHECK(c.boilerplate);
    }
    CHECK(pages_with_furniture >= 2);
  }
}
