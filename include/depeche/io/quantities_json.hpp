// SPDX-License-Identifier: MIT
// JSON of the numbers and quantities layers, through the generic Boost.Describe serializer (link depeche::io).
#ifndef DEPECHE_IO_QUANTITIES_JSON_HPP_INCLUDED
#define DEPECHE_IO_QUANTITIES_JSON_HPP_INCLUDED

#include <depeche/io/reflect.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>

#include <boost/describe.hpp>
#include <boost/json.hpp>

#include <cmath>
#include <optional>
#include <string_view>

// The enums keep their JSON names (`name(e)`); describing their enumerators lets JSON be read back.
namespace depeche {
BOOST_DESCRIBE_ENUM(dimension, number, count, length, area, volume, mass, temperature, speed, power, energy, data,
                    frequency, pressure, angle, duration, currency, percentage)
} // namespace depeche

namespace depeche::recognize {
BOOST_DESCRIBE_ENUM(number_kind, cardinal, ordinal, fraction, decimal, multiplier)
BOOST_DESCRIBE_ENUM(ordinal_base, start, current, end)
BOOST_DESCRIBE_ENUM(quantity_qualifier, exact, approximately, more_than, less_than, at_least, at_most, range, vague)
BOOST_DESCRIBE_ENUM(quantity_change, none, increase, decrease)
BOOST_DESCRIBE_STRUCT(number_mention, (), (begin, end, value, kind, relative_to))
BOOST_DESCRIBE_STRUCT(quantity, (), (begin, end, value, low, high, qualifier, unit, dimension, counted, change))
} // namespace depeche::recognize

namespace depeche::io {

template <>
struct json_fields<recognize::number_mention> {
  /// `relative_to` only for relative ordinals (« dernier », « prochain »).
  static constexpr unsigned policy(std::string_view m) noexcept {
    return m == "relative_to" ? field::omit_if_default : field::always;
  }
};

template <>
struct json_fields<recognize::quantity> {
  /// `change` only when the text attaches one (« en hausse de 3 % »).
  static constexpr unsigned policy(std::string_view m) noexcept {
    return m == "change" ? field::omit_if_default : field::always;
  }
};

/// A number as JSON: whole values as integers (« 12000 », not « 1.2E4 »), non-finite as null.
[[nodiscard]] inline boost::json::value number_json(double v) { return to_value(v); }

[[nodiscard]] inline boost::json::value number_json(std::optional<double> v) { return to_value(v); }

/// `{"begin", "end", "text", "value", "kind"[, "relative_to"]}` of a number.
[[nodiscard]] inline boost::json::object to_json(recognize::number_mention const& n, std::string_view original) {
  return std::move(to_value(n, reflect_options{original}).as_object());
}

/// `{"begin", "end", "text", "value", "low", "high", "qualifier", "unit", "dimension", "counted"[, "change"]}`.
[[nodiscard]] inline boost::json::object to_json(recognize::quantity const& q, std::string_view original) {
  return std::move(to_value(q, reflect_options{original}).as_object());
}

} // namespace depeche::io

#endif
