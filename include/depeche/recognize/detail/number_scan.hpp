// SPDX-License-Identifier: MIT
// The number readings both the numbers and the quantities layers start from: one pass over tokens.
#ifndef DEPECHE_RECOGNIZE_DETAIL_NUMBER_SCAN_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_DETAIL_NUMBER_SCAN_HPP_INCLUDED

#include <depeche/grammar/number.hpp>
#include <depeche/grammar/unit.hpp>
#include <depeche/recognize/context.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace depeche::recognize {

/// What kind of number a mention is.
enum class number_kind : std::uint8_t {
  cardinal,    ///< « 12 000 », « douze », « 3 millions »
  ordinal,     ///< « 1er », « deuxième », « XXe »
  fraction,    ///< « la moitié », « un tiers », « trois quarts »
  decimal,     ///< « 3,5 », « 1,2 milliard » when the value is not whole
  multiplier,  ///< « douze fois plus » (12), « deux fois moins » (0.5)
};

/// The JSON name of a number kind.
[[nodiscard]] constexpr std::string_view name(number_kind k) noexcept {
  switch (k) {
  case number_kind::cardinal: return "cardinal";
  case number_kind::ordinal: return "ordinal";
  case number_kind::fraction: return "fraction";
  case number_kind::decimal: return "decimal";
  case number_kind::multiplier: return "multiplier";
  }
  return "cardinal";
}

/// What an ordinal counts from: « troisième » from the start, « dernier » from the end,
/// « prochain » from the current item.
enum class ordinal_base : std::uint8_t { start, current, end };

[[nodiscard]] constexpr std::string_view name(ordinal_base b) noexcept {
  switch (b) {
  case ordinal_base::start: return "start";
  case ordinal_base::current: return "current";
  case ordinal_base::end: return "end";
  }
  return "start";
}

/// A scale word after a number: « 1,2 milliard », « 3 millions », « 1,5 Md », « 2 M », « 10k ».
struct scale_word {
  std::string_view text;  ///< lower case unless case_sensitive
  double factor = 1;
  bool case_sensitive = false;
};

/// The built-in French scale words.
inline constexpr scale_word french_scale_words[] = {
    {"mille", 1e3},      {"millier", 1e3},     {"milliers", 1e3},  {"million", 1e6},     {"millions", 1e6},
    {"milliard", 1e9},   {"milliards", 1e9},   {"billion", 1e12},  {"billions", 1e12},   {"trillion", 1e18},
    {"trillions", 1e18}, {"md", 1e9},          {"mds", 1e9},       {"mrd", 1e9},         {"mrds", 1e9},
    {"M", 1e6, true},    {"Mio", 1e6, true},   {"Mds", 1e9, true}, {"k", 1e3},           {"douzaine", 12},
    {"douzaines", 12},   {"centaines", 100},   {"lakh", 1e5},      {"crore", 1e7},       {"b", 1e9},
};

