// SPDX-License-Identifier: MIT
// Calendar arithmetic and TIMEX3 values: resolves what the date grammar read against a reference date.
#ifndef DEPECHE_RECOGNIZE_TIMEX_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_TIMEX_HPP_INCLUDED

#include <depeche/grammar/calendar.hpp>
#include <depeche/grammar/date_ast.hpp>
#include <depeche/reference.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace depeche::recognize {

/// TIMEX3 types.
enum class timex_type : std::uint8_t { date, time, duration, set };

[[nodiscard]] constexpr std::string_view name(timex_type t) noexcept {
  switch (t) {
  case timex_type::date: return "DATE";
  case timex_type::time: return "TIME";
  case timex_type::duration: return "DURATION";
  case timex_type::set: return "SET";
  }
  return "DATE";
}

/// TIMEX3 name of a mod, empty for none.
[[nodiscard]] constexpr std::string_view name(grammar::ast::mod m) noexcept {
  using grammar::ast::mod;
  switch (m) {
  case mod::none: return "";
  case mod::start: return "START";
  case mod::mid: return "MID";
  case mod::end: return "END";
  case mod::approx: return "APPROX";
  case mod::before: return "BEFORE";
  case mod::after: return "AFTER";
  case mod::on_or_before: return "ON_OR_BEFORE";
  case mod::on_or_after: return "ON_OR_AFTER";
  case mod::less_than: return "LESS_THAN";
  case mod::more_than: return "MORE_THAN";
  case mod::equal_or_less: return "EQUAL_OR_LESS";
  case mod::equal_or_more: return "EQUAL_OR_MORE";
  }
  return "";
}

