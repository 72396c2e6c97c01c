// SPDX-License-Identifier: MIT
// Times of day and combined date-times.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: clock times") {
  // a clock time alone is on the reference day (2025-05-01)
  CHECK(dates("Le conseil se réunira à 14h30 à l'Élysée.") == strings{"14h30|TIME|2025-05-01T14:30"});
  CHECK(dates("La conférence de presse est prévue à 14 h.") == strings{"14 h|TIME|2025-05-01T14:00"});
  CHECK(dates("Les tirs ont commencé vers 8 h du matin.") == strings{"vers 8 h du matin|TIME|2025-05-01T08:00|mod=APPROX"});
  CHECK(dates("Les cloches sonneront à midi.") == strings{"midi|TIME|2025-05-01T12:00"});
  CHECK(dates("Le couvre-feu commence à minuit.") == strings{"minuit|TIME|2025-05-01T00:00"});
  CHECK(dates("L'annonce sera faite à 16 heures CET.") == strings{"16 heures CET|TIME|2025-05-01T16:00+01:00"});
  CHECK(dates("Le train part à 7 heures du soir.") == strings{"7 heures du soir|TIME|2025-05-01T19:00"});
  CHECK(dates("Le vote est ouvert jusqu'à 20h.") == strings{"jusqu'à 20h|TIME|null|to=2025-05-01T20:00"});
  CHECK(dates("La réunion a duré de 9h à 17h.") == strings{"de 9h à 17h|TIME|2025-05-01|from=2025-05-01T09:00|to=2025-05-01T17:00"});
}

TEST_CASE("dates: a clock time without a reference date has no day") {
  CHECK(dates("Le conseil se réunira à 14h30 à l'Élysée.", nullptr) == strings{"14h30|TIME|T14:30"});
  CHECK(dates("La réunion a duré de 9h à 17h.", nullptr) == strings{"de 9h à 17h|TIME|null|from=T09:00|to=T17:00"});
  // nor when the caller asks for unanchored times (the convention of Recognizers-Text)
  depeche::recognize::dates const unanchored{depeche::grammar::calendar::french(), {.anchor_times = false}};
  CHECK(dates("Le conseil se réunira à 14h30 à l'Élysée.", "2025-05-01", unanchored) == strings{"14h30|TIME|T14:30"});
}

TEST_CASE("dates: date and time together") {
  CHECK(dates("Le 9 mai à 14h30, le défilé a commencé.") == strings{"9 mai à 14h30|TIME|2025-05-09T14:30"});
  CHECK(dates("L'explosion s'est produite hier à 17h45.") == strings{"hier à 17h45|TIME|2025-04-30T17:45"});
  CHECK(dates("Rendez-vous le 2 juin 2025, 10h00, devant la mairie.") ==
        strings{"2 juin 2025, 10h00|TIME|2025-06-02T10:00"});
}

TEST_CASE("dates: a bare number of hours is not a time") {
  // without a cue, « 24 heures » is an amount of time
  CHECK(dates("Il a fallu 24 heures pour éteindre l'incendie.") == strings{"24 heures|DURATION|PT24H"});
  CHECK(dates("Le score final est de 3 à 1.").empty());
}
