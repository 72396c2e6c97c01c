// SPDX-License-Identifier: MIT
// The scanners behind grammar::cardinal_words, ordinal_words, digits_number and ordinal_digits.
#ifndef DEPECHE_GRAMMAR_DETAIL_NUMBER_WORDS_HPP_INCLUDED
#define DEPECHE_GRAMMAR_DETAIL_NUMBER_WORDS_HPP_INCLUDED

#include <depeche/grammar/detail/chars.hpp>

#include <charconv>
#include <cstdint>
#include <optional>
#include <string_view>

namespace depeche::grammar {

/// What a French number word contributes to the number it is part of.
enum class number_role : std::uint8_t {
  unit,      ///< « zéro » … « neuf » (and « un », « une »)
  teen,      ///< « dix » … « seize »
  ten,       ///< « vingt » … « soixante », « septante », « huitante », « octante », « nonante »
  hundred,   ///< « cent »
  thousand,  ///< « mille », « mil »
  power,     ///< « million », « milliard », « billion »: need a count before them
};

/// A French cardinal number word, in folded (lower-case) spelling.
struct number_word {
  std::string_view text;
  std::uint64_t value;
  number_role role;
};

/// The cardinal number words of France, Belgium and Switzerland, with and without accents.
/// Plurals (« cents », « millions ») are handled by the scanner.
inline constexpr number_word french_number_words[] = {
    {"zéro", 0, number_role::unit},       {"zero", 0, number_role::unit},
    {"un", 1, number_role::unit},         {"une", 1, number_role::unit},
    {"deux", 2, number_role::unit},       {"trois", 3, number_role::unit},
    {"quatre", 4, number_role::unit},     {"cinq", 5, number_role::unit},
    {"six", 6, number_role::unit},        {"sept", 7, number_role::unit},
    {"huit", 8, number_role::unit},       {"neuf", 9, number_role::unit},
    {"dix", 10, number_role::teen},       {"onze", 11, number_role::teen},
    {"douze", 12, number_role::teen},     {"treize", 13, number_role::teen},
    {"quatorze", 14, number_role::teen},  {"quinze", 15, number_role::teen},
    {"seize", 16, number_role::teen},     {"vingt", 20, number_role::ten},
    {"trente", 30, number_role::ten},     {"quarante", 40, number_role::ten},
    {"cinquante", 50, number_role::ten},  {"soixante", 60, number_role::ten},
    {"septante", 70, number_role::ten},   {"huitante", 80, number_role::ten},
    {"octante", 80, number_role::ten},    {"nonante", 90, number_role::ten},
    {"cent", 100, number_role::hundred},  {"mille", 1000, number_role::thousand},
    {"mil", 1000, number_role::thousand}, {"million", 1000000, number_role::power},
    {"milliard", 1000000000, number_role::power},
    {"billion", 1000000000000, number_role::power},
};

/// Stems of ordinal words before « -ième » (« cinqu|ième », « neuv|ième », « mill|ième »).
inline constexpr number_word french_ordinal_stems[] = {
    {"un", 1, number_role::unit},          {"deux", 2, number_role::unit},
    {"trois", 3, number_role::unit},       {"quatr", 4, number_role::unit},
    {"cinqu", 5, number_role::unit},       {"six", 6, number_role::unit},
    {"sept", 7, number_role::unit},        {"huit", 8, number_role::unit},
    {"neuv", 9, number_role::unit},        {"dix", 10, number_role::teen},
    {"onz", 11, number_role::teen},        {"douz", 12, number_role::teen},
    {"treiz", 13, number_role::teen},      {"quatorz", 14, number_role::teen},
    {"quinz", 15, number_role::teen},      {"seiz", 16, number_role::teen},
    {"vingt", 20, number_role::ten},       {"trent", 30, number_role::ten},
    {"quarant", 40, number_role::ten},     {"cinquant", 50, number_role::ten},
    {"soixant", 60, number_role::ten},     {"septant", 70, number_role::ten},
    {"huitant", 80, number_role::ten},     {"octant", 80, number_role::ten},
    {"nonant", 90, number_role::ten},      {"cent", 100, number_role::hundred},
    {"mill", 1000, number_role::thousand}, {"million", 1000000, number_role::power},
    {"milliard", 1000000000, number_role::power}, {"billion", 1000000000000, number_role::power},
};

namespace detail {

[[nodiscard]] constexpr std::optional<number_word> find_word(std::string_view w, auto const& table) noexcept {
  for (auto const& e : table)
    if (e.text == w) return e;
  return std::nullopt;
}

/// A cardinal word, singular or plural (« cents », « millions », « vingts »).
[[nodiscard]] constexpr std::optional<number_word> cardinal_word(std::string_view w) noexcept {
  if (w.size() < 2 || w.size() > 10) return std::nullopt;
  if (auto e = find_word(w, french_number_words)) return e;
  if (w.back() == 's') {
    auto const s = w.substr(0, w.size() - 1);
    if (auto e = find_word(s, french_number_words);
        e && (e->role == number_role::hundred || e->role == number_role::power || e->value == 20))
      return e;
  }
  return std::nullopt;
}

/// An ordinal word (« deuxième », « vingtieme », « centièmes »), `first` when it opens the number
/// (« premier », « première », « second » only open; « unième » never does).
[[nodiscard]] constexpr std::optional<number_word> ordinal_word(std::string_view w, bool first) noexcept {
  bool const plural = w.size() > 2 && w.back() == 's';
  if (plural) w.remove_suffix(1);
  if (first && (w == "premier" || w == "première" || w == "premiere" || w == "second" || w == "seconde" ||
                w == "tierce"))
    return number_word{w, w.starts_with("p") ? 1u : w.starts_with("t") ? 3u : 2u, number_role::unit};
  // « trois cent vingt seconde » (singular only: « trente secondes » is a duration)
  if (!first && !plural && (w == "second" || w == "seconde")) return number_word{w, 2, number_role::unit};
  std::string_view stem;
  if (w.ends_with("ième")) stem = w.substr(0, w.size() - 5);
  else if (w.ends_with("ieme")) stem = w.substr(0, w.size() - 4);
  else return std::nullopt;
  if (stem == "un" && first) return std::nullopt;
  return find_word(stem, french_ordinal_stems);
}

/// The running state of a French number phrase: « deux cent mille trois » is read word by word.
struct number_builder {
  static constexpr std::uint64_t limit = 1000000000000000000ull;
  std::uint64_t total = 0;        // the parts already multiplied by « mille » or a power word
  std::uint64_t cur = 0;          // the part below one thousand (up to 9 999 for « dix-neuf cent »)
  std::uint64_t last_value = 0;   // value of the previous word
  number_role last_role = number_role::unit;
  bool any = false;               // a word was accepted
  bool closed = false;            // « zéro »: nothing may follow