namespace detail {

namespace reading_flags {
inline constexpr std::uint16_t words = 1u << 0;          ///< written (partly) in words
inline constexpr std::uint16_t scaled = 1u << 1;         ///< a scale word multiplied it
inline constexpr std::uint16_t year_like = 1u << 2;      ///< four plain digits between 1000 and 2100
inline constexpr std::uint16_t identifier = 1u << 3;     ///< part of a designation: « Boeing 737 », « résolution 2397 »
inline constexpr std::uint16_t article = 1u << 4;        ///< a lone « un » / « une »
inline constexpr std::uint16_t hyphen_next = 1u << 5;    ///< « 20-30 »: another number follows after a hyphen
inline constexpr std::uint16_t glued = 1u << 6;          ///< letters follow without a space: « 3km »
inline constexpr std::uint16_t decimal_mark = 1u << 7;   ///< written with a decimal comma or point
inline constexpr std::uint16_t timeish = 1u << 8;        ///< « 14:30 », « 24/02/2025 » parts
inline constexpr std::uint16_t phone = 1u << 9;          ///< part of a telephone number
inline constexpr std::uint16_t grouped = 1u << 10;       ///< thousands groups: « 12 000 »
inline constexpr std::uint16_t collective = 1u << 11;    ///< « une douzaine », « trois milliers »
inline constexpr std::uint16_t relative = 1u << 12;      ///< « dernier », « prochain »: a relative ordinal
} // namespace reading_flags

/// A number found in the analysed text, before the layers decide what it is.
struct reading {
  std::uint32_t begin = 0, end = 0;  ///< analysed offsets
  std::uint32_t first_token = 0;     ///< token where it starts
  double value = 0;
  number_kind kind = number_kind::cardinal;
  std::uint16_t flags = 0;
  double scale = 1;                  ///< the scale word's factor, 1 when none
  ordinal_base relative = ordinal_base::start;
  [[nodiscard]] constexpr bool has(std::uint16_t f) const noexcept { return (flags & f) != 0; }
};

//=== word lists ===//

inline constexpr std::string_view month_names[] = {
    "janvier", "février", "fevrier", "mars",     "avril",    "mai",     "juin",   "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "janv.", "févr.", "fév.",   "avr.", "juil.",
    "sept.",   "oct.",    "nov.",     "déc."};

/// Words before a number that make it a designation, not an amount (folded).
inline constexpr std::string_view identifier_cues[] = {
    "résolution", "resolution", "article",   "articles", "numéro",   "numero",  "n°",       "no",      "nº",
    "page",       "pages",      "chapitre",  "section",  "alinéa",   "vol",     "tome",     "route",   "autoroute",
    "ligne",      "modèle",     "version",   "type",     "classe",   "catégorie", "niveau", "phase",   "saison",
    "épisode",    "paragraphe", "décret",    "code",     "bus",      "tram",    "canal",    "chaîne",  "salle",
    "porte",      "terminal",   "quai",      "voie",     "secteur",  "zone",    "lot",      "dossier", "affaire",
    "brigade",    "régiment",   "division",  "bataillon", "escadron", "unité",  "opus",     "arrondissement",
    "district",   "circonscription", "département", "boulevard", "avenue", "rue", "bâtiment", "étage", "bloc",
    "référence",  "réf.",       "matricule", "immatriculation", "rang", "place", "numéros", "pt", "art."};

/// Words before « neuf » that make it the number (« les neuf juges »), not the adjective.
inline constexpr std::string_view neuf_openers[] = {
    "les", "des", "ces", "ses", "leurs", "nos", "vos", "mes", "aux", "et", "ou", "sur", "dont", "parmi", "plus",
    "moins", "environ", "près", "pour", "avec", "sans", "entre", "en", "dans", "par", "ont", "sont", "a", "été",
    "les", "quelque", "au", "soit", "tous", "toutes", "derniers", "premiers", "après", "avant", "depuis", "contre",
    "pendant", "durant", "tué", "tués", "blessé", "blessés", "compte", "comptait", "compté", "avait", "étaient"};
/// Words after « neuf » that make it the adjective (« un immeuble neuf pour »).
inline constexpr std::string_view neuf_blockers[] = {
    "pour", "et", "ou", "à", "de", "du", "des", "en", "dans", "qui", "que", "avec", "mais"};

[[nodiscard]] constexpr bool in_list(std::string_view w, auto const& list) noexcept {
  for (auto const& x : list)
    if (x == w) return true;
  return false;
}

[[nodiscard]] inline bool is_month(std::string_view w) noexcept {
  if (w.size() < 3 || w.size() > 9) return false;
  switch (w[0]) {
  case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': return in_list(w, month_names);
  default: return false;
  }
}

/// The default unit table, built once (used to tell « 3km » from « 5G » in the numbers layer).
[[nodiscard]] inline units const& default_units() {
  static units const u = units::french_default();
  return u;
}

/// Tokens of a context with their folded texts at hand.
struct token_view {
  context const& ctx;
  [[nodiscard]] std::size_t size() const noexcept { return ctx.tokens.size(); }
  [[nodiscard]] tokenize::token const& operator[](std::size_t i) const noexcept { return ctx.tokens[i]; }
  [[nodiscard]] std::string_view folded(std::size_t i) const noexcept { return ctx.tokens[i].text(ctx.folded); }
  [[nodiscard]] std::string_view analysed(std::size_t i) const noexcept { return ctx.tokens[i].text(ctx.analysed); }
  /// Index of the first token starting at or after analysed offset `pos`, from `from` on.
  [[nodiscard]] std::size_t token_at_or_after(std::size_t from, std::size_t pos) const noexcept {
    while (from < size() && ctx.tokens[from].a_begin < pos) ++from;
    return from;
  }
};

/// A scale word starting at `pos` (folded), ending on a word boundary; returns its end or 0.
[[nodiscard]] inline std::size_t match_scale(context const& ctx, std::size_t pos, double& factor) noexcept {
  auto const f = ctx.folded;
  if (pos >= f.size()) return 0;
  char const* p = f.data() + pos;
  char const* last = f.data() + f.size();
  switch (*p) {  // the first letters of the scale words
  case 'm': case 'b': case 't': case 'k': case 'd': case 'c': case 'l': break;
  default: return 0;
  }
  char const* e = grammar::detail::letters_end(p, last);
  if (e == p || e - p > 9 || (e < last && grammar::detail::is_digit(*e))) return 0;
  auto const len = static_cast<std::size_t>(e - p);
  std::string_view const w(p, len);
  std::string_view const a = ctx.analysed.substr(pos, len);
  for (auto const& s : french_scale_words) {
    if (s.case_sensitive ? a == s.text : w == s.text) {
      factor = s.factor;
      return pos + len;
    }
  }
  return 0;
}

/// Roman numeral value of an upper-case string (« XIV » → 14), 0 when it is not one.
[[nodiscard]] constexpr unsigned roman_value(std::string_view s) noexcept {
  auto val = [](char c) -> unsigned {
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
  };
  unsigned total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto const v = val(s[i]);
    if (!v) return 0;
    auto const next = i + 1 < s.size() ? val(s[i + 1]) : 0;
    if (next > v) total -= v;
    else total += v;
  }
  return total > 3999 ? 0 : total;
}

/// The word (letters) starting at analysed offset pos in the folded text.
[[nodiscard]] inline std::string_view word_at(context const& ctx, std::size_t pos) noexcept {
  auto const f = ctx.folded;
  if (pos >= f.size()) return {};
  char const* p = f.data() + pos;
  char const* e = grammar::detail::letters_end(p, f.data() + f.size());
  return {p, static_cast<std::size_t>(e - p)};
}

/// Position after one space at pos (or pos itself when `optional` and there is none); npos if none.
[[nodiscard]] inline std::size_t skip_space(std::string_view s, std::size_t pos) noexcept {
  if (pos < s.size() && s[pos] == ' ') return pos + 1;
  return std::string_view::npos;
}

/// Denominators written as words after a count: « un tiers », « trois quarts », « un demi ».
[[nodiscard]] constexpr double fraction_denominator(std::string_view w, bool plural_ok) noexcept {
  if (w == "tiers") return 3;
  if (w == "quart" || (plural_ok && w == "quarts")) return 4;
  if (w == "demi" || w == "demie") return 2;
  return 0;
}

struct relative_ordinal_word {
  std::string_view word;
  ordinal_base base = ordinal_base::start;
  double offset = 0;
};

