// SPDX-License-Identifier: MIT
// Hand-written X3 primitives of the date grammar: spaces, keywords, calendar tables, digit dates, clock times.
#ifndef DEPECHE_GRAMMAR_DETAIL_DATE_PRIMITIVES_HPP_INCLUDED
#define DEPECHE_GRAMMAR_DETAIL_DATE_PRIMITIVES_HPP_INCLUDED

#include <depeche/grammar/calendar.hpp>
#include <depeche/grammar/config.hpp>
#include <depeche/grammar/date_ast.hpp>
#include <depeche/grammar/detail/chars.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace depeche::grammar {

/// Evidence the grammar records about a match, for the recognizer's filters.
namespace date_flags {
inline constexpr std::uint32_t bare_month = 1u << 0;      ///< a month name alone (« mars »): drop if capitalized mid-sentence
inline constexpr std::uint32_t abbreviated = 1u << 1;     ///< a month abbreviation without cue
inline constexpr std::uint32_t year_range = 1u << 2;      ///< « 1950-1953 » without a cue: check what follows
inline constexpr std::uint32_t bare_day = 1u << 3;        ///< « le 27 »: a day without month
inline constexpr std::uint32_t weekday_only = 1u << 4;    ///< « jeudi »
inline constexpr std::uint32_t weak_time = 1u << 5;       ///< « 14 heures »: a time only after a cue
inline constexpr std::uint32_t numeric_short = 1u << 6;   ///< « 22/04 »: day/month in digits without year
inline constexpr std::uint32_t english = 1u << 7;         ///< English month or weekday
inline constexpr std::uint32_t needs_anchor = 1u << 8;    ///< anaphoric (« le lendemain »)
inline constexpr std::uint32_t frequency_word = 1u << 9;  ///< « quotidien »: drop after a determiner (the newspaper)
inline constexpr std::uint32_t bare_unit_period = 1u << 10;  ///< « la semaine » without qualifier
inline constexpr std::uint32_t event_anchor = 1u << 11;   ///< « dix jours après l'accord »: counts from an event, not a date
} // namespace date_flags

/// The mutable state one parse of the date grammar fills through its semantic actions.
/// It travels in the X3 context under `date_state_tag`; each top-level alternative resets it.
struct date_state {
  calendar const* cal = &calendar::french();
  ast::temporal t;
  ast::point cur;
  char const* begin_mark = nullptr;  ///< the span starts here (cue words such as « en » are left out)
  char const* end_mark = nullptr;    ///< the span ends here
  std::uint32_t flags = 0;
  int month_code = 0;                ///< the table code of the last month name read
  double amount = 0;                 ///< the last amount read (« trois » in « trois semaines »)
  bool amount_vague = false;
  int unit_code = 0;                 ///< the table code of the last unit read
  ast::mod pending_mod = ast::mod::none;  ///< « début », « fin », « mi- »: applied once the target is read
  bool duration_dirty = false;            ///< `t.dur` holds amounts
  /// Memo of the number-word rules at one position: alternatives of the grammar ask again and again.
  struct number_memo {
    char const* at = nullptr;
    char const* end = nullptr;  ///< nullptr: no number there
    std::uint64_t value = 0;
  } cardinal_memo, ordinal_memo;
  /// Where each memoized sub-rule last failed: failure depends on the text only, so a rule that
  /// failed at a position fails there again, whichever alternative asks.
  std::array<char const*, 16> failed_at{};
  /// Optional: the same text with its case (`recognize::context::analysed`), aligned with the folded
  /// text at `folded_base`. A lower-case letter followed by a capital then ends a calendar word, as in
  /// text extracted from web pages (« 24 févrierAucun commentaire »).
  char const* folded_base = nullptr;
  char const* cased_base = nullptr;
  std::size_t text_size = 0;

  /// Clears the current point and the span marks (a new alternative begins).
  void restart() noexcept {
    cur = {};
    begin_mark = end_mark = nullptr;
    pending_mod = ast::mod::none;
  }

