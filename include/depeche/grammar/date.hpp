// SPDX-License-Identifier: MIT
// French temporal expressions as composable Spirit X3 rules: dates, times, durations, intervals, sets.
//
// The rules read the FOLDED analysed text (grammar::iterator_type) and fill a `date_state` carried in
// the context; they compose with the number rules of <depeche/grammar/number.hpp> (« trois semaines »,
// « le premier trimestre », « les années soixante ») and read their words from a `calendar`:
//
//   rule        matches
//   temporal    any of the rules below, the longest reading first
//   interval    « entre septembre 2023 et mars 2025 », « du 13 au 15 juillet », « depuis octobre 2024 »
//   date_point  « lundi 24 février », « 26 avril 2025 », « 24/02/2025 », « l'an dernier », « fin 2023 »
//   time_expr   « à 14h30 », « 8 h du matin », « midi », « 16 heures CET »
//   duration    « trois semaines », « un an et demi », « 48h »
//   set_expr    « chaque année », « tous les mois », « deux fois par semaine »
//
//   depeche::grammar::date_state st;              // st.cal = &my_calendar to extend the words
//   char const* f = folded.data();
//   bool ok = x3::parse(f, folded.data() + folded.size(),
//                       x3::with<depeche::grammar::date_state_tag>(st)[depeche::grammar::temporal]);
//
// Define DEPECHE_GRAMMAR_SEPARATE to compile the rule bodies in one translation unit of yours that
// includes <depeche/grammar/instantiate.ipp>; other units then only see declarations.
#ifndef DEPECHE_GRAMMAR_DATE_HPP_INCLUDED
#define DEPECHE_GRAMMAR_DATE_HPP_INCLUDED

#include <depeche/grammar/calendar.hpp>
#include <depeche/grammar/config.hpp>
#include <depeche/grammar/date_ast.hpp>
#include <depeche/grammar/detail/date_primitives.hpp>

namespace depeche::grammar {

/// The context the date rules are instantiated for: a `date_state` under `date_state_tag`
/// (`x3::with<date_state_tag>(state)[rule]` with x3::parse).
using date_context_type = x3::context<date_state_tag, date_state, x3::unused_type>;

struct temporal_id {};
struct interval_id {};
struct date_point_id {};
struct time_expr_id {};
struct duration_id {};
struct set_expr_id {};

using temporal_rule = x3::rule<temporal_id>;
using interval_rule = x3::rule<interval_id>;
using date_point_rule = x3::rule<date_point_id>;
using time_expr_rule = x3::rule<time_expr_id>;
using duration_rule = x3::rule<duration_id>;
using set_expr_rule = x3::rule<set_expr_id>;

/// Any temporal expression; fills `date_state::t`.
inline constexpr temporal_rule temporal{"temporal"};
/// « entre X et Y », « du X au Y », « X-Y », « depuis X », « jusqu'en X », « avant X », « d'ici X ».
inline constexpr interval_rule interval{"interval"};
/// A date or period, absolute or relative, possibly with a time: « lundi 24 février à 14h30 ».
inline constexpr date_point_rule date_point{"date_point"};
/// A clock time: « à 14h30 », « 8 h du matin », « midi », « 16 heures CET ».
inline constexpr time_expr_rule time_expr{"time_expr"};
/// An amount of time: « trois semaines », « un an et demi », « 48h ».
inline constexpr duration_rule duration{"duration"};
/// A recurrence: « chaque année », « tous les mois », « deux fois par semaine ».
inline constexpr set_expr_rule set_expr{"set_expr"};

BOOST_SPIRIT_DECLARE(temporal_rule, interval_rule, date_point_rule, time_expr_rule, duration_rule, set_expr_rule)

#ifdef DEPECHE_GRAMMAR_SEPARATE
#  define DEPECHE_GRAMMAR_INLINE
#else
#  define DEPECHE_GRAMMAR_INLINE inline
#endif

/// Parses one temporal expression starting exactly at `first` (folded text). On success, advances
/// `first` past it and leaves the expression in `st.t` (span marks in `st.begin_mark`/`st.end_mark`).
DEPECHE_GRAMMAR_INLINE bool parse_temporal(char const*& first, char const* last, date_state& st);

} // namespace depeche::grammar

#ifndef DEPECHE_GRAMMAR_SEPARATE
#  include <depeche/grammar/detail/date_def.hpp>
#endif

#endif
