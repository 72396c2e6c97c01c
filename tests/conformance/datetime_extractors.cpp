// SPDX-License-Identifier: MIT
// DateTime extractor specs: spans of dates, periods, durations, sets, holidays and times.
#include "conformance/datetime.hpp"

TEST_CASE("conformance: Recognizers-Text French DateTime extractors") {
  using depeche::conformance::datetime::file_spec;
  depeche::conformance::datetime::run_and_check({
      {"DateTime/DateExtractor.json", {"date"}},
      {"DateTime/DatePeriodExtractor.json", {"daterange"}},
      {"DateTime/DurationExtractor.json", {"duration"}},
      {"DateTime/SetExtractor.json", {"set"}},
      {"DateTime/HolidayExtractor.json", {"date"}},
      {"DateTime/TimeExtractor.json", {"time"}},
  });
}