/// Relative ordinals (folded): « dernier » is end+0, « avant-dernier » end-1, « prochain » current+1.
inline constexpr relative_ordinal_word relative_ordinal_words[] = {
    {"dernier", ordinal_base::end, 0},          {"dernière", ordinal_base::end, 0},
    {"derniers", ordinal_base::end, 0},         {"dernières", ordinal_base::end, 0},
    {"avant-dernier", ordinal_base::end, -1},   {"avant-dernière", ordinal_base::end, -1},
    {"pénultième", ordinal_base::end, -1},      {"antépénultième", ordinal_base::end, -2},
    {"prochain", ordinal_base::current, 1},     {"prochaine", ordinal_base::current, 1},
    {"prochains", ordinal_base::current, 1},    {"prochaines", ordinal_base::current, 1},
    {"suivant", ordinal_base::current, 1},      {"suivante", ordinal_base::current, 1},
    {"précédent", ordinal_base::current, -1},   {"précédente", ordinal_base::current, -1},
    {"actuel", ordinal_base::current, 0},       {"actuelle", ordinal_base::current, 0},
};

[[nodiscard]] constexpr relative_ordinal_word relative_ordinal(std::string_view w) noexcept {
  for (auto const& r : relative_ordinal_words)
    if (r.word == w) return r;
  return {};
}

/// FNV-1a: words are short, and this is cheaper than the standard library's hash on them.
struct string_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view v) const noexcept {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : v) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
  }
};
struct string_equal {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};
using string_set = std::unordered_set<std::string, string_hash, string_equal>;

/// Index of the first two bytes of a word (at least two bytes long).
[[nodiscard]] constexpr std::size_t pair_index(std::string_view w) noexcept {
  return (std::size_t{static_cast<unsigned char>(w[0])} << 8) | std::size_t{static_cast<unsigned char>(w[1])};
}

/// The words a number in words can start with (folded letters up to the first hyphen or space).
[[nodiscard]] inline string_set const& number_start_words() {
  static string_set const set = [] {
    string_set s;
    for (auto const& e : grammar::french_number_words) {
      s.emplace(e.text);
      s.emplace(std::string(e.text) + "s");
    }
    for (auto const& e : grammar::french_ordinal_stems)
      for (char const* suf : {"ième", "ieme", "ièmes", "iemes"}) s.emplace(std::string(e.text) + suf);
    for (char const* x : {"premier", "première", "premiere", "premiers", "premières", "second", "seconde", "seconds",
                          "secondes", "tierce", "moitié", "moitie", "avant"})
      s.emplace(x);
    for (auto const& r : relative_ordinal_words) s.emplace(r.word);
    return s;
  }();
  return set;
}

/// Per first two bytes of the words of number_start_words(): a bit per word length (0: none).
[[nodiscard]] inline std::vector<std::uint32_t> const& number_start_pairs() {
  static auto const pairs = [] {
    std::vector<std::uint32_t> b(65536, 0);
    for (auto const& x : number_start_words())
      if (x.size() >= 2 && x.size() < 32)
        b[pair_index(x)] |= 1u << x.size();
    return b;
  }();
  return pairs;
}

/// A bit per (first two bytes, last byte, length) key of number_start_words(), hashed into 2^16 bits.
[[nodiscard]] constexpr std::size_t number_start_key(std::string_view w) noexcept {
  auto const k = static_cast<std::uint32_t>(pair_index(w)) ^ (std::uint32_t{static_cast<unsigned char>(w.back())} << 16) ^
                 (static_cast<std::uint32_t>(w.size()) << 24);
  return (k * 2654435761u) >> 16;
}
[[nodiscard]] inline std::vector<std::uint64_t> const& number_start_filter() {
  static auto const bits = [] {
    std::vector<std::uint64_t> b(1024, 0);
    for (auto const& x : number_start_words())
      if (x.size() >= 2) b[number_start_key(x) >> 6] |= std::uint64_t{1} << (number_start_key(x) & 63);
    return b;
  }();
  return bits;
}
/// A bit per first two bytes of the words of number_start_words() (8 KB: stays in cache).
[[nodiscard]] inline std::vector<std::uint64_t> const& number_start_any_pair() {
  static auto const bits = [] {
    std::vector<std::uint64_t> b(1024, 0);
    for (std::size_t i = 0; i < 65536; ++i)
      if (number_start_pairs()[i]) b[i >> 6] |= std::uint64_t{1} << (i & 63);
    return b;
  }();
  return bits;
}

/// Words a number in words can start with: filters on the first two bytes, the last byte and the
/// length reject most other words without hashing, one hash lookup the rest.
[[nodiscard]] inline bool may_start_number_word(std::string_view w) {
  if (w.size() < 2 || w.size() >= 32 || !(number_start_pairs()[pair_index(w)] & (1u << w.size())))
    return false;
  auto const key = number_start_key(w);
  if (!(number_start_filter()[key >> 6] & (std::uint64_t{1} << (key & 63)))) return false;
  return number_start_words().find(w) != number_start_words().end();
}

/// Whether some number word starts with the bytes `a`, `b` (a test before finding a word's end).
[[nodiscard]] inline bool may_start_number_word(char a, char b) {
  auto const i = (std::size_t{static_cast<unsigned char>(a)} << 8) | std::size_t{static_cast<unsigned char>(b)};
  return ((number_start_any_pair()[i >> 6] >> (i & 63)) & 1u) != 0;
}

/// Scans the numbers of a document. Readings are in text order and do not overlap.
class number_scanner {
public:
  explicit number_scanner(context const& ctx, std::vector<std::uint32_t>* collectives = nullptr)
      : ctx_(ctx), tv_{ctx}, collectives_(collectives) {}

