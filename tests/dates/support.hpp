// SPDX-License-Identifier: MIT
// Helpers for the dates tests: run the recognizer on a French string and describe what it found.
#ifndef DEPECHE_TESTS_DATES_SUPPORT_HPP_INCLUDED
#define DEPECHE_TESTS_DATES_SUPPORT_HPP_INCLUDED

#include <depeche/recognize/dates.hpp>
#include <depeche/text.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

namespace depeche::test {

using strings = std::vector<std::string>;

/// « text|TYPE|value » plus « |mod=… », « |from=… », « |to=… », « |freq=… » when set.
inline std::string describe(recognize::temporal const& t, std::string_view original) {
  std::string s(span{t.begin, t.end}.of(original));
  s += '|';
  s += recognize::name(t.type);
  s += '|';
  s += t.value.value_or("null");
  if (t.mod) s += "|mod=" + *t.mod;
  if (t.from) s += "|from=" + *t.from;
  if (t.to) s += "|to=" + *t.to;
  if (t.freq) s += "|freq=" + *t.freq;
  return s;
}

/// The temporal expressions of `text`, resolved against `reference` (none: the document's own date).
inline std::vector<recognize::temporal> temporals(std::string const& text, char const* reference = "2025-05-01",
                                                  recognize::dates const& d = recognize::dates{}) {
  auto doc = text::prepare(text);
  REQUIRE(doc);
  std::optional<reference_time> ref;
  if (reference) {
    auto r = parse_reference_time(reference);
    REQUIRE(r);
    ref = *r;
  }
  recognize::analysis a(*doc, ref);
  return d(a.view());
}

/// The descriptions of the temporal expressions of `text`.
inline strings dates(std::string const& text, char const* reference = "2025-05-01",
                     recognize::dates const& d = recognize::dates{}) {
  strings out;
  for (auto const& t : temporals(text, reference, d)) out.push_back(describe(t, text));
  return out;
}

} // namespace depeche::test

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(std::vector<std::string> const& v) {
    std::string s = "{";
    for (auto const& x : v) s += (s.size() > 1 ? ", \"" : "\"") + x + "\"";
    s += "}";
    return String(s.c_str());
  }
};
} // namespace doctest

#endif