namespace timex {

//=== calendar arithmetic (proleptic Gregorian, days since 1970-01-01) ===//

[[nodiscard]] constexpr std::int64_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2;
  std::int64_t const era = (y >= 0 ? y : y - 399) / 400;
  auto const yoe = static_cast<unsigned>(y - era * 400);
  auto const doy = static_cast<unsigned>((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1);
  auto const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct ymd {
  int y = 0, m = 0, d = 0;
  friend constexpr bool operator==(ymd const&, ymd const&) = default;
  friend constexpr auto operator<=>(ymd const&, ymd const&) = default;
};

[[nodiscard]] constexpr ymd civil_from_days(std::int64_t z) noexcept {
  z += 719468;
  std::int64_t const era = (z >= 0 ? z : z - 146096) / 146097;
  auto const doe = static_cast<unsigned>(z - era * 146097);
  unsigned const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  auto const y = static_cast<std::int64_t>(yoe) + era * 400;
  unsigned const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned const mp = (5 * doy + 2) / 153;
  unsigned const d = doy - (153 * mp + 2) / 5 + 1;
  unsigned const m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

/// ISO weekday: 1 = Monday .. 7 = Sunday.
[[nodiscard]] constexpr int weekday(int y, int m, int d) noexcept {
  auto const z = days_from_civil(y, m, d);
  auto const w = static_cast<int>(((z % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
  return w + 1;
}

[[nodiscard]] constexpr ymd add_days(ymd v, std::int64_t n) noexcept { return civil_from_days(days_from_civil(v.y, v.m, v.d) + n); }

/// Adds months, clamping the day to the end of the month (31 January + 1 month → 28/29 February).
[[nodiscard]] constexpr ymd add_months(ymd v, int n) noexcept {
  int const total = v.y * 12 + (v.m - 1) + n;
  int const y = total >= 0 ? total / 12 : (total - 11) / 12;
  int const m = total - y * 12 + 1;
  int const dim = days_in_month(y, m);
  return {y, m, v.d > dim ? dim : v.d};
}

struct iso_week_date {
  int year = 0, week = 0;
};

[[nodiscard]] constexpr iso_week_date iso_week(int y, int m, int d) noexcept {
  auto const z = days_from_civil(y, m, d);
  int const wd = weekday(y, m, d);
  auto const thursday = civil_from_days(z - wd + 4);
  auto const jan1 = days_from_civil(thursday.y, 1, 1);
  return {thursday.y, static_cast<int>((z - wd + 4 - jan1) / 7 + 1)};
}

/// The Monday of ISO week `w` of ISO year `y`.
[[nodiscard]] constexpr ymd iso_week_monday(int y, int w) noexcept {
  auto const jan4 = days_from_civil(y, 1, 4);
  int const wd = weekday(y, 1, 4);
  return civil_from_days(jan4 - (wd - 1) + 7 * (w - 1));
}

/// Easter Sunday (Gregorian computus, anonymous algorithm).
[[nodiscard]] constexpr ymd easter(int y) noexcept {
  int const a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int const h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int const m = (a + 11 * h + 22 * l) / 451;
  int const month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  return {y, month, day};
}

/// The n-th (1..5, or -1 for the last) weekday `wd` of month m of year y; day 0 when it does not exist.
[[nodiscard]] constexpr ymd nth_weekday(int y, int m, int wd, int n) noexcept {
  if (n > 0) {
    int const first = weekday(y, m, 1);
    int const day = 1 + (wd - first + 7) % 7 + 7 * (n - 1);
    return {y, m, day <= days_in_month(y, m) ? day : 0};
  }
  int const dim = days_in_month(y, m);
  int const last = weekday(y, m, dim);
  return {y, m, dim - (last - wd + 7) % 7};
}

/// The day a holiday falls on in year y.
[[nodiscard]] constexpr ymd holiday_date(grammar::holiday_rule const& r, int y) noexcept {
  using k = grammar::holiday_rule::kind;
  switch (r.what) {
  case k::fixed: return {y, r.month, r.day};
  case k::nth_weekday: return nth_weekday(y, r.month, r.weekday, r.nth);
  case k::easter: return add_days(easter(y), r.easter_offset);
  case k::french_mothers_day: {  // last Sunday of May, or the first Sunday of June when it is Pentecost
    auto const d = nth_weekday(y, 5, 7, -1);
    auto const pentecost = add_days(easter(y), 49);
    return d == pentecost ? add_days(d, 7) : d;
  }
  }
  return {y, 1, 1};
}

//=== formatting ===//

/// Appends `v` in decimal, zero-padded to `width` digits.
inline void append_int(std::string& s, int v, int width) {
  char buf[16];
  int n = 0;
  bool const neg = v < 0;
  unsigned u = neg ? 0u - static_cast<unsigned>(v) : static_cast<unsigned>(v);
  do {
    buf[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0 && n < 15);
  while (n < width && n < 15) buf[n++] = '0';
  if (neg) s += '-';
  while (n > 0) s += buf[--n];
}

/// « 2025 », « XXXX »
inline void append_year(std::string& s, int y) {
  if (y == grammar::ast::unset || y < 0 || y > 9999) s += "XXXX";
  else append_int(s, y, 4);
}
inline void append_2(std::string& s, int v) {
  if (v == grammar::ast::unset) s += "XX";
  else append_int(s, v, 2);
}

/// A TIMEX3 duration value: « P3W », « PT2H », « P1Y6M », « PXD » (vague).
[[nodiscard]] inline std::string duration_value(grammar::ast::duration const& d) {
  using grammar::ast::unit;
  auto at = [&](unit u) { return d.amount[static_cast<std::size_t>(u)]; };
  auto num = [&](std::string& s, double v) {
    if (d.vague) {
      s += 'X';
      return;
    }
    if (!std::isfinite(v) || v < 0) {
      s += 'X';  // not a length of time: stays underspecified
    } else if (v == std::floor(v) && v < 1e9) {
      append_int(s, static_cast<int>(v), 1);
    } else {
      // shortest round-trip digits, never an exponent (« 1200000.5 », not « 1.2e+06 »): TIMEX3
      // durations are plain decimals. 400 bytes hold any finite double in fixed notation.
      char buf[400];
      auto const r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
      if (r.ec == std::errc{}) s.append(buf, r.ptr);
      else s += 'X';
    }
  };
  std::string s = "P";
  double years = at(unit::year) + 10 * at(unit::decade) + 100 * at(unit::century) + 1000 * at(unit::millennium);
  double months = at(unit::month) + 3 * at(unit::quarter) + 6 * at(unit::half);
  double weeks = at(unit::week) + 2 * at(unit::fortnight);
  if (years != 0) num(s, years), s += 'Y';
  if (months != 0) num(s, months), s += 'M';
  if (weeks != 0) num(s, weeks), s += 'W';
  if (at(unit::weekend) != 0) num(s, at(unit::weekend)), s += "WE";
  if (at(unit::day) != 0) num(s, at(unit::day)), s += 'D';
  if (at(unit::business_day) != 0) num(s, at(unit::business_day)), s += "BD";
  if (at(unit::hour) != 0 || at(unit::minute) != 0 || at(unit::second) != 0) {
    s += 'T';
    if (at(unit::hour) != 0) num(s, at(unit::hour)), s += 'H';
    if (at(unit::minute) != 0) num(s, at(unit::minute)), s += 'M';
    if (at(unit::second) != 0) num(s, at(unit::second)), s += 'S';
  }
  if (s.size() == 1) s += "0D";
  return s;
}

} // namespace timex

/// The date expressions are resolved against: its precision may be a year, a month or a day
/// (a document dated « 2025-03 » still fixes the year of « le 12 mars »).
struct reference_point {
  int year = grammar::ast::unset, month = grammar::ast::unset, day = grammar::ast::unset;
  [[nodiscard]] constexpr bool has_year() const noexcept { return year != grammar::ast::unset; }
  [[nodiscard]] constexpr bool has_month() const noexcept { return month != grammar::ast::unset; }
  [[nodiscard]] constexpr bool has_day() const noexcept { return day != grammar::ast::unset; }
  [[nodiscard]] constexpr timex::ymd as_ymd() const noexcept { return {year, month, day}; }
  [[nodiscard]] static constexpr reference_point of(reference_time const& r) noexcept { return {r.year, r.month, r.day}; }
  [[nodiscard]] static constexpr reference_point of(timex::ymd v) noexcept { return {v.y, v.m, v.d}; }
  friend constexpr bool operator==(reference_point const&, reference_point const&) = default;
};

/// The tense of the sentence around an expression, which places « jeudi » or « en mars » before or
/// after the reference date.
enum class tense : std::int8_t { past = -1, unknown = 0, future = 1 };

/// What resolution needs besides the expression.
struct resolve_context {
  grammar::calendar const* cal = &grammar::calendar::french();
  std::optional<reference_point> reference;  ///< « now »: the reference date or the document date
  std::optional<timex::ymd> narrative;       ///< the last day-precise date of the text (« le lendemain »)
  tense sentence_tense = tense::unknown;
  /// A clock time with no date written (« à 11h20 ») takes the reference day (2025-03-14T11:20);
  /// false leaves it unanchored (T11:20), as TIMEX3 annotation guides and Recognizers-Text do.
  bool anchor_times = false;
};

/// A resolved expression: the TIMEX3 fields of a record, without its span.
struct resolved {
  timex_type type = timex_type::date;
  std::optional<std::string> value;
  std::optional<std::string> mod, from, to, freq;
};

namespace detail {

namespace ast = grammar::ast;
using timex::ymd;

/// A point after resolution: known fields and a granularity for formatting.
struct cal_point {
  enum class gran : std::uint8_t {
    none, century, decade, year, half, quarter, season, month, fortnight, week, weekend, day
  } g = gran::none;
  int y = ast::unset, m = ast::unset, d = ast::unset;
  int index = ast::unset;  // quarter/half/fortnight/week number, decade/century prefix
  ast::season season = ast::season::none;
  int wd = ast::unset;     // weekday when the date is unknown (XXXX-WXX-4)
  int nth = ast::unset;
  // time of day
  int hour = ast::unset, minute = ast::unset, second = ast::unset, tz = ast::unset;
  ast::day_part part = ast::day_part::none;
  ast::mod mod_ = ast::mod::none;

  [[nodiscard]] bool day_known() const noexcept { return g == gran::day && y != ast::unset && m != ast::unset && d != ast::unset; }
  [[nodiscard]] bool has_time() const noexcept { return hour != ast::unset || part != ast::day_part::none; }
};

[[nodiscard]] inline int expand_two_digit_year(int yy, std::optional<reference_point> const& ref) {
  int const pivot = ref && ref->has_year() ? (ref->year % 100) + 10 : 50;
  int const century = ref && ref->has_year() ? (ref->year / 100) * 100 : 2000;
  return yy <= pivot ? century + yy : century - 100 + yy;
}

/// The year of a month (and day) without year, placed against the reference by direction or tense.
[[nodiscard]] inline int place_year(int month, int day, ast::direction dir, resolve_context const& rc) {
  auto const& r = *rc.reference;
  if (!r.has_month()) return r.year;
  int const d = day == ast::unset ? 1 : day;
  int const rd = r.has_day() ? r.day : (day == ast::unset ? 1 : 15);
  auto cmp = [&](int y) {  // <0: before the reference, 0: same (month when no day), >0: after
    if (month != r.month) return month < r.month ? -1 : 1;
    if (day == ast::unset || !r.has_day()) return 0;
    (void)y;
    return d < rd ? -1 : (d > rd ? 1 : 0);
  };
  int const c = cmp(r.year);
  switch (dir) {
  case ast::direction::last: return c < 0 ? r.year : r.year - 1;
  case ast::direction::next: return c > 0 ? r.year : r.year + 1;
  case ast::direction::current: return r.year;
  case ast::direction::unspecified: break;
  }
  // past tense, a date well after the reference: last year's (« avait confirmé le 20 décembre » in May);
  // future tense, a date already gone: next year's (« se tiendra le 12 mars » in May)
  if (rc.sentence_tense == tense::past && c > 0 && month - r.month >= 3) return r.year - 1;
  if (rc.sentence_tense == tense::future && c < 0 && r.month - month >= 1) return r.year + 1;
  return r.year;
}

inline void apply_time(cal_point& p, ast::point const& a) {
  if (a.hour != ast::unset) {
    int h = a.hour;
    if (a.pm && h < 12) h += 12;
    if (a.am && h == 12) h = 0;
    // « demain soir à 8 heures »: the part of the day read before the time
    if (!a.pm && !a.am && h < 12 &&
        (a.part == ast::day_part::afternoon || a.part == ast::day_part::evening || (a.part == ast::day_part::night && h >= 6)))
      h += 12;
    p.hour = h;
    p.minute = a.minute == ast::unset ? 0 : a.minute;
    p.second = a.second;
    p.tz = a.tz_minutes;
    return;
  }
  p.part = a.part;
}

/// Resolves one point of the grammar to calendar fields.
[[nodiscard]] inline cal_point resolve_point(ast::point const& a, resolve_context const& rc) {
  using g = cal_point::gran;
  cal_point p;
  p.mod_ = a.mod_;
  apply_time(p, a);
  auto const& ref = rc.reference;
  bool const ref_day = ref && ref->has_day();
  bool const ref_month = ref && ref->has_month();
  bool const ref_year = ref && ref->has_year();

  int year = a.year;
  if (year != ast::unset && a.two_digit_year) year = expand_two_digit_year(year, ref);

  //=== relative to the reference or the narrative anchor ===//
  if (a.deictic || a.anaphoric) {
    auto const u = a.rel_unit;
    int const n = a.rel_offset;
    // the base, and how precise it is: 3 day, 2 month, 1 year
    std::optional<ymd> base;
    int precision = 0;
    if (a.deictic && ref_day) base = ref->as_ymd(), precision = 3;
    else if (a.anaphoric && rc.narrative) base = rc.narrative, precision = 3;
    else if (a.deictic && ref_month) base = ymd{ref->year, ref->month, 1}, precision = 2;
    else if (a.deictic && ref_year) base = ymd{ref->year, 1, 1}, precision = 1;
    int const needed = (a.rel_exact_day || u <= ast::unit::fortnight) ? 3
                       : (u == ast::unit::month || u == ast::unit::quarter || u == ast::unit::half) ? 2 : 1;
    if (!base || precision < needed) {
      // unknown: keep the granularity (XXXX-XX-XX, XXXX-WXX, XXXX-XX, XXXX)
      if (needed == 3) p.g = (u == ast::unit::week || u == ast::unit::weekend) && !a.rel_exact_day ? g::week : g::day;
      else if (needed == 2) p.g = g::month;
      else p.g = g::year;
      if (p.g == g::day && a.weekday != ast::unset) p.wd = a.weekday;
      return p;
    }
    ymd v = *base;
    switch (u) {
    case ast::unit::second: case ast::unit::minute: case ast::unit::hour:
    case ast::unit::day: case ast::unit::business_day:
      v = timex::add_days(v, n);
      p.g = g::day, p.y = v.y, p.m = v.m, p.d = v.d;
      break;
    case ast::unit::week: case ast::unit::weekend: case ast::unit::fortnight: {
      int const days = u == ast::unit::fortnight ? 14 : 7;
      v = timex::add_days(v, static_cast<std::int64_t>(n) * days);
      if (a.rel_exact_day) {
        p.g = g::day, p.y = v.y, p.m = v.m, p.d = v.d;
        break;
      }
      auto const w = timex::iso_week(v.y, v.m, v.d);
      if (a.weekday != ast::unset) {
        auto const d = timex::add_days(timex::iso_week_monday(w.year, w.week), a.weekday - 1);
        p.g = g::day, p.y = d.y, p.m = d.m, p.d = d.d;
      } else {
        p.g = u == ast::unit::weekend ? g::weekend : g::week, p.y = w.year, p.index = w.week;
      }
      break;
    }
    case ast::unit::month: {
      v = timex::add_months({v.y, v.m, 1}, n);
      p.g = g::month, p.y = v.y, p.m = v.m;
      if (a.rel_exact_day) {
        auto const d = timex::add_months(*base, n);
        p.g = g::day, p.d = d.d;
      } else if (a.day != ast::unset) {
        p.g = g::day, p.d = a.day;
      } else if (a.weekday != ast::unset && a.nth != ast::unset) {
        auto const d = timex::nth_weekday(v.y, v.m, a.weekday, a.nth);
        if (d.d > 0) p.g = g::day, p.d = d.d;
      }
      break;
    }
    case ast::unit::quarter: case ast::unit::half: {
      int const len = u == ast::unit::quarter ? 3 : 6;
      int const idx = (v.m - 1) / len;
      int const total = v.y * (12 / len) + idx + n;
      p.y = total / (12 / len);
      p.index = total % (12 / len) + 1;
      p.g = u == ast::unit::quarter ? g::quarter : g::half;
      break;
    }
    case ast::unit::year: {
      p.y = v.y + n;
      p.g = g::year;
      if (a.rel_exact_day) {
        auto const d = timex::add_months(v, 12 * n);
        p.g = g::day, p.m = d.m, p.d = d.d, p.y = d.y;
      }
      break;
    }
    case ast::unit::decade:
      p.g = g::decade, p.index = v.y / 10 + n;
      break;
    case ast::unit::century:
    case ast::unit::millennium:
      p.g = g::century, p.index = v.y / 100 + n;
      break;
    default:
      p.g = g::day, p.y = v.y, p.m = v.m, p.d = v.d;
      break;
    }
    // explicit parts inside a relative year: « le premier trimestre de l'année prochaine », « mars de l'an dernier »
    if (u == ast::unit::year && !a.rel_exact_day) {
      if (a.period == ast::unit::quarter || a.period == ast::unit::half) {
        p.g = a.period == ast::unit::quarter ? g::quarter : g::half;
        p.index = a.period_index;
      } else if (a.period == ast::unit::week && a.period_index != ast::unset) {
        p.g = g::week, p.index = a.period_index;
      } else if (a.season_ != ast::season::none) {
        p.g = g::season, p.season = a.season_;
      } else if (a.month != ast::unset) {
        p.g = g::month, p.m = a.month;
        if (a.day != ast::unset) p.g = g::day, p.d = a.day;
      } else if (a.holiday >= 0 && rc.cal && static_cast<std::size_t>(a.holiday) < rc.cal->holiday_count()) {
        auto const d = timex::holiday_date(rc.cal->holiday_at(a.holiday), p.y);
        p.g = g::day, p.m = d.m, p.d = d.d;
      }
    }
    return p;
  }

  //=== holidays ===//
  if (a.holiday >= 0 && rc.cal && static_cast<std::size_t>(a.holiday) < rc.cal->holiday_count()) {
    auto const& rule = rc.cal->holiday_at(a.holiday);
    p.g = g::day;
    int y = year;
    if (y == ast::unset && ref_year) {
      auto const guess = timex::holiday_date(rule, ref->year);
      y = ref_month ? place_year(guess.m, guess.d, a.dir, rc) : ref->year;
    }
    if (y == ast::unset) {
      if (rule.what == grammar::holiday_rule::kind::fixed) p.m = rule.month, p.d = rule.day;
      return p;
    }
    auto const d = timex::holiday_date(rule, y);
    p.y = d.y, p.m = d.m, p.d = d.d;
    return p;
  }

  //=== coarse periods ===//
  switch (a.period) {
  case ast::unit::decade:
    p.g = g::decade, p.index = a.period_index;
    return p;
  case ast::unit::century:
    p.g = g::century, p.index = a.period_index;
    return p;
  case ast::unit::quarter:
  case ast::unit::half:
    p.g = a.period == ast::unit::quarter ? g::quarter : g::half;
    p.index = a.period_index;
    p.y = year != ast::unset ? year : (ref_year ? ref->year : ast::unset);
    return p;
  case ast::unit::week:
    p.g = g::week, p.index = a.period_index;
    p.y = year != ast::unset ? year : (ref_year ? ref->year : ast::unset);
    return p;
  case ast::unit::fortnight:
    p.g = g::fortnight, p.index = a.period_index, p.m = a.month;
    p.y = year != ast::unset ? year : (ref_month && a.month != ast::unset ? place_year(a.month, ast::unset, a.dir, rc)
                                                                         : (ref_year ? ref->year : ast::unset));
    return p;
  default: break;
  }

  //=== seasons ===//
  if (a.season_ != ast::season::none) {
    p.g = g::season, p.season = a.season_;
    if (year != ast::unset) {
      p.y = year;
    } else if (ref_month) {
      int const start = a.season_ == ast::season::spring ? 3 : a.season_ == ast::season::summer ? 6
                                                             : a.season_ == ast::season::fall ? 9 : 12;
      int const end = start + 2;  // last month (winter: February of the next year)
      int const rm = ref->month;
      int y = ref->year;
      bool const winter = a.season_ == ast::season::winter;
      // the season containing or nearest before the reference; winter started in December of the previous year
      auto season_year_of_ref = [&](int offset) { return winter && rm <= 2 ? ref->year - 1 + offset : ref->year + offset; };
      bool const inside = winter ? (rm == 12 || rm <= 2) : (rm >= start && rm <= end);
      bool const before = winter ? (rm >= 3 && rm <= 11) : rm < start;  // the season has not started yet this year
      switch (a.dir) {
      case ast::direction::last: y = inside ? season_year_of_ref(-1) : (before ? ref->year - 1 : ref->year); break;
      case ast::direction::next: y = inside ? season_year_of_ref(1) : (before ? ref->year : ref->year + 1); break;
      case ast::direction::current:
      case ast::direction::unspecified:
        if (inside) y = season_year_of_ref(0);
        else if (winter) y = rc.sentence_tense == tense::future || rm >= 9 ? ref->year : ref->year - 1;
        else if (before) y = rc.sentence_tense == tense::past ? ref->year - 1 : ref->year;
        else y = rc.sentence_tense == tense::future ? ref->year + 1 : ref->year;
        break;
      }
      p.y = y;
    } else if (ref_year) {
      p.y = ref->year;
    }
    return p;
  }

  //=== weekdays without a date ===//
  if (a.weekday != ast::unset && a.month == ast::unset && a.day == ast::unset && year == ast::unset) {
    p.g = g::day;
    p.wd = a.weekday;
    if (!ref_day) return p;
    auto const r = ref->as_ymd();
    int const rw = timex::weekday(r.y, r.m, r.d);
    int delta = 0;
    switch (a.dir) {
    case ast::direction::last: delta = -((rw - a.weekday + 7) % 7); if (delta == 0) delta = -7; break;
    case ast::direction::next: delta = (a.weekday - rw + 7) % 7; if (delta == 0) delta = 7; break;
    case ast::direction::current: delta = a.weekday - rw; break;
    case ast::direction::unspecified:
      if (rc.sentence_tense == tense::future) {
        delta = (a.weekday - rw + 7) % 7;
        if (delta == 0) delta = 7;
      } else {
        delta = -((rw - a.weekday + 7) % 7);
      }
      break;
    }
    auto const d = timex::add_days(r, delta);
    p.y = d.y, p.m = d.m, p.d = d.d;
    return p;
  }

  //=== day and month, maybe year ===//
  int month = a.month;
  if (month != ast::unset) {
    p.m = month;
    if (a.day != ast::unset) {
      p.g = g::day, p.d = a.day;
    } else if (a.weekday != ast::unset && a.nth != ast::unset) {
      p.g = g::day;
    } else {
      p.g = g::month;
    }
    if (year == ast::unset && ref_year) {
      year = ref_month ? place_year(month, a.day, a.dir, rc) : ref->year;
      // a weekday pins the year when the reference leaves a choice (« lundi 24 février »)
      if (a.weekday != ast::unset && a.day != ast::unset && a.day <= days_in_month(year, month) &&
          timex::weekday(year, month, a.day) != a.weekday) {
        for (int k : {-1, 1}) {
          if (a.day <= days_in_month(year + k, month) && timex::weekday(year + k, month, a.day) == a.weekday) {
            year += k;
            break;
          }
        }
      }
    }
    p.y = year;
    if (a.weekday != ast::unset && a.nth != ast::unset && year != ast::unset) {
      auto const d = timex::nth_weekday(year, month, a.weekday, a.nth);
      if (d.d > 0) p.d = d.d;
      else p.g = g::month;
    } else if (a.weekday != ast::unset && a.nth != ast::unset) {
      p.g = g::month;
    }
    return p;
  }
  if (a.day != ast::unset) {  // « le 27 », « jeudi 24 »: month from the reference
    p.g = g::day, p.d = a.day;
    if (ref_month) {
      p.y = ref->year, p.m = ref->month;
      if (a.weekday != ast::unset) {  // the nearest month whose day has that weekday
        for (int k : {0, -1, 1, -2, 2}) {
          auto const mm = timex::add_months({ref->year, ref->month, 1}, k);
          if (a.day <= days_in_month(mm.y, mm.m) && timex::weekday(mm.y, mm.m, a.day) == a.weekday) {
            p.y = mm.y, p.m = mm.m;
            break;
          }
        }
      }
    }
    return p;
  }
  if (year != ast::unset) {
    p.g = g::year, p.y = year;
    return p;
  }
  if (a.has_time()) {
    p.g = g::none;
    // « à 11h20 »: a clock time alone is on the reference day (the caller passes the day of the
    // sentence when one is written there); a part of the day alone (« le soir ») stays unanchored
    if (a.hour != ast::unset && ref_day && rc.anchor_times) p.g = g::day, p.y = ref->year, p.m = ref->month, p.d = ref->day;
    return p;
  }
  return p;
}

/// The TIMEX3 value of a resolved point.
[[nodiscard]] inline std::string format_point(cal_point const& p) {
  using g = cal_point::gran;
  std::string s;
  s.reserve(24);
  switch (p.g) {
  case g::none: break;
  case g::century:
    if (p.index == ast::unset) s += "XX";
    else timex::append_int(s, p.index, 2);
    s += "XX";
    break;
  case g::decade:
    if (p.index == ast::unset) s += "XXX";
    else timex::append_int(s, p.index, 3);
    s += 'X';
    break;
  case g::year: timex::append_year(s, p.y); break;
  case g::half:
    timex::append_year(s, p.y);
    s += "-H";
    timex::append_int(s, p.index, 1);
    break;
  case g::quarter:
    timex::append_year(s, p.y);
    s += "-Q";
    timex::append_int(s, p.index, 1);
    break;
  case g::season:
    timex::append_year(s, p.y);
    s += p.season == ast::season::spring ? "-SP" : p.season == ast::season::summer ? "-SU" : p.season == ast::season::fall ? "-FA" : "-WI";
    break;
  case g::month:
  case g::fortnight:
    timex::append_year(s, p.y);
    s += '-';
    timex::append_2(s, p.m);
    break;
  case g::week:
  case g::weekend:
    timex::append_year(s, p.y);
    s += "-W";
    timex::append_2(s, p.index);
    if (p.g == g::weekend) s += "-WE";
    break;
  case g::day:
    if (p.wd != ast::unset && p.d == ast::unset) {
      s += "XXXX-WXX-";
      timex::append_int(s, p.wd, 1);
    } else {
      timex::append_year(s, p.y);
      s += '-';
      timex::append_2(s, p.m);
      s += '-';
      timex::append_2(s, p.d);
    }
    break;
  }
  if (p.hour != ast::unset) {
    s += 'T';
    timex::append_int(s, p.hour, 2);
    s += ':';
    timex::append_int(s, p.minute == ast::unset ? 0 : p.minute, 2);
    if (p.second != ast::unset) {
      s += ':';
      timex::append_int(s, p.second, 2);
    }
    if (p.tz != ast::unset) {
      int const z = p.tz < 0 ? -p.tz : p.tz;
      s += z == 0 ? "Z" : (p.tz < 0 ? "-" : "+");
      if (z != 0) {
        timex::append_int(s, z / 60, 2);
        s += ':';
        timex::append_int(s, z % 60, 2);
      }
    }
  } else if (p.part != ast::day_part::none) {
    s += 'T';
    switch (p.part) {
    case ast::day_part::morning: s += "MO"; break;
    case ast::day_part::midday: s += "MI"; break;
    case ast::day_part::afternoon: s += "AF"; break;
    case ast::day_part::evening: s += "EV"; break;
    case ast::day_part::night: s += "NI"; break;
    case ast::day_part::daytime: s += "DT"; break;
    case ast::day_part::none: break;
    }
  }
  return s;
}

/// First and last day of a resolved point (for intervals and their enclosing period).
[[nodiscard]] inline bool point_range(cal_point const& p, ymd& lo, ymd& hi) {
  using g = cal_point::gran;
  switch (p.g) {
  case g::day:
    if (p.y == ast::unset || p.m == ast::unset || p.d == ast::unset) return false;
    lo = hi = {p.y, p.m, p.d};
    return true;
  case g::month:
    if (p.y == ast::unset || p.m == ast::unset) return false;
    lo = {p.y, p.m, 1}, hi = {p.y, p.m, days_in_month(p.y, p.m)};
    return true;
  case g::year:
    if (p.y == ast::unset) return false;
    lo = {p.y, 1, 1}, hi = {p.y, 12, 31};
    return true;
  case g::quarter:
  case g::half: {
    if (p.y == ast::unset || p.index == ast::unset) return false;
    int const len = p.g == g::quarter ? 3 : 6;
    int const m0 = (p.index - 1) * len + 1;
    lo = {p.y, m0, 1}, hi = {p.y, m0 + len - 1, days_in_month(p.y, m0 + len - 1)};
    return true;
  }
  default: return false;
  }
}

/// A fortnight, as an interval inside its month: « la première quinzaine d'avril » → 04-01..04-15.
[[nodiscard]] inline bool fortnight_bounds(cal_point const& p, std::string& from, std::string& to) {
  if (p.g != cal_point::gran::fortnight || p.m == grammar::ast::unset) return false;
  cal_point f = p, e = p;
  f.g = e.g = cal_point::gran::day;
  if (p.index == 1) f.d = 1, e.d = 15;
  else f.d = 16, e.d = p.y != grammar::ast::unset ? days_in_month(p.y, p.m) : 31;
  from = format_point(f);
  to = format_point(e);
  return true;
}

} // namespace detail

namespace detail {
/// A TIMEX3 field gets a value only when there is one: an empty string is no value.
inline void set_value(std::optional<std::string>& field, std::string v) {
  if (v.empty()) field.reset();
  else field = std::move(v);
}
} // namespace detail

/// Resolves a parsed expression to TIMEX3 fields.
[[nodiscard]] inline resolved resolve(grammar::ast::temporal const& t, resolve_context const& rc) {
  namespace ast = grammar::ast;
  using detail::cal_point;
  using g = cal_point::gran;
  resolved r;
  auto mod_of = [](ast::mod m) -> std::optional<std::string> {
    if (m == ast::mod::none) return std::nullopt;
    return std::string(name(m));
  };
  auto type_of = [](cal_point const& p) { return p.has_time() ? timex_type::time : timex_type::date; };

  switch (t.what) {
  case ast::kind::none:
    return r;

  case ast::kind::duration: {
    r.type = timex_type::duration;
    r.value = timex::duration_value(t.dur);
    if (t.offset_from_start && rc.reference && rc.reference->has_day()) {  // « depuis trois ans »
      ast::point a;
      a.deictic = true;
      int best = 0;
      for (int u = ast::unit_count - 1; u > 0; --u)
        if (t.dur.amount[static_cast<std::size_t>(u)] != 0) { best = u; break; }
      if (best > 0 && !t.dur.vague) {
        a.rel_unit = static_cast<ast::unit>(best);
        a.rel_offset = -static_cast<int>(std::lround(t.dur.amount[static_cast<std::size_t>(best)]));
        auto const p = detail::resolve_point(a, rc);
        detail::set_value(r.from, detail::format_point(p));
      }
    }
    return r;
  }

  case ast::kind::set: {
    r.type = timex_type::set;
    // the time of day of the recurrence: « tous les lundis à 16 heures » → XXXX-WXX-1T16:00
    detail::cal_point tp;
    detail::apply_time(tp, t.a);
    std::string time_part;
    if (tp.hour != ast::unset || tp.part != ast::day_part::none) time_part = detail::format_point(tp);
    if (t.a.weekday != ast::unset) {
      std::string v = "XXXX-WXX-";
      timex::append_int(v, t.a.weekday, 1);
      r.value = v + time_part;
      if (t.dur.amount[static_cast<std::size_t>(ast::unit::week)] == 2) r.freq = "1X", r.value = "P2W";
    } else if (!time_part.empty() && t.dur.amount[static_cast<std::size_t>(ast::unit::day)] == 1) {
      r.value = time_part;  // « chaque matin » → TMO, « tous les jours à 15 heures » → T15:00
    } else {
      r.value = timex::duration_value(t.dur);
    }
    if (t.freq > 0) {
      std::string f;
      timex::append_int(f, t.freq, 1);
      f += 'X';
      r.freq = f;
    }
    return r;
  }

  case ast::kind::point: {
    auto p = detail::resolve_point(t.a, rc);
    if (t.has_to) {  // an offset from an explicit anchor: « dix jours après le 9 mai »
      auto const anchor = detail::resolve_point(t.b, rc);
      timex::ymd lo, hi;
      if (detail::point_range(anchor, lo, hi) && anchor.g == g::day) {
        resolve_context sub = rc;
        sub.narrative = lo;
        ast::point off = t.a;
        off.anaphoric = true;
        off.deictic = false;
        p = detail::resolve_point(off, sub);
      }
    }
    r.type = type_of(p);
    detail::set_value(r.value, detail::format_point(p));
    if (p.g == g::fortnight) {
      std::string f, e;
      if (detail::fortnight_bounds(p, f, e)) r.from = std::move(f), r.to = std::move(e);
    }
    r.mod = mod_of(t.mod_ != ast::mod::none ? t.mod_ : p.mod_);
    return r;
  }

  case ast::kind::interval: {
    r.type = timex_type::date;
    // « les deux premiers mois de l'année », « les trois dernières semaines »
    if (t.enclosing || t.offset_from_start) {
      ast::unit u = ast::unit::none;
      double n = 0;
      for (int k = ast::unit_count - 1; k > 0; --k)
        if (t.dur.amount[static_cast<std::size_t>(k)] != 0) { u = static_cast<ast::unit>(k); n = t.dur.amount[static_cast<std::size_t>(k)]; break; }
      int const count = static_cast<int>(std::lround(n));
      if (t.enclosing) {
        auto encl = detail::resolve_point(t.a, rc);
        if (t.a.empty() && rc.reference && rc.reference->has_year()) encl.g = g::year, encl.y = rc.reference->year;
        if (encl.g == g::none && rc.reference && rc.reference->has_year()) encl.g = g::year, encl.y = rc.reference->year;
        // « le premier mois » with no year to count from: a year not known (XXXX), and its first
        // months or quarters underspecified (XXXX-01 .. XXXX-02)
        if (encl.g == g::none && !encl.has_time()) encl.g = g::year;
        detail::set_value(r.value, detail::format_point(encl));
        timex::ymd lo, hi;
        if (count > 0 && encl.g == g::year && encl.y == ast::unset &&
            (u == ast::unit::month || u == ast::unit::quarter || u == ast::unit::half) && count <= (u == ast::unit::month ? 12 : 4)) {
          cal_point f, e;
          f.g = e.g = u == ast::unit::month ? g::month : u == ast::unit::quarter ? g::quarter : g::half;
          if (u == ast::unit::month) f.m = 1, e.m = count;
          else f.index = 1, e.index = count;
          detail::set_value(r.from, detail::format_point(f));
          detail::set_value(r.to, detail::format_point(e));
        } else if (count > 0 && detail::point_range(encl, lo, hi)) {
          cal_point f, e;
          if (u == ast::unit::month) {
            f.g = e.g = g::month;
            f.y = lo.y, f.m = lo.m;
            auto const last = timex::add_months({lo.y, lo.m, 1}, count - 1);
            e.y = last.y, e.m = last.m;
          } else if (u == ast::unit::day || u == ast::unit::week) {
            f.g = e.g = g::day;
            f.y = lo.y, f.m = lo.m, f.d = lo.d;
            auto const last = timex::add_days(lo, (u == ast::unit::week ? 7 : 1) * count - 1);
            e.y = last.y, e.m = last.m, e.d = last.d;
          } else if (u == ast::unit::year) {
            f.g = e.g = g::year;
            f.y = lo.y, e.y = lo.y + count - 1;
          } else if (u == ast::unit::quarter || u == ast::unit::half) {
            f.g = e.g = u == ast::unit::quarter ? g::quarter : g::half;
            f.y = e.y = lo.y, f.index = 1, e.index = count;
          }
          if (f.g != g::none) detail::set_value(r.from, detail::format_point(f)), detail::set_value(r.to, detail::format_point(e));
        }
        return r;
      }
      // relative ranges ending (or starting) at the reference
      if (rc.reference && rc.reference->has_day() && !t.dur.vague && count > 0) {
        auto const ref = rc.reference->as_ymd();
        int const sign = t.a.rel_offset < 0 ? -1 : 1;
        auto shift = [&](int k) {
          switch (u) {
          case ast::unit::day: case ast::unit::business_day: return timex::add_days(ref, k);
          case ast::unit::week: return timex::add_days(ref, 7 * k);
          case ast::unit::month: return timex::add_months(ref, k);
          case ast::unit::quarter: return timex::add_months(ref, 3 * k);
          case ast::unit::half: return timex::add_months(ref, 6 * k);
          case ast::unit::year: return timex::add_months(ref, 12 * k);
          case ast::unit::decade: return timex::add_months(ref, 120 * k);
          default: return ref;
          }
        };
        cal_point f, e;
        f.g = e.g = g::day;
        timex::ymd a = sign < 0 ? shift(-count) : timex::add_days(ref, 1);
        timex::ymd b = sign < 0 ? ref : timex::add_days(shift(count), 0);
        f.y = a.y, f.m = a.m, f.d = a.d, e.y = b.y, e.m = b.m, e.d = b.d;
        detail::set_value(r.from, detail::format_point(f));
        detail::set_value(r.to, detail::format_point(e));
      } else {
        r.mod = "APPROX";
      }
      return r;
    }
    // explicit ends; an elliptic start borrows from the end (« du 13 au 15 juillet 2025 »)
    ast::point a = t.a, b = t.b;
    bool borrowed_year = false;
    if (t.has_from && t.has_to) {
      if (a.month == ast::unset && b.month != ast::unset && a.day != ast::unset && !a.deictic) a.month = b.month;
      if (a.year == ast::unset && b.year != ast::unset && (a.month != ast::unset || a.season_ != ast::season::none) && !a.deictic) {
        a.year = b.year;
        a.two_digit_year = b.two_digit_year;
        borrowed_year = true;
      }
      if (a.hour != ast::unset && b.hour != ast::unset && a.day == ast::unset && b.day != ast::unset) {
        a.day = b.day, a.month = b.month, a.year = b.year, a.weekday = b.weekday;
      }
    }
    cal_point pa, pb;
    if (t.has_from) pa = detail::resolve_point(a, rc);
    if (t.has_to) pb = detail::resolve_point(b, rc);
    if (t.has_from && t.has_to) {
      timex::ymd la, ha, lb, hb;
      auto const weekday_only = [](ast::point const& x) {
        return x.weekday != ast::unset && x.day == ast::unset && x.month == ast::unset && x.year == ast::unset &&
               !x.deictic && !x.anaphoric;
      };
      if (weekday_only(a) && weekday_only(b) && pa.day_known() && pb.day_known() &&
          timex::ymd{pa.y, pa.m, pa.d} > timex::ymd{pb.y, pb.m, pb.d}) {
        // « de jeudi à vendredi » said on a Thursday: the week ahead in the future, the one before otherwise
        if (rc.sentence_tense == tense::future) {
          auto const d = timex::add_days({pb.y, pb.m, pb.d}, 7);
          pb.y = d.y, pb.m = d.m, pb.d = d.d;
        } else {
          auto const d = timex::add_days({pa.y, pa.m, pa.d}, -7);
          pa.y = d.y, pa.m = d.m, pa.d = d.d;
        }
      }
      if (detail::point_range(pa, la, ha) && detail::point_range(pb, lb, hb) && la > lb && pa.y != ast::unset) {
        // « de novembre à février 2017 »: the start is in the previous year
        if (borrowed_year || a.year == ast::unset) {
          --pa.y;
        } else if (b.year == ast::unset && pb.y != ast::unset) {
          ++pb.y;
        }
      }
      // the enclosing period, when both ends share it
      if (pa.g == pb.g && pa.y != ast::unset && pa.y == pb.y) {
        if (pa.g == g::day && pa.m == pb.m && pa.d == pb.d && pa.d != ast::unset && pa.has_time() && pb.has_time()) {
          cal_point e;  // « de 14 h à 16 h »: one day
          e.g = g::day, e.y = pa.y, e.m = pa.m, e.d = pa.d;
          detail::set_value(r.value, detail::format_point(e));
        } else if (pa.g == g::day && pa.m == pb.m && pa.m != ast::unset) {
          cal_point e;
          e.g = g::month, e.y = pa.y, e.m = pa.m;
          detail::set_value(r.value, detail::format_point(e));
        } else if (pa.g == g::month || pa.g == g::day) {
          cal_point e;
          e.g = g::year, e.y = pa.y;
          detail::set_value(r.value, detail::format_point(e));
        }
      }
      if (pa.has_time() && pb.has_time()) r.type = timex_type::time;
    }
    if (t.has_from) {
      detail::set_value(r.from, detail::format_point(pa));
      if (pa.mod_ != ast::mod::none) r.mod = mod_of(pa.mod_);
    }
    if (t.has_to) {
      detail::set_value(r.to, detail::format_point(pb));
      if (!r.mod && pb.mod_ != ast::mod::none) r.mod = mod_of(pb.mod_);
    }
    // a fortnight is a range inside its month
    if (t.has_from != t.has_to) {
      auto const& p = t.has_from ? pa : pb;
      if (p.has_time() && (p.g == g::none || p.g == g::day)) r.type = timex_type::time;
    }
    return r;
  }
  }
  return r;
}

} // namespace depeche::recognize

#endif