  /// Appends the readings to `out`; with a `collectives` vector, also the indices of the tokens that
  /// may be collective nouns (« centaines », « milliers »), for the quantities layer.
  void run(std::vector<reading>& out) const {
    auto const n = tv_.size();
    std::size_t sent = 0;
    auto note = [&](std::size_t k) {
      if (!collectives_) return;
      auto const& t = tv_[k];
      auto const len = t.a_end - t.a_begin;
      if (t.kind != tokenize::token_kind::word || len < 7 || len > 13) return;
      auto const b0 = ctx_.folded[t.a_begin], b1 = ctx_.folded[t.a_begin + 1];
      if (b0 != 'd' && b0 != 'c' && b0 != 'm' && b0 != 'q' && b0 != 'v' && b0 != 't' && b0 != 's') return;
      if (b1 != 'i' && b1 != 'o' && b1 != 'u' && b1 != 'e' && b1 != 'r') return;
      // collective nouns end in « -aine(s) », « -ier(s) », « -ion(s) », « -ard(s) »
      auto w = ctx_.folded.substr(t.a_begin, len);
      if (w.back() == 's') w.remove_suffix(1);
      if (!w.ends_with("aine") && !w.ends_with("ier") && !w.ends_with("ion") && !w.ends_with("ard")) return;
      collectives_->push_back(static_cast<std::uint32_t>(k));
    };
    for (std::size_t i = 0; i < n;) {
      auto const& t = tv_[i];
      while (sent < ctx_.sentences.size() && ctx_.sentences[sent].last_token <= i) ++sent;
      std::size_t const sent_first = sent < ctx_.sentences.size() ? ctx_.sentences[sent].first_token : 0;
      std::size_t next = i + 1;
      switch (t.kind) {
      case tokenize::token_kind::number: next = digits_token(i, sent_first, out); break;
      case tokenize::token_kind::word:
        if (t.has(tokenize::token_flags::has_digit) && grammar::detail::is_digit(ctx_.folded[t.a_begin]))
          next = digits_token(i, sent_first, out);
        else
          next = word_token(i, out);
        break;
      case tokenize::token_kind::ordinal: next = ordinal_token(i, out); break;
      default: break;
      }
      next = next > i ? next : i + 1;
      for (std::size_t k = i; k < next && k < n; ++k) note(k);
      i = next;
    }
  }

private:
  context const& ctx_;
  token_view tv_;
  std::vector<std::uint32_t>* collectives_ = nullptr;

  [[nodiscard]] char const* at(std::size_t pos) const noexcept { return ctx_.folded.data() + pos; }
  [[nodiscard]] char const* end_ptr() const noexcept { return ctx_.folded.data() + ctx_.folded.size(); }

  /// « X millions et demi », « X fois plus »: extends a reading in place.
  void extend_after(reading& r, bool scaled_words) const {
    auto const f = ctx_.folded;
    if ((r.has(reading_flags::scaled) || scaled_words) && f.substr(r.end).starts_with(" et demi")) {
      auto const e = r.end + 8;
      if (e >= f.size() || grammar::detail::word_boundary(at(e), end_ptr())) {
        double const unit = r.scale > 1 ? r.scale : 1;
        r.value += unit / 2;
        r.end = static_cast<std::uint32_t>(e);
        r.kind = number_kind::fraction;
      }
    }
    for (std::string_view s : {std::string_view(" fois plus"), std::string_view(" fois moins")}) {
      if (f.substr(r.end).starts_with(s)) {
        auto const e = r.end + s.size();
        if (e < f.size() && !grammar::detail::word_boundary(at(e), end_ptr())) continue;
        if (s.ends_with("moins") && r.value != 0) r.value = 1 / r.value;
        r.end = static_cast<std::uint32_t>(e);
        r.kind = number_kind::multiplier;
        r.flags &= static_cast<std::uint16_t>(~reading_flags::article);
        break;
      }
    }
  }

  /// The previous token is a designation cue or a proper noun glued to the number by one space.
  [[nodiscard]] bool identifier_before(std::size_t i, std::size_t sent_first) const {
    if (i == 0) return false;
    auto const& t = tv_[i];
    if (!t.has(tokenize::token_flags::space_before) || t.has(tokenize::token_flags::newline_before)) {
      // « n°5 »
      auto const pw = tv_.folded(i - 1);
      if (pw == "°" || pw == "º" || pw == "n°" || pw == "nº") return true;
      return false;
    }
    auto const& p = tv_[i - 1];
    auto const pw = tv_.folded(i - 1);
    if (pw == "°" || pw == "º") return i >= 2 && (tv_.folded(i - 2) == "n" || tv_.folded(i - 2) == "no");
    if (p.kind != tokenize::token_kind::word) return false;
    static string_set const cues = [] {
      string_set s;
      for (auto const c : identifier_cues) s.emplace(c);
      return s;
    }();
    if (cues.find(pw) != cues.end()) return true;
    if (p.has(tokenize::token_flags::capitalized) && i - 1 > sent_first && !p.has(tokenize::token_flags::has_digit)) {
      if (is_month(pw)) return false;
      // « USD 15 », « EUR 1000 »: a currency code written before the amount
      if (default_units().find(ctx_.folded, ctx_.analysed, p.a_begin, true).end == p.a_end) return false;
      return true;
    }
    return false;
  }

  /// A telephone number: « 01 23 45 67 89 », « 06.12.34.56.78 ».
  [[nodiscard]] bool phone_at(std::size_t i) const {
    auto two = [&](std::size_t k) {
      if (k >= tv_.size() || tv_[k].kind != tokenize::token_kind::number) return false;
      auto const w = tv_.folded(k);
      return w.size() == 2 || (w.size() == 14 && w[2] == '.');
    };
    if (tv_.folded(i).size() == 14 && tv_.folded(i)[2] == '.' && tv_.folded(i)[0] == '0') return true;
    if (!two(i)) return false;
    std::size_t k = i, run = 0;
    while (two(k) && (k == i || tv_[k].a_begin == tv_[k - 1].a_end + 1)) {
      ++run;
      ++k;
    }
    return run >= 4;
  }

