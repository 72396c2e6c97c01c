// SPDX-License-Identifier: MIT
// A prepared document: the caller's bytes, the analysed text and the offset map between them.
#ifndef DEPECHE_TEXT_DOCUMENT_HPP_INCLUDED
#define DEPECHE_TEXT_DOCUMENT_HPP_INCLUDED

#include <depeche/result.hpp>
#include <depeche/text/normalize.hpp>
#include <depeche/text/offsets.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace depeche::text {

/// The unit every layer works on. It views the caller's original UTF-8 bytes (which must
/// outlive it) and owns the analysed text only when normalization changed something.
class document {
public:
  document() = default;
  document(std::string_view original, normalized n) noexcept
      : original_(original), analysed_(std::move(n.text)), map_(std::move(n.map)), owns_(!n.identity) {}

  /// The caller's bytes, exactly as given.
  [[nodiscard]] std::string_view original() const noexcept { return original_; }
  /// The normalized text recognizers read (NFC, folded apostrophes and spaces).
  [[nodiscard]] std::string_view analysed() const noexcept { return owns_ ? std::string_view(analysed_) : original_; }
  [[nodiscard]] offset_map const& offsets() const noexcept { return map_; }

  /// Maps a span of the analysed text to the original bytes it came from.
  [[nodiscard]] span to_original(span analysed_span) const noexcept { return map_.to_original(analysed_span); }
  /// The original bytes behind a span of the analysed text.
  [[nodiscard]] std::string_view original_text(span analysed_span) const noexcept {
    return to_original(analysed_span).of(original_);
  }

private:
  std::string_view original_;
  std::string analysed_;
  offset_map map_;
  bool owns_ = false;
};

/// Validates and normalizes `input` into a document. `input` must outlive the document.
[[nodiscard]] inline result<document> prepare(std::string_view input, normalize_options const& opts = {}) {
  auto n = normalize(input, opts);
  if (!n) return n.error();
  return document{input, std::move(*n)};
}

} // namespace depeche::text

#endif
