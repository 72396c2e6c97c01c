// SPDX-License-Identifier: MIT
// The map from positions in the analysed (normalized) text back to byte offsets of the original input.
#ifndef DEPECHE_TEXT_OFFSETS_HPP_INCLUDED
#define DEPECHE_TEXT_OFFSETS_HPP_INCLUDED

#include <depeche/result.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace depeche::text {

/// One place where normalization changed bytes: analysed [a_begin, a_end) came from original
/// [o_begin, o_end). Between edits the two texts are byte-identical.
struct edit {
  std::uint32_t a_begin, a_end, o_begin, o_end;
  friend constexpr bool operator==(edit const&, edit const&) = default;
};

/// Translates positions in the analysed text to byte offsets in the original input.
///
/// The map stores only the edits, so a document that normalization leaves untouched costs
/// nothing. Positions inside an edit (for instance inside a recomposed « é ») round outwards:
/// a span's begin rounds down to the edit's original begin and its end rounds up to the
/// original end, so a mapped span always covers whole original characters.
class offset_map {
public:
  offset_map() = default;

  /// Records that analysed [a_begin, a_end) replaces original [o_begin, o_end). Edits must be
  /// recorded in increasing order. Adjacent edits stay separate, so that two replaced characters
  /// side by side (« \xFF\xFE » → « �� ») keep distinct, non-overlapping original spans.
  void record(std::uint32_t a_begin, std::uint32_t a_end, std::uint32_t o_begin, std::uint32_t o_end) {
    edits_.push_back({a_begin, a_end, o_begin, o_end});
  }

  /// Original offset of a position used as the begin of a span.
  [[nodiscard]] std::uint32_t to_original_begin(std::uint32_t a) const noexcept {
    // last edit with a_begin <= a
    auto it = std::upper_bound(edits_.begin(), edits_.end(), a,
                               [](std::uint32_t x, edit const& e) { return x < e.a_begin; });
    if (it == edits_.begin()) return a;
    auto const& e = *(it - 1);
    if (a < e.a_end) return e.o_begin;
    return e.o_end + (a - e.a_end);
  }

  /// Original offset of a position used as the end of a span.
  [[nodiscard]] std::uint32_t to_original_end(std::uint32_t a) const noexcept {
    // last edit with a_begin < a
    auto it = std::lower_bound(edits_.begin(), edits_.end(), a,
                               [](edit const& e, std::uint32_t x) { return e.a_begin < x; });
    if (it == edits_.begin()) return a;
    auto const& e = *(it - 1);
    if (a <= e.a_end) return e.o_end;
    return e.o_end + (a - e.a_end);
  }

  /// Maps an analysed span to the original bytes it came from.
  [[nodiscard]] span to_original(span a) const noexcept {
    return {to_original_begin(a.begin), a.empty() ? to_original_begin(a.end) : to_original_end(a.end)};
  }

  /// True when analysed and original text are byte-identical.
  [[nodiscard]] bool identity() const noexcept { return edits_.empty(); }
  [[nodiscard]] std::vector<edit> const& edits() const noexcept { return edits_; }
  void clear() noexcept { edits_.clear(); }

private:
  std::vector<edit> edits_;
};

/// Maps an increasing sequence of analysed positions in amortized constant time each.
/// Use it when converting the offsets of a token stream, which arrive in order.
class offset_cursor {
public:
  explicit offset_cursor(offset_map const& m) noexcept : edits_(&m.edits()) {}

  [[nodiscard]] std::uint32_t begin(std::uint32_t a) noexcept {
    auto const& v = *edits_;
    while (next_ < v.size() && v[next_].a_begin <= a) ++next_;
    if (next_ == 0) return a;
    auto const& e = v[next_ - 1];
    return a < e.a_end ? e.o_begin : e.o_end + (a - e.a_end);
  }

  [[nodiscard]] std::uint32_t end(std::uint32_t a) noexcept {
    auto const& v = *edits_;
    // the begin() scan may have advanced past edits starting exactly at a; look back for a_begin < a
    std::size_t k = next_;
    while (k < v.size() && v[k].a_begin < a) ++k;
    while (k > 0 && v[k - 1].a_begin >= a) --k;
    if (k == 0) return a;
    auto const& e = v[k - 1];
    return a <= e.a_end ? e.o_end : e.o_end + (a - e.a_end);
  }

private:
  std::vector<edit> const* edits_;
  std::size_t next_ = 0;
};

} // namespace depeche::text

#endif
