// SPDX-License-Identifier: MIT
// Hostile inputs: pathological patterns of any size, shared by the reliability tests and benchmarks.
#ifndef DEPECHE_TESTS_RELIABILITY_HOSTILE_HPP_INCLUDED
#define DEPECHE_TESTS_RELIABILITY_HOSTILE_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>

namespace depeche::hostile {

/// A pattern repeated to fill about `n` bytes, optionally between a fixed head and tail.
struct pattern {
  std::string_view name;
  std::string_view unit;      ///< repeated
  std::string_view head = {};  ///< written once before the repetitions
  std::string_view tail = {};  ///< written once after them
  std::string_view mirror = {};  ///< written as many times as `unit`, after it (closing marks)

  [[nodiscard]] std::string make(std::size_t n) const {
    std::string s;
    std::size_t times = 0;
    auto const per = unit.size() + mirror.size();
    s.reserve(n + per + head.size() + tail.size());
    s += head;
    while (s.size() + times * mirror.size() < n) s += unit, ++times;
    for (std::size_t k = 0; k < times; ++k) s += mirror;
    s += tail;
    return s;
  }
};

/// Every Unicode space character (White_Space, plus ZWSP and the BOM that French text carries).
inline constexpr std::string_view all_spaces[] = {
    "\t", "\n", "\v", "\f", "\r", " ", "\xC2\x85", "\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81",
    "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87", "\xE2\x80\x88",
    "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x81\x9F",
    "\xE3\x80\x80", "\xEF\xBB\xBF"};

/// Every Unicode dash (Dash=yes) and the minus sign.
inline constexpr std::string_view all_dashes[] = {
    "-", "\xD6\x8A", "\xD6\xBE", "\xE1\x90\x80", "\xE1\xA0\x86", "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92",
    "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95", "\xE2\x81\x93", "\xE2\x81\xBB", "\xE2\x82\x8B", "\xE2\x88\x92",
    "\xE2\xB8\x97", "\xE2\xB8\x9A", "\xE2\xB8\xBA", "\xE2\xB8\xBB", "\xE2\xB9\x80", "\xE3\x80\x9C", "\xE3\x80\xB0",
    "\xE3\x82\xA0", "\xEF\xB8\xB1", "\xEF\xB8\xB2", "\xEF\xB9\x98", "\xEF\xB9\xA3", "\xEF\xBC\x8D"};

/// The patterns each layer must handle in linear time. Each one targets a loop that could rescan:
/// number groups, quote matching, cue chains, sentence-wide searches, offset maps.
inline constexpr pattern patterns[] = {
    {"digits", "1234567890"},                                     // 10^6 digits in a row
    {"digit_groups", "123 "},                                    // one endless « 123 123 123 … » number
    {"decimal_chain", "1,2."},                                   // « 1,2.1,2.1,2 »
    {"selon", "selon "},                                         // 10^5 « selon » in a row
    {"selon_sources", "selon le ministre, "},
    {"cue_chain", "a déclaré que "},                             // one sentence of reporting verbs
    // one sentence of many cues: each content must not be rescanned to the sentence start
    {"postposed_cues", "il pleut, a déclaré le ministre, "},
    {"hedged_contents", "il aurait plu, selon lui "},           // modality was cubic here
    {"appositions", "Paul Martin, le ministre, a dit "},
    {"quoted_cues", "« oui » « non », a dit Paul, "},
    // a pronoun source looks back for its antecedent: not through every earlier mention
    {"pronoun_sources", "Le ministre Paul Martin est arrivé. « Oui », a-t-il dit.\n"},
    {"inverted_cue", "a-t-il "},
    {"open_quotes", "« "},                                       // unbalanced
    {"close_quotes", " »"},
    {"nested_quotes", "« a ", {}, " »"},
    {"deep_quotes", "« a ", {}, {}, " »"},                       // 10^5 nested pairs
    {"mixed_quotes", "“\"« a ”'"},
    {"crossed_quotes", "« “ "},                                  // each » searched the whole stack
    {"quote_lines", "« a\n"},                                   // « at a line head continues a quote
    {"long_token", "a"},                                         // 1 MB without a separator
    {"long_accented_token", "é"},
    {"hyphen_chain", "a-"},
    {"elisions", "l'"},
    {"apostrophes", "’"},
    {"one_sentence", "le ministre estime que les soldats sont nombreux "},
    {"capitals", "Le Ministre Des Armées "},
    {"commas", "a, "},
    {"periods", ". "},
    {"abbreviations", "M. "},
    {"parentheses", "(NIS "},
    {"dates", "le 3 mars "},
    {"date_intervals", "du 3 au "},
    {"ranges", "entre 2 et "},
    {"quantities", "plus de 12 000 soldats "},
    {"units", "km "},
    {"newlines", "\n"},
    {"crlf", "Il pleut.\r\n"},
    {"lone_cr", "\r"},
    {"nul", std::string_view("\0", 1)},
    {"invalid_utf8", "\xFF\xC3"},
    {"spaces", "\xE2\x80\xAF\xC2\xA0\xE2\x80\x89\xE3\x80\x80"},
    {"dashes", "\xE2\x80\x93\xE2\x80\x94-\xE2\x88\x92"},
    {"bom", "\xEF\xBB\xBF"},
    {"combining_marks", "e\xCC\x81\xCC\x81"},
    {"url", "a", "https://", {}},
    // ordinary news, many sentences: whatever joins records to sentences must not rescan them
    {"news", "Selon le ministère, plus de 12 000 soldats ont été déployés le 3 mars 2025. "},
    {"quoted_news", "« Nous ne reculerons pas », a déclaré jeudi le président, cité par l'AFP.\n"},
};

} // namespace depeche::hostile

#endif
