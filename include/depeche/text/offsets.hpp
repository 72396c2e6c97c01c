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
/// Use it when converting the offsets of a token stream, which arrive in order: calls to
/// begin() and end() must come with non-decreasing positions (a span's begin, then its end).
class offset_cursor {
public:
  explicit offset_cursor(offset_map const& m) noexcept
      : it_(m.edits().data()), last_(m.edits().data() + m.edits().size()) {
    sync();
  }

  /// Same as offset_map::to_original_begin(a).
  [[nodiscard]] std::uint32_t begin(std::uint32_t a) noexcept {
    // pass the edits that end at or before a; at most one further edit can contain a
    while (it_ != last_ && it_->a_end <= a) {
      delta_ = it_->o_end - it_->a_end;
      ++it_;
    }
    sync();
    if (it_ != last_ && it_->a_begin <= a) return it_->o_begin;
    return a + delta_;
  }

  /// Same as offset_map::to_original_end(a).
  [[nodiscard]] std::uint32_t end(std::uint32_t a) noexcept {
    // the last edit with a_begin < a decides
    while (it_ != last_ && it_->a_begin < a) {
      if (a <= it_->a_end) {
        sync();
        return it_->o_end;
      }
      delta_ = it_->o_end - it_->a_end;
      ++it_;
    }
    sync();
    return a + delta_;
  }

  /// Maps [b, e) when no edit that is not passed yet starts before e (the common case, one
  /// comparison), as {begin(b), end(e)} would; otherwise returns false and changes nothing.
  [[nodiscard]] bool map_clean(std::uint32_t b, std::uint32_t e, span& out) const noexcept {
    if (e > next_) return false;
    out = {b + delta_, e + delta_};
    return true;
  }

  /// Same as {begin(b), end(e)}, with a single comparison when no edit starts before e.
  [[nodiscard]] span map(std::uint32_t b, std::uint32_t e) noexcept {
    if (e <= next_) return {b + delta_, e + delta_};
    auto const ob = begin(b);
    return {ob, end(e)};
  }

private:
  void sync() noexcept { next_ = it_ != last_ ? it_->a_begin : UINT32_MAX; }

  edit const* it_;
  edit const* last_;
  std::uint32_t delta_ = 0;      // original minus analysed offset after the edits passed so far (mod 2^32)
  std::uint32_t next_ = 0;       // where the first edit not passed yet begins
};

} // namespace depeche::text

#endif