  /// « 3/4 », « -4/5 », « 2 1/4 », « 10 1/2 mile »: proper fractions; dates (« 24/02 ») are skipped.
  std::size_t slash_token(std::size_t i, std::vector<reading>& out) const {
    auto const& t = tv_[i];
    std::string_view const tok = tv_.folded(i);
    auto const slash = tok.find('/');
    if (tok.find('/', slash + 1) != std::string_view::npos || slash == 0 || slash + 1 >= tok.size()) return i + 1;
    auto const num = tok.substr(0, slash), den = tok.substr(slash + 1);
    if (num.size() > 3 || den.size() > 3 || num.find_first_not_of("0123456789") != std::string_view::npos ||
        den.find_first_not_of("0123456789") != std::string_view::npos)
      return i + 1;
    double a = 0, b = 0;
    std::from_chars(num.data(), num.data() + num.size(), a);
    std::from_chars(den.data(), den.data() + den.size(), b);
    if (b < 2 || a >= b || a == 0) return i + 1;
    reading r;
    r.begin = t.a_begin;
    r.end = t.a_end;
    r.first_token = static_cast<std::uint32_t>(i);
    r.value = a / b;
    r.kind = number_kind::fraction;
    auto const f = ctx_.folded;
    // a whole part before it: « 2 1/4 »
    if (!out.empty() && out.back().kind == number_kind::cardinal && out.back().end < r.begin &&
        f.substr(out.back().end, r.begin - out.back().end).find_first_not_of(' ') == std::string_view::npos &&
        !out.back().has(reading_flags::words)) {
      auto const& w = out.back();
      r.begin = w.begin;
      r.first_token = w.first_token;
      r.value = w.value < 0 ? w.value - r.value : w.value + r.value;
      r.flags = w.flags & static_cast<std::uint16_t>(~reading_flags::year_like);
      out.pop_back();
    } else if (i > 0 && tv_.folded(i - 1) == "-" && tv_[i - 1].a_end == t.a_begin) {
      r.value = -r.value;
      r.begin = tv_[i - 1].a_begin;
      r.first_token = static_cast<std::uint32_t>(i - 1);
    }
    // a « glued » unit: « 1/4 kilomètre » is read by the quantities layer like any number
    out.push_back(r);
    return i + 1;
  }

  std::size_t digits_token(std::size_t i, std::size_t sent_first, std::vector<reading>& out) const {
    auto const& t = tv_[i];
    auto const f = ctx_.folded;
    if (phone_at(i)) {
      // skip the whole run
      std::size_t k = i + 1;
      while (k < tv_.size() && tv_[k].kind == tokenize::token_kind::number && tv_[k].a_begin == tv_[k - 1].a_end + 1) ++k;
      return k;
    }
    std::string_view const tok = tv_.folded(i);
    if (tok.find('/') != std::string_view::npos) return slash_token(i, out);
    if (tok.find(':') != std::string_view::npos) return i + 1;  // times, scores
    // « 222-2222-2222 », « 2024-12-05-001 »: references and telephone numbers
    if (std::count(tok.begin(), tok.end(), '-') >= 2) return i + 1;
    // ISO dates « 2025-03-01 », « 2025-03 »
    if (tok.size() >= 7 && tok[4] == '-' && grammar::detail::is_digit(tok[0]) && grammar::detail::is_digit(tok[3]) &&
        grammar::detail::is_digit(tok[5]) && (tok.size() == 7 || tok[7] == '-'))
      return i + 1;
    // a list enumerator: « 1 De nombreuses livraisons… » at the start of a line
    if (t.has(tokenize::token_flags::newline_before) && tok.size() <= 2 && i + 1 < tv_.size() &&
        tv_[i + 1].has(tokenize::token_flags::capitalized) && tv_[i + 1].kind == tokenize::token_kind::word)
      return i + 1;
    // « 13-second », « 4-Septembre »: a compound word, not an amount (but « 2,5-km » is a length)
    if (t.a_end + 1 < f.size() && f[t.a_end] == '-' && grammar::detail::letter_length(at(t.a_end + 1), end_ptr()) != 0) {
      auto const m = default_units().find(f, ctx_.analysed, t.a_end + 1);
      if (!m) return i + 1;
    }
    bool const ident = identifier_before(i, sent_first);
    std::size_t pos = t.a_begin;
    std::size_t const tok_end = t.a_end;
    bool first = true;
    while (pos < tok_end) {
      char const* p = at(pos);
      double v = 0;
      if (!grammar::detail::scan_digits(p, at(tok_end), v)) break;
      reading r;
      r.begin = static_cast<std::uint32_t>(pos);
      r.end = static_cast<std::uint32_t>(p - f.data());
      r.first_token = static_cast<std::uint32_t>(i);
      r.value = v;
      std::string_view const txt = f.substr(r.begin, r.end - r.begin);
      if (txt.find(',') != std::string_view::npos || (txt.find('.') != std::string_view::npos && !(txt.size() > 4 && txt[txt.size() - 4] == '.')))
        r.flags |= reading_flags::decimal_mark;
      if (txt.find(' ') != std::string_view::npos) r.flags |= reading_flags::grouped;
      if (txt.size() == 4 && txt.find_first_not_of("0123456789") == std::string_view::npos && v >= 1000 && v <= 2100)
        r.flags |= reading_flags::year_like;
      if (ident) r.flags |= reading_flags::identifier;
      // « ,08 »: a decimal written without its leading zero
      if (first && i > 0 && tv_.folded(i - 1) == "," && tv_[i - 1].a_end == t.a_begin &&
          (i == 1 || tv_[i - 1].has(tokenize::token_flags::space_before)) && txt.find_first_not_of("0123456789") == std::string_view::npos) {
        double frac = 0;
        std::string buf = "0." + std::string(txt);
        std::from_chars(buf.data(), buf.data() + buf.size(), frac);
        r.value = frac;
        r.begin = tv_[i - 1].a_begin;
        r.first_token = static_cast<std::uint32_t>(i - 1);
        r.flags = static_cast<std::uint16_t>(r.flags | reading_flags::decimal_mark) & static_cast<std::uint16_t>(~reading_flags::year_like);
      }
      // « .25ml »: not a number of its own
      if (first && i > 0 && tv_.folded(i - 1) == "." && tv_[i - 1].a_end == t.a_begin) return i + 1;
      // a sign written right before the first number: « -5 », « +3,5 » (not « KN-23 »)
      if (first && i > 0 && tv_[i - 1].a_end == t.a_begin) {
        auto const s = tv_.folded(i - 1);
        bool const lone = i < 2 || tv_[i - 1].has(tokenize::token_flags::space_before) ||
                          tv_[i - 2].kind == tokenize::token_kind::punctuation;
        if (lone && (s == "-" || s == "+" || s == "\xE2\x88\x92")) {
          if (s != "+") r.value = -r.value;
          r.begin = tv_[i - 1].a_begin;
          r.first_token = static_cast<std::uint32_t>(i - 1);
        }
      }
      // what follows inside the token: « 3km », « 10k », « 1950-1953 », « 192.168.1.2 »
      if (r.end < tok_end) {
        char const c = f[r.end];
        if (c == '-' && r.end + 1 < tok_end && grammar::detail::is_digit(f[r.end + 1])) {
          r.flags |= reading_flags::hyphen_next;
        } else if (c == '-' && default_units().find(f, ctx_.analysed, r.end + 1) &&
                   default_units().find(f, ctx_.analysed, r.end + 1).end == tok_end) {
          r.flags |= reading_flags::glued;  // « 2,5-km »
        } else if (c == '-' || c == '_') {
          return i + 1;  // a compound: « 13-second », « 4-Septembre »
        } else if (grammar::detail::letter_length(at(r.end), at(tok_end)) != 0) {
          double factor = 1;
          auto const se = match_scale(ctx_, r.end, factor);
          if (se != 0 && se == tok_end) {
            r.value *= factor;
            r.scale = factor;
            r.end = static_cast<std::uint32_t>(se);
            r.flags |= reading_flags::scaled;
          } else {
            auto const m = default_units().find(f, ctx_.analysed, r.end);
            if (!m || (m.end != tok_end && m.end < f.size() && grammar::detail::is_digit(f[m.end]))) {
              // « 14h30 », « 5G », « 3D »: not an amount
              return i + 1;
            }
            r.flags |= reading_flags::glued;
          }
        }
      } else {
        // a scale word after one space: « 1,2 milliard », « 3 millions », « 2 M », « 1,5 Md »
        double factor = 1;
        auto const sp = skip_space(f, r.end);
        if (sp != std::string_view::npos) {
          if (auto const se = match_scale(ctx_, sp, factor)) {
            // « 10 mille » but not « 2 000 milliers »
            r.value *= factor;
            r.scale = factor;
            r.end = static_cast<std::uint32_t>(se);
            r.flags |= reading_flags::scaled;
            r.flags &= static_cast<std::uint16_t>(~reading_flags::year_like);
          }
        }
      }
      r.kind = (r.value == std::floor(r.value)) ? number_kind::cardinal : number_kind::decimal;
      extend_after(r, false);
      ratio_after(r);
      if (r.has(reading_flags::year_like) && r.end != tok_end && !r.has(reading_flags::hyphen_next)) r.flags &= static_cast<std::uint16_t>(~reading_flags::year_like);
      out.push_back(r);
      first = false;
      if (r.end >= tok_end) return tv_.token_at_or_after(i, r.end);
      // continue after separators inside the token
      pos = r.end;
      while (pos < tok_end && !grammar::detail::is_digit(f[pos])) ++pos;
    }
    return i + 1;
  }

