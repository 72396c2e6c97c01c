// SPDX-License-Identifier: MIT
// Shared part of the DateTime conformance runner: runs the dates layer on a spec case and compares
// what it found with the peer's expectations.
//
// Comparison rules (documented in README.md, "Dates"):
// - each *Extractor/*Parser file lists only entities of its own kind, so the layer's records are
//   first mapped to the peer's kinds (date, daterange, time, timerange, datetime, datetimerange,
//   duration, set) and only the file's kinds are compared; the model file compares every record;
// - a case passes when the layer reports exactly as many entities as expected, in order, each with
//   the same span once leading function words (« le », « pour », « en », « du », « de », « à », ...)
//   and trailing punctuation are set aside on both sides — the peer's own spans disagree on them
//   (« pour le 27 », « le 27 », « 27 » for the same case);
// - when the spec gives a TIMEX value, it must agree with the record: equal, or equal where the
//   peer writes X (« XXXX-04-22 » accepts « 2016-04-22 »), or, for the peer's weekday forms
//   (« XXXX-WXX-3 », « XXXX-11-WXX-4-4 »), a date with that weekday (and rank in its month); the
//   peer's ranges « (start,end,duration) » match our from/to (or the range of our value) with
//   either an inclusive or an exclusive end; « T19 » equals « T19:00 »; mods are not compared.
#ifndef DEPECHE_TESTS_CONFORMANCE_DATETIME_HPP_INCLUDED
#define DEPECHE_TESTS_CONFORMANCE_DATETIME_HPP_INCLUDED

#include <depeche/recognize/dates.hpp>
#include <depeche/text.hpp>

#include "conformance/spec.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::conformance::datetime {

namespace rec = depeche::recognize;

/// The peer's kind of a record: date, daterange, time, timerange, datetime, datetimerange, duration, set.
inline std::string peer_kind(rec::temporal const& t) {
  auto const has_date_part = [](std::string_view v) { return !v.empty() && v[0] != 'T'; };
  switch (t.type) {
  case rec::timex_type::duration: return "duration";
  case rec::timex_type::set: return "set";
  case rec::timex_type::time: {
    if (t.from || t.to) {
      auto const& v = t.from ? *t.from : *t.to;
      return has_date_part(v) ? "datetimerange" : "timerange";
    }
    auto const v = t.value.value_or("");
    bool const part = v.size() >= 2 && (v.ends_with("MO") || v.ends_with("AF") || v.ends_with("EV") ||
                                        v.ends_with("NI") || v.ends_with("DT") || v.ends_with("MI"));
    if (has_date_part(v)) return part ? "datetimerange" : "datetime";
    return part ? "timerange" : "time";
  }
  case rec::timex_type::date: break;
  }
  if (t.from || t.to) return "daterange";
  auto const v = t.value.value_or("");
  // day precision: YYYY-MM-DD, XXXX-WXX-4
  bool const day = (v.size() == 10 && v[4] == '-' && v[7] == '-') || v.starts_with("XXXX-WXX-");
  return day ? "date" : "daterange";
}

/// Coarse family of a peer kind, for the model file: date-like, time-like, duration, set.
inline char family(std::string_view kind) {
  if (kind.starts_with("datetimeV2.")) kind.remove_prefix(11);
  if (kind == "date" || kind == "daterange") return 'D';
  if (kind == "duration") return 'P';
  if (kind == "set") return 'S';
  return 'T';
}

//=== spans ===//

inline std::string lower(std::string_view s) { return depeche::text::fold_same_length(s); }

/// Sets aside leading function words and trailing punctuation: « pour le 27 » → « 27 ».
inline std::string core_span(std::string_view s) {
  static constexpr std::string_view leading[] = {"le ", "la ", "les ", "l'", "l\xE2\x80\x99", "pour ", "en ", "au ",
                                                 "aux ", "à ", "a ", "du ", "de ", "d'", "d\xE2\x80\x99", "des ",
                                                 "dans ", "sur ", "entre ", "depuis ", "vers ", "mon ", "ma "};
  std::string t = lower(s);
  for (bool again = true; again;) {
    again = false;
    while (!t.empty() && (t.front() == ' ' || t.front() == '|' || t.front() == '(')) t.erase(0, 1);
    for (auto p : leading) {
      if (t.size() > p.size() && t.compare(0, p.size(), p) == 0) {
        t.erase(0, p.size());
        again = true;
        break;
      }
    }
  }
  while (!t.empty() && (t.back() == ' ' || t.back() == '.' || t.back() == ',' || t.back() == '!' || t.back() == '?' ||
                        t.back() == ')'))
    t.pop_back();
  return t;
}

//=== TIMEX values ===//

