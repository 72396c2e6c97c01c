// SPDX-License-Identifier: MIT
// The date grammar as composable X3 rules, and calendars extended by users.
#include <depeche/grammar/calendar.hpp>
#include <depeche/grammar/date.hpp>
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

#include <string>

namespace {

using depeche::grammar::date_state;

/// Parses the whole folded string with the date grammar; returns the expression or nothing.
std::optional<depeche::grammar::ast::temporal> parse_all(std::string const& folded,
                                                         depeche::grammar::calendar const& cal =
                                                             depeche::grammar::calendar::french()) {
  date_state st;
  st.cal = &cal;
  char const* f = folded.data();
  if (!depeche::grammar::parse_temporal(f, folded.data() + folded.size(), st)) return std::nullopt;
  if (f != folded.data() + folded.size()) return std::nullopt;
  return st.t;
}

} // namespace

TEST_CASE("grammar: parse_temporal reads folded text") {
  namespace ast = depeche::grammar::ast;
  auto t = parse_all("lundi 24 février 2025");
  REQUIRE(t);
  CHECK(t->what == ast::kind::point);
  CHECK(t->a.weekday == 1);
  CHECK(t->a.day == 24);
  CHECK(t->a.month == 2);
  CHECK(t->a.year == 2025);

  t = parse_all("entre septembre 2023 et mars 2025");
  REQUIRE(t);
  CHECK(t->what == ast::kind::interval);
  CHECK(t->a.month == 9);
  CHECK(t->b.year == 2025);

  t = parse_all("il y a trois semaines");  // « trois » comes from grammar::cardinal_words
  REQUIRE(t);
  CHECK(t->a.deictic);
  CHECK(t->a.rel_unit == ast::unit::week);
  CHECK(t->a.rel_offset == -3);

  t = parse_all("les années soixante");
  REQUIRE(t);
  CHECK(t->a.period == ast::unit::decade);
  CHECK(t->a.period_index == 196);

  CHECK_FALSE(parse_all("marseille"));
  CHECK_FALSE(parse_all("m-1978"));
}

TEST_CASE("grammar: date rules compose with user rules") {
  namespace x3 = boost::spirit::x3;
  using namespace depeche::grammar;
  // « Mise à jour : <date> »: a user grammar around the public date_point rule
  auto const updated = kw("mise") >> blanks >> x3::lit("à") >> blanks >> kw("jour") >> opt_blanks >> ':' >> opt_blanks >> date_point;
  std::string const s = "mise à jour : 3 mars 2025";
  date_state st;
  char const* f = s.data();
  REQUIRE(x3::parse(f, s.data() + s.size(), x3::with<date_state_tag>(st)[updated]));
  CHECK(f == s.data() + s.size());
  CHECK(st.t.a.day == 3);
  CHECK(st.t.a.month == 3);
  CHECK(st.t.a.year == 2025);
}

TEST_CASE("grammar: calendars are extensible without editing the library") {
  using namespace depeche::grammar;
  static constexpr month_spelling spanish[] = {{"enero", 1}, {"febrero", 2}, {"marzo", 3}};
  static constexpr holiday local[] = {{"fête de la bière", holiday_rule::fixed(10, 1)},
                                      {"sainte-barbe", holiday_rule::fixed(12, 4)}};
  static constexpr month_spelling misspelled[] = {{"fevirer", 2}};
  auto const cal = calendar::french().with(spanish).with(local).with(misspelled);

  SUBCASE("the grammar reads the new words") {
    CHECK_FALSE(parse_all("3 marzo 2025"));
    auto t = parse_all("3 marzo 2025", cal);
    REQUIRE(t);
    CHECK(t->a.month == 3);
  }
  SUBCASE("the default calendar is unchanged") {
    CHECK(calendar::french().holiday_count() + 2 == cal.holiday_count());
    CHECK_FALSE(parse_all("12 fevirer 2024"));
    CHECK(parse_all("12 fevirer 2024", cal));
  }
  SUBCASE("the recognizer resolves new holidays") {
    depeche::recognize::dates d{cal};
    d.add_anchor("sainte-barbe");
    CHECK(depeche::test::dates("La fête de la bière 2024 a attiré des milliers de visiteurs.", "2025-05-01", d) ==
          depeche::test::strings{"fête de la bière 2024|DATE|2024-10-01"});
    CHECK(depeche::test::dates("Les mineurs défileront à la Sainte-Barbe.", "2025-05-01", d) ==
          depeche::test::strings{"Sainte-Barbe|DATE|2025-12-04"});
    // without the anchor word, the recognizer does not try there
    CHECK(depeche::test::dates("Les mineurs défileront à la Sainte-Barbe.", "2025-05-01", depeche::recognize::dates{cal}).empty());
  }
}
