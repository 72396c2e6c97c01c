// SPDX-License-Identifier: MIT
// The HTML report of one document: highlighted dates, quantities, sources, cues and quotes, and a claims table.
#ifndef DEPECHE_IO_REPORT_HPP_INCLUDED
#define DEPECHE_IO_REPORT_HPP_INCLUDED

#include <depeche/extract.hpp>
#include <depeche/io/html.hpp>

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::io {

namespace detail {

inline std::string number_text(double v) {
  char buf[64];
  if (v == std::trunc(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

inline std::string describe(recognize::quantity const& q) {
  std::string d = "quantity: ";
  if (q.value) d += number_text(*q.value);
  if (q.low || q.high) {
    d += " [" + (q.low ? number_text(*q.low) : std::string("…")) + ", " + (q.high ? number_text(*q.high) : std::string("…")) + "]";
  }
  d += "; qualifier " + std::string(recognize::name(q.qualifier));
  if (q.unit) d += "; unit " + *q.unit;
  if (q.counted) d += "; counted « " + *q.counted + " »";
  return d;
}

inline std::string describe(recognize::temporal const& t) {
  std::string d = std::string(recognize::name(t.type)) + " " + t.value.value_or("—");
  if (t.mod) d += "; mod " + *t.mod;
  if (t.from) d += "; from " + *t.from;
  if (t.to) d += "; to " + *t.to;
  return d;
}

inline std::string modality(bool reported, bool hedged, bool negated) {
  std::string m = reported ? "reported" : "asserted";
  if (hedged) m += ", hedged";
  if (negated) m += ", negated";
  return m;
}

} // namespace detail

/// Renders the report of an extraction of `original` as one self-contained HTML page.
[[nodiscard]] inline std::string html_report(std::string_view title, std::string_view original, extraction const& x) {
  std::vector<highlight> hs;
  for (auto const& d : x.dates) hs.push_back({d.begin, d.end, "date", detail::describe(d)});
  for (auto const& q : x.quantities) hs.push_back({q.begin, q.end, "quantity", detail::describe(q)});
  for (auto const& a : x.attributions) {
    std::string src = "source: " + std::string(recognize::name(a.source.type));
    if (a.source.subtype != recognize::source_subtype::none) src += " / " + std::string(recognize::name(a.source.subtype));
    if (!a.source.acronym.empty()) src += " (" + a.source.acronym + ")";
    src += "; id " + std::to_string(a.source.id);
    if (a.source.end > a.source.begin) hs.push_back({a.source.begin, a.source.end, "source", src});
    if (a.cue_end > a.cue_begin)
      hs.push_back({a.cue_begin, a.cue_end, "cue", "cue « " + std::string(span{a.cue_begin, a.cue_end}.of(original)) + " »; " + detail::modality(a.reported, a.hedged, a.negated)});
    if (a.quote) hs.push_back({a.quote->begin, a.quote->end, "quote", "quote of source " + std::to_string(a.source.id)});
  }
  html_table claims{"Claims", {"#", "claim", "source", "modality", "predicate", "quantities", "dates", "page"}, {}};
  std::size_t k = 0;
  for (auto const& c : x.claims) {
    std::string sources, qs, ds;
    for (auto const* a : x.attributions_of(c)) {
      if (!sources.empty()) sources += "; ";
      sources += std::string(span{a->source.begin, a->source.end}.of(original)) + " (" +
                 std::string(recognize::name(a->source.type)) + ", « " + std::string(span{a->cue_begin, a->cue_end}.of(original)) + " »)";
    }
    for (auto const* q : x.quantities_of(c)) qs += (qs.empty() ? "" : "; ") + std::string(span{q->begin, q->end}.of(original));
    for (auto const* d : x.dates_of(c)) ds += (ds.empty() ? "" : "; ") + d->value.value_or(d->from.value_or("?"));
    auto text = std::string(span{c.begin, c.end}.of(original));
    if (text.size() > 400) {
      std::size_t cut = 400;
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // a whole character
      text = text.substr(0, cut) + "…";
    }
    claims.rows.push_back({std::to_string(++k), text, sources, detail::modality(c.reported, c.hedged, c.negated),
                           c.predicate.value_or(""), qs, ds, c.boilerplate ? "furniture" : "article"});
  }
  return render_html(title, original, hs, {claims});
}

} // namespace depeche::io

#endif
