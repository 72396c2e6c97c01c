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
  SUBCASE("a short line is a sentence; a long line of prose may wrap onto the next") {
    CHECK(sentence_texts("Le Journal du Soir\nmardi, 3 juin Politique\n") ==
          strings{"Le Journal du Soir", "mardi, 3 juin Politique"});
    CHECK(sentence_texts("Les négociations entre les deux délégations se sont poursuivies\njusque tard dans la "
                         "nuit, selon un diplomate.") ==
          strings{"Les négociations entre les deux délégations se sont poursuivies\njusque tard dans la nuit, selon "
                  "un diplomate."});
    CHECK(sentence_texts("Le ministre a rencontré le\nPrésident ukrainien, hier,\nà Kiev.") ==
          strings{"Le ministre a rencontré le\nPrésident ukrainien, hier,\nà Kiev."});
    CHECK(sentence_texts("Une longue phrase de prose qui se poursuit mais que suit un paragraph\n\nsans majuscule.") ==
          strings{"Une longue phrase de prose qui se poursuit mais que suit un paragraph", "sans majuscule."});
  }
  SUBCASE("semicolons before a sentence starter") {
    CHECK(sentence_texts("Trois blessés ont été évacués ; Les secours sont restés sur place.") ==
          strings{"Trois blessés ont été évacués ;", "Les secours sont restés sur place."});
    CHECK(sentence_texts("Trois blessés ont été évacués ; les secours sont restés ; Paris a réagi.") ==
          strings{"Trois blessés ont été évacués ; les secours sont restés ; Paris a réagi."});
  }
  SUBCASE("straight quotes open or close") {
    CHECK(sentence_texts("Il a prévenu : \"Nous ne céderons pas.\" Puis il est parti.") ==
          strings{"Il a prévenu : \"Nous ne céderons pas.\"", "Puis il est parti."});
    CHECK(sentence_texts("Le texte est adopté. \"Une victoire\", dit-elle.") ==
          strings{"Le texte est adopté.", "\"Une victoire\", dit-elle."});
    CHECK(sentence_texts("Il cite : \" Nous resterons. Rien ne change. \" Fin de la citation.") ==
          strings{"Il cite : \" Nous resterons.", "Rien ne change. \"", "Fin de la citation."});
  }
  SUBCASE("initials, acronyms and abbreviations that are also words") {
    CHECK(sentence_texts("Le royaume passe à Louis I. Il meurt jeune.") ==
          strings{"Le royaume passe à Louis I.", "Il meurt jeune."});
    CHECK(sentence_texts("Le film est signé J.R. Martin et sort demain.") ==
          strings{"Le film est signé J.R. Martin et sort demain."});
    CHECK(sentence_texts("Il cite les rapports de l'O.N.U. Moscou dément.") ==
          strings{"Il cite les rapports de l'O.N.U.", "Moscou dément."});
    CHECK(sentence_texts("Ils étaient sept. Puis huit. La réunion du mer. 4 juin est annulée.") ==
          strings{"Ils étaient sept.", "Puis huit.", "La réunion du mer. 4 juin est annulée."});
    CHECK(sentence_texts("M. Le Maire a parlé à Mme La Fontaine.") == strings{"M. Le Maire a parlé à Mme La Fontaine."});
  }
  SUBCASE("omissions and lost capitals") {
    CHECK(sentence_texts("« Nous avons tout essayé (...) sans succès », dit-il.") ==
          strings{"« Nous avons tout essayé (...) sans succès », dit-il."});
    CHECK(sentence_texts("Il cite un rapport (...). Le reste suit.") == strings{"Il cite un rapport (...).", "Le reste suit."});
    CHECK(sentence_texts("La séance est levée. il est minuit.") == strings{"La séance est levée.", "il est minuit."});
    CHECK(sentence_texts("Les troupes sont en Ukraine. selon Kiev, elles avancent.") ==
          strings{"Les troupes sont en Ukraine. selon Kiev, elles avancent."});
    CHECK(sentence_texts("Vraiment ? demande-t-elle. Oui !") == strings{"Vraiment ? demande-t-elle.", "Oui !"});
  }
  SUBCASE("decimal numbers and dates do not split") {
    CHECK(sentence_texts("Il a gagné 3,5 % le 24.02.2025 à Paris.") == strings{"Il a gagné 3,5 % le 24.02.2025 à Paris."});
  }
}
