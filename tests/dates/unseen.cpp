// SPDX-License-Identifier: MIT
// Errors found on original news articles (tests/data/unseen), each checked on new sentences.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: a race time is no time of day") {
  CHECK(dates("Il a franchi la ligne en 2 h 11 min 04 s.").empty());
  CHECK(dates("Elle s'est qualifiée après 1 h 52 min de jeu.").empty());
  CHECK(dates("La réunion a commencé à 14 h 30.") == strings{"14 h 30|TIME|T14:30"});
}

TEST_CASE("dates: open intervals on a weekday lie ahead when no tense says otherwise") {
  // the reference, 2025-05-01, is a Thursday
  CHECK(dates("Les routes restent fermées jusqu'à samedi.") == strings{"jusqu'à samedi|DATE|null|to=2025-05-03"});
  CHECK(dates("À partir de lundi, les bus circulent normalement.") ==
        strings{"À partir de lundi|DATE|null|from=2025-05-05"});
  // a past tense still wins
  CHECK(dates("Il avait été hospitalisé jusqu'à mardi.") == strings{"jusqu'à mardi|DATE|null|to=2025-04-29"});
}

TEST_CASE("dates: forward modals point ahead") {
  CHECK(dates("Le verdict pourrait tomber mardi.") == strings{"mardi|DATE|2025-05-06"});
}

TEST_CASE("dates: the minutes of a race time are no duration of their own") {
  CHECK(dates("Le vainqueur a couru en 2 h 09 min 55 s.").empty());
  CHECK(dates("La pause a duré 20 min.") == strings{"20 min|DURATION|PT20M"});
}
