// SPDX-License-Identifier: MIT
#include <depeche/claims/boilerplate.hpp>

#include <depeche/recognize/context.hpp>

#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

struct classified {
  std::string text;
  depeche::claims::furniture kind;
};

std::vector<classified> classify(std::string const& raw) {
  auto doc = depeche::text::prepare(raw);
  REQUIRE(doc);
  depeche::recognize::analysis an(*doc);
  auto const ctx = an.view();
  std::vector<classified> out;
  for (auto const& l : depeche::claims::boilerplate_detector{}.classify(ctx.folded, ctx.tokens))
    out.push_back({std::string(raw.substr(l.begin, l.end - l.begin)), l.kind});
  return out;
}

depeche::claims::furniture kind_of(std::vector<classified> const& lines, std::string_view text) {
  for (auto const& l : lines)
    if (l.text == text) return l.kind;
  FAIL("line not found: " << text);
  return depeche::claims::furniture::none;
}

} // namespace

TEST_CASE("claims::boilerplate_detector on a news page") {
  using depeche::claims::furniture;
  std::string const page =
      "Le Courrier du Matin\n"
      "  • Accueil\n  • Politique\n  • Monde\n"
      "Le Courrier du Matin\n"
      "Partager Facebook Twitter LinkedIn E-mail\n"
      "jeudi, 6 mars\n"
      "Par Jeanne Roux, publié le 6 mars 2025\n"
      "4 Min Temps de lecture\n\n"
      "Les prix de l'énergie reculent de 12 % en février\n\n"
      "Selon l'Insee, les prix de l'énergie ont reculé de 12 % sur un an en février, une première depuis 2021.\n\n"
      "Une baisse portée par le gaz\n\n"
      "Le gaz naturel a perdu près d'un quart de sa valeur, a précisé l'institut dans une note publiée jeudi.\n\n"
      "À lire aussi\n"
      "Carburants : le gazole sous 1,60 euro\n"
      "mercredi, 5 mars\n"
      "Électricité : ce qui change au 1er février\n\n"
      "Abonnez-vous à notre newsletter\n"
      "Nous utilisons des cookies pour améliorer votre expérience.\n"
      "À propos\n"
      "Le Courrier du Matin est un quotidien régional indépendant fondé en 1946 à Besançon.\n"
      "© 2025 Tous droits réservés\n";
  auto const lines = classify(page);
  CHECK(kind_of(lines, "• Accueil") == furniture::menu);
  CHECK(kind_of(lines, "Partager Facebook Twitter LinkedIn E-mail") == furniture::share);
  CHECK(kind_of(lines, "jeudi, 6 mars") == furniture::byline);
  CHECK(kind_of(lines, "Par Jeanne Roux, publié le 6 mars 2025") == furniture::byline);
  CHECK(kind_of(lines, "4 Min Temps de lecture") != furniture::none);
  CHECK(kind_of(lines, "Carburants : le gazole sous 1,60 euro") == furniture::related);
  CHECK(kind_of(lines, "Électricité : ce qui change au 1er février") == furniture::related);
  CHECK(kind_of(lines, "Abonnez-vous à notre newsletter") == furniture::notice);
  CHECK(kind_of(lines, "Nous utilisons des cookies pour améliorer votre expérience.") == furniture::notice);
  CHECK(kind_of(lines, "Le Courrier du Matin est un quotidien régional indépendant fondé en 1946 à Besançon.") ==
        furniture::footer);
  // the article itself: headline, intertitle and prose
  CHECK(kind_of(lines, "Les prix de l'énergie reculent de 12 % en février") == furniture::none);
  CHECK(kind_of(lines, "Une baisse portée par le gaz") == furniture::none);
  CHECK(kind_of(lines,
                "Selon l'Insee, les prix de l'énergie ont reculé de 12 % sur un an en février, une première depuis 2021.") ==
        furniture::none);
}

TEST_CASE("claims::boilerplate_detector keeps a page without furniture intact") {
  auto const lines = classify("Le Parlement a adopté mardi le budget.\n\nLe texte prévoit 3 milliards d'euros d'économies, "
                              "a indiqué le rapporteur.\n");
  for (auto const& l : lines) CHECK(l.kind == depeche::claims::furniture::none);
}

TEST_CASE("claims::boilerplate_detector on the seed pages") {
  for (auto const& s : depeche::test::seeds()) {
    auto const lines = classify(s.text);
    std::size_t flagged = 0, share = 0, related = 0;
    for (auto const& l : lines) {
      flagged += l.kind != depeche::claims::furniture::none;
      share += l.kind == depeche::claims::furniture::share;
      related += l.kind == depeche::claims::furniture::related;
      // share-button lines are always caught
      if (l.text.starts_with("Partager Facebook")) CHECK(l.kind == depeche::claims::furniture::share);
      if (l.text == "Related Posts" || l.text == "À regarder") CHECK(l.kind == depeche::claims::furniture::related);
    }
    MESSAGE(s.name << ": " << lines.size() << " lines, " << flagged << " furniture");
    CHECK(flagged < lines.size());  // the article body survives
  }
}