  /// Forgets the expression read by a failed alternative. Only the fields that say what `t` holds
  /// are cleared (and the duration when something was added to it): the rest is overwritten before use.
  void reset() noexcept {
    t.what = ast::kind::none;
    t.has_from = t.has_to = t.enclosing = t.offset_from_start = false;
    t.mod_ = ast::mod::none;
    t.freq = 0;
    if (duration_dirty) {
      t.dur = {};
      duration_dirty = false;
    }
    cur = {};
    begin_mark = end_mark = nullptr;
    flags = 0;
    month_code = 0;
    amount = 0;
    amount_vague = false;
    unit_code = 0;
    pending_mod = ast::mod::none;
  }
};

struct date_state_tag;

namespace detail {

template <class Ctx>
[[nodiscard]] date_state& state(Ctx const& ctx) noexcept {
  return x3::get<date_state_tag>(ctx);
}

[[nodiscard]] constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
[[nodiscard]] constexpr bool is_alnum_byte(char c) noexcept {
  return is_digit(c) || is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;
}

template <class Attr, class T>
constexpr void assign_to(Attr& attr, T v) {
  if constexpr (!std::is_same_v<Attr, x3::unused_type>) attr = static_cast<Attr>(v);
}

/// One or more spaces or tabs (never a line break: dates do not span lines).
struct blanks_parser : x3::parser<blanks_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    It p = first;
    while (p != last && is_blank(*p)) ++p;
    if (p == first) return false;
    first = p;
    return true;
  }
};

/// Zero or more spaces or tabs.
struct opt_blanks_parser : x3::parser<opt_blanks_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    while (first != last && is_blank(*first)) ++first;
    return true;
  }
};

/// A folded keyword that ends at a word boundary (unless it ends with « ' », « - » or « . »).
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::string_view word;
  constexpr explicit keyword_parser(std::string_view w) noexcept : word(w) {}
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    auto const n = word.size();
    if (static_cast<std::size_t>(last - first) < n || *first != word[0]) return false;
    for (std::size_t k = 1; k < n; ++k)
      if (first[k] != word[k]) return false;
    It const p = first + n;
    if (is_alnum_byte(word.back()) && !word_boundary(p, last)) return false;
    first = p;
    return true;
  }
};

/// Marks where the span of the expression begins (after a cue such as « en », « le »).
struct mark_begin_parser : x3::parser<mark_begin_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const&, Ctx const& ctx, R&, A&) const {
    state(ctx).begin_mark = first;
    return true;
  }
};

/// Marks where the span of the expression ends (before a trailing cue).
struct mark_end_parser : x3::parser<mark_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const&, Ctx const& ctx, R&, A&) const {
    state(ctx).end_mark = first;
    return true;
  }
};

/// A capital right after a lower-case ASCII letter in the cased text (glued words of extracted pages).
[[nodiscard]] inline bool camel_boundary(date_state const& st, char const* p) noexcept {
  if (!st.cased_base || !st.folded_base || p <= st.folded_base) return false;
  auto const i = static_cast<std::size_t>(p - st.folded_base);
  if (i >= st.text_size) return false;
  char const c = st.cased_base[i];
  char const b = st.cased_base[i - 1];
  bool const prev_lower = (b >= 'a' && b <= 'z') || static_cast<unsigned char>(b) >= 0x80;
  return c >= 'A' && c <= 'Z' && prev_lower;
}

/// Succeeds, consuming nothing, when `first` is at a word boundary (not before a letter or digit).
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    return word_boundary(first, last);
  }
};

/// Succeeds, consuming nothing, when `first` is at an ASCII digit.
struct digit_ahead_parser : x3::parser<digit_ahead_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    return first != last && is_digit(*first);
  }
};

/// Succeeds, consuming nothing, at the end of a phrase: end of text or line, punctuation, closing quote.
struct phrase_end_parser : x3::parser<phrase_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A&) const {
    It p = first;
    while (p != last && is_blank(*p)) ++p;
    if (p == last) return true;
    switch (*p) {
    case '\n': case '\r': case ',': case '.': case ';': case ':': case '!': case '?': case ')': return true;
    default: break;
    }
    return last - p >= 2 && static_cast<unsigned char>(p[0]) == 0xC2 && static_cast<unsigned char>(p[1]) == 0xBB;
  }
};

