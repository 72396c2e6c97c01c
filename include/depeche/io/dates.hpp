// SPDX-License-Identifier: MIT
// JSON of temporal records: {"type","value","mod","from","to","begin","end","text"[,"freq"]}.
#ifndef DEPECHE_IO_DATES_HPP_INCLUDED
#define DEPECHE_IO_DATES_HPP_INCLUDED

#include <depeche/io/json.hpp>
#include <depeche/recognize/dates.hpp>

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace depeche::io {

/// The JSON object of a temporal record; `text` is exactly original[begin, end).
[[nodiscard]] inline boost::json::object to_json(recognize::temporal const& t, std::string_view original) {
  auto opt = [](std::optional<std::string> const& s) -> boost::json::value {
    if (!s) return nullptr;
    return boost::json::string(*s);
  };
  boost::json::object o;
  o.reserve(9);
  o["type"] = recognize::name(t.type);
  o["value"] = opt(t.value);
  o["mod"] = opt(t.mod);
  o["from"] = opt(t.from);
  o["to"] = opt(t.to);
  put_span(o, span{t.begin, t.end}, original);
  if (t.freq) o["freq"] = *t.freq;
  return o;
}

} // namespace depeche::io

#endif
