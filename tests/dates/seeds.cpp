// SPDX-License-Identifier: MIT
// The dates layer on the shared seed articles, with --reference-date 2025-05-01. The seeds are read at
// test time; checks look for short date forms in them and assert what the layer makes of each form
// found (no article text is copied here).
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"
#include "support/seeds.hpp"

#include <string>
#include <vector>

namespace {

using depeche::recognize::temporal;

struct form {
  char const* needle;   ///< searched in the seed
  char const* text;     ///< the expected span text
  char const* type;
  char const* value;    ///< nullptr: any
  char const* from;     ///< nullptr: not checked
  char const* to;
  char const* mod;
};

// clang-format off
constexpr form forms[] = {
    {"le 26 avril 2025", "26 avril 2025", "DATE", "2025-04-26", nullptr, nullptr, nullptr},
    {"confirmé le 26 avril ", "26 avril", "DATE", "2025-04-26", nullptr, nullptr, nullptr},
    {"9 mai 2025", "9 mai 2025", "DATE", "2025-05-09", nullptr, nullptr, nullptr},
    {"(1950-1953)", "1950-1953", "DATE", nullptr, "1950", "1953", nullptr},
    {"depuis octobre 2024", "depuis octobre 2024", "DATE", nullptr, "2024-10", nullptr, nullptr},
    {"en janvier 2025", "janvier 2025", "DATE", "2025-01", nullptr, nullptr, nullptr},
    {"pendant trois semaines", "trois semaines", "DURATION", "P3W", nullptr, nullptr, nullptr},
    {"January 11, 2025", "January 11, 2025", "DATE", "2025-01-11", nullptr, nullptr, nullptr},
    {"April 15, 2025", "April 15, 2025", "DATE", "2025-04-15", nullptr, nullptr, nullptr},
    {"on December 1", "December 1", "DATE", nullptr, nullptr, nullptr, nullptr},
    {"Entre septembre 2023 et mars 2025", "Entre septembre 2023 et mars 2025", "DATE", nullptr, "2023-09", "2025-03", nullptr},
    {"mi-avril 2025", "mi-avril 2025", "DATE", "2025-04", nullptr, nullptr, "MID"},
    {"le 24 avril dernier", "24 avril dernier", "DATE", "2025-04-24", nullptr, nullptr, nullptr},
    {"le 12 janvier 2025", "12 janvier 2025", "DATE", "2025-01-12", nullptr, nullptr, nullptr},
    {"Le 30 avril", "30 avril", "DATE", "2025-04-30", nullptr, nullptr, nullptr},
    {"d'ici deux ans", "d'ici deux ans", "DATE", nullptr, nullptr, "2027", nullptr},
    {"dix jours après", "dix jours après", "DATE", "XXXX-XX-XX", nullptr, nullptr, nullptr},
    {"80 ans", "80 ans", "DURATION", "P80Y", nullptr, nullptr, nullptr},
    {"en juin 2024", "juin 2024", "DATE", "2024-06", nullptr, nullptr, nullptr},
    {"en 2023", "2023", "DATE", "2023", nullptr, nullptr, nullptr},
    {"en 1959", "1959", "DATE", "1959", nullptr, nullptr, nullptr},
    {"depuis fin 2023", "depuis fin 2023", "DATE", nullptr, "2023", nullptr, "END"},
    {"entre janvier et mars 2025", "entre janvier et mars 2025", "DATE", "2025", "2025-01", "2025-03", nullptr},
    {"l'année précédente", "l'année précédente", "DATE", "2024", nullptr, nullptr, nullptr},
    {"des années 1960", "années 1960", "DATE", "196X", nullptr, nullptr, nullptr},
    {"au cours des deux premiers mois de l'année", "deux premiers mois de l'année", "DATE", "2025", "2025-01", "2025-02", nullptr},
    {"révélées jeudi", "jeudi", "DATE", "2025-05-01", nullptr, nullptr, nullptr},
    {"le 23 novembre 2024", "23 novembre 2024", "DATE", "2024-11-23", nullptr, nullptr, nullptr},
    {"en avril 2025", "avril 2025", "DATE", "2025-04", nullptr, nullptr, nullptr},
    {"depuis 2022", "depuis 2022", "DATE", nullptr, "2022", nullptr, nullptr},
    {"depuis 1953", "depuis 1953", "DATE", nullptr, "1953", nullptr, nullptr},
};
// clang-format on

/// Expressions that must not overlap any temporal record.
constexpr char const* not_dates[] = {"M-1978", "AK-47", "résolution 2397", "Boeing 737", "KN-23", "122 mm"};

} // namespace

TEST_CASE("dates: seed articles") {
  auto const seeds = depeche::test::seeds();
  if (seeds.empty()) {
    MESSAGE("shared seed articles absent: skipped");
    return;
  }
  std::size_t checked = 0;
  for (auto const& s : seeds) {
    CAPTURE(s.name);
    auto const found = depeche::test::temporals(s.text, "2025-05-01");
    auto const original = std::string_view(s.text);
    for (auto const& f : forms) {
      auto const at = s.text.find(f.needle);
      if (at == std::string::npos) continue;
      CAPTURE(f.needle);
      ++checked;
      // the record whose text is the expected span, inside the needle's occurrence
      temporal const* hit = nullptr;
      for (auto const& t : found) {
        if (t.begin >= at && t.end <= at + std::string_view(f.needle).size() + 1 &&
            depeche::span{t.begin, t.end}.of(original) == f.text)
          hit = &t;
      }
      REQUIRE_MESSAGE(hit, "no record « " << f.text << " »");
      CHECK(depeche::recognize::name(hit->type) == std::string_view(f.type));
      if (f.value) CHECK(hit->value.value_or("null") == f.value);
      if (f.from) CHECK(hit->from.value_or("null") == f.from);
      if (f.to) CHECK(hit->to.value_or("null") == f.to);
      if (f.mod) CHECK(hit->mod.value_or("null") == f.mod);
    }
    for (auto const* nd : not_dates) {
      for (auto at = s.text.find(nd); at != std::string::npos; at = s.text.find(nd, at + 1)) {
        CAPTURE(nd);
        auto const e = at + std::string_view(nd).size();
        for (auto const& t : found) CHECK_FALSE((t.begin < e && t.end > at));
      }
    }
    // every record has its exact original text and sane offsets
    for (auto const& t : found) {
      CHECK(t.begin < t.end);
      CHECK(t.end <= s.text.size());
    }
  }
  CHECK(checked >= 20);
}

TEST_CASE("dates: seed articles without a reference date") {
  auto const seeds = depeche::test::seeds();
  for (auto const& s : seeds) {
    CAPTURE(s.name);
    auto doc = depeche::text::prepare(s.text);
    REQUIRE(doc);
    depeche::recognize::analysis a(*doc);
    auto const d = depeche::recognize::dates{}.document_date(a.view());
    if (s.text.find(" date 2025-03 ") != std::string::npos) {
      REQUIRE(d);
      CHECK(d->year == 2025);
      CHECK(d->month == 3);
    }
    if (s.text.find("lundi, 24 février") != std::string::npos) {
      REQUIRE(d);
      CHECK(*d == depeche::recognize::reference_point{2025, 2, 24});
    }
  }
}
