// SPDX-License-Identifier: MIT
// Length-preserving lower-casing: grammars match on folded bytes at the analysed text's offsets.
#ifndef DEPECHE_TEXT_FOLD_HPP_INCLUDED
#define DEPECHE_TEXT_FOLD_HPP_INCLUDED

#include <depeche/text/utf8.hpp>

#include <unicode/uchar.h>

#include <string>
#include <string_view>

namespace depeche::text {

/// Lower-cases `s` code point by code point where the lower-case form has the same UTF-8 length
/// (all of ASCII, Latin, Greek, Cyrillic: « ÉTAT-MAJOR » → « état-major »), and leaves the rare
/// others (« İ », « ẞ ») as they are. Byte offsets in the result are byte offsets in `s`, so a
/// grammar can match on the folded text and report positions in the analysed text directly.
[[nodiscard]] inline std::string fold_same_length(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size();) {
    auto const b = static_cast<unsigned char>(out[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') out[i] = static_cast<char>(b + 32);
      ++i;
      continue;
    }
    auto const d = decode(out, i);
    if (d.length == 0) {
      i += d.invalid_length;
      continue;
    }
    auto const low = static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.cp)));
    if (low != d.cp) {
      std::string enc;
      append_utf8(enc, low);
      if (enc.size() == d.length) out.replace(i, d.length, enc);
    }
    i += d.length;
  }
  return out;
}

} // namespace depeche::text

#endif
