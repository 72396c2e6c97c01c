// SPDX-License-Identifier: MIT
// Calendar arithmetic and TIMEX3 formatting.
#include <depeche/recognize/timex.hpp>

#include <doctest/doctest.h>

using namespace depeche::recognize::timex;

TEST_CASE("timex: calendar arithmetic") {
  CHECK(weekday(2025, 5, 1) == 4);  // a Thursday
  CHECK(weekday(2025, 2, 24) == 1);
  CHECK(weekday(2000, 1, 1) == 6);
  CHECK(civil_from_days(days_from_civil(2024, 2, 29)) == ymd{2024, 2, 29});
  CHECK(add_days({2024, 12, 31}, 1) == ymd{2025, 1, 1});
  CHECK(add_months({2025, 1, 31}, 1) == ymd{2025, 2, 28});
  CHECK(add_months({2025, 1, 15}, -13) == ymd{2023, 12, 15});
  CHECK(iso_week(2025, 5, 1).week == 18);
  CHECK(iso_week(2021, 1, 1).year == 2020);
  CHECK(iso_week(2021, 1, 1).week == 53);
  CHECK(iso_week_monday(2025, 1) == ymd{2024, 12, 30});
  CHECK(easter(2025) == ymd{2025, 4, 20});
  CHECK(easter(2024) == ymd{2024, 3, 31});
  CHECK(easter(1961) == ymd{1961, 4, 2});
  CHECK(nth_weekday(2025, 11, 4, 4) == ymd{2025, 11, 27});  // Thanksgiving
  CHECK(nth_weekday(2025, 5, 7, -1) == ymd{2025, 5, 25});
  CHECK(nth_weekday(2025, 2, 1, 5).d == 0);                  // no fifth Monday in February 2025
}

TEST_CASE("timex: French Mother's Day moves when it falls on Pentecost") {
  auto const rule = depeche::grammar::holiday_rule::mothers_day_fr();
  CHECK(holiday_date(rule, 2024) == ymd{2024, 5, 26});
  CHECK(holiday_date(rule, 2021) == ymd{2021, 5, 30});
  CHECK(holiday_date(rule, 2015) == ymd{2015, 5, 31});
  CHECK(holiday_date(rule, 2018) == ymd{2018, 5, 27});
  CHECK(holiday_date(rule, 2023) == ymd{2023, 6, 4});  // Pentecost 2023 was 28 May, the last Sunday
}

TEST_CASE("timex: duration values") {
  using depeche::grammar::ast::duration;
  using depeche::grammar::ast::unit;
  auto d = [](std::initializer_list<std::pair<unit, double>> parts, bool vague = false) {
    duration x;
    for (auto [u, a] : parts) x.amount[static_cast<std::size_t>(u)] = a;
    x.vague = vague;
    return duration_value(x);
  };
  CHECK(d({{unit::week, 3}}) == "P3W");
  CHECK(d({{unit::hour, 2}}) == "PT2H");
  CHECK(d({{unit::year, 1}, {unit::month, 6}}) == "P1Y6M");
  CHECK(d({{unit::year, 1.5}}) == "P1.5Y");
  CHECK(d({{unit::quarter, 1}}) == "P3M");
  CHECK(d({{unit::decade, 2}}) == "P20Y");
  CHECK(d({{unit::day, 1}}, true) == "PXD");
  CHECK(d({{unit::minute, 30}, {unit::hour, 1}}) == "PT1H30M");
}
