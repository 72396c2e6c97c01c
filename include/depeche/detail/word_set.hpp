// SPDX-License-Identifier: MIT
// A fixed set of short words with one-probe lookups, for closed word classes (determiners,
// prepositions, clitics …) tested on every token.
#ifndef DEPECHE_DETAIL_WORD_SET_HPP_INCLUDED
#define DEPECHE_DETAIL_WORD_SET_HPP_INCLUDED

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace depeche::detail {

/// Two overlapping loads of a `U` from each side cover `sizeof(U)` to `2 * sizeof(U)` bytes.
template <class U>
[[nodiscard]] inline bool equal_by_two_loads(char const* a, char const* b, std::size_t n) noexcept {
  U x0, y0, x1, y1;
  std::memcpy(&x0, a, sizeof(U));
  std::memcpy(&y0, b, sizeof(U));
  std::memcpy(&x1, a + n - sizeof(U), sizeof(U));
  std::memcpy(&y1, b + n - sizeof(U), sizeof(U));
  return ((x0 ^ y0) | (x1 ^ y1)) == 0;
}

/// Whether `n` bytes at `a` and `b` are equal, inline for the short words of the lexicons (an
/// out-of-line memcmp call costs more than the compare).
[[nodiscard]] inline bool equal_bytes(char const* a, char const* b, std::size_t n) noexcept {
  if (n >= 8 && n <= 16) return equal_by_two_loads<std::uint64_t>(a, b, n);
  if (n >= 4 && n < 8) return equal_by_two_loads<std::uint32_t>(a, b, n);
  if (n < 4) {
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  return std::memcmp(a, b, n) == 0;
}

/// `a == b` through equal_bytes.
[[nodiscard]] inline bool same_text(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && equal_bytes(a.data(), b.data(), a.size());
}

/// An open-addressing hash set of words. The words are views: they must outlive the set (string
/// literals do). Built once, then read-only and safe to read from several threads.
class word_set {
public:
  word_set(std::initializer_list<std::string_view> words) {
    std::size_t cap = 16;
    while (cap < words.size() * 3) cap <<= 1;
    slots_.assign(cap, std::string_view{});
    mask_ = cap - 1;
    for (auto w : words) {
      if (w.empty()) continue;
      auto i = hash(w) & mask_;
      while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & mask_;
      slots_[i] = w;
    }
  }

  [[nodiscard]] bool contains(std::string_view w) const noexcept {
    if (w.empty()) return false;
    for (auto i = hash(w) & mask_;; i = (i + 1) & mask_) {
      auto const& s = slots_[i];
      if (s.empty()) return false;
      if (same_text(s, w)) return true;
    }
  }

private:
  /// Length, the first two and the last two bytes: enough to spread closed-class words.
  [[nodiscard]] static std::uint64_t hash(std::string_view w) noexcept {
    auto b = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(w[k])); };
    auto const n = w.size();
    std::uint64_t h = n;
    h = h * 0x100000001B3ull ^ b(0);
    h = h * 0x100000001B3ull ^ b(n > 1 ? 1 : 0);
    h = h * 0x100000001B3ull ^ b(n - 1);
    h = h * 0x100000001B3ull ^ b(n > 2 ? n - 2 : 0);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
  }

  std::vector<std::string_view> slots_;
  std::uint64_t mask_ = 0;
};

} // namespace depeche::detail

#endif