  /// A plain number (digits or cardinal words) at pos: « 3 », « trois », « cent vingt et un ».
  [[nodiscard]] bool simple_number_at(std::size_t pos, double& v, std::size_t& end) const noexcept {
    char const* p = at(pos);
    if (grammar::detail::scan_digits(p, end_ptr(), v)) {
      end = static_cast<std::size_t>(p - ctx_.folded.data());
      return grammar::detail::word_boundary(p, end_ptr());
    }
    std::uint64_t u = 0;
    p = at(pos);
    if (grammar::detail::scan_number_words(p, end_ptr(), false, u)) {
      v = static_cast<double>(u);
      end = static_cast<std::size_t>(p - ctx_.folded.data());
      return true;
    }
    return false;
  }

  /// A fraction in words at pos: « un tiers », « trois quarts », « un cinquième », « deux cinquièmes ».
  [[nodiscard]] bool word_fraction_at(std::size_t pos, double& value, std::size_t& end) const noexcept {
    auto const f = ctx_.folded;
    char const* p = at(pos);
    std::uint64_t v = 0;
    if (!grammar::detail::scan_number_words(p, end_ptr(), false, v)) return false;
    auto const e = static_cast<std::size_t>(p - f.data());
    auto const sp = skip_space(f, e);
    if (sp == std::string_view::npos) return false;
    auto const w = word_at(ctx_, sp);
    double den = fraction_denominator(w, v >= 2);
    if (den == 2 && v != 1) den = 0;
    if (den != 0) {
      value = static_cast<double>(v) / den;
      end = sp + w.size();
      return true;
    }
    std::uint64_t o = 0;
    char const* q = at(sp);
    if (w.empty() || w.starts_with("premi") || w.starts_with("second") ||
        !grammar::detail::scan_number_words(q, end_ptr(), true, o) || o < 3)
      return false;
    std::string_view const ow = f.substr(sp, static_cast<std::size_t>(q - at(sp)));
    bool const plural = ow.ends_with("s");
    // « un troisième mandat » is an ordinal: a singular fraction needs « de » or nothing after it
    auto const after = static_cast<std::size_t>(q - f.data());
    auto const nw = after + 1 < f.size() && f[after] == ' ' ? word_at(ctx_, after + 1) : std::string_view{};
    bool const of_follows = nw.empty() || nw == "de" || nw == "des" || nw == "du" || f.substr(after).starts_with(" d'");
    if (!((v >= 2 && plural) || (!plural && of_follows))) return false;
    value = static_cast<double>(v) / static_cast<double>(o);
    end = after;
    return true;
  }

