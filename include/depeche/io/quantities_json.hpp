// SPDX-License-Identifier: MIT
// JSON output of the numbers and quantities layers (link depeche::io).
#ifndef DEPECHE_IO_QUANTITIES_JSON_HPP_INCLUDED
#define DEPECHE_IO_QUANTITIES_JSON_HPP_INCLUDED

#include <depeche/io/json.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>

#include <boost/json.hpp>

#include <cmath>
#include <optional>
#include <string_view>

namespace depeche::io {

/// A number as JSON: whole values as integers (« 12000 », not « 1.2E4 »), non-finite as null.
[[nodiscard]] inline boost::json::value number_json(double v) {
  if (!std::isfinite(v)) return nullptr;
  if (v == std::trunc(v) && std::fabs(v) < 9.0e15) return static_cast<std::int64_t>(v);
  return v;
}

[[nodiscard]] inline boost::json::value number_json(std::optional<double> v) {
  return v ? number_json(*v) : boost::json::value(nullptr);
}

/// `{"begin", "end", "text", "value", "kind"}` of a number.
[[nodiscard]] inline boost::json::object to_json(recognize::number_mention const& n, std::string_view original) {
  boost::json::object o;
  o.reserve(5);
  put_span(o, {n.begin, n.end}, original);
  o["value"] = number_json(n.value);
  o["kind"] = recognize::name(n.kind);
  if (n.relative_to != recognize::ordinal_base::start) o["relative_to"] = recognize::name(n.relative_to);
  return o;
}

/// `{"begin", "end", "text", "value", "low", "high", "qualifier", "unit", "dimension", "counted"[, "change"]}`.
[[nodiscard]] inline boost::json::object to_json(recognize::quantity const& q, std::string_view original) {
  boost::json::object o;
  o.reserve(11);
  put_span(o, {q.begin, q.end}, original);
  o["value"] = number_json(q.value);
  o["low"] = number_json(q.low);
  o["high"] = number_json(q.high);
  o["qualifier"] = recognize::name(q.qualifier);
  o["unit"] = q.unit ? boost::json::value(boost::json::string(*q.unit)) : boost::json::value(nullptr);
  o["dimension"] = name(q.dimension);
  o["counted"] = q.counted ? boost::json::value(json_text(*q.counted)) : boost::json::value(nullptr);
  if (q.change != recognize::quantity_change::none) o["change"] = recognize::name(q.change);
  return o;
}

} // namespace depeche::io

#endif
