// SPDX-License-Identifier: MIT
#include <depeche/recognize/conjugate.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>

namespace {

namespace rec = depeche::recognize;

/// form → verb_form bits of every cell it fills, for the persons kept by `keep`.
template <class Keep>
std::map<std::string, std::uint16_t> forms(std::string_view lemma, rec::verb_parts const& parts, Keep keep) {
  std::map<std::string, std::uint16_t> m;
  rec::conjugate(lemma, parts, [&](std::string f, rec::inflection i, std::uint8_t person) {
    if (keep(person)) m[f] = static_cast<std::uint16_t>(m[f] | rec::verb_form::of(i));
  });
  return m;
}

std::map<std::string, std::uint16_t> all(std::string_view lemma, rec::verb_parts const& parts = {}) {
  return forms(lemma, parts, [](std::uint8_t) { return true; });
}

std::map<std::string, std::uint16_t> third(std::string_view lemma, rec::verb_parts const& parts = {}) {
  std::map<std::string, std::uint16_t> m;
  rec::conjugate_third_person(lemma, parts, [&](std::string f, std::uint16_t bits) {
    m[f] = static_cast<std::uint16_t>(m[f] | bits);
  });
  return m;
}

bool has(std::map<std::string, std::uint16_t> const& m, std::string const& f, std::uint16_t bits) {
  auto const it = m.find(f);
  return it != m.end() && (it->second & bits) == bits;
}

} // namespace

TEST_CASE("recognize::conjugate first group with spelling changes") {
  namespace vf = rec::verb_form;
  auto const deployer = all("déployer");
  CHECK(has(deployer, "déploie", vf::present | vf::subjunctive));
  CHECK(has(deployer, "déployons", vf::present));
  CHECK(has(deployer, "déploieront", vf::future));
  CHECK_FALSE(deployer.contains("déployera"));
  auto const annoncer = all("annoncer");
  CHECK(has(annoncer, "annonçait", vf::imperfect));
  CHECK(has(annoncer, "annonçons", vf::present));
  CHECK(has(annoncer, "annoncions", vf::imperfect | vf::subjunctive));
  CHECK(has(annoncer, "annoncèrent", vf::simple_past));
  CHECK(has(annoncer, "annonçant", vf::gerund));
  CHECK(has(all("engager"), "engageaient", vf::imperfect));
  auto const reveler = all("révéler");
  CHECK(has(reveler, "révèle", vf::present));
  CHECK(has(reveler, "révélons", vf::present));
  CHECK(has(reveler, "révélera", vf::future));
  CHECK(has(reveler, "révèlera", vf::future));  // 1990 spelling
  CHECK(has(all("appeler"), "appellera", vf::future));
  CHECK(has(all("lever"), "lèvent", vf::present));
  CHECK(has(all("acheter"), "achète", vf::present));
  CHECK(has(all("marteler"), "martèle", vf::present));
  CHECK_FALSE(all("marteler").contains("martelle"));
  CHECK(has(all("interpeller"), "interpelle", vf::present));
  auto const payer = all("payer");
  CHECK(has(payer, "paie", vf::present));
  CHECK(has(payer, "paye", vf::present));
  CHECK(has(all("tuer"), "tuées", vf::participle));
  CHECK(has(all("affirmer"), "affirmer", vf::infinitive));
}

TEST_CASE("recognize::conjugate second group and principal parts") {
  namespace vf = rec::verb_form;
  auto const fournir = all("fournir");
  CHECK(has(fournir, "fournit", vf::present | vf::simple_past));
  CHECK(has(fournir, "fournissons", vf::present));
  CHECK(has(fournir, "fournisse", vf::subjunctive));
  CHECK(has(fournir, "fournira", vf::future));
  CHECK(has(fournir, "fournies", vf::participle));
  rec::verb_parts const dire{"dit", "disent", "dis", "dit", "dirent", "dir", "dit"};
  auto const d = third("dire", dire);
  CHECK(has(d, "dit", vf::present | vf::simple_past | vf::participle));
  CHECK(has(d, "dise", vf::subjunctive));
  CHECK(has(d, "disait", vf::imperfect));
  CHECK(has(d, "diraient", vf::conditional));
  CHECK(has(d, "dites", vf::participle));
  CHECK(has(d, "disant", vf::gerund));
  CHECK(all("prendre").empty());  // irregular without principal parts: nothing guessed
}

TEST_CASE("recognize::conjugate_third_person keeps what reported speech uses") {
  namespace vf = rec::verb_form;
  auto const t = third("affirmer");
  CHECK(has(t, "affirme", vf::present | vf::subjunctive));
  CHECK(has(t, "affirment", vf::present));
  CHECK(has(t, "affirmerait", vf::conditional));
  CHECK(has(t, "affirmant", vf::gerund));
  CHECK_FALSE(t.contains("affirmons"));
  CHECK_FALSE(t.contains("affirmez"));
  CHECK_FALSE(t.contains("affirmais"));
  // every third-person form is a form of the full paradigm with the same bits
  auto const a = all("affirmer");
  for (auto const& [f, bits] : t) CHECK(has(a, f, bits));
}
