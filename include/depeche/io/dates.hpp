// SPDX-License-Identifier: MIT
// JSON of temporal records: {"type","value","mod","from","to","begin","end","text"[,"freq"]}, through the generic serializer.
#ifndef DEPECHE_IO_DATES_HPP_INCLUDED
#define DEPECHE_IO_DATES_HPP_INCLUDED

#include <depeche/io/reflect.hpp>
#include <depeche/recognize/dates.hpp>

#include <boost/describe.hpp>
#include <boost/json.hpp>

#include <string_view>

namespace depeche::recognize {
BOOST_DESCRIBE_ENUM(timex_type, date, time, duration, set)
BOOST_DESCRIBE_STRUCT(temporal, (), (type, value, mod, from, to, begin, end, freq))
} // namespace depeche::recognize

namespace depeche::io {

template <>
struct json_fields<recognize::temporal> {
  /// `freq` only on SETs with a count (« deux fois par semaine » → 2X).
  static constexpr unsigned policy(std::string_view m) noexcept {
    return m == "freq" ? field::omit_if_default : field::always;
  }
};

/// The JSON object of a temporal record; `text` is exactly original[begin, end).
[[nodiscard]] inline boost::json::object to_json(recognize::temporal const& t, std::string_view original) {
  return std::move(to_value(t, reflect_options{original}).as_object());
}

} // namespace depeche::io

#endif
