// SPDX-License-Identifier: MIT
// Bodies of the date rules (included by date.hpp, or by instantiate.ipp with DEPECHE_GRAMMAR_SEPARATE).
#ifndef DEPECHE_GRAMMAR_DETAIL_DATE_DEF_HPP_INCLUDED
#define DEPECHE_GRAMMAR_DETAIL_DATE_DEF_HPP_INCLUDED

#include <depeche/grammar/date.hpp>
#include <depeche/grammar/number.hpp>

#include <cmath>

namespace depeche::grammar {

namespace detail {

//=== semantic actions ===//
// Actions write the current point (`state.cur`) or the expression (`state.t`). A failed alternative
// may leave writes behind, so every alternative that can follow another one starts with `fresh`.

inline constexpr auto a_reset = [](auto& ctx) { state(ctx).reset(); };
inline constexpr auto a_fresh = [](auto& ctx) { state(ctx).cur = {}; };
inline constexpr auto a_restart = [](auto& ctx) { state(ctx).restart(); };
inline constexpr auto a_clear_time = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.hour = c.minute = c.second = ast::unset;
  c.part = ast::day_part::none;
  c.pm = c.am = false;
};
inline constexpr auto a_day = [](auto& ctx) { state(ctx).cur.day = static_cast<int>(x3::_attr(ctx)); };
inline constexpr auto a_day_words = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v < 2 || v > 31) x3::_pass(ctx) = false;
  else state(ctx).cur.day = static_cast<int>(v);
};
inline constexpr auto a_month = [](auto& ctx) {
  auto& st = state(ctx);
  st.month_code = x3::_attr(ctx);
  st.cur.month = calendar_code::value(st.month_code);
  if (st.month_code & calendar_code::english) st.flags |= date_flags::english;
};
inline constexpr auto a_month_num = [](auto& ctx) { state(ctx).cur.month = static_cast<int>(x3::_attr(ctx)); };
inline constexpr auto a_english_month_only = [](auto& ctx) {
  if (!(state(ctx).month_code & calendar_code::english)) x3::_pass(ctx) = false;
};
inline constexpr auto a_year = [](auto& ctx) { state(ctx).cur.year = static_cast<int>(x3::_attr(ctx)); };
inline constexpr auto a_year_words = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v < 1000 || v > 2199) x3::_pass(ctx) = false;
  else state(ctx).cur.year = static_cast<int>(v);
};
inline constexpr auto a_year2 = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.year = static_cast<int>(x3::_attr(ctx));
  c.two_digit_year = true;
};
inline constexpr auto a_weekday = [](auto& ctx) {
  auto& st = state(ctx);
  auto const code = x3::_attr(ctx);
  st.cur.weekday = calendar_code::value(code);
  if (code & calendar_code::english) st.flags |= date_flags::english;
};
inline constexpr auto a_weekday_only = [](auto& ctx) { state(ctx).flags |= date_flags::weekday_only; };
inline constexpr auto a_season = [](auto& ctx) { state(ctx).cur.season_ = static_cast<ast::season>(x3::_attr(ctx)); };
inline constexpr auto a_holiday = [](auto& ctx) { state(ctx).cur.holiday = x3::_attr(ctx); };
inline constexpr auto a_last = [](auto& ctx) { state(ctx).cur.dir = ast::direction::last; };
inline constexpr auto a_next = [](auto& ctx) { state(ctx).cur.dir = ast::direction::next; };
inline constexpr auto a_this = [](auto& ctx) { state(ctx).cur.dir = ast::direction::current; };

