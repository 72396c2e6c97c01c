// SPDX-License-Identifier: MIT
// Strict UTF-8 decoding and validation (RFC 3629): no overlongs, no surrogates, nothing above U+10FFFF.
#ifndef DEPECHE_TEXT_UTF8_HPP_INCLUDED
#define DEPECHE_TEXT_UTF8_HPP_INCLUDED

#include <depeche/result.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace depeche::text {

/// One decoded code point and the number of bytes it took; `length == 0` marks invalid input
/// (then `cp` is U+FFFD and `invalid_length` bytes, at least one, should be skipped).
struct decoded {
  char32_t cp = 0;
  std::uint8_t length = 0;
  std::uint8_t invalid_length = 0;
};

/// The replacement character U+FFFD.
inline constexpr char32_t replacement_character = 0xFFFD;

/// Decodes the code point starting at `s[i]`. Reads only inside `s`; `i < s.size()` is required.
/// Invalid sequences follow the W3C/Unicode "maximal subpart" rule for how many bytes to skip.
[[nodiscard]] constexpr decoded decode(std::string_view s, std::size_t i) noexcept {
  auto const n = s.size();
  auto byte = [&](std::size_t k) noexcept { return static_cast<unsigned char>(s[k]); };
  unsigned const b0 = byte(i);
  if (b0 < 0x80) return {b0, 1, 0};
  if (b0 < 0xC2 || b0 > 0xF4) return {replacement_character, 0, 1};  // continuation, overlong lead, or > U+10FFFF
  auto cont = [&](std::size_t k, unsigned lo, unsigned hi) noexcept {
    return k < n && byte(k) >= lo && byte(k) <= hi;
  };
  if (b0 < 0xE0) {
    if (!cont(i + 1, 0x80, 0xBF)) return {replacement_character, 0, 1};
    return {static_cast<char32_t>(((b0 & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu)), 2, 0};
  }
  if (b0 < 0xF0) {
    unsigned lo = 0x80, hi = 0xBF;
    if (b0 == 0xE0) lo = 0xA0;        // overlong
    else if (b0 == 0xED) hi = 0x9F;   // surrogates
    if (!cont(i + 1, lo, hi)) return {replacement_character, 0, 1};
    if (!cont(i + 2, 0x80, 0xBF)) return {replacement_character, 0, 2};
    return {static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu)), 3, 0};
  }
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 == 0xF0) lo = 0x90;          // overlong
  else if (b0 == 0xF4) hi = 0x8F;     // > U+10FFFF
  if (!cont(i + 1, lo, hi)) return {replacement_character, 0, 1};
  if (!cont(i + 2, 0x80, 0xBF)) return {replacement_character, 0, 2};
  if (!cont(i + 3, 0x80, 0xBF)) return {replacement_character, 0, 3};
  return {static_cast<char32_t>(((b0 & 0x07u) << 18) | ((byte(i + 1) & 0x3Fu) << 12) | ((byte(i + 2) & 0x3Fu) << 6) |
                                (byte(i + 3) & 0x3Fu)),
          4, 0};
}

/// Offset of the first invalid byte, or nothing when `s` is valid UTF-8. ASCII runs are
/// scanned eight bytes at a time.
[[nodiscard]] inline std::optional<std::uint32_t> first_invalid(std::string_view s) noexcept {
  std::size_t i = 0;
  auto const n = s.size();
  while (i < n) {
    while (i + 8 <= n) {
      std::uint64_t w = 0;
      for (std::size_t k = 0; k < 8; ++k) w |= std::uint64_t(static_cast<unsigned char>(s[i + k])) << (8 * k);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    auto const d = decode(s, i);
    if (d.length == 0) return static_cast<std::uint32_t>(i);
    i += d.length;
  }
  return std::nullopt;
}

/// Checks that `s` is valid UTF-8 and small enough to be addressed with 32-bit offsets.
[[nodiscard]] inline error validate(std::string_view s) noexcept {
  if (s.size() > max_document_size) return {errc::input_too_large, 0};
  if (auto at = first_invalid(s)) return {errc::invalid_utf8, *at};
  return {};
}

/// Appends the UTF-8 encoding of `cp` (which must be a scalar value) to `out`.
inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

} // namespace depeche::text

#endif
