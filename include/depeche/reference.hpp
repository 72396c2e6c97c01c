// SPDX-License-Identifier: MIT
// The reference date-time that relative expressions (« hier », « jeudi dernier ») resolve against.
#ifndef DEPECHE_REFERENCE_HPP_INCLUDED
#define DEPECHE_REFERENCE_HPP_INCLUDED

#include <depeche/result.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace depeche {

/// A calendar date with an optional time of day and UTC offset, as given on the command line
/// (`--reference-date 2025-05-01T14:30+02:00`) or per document.
struct reference_time {
  int year = 0, month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  bool has_time = false;
  std::optional<int> utc_offset_minutes;
  friend constexpr bool operator==(reference_time const&, reference_time const&) = default;
};

[[nodiscard]] constexpr bool is_leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

[[nodiscard]] constexpr int days_in_month(int y, int m) noexcept {
  constexpr int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : d[m - 1];
}

/// Parses `YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]` (a space may replace `T`). Rejects impossible dates.
[[nodiscard]] inline result<reference_time> parse_reference_time(std::string_view s) noexcept {
  std::size_t i = 0;
  auto bad = [&]() { return error{errc::invalid_argument, static_cast<std::uint32_t>(i)}; };
  auto num = [&](std::size_t digits, int& out) {
    if (i + digits > s.size()) return false;
    int v = 0;
    for (std::size_t k = 0; k < digits; ++k) {
      auto const c = s[i + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    out = v;
    i += digits;
    return true;
  };
  auto lit = [&](char c) {
    if (i < s.size() && s[i] == c) { ++i; return true; }
    return false;
  };
  reference_time r;
  if (!num(4, r.year) || !lit('-') || !num(2, r.month) || !lit('-') || !num(2, r.day)) return bad();
  if (r.month < 1 || r.month > 12 || r.day < 1 || r.day > days_in_month(r.year, r.month)) return bad();
  if (i == s.size()) return r;
  if (!lit('T') && !lit(' ')) return bad();
  if (!num(2, r.hour) || !lit(':') || !num(2, r.minute)) return bad();
  if (lit(':') && !num(2, r.second)) return bad();
  if (r.hour > 23 || r.minute > 59 || r.second > 60) return bad();
  r.has_time = true;
  if (i == s.size()) return r;
  if (lit('Z')) {
    r.utc_offset_minutes = 0;
  } else {
    int sign = 0;
    if (lit('+')) sign = 1;
    else if (lit('-')) sign = -1;
    else return bad();
    int h = 0, m = 0;
    if (!num(2, h) || !lit(':') || !num(2, m) || h > 14 || m > 59) return bad();
    r.utc_offset_minutes = sign * (h * 60 + m);
  }
  if (i != s.size()) return bad();
  return r;
}

} // namespace depeche

#endif
