// SPDX-License-Identifier: MIT
// Absolute dates: day, month and year in words or digits, abbreviated months, weekdays.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: day, month and year") {
  SUBCASE("jour mois année") {
    CHECK(dates("Le traité a été signé le 26 avril 2025 à Moscou.") == strings{"26 avril 2025|DATE|2025-04-26"});
    CHECK(dates("Le défilé du 9 mai 2025 a rassemblé des milliers de soldats.") == strings{"9 mai 2025|DATE|2025-05-09"});
    CHECK(dates("Une réunion s'est tenue le 12 janvier, 2016 selon le communiqué.", "2016-11-07") ==
          strings{"12 janvier, 2016|DATE|2016-01-12"});
  }
  SUBCASE("premier du mois") {
    CHECK(dates("La réforme entre en vigueur le 1er janvier prochain.") == strings{"1er janvier prochain|DATE|2026-01-01"});
    CHECK(dates("Les prix ont augmenté au 1er janvier.") == strings{"1er janvier|DATE|2025-01-01"});
    CHECK(dates("Rendez-vous le premier mars 2026 au palais des congrès.") == strings{"premier mars 2026|DATE|2026-03-01"});
  }
  SUBCASE("jour de la semaine, jour et mois") {
    CHECK(dates("Le ministre s'est exprimé lundi 24 février devant les députés.") ==
          strings{"lundi 24 février|DATE|2025-02-24"});
    CHECK(dates("Publié le mercredi, 18 juin 2025 à 10h12") == strings{"mercredi, 18 juin 2025 à 10h12|TIME|2025-06-18T10:12"});
  }
  SUBCASE("mois et année") {
    CHECK(dates("La Corée du Nord a livré des obus en janvier 2025, selon Séoul.") == strings{"janvier 2025|DATE|2025-01"});
    CHECK(dates("Les combats ont repris au mois de mars 2024.") == strings{"mars 2024|DATE|2024-03"});
    CHECK(dates("Le contrat court jusqu'en juin 2023 inclus.") == strings{"jusqu'en juin 2023|DATE|null|to=2023-06"});
  }
  SUBCASE("année seule après une préposition") {
    CHECK(dates("Le pont avait été mis en service en 1959.") == strings{"1959|DATE|1959"});
    CHECK(dates("C'est trois fois plus qu'en 2023.") == strings{"2023|DATE|2023"});
    CHECK(dates("Les chiffres de l'année 2024 seront publiés plus tard.") == strings{"l'année 2024|DATE|2024"});
  }
  SUBCASE("dates en chiffres") {
    CHECK(dates("Accord conclu le 24/02/2025 à Genève.") == strings{"24/02/2025|DATE|2025-02-24"});
    CHECK(dates("Document daté du 24.02.25, classé secret.") == strings{"24.02.25|DATE|2025-02-24"});
    CHECK(dates("Mise à jour : 2025-03-07.") == strings{"2025-03-07|DATE|2025-03-07"});
    CHECK(dates("Rapport trimestriel (version 2025-03) publié par l'agence.") ==
          strings{"trimestriel|SET|P3M", "2025-03|DATE|2025-03"});
    CHECK(dates("Le paiement est attendu le 22/04 au plus tard.") == strings{"22/04|DATE|2025-04-22"});
  }
  SUBCASE("mois abrégés") {
    CHECK(dates("Bilan au 3 févr. 2025 : 12 morts.") == strings{"3 févr. 2025|DATE|2025-02-03"});
    CHECK(dates("Une hausse de 2 % en sept. 2024 a été constatée.") == strings{"sept. 2024|DATE|2024-09"});
    CHECK(dates("La mission a débuté le 22 avr. avec deux navires.") == strings{"22 avr.|DATE|2025-04-22"});
  }
  SUBCASE("sans année: celle de la date de référence") {
    CHECK(dates("Le Kremlin a confirmé le 26 avril la présence de ces troupes.") == strings{"26 avril|DATE|2025-04-26"});
    CHECK(dates("Le 24 avril dernier, un missile a frappé la capitale.") == strings{"24 avril dernier|DATE|2025-04-24"});
    // a past sentence about December, written in May: the previous December
    CHECK(dates("Kim Jong-un avait confirmé son engagement le 20 décembre.") == strings{"20 décembre|DATE|2024-12-20"});
    // a future sentence about March, written in May: next March
    CHECK(dates("Le sommet se tiendra le 12 mars à Bruxelles.") == strings{"12 mars|DATE|2026-03-12"});
  }
  SUBCASE("sans date de référence: XXXX") {
    CHECK(dates("Le Kremlin a confirmé le 26 avril la présence de ces troupes.", nullptr) ==
          strings{"26 avril|DATE|XXXX-04-26"});
    CHECK(dates("Les troupes ont été vues en mars près de Koursk.", nullptr) == strings{"mars|DATE|XXXX-03"});
  }
}

TEST_CASE("dates: holidays") {
  CHECK(dates("Les négociations reprendront après Noël.") == strings{"après Noël|DATE|2025-12-25|mod=AFTER"});
  CHECK(dates("Le cessez-le-feu a été rompu le jour de Noël 2024.") == strings{"jour de Noël 2024|DATE|2024-12-25"});
  CHECK(dates("Le défilé du 14 juillet a été annulé.") == strings{"14 juillet|DATE|2025-07-14"});
  CHECK(dates("Les écoles ferment à la Toussaint.") == strings{"Toussaint|DATE|2025-11-01"});
  CHECK(dates("Le lundi de Pâques 2025 est férié.") == strings{"lundi de Pâques 2025|DATE|2025-04-21"});
  CHECK(dates("Les files se sont allongées avant la Pentecôte 2024.") ==
        strings{"avant la Pentecôte 2024|DATE|2024-05-19|mod=BEFORE"});
  CHECK(dates("Un rassemblement est prévu pour la fête des mères 2024.") == strings{"fête des mères 2024|DATE|2024-05-26"});
}
