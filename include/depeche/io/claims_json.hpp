// SPDX-License-Identifier: MIT
// JSON output of claims, through the generic Boost.Describe serializer (no per-field code).
#ifndef DEPECHE_IO_CLAIMS_JSON_HPP_INCLUDED
#define DEPECHE_IO_CLAIMS_JSON_HPP_INCLUDED

#include <depeche/claims/claim.hpp>
#include <depeche/io/reflect.hpp>

#include <boost/describe.hpp>

namespace depeche::claims {
BOOST_DESCRIBE_STRUCT(subject_phrase, (), (begin, end))
BOOST_DESCRIBE_STRUCT(claim, (), (begin, end, sentence, quantities, dates, attributions, reported, hedged, negated,
                                  predicate, subject, boilerplate))
} // namespace depeche::claims

namespace depeche::io {

template <>
struct json_fields<claims::claim> {
  /// `text` last: the claims layer has always been written that way.
  static constexpr text_position text_at = text_position::last;
};

/// `{"begin", "end", "text", "sentence", "quantities", "dates", "attributions", "reported",
/// "hedged", "negated", "predicate", "subject": {"begin", "end", "text"} | null, "boilerplate"}`.
[[nodiscard]] inline boost::json::value to_json(claims::claim const& c, std::string_view original) {
  return to_value(c, reflect_options{original});
}

} // namespace depeche::io

#endif