inline constexpr auto a_relative_day = [](auto& ctx) {
  auto& st = state(ctx);
  auto const code = x3::_attr(ctx);
  st.cur.rel_unit = ast::unit::day;
  st.cur.rel_offset = calendar_code::value(code) - 64;
  st.cur.rel_exact_day = true;
  if (code & calendar_code::anaphoric) {
    st.cur.anaphoric = true;
    st.flags |= date_flags::needs_anchor;
  } else {
    st.cur.deictic = true;
  }
};
inline constexpr auto a_today = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.deictic = true;
  c.rel_unit = ast::unit::day;
  c.rel_offset = 0;
  c.rel_exact_day = true;
};
inline constexpr auto a_day_part = [](auto& ctx) {
  auto& c = state(ctx).cur;
  auto const p = static_cast<ast::day_part>(x3::_attr(ctx));
  if (c.hour != ast::unset) {
    if ((p == ast::day_part::afternoon || p == ast::day_part::evening) && c.hour < 12) c.hour += 12;
    if (p == ast::day_part::night && c.hour >= 6 && c.hour < 12) c.hour += 12;
    if (p == ast::day_part::morning && c.hour == 12) c.hour = 0;
    state(ctx).flags &= ~date_flags::weak_time;
  } else {
    c.part = p;
  }
};
inline constexpr auto a_time_zone = [](auto& ctx) {
  state(ctx).cur.tz_minutes = x3::_attr(ctx);
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_strong = [](auto& ctx) { state(ctx).flags &= ~date_flags::weak_time; };
inline constexpr auto a_not_weak = [](auto& ctx) {
  if (state(ctx).flags & date_flags::weak_time) x3::_pass(ctx) = false;
};
inline constexpr auto a_clear_weak = [](auto& ctx) { state(ctx).flags &= ~date_flags::weak_time; };
inline constexpr auto a_hour_words = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v > 24) x3::_pass(ctx) = false;
  else {
    auto& st = state(ctx);
    st.cur.hour = static_cast<int>(v);
    st.cur.minute = ast::unset;
    st.flags |= date_flags::weak_time;
  }
};
inline constexpr auto a_minute = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v > 59) x3::_pass(ctx) = false;
  else {
    state(ctx).cur.minute = static_cast<int>(v);
    state(ctx).flags &= ~date_flags::weak_time;
  }
};
inline constexpr auto a_half_past = [](auto& ctx) {
  state(ctx).cur.minute = 30;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_quarter_past = [](auto& ctx) {
  state(ctx).cur.minute = 15;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_quarter_to = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.hour = c.hour == 0 ? 23 : c.hour - 1;
  c.minute = 45;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_hour_bare = [](auto& ctx) {  // a bare number read as an hour
  auto const v = x3::_attr(ctx);
  if (v > 24) x3::_pass(ctx) = false;
  else {
    auto& st = state(ctx);
    st.cur.hour = static_cast<int>(v);
    st.cur.minute = ast::unset;
    st.flags |= date_flags::weak_time;
  }
};
inline constexpr auto a_three_quarters = [](auto& ctx) {
  state(ctx).cur.minute = 45;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_part_first = [](auto& ctx) {  // « l'après-midi à 7 »: the part comes first
  auto const p = static_cast<ast::day_part>(x3::_attr(ctx));
  if (p == ast::day_part::daytime) x3::_pass(ctx) = false;
  else state(ctx).cur.part = p;
};
inline constexpr auto a_apply_part = [](auto& ctx) {
  auto& c = state(ctx).cur;
  if (c.hour != ast::unset && c.hour < 12 &&
      (c.part == ast::day_part::afternoon || c.part == ast::day_part::evening ||
       (c.part == ast::day_part::night && c.hour >= 6)))
    c.hour += 12;
  c.part = ast::day_part::none;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_day_part_strict = [](auto& ctx) {  // after a bare number: not « de la journée »
  if (static_cast<ast::day_part>(x3::_attr(ctx)) == ast::day_part::daytime) x3::_pass(ctx) = false;
  else a_day_part(ctx);
};
template <int H>
inline constexpr auto a_hour_of_part = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.hour = H;
  c.minute = ast::unset;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_mid_part = [](auto& ctx) {  // « milieu de matinée » → 10h, « milieu d'après-midi » → 14h
  auto& c = state(ctx).cur;
  switch (static_cast<ast::day_part>(x3::_attr(ctx))) {
  case ast::day_part::morning: c.hour = 10; break;
  case ast::day_part::afternoon: c.hour = 14; break;
  case ast::day_part::evening: c.hour = 20; break;
  case ast::day_part::night: c.hour = 0; break;
  default: c.hour = 12; break;
  }
  c.minute = ast::unset;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_noon = [](auto& ctx) {
  state(ctx).cur.hour = 12;
  state(ctx).cur.minute = ast::unset;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_midnight = [](auto& ctx) {
  state(ctx).cur.hour = 0;
  state(ctx).cur.minute = ast::unset;
  state(ctx).flags &= ~date_flags::weak_time;
};
inline constexpr auto a_approx = [](auto& ctx) { state(ctx).cur.mod_ = ast::mod::approx; };
inline constexpr auto a_mod_start = [](auto& ctx) { state(ctx).pending_mod = ast::mod::start; };
inline constexpr auto a_mod_mid = [](auto& ctx) { state(ctx).pending_mod = ast::mod::mid; };
inline constexpr auto a_mod_end = [](auto& ctx) { state(ctx).pending_mod = ast::mod::end; };
inline constexpr auto a_mod_during = [](auto& ctx) { state(ctx).pending_mod = ast::mod::none; };
inline constexpr auto a_apply_mod = [](auto& ctx) {
  auto& st = state(ctx);
  st.cur.mod_ = st.pending_mod;
  st.pending_mod = ast::mod::none;
};
inline constexpr auto a_clear_marks = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
};

/// Sets the current point to « this <unit> » (deictic, offset 0).
template <ast::unit U>
inline constexpr auto a_this_unit = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.deictic = true;
  c.rel_unit = U;
  c.rel_offset = 0;
};
inline constexpr auto a_unit_code = [](auto& ctx) { state(ctx).unit_code = x3::_attr(ctx); };
inline constexpr auto a_period_unit_this = [](auto& ctx) {  // « cette semaine », « l'année »
  auto& st = state(ctx);
  auto const u = static_cast<ast::unit>(calendar_code::value(x3::_attr(ctx)));
  if (u == ast::unit::second || u == ast::unit::minute || u == ast::unit::hour || u == ast::unit::business_day ||
      u == ast::unit::fortnight || u == ast::unit::millennium) {
    x3::_pass(ctx) = false;
    return;
  }
  st.cur.deictic = true;
  st.cur.rel_unit = u;
};
template <int N>
inline constexpr auto a_week_rel = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.deictic = true;
  c.rel_unit = ast::unit::week;
  c.rel_offset = N;
};
inline constexpr auto a_rel_minus = [](auto& ctx) { state(ctx).cur.rel_offset = -1; };
inline constexpr auto a_rel_plus = [](auto& ctx) { state(ctx).cur.rel_offset = 1; };
inline constexpr auto a_rel_plus2 = [](auto& ctx) { state(ctx).cur.rel_offset = 2; };
inline constexpr auto a_bare_unit = [](auto& ctx) { state(ctx).flags |= date_flags::bare_unit_period; };

inline constexpr auto a_amount = [](auto& ctx) {
  auto& st = state(ctx);
  st.amount = static_cast<double>(x3::_attr(ctx));
  st.amount_vague = false;
};
inline constexpr auto a_amount_vague = [](auto& ctx) {
  auto& st = state(ctx);
  st.amount = 0;
  st.amount_vague = true;
};
inline constexpr auto a_amount_one = [](auto& ctx) {
  auto& st = state(ctx);
  st.amount = 1;
  st.amount_vague = false;
};
inline constexpr auto a_amount_half = [](auto& ctx) {
  auto& st = state(ctx);
  st.amount = 0.5;
  st.amount_vague = false;
};
inline constexpr auto a_hour_unit = [](auto& ctx) { state(ctx).unit_code = static_cast<int>(ast::unit::hour); };
inline constexpr auto a_add_half = [](auto& ctx) { state(ctx).amount += 0.5; };
/// Adds the last amount and unit read to the expression's duration.
inline constexpr auto a_add_amount = [](auto& ctx) {
  auto& st = state(ctx);
  auto const u = calendar_code::value(st.unit_code);
  if (u <= 0 || u >= ast::unit_count || (!st.amount_vague && !(st.amount > 0) ) || st.amount > 1e7) {
    x3::_pass(ctx) = false;
    return;
  }
  if (st.amount_vague) st.t.dur.vague = true;
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(u)] += st.amount_vague ? 1 : st.amount;
};
inline constexpr auto a_clear_duration = [](auto& ctx) { state(ctx).t.dur = {}; };

/// Turns the duration read so far into an offset of the current point (sign: -1 ago, +1 ahead).
template <int Sign, bool Anaphoric>
inline constexpr auto a_offset = [](auto& ctx) {
  auto& st = state(ctx);
  auto& d = st.t.dur;
  // the largest unit with an amount; fractional parts go one unit down
  int best = -1;
  for (int u = ast::unit_count - 1; u > 0; --u)
    if (d.amount[static_cast<std::size_t>(u)] != 0) { best = u; break; }
  if (best < 0) {
    x3::_pass(ctx) = false;
    return;
  }
  int finest = best;
  for (int u = 1; u < best; ++u)
    if (d.amount[static_cast<std::size_t>(u)] != 0) { finest = u; break; }
  auto to_units = [&](int target) {
    // express everything in `target` units (approximations: 1 month = 30 days, 1 year = 12 months)
    double total = 0;
    for (int u = 1; u < ast::unit_count; ++u) {
      double const a = d.amount[static_cast<std::size_t>(u)];
      if (a == 0) continue;
      double f = 1;
      auto const U = static_cast<ast::unit>(u), T = static_cast<ast::unit>(target);
      auto days = [](ast::unit x) -> double {
        switch (x) {
        case ast::unit::second: return 1.0 / 86400;
        case ast::unit::minute: return 1.0 / 1440;
        case ast::unit::hour: return 1.0 / 24;
        case ast::unit::day: case ast::unit::business_day: return 1;
        case ast::unit::weekend: case ast::unit::week: return 7;
        case ast::unit::fortnight: return 14;
        case ast::unit::month: return 30;
        case ast::unit::quarter: return 91;
        case ast::unit::half: return 182;
        case ast::unit::year: return 365;
        case ast::unit::decade: return 3650;
        case ast::unit::century: return 36500;
        default: return 365000;
        }
      };
      if (U == T) f = 1;
      else if (U == ast::unit::year && T == ast::unit::month) f = 12;
      else if (U == ast::unit::decade && T == ast::unit::year) f = 10;
      else if (U == ast::unit::century && T == ast::unit::year) f = 100;
      else if (U == ast::unit::quarter && T == ast::unit::month) f = 3;
      else if (U == ast::unit::half && T == ast::unit::month) f = 6;
      else f = days(U) / days(T);
      total += a * f;
    }
    return total;
  };
  int target = finest;
  double total = to_units(target);
  if (total != std::floor(total)) {
    static constexpr int finer[] = {0, 1, 1, 2, 3, 4, 4, 4, 4, 4, 9, 9, 9, 12, 12, 12};
    target = finer[target];
    total = to_units(target);
  }
  auto& c = st.cur;
  c.rel_unit = static_cast<ast::unit>(target);
  double const bounded = total > 1e6 ? 1e6 : total;  // « il y a dix millions de siècles » stays an int
  c.rel_offset = Sign * static_cast<int>(std::lround(d.vague ? 1.0 : bounded));
  c.rel_exact_day = target <= static_cast<int>(ast::unit::day) || (Anaphoric && target <= static_cast<int>(ast::unit::week));
  if (Anaphoric) {
    c.anaphoric = true;
    st.flags |= date_flags::needs_anchor;
  } else {
    c.deictic = true;
  }
  if (d.vague) c.mod_ = ast::mod::approx;
  d = {};
};

// expression kinds
inline constexpr auto a_as_point = [](auto& ctx) {
  auto& st = state(ctx);
  if (st.t.what != ast::kind::none) return;  // an offset already stored itself (and maybe its anchor)
  st.t.what = ast::kind::point;
  st.t.a = st.cur;
};
inline constexpr auto a_take_from = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.a = st.cur;
  st.t.has_from = true;
  st.cur = {};
};
inline constexpr auto a_take_to = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.b = st.cur;
  st.t.has_to = true;
  st.cur = {};
};
/// Checks a closed interval: an elliptic start (« du 13 au 15 juillet ») needs what it lacks in the end.
inline constexpr auto a_close_interval = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  auto& t = st.t;
  t.what = ast::kind::interval;
  auto const& a = t.a;
  auto const& b = t.b;
  bool const a_day_only = a.day != ast::unset && a.month == ast::unset && a.weekday == ast::unset && !a.deictic;
  bool const a_year_only = a.year != ast::unset && a.month == ast::unset && a.day == ast::unset && a.period == ast::unit::none &&
                           a.season_ == ast::season::none;
  bool const b_year_only = b.year != ast::unset && b.month == ast::unset && b.day == ast::unset && b.period == ast::unit::none &&
                           b.season_ == ast::season::none;
  bool const a_time_only = a.hour != ast::unset && a.day == ast::unset && a.month == ast::unset && a.weekday == ast::unset && !a.deictic;
  bool const b_time_only = b.hour != ast::unset && b.day == ast::unset && b.month == ast::unset && b.weekday == ast::unset && !b.deictic;
  if (a_day_only && b.month == ast::unset && !b.deictic) x3::_pass(ctx) = false;
  if (a_year_only && b_year_only && (b.year < a.year || b.year - a.year > 300)) x3::_pass(ctx) = false;
  if (a_time_only != b_time_only) x3::_pass(ctx) = false;
  if (a.empty() || b.empty()) x3::_pass(ctx) = false;
};
inline constexpr auto a_year_range_flag = [](auto& ctx) { state(ctx).flags |= date_flags::year_range; };
inline constexpr auto a_open_from = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  st.t.what = ast::kind::interval;
  st.t.a = st.cur;
  st.t.has_from = true;
};
inline constexpr auto a_open_to = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  st.t.what = ast::kind::interval;
  st.t.b = st.cur;
  st.t.has_to = true;
};
inline constexpr auto a_before = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  st.t.what = ast::kind::point;
  st.t.a = st.cur;
  st.t.mod_ = ast::mod::before;
};
inline constexpr auto a_after = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  st.t.what = ast::kind::point;
  st.t.a = st.cur;
  st.t.mod_ = ast::mod::after;
};
inline constexpr auto a_on_or_after = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  st.t.what = ast::kind::point;
  st.t.a = st.cur;
  st.t.mod_ = ast::mod::on_or_after;
};
inline constexpr auto a_on_or_before = [](auto& ctx) {
  auto& st = state(ctx);
  st.begin_mark = st.end_mark = nullptr;
  st.t.what = ast::kind::point;
  st.t.a = st.cur;
  st.t.mod_ = ast::mod::on_or_before;
};
inline constexpr auto a_as_duration = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.what = ast::kind::duration;
};
inline constexpr auto a_since_duration = [](auto& ctx) {  // « depuis trois ans »: a duration reaching the reference
  auto& st = state(ctx);
  st.t.what = ast::kind::duration;
  st.t.offset_from_start = true;
};
inline constexpr auto a_as_set = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.what = ast::kind::set;
  st.t.a = st.cur;
};
inline constexpr auto a_set_every_unit = [](auto& ctx) {  // « chaque année » → P1Y
  auto& st = state(ctx);
  auto const u = calendar_code::value(x3::_attr(ctx));
  st.t.dur = {};
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(u)] = 1;
};
inline constexpr auto a_set_weekly = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.dur = {};
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(ast::unit::week)] = 1;
};
inline constexpr auto a_set_every_two_weeks = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.dur = {};
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(ast::unit::week)] = 2;
};
inline constexpr auto a_set_daily = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.dur = {};
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(ast::unit::day)] = 1;
};
inline constexpr auto a_freq = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v < 1 || v > 1000) x3::_pass(ctx) = false;
  else state(ctx).t.freq = static_cast<int>(v);
};
inline constexpr auto a_frequency_word = [](auto& ctx) {
  auto& st = state(ctx);
  auto const code = x3::_attr(ctx);
  st.t.dur = {};
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(code & 0xFF)] = code >> 8;
  st.flags |= date_flags::frequency_word;
};
inline constexpr auto a_set_clear = [](auto& ctx) {  // a new reading of a set: keep a time already read
  auto& st = state(ctx);
  st.t.dur = {};
  st.t.freq = 0;
  st.cur.weekday = ast::unset;
  st.cur.part = ast::day_part::none;
};
inline constexpr auto a_keep_time = [](auto& ctx) {  // the time read before a set (the set resets the state)
  auto& st = state(ctx);
  st.t.b = st.cur;
};
inline constexpr auto a_restore_time = [](auto& ctx) {
  auto& st = state(ctx);
  auto const& k = st.t.b;
  st.cur.hour = k.hour, st.cur.minute = k.minute, st.cur.second = k.second;
  st.cur.pm = k.pm, st.cur.am = k.am, st.cur.tz_minutes = k.tz_minutes;
  st.t.b = {};
};
inline constexpr auto a_anchor = [](auto& ctx) {  // « dix jours après le 9 mai »: offset in t.a, anchor in cur
  auto& st = state(ctx);
  st.t.b = st.cur;
  st.t.a.anaphoric = false;
  st.flags &= ~date_flags::needs_anchor;
  st.t.has_to = true;  // b holds the anchor
  st.flags &= ~date_flags::event_anchor;
  st.begin_mark = st.end_mark = nullptr;
};
inline constexpr auto a_event_anchor = [](auto& ctx) { state(ctx).flags |= date_flags::event_anchor; };
inline constexpr auto a_save_offset = [](auto& ctx) {
  auto& st = state(ctx);
  st.t.what = ast::kind::point;
  st.t.a = st.cur;
};
template <int Q, ast::unit U>
inline constexpr auto a_period_index = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.period = U;
  c.period_index = Q;
};
inline constexpr auto a_quarter = [](auto& ctx) {  // « premier trimestre »: ordinal in _attr
  auto const v = x3::_attr(ctx);
  if (v < 1 || v > 4) x3::_pass(ctx) = false;
  else {
    auto& c = state(ctx).cur;
    c.period = ast::unit::quarter;
    c.period_index = static_cast<int>(v);
  }
};
inline constexpr auto a_half = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v < 1 || v > 2) x3::_pass(ctx) = false;
  else {
    auto& c = state(ctx).cur;
    c.period = ast::unit::half;
    c.period_index = static_cast<int>(v);
  }
};
inline constexpr auto a_ordinal = [](auto& ctx) { state(ctx).amount = static_cast<double>(x3::_attr(ctx)); };
inline constexpr auto a_ordinal_last = [](auto& ctx) { state(ctx).amount = -1; };
inline constexpr auto a_period_from_ordinal = [](auto& ctx) {  // ordinal in amount, unit code in _attr
  auto& st = state(ctx);
  auto const u = static_cast<ast::unit>(calendar_code::value(x3::_attr(ctx)));
  int const n = static_cast<int>(st.amount);
  int max = 0;
  switch (u) {
  case ast::unit::quarter: max = 4; break;
  case ast::unit::half: max = 2; break;
  case ast::unit::week: max = 53; break;
  default: max = 0;
  }
  if (max == 0 || n == 0 || n > max) {
    x3::_pass(ctx) = false;
    return;
  }
  st.cur.period = u;
  st.cur.period_index = n < 0 ? (u == ast::unit::week ? -1 : max) : n;
};
inline constexpr auto a_fortnight = [](auto& ctx) {
  auto& st = state(ctx);
  int const n = static_cast<int>(st.amount);
  if (n < 1 || n > 2) {
    x3::_pass(ctx) = false;
    return;
  }
  st.cur.period = ast::unit::fortnight;
  st.cur.period_index = n;
};
inline constexpr auto a_nth_weekday = [](auto& ctx) {  // « premier vendredi »: ordinal in amount
  auto& st = state(ctx);
  int const n = static_cast<int>(st.amount);
  if (n == 0 || n > 5) x3::_pass(ctx) = false;
  else st.cur.nth = n;
};
inline constexpr auto a_month_unit = [](auto& ctx) {  // « du mois prochain »: offset set before
  auto& c = state(ctx).cur;
  c.deictic = true;
  c.rel_unit = ast::unit::month;
};
inline constexpr auto a_decade = [](auto& ctx) {  // « les années 1960 », « les années 60 », « années soixante »
  auto const raw = x3::_attr(ctx);
  auto v = static_cast<long long>(raw);
  if (v < 0 || v % 10 != 0) {
    x3::_pass(ctx) = false;
    return;
  }
  if (v < 100) v += v <= 10 ? 2000 : 1900;  // « années 2000 » is 4 digits; « années 10 » → 2010
  if (v < 1000 || v > 2190) {
    x3::_pass(ctx) = false;
    return;
  }
  auto& c = state(ctx).cur;
  c.period = ast::unit::decade;
  c.period_index = static_cast<int>(v / 10);
};
inline constexpr auto a_century = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.period = ast::unit::century;
  c.period_index = static_cast<int>(x3::_attr(ctx)) - 1;  // XXe siècle → 19XX
};
inline constexpr auto a_week_number = [](auto& ctx) {
  auto& c = state(ctx).cur;
  c.period = ast::unit::week;
  c.period_index = static_cast<int>(x3::_attr(ctx));
};
inline constexpr auto a_fortnight_month = [](auto& ctx) {  // keep the fortnight index; the month is read next
  (void)ctx;
};
inline constexpr auto a_bare_day = [](auto& ctx) { state(ctx).flags |= date_flags::bare_day; };
inline constexpr auto a_set_per_unit = [](auto& ctx) {  // « par jour »: only day, week, month, year
  auto const u = static_cast<ast::unit>(calendar_code::value(x3::_attr(ctx)));
  if (u != ast::unit::day && u != ast::unit::week && u != ast::unit::month && u != ast::unit::year) {
    x3::_pass(ctx) = false;
    return;
  }
  auto& st = state(ctx);
  st.t.dur = {};
  st.duration_dirty = true, st.t.dur.amount[static_cast<std::size_t>(u)] = 1;
};
inline constexpr auto a_bare_month = [](auto& ctx) {
  auto& st = state(ctx);
  st.flags |= date_flags::bare_month;
  if (st.month_code & (calendar_code::abbreviation | calendar_code::ambiguous)) st.flags |= date_flags::abbreviated;
};
inline constexpr auto a_no_ambiguous_month = [](auto& ctx) {
  if (state(ctx).month_code & calendar_code::ambiguous) x3::_pass(ctx) = false;
};
inline constexpr auto a_enclosing = [](auto& ctx) { state(ctx).t.enclosing = true; };
/// « les deux premiers mois de l'année »: amount in state, unit in unit_code, period in cur.
template <int Which>  // 0: premiers (from the start of the enclosing period), -1: derniers, +1: prochains
inline constexpr auto a_first_n = [](auto& ctx) {
  auto& st = state(ctx);
  auto& t = st.t;
  auto const u = static_cast<ast::unit>(calendar_code::value(st.unit_code));
  t.what = ast::kind::interval;
  t.dur = {};
  st.duration_dirty = true;
  t.dur.amount[static_cast<std::size_t>(u)] = st.amount_vague ? 1 : st.amount;
  t.dur.vague = st.amount_vague;
  if constexpr (Which == 0) {
    t.enclosing = true;
    t.a = st.cur;  // the enclosing period (may be empty: the current year)
    t.has_from = t.has_to = true;
  } else {
    t.offset_from_start = true;
    t.a = {};
    t.a.deictic = true;
    t.a.rel_unit = u;
    t.a.rel_offset = Which;  // marks direction
    t.has_from = t.has_to = true;
  }
};

