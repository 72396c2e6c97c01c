// SPDX-License-Identifier: MIT
// Length-preserving lower-casing: grammars match on folded bytes at the analysed text's offsets.
#ifndef DEPECHE_TEXT_FOLD_HPP_INCLUDED
#define DEPECHE_TEXT_FOLD_HPP_INCLUDED

#include <depeche/text/utf8.hpp>

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace depeche::text {

/// Lower-cases `s` code point by code point where the lower-case form has the same UTF-8 length
/// (all of ASCII, Latin, Greek, Cyrillic: « ÉTAT-MAJOR » → « état-major »), and leaves the rare
/// others (« İ », « ẞ ») as they are. Byte offsets in the result are byte offsets in `s`, so a
/// grammar can match on the folded text and report positions in the analysed text directly.
namespace detail {

/// Lower-cases one 8-byte word of ASCII bytes (each < 0x80): adds 0x20 to the bytes in 'A'..'Z'.
[[nodiscard]] constexpr std::uint64_t lower_ascii_word(std::uint64_t w) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  std::uint64_t const heptets = w & (0x7F * ones);
  std::uint64_t const ge_a = heptets + (0x80 - 'A') * ones;       // high bit set where byte >= 'A'
  std::uint64_t const gt_z = heptets + (0x80 - 'Z' - 1) * ones;   // high bit set where byte > 'Z'
  std::uint64_t const upper = ge_a & ~gt_z & (0x80 * ones);
  return w | (upper >> 2);                                        // 0x80 >> 2 == 0x20
}

} // namespace detail

[[nodiscard]] inline std::string fold_same_length(std::string_view s) {
  std::string out(s);
  auto const n = out.size();
  std::size_t i = 0;
  while (i < n) {
    // eight ASCII bytes at a time
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, out.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      w = detail::lower_ascii_word(w);
      std::memcpy(out.data() + i, &w, 8);
      i += 8;
    }
    if (i >= n) break;
    auto const b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') out[i] = static_cast<char>(b + 32);
      ++i;
      continue;
    }
    // Latin-1 capitals « À » .. « Þ » (U+00C0–U+00DE, except × U+00D7): C3 80–9E → C3 A0–BE
    if (b == 0xC3 && i + 1 < n) {
      auto const c = static_cast<unsigned char>(out[i + 1]);
      if (c >= 0x80 && c <= 0x9E && c != 0x97) out[i + 1] = static_cast<char>(c + 0x20);
      if (c >= 0x80 && c <= 0xBF) {
        i += 2;
        continue;
      }
    }
    auto const d = decode(out, i);
    if (d.length == 0) {
      i += d.invalid_length;
      continue;
    }
    auto const low = static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.cp)));
    if (low != d.cp) {
      char enc[4];
      std::size_t len = 0;
      if (low < 0x80) enc[len++] = static_cast<char>(low);
      else if (low < 0x800) {
        enc[len++] = static_cast<char>(0xC0 | (low >> 6));
        enc[len++] = static_cast<char>(0x80 | (low & 0x3F));
      } else if (low < 0x10000) {
        enc[len++] = static_cast<char>(0xE0 | (low >> 12));
        enc[len++] = static_cast<char>(0x80 | ((low >> 6) & 0x3F));
        enc[len++] = static_cast<char>(0x80 | (low & 0x3F));
      } else {
        enc[len++] = static_cast<char>(0xF0 | (low >> 18));
        enc[len++] = static_cast<char>(0x80 | ((low >> 12) & 0x3F));
        enc[len++] = static_cast<char>(0x80 | ((low >> 6) & 0x3F));
        enc[len++] = static_cast<char>(0x80 | (low & 0x3F));
      }
      if (len == d.length) std::memcpy(out.data() + i, enc, len);
    }
    i += d.length;
  }
  return out;
}

} // namespace depeche::text

#endif
