// SPDX-License-Identifier: MIT
// JSON output of attributions: cue, source {text, begin, end, type, acronym, id}, content, quote, modality.
#ifndef DEPECHE_IO_ATTRIBUTIONS_JSON_HPP_INCLUDED
#define DEPECHE_IO_ATTRIBUTIONS_JSON_HPP_INCLUDED

#include <depeche/io/json.hpp>
#include <depeche/recognize/attribution.hpp>

#include <boost/json.hpp>

#include <string_view>

namespace depeche::io {

namespace detail {
inline boost::json::value optional_string(std::string const& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}
} // namespace detail

/// `{"text", "begin", "end", "type", "subtype", "acronym", "id"}` of a link in a source chain.
[[nodiscard]] inline boost::json::object to_json(recognize::source_link const& l, std::string_view original) {
  boost::json::object o;
  o["text"] = json_text(span{l.begin, l.end}.of(original));
  o["begin"] = l.begin;
  o["end"] = l.end;
  o["type"] = recognize::name(l.type);
  o["subtype"] = l.subtype == recognize::source_subtype::none ? boost::json::value(nullptr)
                                                               : boost::json::value(recognize::name(l.subtype));
  o["acronym"] = detail::optional_string(l.acronym);
  o["id"] = l.id;
  return o;
}

/// The source of an attribution: `{"text", "begin", "end", "type", "subtype", "acronym",
/// "expansion", "id", "chain"}`, plus `"antecedent"` for resolved pronouns and `"handle"` for posts.
[[nodiscard]] inline boost::json::object to_json(recognize::attribution_source const& s, std::string_view original) {
  boost::json::object o;
  o["text"] = json_text(span{s.begin, s.end}.of(original));
  o["begin"] = s.begin;
  o["end"] = s.end;
  o["type"] = recognize::name(s.type);
  o["subtype"] = s.subtype == recognize::source_subtype::none ? boost::json::value(nullptr)
                                                               : boost::json::value(recognize::name(s.subtype));
  o["acronym"] = detail::optional_string(s.acronym);
  o["expansion"] = detail::optional_string(s.expansion);
  o["id"] = s.id;
  if (s.antecedent) {
    boost::json::object a;
    put_span(a, *s.antecedent, original);
    o["antecedent"] = std::move(a);
  }
  if (!s.handle.empty()) o["handle"] = json_text(s.handle);
  boost::json::array chain;
  for (auto const& l : s.chain) chain.emplace_back(to_json(l, original));
  o["chain"] = std::move(chain);
  return o;
}

/// One attribution, with the field names of the public contract: `cue`, `cue_begin`, `cue_end`,
/// `source`, `content {begin, end}`, `quote {text, begin, end} | null`, `reported`, `hedged`,
/// `negated`, `begin`, `end`, `text` (plus `kind`, `lemma`, `hypothetical`).
[[nodiscard]] inline boost::json::object to_json(recognize::attribution const& a, std::string_view original) {
  boost::json::object o;
  o["cue"] = json_text(span{a.cue_begin, a.cue_end}.of(original));
  o["cue_begin"] = a.cue_begin;
  o["cue_end"] = a.cue_end;
  o["kind"] = recognize::name(a.kind);
  o["lemma"] = json_text(a.lemma);
  o["source"] = to_json(a.source, original);
  o["content"] = boost::json::object{{"begin", a.content.begin}, {"end", a.content.end}};
  if (a.quote) {
    boost::json::object q;
    q["text"] = json_text(a.quote->of(original));
    q["begin"] = a.quote->begin;
    q["end"] = a.quote->end;
    o["quote"] = std::move(q);
  } else {
    o["quote"] = nullptr;
  }
  o["reported"] = a.reported;
  o["hedged"] = a.hedged;
  o["negated"] = a.negated;
  o["hypothetical"] = a.hypothetical;
  put_span(o, span{a.begin, a.end}, original);
  return o;
}

} // namespace depeche::io

#endif
