// SPDX-License-Identifier: MIT
// The DateTime model spec: every entity of each case, with its TIMEX values.
#include "conformance/datetime.hpp"

TEST_CASE("conformance: Recognizers-Text French DateTimeModel") {
  depeche::conformance::datetime::run_and_check({
      {"DateTime/DateTimeModel.json", {}, true},
  });
}
