// SPDX-License-Identifier: MIT
// English dates inside French articles (embedded tweets, quotes).
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: English dates in French articles") {
  CHECK(dates("— Agence X (@agencex) January 11, 2025") == strings{"January 11, 2025|DATE|2025-01-11"});
  CHECK(dates("Our team reached the border. pic.twitter.com/abc — Jane Doe (@jdoe) April 15, 2025") ==
        strings{"April 15, 2025|DATE|2025-04-15"});
  CHECK(dates("The convoy was attacked near the river on December 1.") == strings{"December 1|DATE|2024-12-01"});
  CHECK(dates("The talks will resume on June 3rd.") == strings{"June 3rd|DATE|2025-06-03"});
  // « mai 15 » is not French word order
  CHECK(dates("En mai 15 blessés ont été recensés.") == strings{"mai|DATE|2025-05"});
}
