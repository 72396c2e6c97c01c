// SPDX-License-Identifier: MIT
// Sentence splitting over tokens, tuned for web news text: titles, menus, missing spaces, quotes.
#ifndef DEPECHE_TOKENIZE_SENTENCES_HPP_INCLUDED
#define DEPECHE_TOKENIZE_SENTENCES_HPP_INCLUDED

#include <depeche/tokenize/detail/chars.hpp>
#include <depeche/tokenize/token.hpp>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace depeche::tokenize {

/// Options of the sentence splitter.
struct sentence_options {
  /// A line break ends a sentence (web text: titles, menu items, captions are lines of their
  /// own), unless the line visibly continues: it ends without final punctuation and the next
  /// line starts in lower case.
  bool split_on_newline = true;
};

namespace detail {

[[nodiscard]] inline bool is_final_punct(std::string_view t) noexcept {
  if (t.empty()) return false;
  auto const c = t[0];
  if (c == '.' || c == '!' || c == '?') return true;
  return t == "\xE2\x80\xA6";  // …
}

[[nodiscard]] inline bool is_closer(std::string_view t) noexcept {
  return t == "\xC2\xBB" || t == "\xE2\x80\x9D" || t == ")" || t == "]" || t == "\"" || t == "'" ||
         t == "\xE2\x80\x99" || t == "\xE2\x80\xBA";  // » ” ) ] " ' ’ ›
}

[[nodiscard]] inline bool is_opener(std::string_view t) noexcept {
  return t == "\xC2\xAB" || t == "\xE2\x80\x9C" || t == "(" || t == "[" || t == "\"" || t == "\xE2\x80\x94" ||
         t == "\xE2\x80\x93" || t == "-" || t == "\xE2\x80\xB9" || t == "\xE2\x80\x9E" || t == "\xC2\xBF" ||
         t == "\xC2\xA1";  // « “ ( [ " — – - ‹ „ ¿ ¡
}

/// Starts with a lower-case letter.
[[nodiscard]] inline bool starts_lower(std::string_view t) noexcept {
  if (t.empty()) return false;
  auto const ci = classify(t, 0);
  return ci.c == cls::letter && ci.lower;
}

/// Abbreviations after which a sentence may still end (« etc. », « J.-C. », « O.N.U. »).
[[nodiscard]] inline bool abbreviation_may_end(token const& tk, std::string_view t) noexcept {
  if (tk.has(token_flags::acronym)) return true;
  return t == "etc." || t == "J.-C." || t == "al." || t == "Inc." || t == "Ltd." || t == "Corp." || t == "cit." ||
         t == "ibid." || t == "sqq." || t == "suiv.";
}

} // namespace detail

/// Splits a token sequence into sentences and marks the last token of each with
/// token_flags::sentence_final. `analysed` is the document's analysed text.
inline void split_sentences(std::string_view analysed, std::span<token> tokens, std::vector<sentence>& out,
                            sentence_options const& opts = {}) {
  using namespace detail;
  auto const n = tokens.size();
  if (n == 0) return;
  auto text = [&](std::size_t k) { return tokens[k].text(analysed); };
  std::size_t first = 0;
  auto close = [&](std::size_t last) {  // last is inclusive
    auto const& a = tokens[first];
    auto const& b = tokens[last];
    tokens[last].flags |= token_flags::sentence_final;
    out.push_back(sentence{a.begin, b.end, a.a_begin, b.a_end, static_cast<std::uint32_t>(first),
                           static_cast<std::uint32_t>(last + 1),
                           first == 0 || a.has(token_flags::newline_before)});
    first = last + 1;
  };

  for (std::size_t t = 0; t < n; ++t) {
    if (t + 1 == n) {
      close(t);
      break;
    }
    auto const& nx = tokens[t + 1];
    auto const tt = text(t);
    // line breaks
    if (nx.has(token_flags::newline_before) && opts.split_on_newline) {
      bool const continues = !nx.has(token_flags::paragraph_before) && !is_final_punct(tt) && tt != ":" &&
                             starts_lower(text(t + 1)) && tokens[t].kind != token_kind::punctuation;
      if (!continues) close(t);
      continue;
    }
    bool terminal = tokens[t].kind == token_kind::punctuation && is_final_punct(tt);
    if (!terminal && tokens[t].has(token_flags::abbreviation) && abbreviation_may_end(tokens[t], tt)) {
      auto const nt = text(t + 1);
      if (nx.has(token_flags::space_before) && nx.has(token_flags::capitalized) && !nx.has(token_flags::abbreviation))
        close(t);
      (void)nt;
      continue;
    }
    if (!terminal) continue;
    // absorb closing quotes and brackets: « … fin. » Suite
    std::size_t last = t;
    while (last + 1 < n && is_closer(text(last + 1)) && !tokens[last + 1].has(token_flags::newline_before) &&
           !(text(last + 1) == "\"" && tokens[last + 1].has(token_flags::space_before) && last + 2 < n &&
             !tokens[last + 2].has(token_flags::space_before)))
      ++last;
    if (last + 1 == n) {
      close(last);
      break;
    }
    auto const& after = tokens[last + 1];
    auto const at = text(last + 1);
    bool boundary;
    if (after.has(token_flags::newline_before)) {
      boundary = true;
    } else if (starts_lower(at)) {
      boundary = false;
    } else if (after.kind == token_kind::punctuation && !is_opener(at)) {
      boundary = false;  // « ?! », « ... , »
    } else if (tt[0] != '.' && !after.has(token_flags::capitalized) && !is_opener(at) && after.kind != token_kind::number) {
      boundary = false;
    } else {
      boundary = true;
    }
    if (boundary) {
      close(last);
      t = last;
    }
  }
}

/// The sentences of a token sequence (see the overload that appends).
[[nodiscard]] inline std::vector<sentence> split_sentences(std::string_view analysed, std::span<token> tokens,
                                                           sentence_options const& opts = {}) {
  std::vector<sentence> v;
  split_sentences(analysed, tokens, v, opts);
  return v;
}

} // namespace depeche::tokenize

#endif