/// A word from one of the calendar's tables, ending at a word boundary. The attribute is the table
/// code; entries carrying any flag of `Forbid`, or none of the flags of `Require` (when not 0), do not match.
template <x3::symbols<int> calendar::*Table, int Require = 0, int Forbid = 0>
struct table_parser : x3::parser<table_parser<Table, Require, Forbid>> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const& ctx, R&, A& attr) const {
    auto const& table = state(ctx).cal->*Table;
    It p = first;
    auto const* v = table.prefix_find(p, last);
    if (!v || p == first) return false;
    if (is_alnum_byte(p[-1]) && !word_boundary(p, last) && !camel_boundary(state(ctx), p)) return false;
    if ((Require != 0 && (*v & Require) == 0) || (*v & Forbid) != 0) return false;
    first = p;
    assign_to(attr, *v);
    return true;
  }
};

/// Between MinDigits and MaxDigits ASCII digits, not followed by another digit, in [Min, Max].
template <int MinDigits, int MaxDigits, int Min, int Max>
struct digit_run_parser : x3::parser<digit_run_parser<MinDigits, MaxDigits, Min, Max>> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A& attr) const {
    It p = first;
    int v = 0, n = 0;
    while (p != last && is_digit(*p) && n <= MaxDigits) {
      v = v * 10 + (*p - '0');
      ++p;
      ++n;
    }
    if (n < MinDigits || n > MaxDigits || v < Min || v > Max) return false;
    if (p != last && is_ascii_letter(*p)) return false;
    first = p;
    assign_to(attr, v);
    return true;
  }
};

/// A day of the month in digits, with an optional ordinal suffix: « 24 », « 01 », « 1er », « 1ᵉʳ », « 15th ».
struct day_digits_parser : x3::parser<day_digits_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A& attr) const {
    It p = first;
    int v = 0, n = 0;
    while (p != last && is_digit(*p) && n < 3) {
      v = v * 10 + (*p - '0');
      ++p;
      ++n;
    }
    if (n == 0 || n > 2 || v < 1 || v > 31) return false;
    auto suffix = [&](std::string_view s) {
      if (static_cast<std::size_t>(last - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0 &&
          word_boundary(p + s.size(), last)) {
        p += s.size();
        return true;
      }
      return false;
    };
    if (p != last && !is_digit(*p) && !word_boundary(p, last)) {
      bool const ok = (v == 1 && (suffix("er") || suffix("re") || suffix("ère") || suffix("\xE1\xB5\x89\xCA\xB3"))) ||
                      suffix("e") || suffix("ème") || suffix("eme") || suffix("st") || suffix("nd") || suffix("rd") ||
                      suffix("th");
      if (!ok) return false;
    }
    first = p;
    assign_to(attr, v);
    return true;
  }
};

/// A century as an ordinal: Roman « xxe », « xxie », « xixe » or digits « 20e », « 21ème », « 15ème ».
struct century_ordinal_parser : x3::parser<century_ordinal_parser> {
  using attribute_type = int;
  static bool const has_attribute = true;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const&, R&, A& attr) const {
    It p = first;
    int v = 0;
    if (p != last && is_digit(*p)) {
      int n = 0;
      while (p != last && is_digit(*p) && n < 3) v = v * 10 + (*p++ - '0'), ++n;
    } else {
      auto roman = [](char c) {
        switch (c) {
        case 'i': return 1;
        case 'v': return 5;
        case 'x': return 10;
        case 'l': return 50;
        default: return 0;
        }
      };
      int prev = 0, total = 0, n = 0;
      It q = p;
      while (q != last && roman(*q) && n < 8) ++q, ++n;
      // the Roman run is followed by its ordinal suffix; « xxe »: run « xx » + « e »
      if (n == 0) return false;
      for (It r = q; r != p;) {
        auto const d = roman(*--r);
        total += d < prev ? -d : d;
        prev = d > prev ? d : prev;
      }
      v = total;
      p = q;
    }
    if (v < 1 || v > 30) return false;
    for (std::string_view s : {"ème", "eme", "e", "è"}) {
      if (static_cast<std::size_t>(last - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0 &&
          word_boundary(p + s.size(), last)) {
        first = p + s.size();
        assign_to(attr, v);
        return true;
      }
    }
    return false;
  }
};