  /// « X sur Y » after a reading: « un sur trois », « 1 sur 20 », « neuf sur dix ».
  void ratio_after(reading& r) const {
    auto const f = ctx_.folded;
    if (r.kind != number_kind::cardinal || r.value < 0 || !f.substr(r.end).starts_with(" sur ")) return;
    double d = 0;
    std::size_t e = 0;
    if (!simple_number_at(r.end + 5, d, e) || d == 0 || d < r.value) return;
    r.value /= d;
    r.end = static_cast<std::uint32_t>(e);
    r.kind = number_kind::fraction;
    r.flags &= static_cast<std::uint16_t>(~reading_flags::article);
  }

  std::size_t word_token(std::size_t i, std::vector<reading>& out) const {
    auto const& t = tv_[i];
    auto const f = ctx_.folded;
    auto const b0 = f[t.a_begin];
    // number words start with one of these letters
    switch (b0) {
    case 'z': case 'u': case 'd': case 't': case 'q': case 'c': case 's': case 'h': case 'n': case 'o':
    case 'v': case 'm': case 'b': case 'p': case 'l': case 'a': break;
    default: return i + 1;
    }
    if (t.a_begin > 1 && f[t.a_begin - 1] == '-' && grammar::detail::is_digit(f[t.a_begin - 2]))
      return i + 1;  // « 13-second »
    // the first two bytes before the word's end: most words fail here
    if (t.a_begin + 1 >= f.size() || !may_start_number_word(f[t.a_begin], f[t.a_begin + 1])) return i + 1;
    {
      char const* w0 = at(t.a_begin);
      char const* we = grammar::detail::letters_end(w0, end_ptr());
      auto const len = static_cast<std::size_t>(we - w0);
      if (len < 2 || len > 18 || !may_start_number_word({w0, len})) return i + 1;
    }
    char const* p = at(t.a_begin);
    std::uint64_t v = 0;
    reading r;
    r.begin = t.a_begin;
    r.first_token = static_cast<std::uint32_t>(i);
    r.flags = reading_flags::words;
    if (grammar::detail::scan_number_words(p, end_ptr(), false, v)) {
      r.end = static_cast<std::uint32_t>(p - f.data());
      r.value = static_cast<double>(v);
      r.kind = number_kind::cardinal;
      std::string_view const txt = f.substr(r.begin, r.end - r.begin);
      bool const lone_un = txt == "un" || txt == "une";
      if (lone_un) r.flags |= reading_flags::article;
      // « neuf » the adjective: « un immeuble neuf », « flambant neuf », « à neuf »
      if (txt == "neuf") {
        bool const noun_next = i + 1 < tv_.size() && tv_[i + 1].kind == tokenize::token_kind::word &&
                               !in_list(tv_.folded(i + 1), neuf_blockers);
        bool const det_before = i == 0 || tv_[i - 1].kind != tokenize::token_kind::word ||
                                in_list(tv_.folded(i - 1), neuf_openers);
        if (!noun_next || !det_before) return i + 1;
      }
      // the last word was a power: « trois millions » (for « et demi », « et trois quarts »)
      auto const cut = txt.find_last_of(" -");
      std::string_view const last_word = cut == std::string_view::npos ? txt : txt.substr(cut + 1);
      if (last_word.starts_with("million")) r.scale = 1e6;
      else if (last_word.starts_with("milliard")) r.scale = 1e9;
      else if (last_word == "mille") r.scale = 1e3;
      else if (last_word.starts_with("billion")) r.scale = 1e12;
      double fv = 0;
      std::size_t fe = 0;
      // a denominator may follow: « tiers », « quart(s) », « demi(e) », « -ième(s) »
      auto const nxt = r.end + 1 < f.size() && f[r.end] == ' ' ? word_at(ctx_, r.end + 1) : std::string_view{};
      bool const den_next = !nxt.empty() && (nxt == "tiers" || nxt.starts_with("quart") || nxt.starts_with("demi") ||
                                             nxt.find("ième") != std::string_view::npos ||
                                             nxt.find("ieme") != std::string_view::npos ||
                                             may_start_number_word(nxt));
      if (den_next && word_fraction_at(r.begin, fv, fe) && fe > r.end) {
        // « un tiers », « trois quarts », « deux cinquièmes »
        r.value = fv;
        r.end = static_cast<std::uint32_t>(fe);
        r.kind = number_kind::fraction;
        r.flags &= static_cast<std::uint16_t>(~reading_flags::article);
        // « un demi-million »
        if (fv == 0.5 && f.substr(r.end).starts_with("-million")) {
          r.value = 5e5;
          r.end += 8;
          r.kind = number_kind::cardinal;
        }
      } else {
        auto const rest = f.substr(r.end);
        double sv = 0;
        std::size_t se = 0;
        if (rest.starts_with(" virgule ") && simple_number_at(r.end + 9, sv, se) && sv == std::floor(sv)) {
          // « deux cent virgule cinquante-deux »
          std::string_view const dtxt = f.substr(r.end + 9, se - r.end - 9);
          double digits = sv < 10 ? 1 : sv < 100 ? 2 : sv < 1000 ? 3 : 4;
          if (dtxt.starts_with("zéro ") || dtxt.starts_with("zero ")) digits += 1;
          r.value += sv / std::pow(10.0, digits);
          r.end = static_cast<std::uint32_t>(se);
          r.kind = number_kind::decimal;
        } else if (rest.starts_with(" et ") && word_fraction_at(r.end + 4, sv, se)) {
          // « cent et trois quarts », « cinq milliards et trois quarts », « un et un demi »
          r.value += sv * (r.scale > 1 ? r.scale : 1);
          r.end = static_cast<std::uint32_t>(se);
          r.kind = number_kind::fraction;
          r.flags &= static_cast<std::uint16_t>(~reading_flags::article);
        } else {
          // « une douzaine », « trois milliers » (collective amounts: the quantities layer reads them as vague)
          double factor = 1;
          auto const sp = skip_space(f, r.end);
          if (sp != std::string_view::npos) {
            auto const se2 = match_scale(ctx_, sp, factor);
            auto const w = word_at(ctx_, sp);
            if (se2 && (w.starts_with("douzaine") || w.starts_with("millier"))) {
              r.value *= factor;
              r.end = static_cast<std::uint32_t>(se2);
              r.flags |= reading_flags::collective;
              r.flags &= static_cast<std::uint16_t>(~reading_flags::article);
            }
          }
          extend_after(r, r.scale > 1);
          ratio_after(r);
        }
      }
      out.push_back(r);
      return tv_.token_at_or_after(i, r.end);
    }
    p = at(t.a_begin);
    if (grammar::detail::scan_number_words(p, end_ptr(), true, v)) {
      r.end = static_cast<std::uint32_t>(p - f.data());
      std::string_view const txt = f.substr(r.begin, r.end - r.begin);
      auto const nw = i + 1 < tv_.size() ? tv_.folded(i + 1) : std::string_view{};
      auto const pw = i > 0 ? tv_.folded(i - 1) : std::string_view{};
      if (txt.starts_with("premi") && (nw == "ministre" || nw == "ministres")) return i + 1;
      if (txt.starts_with("second") && (pw == "une" || pw == "quelques" || pw == "chaque" ||
                                        (i > 0 && tv_[i - 1].kind == tokenize::token_kind::number)))
        return i + 1;
      r.value = static_cast<double>(v);
      r.kind = number_kind::ordinal;
      // « quatre centièmes », « cent trente cinquièmes »: a count of parts, not a rank
      auto const cut = txt.find_last_of(" -");
      if (txt.ends_with("s") && cut != std::string_view::npos && txt[cut] == ' ') {
        char const* q = at(r.begin);
        std::uint64_t c = 0, o = 0;
        char const* d = at(r.begin + cut + 1);
        if (grammar::detail::scan_number_words(q, at(r.begin + cut), false, c) && q == at(r.begin + cut) &&
            grammar::detail::scan_number_words(d, end_ptr(), true, o) && o != 0) {
          r.value = static_cast<double>(c) / static_cast<double>(o);
          r.kind = number_kind::fraction;
        }
      }
      out.push_back(r);
      return tv_.token_at_or_after(i, r.end);
    }
    // « la moitié »
    std::string_view const w = tv_.folded(i);
    if (w == "moitié" || w == "moitie") {
      r.end = t.a_end;
      if (i > 0 && tv_.folded(i - 1) == "la") {
        r.begin = tv_[i - 1].a_begin;
        r.first_token = static_cast<std::uint32_t>(i - 1);
      }
      r.value = 0.5;
      r.kind = number_kind::fraction;
      out.push_back(r);
      return i + 1;
    }
    // relative ordinals: « dernier », « avant-dernier », « prochain », « précédente »
    if (auto const rel = relative_ordinal(w); !rel.word.empty()) {
      r.end = t.a_end;
      r.value = rel.offset;
      if (w.starts_with("avant-") && i > 0 && tv_.folded(i - 1) == "l'" && tv_[i - 1].a_end == t.a_begin) {
        r.begin = tv_[i - 1].a_begin;  // « l'avant-dernier »
        r.first_token = static_cast<std::uint32_t>(i - 1);
      } else if (rel.base == ordinal_base::end && rel.offset == 0 && i >= 4 &&
                 (tv_.folded(i - 1) == "le" || tv_.folded(i - 1) == "la" || tv_.folded(i - 1) == "les") &&
                 tv_.folded(i - 2) == "avant" && tv_.folded(i - 3) == "d'" &&
                 tv_.folded(i - 4).starts_with("cel")) {
        r.begin = tv_[i - 4].a_begin;  // « celui d'avant le dernier »
        r.first_token = static_cast<std::uint32_t>(i - 4);
        r.value = -1;
      }
      r.kind = number_kind::ordinal;
      r.relative = rel.base;
      r.flags |= reading_flags::relative;
      out.push_back(r);
      return i + 1;
    }
    return i + 1;
  }

