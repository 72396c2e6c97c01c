// SPDX-License-Identifier: MIT
// Byte-level helpers the hand-written grammar primitives share: letters, digits, word ends.
#ifndef DEPECHE_GRAMMAR_DETAIL_CHARS_HPP_INCLUDED
#define DEPECHE_GRAMMAR_DETAIL_CHARS_HPP_INCLUDED

#include <cstddef>
#include <string_view>

namespace depeche::grammar::detail {

[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_ascii_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Length of the letter (or combining mark) at p, 0 when p holds no letter. Latin, Greek and
/// Cyrillic letters count; « × », « ÷ », punctuation, symbols and spaces do not.
[[nodiscard]] constexpr std::size_t letter_length(char const* p, char const* last) noexcept {
  if (p >= last) return 0;
  auto const b = static_cast<unsigned char>(*p);
  if (b < 0x80) return is_ascii_letter(*p) ? 1 : 0;
  if (b >= 0xC3 && b <= 0xD4 && last - p >= 2) {
    auto const b1 = static_cast<unsigned char>(p[1]);
    if ((b1 & 0xC0) != 0x80) return 0;
    if (b == 0xC3 && (b1 == 0x97 || b1 == 0xB7)) return 0;
    return 2;
  }
  // U+1D49 ᵉ, U+02B3 ʳ (superscript ordinal suffixes: « 1ᵉʳ »)
  if (b == 0xCA && last - p >= 2 && static_cast<unsigned char>(p[1]) == 0xB3) return 2;
  if (b == 0xE1 && last - p >= 3 && static_cast<unsigned char>(p[1]) == 0xB5 && static_cast<unsigned char>(p[2]) == 0x89)
    return 3;
  return 0;
}

/// End of the run of letters starting at p (p itself when there is none).
[[nodiscard]] constexpr char const* letters_end(char const* p, char const* last) noexcept {
  for (;;) {
    while (p < last && is_ascii_letter(*p)) ++p;  // fast path
    if (p >= last || static_cast<unsigned char>(*p) < 0x80) return p;
    auto const n = letter_length(p, last);
    if (n == 0) return p;
    p += n;
  }
}

/// True when a word that ends at p is not glued to a following letter or digit.
[[nodiscard]] constexpr bool word_boundary(char const* p, char const* last) noexcept {
  return p >= last || (letter_length(p, last) == 0 && !is_digit(*p));
}

/// True when the byte before p (if any, after `first_of_text`) is not a letter or digit:
/// grammars are tried at word starts.
[[nodiscard]] inline bool starts_word(char const* p, char const* first_of_text) noexcept {
  if (p <= first_of_text) return true;
  auto const b = static_cast<unsigned char>(p[-1]);
  if (b < 0x80) return !is_ascii_letter(p[-1]) && !is_digit(p[-1]);
  // step back to the lead byte of the previous code point
  char const* q = p - 1;
  while (q > first_of_text && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
  return letter_length(q, p) == 0;
}

/// Strips one trailing ASCII « s » (plural) from a word.
[[nodiscard]] constexpr std::string_view singular(std::string_view w) noexcept {
  return w.size() > 2 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
}

} // namespace depeche::grammar::detail

#endif