/// Dates and months in digits: « 24/02/2025 », « 24.02.25 », « 2025-03-07 », « 2025-03 », « 03/2015 »,
/// « 22/04 », « 02/22/2016 » (month first when the day cannot be a month). Writes the current point.
struct numeric_date_parser : x3::parser<numeric_date_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const& ctx, R&, A&) const {
    int v[3] = {0, 0, 0}, len[3] = {0, 0, 0};
    char sep[2] = {0, 0};
    It p = first;
    int parts = 0;
    for (; parts < 3; ++parts) {
      if (parts > 0) {
        if (p == last) break;
        char const c = *p;
        if (c != '/' && c != '.' && c != '-') break;
        if (parts == 2 && c != sep[0]) break;
        if (p + 1 == last || !is_digit(p[1])) break;
        sep[parts - 1] = c;
        ++p;
      }
      int n = 0, x = 0;
      while (p != last && is_digit(*p) && n < 5) x = x * 10 + (*p++ - '0'), ++n;
      if (n == 0 || n > 4) return false;
      v[parts] = x;
      len[parts] = n;
    }
    if (parts < 2) return false;
    if (p != last && (is_digit(*p) || is_ascii_letter(*p))) return false;
    // a trailing separator followed by a digit means a longer number (« 1.200.000 », « 1/2/3/4 »)
    if (p != last && (*p == '/' || *p == '-' || *p == '.' || *p == ',') && p + 1 != last && is_digit(p[1]) &&
        !(parts == 3 || *p == ','))
      return false;
    auto& st = state(ctx);
    auto& c = st.cur;
    auto valid_dm = [](int d, int m) { return m >= 1 && m <= 12 && d >= 1 && d <= 31; };
    if (parts == 3) {
      if (len[0] == 4) {  // 2025-03-07, 2015/08/12, 2015.5.13
        if (!valid_dm(v[2], v[1]) || len[1] > 2 || len[2] > 2) return false;
        c.year = v[0], c.month = v[1], c.day = v[2];
      } else {
        if (len[0] > 2 || len[1] > 2 || (len[2] != 4 && len[2] != 2)) return false;
        int d = v[0], m = v[1];
        if (!valid_dm(d, m)) {
          if (valid_dm(m, d) && sep[0] != '.') std::swap(d, m);  // 02/22/2016, 9-18-15
          else return false;
        }
        c.day = d, c.month = m, c.year = v[2];
        c.two_digit_year = len[2] == 2;
      }
    } else {
      if (len[0] == 4 && len[1] <= 2 && v[1] >= 1 && v[1] <= 12 && v[0] >= 1000 && v[0] <= 2199) {  // 2025-03
        if (sep[0] == '.' && len[1] == 2 && v[1] > 12) return false;
        c.year = v[0], c.month = v[1];
      } else if (len[1] == 4 && len[0] <= 2 && v[0] >= 1 && v[0] <= 12 && v[1] >= 1000 && v[1] <= 2199 &&
                 sep[0] != '.') {  // 03/2015, 11-2016
        c.year = v[1], c.month = v[0];
      } else if (len[0] <= 2 && len[1] <= 2 && sep[0] != '-' && sep[0] != '.') {  // 22/04
        int d = v[0], m = v[1];
        if (!valid_dm(d, m)) return false;
        c.day = d, c.month = m;
        st.flags |= date_flags::numeric_short;
      } else {
        return false;
      }
    }
    first = p;
    return true;
  }
};

