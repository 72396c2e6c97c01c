// SPDX-License-Identifier: MIT
// JSON output of depeche records through Boost.JSON (link depeche::io, which brings Boost::json).
#ifndef DEPECHE_IO_JSON_HPP_INCLUDED
#define DEPECHE_IO_JSON_HPP_INCLUDED

#include <depeche/text/utf8.hpp>
#include <depeche/tokenize/token.hpp>

#include <boost/json.hpp>

#include <string>
#include <string_view>

namespace depeche::io {

/// A JSON string holding `bytes`. Valid UTF-8 is copied as is; malformed sequences (possible
/// only for documents prepared with invalid_utf8_policy::replace) are written as U+FFFD so
/// that the output stays valid JSON. Offsets are unaffected: they always count original bytes.
[[nodiscard]] inline boost::json::string json_text(std::string_view bytes) {
  if (!text::first_invalid(bytes)) return boost::json::string(bytes);
  std::string clean;
  clean.reserve(bytes.size() + 8);
  for (std::size_t i = 0; i < bytes.size();) {
    auto const d = text::decode(bytes, i);
    if (d.length == 0) {
      text::append_utf8(clean, text::replacement_character);
      i += d.invalid_length;
    } else {
      clean.append(bytes.substr(i, d.length));
      i += d.length;
    }
  }
  return boost::json::string(clean);
}

/// Adds `begin`, `end` and `text` (the original bytes) for a span to a JSON object.
inline void put_span(boost::json::object& o, span s, std::string_view original) {
  o["begin"] = s.begin;
  o["end"] = s.end;
  o["text"] = json_text(s.of(original));
}

/// `{"begin", "end", "text", "kind"}` of a token.
[[nodiscard]] inline boost::json::object to_json(tokenize::token const& t, std::string_view original) {
  boost::json::object o;
  o.reserve(4);
  put_span(o, t.original(), original);
  o["kind"] = tokenize::name(t.kind);
  return o;
}

/// `{"begin", "end", "text", "tokens": [first, last)}` of a sentence.
[[nodiscard]] inline boost::json::object to_json(tokenize::sentence const& s, std::string_view original) {
  boost::json::object o;
  o.reserve(4);
  put_span(o, s.original(), original);
  o["tokens"] = boost::json::array{s.first_token, s.last_token};
  return o;
}

/// Appends `v` to `out` as indented JSON (two spaces per level); scalars are written as
/// boost::json::serialize writes them.
inline void append_pretty(std::string& out, boost::json::value const& v, std::size_t indent = 0) {
  auto newline = [&](std::size_t level) {
    out.push_back('\n');
    out.append(level * 2, ' ');
  };
  if (auto const* o = v.if_object()) {
    if (o->empty()) {
      out += "{}";
      return;
    }
    out.push_back('{');
    bool first = true;
    for (auto const& kv : *o) {
      if (!first) out.push_back(',');
      first = false;
      newline(indent + 1);
      out += boost::json::serialize(boost::json::value(kv.key()));
      out += ": ";
      append_pretty(out, kv.value(), indent + 1);
    }
    newline(indent);
    out.push_back('}');
  } else if (auto const* a = v.if_array()) {
    if (a->empty()) {
      out += "[]";
      return;
    }
    out.push_back('[');
    bool first = true;
    for (auto const& x : *a) {
      if (!first) out.push_back(',');
      first = false;
      newline(indent + 1);
      append_pretty(out, x, indent + 1);
    }
    newline(indent);
    out.push_back(']');
  } else {
    out += boost::json::serialize(v);
  }
}

} // namespace depeche::io

#endif
