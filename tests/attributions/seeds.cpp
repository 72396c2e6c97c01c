// SPDX-License-Identifier: MIT
// The attribution forms named in issue 5 that occur in the shared seed articles must be found.
// The seed texts are read at test time; only short cue and source strings serve as search keys.
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"
#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using depeche::recognize::cue_kind;
using depeche::recognize::source_subtype;
using depeche::recognize::source_type;

namespace {

struct expected {
  char const* seed;    ///< file name prefix
  char const* cue;     ///< cue as written
  char const* source;  ///< source as written
};

// Typographic apostrophes (U+2019) as in the pages.
constexpr expected forms[] = {
    {"000", "Selon", "l\u2019arm\u00e9e ukrainienne"},
    {"000", "selon", "les services de renseignement ukrainiens, am\u00e9ricains et sud-cor\u00e9ens"},
    {"000", "a d\u00e9clar\u00e9", "La diplomate am\u00e9ricaine Dorothy Camille Shea"},
    {"000", "affirme",
     "Un rapport d\u2019un think-tank sud-cor\u00e9en affili\u00e9 au Service national de renseignement (NIS)"},
    {"000", "continue de nier", "Moscou"},
    {"001", "\u2014", "Reuters"},
    {"001", "selon", "les services de renseignements sud-cor\u00e9ens"},
    {"002", "pr\u00e9vient", "Washington"},
    {"002", "selon", "le secr\u00e9taire am\u00e9ricain \u00e0 la D\u00e9fense Lloyd Austin"},
    {"002", "a d\u00e9nonc\u00e9", "Le ministre sud-cor\u00e9en de la S\u00e9curit\u00e9, Shin Won-sik"},
    {"002", "Selon", "le ministre fran\u00e7ais des Arm\u00e9es, S\u00e9bastien Lecornu"},
    {"002", "n\u2019a pas confirm\u00e9", "La Cor\u00e9e du Nord"},
    {"003", "D\u2019apr\u00e8s", "l\u2019\u00e9tat-major sud-cor\u00e9en (JCS)"},
    {"003", "\u00e9valuent", "Les services de renseignement de S\u00e9oul"},
    {"004", "a confirm\u00e9", "Le Kremlin"},
    {"004", "a officiellement reconnu", "le chef d\u2019\u00e9tat-major g\u00e9n\u00e9ral russe Valery Gerasimov"},
    {"004", "a confirm\u00e9", "La KCNA (Korean Central News Agency)"},
    {"004", "avaient ni\u00e9", "les autorit\u00e9s russes"},
    {"004", "selon", "les estimations de l\u2019Institut pour l\u2019\u00c9tude de la Guerre (ISW)"},
    {"004", "Selon", "les donn\u00e9es du Minist\u00e8re de la D\u00e9fense britannique"},
};

std::string const* seed_text(std::vector<depeche::test::seed> const& seeds, std::string const& prefix) {
  for (auto const& s : seeds)
    if (s.name.rfind(prefix, 0) == 0) return &s.text;
  return nullptr;
}

depeche::recognize::attribution const* find(depeche::test::attributed const& r, std::string_view cue,
                                            std::string_view source) {
  for (auto const& a : r.all)
    if (r.cue(a) == cue && r.source(a) == source) return &a;
  return nullptr;
}

} // namespace

TEST_CASE("attributions: forms of the issue in the seed articles") {
  auto const seeds = depeche::test::seeds();
  if (seeds.empty()) {
    MESSAGE("no seed articles in ../shared/corpus/seeds: skipped");
    return;
  }
  for (auto const& e : forms) {
    auto const* text = seed_text(seeds, e.seed);
    if (!text) continue;
    // the keys must occur in the page (otherwise the page changed, and the test says so)
    REQUIRE_MESSAGE(text->find(e.source) != std::string::npos, std::string(e.source));
    auto const r = depeche::test::attribute(*text);
    std::string const what = std::string(e.seed) + ": [" + e.cue + "] " + e.source;
    CHECK_MESSAGE(find(*r, e.cue, e.source) != nullptr, what);
  }

  if (auto const* t = seed_text(seeds, "000")) {
    auto const r = depeche::test::attribute(*t);
    auto const* a = find(*r, "affirme",
                         "Un rapport d\u2019un think-tank sud-cor\u00e9en affili\u00e9 au Service national de renseignement (NIS)");
    REQUIRE(a);
    CHECK(a->source.type == source_type::document);
    REQUIRE(a->source.chain.size() == 2);
    CHECK(a->source.chain[0].subtype == source_subtype::think_tank);
    CHECK(a->source.chain[1].acronym == "NIS");
    CHECK(a->source.chain[1].subtype == source_subtype::intelligence);
    CHECK(a->hedged);
    CHECK(find(*r, "continue de nier", "Moscou")->negated);
  }
  if (auto const* t = seed_text(seeds, "001")) {
    auto const r = depeche::test::attribute(*t);
    auto const* a = find(*r, "\u2014", "Reuters");
    REQUIRE(a);
    CHECK(a->kind == cue_kind::social_media);
    CHECK(a->source.handle == "@Reuters");
    REQUIRE(a->quote);
  }
  if (auto const* t = seed_text(seeds, "002")) {
    auto const r = depeche::test::attribute(*t);
    // the source after a wrong sentence break attributes the sentence before it
    auto const* a = find(*r, "selon", "le secr\u00e9taire am\u00e9ricain \u00e0 la D\u00e9fense Lloyd Austin");
    REQUIRE(a);
    CHECK(a->content.end <= a->cue_begin);
    CHECK(a->hedged);
    CHECK(a->source.type == source_type::person);
    auto const* l = find(*r, "Selon", "le ministre fran\u00e7ais des Arm\u00e9es, S\u00e9bastien Lecornu");
    REQUIRE(l);
    REQUIRE(l->quote);
    CHECK(r->quote(*l) == "\u00ab change la donne \u00bb");
    auto const* n = find(*r, "n\u2019a pas confirm\u00e9", "La Cor\u00e9e du Nord");
    REQUIRE(n);
    CHECK(n->negated);
    CHECK(find(*r, "pr\u00e9vient", "Washington")->source.type == source_type::country_or_capital);
  }
  if (auto const* t = seed_text(seeds, "003")) {
    auto const r = depeche::test::attribute(*t);
    auto const* a = find(*r, "D\u2019apr\u00e8s", "l\u2019\u00e9tat-major sud-cor\u00e9en (JCS)");
    REQUIRE(a);
    CHECK(a->source.acronym == "JCS");
    CHECK(a->source.subtype == source_subtype::military);
  }
  if (auto const* t = seed_text(seeds, "004")) {
    auto const r = depeche::test::attribute(*t);
    auto const* k = find(*r, "a confirm\u00e9", "La KCNA (Korean Central News Agency)");
    REQUIRE(k);
    CHECK(k->source.acronym == "KCNA");
    CHECK(k->source.expansion == "Korean Central News Agency");
    CHECK(k->source.subtype == source_subtype::media);
    auto const* isw = find(*r, "selon", "les estimations de l\u2019Institut pour l\u2019\u00c9tude de la Guerre (ISW)");
    REQUIRE(isw);
    CHECK(isw->source.acronym == "ISW");
    CHECK(find(*r, "avaient ni\u00e9", "les autorit\u00e9s russes")->negated);
  }
}