template <int Lo, int Hi>
inline constexpr auto a_check_range = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (v < Lo || v > Hi) x3::_pass(ctx) = false;
};

//=== building blocks ===//

inline constexpr blanks_parser sp{};
inline constexpr opt_blanks_parser osp{};
inline constexpr auto comma = osp >> ',' >> osp;
inline constexpr auto sp_or_comma = comma | sp;
inline constexpr auto det = ((kw("le") | kw("la") | kw("les")) >> sp) | kw("l'");
inline constexpr auto de = (kw("de") >> sp) | kw("d'");
inline constexpr auto de_or_du = (kw("de") >> sp >> kw("l'")) | (kw("de") >> sp >> kw("la") >> sp) | (kw("de") >> sp) |
                                 (kw("du") >> sp) | (kw("des") >> sp) | kw("d'");

inline constexpr table_parser<&calendar::months> month_any{};
inline constexpr table_parser<&calendar::months, 0, calendar_code::abbreviation> month_full{};
inline constexpr table_parser<&calendar::weekdays, 0, calendar_code::plural> weekday_any{};
inline constexpr table_parser<&calendar::weekdays, 0, calendar_code::plural | calendar_code::abbreviation> weekday_full{};
inline constexpr table_parser<&calendar::weekdays, calendar_code::plural> weekday_plural{};
inline constexpr table_parser<&calendar::seasons> season_word{};
inline constexpr table_parser<&calendar::holidays> holiday_word{};
inline constexpr table_parser<&calendar::units> unit_any{};
inline constexpr table_parser<&calendar::units, 0, calendar_code::plural> unit_singular{};
inline constexpr table_parser<&calendar::units, calendar_code::plural | calendar_code::invariable> unit_plural{};
inline constexpr table_parser<&calendar::relative_days> relative_day_word{};
inline constexpr table_parser<&calendar::day_parts> day_part_word{};
inline constexpr table_parser<&calendar::time_zones> time_zone_word{};
inline constexpr table_parser<&calendar::frequencies> frequency_word{};

