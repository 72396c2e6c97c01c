// SPDX-License-Identifier: MIT
// JSON of attributions (cue, source {text, begin, end, type, acronym, id}, content, quote, modality),
// through the generic Boost.Describe serializer.
#ifndef DEPECHE_IO_ATTRIBUTIONS_JSON_HPP_INCLUDED
#define DEPECHE_IO_ATTRIBUTIONS_JSON_HPP_INCLUDED

#include <depeche/io/reflect.hpp>
#include <depeche/recognize/attribution.hpp>

#include <boost/describe.hpp>
#include <boost/json.hpp>

#include <string_view>

namespace depeche::recognize {
BOOST_DESCRIBE_ENUM(cue_kind, preposition, verb, opinion, relay, source_adjective, colon, social_media)
BOOST_DESCRIBE_ENUM(source_type, unknown, person, organization, document, country_or_capital, anonymous, self)
BOOST_DESCRIBE_ENUM(source_subtype, none, government, military, intelligence, media, think_tank, international,
                    company, ngo, other)
BOOST_DESCRIBE_STRUCT(source_link, (), (begin, end, type, subtype, acronym, id))
BOOST_DESCRIBE_STRUCT(attribution_source, (),
                      (begin, end, type, subtype, acronym, expansion, id, antecedent, handle, chain))
BOOST_DESCRIBE_STRUCT(attribution, (),
                      (cue_begin, cue_end, kind, lemma, source, content, quote, reported, hedged, negated,
                       hypothetical, begin, end))
} // namespace depeche::recognize

namespace depeche::io {

template <>
struct json_fields<recognize::source_link> {
  /// No subtype or acronym: `null`.
  static constexpr unsigned policy(std::string_view m) noexcept {
    return m == "subtype" || m == "acronym" ? field::null_if_default : field::always;
  }
  static constexpr text_position text_at = text_position::first;
};

template <>
struct json_fields<recognize::attribution_source> {
  /// No subtype, acronym or expansion: `null`; `antecedent` only for resolved pronouns, `handle` only for posts.
  static constexpr unsigned policy(std::string_view m) noexcept {
    if (m == "subtype" || m == "acronym" || m == "expansion") return field::null_if_default;
    if (m == "antecedent" || m == "handle") return field::omit_if_default;
    return field::always;
  }
  static constexpr text_position text_at = text_position::first;
};

template <>
struct json_fields<recognize::attribution> {
  /// `content` is written as offsets only (the attributed statement can be long).
  static constexpr unsigned policy(std::string_view m) noexcept {
    if (m == "content") return field::no_text;
    if (m == "quote") return field::text_first;
    return field::always;
  }
  /// `cue`: the cue words themselves (« a déclaré »).
  static constexpr text_field<recognize::attribution> texts[] = {
      {"cue", &recognize::attribution::cue_begin, &recognize::attribution::cue_end}};
};

/// `{"text", "begin", "end", "type", "subtype", "acronym", "id"}` of a link in a source chain.
[[nodiscard]] inline boost::json::object to_json(recognize::source_link const& l, std::string_view original) {
  return std::move(to_value(l, reflect_options{original}).as_object());
}

/// The source of an attribution: `{"text", "begin", "end", "type", "subtype", "acronym",
/// "expansion", "id", "chain"}`, plus `"antecedent"` for resolved pronouns and `"handle"` for posts.
[[nodiscard]] inline boost::json::object to_json(recognize::attribution_source const& s, std::string_view original) {
  return std::move(to_value(s, reflect_options{original}).as_object());
}

/// One attribution, with the field names of the public contract: `cue`, `cue_begin`, `cue_end`,
/// `source`, `content {begin, end}`, `quote {text, begin, end} | null`, `reported`, `hedged`,
/// `negated`, `begin`, `end`, `text` (plus `kind`, `lemma`, `hypothetical`).
[[nodiscard]] inline boost::json::object to_json(recognize::attribution const& a, std::string_view original) {
  return std::move(to_value(a, reflect_options{original}).as_object());
}

} // namespace depeche::io

#endif
