// SPDX-License-Identifier: MIT
// The claim record: a factual statement with the quantities, dates and attributions that belong to it.
#ifndef DEPECHE_CLAIMS_CLAIM_HPP_INCLUDED
#define DEPECHE_CLAIMS_CLAIM_HPP_INCLUDED

#include <depeche/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace depeche::claims {

/// The subject noun phrase of a claim (original bytes).
struct subject_phrase {
  std::uint32_t begin = 0, end = 0;
  friend bool operator==(subject_phrase const&, subject_phrase const&) = default;
};

/// A factual statement (a sentence, or the clause an attribution scopes over) that carries at
/// least one quantity, date or attribution. Indices point into the document's lists
/// (extraction::quantities, ::dates, ::attributions); offsets are original bytes.
struct claim {
  std::uint32_t begin = 0, end = 0;
  std::uint32_t sentence = 0;                ///< index of the sentence the claim is in
  std::vector<std::uint32_t> quantities;     ///< indices into the document's quantities
  std::vector<std::uint32_t> dates;          ///< indices into the document's dates
  std::vector<std::uint32_t> attributions;   ///< indices of the attributions that scope over the claim
  bool reported = false;                     ///< an attribution covers it
  bool hedged = false;                       ///< reportive conditional, modal or hedge words
  bool negated = false;                      ///< denied or negated
  std::optional<std::string> predicate;      ///< main verb lemma: « déployer », « tuer », « augmenter »
  std::optional<subject_phrase> subject;     ///< « la Corée du Nord », « les pertes russes »
  bool boilerplate = false;                  ///< on page furniture (menus, related articles, footers)
  friend bool operator==(claim const&, claim const&) = default;
};

} // namespace depeche::claims

#endif
