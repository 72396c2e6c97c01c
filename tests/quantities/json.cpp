// SPDX-License-Identifier: MIT
#include <depeche/io/quantities_json.hpp>

#include "support/quantities.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("io: numbers and quantities as JSON") {
  std::string const s = "Près de 540 millions de dollars et 12\u00A0000 soldats.";
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  depeche::recognize::analysis a(*doc);
  auto const qs = depeche::recognize::quantities{}.find(a.view());
  REQUIRE(qs.size() == 2);
  auto const o = depeche::io::to_json(qs[0], s);
  CHECK(o.at("text").as_string() == "Près de 540 millions de dollars");
  CHECK(o.at("value").as_int64() == 540000000);
  CHECK(o.at("low").is_null());
  CHECK(o.at("qualifier").as_string() == "approximately");
  CHECK(o.at("unit").as_string() == "USD");
  CHECK(o.at("dimension").as_string() == "currency");
  CHECK(o.at("counted").is_null());
  CHECK_FALSE(o.contains("change"));
  auto const p = depeche::io::to_json(qs[1], s);
  CHECK(p.at("text").as_string() == "12\u00A0000 soldats");
  CHECK(p.at("counted").as_string() == "soldats");
  CHECK(p.at("unit").is_null());
  auto const ns = depeche::recognize::numbers{}.find(a.view());
  REQUIRE(ns.size() == 2);
  auto const n = depeche::io::to_json(ns[1], s);
  CHECK(n.at("value").as_int64() == 12000);
  CHECK(n.at("kind").as_string() == "cardinal");
  CHECK(depeche::io::to_json(depeche::recognize::number_mention{0, 3, 3.5, depeche::recognize::number_kind::decimal}, "3,5")
            .at("value")
            .as_double() == 3.5);
}