  /// Whether « et » may join the previous word to a next word of value v (« vingt et un »,
  /// « soixante et onze », « mille et une »).
  [[nodiscard]] constexpr bool et_allowed(std::uint64_t v) const noexcept {
    if (!any || closed) return false;
    auto const r = cur % 100;
    if (last_role == number_role::ten) return v == 1 || (v == 11 && r == 60);
    if (last_role == number_role::thousand) return v == 1;
    return false;
  }

  /// Adds a word; false (state unchanged) when it cannot continue the number.
  [[nodiscard]] constexpr bool add(number_word const& w) noexcept {
    if (closed) return false;
    auto const v = w.value;
    auto const r = cur % 100;
    switch (w.role) {
    case number_role::unit:
    case number_role::teen:
    case number_role::ten: {
      if (v == 0) {
        if (any) return false;
        closed = true;
        break;
      }
      if (!any || last_role == number_role::hundred || last_role == number_role::thousand ||
          last_role == number_role::power) {
        if (r != 0 && any) return false;
        cur += v;
      } else if (last_role == number_role::ten) {
        // vingt-trois, soixante-douze, quatre-vingt-onze, soixante-dix
        if (v < 10 && r % 10 == 0) cur += v;
        else if (v >= 10 && v < 20 && (r == 60 || r == 80)) cur += v;
        else return false;
      } else if (last_role == number_role::teen) {
        // dix-sept, soixante-dix-huit, quatre-vingt-dix-neuf
        if (v >= 7 && v <= 9 && (r == 10 || r == 70 || r == 90) && last_value == 10) cur += v;
        else return false;
      } else {  // unit
        // quatre-vingt(s)
        if (v == 20 && last_value == 4 && r == 4) {
          cur += 76;
          last_role = number_role::ten;
          last_value = 80;
          any = true;
          return true;
        }
        return false;
      }
      break;
    }
    case number_role::hundred: {
      if (!any || last_role == number_role::thousand || last_role == number_role::power) {
        if (cur != 0) return false;
        cur = 100;
      } else if (last_role == number_role::unit && cur >= 2 && cur <= 9) {
        cur *= 100;
      } else if (last_role != number_role::hundred && cur > 10 && cur < 20 && total == 0) {
        cur *= 100;  // « dix-neuf cent quatre-vingt-dix » (years)
      } else {
        return false;
      }
      break;
    }
    case number_role::thousand:
    case number_role::power: {
      if (total % (v * 1000) >= v && total >= v) {
        // a part of this size exists already: « deux millions trois millions »
        if ((total / v) % 1000 != 0) return false;
      }
      auto m = total % v + cur;
      if (m == 0) {
        if (w.role == number_role::power || (any && last_role == number_role::thousand)) return false;
        m = 1;
      }
      if (m >= limit / v) return false;
      total = total - total % v + m * v;
      cur = 0;
      break;
    }
    }
    last_role = w.role;
    last_value = v;
    any = true;
    return true;
  }