inline constexpr day_digits_parser day_digits{};
inline constexpr digit_run_parser<4, 4, 1000, 2199> year4{};
inline constexpr digit_run_parser<2, 2, 0, 99> year2{};
inline constexpr digit_run_parser<1, 2, 1, 12> month_digits{};
inline constexpr digit_run_parser<1, 2, 0, 59> minute_digits{};
inline constexpr digit_run_parser<1, 2, 0, 24> hour_digits{};
inline constexpr digit_run_parser<1, 2, 1, 53> week_digits{};
inline constexpr numeric_date_parser numeric_date{};
inline constexpr meridiem_parser meridiem{};
// the number rules of grammar/number.hpp, memoized per position
inline constexpr memo_number_parser<cardinal_words_rule, &date_state::cardinal_memo> cardinal{cardinal_words};
inline constexpr memo_number_parser<ordinal_words_rule, &date_state::ordinal_memo> ordinal_w{ordinal_words};
inline constexpr clock_time_parser clock_time{};
inline constexpr century_ordinal_parser century_ordinal{};

inline constexpr auto fresh = x3::eps[a_fresh];

inline constexpr auto last_word = kw("dernier") | kw("dernière") | kw("derniere") | kw("derniers") | kw("dernières") |
                                  kw("passé") | kw("passée") | kw("passe") | kw("precedent") | kw("précédent") |
                                  kw("précédente") | kw("precedente") | kw("écoulé") | kw("écoulée");
inline constexpr auto next_word = kw("prochain") | kw("prochaine") | kw("suivant") | kw("suivante") |
                                  (kw("à") >> sp >> kw("venir"));
inline constexpr auto this_word = kw("cette") | kw("cet") | kw("ce");
inline constexpr auto first_ordinal = kw("premier") | kw("première") | kw("premiere") | kw("premiers") | kw("premières");

} // namespace detail

//=== rules ===//

