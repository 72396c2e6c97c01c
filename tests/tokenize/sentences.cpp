// SPDX-License-Identifier: MIT
#include <depeche/tokenize/sentences.hpp>

#include "support/fr.hpp"

#include <doctest/doctest.h>

using depeche::test::sentence_texts;
using depeche::test::strings;

TEST_CASE("tokenize::split_sentences") {
  SUBCASE("periods, abbreviations and initials") {
    CHECK(sentence_texts("M. Dupont est arrivé. Il a parlé au Dr Martin. Fin.") ==
          strings{"M. Dupont est arrivé.", "Il a parlé au Dr Martin.", "Fin."});
    CHECK(sentence_texts("Né en 63 av. J.-C. Auguste régna longtemps.") ==
          strings{"Né en 63 av. J.-C.", "Auguste régna longtemps."});
  }
  SUBCASE("quotes and question marks") {
    CHECK(sentence_texts("« Nous partirons. » Puis il s'est tu.") ==
          strings{"« Nous partirons. »", "Puis il s'est tu."});
    CHECK(sentence_texts("« Pourquoi ? » demande-t-il. Personne ne sait.") ==
          strings{"« Pourquoi ? » demande-t-il.", "Personne ne sait."});
  }
  SUBCASE("missing space after the final period") {
    CHECK(sentence_texts("Ils sont arrivés en février.Quelque 3 000 hommes.") ==
          strings{"Ils sont arrivés en février.", "Quelque 3 000 hommes."});
  }
  SUBCASE("ellipses") {
    CHECK(sentence_texts("Il hésite... puis repart. Enfin… Rien.") ==
          strings{"Il hésite... puis repart.", "Enfin…", "Rien."});
  }
  SUBCASE("lines without final punctuation are sentences of their own") {
    CHECK(sentence_texts("Titre de l'article\nPartager Facebook Twitter\n\n- intertitre -\nLe texte commence.") ==
          strings{"Titre de l'article", "Partager Facebook Twitter", "- intertitre -", "Le texte commence."});
  }
  SUBCASE("decimal numbers and dates do not split") {
    CHECK(sentence_texts("Il a gagné 3,5 % le 24.02.2025 à Paris.") == strings{"Il a gagné 3,5 % le 24.02.2025 à Paris."});
  }
}
