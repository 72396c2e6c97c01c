// SPDX-License-Identifier: MIT
// Tokens and sentences: byte spans into the original input plus the analysed text, a kind and flags.
#ifndef DEPECHE_TOKENIZE_TOKEN_HPP_INCLUDED
#define DEPECHE_TOKENIZE_TOKEN_HPP_INCLUDED

#include <depeche/result.hpp>

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace depeche::tokenize {

/// What a token is.
enum class token_kind : std::uint8_t {
  word,         ///< letters, possibly with digits, hyphens or inner apostrophes: « nord-coréen », « M-1978 », « l' »
  number,       ///< « 12 000 », « 3,5 », « 1.200.000 », « 24/02/2025 », « 14:30 », « 1950-1953 »
  ordinal,      ///< « 1er », « 2e », « 11ème », « XXe »
  punctuation,  ///< « . », « , », « … », « « », « » », « ( », « — »
  symbol,       ///< « % », « € », « $ », « ° », « + »
  url,          ///< « https://exemple.fr/a?b=c », « www.lemonde.fr »
  email,        ///< « redaction@exemple.fr »
  mention,      ///< « @Reuters »
  hashtag,      ///< « #Ukraine »
  emoji,        ///< « 🇫🇷 », « 👍🏽 » (a whole extended grapheme sequence)
  other,        ///< anything else (control characters, unassigned code points)
};

/// Name of a token kind as used in JSON output.
[[nodiscard]] constexpr std::string_view name(token_kind k) noexcept {
  switch (k) {
  case token_kind::word: return "word";
  case token_kind::number: return "number";
  case token_kind::ordinal: return "ordinal";
  case token_kind::punctuation: return "punctuation";
  case token_kind::symbol: return "symbol";
  case token_kind::url: return "url";
  case token_kind::email: return "email";
  case token_kind::mention: return "mention";
  case token_kind::hashtag: return "hashtag";
  case token_kind::emoji: return "emoji";
  case token_kind::other: return "other";
  }
  return "other";
}

/// Properties of a token, as bits.
namespace token_flags {
inline constexpr std::uint16_t elided = 1u << 0;            ///< elided article / pronoun ending in an apostrophe: « l' », « qu' »
inline constexpr std::uint16_t clitic = 1u << 1;            ///< inverted clitic split from its verb: « -t-il », « -elle »
inline constexpr std::uint16_t abbreviation = 1u << 2;      ///< ends in its own period: « M. », « av. », « J.-C. »
inline constexpr std::uint16_t acronym = 1u << 3;           ///< « NIS », « O.N.U. », « JCS »
inline constexpr std::uint16_t capitalized = 1u << 4;       ///< first letter upper case
inline constexpr std::uint16_t all_caps = 1u << 5;          ///< two letters or more, all upper case
inline constexpr std::uint16_t has_digit = 1u << 6;         ///< contains a digit: « A380 », « KN-23 »
inline constexpr std::uint16_t space_before = 1u << 7;      ///< white space between this token and the previous one
inline constexpr std::uint16_t newline_before = 1u << 8;    ///< a line break between this token and the previous one
inline constexpr std::uint16_t paragraph_before = 1u << 9;  ///< a blank line (two line breaks or more) before this token
inline constexpr std::uint16_t grouped_digits = 1u << 10;   ///< a number with space-separated thousands: « 12 000 »
inline constexpr std::uint16_t sentence_final = 1u << 11;   ///< set by the sentence splitter on the last token of a sentence
} // namespace token_flags

/// A token: where it is in the original input, where it is in the analysed text, what it is.
/// A trivial type (no default member initializers), so that token vectors grow and copy with
/// memset and memcpy: value-initialize it (`token{}`) for an all-zero token.
struct token {
  std::uint32_t begin;    ///< first byte in the original input
  std::uint32_t end;      ///< one past the last byte in the original input
  std::uint32_t a_begin;  ///< first byte in the analysed text
  std::uint32_t a_end;    ///< one past the last byte in the analysed text
  token_kind kind;        ///< token_kind::word (0) in a value-initialized token
  std::uint16_t flags;

  [[nodiscard]] constexpr bool has(std::uint16_t f) const noexcept { return (flags & f) != 0; }
  [[nodiscard]] constexpr span original() const noexcept { return {begin, end}; }
  [[nodiscard]] constexpr span analysed() const noexcept { return {a_begin, a_end}; }
  /// The token's analysed text, given the document's analysed text.
  [[nodiscard]] constexpr std::string_view text(std::string_view analysed_text) const noexcept {
    return analysed().of(analysed_text);
  }
  friend constexpr bool operator==(token const&, token const&) = default;
};
static_assert(std::is_trivial_v<token>);

/// A sentence: its original and analysed spans and the range of its tokens.
struct sentence {
  std::uint32_t begin = 0, end = 0;      ///< original bytes
  std::uint32_t a_begin = 0, a_end = 0;  ///< analysed bytes
  std::uint32_t first_token = 0;         ///< index of its first token
  std::uint32_t last_token = 0;          ///< one past its last token
  bool paragraph_start = false;          ///< the sentence opens a paragraph (or a line of its own)
  [[nodiscard]] constexpr span original() const noexcept { return {begin, end}; }
  [[nodiscard]] constexpr span analysed() const noexcept { return {a_begin, a_end}; }
  friend constexpr bool operator==(sentence const&, sentence const&) = default;
};

} // namespace depeche::tokenize

#endif
