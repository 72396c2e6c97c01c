// SPDX-License-Identifier: MIT
// Partial and fuzzy expressions: beginning, middle, end of a period, seasons, quarters, decades, centuries.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: start, middle, end") {
  CHECK(dates("Les livraisons ont commencé début mars.") == strings{"début mars|DATE|2025-03|mod=START"});
  CHECK(dates("Le contrat expire fin 2023.") == strings{"fin 2023|DATE|2023|mod=END"});
  CHECK(dates("L'enquête a été publiée mi-avril 2025.") == strings{"mi-avril 2025|DATE|2025-04|mod=MID"});
  CHECK(dates("Le rapport est attendu courant 2024.") == strings{"courant 2024|DATE|2024"});
  CHECK(dates("Les réserves seront épuisées à la fin de l'année.") == strings{"fin de l'année|DATE|2025|mod=END"});
  CHECK(dates("Le projet a été lancé au début de l'année dernière.") ==
        strings{"début de l'année dernière|DATE|2024|mod=START"});
  CHECK(dates("Les premiers résultats sont attendus en fin de semaine.") ==
        strings{"fin de semaine|DATE|2025-W18|mod=END"});
  CHECK(dates("Une nouvelle vague est redoutée à la mi-novembre.") == strings{"mi-novembre|DATE|2025-11|mod=MID"});
}

TEST_CASE("dates: seasons") {
  CHECK(dates("L'offensive pourrait reprendre au printemps.") == strings{"printemps|DATE|2025-SP"});
  CHECK(dates("Cet hiver a été particulièrement meurtrier.") == strings{"Cet hiver|DATE|2024-WI"});
  CHECK(dates("La contre-offensive de l'été 2023 a échoué.") == strings{"l'été 2023|DATE|2023-SU"});
  CHECK(dates("Les prix ont flambé l'automne dernier.") == strings{"l'automne dernier|DATE|2024-FA"});
}

TEST_CASE("dates: quarters, halves, fortnights") {
  CHECK(dates("Le PIB a reculé au premier trimestre.") == strings{"premier trimestre|DATE|2025-Q1"});
  CHECK(dates("Les ventes du troisième trimestre 2024 sont en hausse.") == strings{"troisième trimestre 2024|DATE|2024-Q3"});
  CHECK(dates("Le premier semestre a été difficile pour le secteur.") == strings{"Le premier semestre|DATE|2025-H1"});
  CHECK(dates("Les résultats du T1 2025 déçoivent les analystes.") == strings{"T1 2025|DATE|2025-Q1"});
  CHECK(dates("Les travaux ont eu lieu la première quinzaine d'avril.") ==
        strings{"la première quinzaine d'avril|DATE|2025-04|from=2025-04-01|to=2025-04-15"});
  CHECK(dates("Des coupures sont prévues durant la seconde quinzaine de juillet 2025.") ==
        strings{"la seconde quinzaine de juillet 2025|DATE|2025-07|from=2025-07-16|to=2025-07-31"});
}

TEST_CASE("dates: decades and centuries") {
  CHECK(dates("Ces fusils datent des années 1960.") == strings{"années 1960|DATE|196X"});
  CHECK(dates("La mode des années 80 revient.") == strings{"années 80|DATE|198X"});
  CHECK(dates("Le XXe siècle a connu deux guerres mondiales.") == strings{"Le XXe siècle|DATE|19XX"});
  CHECK(dates("Une église construite au XIIe siècle a été endommagée.") == strings{"XIIe siècle|DATE|11XX"});
  CHECK(dates("Les défis du 21e siècle sont immenses.") == strings{"21e siècle|DATE|20XX"});
}
