// SPDX-License-Identifier: MIT
// Sentence splitting over tokens, tuned for web news text: titles, menus, missing spaces, quotes.
#ifndef DEPECHE_TOKENIZE_SENTENCES_HPP_INCLUDED
#define DEPECHE_TOKENIZE_SENTENCES_HPP_INCLUDED

#include <depeche/tokenize/detail/chars.hpp>
#include <depeche/tokenize/lexicon.hpp>
#include <depeche/tokenize/token.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace depeche::tokenize {

/// Options of the sentence splitter.
struct sentence_options {
  /// A line break ends a sentence (web text: titles, menu items, captions are lines of their
  /// own), unless the line visibly continues: a long line of prose that ends without final
  /// punctuation before a line that starts in lower case, or a line that ends on « de », « la »,
  /// « et » or a comma.
  bool split_on_newline = true;
  /// Lines at least this long (in bytes) may be soft-wrapped prose.
  std::uint32_t wrapped_line_bytes = 60;
  /// Sentence starters and abbreviations; nullptr means default_lexicon(). Must outlive the call.
  lexicon const* words = nullptr;
};

namespace detail {

[[nodiscard]] inline bool is_final_punct(std::string_view t) noexcept {
  if (t.empty()) return false;
  auto const c = t[0];
  if (c == '.' || c == '!' || c == '?') return true;
  return t == "\xE2\x80\xA6";  // …
}

[[nodiscard]] inline bool is_ellipsis(std::string_view t) noexcept {
  return t == "\xE2\x80\xA6" || (t.size() >= 2 && t[0] == '.');
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

/// Abbreviations after which a sentence may end before any capitalized word (« etc. », « J.-C. »).
[[nodiscard]] inline bool abbreviation_may_end(std::string_view t) noexcept {
  return t == "etc." || t == "J.-C." || t == "al." || t == "Inc." || t == "Ltd." || t == "Corp." || t == "cit." ||
         t == "ibid." || t == "sqq." || t == "suiv.";
}

/// Words that cannot end a sentence: a line that ends on one of them goes on below.
[[nodiscard]] inline bool is_function_word(std::string_view t) noexcept {
  static constexpr std::string_view words[] = {
      "le", "la", "les", "l'", "de", "d'", "du", "des", "un", "une", "à", "au", "aux", "en", "et", "ou", "par",
      "pour", "sur", "sous", "dans", "avec", "sans", "selon", "vers", "chez", "entre", "contre", "que", "qu'",
      "qui", "dont", "ne", "n'", "se", "s'", "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
      "mais", "car", "donc", "lors", "depuis", "après", "avant", "pendant", "ont", "a", "est", "sont", "été"};
  if (t.size() > 8) return false;
  for (auto w : words)
    if (t == w) return true;
  return false;
}

/// First bytes of the punctuation the splitter acts on: « . », « ! », « ? », « ; », « " » and
/// the lead byte of « … » (and of other three-byte marks, which are then checked in full).
inline constexpr auto deciding_punctuation = [] {
  std::array<bool, 256> t{};
  for (char c : std::string_view(".!?;\"")) t[static_cast<unsigned char>(c)] = true;
  t[0xE2] = true;
  return t;
}();

/// Definite articles, plain, elided or contracted, in lower case.
[[nodiscard]] inline bool is_article(std::string_view t) noexcept {
  return t == "l'" || t == "le" || t == "la" || t == "les" || t == "du" || t == "des" || t == "au" || t == "aux";
}

/// Subject pronouns in lower case (and « c' »).
[[nodiscard]] inline bool is_subject_pronoun(std::string_view t) noexcept {
  return t == "il" || t == "ils" || t == "elle" || t == "elles" || t == "on" || t == "je" || t == "j'" ||
         t == "nous" || t == "vous" || t == "c'" || t == "ce" || t == "cela" || t == "ça";
}

} // namespace detail

/// Splits a token sequence into sentences and marks the last token of each with
/// token_flags::sentence_final. `analysed` is the document's analysed text.
inline void split_sentences(std::string_view analysed, std::span<token> tokens, std::vector<sentence>& out,
                            sentence_options const& opts = {}) {
  using namespace detail;
  namespace f = token_flags;
  auto const n = tokens.size();
  if (n == 0) return;
  lexicon const& lex = opts.words ? *opts.words : default_lexicon();
  auto text = [&](std::size_t k) { return tokens[k].text(analysed); };
  auto starter = [&](std::size_t k) {
    return k < n && tokens[k].has(f::capitalized) && lex.is_sentence_starter(text(k));
  };
  std::size_t first = 0;       // first token of the current sentence
  std::size_t line_first = 0;  // first token of the current line
  std::uint32_t quotes = 0;    // straight double quotes seen in the current paragraph
  auto close = [&](std::size_t last) {  // last is inclusive
    auto const& a = tokens[first];
    auto const& b = tokens[last];
    tokens[last].flags |= f::sentence_final;
    out.push_back(sentence{a.begin, b.end, a.a_begin, b.a_end, static_cast<std::uint32_t>(first),
                           static_cast<std::uint32_t>(last + 1), first == 0 || a.has(f::newline_before)});
    first = last + 1;
  };

  auto const* tp = tokens.data();
  auto const* ap = reinterpret_cast<unsigned char const*>(analysed.data());
  // tokens that decide nothing: words and the punctuation that never ends a sentence (« , »)
  auto const inert = [&](token const& x) {
    return x.kind != token_kind::punctuation || (x.a_begin < analysed.size() && !deciding_punctuation[ap[x.a_begin]]);
  };
  for (std::size_t t = 0; t < n; ++t) {
    // the common case: inert tokens inside a line, tested without short-circuits (one branch each;
    // every token has a_begin < analysed.size())
    while (t + 1 < n) {
      auto const& x = tp[t];
      bool const stop = ((x.flags & (f::abbreviation | f::newline_before)) != 0) |
                        ((tp[t + 1].flags & f::newline_before) != 0) |
                        ((x.kind == token_kind::punctuation) & deciding_punctuation[ap[x.a_begin]]);
      if (stop) break;
      ++t;
    }
    auto const& tk = tokens[t];
    if (tk.has(f::newline_before)) {
      line_first = t;
      if (tk.has(f::paragraph_before)) quotes = 0;
    }
    if (t + 1 == n) {
      close(t);
      break;
    }
    auto const& nx = tokens[t + 1];
    if (!tk.has(f::abbreviation) && !nx.has(f::newline_before) && inert(tk)) continue;
    // line breaks
    if (nx.has(f::newline_before) && opts.split_on_newline) {
      if (tk.kind == token_kind::punctuation && text(t) == "\"") ++quotes;
      bool continues = false;
      if (!nx.has(f::paragraph_before)) {
        auto const tt = text(t);
        bool const comma = tk.kind == token_kind::punctuation && tt == ",";
        bool const open_end = comma || (tk.kind == token_kind::word && is_function_word(tt));
        bool const long_line = tk.a_end - tokens[line_first].a_begin >= opts.wrapped_line_bytes;
        continues = open_end || (long_line && tk.kind == token_kind::word && starts_lower(text(t + 1)));
      }
      if (!continues) close(t);
      continue;
    }
    if (tk.kind == token_kind::punctuation) {
      auto const tt = text(t);
      if (tt == "\"") {
        ++quotes;
        continue;
      }
      if (tt == ";") {
        // « … ; Les autres … »: a capitalized sentence starter after a semicolon opens a new sentence
        if (starter(t + 1)) close(t);
        continue;
      }
      if (!is_final_punct(tt)) continue;
      // « (...) » marks an omission, not a sentence end
      if (is_ellipsis(tt) && t > first && (text(t - 1) == "(" || text(t - 1) == "[") &&
          (text(t + 1) == ")" || text(t + 1) == "]"))
        continue;
      // absorb closing quotes and brackets: « … fin. » Suite; a straight quote closes only an open one
      std::size_t last = t;
      for (auto q = quotes; last + 1 < n && !tokens[last + 1].has(f::newline_before); ++last) {
        auto const c = text(last + 1);
        if (!is_closer(c)) break;
        if (c == "\"") {
          // a straight quote opens when it is spaced before and glued to the next word (« ". "L'… »),
          // closes when glued to what precedes it, and otherwise closes only an open quote
          auto const& qt = tokens[last + 1];
          bool const glued_after = last + 2 < n && !tokens[last + 2].has(f::space_before);
          bool const opens = qt.has(f::space_before) ? (glued_after || q % 2 == 0) : false;
          if (opens) break;
          ++q;
        }
      }
      if (last + 1 == n) {
        close(last);
        break;
      }
      auto const& after = tokens[last + 1];
      auto const at = text(last + 1);
      bool boundary;
      if (after.has(f::newline_before)) {
        boundary = true;
      } else if (starts_lower(at)) {
        // « … Hylidae. il ne s'agit … »: a lone period and a space before a subject pronoun end a
        // sentence whose next one lost its capital; « ? », « ! », « … » do not (« Pourquoi ? »
        // demande-t-il), nor does a period before another word (« … en Ukraine. selon le … »)
        boundary = tt == "." && last == t && after.has(f::space_before) && is_subject_pronoun(at);
      } else if (after.kind == token_kind::punctuation && !is_opener(at)) {
        boundary = false;  // « ?! », « ... , »
      } else if (tt[0] != '.' && !after.has(f::capitalized) && !is_opener(at) && after.kind != token_kind::number) {
        boundary = false;
      } else {
        boundary = true;
      }
      if (boundary) {
        close(last);
        t = last;
      }
      continue;
    }
    if (tk.has(f::abbreviation) && nx.has(f::space_before) && nx.has(f::capitalized) && !nx.has(f::abbreviation)) {
      // « … av. J.-C. Auguste … », « … l'O.N.U. Le lendemain … »; never after « M. » or « cf. »
      auto const tt = text(t);
      auto const bare = tt.substr(0, tt.size() - 1);
      if (lex.is_title_abbreviation(bare)) continue;
      // an acronym after an article names an organization (« de l'O.N.U. »), not a person's initials
      // (« par J.A. Howe »): it may end a sentence before any capitalized word
      bool const organization = tk.has(f::acronym) && t > first && is_article(text(t - 1));
      if (organization || abbreviation_may_end(tt) || starter(t + 1)) close(t);
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