/// Clock times in digits: « 14h30 », « 14 h 30 », « 14h », « 14:30 », « 7:56:35 », « 19h56min35s »,
/// « 7pm », « 9 a.m. ». Writes hour, minute, second and am/pm of the current point. Forms without
/// minutes (« 14h ») set `date_flags::weak_time`: they are times only after a cue (« à 14h »).
struct clock_time_parser : x3::parser<clock_time_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <class It>
  static bool take(It& p, It const& last, std::string_view s) {
    if (static_cast<std::size_t>(last - p) >= s.size() && std::memcmp(p, s.data(), s.size()) == 0) {
      p += s.size();
      return true;
    }
    return false;
  }
  template <class It>
  static int two_digits(It& p, It const& last, int max) {
    int n = 0, v = 0;
    It q = p;
    while (q != last && is_digit(*q) && n < 3) v = v * 10 + (*q++ - '0'), ++n;
    if (n == 0 || n > 2 || v > max) return -1;
    p = q;
    return v;
  }
  template <class It>
  static bool meridiem(It& p, It const& last, bool& pm, bool& am) {
    It q = p;
    while (q != last && is_blank(*q)) ++q;
    for (auto [s, is_pm] : {std::pair{std::string_view("p.m."), true}, {"p. m.", true}, {"p. m", true},
                            {"p.m", true}, {"p m", true}, {"pm", true}, {"a.m.", false}, {"a. m.", false},
                            {"a. m", false}, {"a.m", false}, {"a m", false}, {"am", false}}) {
      It r = q;
      if (take(r, last, s) && (s.back() == '.' || word_boundary(r, last))) {
        (is_pm ? pm : am) = true;
        p = r;
        return true;
      }
    }
    return false;
  }

  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const& ctx, R&, A&) const {
    It p = first;
    {  // « 340pm », « 1140 a.m. »: hours and minutes without a separator, only before am/pm
      It q = p;
      int v = 0, n = 0;
      while (q != last && is_digit(*q) && n < 5) v = v * 10 + (*q++ - '0'), ++n;
      if (n == 3 || n == 4) {
        bool pm = false, am = false;
        if (meridiem(q, last, pm, am) && v / 100 >= 1 && v / 100 <= 12 && v % 100 < 60) {
          auto& st = state(ctx);
          st.cur.hour = v / 100, st.cur.minute = v % 100, st.cur.second = ast::unset;
          st.cur.pm = pm, st.cur.am = am;
          first = q;
          return true;
        }
        return false;
      }
    }
    int const h = two_digits(p, last, 24);
    if (h < 0) return false;
    int m = ast::unset, s = ast::unset;
    bool pm = false, am = false, strong = false;
    It q = p;
    if (q != last && *q == ':' && q + 1 != last && is_digit(q[1])) {  // 14:30[:15]
      ++q;
      m = two_digits(q, last, 59);
      if (m < 0 || (q != last && is_digit(*q))) return false;
      if (q != last && *q == ':' && q + 1 != last && is_digit(q[1])) {
        ++q;
        s = two_digits(q, last, 60);
        if (s < 0) return false;
      }
      p = q;
      strong = true;
    } else {
      It r = q;
      while (r != last && is_blank(*r)) ++r;
      if (r != last && (*r == 'h' || *r == 'H') && (r == q || word_boundary(r + 1, last) || is_digit(r[1]))) {
        ++r;
        It after_h = r;
        It t = r;
        while (t != last && is_blank(*t)) ++t;
        if (t != last && is_digit(*t)) {
          int const mm = two_digits(t, last, 59);
          if (mm >= 0 && (t == last || !is_digit(*t))) {
            m = mm;
            strong = true;
            r = t;
            It u = r;
            if (take(u, last, "min") || take(u, last, "mn") || take(u, last, "m")) {
              r = u;
              if (u != last && is_digit(*u)) {
                int const ss = two_digits(u, last, 60);
                if (ss >= 0 && take(u, last, "s")) s = ss, r = u;
              }
            } else if (u != last && is_digit(*u)) {
              // nothing
            }
          } else {
            r = after_h;
          }
        } else if (t != last && is_digit(*t) == false) {
          // « 19h5s »: seconds without minutes are rare; ignore
        }
        if (!word_boundary(r, last) && !(r != last && (*r == '-' || *r == '/'))) {
          // « 19h56s » or glued letters: accept « s » after minutes only
          return false;
        }
        p = r;
      } else if (!meridiem(q, last, pm, am)) {
        return false;
      } else {
        p = q;
        strong = true;
      }
    }
    if (!pm && !am) {
      It r = p;
      if (meridiem(r, last, pm, am)) p = r, strong = true;
    }
    if ((pm || am) && h > 12) return false;
    if (h == 24 && m != ast::unset && m > 0) return false;
    auto& st = state(ctx);
    st.cur.hour = h;
    st.cur.minute = m;
    st.cur.second = s;
    st.cur.pm = pm;
    st.cur.am = am;
    if (strong) st.flags &= ~date_flags::weak_time;
    else st.flags |= date_flags::weak_time;
    first = p;
    return true;
  }
};

