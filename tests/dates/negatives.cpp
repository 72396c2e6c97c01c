// SPDX-License-Identifier: MIT
// What is not a date: model names, resolutions, page and room numbers, quantities, names.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: not dates") {
  SUBCASE("identifiers with digits") {
    CHECK(dates("Un obusier M-1978 Koksan a été détruit.").empty());
    CHECK(dates("Les soldats portent des fusils AK-47.").empty());
    CHECK(dates("Un missile KN-23 a frappé la capitale.").empty());
    CHECK(dates("Un Boeing 737 a dû atterrir en urgence.").empty());
    CHECK(dates("Le char T-72 reste le plus répandu.").empty());
  }
  SUBCASE("numbers that look like years") {
    CHECK(dates("La résolution 2397 interdit ces échanges.").empty());
    CHECK(dates("Le bilan s'élève à 2024 morts selon l'ONU.").empty());
    CHECK(dates("Près de 1500-2000 soldats ont été déployés.").empty());
    CHECK(dates("Le budget atteint 2 000 milliards de yens.").empty());
  }
  SUBCASE("room, page and line numbers") {
    CHECK(dates("Rendez-vous salle 214, au deuxième étage.").empty());
    CHECK(dates("Voir page 12 du rapport.").empty());
    CHECK(dates("Le bus 38 ne circule plus.").empty());
  }
  SUBCASE("fractions, scores and ratios") {
    CHECK(dates("Les 3/4 des électeurs ont voté.").empty());
    CHECK(dates("Le service fonctionne 24/7.").empty());
    CHECK(dates("Le PSG l'a emporté 3-1 face à Lyon.").empty());
  }
  SUBCASE("month names that are not months") {
    CHECK(dates("La sonde a atteint Mars après sept mois de voyage.") == strings{"sept mois|DURATION|P7M"});
    CHECK(dates("La chanteuse Avril Lavigne a annulé son concert.").empty());
    CHECK(dates("Sept personnes ont été blessées.").empty());
  }
  SUBCASE("newspapers and words") {
    CHECK(dates("Le quotidien Le Monde a révélé l'affaire.").empty());
    CHECK(dates("Un jour, il reviendra.").empty());
    CHECK(dates("Il faut mettre à jour le logiciel.").empty());
    CHECK(dates("Le premier ministre a parlé.").empty());
  }
}
