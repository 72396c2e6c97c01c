// SPDX-License-Identifier: MIT
// Attribution records: who says so (source), in what words (cue, quote), and how sure (modality).
#ifndef DEPECHE_RECOGNIZE_ATTRIBUTION_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_ATTRIBUTION_HPP_INCLUDED

#include <depeche/recognize/cue_data.hpp>
#include <depeche/recognize/sources.hpp>
#include <depeche/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::recognize {

/// How an attribution is introduced.
enum class cue_kind : std::uint8_t {
  preposition,       ///< « selon X », « d'après X », « aux yeux de X », « à en croire X »
  verb,              ///< « X a déclaré que », « a-t-il déclaré », « X dément »
  opinion,           ///< « Pour X, … »
  relay,             ///< « cité par X », « rapporté par X »
  source_adjective,  ///< « de source militaire »
  colon,             ///< « X : « … » »
  social_media,      ///< an embedded post: « — Reuters (@Reuters) April 15, 2025 »
};

[[nodiscard]] constexpr std::string_view name(cue_kind k) noexcept {
  switch (k) {
  case cue_kind::preposition: return "preposition";
  case cue_kind::verb: return "verb";
  case cue_kind::opinion: return "opinion";
  case cue_kind::relay: return "relay";
  case cue_kind::source_adjective: return "source_adjective";
  case cue_kind::colon: return "colon";
  case cue_kind::social_media: return "social_media";
  }
  return "verb";
}

/// A source further up a chain: « Un rapport d'un think-tank affilié au NIS » has the
/// think-tank and the NIS as links of the report.
struct source_link {
  std::uint32_t begin = 0, end = 0;  ///< original bytes
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::string acronym;
  std::uint32_t id = 0;  ///< registry id
  friend bool operator==(source_link const&, source_link const&) = default;
};

/// Who an attribution names as its source.
struct attribution_source {
  std::uint32_t begin = 0, end = 0;  ///< original bytes of the noun phrase (or pronoun)
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::string acronym;    ///< « NIS » (also on a later mention that did not repeat it)
  std::string expansion;  ///< « Service national de renseignement »
  std::uint32_t id = 0;   ///< per-document source id; every mention of one source shares it
  std::optional<span> antecedent;  ///< for `self`: the earlier mention the pronoun refers to (original bytes)
  std::string handle;     ///< for social-media posts: « @Reuters »
  std::vector<source_link> chain;
  friend bool operator==(attribution_source const&, attribution_source const&) = default;
};

/// One attribution: a cue, its source, the attributed content, an optional quote, and modality.
struct attribution {
  std::uint32_t begin = 0, end = 0;          ///< the whole attribution (cue, source, content, quote)
  std::uint32_t cue_begin = 0, cue_end = 0;  ///< the cue words: « selon », « a déclaré », « affirme »
  cue_kind kind = cue_kind::verb;
  std::string lemma;                         ///< « selon », « déclarer », « d'après »
  attribution_source source;
  span content;                              ///< the attributed statement (original bytes; may be empty)
  std::optional<span> quote;                 ///< a direct or partial quote, quote marks included
  bool reported = true;                      ///< an attribution covers the content
  bool hedged = false;                       ///< reportive conditional or modal: « aurait déployé », « probablement »
  bool negated = false;                      ///< denied: « nie », « dément », « n'a pas confirmé »
  bool hypothetical = false;                 ///< the conditional is hypothetical (« si …, il aurait … »), not reportive
  friend bool operator==(attribution const&, attribution const&) = default;
};

} // namespace depeche::recognize

#endif