/// grammar::cardinal_words or grammar::ordinal_words (`Rule`), remembered for the last position asked.
template <class Rule, date_state::number_memo date_state::*Memo>
struct memo_number_parser : x3::parser<memo_number_parser<Rule, Memo>> {
  using attribute_type = std::uint64_t;
  static bool const has_attribute = true;
  Rule rule;
  constexpr explicit memo_number_parser(Rule r) noexcept : rule(r) {}
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const& ctx, R&, A& attr) const {
    auto& memo = state(ctx).*Memo;
    if (memo.at != first) {
      // only letters start number words: skip the scan elsewhere
      memo.at = first;
      memo.end = nullptr;
      if (first != last && letter_length(first, last) != 0) {
        It p = first;
        std::uint64_t v = 0;
        if (rule.parse(p, last, x3::unused, x3::unused, v)) memo.end = p, memo.value = v;
      }
    }
    if (!memo.end) return false;
    first = memo.end;
    assign_to(attr, memo.value);
    return true;
  }
};

/// A sub-rule whose failures are remembered per position (slot `Slot` of date_state::failed_at).
template <class Subject, std::size_t Slot>
struct fail_memo_parser : x3::unary_parser<Subject, fail_memo_parser<Subject, Slot>> {
  using base_type = x3::unary_parser<Subject, fail_memo_parser<Subject, Slot>>;
  static bool const has_attribute = false;
  using attribute_type = x3::unused_type;
  constexpr explicit fail_memo_parser(Subject const& s) : base_type(s) {}
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const& ctx, R& r, A&) const {
    static_assert(Slot < 16);
    auto& st = state(ctx);
    if (st.failed_at[Slot] == first) return false;
    if (this->subject.parse(first, last, ctx, r, x3::unused)) return true;
    st.failed_at[Slot] = first;
    return false;
  }
};
template <std::size_t Slot, class Subject>
constexpr fail_memo_parser<Subject, Slot> fail_memo(Subject const& s) {
  return fail_memo_parser<Subject, Slot>(s);
}

/// « pm », « a.m. », « p. m. » after a time read in words (« huit quarante pm »).
struct meridiem_parser : x3::parser<meridiem_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class It, class Ctx, class R, class A>
  bool parse(It& first, It const& last, Ctx const& ctx, R&, A&) const {
    auto& st = state(ctx);
    bool pm = false, am = false;
    It p = first;
    if (!clock_time_parser::meridiem(p, last, pm, am)) return false;
    if (st.cur.hour == ast::unset || st.cur.hour > 12) return false;
    st.cur.pm = pm, st.cur.am = am;
    st.flags &= ~date_flags::weak_time;
    first = p;
    return true;
  }
};

} // namespace detail

/// Grammar building blocks, usable in user grammars: `kw("depuis") >> blanks >> ...`.
inline constexpr detail::blanks_parser blanks{};
inline constexpr detail::opt_blanks_parser opt_blanks{};
[[nodiscard]] constexpr detail::keyword_parser kw(std::string_view w) noexcept { return detail::keyword_parser{w}; }
inline constexpr detail::mark_begin_parser mark_begin{};
inline constexpr detail::mark_end_parser mark_end{};
inline constexpr detail::word_end_parser word_end{};
inline constexpr detail::digit_ahead_parser digit_ahead{};
inline constexpr detail::phrase_end_parser phrase_end{};

} // namespace depeche::grammar

#endif