namespace date_rules {

struct day_number_id {};
struct year_part_id {};
struct time_of_day_id {};
struct time_tail_id {};
struct dm_date_id {};
struct md_date_id {};
struct numeric_expr_id {};
struct weekday_expr_id {};
struct month_year_id {};
struct relative_expr_id {};
struct rel_period_id {};
struct period_expr_id {};
struct partial_id {};
struct partial_target_id {};
struct offset_id {};
struct ipoint_id {};
struct amount_unit_id {};
struct amount_id {};
struct duration_list_id {};
struct ordinal_id {};
struct cued_id {};
struct year_spec_id {};
struct last_n_id {};

using x3::rule;
inline constexpr rule<day_number_id, int> day_number{"day_number"};
inline constexpr rule<year_part_id> year_part{"year_part"};
inline constexpr rule<time_of_day_id> time_of_day_rule{"time_of_day"};
inline constexpr rule<time_tail_id> time_tail{"time_tail"};
inline constexpr rule<dm_date_id> dm_date_rule{"dm_date"};
inline constexpr rule<md_date_id> md_date_rule{"md_date"};
inline constexpr rule<numeric_expr_id> numeric_expr_rule{"numeric_expr"};
inline constexpr rule<weekday_expr_id> weekday_expr_rule{"weekday_expr"};
inline constexpr rule<month_year_id> month_year_rule{"month_year"};
inline constexpr rule<relative_expr_id> relative_expr_rule{"relative_expr"};
inline constexpr rule<rel_period_id> rel_period_rule{"rel_period"};
inline constexpr rule<period_expr_id> period_expr_rule{"period_expr"};
inline constexpr rule<partial_id> partial_rule{"partial"};
inline constexpr rule<partial_target_id> partial_target{"partial_target"};
inline constexpr rule<offset_id> offset_rule{"offset"};
inline constexpr rule<ipoint_id> ipoint_rule{"ipoint"};
inline constexpr rule<amount_unit_id> amount_unit{"amount_unit"};
inline constexpr rule<amount_id> amount_rule{"amount"};
inline constexpr rule<duration_list_id> duration_list_rule{"duration_list"};
inline constexpr rule<ordinal_id, std::uint64_t> ordinal{"ordinal"};
inline constexpr rule<cued_id> cued{"cued"};
inline constexpr rule<year_spec_id> year_spec{"year_spec"};
inline constexpr rule<last_n_id> last_n{"last_n"};

// sub-rules asked again at the same position by several alternatives: their failures are remembered
inline constexpr auto time_of_day = detail::fail_memo<0>(time_of_day_rule);
inline constexpr auto dm_date = detail::fail_memo<1>(dm_date_rule);
inline constexpr auto numeric_expr = detail::fail_memo<2>(numeric_expr_rule);
inline constexpr auto month_year = detail::fail_memo<3>(month_year_rule);
inline constexpr auto period_expr = detail::fail_memo<4>(period_expr_rule);
inline constexpr auto partial = detail::fail_memo<5>(partial_rule);
inline constexpr auto weekday_expr = detail::fail_memo<6>(weekday_expr_rule);
inline constexpr auto rel_period = detail::fail_memo<7>(rel_period_rule);
inline constexpr auto relative_expr = detail::fail_memo<8>(relative_expr_rule);
inline constexpr auto amount = detail::fail_memo<9>(amount_rule);
inline constexpr auto duration_list = detail::fail_memo<10>(duration_list_rule);
inline constexpr auto md_date = detail::fail_memo<11>(md_date_rule);
inline constexpr auto ipoint = detail::fail_memo<12>(ipoint_rule);
inline constexpr auto offset = detail::fail_memo<13>(offset_rule);


using namespace detail;

inline constexpr auto restart = x3::eps[a_restart];
inline constexpr auto det_opt = -det;

// « 24 », « 1er », « premier »
inline const auto day_number_def = day_digits | ((kw("premier") | kw("première") | kw("premiere")) >> x3::attr(1));

// an ordinal: « premier », « 2e », « deuxième », « second »
inline const auto ordinal_def =
    ordinal_digits | ordinal_w | ((kw("second") | kw("seconde")) >> x3::attr(std::uint64_t{2}));

// the year after a day and month: « 26 avril 2025 », « 12 janvier, 2016 », « 1er janvier de 2016 », « avril 78 »
inline const auto year_part_def =
    (sp_or_comma >> -((kw("de") | kw("en")) >> sp) >> year4[a_year]) |
    (sp >> kw("de") >> sp >> kw("l'") >> (kw("année") | kw("annee")) >> sp >> year4[a_year]) |
    (sp >> cardinal[a_year_words]) | (sp_or_comma >> (year2 >> phrase_end)[a_year2]) |
    (sp >> x3::lit('\'') >> year2[a_year2]);

// clock times with their day part and time zone: « 14h30 », « 8 h du matin », « 16 heures CET »
inline const auto minutes_part =
    (kw("et") >> sp >> (kw("demie") | kw("demi")))[a_half_past] | (kw("et") >> sp >> kw("quart"))[a_quarter_past] |
    (kw("et") >> sp >> kw("trois") >> sp >> kw("quarts"))[a_three_quarters] |
    (kw("et") >> sp >> minute_digits >> sp >> (kw("minutes") | kw("minute")))[a_minute] |
    (kw("et") >> sp >> cardinal >> sp >> (kw("minutes") | kw("minute")))[a_minute] |
    (kw("moins") >> sp >> kw("le") >> sp >> kw("quart"))[a_quarter_to] |
    ((minute_digits >> -(sp >> (kw("minutes") | kw("minute") | kw("min")))))[a_minute] |
    ((cardinal >> -(sp >> (kw("minutes") | kw("minute") | kw("min")))))[a_minute];
inline const auto hour_words_part = ((cardinal >> sp >> (kw("heures") | kw("heure")))[a_hour_words] |
                                     (hour_digits >> osp >> (kw("heures") | kw("heure")))[a_hour_words]) >>
                                    -(sp >> minutes_part);
inline const auto noon_part =
    (kw("midi")[a_noon] | kw("minuit")[a_midnight]) >>
    -(sp >> ((kw("et") >> sp >> (kw("demie") | kw("demi")))[a_half_past] | (kw("et") >> sp >> kw("quart"))[a_quarter_past]));
inline const auto day_part_suffix =
    sp >> (((kw("du") | kw("ce") | kw("cet") | kw("cette")) >> sp) | (kw("de") >> sp >> -((kw("la") >> sp) | kw("l'"))) |
           (kw("dans") >> sp >> ((kw("la") >> sp) | (kw("le") >> sp) | kw("l'")))) >>
    day_part_word[a_day_part];
inline const auto time_zone_suffix =
    (sp >> time_zone_word[a_time_zone]) | (osp >> '(' >> osp >> time_zone_word[a_time_zone] >> osp >> ')');
inline const auto fraction_part = (kw("et") >> sp >> kw("demie"))[a_half_past] |
                                  (kw("et") >> sp >> kw("quart"))[a_quarter_past] |
                                  (kw("et") >> sp >> kw("trois") >> sp >> kw("quarts"))[a_three_quarters];
inline const auto bare_suffix =
    (sp >> (((kw("du") | kw("ce") | kw("cet") | kw("cette")) >> sp) | (kw("de") >> sp >> -((kw("la") >> sp) | kw("l'"))) |
            (kw("dans") >> sp >> ((kw("la") >> sp) | (kw("le") >> sp) | kw("l'")))) >>
     (day_part_word[a_day_part_strict] >> x3::eps) ) |
    (osp >> meridiem);
// a bare hour needs what makes it a time: « huit et demie », « 8 du matin », « cinq trente du soir », « huit quarante pm »
inline const auto bare_hour_time =
    (hour_digits[a_hour_bare] | cardinal[a_hour_bare]) >>
    ((sp >> fraction_part >> -(bare_suffix | (sp >> day_part_word[a_day_part]))) |
     (sp >> (minute_digits[a_minute] | cardinal[a_minute]) >> bare_suffix) | bare_suffix);
// « l'après-midi à 7h », « dans la nuit à 17h30 », « après-midi 7:00 »
inline const auto part_first_time =
    -((kw("dans") >> sp >> ((kw("la") >> sp) | (kw("le") >> sp) | kw("l'"))) | kw("l'")) >> day_part_word[a_part_first] >>
    ((sp >> (kw("à") | kw("a") | kw("vers")) >> sp) | sp | comma) >>
    (hour_words_part | clock_time | (hour_digits[a_hour_bare] >> phrase_end) | (cardinal[a_hour_bare] >> phrase_end)) >>
    x3::eps[a_apply_part];
// « milieu de matinée », « mi-journée », « au milieu de la nuit »
inline const auto mid_part =
    (kw("milieu") >> sp >> de_or_du | (kw("mi") >> x3::lit('-'))) >>
    (day_part_word[a_mid_part] | (kw("jour") | kw("midi"))[a_hour_of_part<12>]);
inline const auto time_of_day_rule_def =
    x3::eps[a_clear_weak] >>
    (((bare_hour_time | hour_words_part | clock_time | noon_part) >> -day_part_suffix) | part_first_time | mid_part) >>
    -time_zone_suffix;

// a time after a day: « le 9 mai à 14h30 », « lundi, 18h », « hier soir »
inline const auto time_tail_def =
    (x3::eps[a_clear_time] >> sp >> (kw("à") | kw("a") | kw("vers") | kw("dès")) >> sp >> time_of_day) |
    (x3::eps[a_clear_time] >> sp_or_comma >> time_of_day >> x3::eps[a_not_weak]) |
    (x3::eps[a_clear_time] >> sp >> day_part_word[a_day_part] >>
     -(sp >> (kw("à") | kw("vers")) >> sp >> time_of_day));

inline const auto dir_tail = sp >> (last_word[a_last] | next_word[a_next]);

// « lundi 24 février 2025 », « lundi, 24 février », « 1er janvier », « 22-avril », « mercredi, le 22 jan »
inline const auto weekday_prefix = weekday_any[a_weekday] >> sp_or_comma >> -(kw("le") >> sp);
inline const auto dm_core = (day_number[a_day] | (cardinal >> &(sp >> month_full))[a_day_words]) >>
                            (sp | x3::lit('-') | (osp >> '.' >> osp)) >> month_any[a_month] >> -year_part;
inline const auto dm_date_rule_def =
    -weekday_prefix >> dm_core >> -(osp >> '(' >> weekday_any >> ')') >> -dir_tail >> -time_tail;

// « January 11, 2025 », « December 1 », « oct. 2 », « Octobre 22, 2016 »
inline const auto md_date_rule_def =
    -weekday_prefix >> month_any[a_month] >> (sp | x3::lit('-') | x3::lit('/') | (osp >> '.' >> osp)) >> day_digits[a_day] >>
    ((comma >> year4[a_year]) | (sp >> year4[a_year]) | x3::eps[a_english_month_only]) >>
    !(osp >> (x3::lit(':') | x3::lit('h'))) >> -time_tail;

// digits: « 24/02/2025 », « 2025-03 », « 22/04 », with an optional weekday before and time after
inline const auto numeric_expr_rule_def = -weekday_prefix >> numeric_date >> -(comma >> year4[a_year]) >> -time_tail;

// « jeudi », « ce jeudi », « jeudi dernier », « jeudi prochain », « jeudi matin », « jeudi 24 », « lundi à 18h »
inline const auto weekday_week_tail =
    sp >> -(kw("de") >> sp) >>
    ((kw("la") >> sp >> kw("semaine") >> sp >> (last_word[a_week_rel<-1>] | next_word[a_week_rel<1>])) |
     (this_word >> sp >> kw("semaine") >> x3::eps[a_week_rel<0>]));
inline const auto weekday_expr_rule_def =
    -(this_word[a_this] >> sp) >> weekday_full[a_weekday] >>
    ((sp_or_comma >> -(kw("le") >> sp) >> day_digits >> !(sp >> month_any))[a_day] |
     (x3::eps[a_weekday_only] >> -weekday_week_tail >> -dir_tail)) >>
    -time_tail;

// « janvier 2025 », « mois de janvier 2025 », « mars de l'année 2016 », « juillet 98 », « mars dernier »
inline const auto month_year_rule_def =
    -(kw("mois") >> sp >> de) >> month_any[a_month] >>
    ((sp_or_comma >> -(kw("de") >> sp >> -(kw("l'") >> (kw("année") | kw("annee")) >> sp)) >> year4[a_year]) |
     (sp >> cardinal[a_year_words]) | (sp >> (year2 >> phrase_end)[a_year2]) |
     (sp >> (last_word[a_last] | next_word[a_next])) |
     (sp >> kw("de") >> sp >> kw("l'") >> (kw("année") | kw("annee")) >> sp >> (last_word[a_last] | next_word[a_next])));

// « aujourd'hui », « hier soir », « demain à 10h », « ce matin », « cette nuit »
inline const auto relative_expr_rule_def =
    (relative_day_word[a_relative_day] >> -time_tail) |
    (fresh >> this_word >> sp >> x3::eps[a_today] >> day_part_word[a_day_part]);

// « la semaine dernière », « l'an dernier », « le mois prochain », « cette année », « ce mois-ci », « l'année précédente »
inline const auto rel_after =
    sp >> (last_word[a_rel_minus] | next_word[a_rel_plus] | (kw("en") >> sp >> kw("cours")) | kw("courant") |
           kw("courante") | (kw("après") >> sp >> kw("la") >> sp >> kw("prochaine"))[a_rel_plus2] |
           (kw("après") >> sp >> kw("le") >> sp >> kw("prochain"))[a_rel_plus2]);
inline const auto rel_period_rule_def =
    (det >> unit_singular[a_period_unit_this] >> rel_after) |
    (fresh >> det >> (next_word[a_rel_plus] | (kw("dernière") | kw("dernier"))[a_rel_minus]) >> sp >>
     unit_singular[a_period_unit_this]) |
    (fresh >> this_word >> sp >> unit_singular[a_period_unit_this] >> -(kw("-ci") | kw("-là"))) |
    (fresh >> unit_singular[a_period_unit_this] >> rel_after);

// the year a period belongs to: « 2025 », « de 2016 », « de l'année 2016 », « de cette année », « de l'année prochaine »
inline const auto year_spec_def =
    (sp >> -(kw("de") >> sp >> -(kw("l'") >> (kw("année") | kw("annee")) >> sp)) >> year4[a_year]) |
    (sp >> -((kw("de") >> sp) | kw("d'")) >> -(kw("l'") | (kw("cette") >> sp)) >> (kw("année") | kw("annee")) >>
     x3::eps[a_this_unit<ast::unit::year>] >>
     -(sp >> (last_word[a_rel_minus] | next_word[a_rel_plus] | (kw("en") >> sp >> kw("cours"))))) |
    (sp >> kw("de") >> sp >> cardinal[a_year_words]) | (sp >> kw("en") >> sp >> year4[a_year]);

// quarters, halves, seasons, decades, centuries, fortnights, week numbers
inline const auto quarter_code = ((x3::lit('t') | x3::lit('q')) >> x3::uint_parser<unsigned, 10, 1, 1>{}[a_quarter]) |
                                 ((x3::lit('h') | x3::lit('s')) >> x3::uint_parser<unsigned, 10, 1, 1>{}[a_half]);
inline const auto season_part =
    season_word[a_season] >> -(year_spec | dir_tail | (sp >> kw("de") >> sp >> kw("cette") >> sp >> kw("année")));
inline const auto period_expr_rule_def =
    // « la première quinzaine d'avril »
    (fresh >> -det >> ordinal[a_ordinal] >> sp >>
     (kw("quinzaine") >> x3::attr(static_cast<int>(ast::unit::fortnight)))[a_fortnight] >> sp >> de >>
     month_any[a_month] >> -year_part) |
    // « le premier trimestre 2025 », « au troisième trimestre de l'année prochaine », « le dernier trimestre »
    (fresh >> -(det | ((kw("au") | kw("du")) >> sp >> mark_begin)) >>
     (ordinal[a_ordinal] | (kw("dernier") | kw("dernière"))[a_ordinal_last]) >> sp >>
     unit_singular[a_period_from_ordinal] >> -year_spec) |
    // « T1 2025 », « Q1 2016 », « H2 2016 », « 2016 Q3 »
    (fresh >> quarter_code >> sp >> year4[a_year]) |
    (fresh >> year4[a_year] >> sp >> quarter_code >> word_end) |
    // « au printemps 2024 », « cet hiver », « l'été dernier », « été 2016 »; a bare « été » is a participle
    (fresh >> (((kw("au") | kw("en")) >> sp >> mark_begin) | (this_word[a_this] >> sp) | det) >> season_part) |
    (fresh >> season_word[a_season] >> (year_spec | dir_tail)) |
    // « les années 1960 », « années 60 », « les années soixante »
    (fresh >> -((kw("les") >> sp) | ((kw("des") | kw("aux")) >> sp >> mark_begin)) >> (kw("années") | kw("annees")) >> sp >>
     (digit_run_parser<4, 4, 1000, 2190>{}[a_decade] | digit_run_parser<2, 2, 0, 90>{}[a_decade] | cardinal[a_decade])) |
    // « le XXe siècle », « au 15ème siècle »
    (fresh >> -(det | ((kw("au") | kw("du")) >> sp)) >> century_ordinal[a_century] >> sp >> (kw("siècle") | kw("siecle"))) |
    // « la semaine 31 »
    (fresh >> -det >> kw("semaine") >> sp >> week_digits[a_week_number] >> -year_spec);

// « début mars », « fin 2023 », « mi-avril 2025 », « courant 2024 », « à la fin de l'année », « en début de semaine »
inline const auto partial_target_def =
    month_year | (fresh >> year4[a_year]) | period_expr | rel_period | (fresh >> month_any[a_month]) |
    (fresh >> kw("mois") >> x3::eps[a_this_unit<ast::unit::month>]) |
    (fresh >> kw("semaine") >> x3::eps[a_this_unit<ast::unit::week>]) |
    (fresh >> (kw("année") | kw("annee")) >> x3::eps[a_this_unit<ast::unit::year>]);
inline const auto partial_cue =
    -(((kw("au") | kw("en") | kw("dès") | kw("des")) >> sp) | (kw("à") >> sp >> kw("la") >> sp) |
      (kw("dans") >> sp >> kw("le") >> sp)) >>
    mark_begin >>
    ((kw("début") | kw("debut"))[a_mod_start] | kw("fin")[a_mod_end] | kw("milieu")[a_mod_mid] |
     kw("courant")[a_mod_during] | kw("mi")[a_mod_mid]);
inline const auto partial_rule_def =
    partial_cue >> ((x3::lit('-') >> partial_target) | (sp >> -de_or_du >> partial_target) | (de_or_du >> partial_target)) >>
    x3::eps[a_apply_mod];

// « trois semaines », « un an et demi », « une demi-heure », « 48h », « 3,5 ans »
inline const auto amount_rule_def =
    (digits_number >> !(x3::lit('/') | x3::lit(':')))[a_amount] | cardinal[a_amount] |
    (kw("quelques") | kw("plusieurs") | kw("quelque") | kw("des") | kw("divers"))[a_amount_vague];
inline const auto amount_unit_def =
    (((kw("une") | kw("un")) >> sp >> (x3::lit("demi-") | x3::lit("demie-")))[a_amount_half] >> unit_singular[a_unit_code] >>
     x3::eps[a_add_amount]) |
    ((x3::lit("demi-") | x3::lit("demie-") | (kw("demi") >> sp))[a_amount_half] >> unit_singular[a_unit_code] >>
     x3::eps[a_add_amount]) |
    (amount >> ((osp >> unit_any[a_unit_code]) | (x3::lit('h') >> word_end)[a_hour_unit]) >>
     -(sp >> kw("et") >> sp >> (kw("demi") | kw("demie"))[a_add_half]) >> x3::eps[a_add_amount]);
inline const auto duration_list_rule_def = amount_unit >> *(sp >> kw("et") >> sp >> amount_unit);

// « il y a trois semaines », « dans deux ans », « deux mois plus tard », « dix jours après le 9 mai »
inline const auto offset_rule_def =
    (kw("il") >> sp >> kw("y") >> sp >> kw("a") >> sp >> x3::eps[a_clear_duration] >> duration_list >>
     x3::eps[a_offset<-1, false>] >> x3::eps[a_save_offset]) |
    (kw("dans") >> sp >> x3::eps[a_clear_duration] >> duration_list >> x3::eps[a_offset<1, false>] >> x3::eps[a_save_offset]) |
    (x3::eps[a_clear_duration] >> duration_list >> sp >>
     (((kw("plus") >> sp >> kw("tard")) >> x3::eps[a_offset<1, true>]) |
      ((kw("après") | kw("apres")) >> x3::eps[a_offset<1, true>] >> x3::eps[a_event_anchor]) |
      ((kw("auparavant") | (kw("plus") >> sp >> (kw("tôt") | kw("tot")))) >> x3::eps[a_offset<-1, true>]) |
      (kw("avant") >> x3::eps[a_offset<-1, true>] >> x3::eps[a_event_anchor])) >>
     x3::eps[a_save_offset] >> -(sp >> det_opt >> ipoint >> x3::eps[a_anchor]));

// a cue that is not part of the span: « en 2023 », « le 9 mai », « (1950) »
inline const auto cued_def =
    (kw("en") >> sp >> mark_begin >>
     ((fresh >> month_year) | (fresh >> year4[a_year]) | (fresh >> season_part) | (fresh >> month_full[a_month]))) |
    (restart >> kw("le") >> sp >> mark_begin >>
     ((fresh >> dm_date) | (fresh >> numeric_expr) | (fresh >> holiday_word[a_holiday] >> -(year_spec | dir_tail)) |
      (fresh >> weekday_expr) |
      (fresh >> day_number[a_day] >> x3::eps[a_bare_day] >> phrase_end))) |
    (restart >> kw("l'") >> (kw("année") | kw("annee") | kw("an")) >> sp >> fresh >> year4[a_year]) |
    (restart >> x3::lit('(') >> osp >> mark_begin >> fresh >> year4[a_year] >> mark_end >> osp >> ')') |
    (restart >> (kw("au") | kw("à") | kw("a")) >> sp >> kw("mois") >> sp >> de >> mark_begin >> fresh >> month_any[a_month] >>
     -year_part) |
    (restart >> (kw("au") | kw("ce") | kw("cet") | kw("cette")) >> sp >> mark_begin >> fresh >> month_full[a_month] >>
     x3::eps[a_no_ambiguous_month]);

// what can stand at either end of an interval: full points, or elliptic ones (« du 13 au 15 juillet »)
inline const auto ipoint_rule_def =
    (restart >> dm_date) | (restart >> md_date) | (restart >> numeric_expr) | (restart >> month_year) |
    (restart >> partial) | (restart >> period_expr) | (restart >> relative_expr) | (restart >> rel_period) |
    (restart >> weekday_expr) | (restart >> holiday_word[a_holiday] >> -year_spec) | (restart >> time_of_day) |
    (restart >> year4[a_year]) | (restart >> month_full[a_month]) | (restart >> day_number[a_day] >> !(osp >> x3::lit(':'))) |
    (restart >> kw("maintenant") >> x3::eps[a_today]) | (restart >> kw("aujourd'hui") >> x3::eps[a_today]);

// « les trois dernières semaines », « au cours des deux premiers mois de l'année », « ces derniers jours »
inline const auto last_n_def =
    -((((kw("au") >> sp >> kw("cours") >> sp >> kw("des")) | (kw("durant") >> sp >> kw("les")) |
        (kw("pendant") >> sp >> kw("les")) | (kw("dans") >> sp >> kw("les")) | kw("des")) >>
       sp >> mark_begin)) >>
    -((kw("les") | kw("ces")) >> sp) >> ((amount >> sp) | x3::eps[a_amount_vague]) >>
    ((first_ordinal >> sp >> unit_plural[a_unit_code] >>
      -(sp >> de_or_du >>
        (partial_target | (fresh >> kw("l'") >> (kw("année") | kw("an")) >> x3::eps[a_this_unit<ast::unit::year>]))) >>
      x3::eps[a_first_n<0>]) |
     ((kw("derniers") | kw("dernières") | kw("dernieres") | kw("passés") | kw("passées")) >> sp >> unit_plural[a_unit_code] >>
      x3::eps[a_first_n<-1>]) |
     ((kw("prochains") | kw("prochaines")) >> sp >> unit_plural[a_unit_code] >> x3::eps[a_first_n<1>]) |
     (unit_plural[a_unit_code] >> sp >>
      (kw("derniers") | kw("dernières") | kw("passés") | kw("passées") | kw("précédents") | kw("précédentes")) >>
      x3::eps[a_first_n<-1>]) |
     (unit_plural[a_unit_code] >> sp >> kw("à") >> sp >> kw("venir") >> x3::eps[a_first_n<1>]));

BOOST_SPIRIT_DEFINE(day_number, year_part, time_of_day_rule, time_tail, dm_date_rule, md_date_rule, numeric_expr_rule, weekday_expr_rule,
                    month_year_rule, relative_expr_rule, rel_period_rule, period_expr_rule, partial_rule, partial_target, offset_rule, ipoint_rule,
                    amount_unit, amount_rule, duration_list_rule, ordinal, cued, year_spec, last_n)

//=== public rules ===//

inline const auto connector_to = kw("au") | kw("à") | (kw("a") >> &(sp >> digit_ahead)) | kw("aux") |
                                  (kw("jusqu'") >> -(kw("au") | kw("à") | kw("en") | kw("aux")));

inline const auto interval_def =
    (x3::eps[a_reset] >> kw("entre") >> sp >> det_opt >> ipoint >> x3::eps[a_take_from] >> sp >> kw("et") >> sp >>
     det_opt >> ipoint >> x3::eps[a_take_to] >> x3::eps[a_close_interval]) |
    (x3::eps[a_reset] >> ((kw("du") >> sp) | (kw("de") >> sp >> det_opt) | kw("d'")) >> ipoint >> x3::eps[a_take_from] >>
     sp >> connector_to >> osp >> det_opt >> ipoint >> x3::eps[a_take_to] >> x3::eps[a_close_interval]) |
    (x3::eps[a_reset] >> fresh >> (day_number[a_day] | year4[a_year] | time_of_day) >> x3::eps[a_take_from] >> osp >>
     (x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit('/')) >> osp >>
     ((fresh >> dm_date) | (fresh >> year4[a_year]) | (fresh >> time_of_day) | (fresh >> md_date)) >> x3::eps[a_take_to] >>
     x3::eps[a_close_interval] >> x3::eps[a_year_range_flag]) |
    (x3::eps[a_reset] >> (kw("depuis") | kw("dès") | (kw("à") >> sp >> kw("partir")) | (kw("a") >> sp >> kw("partir"))) >>
     sp >> -((kw("de") >> sp) | (kw("du") >> sp) | kw("d'")) >> det_opt >> ipoint >> x3::eps[a_open_from]) |
    (x3::eps[a_reset] >> kw("jusqu'") >> -((kw("au") | kw("à") | kw("a") | kw("en") | kw("aux")) >> sp) >> det_opt >> ipoint >>
     x3::eps[a_open_to]) |
    (x3::eps[a_reset] >> kw("d'") >> kw("ici") >> sp >> -(kw("à") >> sp) >>
     ((x3::eps[a_clear_duration] >> fresh >> duration_list >> x3::eps[a_offset<1, false>]) | (det_opt >> ipoint)) >>
     x3::eps[a_open_to]) |
    (x3::eps[a_reset] >> kw("avant") >> !(sp >> (kw("hier") | kw("veille"))) >> sp >>
     -((kw("le") >> sp) | (kw("la") >> sp) | kw("l'")) >> ipoint >> x3::eps[a_before]) |
    (x3::eps[a_reset] >> (kw("après") | kw("apres")) >> !(sp >> kw("demain")) >> sp >> det_opt >> ipoint >> x3::eps[a_after]) |
    (x3::eps[a_reset] >> kw("au") >> sp >> kw("plus") >> sp >> kw("tard") >> sp >> -((kw("en") >> sp) | (kw("le") >> sp)) >>
     ipoint >> x3::eps[a_on_or_before]) |
    (x3::eps[a_reset] >> kw("pas") >> sp >> kw("avant") >> sp >> -(kw("le") >> sp) >> ipoint >> x3::eps[a_on_or_after]) |
    (x3::eps[a_reset] >> last_n);

inline const auto time_expr_def =
    (x3::eps[a_reset] >> kw("vers") >> sp >> time_of_day >> x3::eps[a_approx] >> x3::eps[a_as_point]) |
    (x3::eps[a_reset] >> ((-(kw("à") >> sp) >> kw("peu") >> sp >> (kw("près") | kw("pres"))) | kw("environ")) >> sp >>
     -((kw("à") | kw("a") | kw("de")) >> sp) >>
     (time_of_day | ((hour_digits[a_hour_bare] | cardinal[a_hour_bare]) >> phrase_end)) >> x3::eps[a_approx] >>
     x3::eps[a_as_point]) |
    (x3::eps[a_reset] >> kw("il") >> sp >> kw("est") >> sp >> mark_begin >> time_of_day >> x3::eps[a_as_point]) |
    (x3::eps[a_reset] >> kw("c'") >> kw("est") >> sp >> mark_begin >> time_of_day >> phrase_end >> x3::eps[a_as_point]) |
    (x3::eps[a_reset] >>
     ((kw("à") | kw("a") | kw("dès") | (kw("aux") >> sp >> kw("alentours") >> sp >> kw("de")) |
       (kw("autour") >> sp >> kw("de")) |
       (kw("peu") >> sp >> (kw("avant") | kw("après") | kw("pres") | kw("près")) >> sp >> kw("de"))) >>
      sp >> mark_begin) >>
     time_of_day >> x3::eps[a_as_point]) |
    (x3::eps[a_reset] >> time_of_day >> x3::eps[a_not_weak] >> x3::eps[a_as_point]);

// « le premier vendredi de juillet », « le deuxième lundi du mois prochain », « le dernier lundi d'avril »
inline const auto nth_weekday =
    -det >> (ordinal[a_ordinal] | (kw("dernier") | kw("dernière"))[a_ordinal_last]) >> sp >> weekday_full[a_weekday] >>
    x3::eps[a_nth_weekday] >> sp >>
    ((kw("de") >> sp >> kw("ce") >> sp >> kw("mois") >> x3::eps[a_this_unit<ast::unit::month>]) |
     (kw("du") >> sp >> kw("mois") >> sp >> (last_word[a_rel_minus] | next_word[a_rel_plus]) >> x3::eps[a_month_unit]) |
     ((de | (kw("en") >> sp)) >> month_any[a_month] >> -year_part));
inline const auto date_point_def =
    x3::eps[a_reset] >>
    // the frequent forms of news first (« le 26 avril », « en 2023 »); a holiday before a weekday
    // (« lundi de Pâques »), month-day before month-year (« octobre 22, 2016 »)
    ((restart >> cued) | (restart >> dm_date) | (restart >> numeric_expr) | (restart >> md_date) | (restart >> month_year) |
     (restart >> holiday_word[a_holiday] >> -(year_spec | dir_tail)) | (restart >> relative_expr) |
     (restart >> weekday_expr) | (restart >> partial) | (restart >> rel_period) | (restart >> period_expr) |
     (restart >> offset) | (restart >> nth_weekday) | (restart >> kw("maintenant") >> x3::eps[a_today]) |
     (restart >> month_full[a_month] >> x3::eps[a_bare_month])) >>
    x3::eps[a_as_point];

inline const auto duration_def =
    (x3::eps[a_reset] >> (kw("pendant") | kw("durant") | kw("en") | kw("pour")) >> sp >> mark_begin >> duration_list >>
     x3::eps[a_as_duration]) |
    (x3::eps[a_reset] >> kw("depuis") >> sp >> duration_list >> x3::eps[a_since_duration]) |
    (x3::eps[a_reset] >> (kw("toute") | kw("tout")) >> sp >> ((kw("la") >> sp) | (kw("le") >> sp) | kw("l'")) >>
     unit_singular[a_unit_code] >> x3::eps[a_amount_one] >> x3::eps[a_add_amount] >> x3::eps[a_as_duration]) |
    (x3::eps[a_reset] >> duration_list >> x3::eps[a_as_duration]);

inline const auto set_time_tail = -((sp >> (kw("à") | kw("a") | kw("vers")) >> sp >> time_of_day) | (comma >> time_of_day) |
                                   (sp >> clock_time >> x3::eps[a_not_weak]));
inline const auto set_core =
    ((kw("chaque") >> sp >>
      ((weekday_full[a_weekday] >> x3::eps[a_set_weekly]) | (x3::eps[a_clear_duration] >> duration_list) |
       unit_singular[a_set_every_unit] | (day_part_word[a_day_part] >> x3::eps[a_set_daily]))) |
     (x3::eps[a_set_clear] >> (kw("tous") | kw("toutes")) >> sp >> kw("les") >> sp >>
      ((weekday_plural[a_weekday] >> x3::eps[a_set_weekly]) | (x3::eps[a_clear_duration] >> duration_list) |
       unit_plural[a_set_every_unit] |
       ((kw("matins") | kw("soirs") | kw("nuits") | kw("après-midi")) >> x3::eps[a_set_daily]))) |
     (x3::eps[a_set_clear] >> (cardinal[a_freq] | x3::uint_parser<unsigned>{}[a_freq]) >> sp >> kw("fois") >> sp >>
      ((kw("par") >> sp) | kw("l'") | (kw("chaque") >> sp)) >> unit_singular[a_set_every_unit]) |
     (x3::eps[a_set_clear] >> kw("un") >> sp >> weekday_full[a_weekday] >> sp >> kw("sur") >> sp >> kw("deux") >>
      x3::eps[a_set_every_two_weeks]) |
     (x3::eps[a_set_clear] >> kw("les") >> sp >> weekday_plural[a_weekday] >> x3::eps[a_set_weekly]) |
     (x3::eps[a_set_clear] >> kw("par") >> sp >> unit_singular[a_set_per_unit]) |
     (x3::eps[a_set_clear] >> frequency_word[a_frequency_word]));
// « à 15 heures tous les jours », « 9 heures chaque dimanche », « tous les lundis à 16 heures »
inline const auto set_expr_def =
    (x3::eps[a_reset] >> -((kw("à") | kw("a")) >> sp >> mark_begin) >> time_of_day >> sp_or_comma >> x3::eps[a_keep_time] >>
     set_core >> x3::eps[a_restore_time] >> x3::eps[a_as_set]) |
    (x3::eps[a_reset] >> set_core >> set_time_tail >> x3::eps[a_as_set]) |
    (x3::eps[a_reset] >> weekday_plural[a_weekday] >> x3::eps[a_set_weekly] >> x3::eps[a_as_set]);

// a date that starts where an interval, a set or a time could start is rare: dates are tried first (speed)
inline const auto temporal_def = date_point | interval | set_expr | time_expr | duration;

} // namespace date_rules

using date_rules::date_point_def;
using date_rules::duration_def;
using date_rules::interval_def;
using date_rules::set_expr_def;
using date_rules::temporal_def;
using date_rules::time_expr_def;

BOOST_SPIRIT_DEFINE(temporal, interval, date_point, time_expr, duration, set_expr)

DEPECHE_GRAMMAR_INLINE bool parse_temporal(char const*& first, char const* last, date_state& st) {
  st.reset();
  return x3::parse(first, last, x3::with<date_state_tag>(st)[temporal]);
}

} // namespace depeche::grammar

#endif
