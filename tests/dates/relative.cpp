// SPDX-License-Identifier: MIT
// Expressions relative to the reference date: deictic days, weekdays, relative periods, offsets.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

// The reference date of these tests, 2025-05-01, is a Thursday (ISO week 18).

TEST_CASE("dates: deictic days") {
  CHECK(dates("Aujourd'hui, la ville est calme.") == strings{"Aujourd'hui|DATE|2025-05-01"});
  CHECK(dates("Le ministre a démissionné hier.") == strings{"hier|DATE|2025-04-30"});
  CHECK(dates("Les résultats seront connus demain.") == strings{"demain|DATE|2025-05-02"});
  CHECK(dates("L'attaque a eu lieu avant-hier dans la nuit.") == strings{"avant-hier|DATE|2025-04-29"});
  CHECK(dates("Le vote aura lieu après-demain.") == strings{"après-demain|DATE|2025-05-03"});
  CHECK(dates("Hier soir, des explosions ont été entendues.") == strings{"Hier soir|TIME|2025-04-30TEV"});
  CHECK(dates("Le président s'exprimera ce soir à la télévision.") == strings{"ce soir|TIME|2025-05-01TEV"});
  CHECK(dates("Les sirènes ont retenti demain matin à 6 heures.") ==
        strings{"demain matin à 6 heures|TIME|2025-05-02T06:00"});
}

TEST_CASE("dates: weekdays in news") {
  SUBCASE("the most recent one, on or before the reference date") {
    CHECK(dates("L'état-major a annoncé mardi l'envoi de renforts.") == strings{"mardi|DATE|2025-04-29"});
    CHECK(dates("Des informations révélées jeudi par l'armée.") == strings{"jeudi|DATE|2025-05-01"});
    CHECK(dates("Le texte a été adopté vendredi à l'unanimité.") == strings{"vendredi|DATE|2025-04-25"});
  }
  SUBCASE("the tense says otherwise") {
    CHECK(dates("Le Parlement votera vendredi sur ce texte.") == strings{"vendredi|DATE|2025-05-02"});
    CHECK(dates("Les négociations reprendront lundi à Genève.") == strings{"lundi|DATE|2025-05-05"});
  }
  SUBCASE("dernier, prochain, ce") {
    CHECK(dates("Il est arrivé jeudi dernier à Kiev.") == strings{"jeudi dernier|DATE|2025-04-24"});
    CHECK(dates("La conférence s'ouvrira mardi prochain.") == strings{"mardi prochain|DATE|2025-05-06"});
    CHECK(dates("Ce samedi, les manifestants se rassembleront place de la République.") ==
          strings{"Ce samedi|DATE|2025-05-03"});
    CHECK(dates("Il partira mercredi de la semaine prochaine.") ==
          strings{"mercredi de la semaine prochaine|DATE|2025-05-07"});
  }
  SUBCASE("weekday with a time or a part of the day") {
    CHECK(dates("Le sommet s'est achevé lundi à 18h.") == strings{"lundi à 18h|TIME|2025-04-28T18:00"});
    CHECK(dates("Les frappes ont visé la ville dimanche soir.") == strings{"dimanche soir|TIME|2025-04-27TEV"});
  }
}

TEST_CASE("dates: relative periods") {
  CHECK(dates("La production a baissé l'an dernier.") == strings{"l'an dernier|DATE|2024"});
  CHECK(dates("Les pertes ont augmenté de 15 % par rapport à l'année précédente.") ==
        strings{"l'année précédente|DATE|2024"});
  CHECK(dates("Les combats se sont intensifiés la semaine dernière.") == strings{"la semaine dernière|DATE|2025-W17"});
  CHECK(dates("Une nouvelle livraison est attendue le mois prochain.") == strings{"le mois prochain|DATE|2025-06"});
  CHECK(dates("Les chiffres de cette année sont meilleurs.") == strings{"cette année|DATE|2025"});
  CHECK(dates("Le budget de ce mois-ci est épuisé.") == strings{"ce mois-ci|DATE|2025-05"});
  CHECK(dates("Les élections auront lieu l'année prochaine.") == strings{"l'année prochaine|DATE|2026"});
  CHECK(dates("Le centre restera fermé ce week-end.") == strings{"ce week-end|DATE|2025-W18-WE"});
}

TEST_CASE("dates: offsets") {
  CHECK(dates("Les premiers soldats sont arrivés il y a trois semaines.") ==
        strings{"il y a trois semaines|DATE|2025-W15"});
  CHECK(dates("L'usine a fermé il y a deux ans.") == strings{"il y a deux ans|DATE|2023"});
  CHECK(dates("Il a été libéré il y a cinq jours.") == strings{"il y a cinq jours|DATE|2025-04-26"});
  CHECK(dates("Le chantier sera terminé dans deux ans.") == strings{"dans deux ans|DATE|2027"});
  CHECK(dates("Une décision est attendue dans trois jours.") == strings{"dans trois jours|DATE|2025-05-04"});
  CHECK(dates("Le pont devrait être achevé d'ici deux ans.") == strings{"d'ici deux ans|DATE|null|to=2027"});
  CHECK(dates("Il s'agit d'atteindre la neutralité d'ici 2050.") == strings{"d'ici 2050|DATE|null|to=2050"});
  SUBCASE("anaphoric: counted from an event, unknown without a date") {
    CHECK(dates("Une scène survenue dix jours après l'officialisation de l'accord.") ==
          strings{"dix jours après|DATE|XXXX-XX-XX"});
    CHECK(dates("L'accord a été signé dix jours après le 9 mai.") == strings{"dix jours après le 9 mai|DATE|2025-05-19"});
  }
  SUBCASE("anaphoric: counted from the last date of the text") {
    CHECK(dates("Le blessé a été hospitalisé le 3 mars. Il est mort le lendemain.") ==
          strings{"3 mars|DATE|2025-03-03", "lendemain|DATE|2025-03-04"});
    CHECK(dates("L'accord a été signé le 12 avril. Deux semaines plus tard, il était rompu.") ==
          strings{"12 avril|DATE|2025-04-12", "Deux semaines plus tard|DATE|2025-04-26"});
  }
}
