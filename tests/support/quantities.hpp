// SPDX-License-Identifier: MIT
// Helpers for tests of the numbers and quantities layers: run a recognizer over a French string.
#ifndef DEPECHE_TESTS_SUPPORT_QUANTITIES_HPP_INCLUDED
#define DEPECHE_TESTS_SUPPORT_QUANTITIES_HPP_INCLUDED

#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/text.hpp>

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

namespace depeche::test {

/// A record with the original text it covers, for readable checks.
template <class T>
struct found {
  T rec;
  std::string text;
};

template <class Recognizer>
auto run(Recognizer const& r, std::string const& s) {
  using T = typename Recognizer::value_type;
  auto doc = text::prepare(s);
  REQUIRE(doc);
  recognize::analysis a(*doc);
  std::vector<found<T>> out;
  for (auto const& x : r.find(a.view())) out.push_back({x, std::string(span{x.begin, x.end}.of(s))});
  return out;
}

inline std::vector<found<recognize::number_mention>> numbers_in(std::string const& s, recognize::number_options o = {}) {
  return run(recognize::numbers{o}, s);
}

inline std::vector<found<recognize::quantity>> quantities_in(std::string const& s) {
  return run(recognize::quantities{}, s);
}

/// The first mention whose text is `t`, if any.
template <class T>
std::optional<T> with_text(std::vector<found<T>> const& v, std::string const& t) {
  for (auto const& f : v)
    if (f.text == t) return f.rec;
  return std::nullopt;
}

/// The texts of the mentions.
template <class T>
std::vector<std::string> texts(std::vector<found<T>> const& v) {
  std::vector<std::string> out;
  for (auto const& f : v) out.push_back(f.text);
  return out;
}

} // namespace depeche::test

#endif