struct ymd {
  int y = -1, m = -1, d = -1;  // -1: unknown (X)
};

inline std::optional<int> num(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

/// « 2016-11-07 » or « XXXX-11-07 » (X → -1); a month or a year is its first day.
inline std::optional<ymd> date_of(std::string_view v) {
  auto const t = v.find('T');
  if (t != std::string_view::npos) v = v.substr(0, t);
  ymd r;
  auto field = [](std::string_view f, int& out) {
    if (!f.empty() && f.find_first_not_of('X') == std::string_view::npos) return out = -1, true;
    auto const n = num(f);
    if (!n) return false;
    out = *n;
    return true;
  };
  if (v.size() == 4) {
    if (!field(v, r.y)) return std::nullopt;
    r.m = 1, r.d = 1;
    return r;
  }
  if (v.size() == 7 && v[4] == '-') {
    if (!field(v.substr(0, 4), r.y) || !field(v.substr(5, 2), r.m)) return std::nullopt;
    r.d = 1;
    return r;
  }
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
    if (!field(v.substr(0, 4), r.y) || !field(v.substr(5, 2), r.m) || !field(v.substr(8, 2), r.d)) return std::nullopt;
    return r;
  }
  return std::nullopt;
}

/// Time of day as « HH:MM:SS » (missing parts as 00), or empty.
inline std::string time_of(std::string_view v) {
  auto const t = v.find('T');
  if (t == std::string_view::npos) return {};
  auto s = std::string(v.substr(t + 1));
  if (auto z = s.find_first_of("+-Z"); z != std::string::npos) s.resize(z);
  if (s.size() == 2) s += ":00";
  if (s.size() == 5) s += ":00";
  return s;
}

/// The first day after the period of a value (its exclusive end), when it is a day, month or year.
inline std::optional<rec::timex::ymd> end_exclusive(std::string_view v) {
  auto const d = date_of(v);
  if (!d || d->y < 0) return std::nullopt;
  if (v.size() == 4) return rec::timex::ymd{d->y + 1, 1, 1};
  if (d->m < 0) return std::nullopt;
  if (v.size() == 7) return rec::timex::add_months({d->y, d->m, 1}, 1);
  if (d->d < 0) return std::nullopt;
  return rec::timex::add_days({d->y, d->m, d->d}, 1);
}

/// Whether a spec date (with X) accepts one of ours.
inline bool date_accepts(ymd spec, rec::timex::ymd ours) {
  return (spec.y < 0 || spec.y == ours.y) && (spec.m < 0 || spec.m == ours.m) && (spec.d < 0 || spec.d == ours.d);
}

/// First and exclusive-last day of one of our values (quarters, weeks and seasons included).
inline bool our_range(std::string_view v, rec::timex::ymd& lo, rec::timex::ymd& hi_excl) {
  using rec::timex::ymd;
  if (auto const d = date_of(v); d && d->y >= 0 && d->m >= 0 && d->d >= 0) {
    lo = {d->y, d->m, d->d};
    auto const e = end_exclusive(v.substr(0, std::min<std::size_t>(v.size(), v.find('T'))));
    if (!e) return false;
    hi_excl = *e;
    return true;
  }
  if (v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H')) {
    auto const y = num(v.substr(0, 4));
    auto const i = num(v.substr(6, 1));
    if (!y || !i) return false;
    int const len = v[5] == 'Q' ? 3 : 6;
    lo = {*y, (*i - 1) * len + 1, 1};
    hi_excl = rec::timex::add_months(lo, len);
    return true;
  }
  if (v.size() >= 8 && v[4] == '-' && v[5] == 'W') {
    auto const y = num(v.substr(0, 4));
    auto const w = num(v.substr(6, 2));
    if (!y || !w) return false;
    lo = rec::timex::iso_week_monday(*y, *w);
    hi_excl = rec::timex::add_days(lo, 7);
    if (v.ends_with("-WE")) lo = rec::timex::add_days(lo, 5);
    return true;
  }
  if (v.size() == 4 && v[3] == 'X') {  // decade 196X
    auto const d = num(v.substr(0, 3));
    if (!d) return false;
    lo = {*d * 10, 1, 1}, hi_excl = {*d * 10 + 10, 1, 1};
    return true;
  }
  if (v.size() == 4 && v[2] == 'X') {  // century 19XX
    auto const c = num(v.substr(0, 2));
    if (!c) return false;
    lo = {*c * 100, 1, 1}, hi_excl = {*c * 100 + 100, 1, 1};
    return true;
  }
  if (auto const d = date_of(v); d && d->y >= 0 && d->m >= 0) {
    lo = {d->y, d->m, 1};
    hi_excl = *end_exclusive(v.substr(0, 7));
    return true;
  }
  if (auto const d = date_of(v); d && d->y >= 0) {
    lo = {d->y, 1, 1}, hi_excl = {d->y + 1, 1, 1};
    return true;
  }
  return false;
}