  std::size_t ordinal_token(std::size_t i, std::vector<reading>& out) const {
    auto const& t = tv_[i];
    reading r;
    r.begin = t.a_begin;
    r.end = t.a_end;
    r.first_token = static_cast<std::uint32_t>(i);
    r.kind = number_kind::ordinal;
    char const* p = at(t.a_begin);
    std::uint64_t v = 0;
    if (grammar::detail::scan_ordinal_digits(p, at(t.a_end), v)) {
      r.value = static_cast<double>(v);
      out.push_back(r);
      return i + 1;
    }
    // Roman: « XXe siècle », « IIIe République », « Ier »
    auto const a = tv_.analysed(i);
    std::size_t k = 0;
    while (k < a.size() && a[k] >= 'A' && a[k] <= 'Z') ++k;
    auto const rv = roman_value(a.substr(0, k));
    auto const suf = tv_.folded(i).substr(k);
    if (rv != 0 && (suf == "e" || suf == "er" || suf == "ème" || suf == "eme" || suf == "re" || suf == "es")) {
      r.value = rv;
      out.push_back(r);
    }
    return i + 1;
  }
};

/// All readings of a document.
[[nodiscard]] inline std::vector<reading> scan_numbers(context const& ctx,
                                                     std::vector<std::uint32_t>* collectives = nullptr) {
  std::vector<reading> out;
  out.reserve(ctx.tokens.size() / 16 + 4);
  number_scanner{ctx, collectives}.run(out);
  return out;
}

} // namespace detail
} // namespace depeche::recognize

#endif
