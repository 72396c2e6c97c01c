// SPDX-License-Identifier: MIT
// Character classes for the tokenizer: a byte table for ASCII, ICU properties beyond it.
#ifndef DEPECHE_TOKENIZE_DETAIL_CHARS_HPP_INCLUDED
#define DEPECHE_TOKENIZE_DETAIL_CHARS_HPP_INCLUDED

#include <depeche/text/utf8.hpp>

#include <unicode/uchar.h>

#include <array>
#include <cstdint>
#include <string_view>

/// Forces inlining of the tokenizer's per-token helpers (lambdas in one large function, which
/// compilers otherwise leave out of line).
#if defined(__GNUC__) || defined(__clang__)
#  define DEPECHE_ALWAYS_INLINE __attribute__((always_inline))
#else
#  define DEPECHE_ALWAYS_INLINE
#endif

namespace depeche::tokenize::detail {

enum class cls : std::uint8_t { space, newline, letter, digit, punct, symbol, emoji, mark, joiner, other };

struct cp_info {
  char32_t cp;
  std::uint8_t len;  // bytes in the analysed text (>= 1 even for invalid bytes)
  cls c;
  bool upper;
  bool lower;
};

inline constexpr auto ascii_classes = [] {
  std::array<cls, 128> t{};
  for (auto& x : t) x = cls::other;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = cls::letter;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = cls::letter;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = cls::digit;
  t[' '] = t['\t'] = t['\v'] = t['\f'] = cls::space;
  t['\n'] = t['\r'] = cls::newline;
  for (char c : std::string_view(".,;:!?'\"()[]{}-/\\_*")) t[static_cast<unsigned char>(c)] = cls::punct;
  for (char c : std::string_view("%$&+=<>^|~#@`")) t[static_cast<unsigned char>(c)] = cls::symbol;
  return t;
}();

[[nodiscard]] inline bool is_emoji_start(char32_t c) noexcept {
  if (c >= 0x1F1E6 && c <= 0x1F1FF) return true;  // regional indicators (flags)
  if (c >= 0x1F000) return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC) != 0;
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EMOJI_PRESENTATION) != 0;
}

/// Classifies a code point beyond ASCII with ICU's properties (the slow path behind the table).
[[nodiscard]] inline cp_info classify_code_point(char32_t c, std::uint8_t len) noexcept {
  auto const cp = static_cast<UChar32>(c);
  cp_info r{c, len, cls::other, false, false};
  if (c == 0x2028 || c == 0x2029 || c == 0x85) { r.c = cls::newline; return r; }
  if (c == 0x200D) { r.c = cls::joiner; return r; }
  if (c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) || c == 0x20E3) {
    r.c = cls::mark;  // emoji modifiers continue whatever they follow
    return r;
  }
  if (is_emoji_start(c)) { r.c = cls::emoji; return r; }
  switch (u_charType(cp)) {
  case U_UPPERCASE_LETTER: r.c = cls::letter; r.upper = true; break;
  case U_LOWERCASE_LETTER: r.c = cls::letter; r.lower = true; break;
  case U_TITLECASE_LETTER: r.c = cls::letter; r.upper = true; break;
  case U_MODIFIER_LETTER:
  case U_OTHER_LETTER: r.c = cls::letter; break;
  case U_NON_SPACING_MARK:
  case U_ENCLOSING_MARK:
  case U_COMBINING_SPACING_MARK: r.c = cls::mark; break;
  case U_DECIMAL_DIGIT_NUMBER: r.c = cls::letter; break;  // non-ASCII digits read as word characters
  case U_OTHER_NUMBER:
  case U_LETTER_NUMBER: r.c = cls::letter; break;         // « ² », « Ⅻ »
  case U_SPACE_SEPARATOR: r.c = cls::space; break;
  case U_LINE_SEPARATOR:
  case U_PARAGRAPH_SEPARATOR: r.c = cls::newline; break;
  case U_DASH_PUNCTUATION:
  case U_START_PUNCTUATION:
  case U_END_PUNCTUATION:
  case U_CONNECTOR_PUNCTUATION:
  case U_OTHER_PUNCTUATION:
  case U_INITIAL_PUNCTUATION:
  case U_FINAL_PUNCTUATION: r.c = cls::punct; break;
  case U_MATH_SYMBOL:
  case U_CURRENCY_SYMBOL:
  case U_MODIFIER_SYMBOL:
  case U_OTHER_SYMBOL: r.c = cls::symbol; break;
  case U_FORMAT_CHAR: r.c = cls::mark; break;  // invisible formatting continues the current token
  default: r.c = cls::other; break;
  }
  return r;
}

/// Code points below this limit (Latin, Greek, Cyrillic, Arabic, general punctuation, symbols)
/// are classified from a table filled once from ICU; beyond it ICU is asked each time.
inline constexpr char32_t class_table_limit = 0x3000;

/// One byte per code point: the class in the low nibble, upper case in bit 4, lower case in bit 5.
struct class_table {
  std::array<std::uint8_t, class_table_limit> v{};
};

/// The table, built on first use (thread-safe) by classify_code_point, so it agrees with it exactly.
[[nodiscard]] inline class_table const& code_point_classes() noexcept {
  static class_table const t = [] {
    class_table r;
    for (char32_t c = 0; c < class_table_limit; ++c) {
      auto const ci = classify_code_point(c, 1);
      r.v[c] = static_cast<std::uint8_t>(static_cast<unsigned>(ci.c) | (ci.upper ? 0x10u : 0u) | (ci.lower ? 0x20u : 0u));
    }
    return r;
  }();
  return t;
}

/// Classifies the code point at `s[i]` (`i < s.size()`) with the given table.
[[nodiscard]] inline cp_info classify(std::string_view s, std::size_t i, class_table const& table) noexcept {
  auto const b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    auto const c = ascii_classes[b];
    return {b, 1, c, b >= 'A' && b <= 'Z', b >= 'a' && b <= 'z'};
  }
  char32_t cp;
  std::uint8_t len;
  // two-byte sequences (accented Latin letters, « », NBSP) decode inline
  if (b >= 0xC2 && b < 0xE0 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
    cp = static_cast<char32_t>(((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu));
    len = 2;
  } else {
    auto const d = text::decode(s, i);
    if (d.length == 0) return {text::replacement_character, d.invalid_length, cls::other, false, false};
    cp = d.cp;
    len = d.length;
  }
  if (cp < class_table_limit) {
    auto const x = table.v[cp];
    return {cp, len, static_cast<cls>(x & 0x0F), (x & 0x10) != 0, (x & 0x20) != 0};
  }
  return classify_code_point(cp, len);
}

/// Classifies the code point at `s[i]` (`i < s.size()`).
[[nodiscard]] inline cp_info classify(std::string_view s, std::size_t i) noexcept {
  return classify(s, i, code_point_classes());
}

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Lower-cases ASCII letters of `s` into `buf` (truncating at its size); other bytes are copied.
template <std::size_t N>
[[nodiscard]] std::string_view lower_ascii(std::string_view s, std::array<char, N>& buf) noexcept {
  auto const n = s.size() < N ? s.size() : N;
  for (std::size_t k = 0; k < n; ++k) buf[k] = ascii_lower(s[k]);
  return {buf.data(), n};
}

[[nodiscard]] inline bool iequals_ascii(std::string_view a, std::string_view lower_b) noexcept {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (ascii_lower(a[k]) != lower_b[k]) return false;
  return true;
}

} // namespace depeche::tokenize::detail

#endif
