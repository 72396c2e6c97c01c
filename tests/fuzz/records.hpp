// SPDX-License-Identifier: MIT
// Invariants of recognizer records (spans, values, TIMEX3 strings) shared by the fuzz targets and tests.
#ifndef DEPECHE_TESTS_FUZZ_RECORDS_HPP_INCLUDED
#define DEPECHE_TESTS_FUZZ_RECORDS_HPP_INCLUDED

#include "invariants.hpp"

#include <depeche/recognize/attribution.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/text/utf8.hpp>

#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace depeche::fuzz {

//=== spans ===//

/// [b, e) lies inside `original`; when `original` is valid UTF-8, so are the bytes of the span
/// (its ends fall on character boundaries).
inline void check_span(std::string_view original, bool valid, std::uint32_t b, std::uint32_t e) {
  DEPECHE_FUZZ_CHECK(b <= e && e <= original.size());
  if (valid) DEPECHE_FUZZ_CHECK(!text::first_invalid(original.substr(b, e - b)));
}

/// Records come in text order: their `begin` (or what `key` reads) never decreases.
template <class R, class Key = std::uint32_t R::*>
void check_ordered(std::span<R const> rs, char const* what, Key key = &R::begin) {
  std::uint32_t prev = 0;
  for (auto const& r : rs) {
    std::uint32_t const at = r.*key;
    if (at < prev) std::fprintf(stderr, "%s out of order: %u after %u\n", what, at, prev);
    DEPECHE_FUZZ_CHECK(at >= prev);
    prev = at;
  }
}

[[nodiscard]] inline bool finite(std::optional<double> v) { return !v || std::isfinite(*v); }

//=== numbers and quantities ===//

inline void check_numbers(std::string_view original, bool valid, std::span<recognize::number_mention const> ns) {
  check_ordered(ns, "numbers");
  for (auto const& n : ns) {
    check_span(original, valid, n.begin, n.end);
    DEPECHE_FUZZ_CHECK(n.end > n.begin);
    DEPECHE_FUZZ_CHECK(std::isfinite(n.value));
  }
}

inline void check_quantities(std::string_view original, bool valid, std::span<recognize::quantity const> qs) {
  check_ordered(qs, "quantities");
  for (auto const& q : qs) {
    check_span(original, valid, q.begin, q.end);
    DEPECHE_FUZZ_CHECK(q.end > q.begin);
    DEPECHE_FUZZ_CHECK(finite(q.value) && finite(q.low) && finite(q.high));
    if (q.unit) DEPECHE_FUZZ_CHECK(!q.unit->empty() && !text::first_invalid(*q.unit));
    if (q.counted) DEPECHE_FUZZ_CHECK(!q.counted->empty() && (!valid || !text::first_invalid(*q.counted)));
  }
}

//=== TIMEX3 values ===//

/// A small cursor for the TIMEX3 well-formedness checks below.
struct timex_reader {
  std::string_view s;
  std::size_t i = 0;
  [[nodiscard]] bool done() const { return i == s.size(); }
  [[nodiscard]] bool lit(std::string_view w) {
    if (s.substr(i).starts_with(w)) return i += w.size(), true;
    return false;
  }
  /// Exactly n digits, or n `X` when `x_ok`; the value through `v` (-1 for X).
  [[nodiscard]] bool digits(std::size_t n, bool x_ok, int* v = nullptr) {
    if (s.size() - i < n) return false;
    auto const f = s.substr(i, n);
    if (x_ok && f.find_first_not_of('X') == std::string_view::npos) {
      if (v) *v = -1;
      i += n;
      return true;
    }
    int x = 0;
    for (char c : f) {
      if (c < '0' || c > '9') return false;
      x = x * 10 + (c - '0');
    }
    if (v) *v = x;
    i += n;
    return true;
  }
  /// A 2-digit field in [lo, hi] or XX.
  [[nodiscard]] bool field(int lo, int hi) {
    int v = 0;
    return digits(2, true, &v) && (v == -1 || (v >= lo && v <= hi));
  }
  /// A one-digit field in [lo, hi].
  [[nodiscard]] bool digit(int lo, int hi) {
    int v = 0;
    return digits(1, false, &v) && v >= lo && v <= hi;
  }
};

/// « T14:30 », « T14:30:05+02:00 », « TMO »: the time part after a date (the `T` included).
[[nodiscard]] inline bool timex_time(timex_reader& r) {
  if (!r.lit("T")) return false;
  for (auto p : {"MO", "MI", "AF", "EV", "NI", "DT"})
    if (r.lit(p)) return true;
  if (!r.field(0, 24) || !r.lit(":") || !r.field(0, 59)) return false;
  if (r.lit(":") && !r.field(0, 60)) return false;
  if (r.lit("Z")) return true;
  if (r.lit("+") || r.lit("-")) return r.field(0, 23) && r.lit(":") && r.field(0, 59);
  return true;
}

