// SPDX-License-Identifier: MIT
#include <depeche/io/reflect.hpp>

#include <doctest/doctest.h>

#include <limits>

namespace demo {
enum class unit_kind { length, money };
BOOST_DESCRIBE_ENUM(unit_kind, length, money)
struct amount {
  std::optional<double> value;
  unit_kind kind = unit_kind::length;
  std::uint32_t begin = 0, end = 0;
};
BOOST_DESCRIBE_STRUCT(amount, (), (value, kind, begin, end))
struct bundle {
  std::vector<amount> amounts;
  std::string label;
  bool hedged = false;
};
BOOST_DESCRIBE_STRUCT(bundle, (), (amounts, label, hedged))
} // namespace demo

TEST_CASE("io::to_value serializes described records with their original text") {
  std::string const original = "Ils ont parcouru 43 km.";
  demo::bundle b{{{43.0, demo::unit_kind::length, 17, 22}, {std::nullopt, demo::unit_kind::money, 0, 3}}, "x", true};
  auto const v = depeche::io::to_value(b, {original});
  CHECK(boost::json::serialize(v) ==
        R"({"amounts":[{"value":43,"kind":"length","begin":17,"end":22,"text":"43 km"},)"
        R"({"value":null,"kind":"money","begin":0,"end":3,"text":"Ils"}],"label":"x","hedged":true})");
}

TEST_CASE("io::to_value writes non-finite numbers as null and keeps output valid JSON") {
  demo::amount a{std::numeric_limits<double>::infinity(), demo::unit_kind::length, 0, 2};
  auto const v = depeche::io::to_value(a, {"\xFF\xFE"});
  CHECK(v.as_object().at("value").is_null());
  CHECK(v.as_object().at("text").as_string() == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
