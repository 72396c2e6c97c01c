// SPDX-License-Identifier: MIT
// What the date grammar reads out of a temporal expression, before it is resolved to TIMEX3.
#ifndef DEPECHE_GRAMMAR_DATE_AST_HPP_INCLUDED
#define DEPECHE_GRAMMAR_DATE_AST_HPP_INCLUDED

#include <array>
#include <cstdint>

namespace depeche::grammar::ast {

/// Marks a field the text did not give.
inline constexpr int unset = -32768;

/// Calendar units, in increasing size.
enum class unit : std::uint8_t {
  none,
  second,
  minute,
  hour,
  day,
  business_day,  ///< « jour ouvré »
  weekend,
  week,
  fortnight,     ///< « quinzaine »
  month,
  quarter,       ///< « trimestre »
  half,          ///< « semestre »
  year,
  decade,
  century,
  millennium,
};
inline constexpr int unit_count = 16;

/// TIMEX3 `mod` values.
enum class mod : std::uint8_t {
  none,
  start,
  mid,
  end,
  approx,
  before,
  after,
  on_or_before,
  on_or_after,
  less_than,
  more_than,
  equal_or_less,
  equal_or_more,
};

/// TIMEX3 season codes: SP, SU, FA, WI.
enum class season : std::uint8_t { none, spring, summer, fall, winter };

/// Parts of the day, as TIMEX3 codes: MO, MI (midday), AF, EV, NI, DT (daytime).
enum class day_part : std::uint8_t { none, morning, midday, afternoon, evening, night, daytime };

/// How a weekday, month, season or holiday without a year is placed against the reference date.
enum class direction : std::int8_t {
  unspecified = 0,  ///< decided by the tense of the sentence (news default: on or before the reference)
  last = -1,        ///< « dernier », « passé »: strictly before
  next = 1,         ///< « prochain »: strictly after
  current = 2,      ///< « ce », « cette »: the one of the current week, month or year
};

/// One point or period of time as written: explicit fields, or an offset from the reference date,
/// or an offset from the narrative anchor (« le lendemain », « deux jours plus tard »).
struct point {
  int year = unset;
  bool two_digit_year = false;  ///< « 24.02.25 », « avril 78 »
  int month = unset;            ///< 1..12
  int day = unset;              ///< 1..31
  int weekday = unset;          ///< ISO: 1 = Monday .. 7 = Sunday
  int nth = unset;              ///< « le premier vendredi de juillet »: 1..5, -1 for the last one
  int hour = unset, minute = unset, second = unset;
  bool pm = false, am = false;  ///< English « 7pm », « 9 am »
  int tz_minutes = unset;       ///< « 16 heures CET » → +60
  day_part part = day_part::none;

  unit period = unit::none;     ///< for quarter, half, week, weekend, fortnight, decade, century
  int period_index = unset;     ///< Q1..Q4, H1..H2, week 1..53, fortnight 1..2, decade 196 (196X), century 19 (19XX)
  season season_ = season::none;
  int holiday = -1;             ///< index into the calendar's holiday list

  // relative to the reference date (« hier », « l'an dernier », « il y a trois semaines »)
  bool deictic = false;
  // relative to the narrative anchor (« le lendemain », « dix jours après »)
  bool anaphoric = false;
  unit rel_unit = unit::none;
  int rel_offset = 0;
  bool rel_exact_day = false;   ///< the offset keeps day precision (« dans trois jours »)

  direction dir = direction::unspecified;
  mod mod_ = mod::none;

  [[nodiscard]] constexpr bool empty() const noexcept {
    return year == unset && month == unset && day == unset && weekday == unset && hour == unset &&
           period == unit::none && season_ == season::none && holiday < 0 && !deictic && !anaphoric &&
           part == day_part::none;
  }
  [[nodiscard]] constexpr bool has_time() const noexcept { return hour != unset || part != day_part::none; }
};

/// An amount of time: one number per unit (« un an et demi » → year 1.5).
struct duration {
  std::array<double, unit_count> amount{};
  bool vague = false;  ///< « quelques jours », « plusieurs mois »: the number is unknown (TIMEX3 X)
  [[nodiscard]] constexpr bool empty() const noexcept {
    for (auto a : amount)
      if (a != 0) return false;
    return !vague;
  }
};

/// The kind of expression the grammar recognized.
enum class kind : std::uint8_t {
  none,
  point,     ///< a date, a time or a period (« 26 avril 2025 », « 14h30 », « l'an dernier »)
  interval,  ///< from/to (« du 13 au 15 juillet », « depuis octobre 2024 », « jusqu'en 2026 »)
  duration,  ///< « pendant trois semaines »
  set,       ///< « chaque année », « deux fois par semaine »
};

/// The whole expression.
struct temporal {
  kind what = kind::none;
  point a;                 ///< the point, or the start of an interval
  point b;                 ///< the end of an interval
  bool has_from = false;   ///< interval: `a` is set
  bool has_to = false;     ///< interval: `b` is set
  bool enclosing = false;  ///< interval: both ends are inside the period of `a`/`b` (« au cours des deux premiers mois de l'année »)
  mod mod_ = mod::none;    ///< on the whole expression (« avant 2030 » → before)
  duration dur;            ///< duration, or the period of a set, or the offset of a relative range
  int freq = 0;            ///< set: « deux fois par semaine » → 2
  bool offset_from_start = false;  ///< « les trois dernières semaines »: the range ends at the reference
};

} // namespace depeche::grammar::ast

#endif