/// A TIMEX3 date or time value: « 2025 », « 202X », « 20XX », « 2025-H1 », « 2025-Q3 », « 2025-SU »,
/// « 2025-04 », « 2025-W17 », « 2025-W17-WE », « 2025-04-26 », « XXXX-WXX-4 », each with an optional
/// time part, or a time alone (« T14:30 », « TEV »).
[[nodiscard]] inline bool is_timex_point(std::string_view v) {
  timex_reader r{v};
  if (v.starts_with("T")) return timex_time(r) && r.done();
  if (r.lit("XXXX-WXX-")) return r.digit(1, 7) && (r.done() || (timex_time(r) && r.done()));
  // the year: four digits, « XXXX », or a decade or century with trailing X (« 202X », « 20XX »)
  if (v.size() < 4) return false;
  auto const year = v.substr(0, 4);
  auto const x = year.find('X');
  if (year.find_first_not_of("0123456789X") != std::string_view::npos) return false;
  if (x != std::string_view::npos && year.find_first_not_of('X', x) != std::string_view::npos) return false;
  r.i = 4;
  if (r.done()) return true;
  if (x != std::string_view::npos && x != 0) return false;  // nothing follows a decade or a century
  if (!r.lit("-")) return timex_time(r) && r.done();
  if (r.lit("H")) return r.digit(1, 2) && r.done();
  if (r.lit("Q")) return r.digit(1, 4) && r.done();
  if (r.lit("SP") || r.lit("SU") || r.lit("FA") || r.lit("WI")) return r.done();
  if (r.lit("W")) {
    if (!r.field(1, 53)) return false;
    return r.done() || (r.lit("-WE") && r.done());
  }
  if (!r.field(1, 12)) return false;
  if (r.done()) return true;
  if (!r.lit("-") || !r.field(1, 31)) return false;
  return r.done() || (timex_time(r) && r.done());
}

/// A TIMEX3 duration: « P3W », « PT2H », « P1Y6M », « P1.5Y », « PXD », « P2WE », « P3BD », « P0D ».
[[nodiscard]] inline bool is_timex_duration(std::string_view v) {
  timex_reader r{v};
  if (!r.lit("P")) return false;
  auto amount = [&] {
    if (r.lit("X")) return true;
    auto const b = r.i;
    while (!r.done() && r.s[r.i] >= '0' && r.s[r.i] <= '9') ++r.i;
    if (r.i == b) return false;
    if (r.lit(".")) {
      auto const f = r.i;
      while (!r.done() && r.s[r.i] >= '0' && r.s[r.i] <= '9') ++r.i;
      if (r.i == f) return false;
    }
    return true;
  };
  bool any = false;
  for (auto u : {"Y", "M", "WE", "W", "D", "BD"}) {
    auto const save = r.i;
    if (amount() && r.lit(u)) any = true;
    else r.i = save;
  }
  if (r.lit("T")) {
    bool t = false;
    for (auto u : {"H", "M", "S"}) {
      auto const save = r.i;
      if (amount() && r.lit(u)) t = true;
      else r.i = save;
    }
    if (!t) return false;
    any = true;
  }
  return any && r.done();
}

[[nodiscard]] inline bool is_timex_mod(std::string_view m) {
  for (auto k : {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
                 "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})
    if (m == k) return true;
  return false;
}

/// « 2X »: a SET frequency.
[[nodiscard]] inline bool is_timex_freq(std::string_view f) {
  timex_reader r{f};
  auto const b = r.i;
  while (!r.done() && f[r.i] >= '0' && f[r.i] <= '9') ++r.i;
  return r.i > b && r.lit("X") && r.done();
}

/// Why a temporal record is malformed, or nothing.
[[nodiscard]] inline std::optional<std::string> timex_problem(recognize::temporal const& t) {
  using recognize::timex_type;
  auto bad = [](char const* field, std::optional<std::string> const& v) {
    return std::optional<std::string>(std::string(field) + " '" + *v + "'");
  };
  if (t.value) {
    bool ok = false;
    switch (t.type) {
    case timex_type::date:
    case timex_type::time: ok = is_timex_point(*t.value); break;
    case timex_type::duration: ok = is_timex_duration(*t.value); break;
    case timex_type::set: ok = is_timex_point(*t.value) || is_timex_duration(*t.value); break;
    }
    if (!ok) return bad("value", t.value);
  }
  if (t.from && !is_timex_point(*t.from)) return bad("from", t.from);
  if (t.to && !is_timex_point(*t.to)) return bad("to", t.to);
  if (t.mod && !is_timex_mod(*t.mod)) return bad("mod", t.mod);
  if (t.freq && !is_timex_freq(*t.freq)) return bad("freq", t.freq);
  return std::nullopt;
}

inline void check_dates(std::string_view original, bool valid, std::span<recognize::temporal const> ts) {
  check_ordered(ts, "dates");
  for (auto const& t : ts) {
    check_span(original, valid, t.begin, t.end);
    DEPECHE_FUZZ_CHECK(t.end > t.begin);
    if (auto p = timex_problem(t)) {
      std::fprintf(stderr, "malformed TIMEX3 %s for '%.*s'\n", p->c_str(), static_cast<int>(t.end - t.begin),
                   original.data() + t.begin);
      DEPECHE_FUZZ_CHECK(!"TIMEX3 value well-formed");
    }
  }
}

//=== attributions ===//

inline void check_attributions(std::string_view original, bool valid, std::span<recognize::attribution const> as) {
  // in the order of their cues: a cue after its content (« …, selon X ») starts the span earlier
  check_ordered(as, "attributions", &recognize::attribution::cue_begin);
  for (auto const& a : as) {
    check_span(original, valid, a.begin, a.end);
    check_span(original, valid, a.cue_begin, a.cue_end);
    check_span(original, valid, a.source.begin, a.source.end);
    check_span(original, valid, a.content.begin, a.content.end);
    DEPECHE_FUZZ_CHECK(a.cue_end > a.cue_begin);
    if (a.quote) check_span(original, valid, a.quote->begin, a.quote->end);
    if (a.source.antecedent) check_span(original, valid, a.source.antecedent->begin, a.source.antecedent->end);
    for (auto const& l : a.source.chain) check_span(original, valid, l.begin, l.end);
    DEPECHE_FUZZ_CHECK(!text::first_invalid(a.lemma));
  }
}

} // namespace depeche::fuzz

#endif
