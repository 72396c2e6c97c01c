// SPDX-License-Identifier: MIT
// Normalization for analysis: NFC, folded apostrophes and spaces, dropped soft hyphens, optional case folding.
#ifndef DEPECHE_TEXT_NORMALIZE_HPP_INCLUDED
#define DEPECHE_TEXT_NORMALIZE_HPP_INCLUDED

#include <depeche/result.hpp>
#include <depeche/text/offsets.hpp>
#include <depeche/text/utf8.hpp>

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/unorm2.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace depeche::text {

/// What to do with malformed UTF-8.
enum class invalid_utf8_policy : std::uint8_t {
  reject,   ///< report errc::invalid_utf8 with the offset of the first bad byte (default)
  replace,  ///< analyse U+FFFD in its place; offsets still point at the original bad bytes
};

/// Options of text::prepare. The defaults are what every recognizer of depeche expects.
struct normalize_options {
  invalid_utf8_policy invalid = invalid_utf8_policy::reject;
  bool nfc = true;               ///< canonical composition (ICU): « e + U+0301 » becomes « é »
  bool fold_apostrophes = true;  ///< ’ ʼ ‘ ′ ` ´ become '
  bool fold_spaces = true;       ///< NBSP, NNBSP, thin, figure and other fixed-width spaces become ' '
  bool drop_ignorables = true;   ///< soft hyphen U+00AD and BOM / ZWNBSP U+FEFF vanish from the analysed text
  bool fold_case = false;        ///< simple Unicode case folding (« État » → « état »)
};

/// True for the code points French typography uses as (fixed-width) spaces.
[[nodiscard]] constexpr bool is_typographic_space(char32_t c) noexcept {
  return c == 0x00A0 || c == 0x202F || (c >= 0x2000 && c <= 0x200B) || c == 0x205F || c == 0x3000 ||
         c == 0x1680;
}

/// True for the code points folded to the ASCII apostrophe.
[[nodiscard]] constexpr bool is_apostrophe_variant(char32_t c) noexcept {
  return c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x2032 || c == 0x0060 || c == 0x00B4;
}

namespace detail {

/// Appends to an output that is only materialized once the first edit happens, so that a
/// document normalization leaves untouched is never copied.
struct lazy_output {
  std::string_view in;
  std::string out;
  offset_map map;
  bool copying = false;

  [[nodiscard]] std::uint32_t size(std::size_t in_pos) const noexcept {
    return static_cast<std::uint32_t>(copying ? out.size() : in_pos);
  }
  void keep(std::size_t ob, std::size_t oe) {
    if (copying) out.append(in.data() + ob, oe - ob);
  }
  void replace(std::size_t ob, std::size_t oe, std::string_view with) {
    if (!copying) {
      out.reserve(in.size() + 16);
      out.assign(in.data(), ob);
      copying = true;
    }
    auto const a = static_cast<std::uint32_t>(out.size());
    out.append(with);
    // Equal-length substitutions (« ’ » never is, « A » → « a » is) keep every offset in place.
    if (with.size() != oe - ob)
      map.record(a, static_cast<std::uint32_t>(out.size()), static_cast<std::uint32_t>(ob), static_cast<std::uint32_t>(oe));
  }
};

[[nodiscard]] inline char32_t fold_code_point(char32_t c, normalize_options const& o, bool& drop) noexcept {
  drop = false;
  if (o.fold_spaces && is_typographic_space(c)) return U' ';
  if (o.fold_apostrophes && is_apostrophe_variant(c)) return U'\'';
  if (o.drop_ignorables && (c == 0x00AD || c == 0xFEFF)) {
    drop = true;
    return c;
  }
  if (o.fold_case) return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
  return c;
}

[[nodiscard]] constexpr bool ascii_untouched(unsigned char b, normalize_options const& o) noexcept {
  if (b == '`') return !o.fold_apostrophes;
  if (o.fold_case && b >= 'A' && b <= 'Z') return false;
  return true;
}

} // namespace detail

/// The analysed text and the map back to the original bytes; produced by text::prepare.
struct normalized {
  std::string text;     ///< analysed text; empty and unused when `identity`
  offset_map map;
  bool identity = true; ///< the analysed text is the input itself
};

namespace detail {

/// True when NFC leaves the code point alone wherever it stands: a starter (canonical combining
/// class 0) whose NFC quick check is Yes. Text made only of such code points is already NFC.
[[nodiscard]] inline bool nfc_stable(char32_t c) noexcept {
  if (c < 0x300 || (c >= 0x2002 && c < 0x20D0)) return true;  // Latin, general punctuation, currencies
  return u_getCombiningClass(static_cast<UChar32>(c)) == 0 &&
         u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

/// True when one of the eight bytes of `x` equals `b` (no byte of `x` may have its high bit set).
[[nodiscard]] constexpr bool has_byte(std::uint64_t x, unsigned char b) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  auto const v = x ^ (ones * b);
  return ((v - ones) & ~v & high) != 0;
}

/// The common case in one pass: validates the input and applies the folds when no code point
/// needs canonical composition. Returns nothing when the general path must run instead (a code
/// point NFC may change, replaced invalid bytes, case folding); the result is then the same.
[[nodiscard]] inline std::optional<result<normalized>> normalize_simple(std::string_view input,
                                                                       normalize_options const& opts) {
  if (opts.fold_case) return std::nullopt;
  constexpr std::uint64_t high = 0x8080808080808080ull;
  auto const* p = reinterpret_cast<unsigned char const*>(input.data());
  auto const n = input.size();
  normalized r;
  std::size_t kept = 0;  // input[kept, i) is unchanged and not yet copied
  auto replace = [&](std::size_t ob, std::size_t oe, std::string_view with) {
    if (r.identity) {
      r.text.reserve(n + 16);
      r.identity = false;
    }
    r.text.append(input.data() + kept, ob - kept);
    auto const a = static_cast<std::uint32_t>(r.text.size());
    r.text.append(with);
    // Equal-length substitutions (« ` » → « ' ») keep every offset in place.
    if (with.size() != oe - ob)
      r.map.record(a, static_cast<std::uint32_t>(r.text.size()), static_cast<std::uint32_t>(ob), static_cast<std::uint32_t>(oe));
    kept = oe;
  };
  bool const grave = opts.fold_apostrophes;
  std::size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {  // ASCII, eight bytes at a time
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      if ((x & high) != 0 || (grave && has_byte(x, '`'))) break;
      i += 8;
    }
    if (i >= n) break;
    auto const b = p[i];
    if (b < 0x80) {
      if (b == '`' && grave) replace(i, i + 1, "'");
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t len;
    if (b >= 0xC2 && b < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      cp = static_cast<char32_t>(((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu));
      len = 2;
    } else {
      auto const d = decode(input, i);
      if (d.length == 0) {
        if (opts.invalid == invalid_utf8_policy::reject)
          return result<normalized>(error{errc::invalid_utf8, static_cast<std::uint32_t>(i)});
        return std::nullopt;
      }
      cp = d.cp;
      len = d.length;
    }
    if (opts.nfc && !nfc_stable(cp)) return std::nullopt;
    if (cp >= 0xA0 && (cp <= 0xB4 || cp >= 0x2BC)) {  // the folded code points all lie here
      bool drop = false;
      auto const f = fold_code_point(cp, opts, drop);
      if (drop) {
        replace(i, i + len, {});
      } else if (f != cp) {
        std::string enc;  // at most four bytes: no allocation (small string)
        append_utf8(enc, f);
        replace(i, i + len, enc);
      }
    }
    i += len;
  }
  if (!r.identity) r.text.append(input.data() + kept, n - kept);
  return result<normalized>(std::move(r));
}

} // namespace detail

namespace detail {

/// The general path of text::normalize: NFC through ICU chunk by chunk, then the folds.
[[nodiscard]] inline result<normalized> normalize_general(std::string_view input, normalize_options const& opts) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Normalizer2 const* nfc = opts.nfc ? icu::Normalizer2::getNFCInstance(status) : nullptr;
  if (U_FAILURE(status)) return error{errc::normalization_failed, 0};
  bool need_nfc = false;
  if (nfc) {
    auto const at = first_invalid(input);
    // ICU's check needs valid UTF-8; on a bad document, check the valid prefix and normalize chunk-wise after it.
    auto const checked = at ? input.substr(0, *at) : input;
    need_nfc = at.has_value() ||
               !nfc->isNormalizedUTF8(icu::StringPiece(checked.data(), static_cast<std::int32_t>(checked.size())), status);
    if (U_FAILURE(status)) return error{errc::normalization_failed, 0};
  }

  detail::lazy_output w{input, {}, {}, false};
  std::string buf;
  auto const n = input.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path: a byte that no combining mark follows is its own normalization chunk.
    std::size_t j = i;
    while (j < n) {
      auto const b = static_cast<unsigned char>(input[j]);
      if (b >= 0x80 || !detail::ascii_untouched(b, opts)) break;
      if (need_nfc && j + 1 < n && static_cast<unsigned char>(input[j + 1]) >= 0x80) break;
      ++j;
    }
    if (j > i) {
      w.keep(i, j);
      i = j;
      continue;
    }
    auto const d = decode(input, i);
    if (d.length == 0) {
      if (opts.invalid == invalid_utf8_policy::reject) return error{errc::invalid_utf8, static_cast<std::uint32_t>(i)};
      w.replace(i, i + d.invalid_length, "\xEF\xBF\xBD");
      i += d.invalid_length;
      continue;
    }
    // extend to the next normalization boundary
    std::size_t end = i + d.length;
    bool single = true;
    if (need_nfc) {
      while (end < n) {
        auto const d2 = decode(input, end);
        if (d2.length == 0 || nfc->hasBoundaryBefore(static_cast<UChar32>(d2.cp))) break;
        end += d2.length;
        single = false;
      }
    }
    if (single && (!need_nfc || d.cp < 0x300 || nfc->isInert(static_cast<UChar32>(d.cp)))) {
      bool drop = false;
      auto const f = detail::fold_code_point(d.cp, opts, drop);
      if (drop) {
        w.replace(i, end, {});
      } else if (f == d.cp) {
        w.keep(i, end);
      } else {
        buf.clear();
        append_utf8(buf, f);
        w.replace(i, end, buf);
      }
      i = end;
      continue;
    }
    // normalize the chunk [i, end) through UTF-16, then fold each resulting code point
    auto const piece = input.substr(i, end - i);
    icu::UnicodeString const u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(piece.data(), static_cast<std::int32_t>(piece.size())));
    icu::UnicodeString const v = nfc->normalize(u, status);
    if (U_FAILURE(status)) return error{errc::normalization_failed, static_cast<std::uint32_t>(i)};
    buf.clear();
    for (std::int32_t k = 0; k < v.length();) {
      auto const c = static_cast<char32_t>(v.char32At(k));
      k += U16_LENGTH(c);
      bool drop = false;
      auto const f = detail::fold_code_point(c, opts, drop);
      if (!drop) append_utf8(buf, f);
    }
    if (buf == piece) w.keep(i, end);
    else w.replace(i, end, buf);
    i = end;
  }
  normalized r;
  r.identity = !w.copying;
  if (w.copying) {
    r.text = std::move(w.out);
    r.map = std::move(w.map);
  }
  return r;
}

} // namespace detail

/// Normalizes `input` for analysis. Never reads outside `input`; returns an error value for
/// malformed UTF-8 (under invalid_utf8_policy::reject), oversized input or an ICU failure.
/// Text that needs no composition (nearly all text) takes a single pass with no ICU call per
/// character; the rest goes through ICU, with the same results.
[[nodiscard]] inline result<normalized> normalize(std::string_view input, normalize_options const& opts = {}) {
  if (input.size() > max_document_size) return error{errc::input_too_large, 0};
  if (auto simple = detail::normalize_simple(input, opts)) return std::move(*simple);
  return detail::normalize_general(input, opts);
}

} // namespace depeche::text

#endif