/// Whether the peer's point value accepts ours.
inline bool point_accepts(std::string spec, std::string const& ours, std::optional<std::string> const& reference) {
  if (spec == ours) return true;
  if (spec == "PRESENT_REF") return reference && ours.starts_with(reference->substr(0, 10));
  if (spec == "SU" || spec == "SP" || spec == "FA" || spec == "WI") spec = "XXXX-" + spec;
  // times: « T19 » is « T19:00 »
  auto const st = time_of(spec), ot = time_of(ours);
  if (!st.empty() || !ot.empty()) {
    if (st != ot) return false;
    auto const sd = spec.substr(0, spec.find('T')), od = ours.substr(0, ours.find('T'));
    if (sd.empty() || sd == od) return true;
    spec = sd;
    if (od.empty()) return false;
    return point_accepts(spec, od, reference);
  }
  // weekday forms: XXXX-WXX-3, XXXX-11-WXX-4-4, XXXX-07-WXX-5-#1
  if (auto const w = spec.find("WXX-"); w != std::string::npos) {
    auto const od = date_of(ours);
    if (!od || od->y < 0 || od->m < 0 || od->d < 0) return false;
    auto const rest = std::string_view(spec).substr(w + 4);
    auto const wd = num(rest.substr(0, 1));
    if (!wd || rec::timex::weekday(od->y, od->m, od->d) != *wd) return false;
    if (w >= 8) {  // a month before
      auto const m = num(std::string_view(spec).substr(5, 2));
      if (m && *m != od->m) return false;
      auto const y = num(std::string_view(spec).substr(0, 4));
      if (y && *y != od->y) return false;
    }
    if (rest.size() > 2) {  // rank in the month
      auto r = rest.substr(2);
      if (!r.empty() && r[0] == '#') r.remove_prefix(1);
      if (auto const n = num(r); n && (od->d - 1) / 7 + 1 != *n) return false;
    }
    return true;
  }
  if (spec.size() != ours.size()) return false;
  for (std::size_t i = 0; i < spec.size(); ++i)
    if (spec[i] != 'X' && spec[i] != ours[i]) return false;
  return true;
}

/// Whether a spec range bound (date or date-time) accepts one of our bounds.
inline bool bound_accepts(std::string_view spec, std::string_view ours, bool is_end) {
  auto const st = time_of(spec), ot = time_of(ours);
  if (!st.empty() || !ot.empty()) {
    if (st != ot) return false;
    spec = spec.substr(0, spec.find('T'));
    ours = ours.substr(0, ours.find('T'));
    if (spec.empty() || ours.empty()) return spec.empty() == ours.empty() || spec.empty();
  }
  auto const s = date_of(spec);
  if (!s) return false;
  rec::timex::ymd lo, hi;
  if (!our_range(ours, lo, hi)) {
    // unknown year on our side (« XXXX-10-02 »)
    auto const o = date_of(ours);
    return o && (s->y < 0 || s->y == o->y) && s->m == o->m && s->d == o->d;
  }
  if (!is_end) return date_accepts(*s, lo);
  auto const last = rec::timex::add_days(hi, -1);
  return date_accepts(*s, hi) || date_accepts(*s, last) || date_accepts(*s, lo);
}

/// Whether the peer's TIMEX (point or « (start,end,duration) » range) accepts a record.
inline bool timex_accepts(std::string const& spec, rec::temporal const& t, std::optional<std::string> const& reference) {
  if (spec.empty()) return true;
  if (spec.front() == '(') {
    auto const c1 = spec.find(','), c2 = spec.find(',', c1 + 1);
    if (c1 == std::string::npos || c2 == std::string::npos) return false;
    auto const s = spec.substr(1, c1 - 1), e = spec.substr(c1 + 1, c2 - c1 - 1);
    if (t.from && t.to) return bound_accepts(s, *t.from, false) && bound_accepts(e, *t.to, true);
    if (t.value) {
      rec::timex::ymd lo, hi;
      if (our_range(*t.value, lo, hi)) {
        auto const ss = date_of(s), ee = date_of(e);
        return ss && ee && date_accepts(*ss, lo) && (date_accepts(*ee, hi) || date_accepts(*ee, rec::timex::add_days(hi, -1)));
      }
    }
    return false;
  }
  if (t.value && point_accepts(spec, *t.value, reference)) return true;
  // a range given by us for a period the peer names by its value
  if (t.from && point_accepts(spec, *t.from, reference)) return true;
  return false;
}

//=== running a spec file ===//