  [[nodiscard]] constexpr std::uint64_t value() const noexcept { return total + cur; }
};

/// Scans a French number in words from `first`: cardinal (« deux-cent-trois ») or ordinal
/// (« vingt et unième »). Words are separated by one space or one hyphen; « et » only joins
/// where French writes it. On success advances `first` past the last word.
[[nodiscard]] constexpr bool scan_number_words(char const*& first, char const* last, bool ordinal,
                                               std::uint64_t& out) noexcept {
  number_builder b;
  char const* p = first;
  char const* accepted = nullptr;
  bool is_ordinal = false;
  for (;;) {
    char const* we = letters_end(p, last);
    if (we == p || (we < last && is_digit(*we))) break;
    std::string_view w(p, static_cast<std::size_t>(we - p));
    if (w == "et") {
      // « vingt et un », « vingt-et-unième »: look at the next word
      char const* q = we;
      if (q >= last || (*q != ' ' && *q != '-')) break;
      ++q;
      char const* qe = letters_end(q, last);
      std::string_view nw(q, static_cast<std::size_t>(qe - q));
      auto nwc = cardinal_word(nw);
      bool nord = false;
      if (!nwc) {
        nwc = ordinal_word(nw, false);
        nord = nwc.has_value();
      }
      if (!nwc || !b.et_allowed(nwc->value) || !b.add(*nwc)) break;
      accepted = qe;
      if (nord) {
        is_ordinal = true;
        break;
      }
      we = qe;
    } else if (auto c = cardinal_word(w)) {
      if (!b.add(*c)) break;
      accepted = we;
    } else if (auto o = ordinal_word(w, !b.any)) {
      if (!b.add(*o)) break;
      accepted = we;
      is_ordinal = true;
      break;
    } else {
      break;
    }
    if (we >= last || (*we != ' ' && *we != '-')) break;
    p = we + 1;
  }
  if (!accepted || is_ordinal != ordinal) return false;
  out = b.value();
  first = accepted;
  return true;
}

/// Scans French-formatted digits: optional sign (« - », « + », « − »), thousands groups of three
/// separated by one space or one dot (« 12 000 », « 1.200.000 »), decimal comma (« 6 700,54 »),
/// or a decimal point when no dot groups were used (« 3.5 »).
[[nodiscard]] inline bool scan_digits(char const*& first, char const* last, double& out) noexcept {
  char const* p = first;
  bool neg = false;
  if (p < last && (*p == '-' || *p == '+')) {
    neg = *p == '-';
    ++p;
  } else if (last - p >= 3 && static_cast<unsigned char>(p[0]) == 0xE2 && static_cast<unsigned char>(p[1]) == 0x88 &&
             static_cast<unsigned char>(p[2]) == 0x92) {
    neg = true;
    p += 3;
  }
  if (p >= last || !is_digit(*p)) return false;
  char buf[64];
  std::size_t n = 0;
  bool big = false;
  auto put = [&](char c) {
    if (n < sizeof buf - 8) buf[n++] = c;
    else big = true;
  };
  char const* d = p;
  while (p < last && is_digit(*p)) put(*p++);
  auto const lead = p - d;
  char sep = 0;
  if (lead <= 3) {
    while (last - p >= 4 && (*p == ' ' || *p == '.') && (sep == 0 || *p == sep) && is_digit(p[1]) && is_digit(p[2]) &&
           is_digit(p[3]) && (last - p == 4 || !is_digit(p[4]))) {
      // « 1.200 » is 1 200, but « 1.200,5 » too; a lone dot group followed by more dot digits is not
      sep = *p;
      put(p[1]);
      put(p[2]);
      put(p[3]);
      p += 4;
    }
  }
  if (last - p >= 2 && (*p == ',' || (*p == '.' && sep != '.')) && is_digit(p[1])) {
    char const* q = p + 1;
    while (q < last && is_digit(*q)) ++q;
    // « 192.168.1.2 »: a dotted sequence is not a decimal number
    if (*p == ',' || q >= last || *q != '.' || q + 1 >= last || !is_digit(q[1])) {
      put('.');
      ++p;
      while (p < last && is_digit(*p)) put(*p++);
    }
  }
  // scientific notation: « 1e10 », « -12e-1 », « 12,32e+14 »
  if (last - p >= 2 && (*p == 'e' || *p == 'E')) {
    char const* q = p + 1;
    if (q < last && (*q == '+' || *q == '-')) ++q;
    char const* ds = q;
    while (q < last && is_digit(*q)) ++q;
    if (q > ds && q - ds <= 3 && word_boundary(q, last)) {
      put('e');
      for (char const* c = p + 1; c < q; ++c) put(*c);
      p = q;
    }
  }
  if (big) return false;
  double v = 0;
  auto const r = std::from_chars(buf, buf + n, v);
  if (r.ec != std::errc{}) return false;
  out = neg ? -v : v;
  first = p;
  return true;
}

/// Scans « 1er », « 1re », « 1ère », « 2e », « 2ème », « 2nd », « 2de », « 11èmes », « 1ᵉʳ ».
[[nodiscard]] constexpr bool scan_ordinal_digits(char const*& first, char const* last, std::uint64_t& out) noexcept {
  char const* p = first;
  std::uint64_t v = 0;
  int nd = 0;
  while (p < last && is_digit(*p)) {
    if (++nd > 9) return false;
    v = v * 10 + static_cast<std::uint64_t>(*p++ - '0');
  }
  if (nd == 0) return false;
  char const* e = letters_end(p, last);
  std::string_view s(p, static_cast<std::size_t>(e - p));
  if (s.size() >= 2 && s.back() == 's') s.remove_suffix(1);
  constexpr std::string_view one[] = {"er", "re", "ère", "ere", "ᵉʳ", "ʳᵉ"};
  constexpr std::string_view any[] = {"e", "ème", "eme", "ième", "ieme", "è", "éme", "ᵉ"};
  constexpr std::string_view two[] = {"nd", "nde", "d", "de"};
  bool ok = false;
  for (auto x : any) ok = ok || s == x;
  if (v == 1) for (auto x : one) ok = ok || s == x;
  if (v == 2) for (auto x : two) ok = ok || s == x;
  if (!ok || !word_boundary(e, last) || (e < last && (*e == '-' || *e == '\''))) return false;
  out = v;
  first = e;
  return true;
}

} // namespace detail
} // namespace depeche::grammar

#endif
