// SPDX-License-Identifier: MIT
// DateTime parser specs: spans and TIMEX values of dates, periods, durations, sets and times.
#include "conformance/datetime.hpp"

TEST_CASE("conformance: Recognizers-Text French DateTime parsers") {
  using depeche::conformance::datetime::file_spec;
  depeche::conformance::datetime::run_and_check({
      {"DateTime/DateParser.json", {"date"}, true},
      {"DateTime/DatePeriodParser.json", {"daterange"}, true},
      {"DateTime/DurationParser.json", {"duration"}, true},
      {"DateTime/SetParser.json", {"set"}, true},
      {"DateTime/TimeParser.json", {"time"}, true},
      {"DateTime/HolidayParser.json", {"date"}, true},
  });
}