/// The TIMEX values the spec gives for one expected entity (parser: Value.Timex; model: values[].timex).
inline std::vector<std::string> spec_timexes(expected const& e) {
  std::vector<std::string> out;
  auto const* o = e.resolution.if_object();
  if (!o) return out;
  if (auto const* t = o->if_contains("Timex"); t && t->is_string()) out.emplace_back(t->get_string());
  if (auto const* vs = o->if_contains("values"); vs && vs->is_array())
    for (auto const& v : vs->as_array())
      if (auto const* vo = v.if_object())
        if (auto const* t = vo->if_contains("timex"); t && t->is_string()) out.emplace_back(t->get_string());
  return out;
}

struct file_spec {
  char const* file;
  std::vector<std::string_view> kinds;  ///< the peer kinds this file lists; empty: every record (model)
  bool compare_timex = false;
};

/// The default reference of the peer's French tests when a case gives none.
inline constexpr char const* default_reference = "2016-11-07";

inline std::vector<rec::temporal> run_case(spec_case const& c, std::string const& reference) {
  auto doc = depeche::text::prepare(c.input, {.invalid = depeche::text::invalid_utf8_policy::replace});
  if (!doc) return {};
  auto ref = depeche::parse_reference_time(std::string_view(reference).substr(0, 10));
  rec::analysis a(*doc, ref ? std::optional<depeche::reference_time>(*ref) : std::nullopt);
  // the peer leaves a clock time with no date written unanchored (« T11:20 », kind « time »)
  static rec::dates const d{depeche::grammar::calendar::french(), {.detect_document_date = false, .anchor_times = false}};
  return d(a.view());
}

inline tally run_file(file_spec const& f, bool verbose) {
  tally t;
  t.file = f.file;
  for (auto const& c : load(f.file)) {
    ++t.cases;
    if (c.dotnet_supported) ++t.peer_supported;
    std::string const reference = c.reference.value_or(default_reference);
    auto const all = run_case(c, reference);
    std::vector<rec::temporal const*> found;
    for (auto const& r : all) {
      if (f.kinds.empty()) {
        found.push_back(&r);
        continue;
      }
      auto const k = peer_kind(r);
      for (auto const want : f.kinds)
        if (k == want) found.push_back(&r);
    }
    bool ok = found.size() == c.results.size();
    for (std::size_t i = 0; ok && i < found.size(); ++i) {
      auto const& e = c.results[i];
      auto const& g = *found[i];
      auto const gtext = std::string_view(c.input).substr(g.begin, g.end - g.begin);
      std::string etext = e.text;
      if (e.begin && e.end) etext = c.input.substr(*e.begin, *e.end - *e.begin);
      ok = core_span(etext) == core_span(gtext);
      if (ok && f.kinds.empty() && !e.type.empty()) ok = family(e.type) == family(peer_kind(g));
      if (ok && f.compare_timex) {
        auto const ts = spec_timexes(e);
        if (!ts.empty()) {
          bool any = false;
          for (auto const& x : ts) any = any || timex_accepts(x, g, reference);
          ok = any;
        }
      }
    }
    if (ok) {
      ++t.passed;
      if (c.dotnet_supported) ++t.passed_of_supported;
    } else if (verbose) {
      std::printf("FAIL %s #%zu%s: %s\n  want:", f.file, c.index, c.dotnet_supported ? "" : " (NotSupported)",
                  c.input.c_str());
      for (auto const& e : c.results) {
        std::printf(" [%s :%s", e.text.c_str(), e.type.c_str());
        for (auto const& x : spec_timexes(e)) std::printf(" %s", x.c_str());
        std::printf("]");
      }
      std::printf("\n  got: ");
      for (auto const& g : all)
        std::printf(" [%s :%s %s %s..%s]", std::string(std::string_view(c.input).substr(g.begin, g.end - g.begin)).c_str(),
                    peer_kind(g).c_str(), g.value.value_or("null").c_str(), g.from.value_or("").c_str(),
                    g.to.value_or("").c_str());
      std::printf("\n");
    }
  }
  return t;
}

/// Runs files, prints their table and checks the floors: each file passes at least as many cases
/// as the peer supports on .NET.
inline void run_and_check(std::vector<file_spec> const& files) {
  bool const verbose = std::getenv("DEPECHE_CONFORMANCE_VERBOSE") != nullptr;
  std::vector<tally> rows;
  for (auto const& f : files) rows.push_back(run_file(f, verbose));
  print_table(rows);
  for (auto const& r : rows) {
    CAPTURE(r.file);
    if (r.cases == 0) {
      MESSAGE("spec file missing: " << r.file << " (shared folder absent?)");
      continue;
    }
    CHECK(r.passed >= r.peer_supported);
  }
}

} // namespace depeche::conformance::datetime

#endif
