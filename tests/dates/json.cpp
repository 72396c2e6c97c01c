// SPDX-License-Identifier: MIT
// JSON of temporal records: the field names are a public contract.
#include <depeche/io/dates.hpp>

#include "dates/support.hpp"

#include <boost/json.hpp>

TEST_CASE("io: temporal records as JSON") {
  std::string const text = "Kiev dénonçait ces envois depuis octobre 2024, puis deux fois par semaine.";
  auto const found = depeche::test::temporals(text);
  REQUIRE(found.size() == 2);
  auto const o = depeche::io::to_json(found[0], text);
  auto const b = text.find("depuis");
  CHECK(boost::json::serialize(o) == R"({"type":"DATE","value":null,"mod":null,"from":"2024-10","to":null,"begin":)" +
                                         std::to_string(b) + R"(,"end":)" + std::to_string(b + 19) +
                                         R"(,"text":"depuis octobre 2024"})");
  auto const s = depeche::io::to_json(found[1], text);
  CHECK(s.at("type") == "SET");
  CHECK(s.at("value") == "P1W");
  CHECK(s.at("freq") == "2X");
}

TEST_CASE("io: offsets are original bytes") {
  // a non-breaking space and a typographic apostrophe are folded in the analysed text, not in the offsets
  std::string const text = "Il l\xE2\x80\x99" "a dit le 26\xC2\xA0" "avril 2025.";
  auto const found = depeche::test::temporals(text);
  REQUIRE(found.size() == 1);
  auto const o = depeche::io::to_json(found[0], text);
  CHECK(o.at("text") == "26\xC2\xA0" "avril 2025");
  CHECK(o.at("value") == "2025-04-26");
}
