// SPDX-License-Identifier: MIT
// The dates recognizer: temporal expressions of a document, resolved to TIMEX3 against a reference date.
//
//   depeche::recognize::analysis a{doc, depeche::parse_reference_time("2025-05-01").value()};
//   for (auto const& t : depeche::recognize::dates{}(a.view()))
//     std::cout << name(t.type) << ' ' << t.value.value_or("null") << '\n';   // « le 26 avril » → DATE 2025-04-26
//
// Without a reference date, the document's own date is looked for near its top (« date 2025-03 »,
// « lundi, 24 février », « Publié le 3 mars 2025 »); when none is found, relative expressions stay
// underspecified (« XXXX-04-24 », « XXXX-WXX-4 »).
#ifndef DEPECHE_RECOGNIZE_DATES_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_DATES_HPP_INCLUDED

#include <depeche/grammar/calendar.hpp>
#include <depeche/grammar/date.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/timex.hpp>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::recognize {

/// A temporal expression: TIMEX3 type, value and mod, interval bounds, original byte offsets.
///
/// JSON (field names are a public contract): `type` (DATE, TIME, DURATION, SET), `value`, `mod`,
/// `from`, `to`, `begin`, `end`, `text`; SETs with a count add `freq` (« deux fois par semaine » → 2X).
struct temporal {
  timex_type type = timex_type::date;
  std::optional<std::string> value;  ///< « 2025-04-26 », « 2025-W17 », « 196X », « P3W », « XXXX-04-24 »; null for some intervals
  std::optional<std::string> mod;    ///< « START », « MID », « END », « APPROX », « BEFORE », « AFTER », ...
  std::optional<std::string> from;   ///< interval start (« depuis octobre 2024 » → « 2024-10 »)
  std::optional<std::string> to;     ///< interval end (« jusqu'en 2026 » → « 2026 »)
  std::optional<std::string> freq;   ///< SET frequency: « 2X »
  std::uint32_t begin = 0;           ///< original byte offsets
  std::uint32_t end = 0;
  friend bool operator==(temporal const&, temporal const&) = default;
};

/// Options of the dates recognizer.
struct dates_options {
  /// Look for the document's own date near its top when the context has no reference date.
  bool detect_document_date = true;
  /// How far from the top (analysed bytes) the document date may be.
  std::uint32_t document_date_window = 2500;
  /// A clock time with no date written (« mis à jour à 11h20 ») is on the day written earlier in its
  /// sentence, else on the reference day (2025-03-14T11:20); false leaves it unanchored (T11:20).
  bool anchor_times = true;
};

/// One expression as the grammar read it, before resolution (analysed offsets).
struct temporal_match {
  grammar::ast::temporal expr;
  std::uint32_t a_begin = 0, a_end = 0;  ///< analysed (= folded) offsets of the span
  std::uint32_t first_token = 0, last_token = 0;
  std::uint32_t flags = 0;
};

namespace detail {

/// Roles of words in anchoring: a CORE word triggers a parse attempt; PREFIX words before it may be
/// part of the expression, and may start it unless they are INNER words (« et », « y », « cours »);
/// AFTER_NUMBER words make a number a core word when they follow it (« 3 mars », « 14 heures »).
enum anchor_role : std::uint8_t { no_role = 0, core = 1, prefix = 2, inner = 4, after_number = 8 };

/// A small open-addressing hash set of folded words with their anchor role. The probe reads a
/// compact array (tag and role, 8 bytes a slot: stays in cache); words are compared on a tag hit only.
class word_roles {
public:
  void add(std::string_view w, std::uint8_t role) {
    if (w.empty() || w.size() > 40) return;
    if (meta_.empty()) {
      meta_.resize(1024);
      words_.resize(1024);
    }
    if ((count_ + 1) * 2 > meta_.size()) grow();
    insert(std::string(w), role);
  }
  [[nodiscard]] std::uint8_t find(std::string_view w) const noexcept {
    if (meta_.empty() || w.size() > 40 || w.empty()) return no_role;
    if (!(lengths_[static_cast<unsigned char>(w[0])] & (std::uint64_t{1} << w.size())) ||
        !(last_lengths_[static_cast<unsigned char>(w.back())] & (std::uint64_t{1} << w.size())))
      return no_role;
    auto const mask = meta_.size() - 1;
    auto const h = hash(w);
    auto const tag = static_cast<std::uint32_t>(h >> 32);
    for (auto i = h & mask;; i = (i + 1) & mask) {
      auto const m = meta_[i];
      if (m.role == no_role) return no_role;
      if (m.tag == tag && words_[i] == w) return m.role;
    }
  }

private:
  struct meta {
    std::uint32_t tag = 0;  ///< high half of the word's hash
    std::uint8_t role = no_role;
  };
  std::vector<meta> meta_;
  std::vector<std::string> words_;
  std::size_t count_ = 0;
  std::array<std::uint64_t, 256> lengths_{};       ///< bit L of [b]: some word starts with byte b and has L bytes
  std::array<std::uint64_t, 256> last_lengths_{};  ///< bit L of [b]: some word ends with byte b and has L bytes

  /// The last 1 to 7 bytes of a word as one number (all of them, given the length).
  static std::uint64_t tail(char const* p, std::size_t n) noexcept {
    if (n >= 4) {
      std::uint32_t x, y;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      return x | (std::uint64_t{y} << 32);
    }
    auto b = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
    return b(0) | (b(n / 2) << 8) | (b(n - 1) << 16);
  }
  /// Eight bytes at a time (words are short: usually one multiplication).
  static std::uint64_t hash(std::string_view w) noexcept {
    std::uint64_t h = 1469598103934665603ull ^ w.size();
    std::size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
      std::uint64_t c;
      std::memcpy(&c, w.data() + i, 8);
      h = (h ^ c) * 0x9E3779B97F4A7C15ull;
      h ^= h >> 32;
    }
    if (i < w.size()) h = (h ^ tail(w.data() + i, w.size() - i)) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
  }
  void insert(std::string w, std::uint8_t role) {
    lengths_[static_cast<unsigned char>(w[0])] |= std::uint64_t{1} << w.size();
    last_lengths_[static_cast<unsigned char>(w.back())] |= std::uint64_t{1} << w.size();
    auto const mask = meta_.size() - 1;
    auto const h = hash(w);
    auto const tag = static_cast<std::uint32_t>(h >> 32);
    for (auto i = h & mask;; i = (i + 1) & mask) {
      auto& m = meta_[i];
      if (m.role == no_role) {
        words_[i] = std::move(w);
        m.tag = tag;
        m.role = role;
        ++count_;
        return;
      }
      if (words_[i] == w) {
        m.role |= role;
        return;
      }
    }
  }
  void grow() {
    std::vector<meta> old_meta;
    std::vector<std::string> old_words;
    old_meta.swap(meta_);
    old_words.swap(words_);
    meta_.resize(old_meta.size() * 2);
    words_.resize(old_meta.size() * 2);
    count_ = 0;
    for (std::size_t i = 0; i < old_meta.size(); ++i)
      if (old_meta[i].role != no_role) insert(std::move(old_words[i]), old_meta[i].role);
  }
};

inline constexpr std::string_view prefix_words[] = {
    "le", "la", "les", "l'", "du", "de", "d'", "des", "en", "au", "aux", "à", "entre", "depuis", "dès",
    "jusqu'", "jusque", "il", "dans", "avant", "après", "apres", "pendant", "durant", "pour",
    "vers", "environ", "autour", "peu", "début", "debut", "fin", "mi", "milieu", "courant",
    "ce", "cet", "cette", "ces", "chaque", "tous", "toutes", "tout", "toute", "un", "une", "quelques",
    "plusieurs", "quelque", "divers", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent",
    "mille", "premier", "première", "premiere", "premiers", "premières", "second", "seconde", "deuxième", "deuxieme",
    "troisième", "troisieme", "quatrième", "quatrieme", "dernier", "dernière", "derniers", "dernières", "prochain",
    "prochaine", "prochains", "prochaines", "(", "par", "saint", "nouvel", "fête",
    "fete", "réveillon", "reveillon", "veille", "mois", "tout", "vingt-et-un", "dix-sept", "dix-huit", "dix-neuf",
    "soixante-dix", "quatre-vingt", "quatre-vingts", "quatre-vingt-dix", "les", "jour",
};

/// Prefix words that never start an expression.
inline constexpr std::string_view inner_words[] = {
    "et", "y", "a", "partir", "ici", "cours", "tard", "tôt", "tot", "près", "pres", "alentours", "fois", "sur",
    "plus", "moins", "pas", "t", "q", "demi",
};

/// Words that, after a number, may continue a temporal expression (besides calendar words).
inline constexpr std::string_view after_number_words[] = {
    "h", "et", "à", "a", "au", "aux", "fois", "du", "de", "d'", "dans", "ce", "cet", "cette", "am", "pm", "a.m.",
    "p.m.", "er", "e", "ème", "eme", "-", "–", "/", ":", ".", "prochain", "prochaine", "dernier", "dernière",
    "derniers", "dernières", "premiers", "premières", "prochains", "prochaines", "jusqu'", "le", "en",
};

inline constexpr std::string_view core_words[] = {
    "maintenant", "midi", "minuit", "aujourd'hui", "quotidien", "quotidienne", "quotidiens", "quotidiennes",
    "matins", "soirs", "siècle", "siecle", "quinzaine", "années", "annees", "mi-", "demi-heure", "demi-journée",
    "demi-journee", "demi-année", "demi-annee", "mi-temps", "demie", "quart", "quarts",
};

[[nodiscard]] inline bool is_blank_byte(char c) noexcept { return c == ' ' || c == '\t'; }

} // namespace detail

/// Finds temporal expressions in French text and resolves them to TIMEX3.
class dates {
public:
  explicit dates(grammar::calendar const& cal = grammar::calendar::french(), dates_options opts = {})
      : cal_(&cal), opts_(opts) {
    build_roles();
  }
  dates(dates const& o) : cal_(o.cal_), opts_(o.opts_) { build_roles(); }
  dates& operator=(dates const& o) {
    cal_ = o.cal_;
    opts_ = o.opts_;
    roles_ = {};
    build_roles();
    return *this;
  }

  /// The temporal expressions of a document, in text order, resolved against `ctx.reference`
  /// or, when it is absent, the document's own date.
  [[nodiscard]] std::vector<temporal> operator()(context const& ctx) const {
    std::vector<temporal> out;
    find(ctx, out);
    return out;
  }

  /// The record type, for recognize::pipeline (see recognize::recognizer).
  using value_type = temporal;

  /// The temporal expressions of a document (the recognize::recognizer interface).
  [[nodiscard]] std::vector<temporal> find(context const& ctx) const { return (*this)(ctx); }

  /// Appends the expressions of a document to `out`.
  void find(context const& ctx, std::vector<temporal>& out) const {
    // scratch storage kept per thread: no allocation (nor page faults) per document in steady state
    thread_local std::vector<temporal_match> matches;
    matches.clear();
    match(ctx, matches);
    std::optional<reference_point> ref;
    if (ctx.reference) ref = reference_point::of(*ctx.reference);
    else if (opts_.detect_document_date) ref = document_date(ctx, matches);
    resolve_all(ctx, matches, ref, out);
  }

  /// Unresolved matches (analysed offsets), for callers that resolve themselves.
  void match(context const& ctx, std::vector<temporal_match>& out) const;

  /// The document's own date, from a dateline near its top, or nothing.
  [[nodiscard]] std::optional<reference_point> document_date(context const& ctx,
                                                             std::vector<temporal_match> const& matches) const;
  [[nodiscard]] std::optional<reference_point> document_date(context const& ctx) const {
    std::vector<temporal_match> m;
    match(ctx, m);
    return document_date(ctx, m);
  }

  /// Resolves matches in text order (the narrative anchor follows the text).
  void resolve_all(context const& ctx, std::vector<temporal_match> const& matches,
                   std::optional<reference_point> const& ref, std::vector<temporal>& out) const;

  [[nodiscard]] grammar::calendar const& calendar() const noexcept { return *cal_; }

private:
  grammar::calendar const* cal_;
  dates_options opts_;
  detail::word_roles roles_;

  void build_roles() {
    using detail::core;
    using detail::prefix;
    for (auto w : detail::prefix_words) roles_.add(w, prefix);
    for (auto w : detail::inner_words) roles_.add(w, detail::inner);
    for (auto w : detail::after_number_words) roles_.add(w, detail::after_number);
    for (auto w : detail::core_words) roles_.add(w, core);
    // one-word entries get `single`; in longer ones, the first word gets `first` and the next ones `rest`
    auto add_table = [&](auto const& spellings, std::uint8_t single, std::uint8_t first, std::uint8_t rest) {
      auto add = [&](std::string_view w, std::uint8_t r) {
        if (r == detail::no_role || w.empty()) return;
        if (w.back() == '.' && w.size() > 1) roles_.add(w.substr(0, w.size() - 1), r);
        roles_.add(w, r);
        // « l'action », « d'avril »: the word after an elision is a token of its own
        if (auto ap = w.find('\''); ap != std::string_view::npos && ap + 1 < w.size()) {
          roles_.add(w.substr(0, ap + 1), prefix);
          roles_.add(w.substr(ap + 1), r);
        }
      };
      for (auto const& e : spellings) {
        std::string_view t = e.text;
        if (t.find(' ') == std::string_view::npos) {
          add(t, single);
          continue;
        }
        std::size_t b = 0;
        while (b < t.size()) {
          auto sp = t.find(' ', b);
          if (sp == std::string_view::npos) sp = t.size();
          add(t.substr(b, sp - b), b == 0 ? first : rest);
          b = sp + 1;
        }
      }
    };
    auto const inner = static_cast<std::uint8_t>(detail::inner);
    auto const after = static_cast<std::uint8_t>(detail::after_number);
    // calendar words may follow a number (« 3 mars », « 14 heures », « 8 du matin »)
    auto const core_after = static_cast<std::uint8_t>(core | after);
    add_table(grammar::french_months, core_after, core_after, inner);
    add_table(grammar::english_months, core_after, core_after, inner);
    add_table(grammar::french_weekdays, core_after, core_after, inner);
    add_table(grammar::english_weekdays, core, core, inner);
    add_table(grammar::french_seasons, core, core, inner);
    add_table(grammar::french_units, core_after, core_after, inner);
    add_table(grammar::french_relative_days, core, prefix, inner);  // « avant hier »: « hier » is the core
    add_table(grammar::french_day_parts, core_after, prefix, inner);
    add_table(grammar::french_frequencies, core, core, inner);
    add_table(grammar::french_holidays, core, core, inner);  // « fête des mères »: « fête » triggers
    add_table(grammar::common_time_zones, after, after, detail::no_role);
    extra_roles_from(*cal_);
  }
  void extra_roles_from(grammar::calendar const&) {}

public:
  /// Declares more anchor words (for spellings added to the calendar): `core` words trigger a
  /// parse attempt, `prefix` words may start one before a core word.
  void add_anchor(std::string_view folded_word, bool is_core = true) {
    roles_.add(folded_word, is_core ? detail::core : detail::prefix);
  }

private:
  [[nodiscard]] std::uint8_t role_of(context const& ctx, tokenize::token const& t) const noexcept;
  [[nodiscard]] bool keep(context const& ctx, temporal_match const& m) const noexcept;
  /// A calendar word glued to the next word by page extraction: « févrierAucun ».
  [[nodiscard]] bool glued_calendar_word(context const& ctx, tokenize::token const& t) const noexcept {
    if (t.kind != tokenize::token_kind::word || ctx.analysed.size() != ctx.folded.size()) return false;
    auto const a = ctx.analysed.substr(t.a_begin, t.a_end - t.a_begin);
    for (std::size_t k = 3; k < a.size() && k < 12; ++k) {
      bool const prev_lower = (a[k - 1] >= 'a' && a[k - 1] <= 'z') || static_cast<unsigned char>(a[k - 1]) >= 0x80;
      if (a[k] >= 'A' && a[k] <= 'Z' && prev_lower)
        return (roles_.find(ctx.folded.substr(t.a_begin, k)) & detail::after_number) != 0;
    }
    return false;
  }
};

//=== implementation ===//
namespace detail {

/// Nouns after which a four-digit number is a year: « le budget 2026 », « la saison 2024-… »,
/// « l'horizon 2030 », « la loi de finances 2026 », « les JO 2024 », « la présidentielle 2027 ».
inline constexpr std::string_view year_nouns[] = {
    "budget", "budgets", "exercice", "exercices", "saison", "saisons", "campagne", "plan", "horizon", "objectif",
    "objectifs", "finances", "jo", "jeux", "édition", "promotion", "promo", "millésime", "cuvée", "rentrée",
    "session", "présidentielle", "présidentielles", "législatives", "municipales", "européennes", "régionales",
    "sénatoriales", "départementales", "mondial", "agenda", "programmation", "calendrier", "cru", "bilan",
    "classement", "palmarès", "recensement", "bac", "baccalauréat", "trajectoire", "stratégie", "vision", "cuvee",
    "edition", "millesime", "presidentielle", "legislatives", "europeennes", "regionales"};

/// The year written by number token i when a year noun stands right before it (1900..2100), else nothing.
[[nodiscard]] inline std::optional<int> year_after_noun(context const& ctx, std::uint32_t i) noexcept {
  auto const toks = ctx.tokens;
  if (i == 0 || i >= toks.size() || toks[i].kind != tokenize::token_kind::number) return std::nullopt;
  auto const& t = toks[i];
  if (t.a_end - t.a_begin != 4) return std::nullopt;
  auto const f = ctx.folded;
  int y = 0;
  for (auto k = t.a_begin; k < t.a_end; ++k) {
    if (f[k] < '0' || f[k] > '9') return std::nullopt;
    y = y * 10 + (f[k] - '0');
  }
  if (y < 1900 || y > 2100) return std::nullopt;
  auto const& p = toks[i - 1];
  if (p.kind != tokenize::token_kind::word || p.a_end + 1 != t.a_begin || f[p.a_end] != ' ') return std::nullopt;
  // « budget 2026 000 euros », « saison 2024-2025 » (the grammar's), « plan 2026 € »: no year alone
  if (i + 1 < toks.size()) {
    auto const& nx = toks[i + 1];
    if (nx.kind == tokenize::token_kind::number) return std::nullopt;
    if (nx.a_begin == t.a_end) {  // glued: only a punctuation mark that ends the phrase (« 2026. », « 2026, »)
      auto const c = f[nx.a_begin];
      bool const ends_phrase = c == '.' || c == ',' || c == ';' || c == ')' || c == '!' || c == '?' || c == ':' || c == '"';
      if (!ends_phrase || (t.a_end + 1 < f.size() && grammar::detail::is_digit(f[t.a_end + 1]))) return std::nullopt;
    }
  }
  auto const w = f.substr(p.a_begin, p.a_end - p.a_begin);
  if (w.size() < 2 || w.size() > 16) return std::nullopt;
  for (auto const n : year_nouns)
    if (n == w) return y;
  return std::nullopt;
}

/// Words before a clock-like « 2 h 06 » that make it a measured time: « sous les 2 h 06 », « en 2 h 06 »,
/// « un record de 2 h 01 », « un chrono de », « un temps de », « en moins de ».
[[nodiscard]] inline bool race_time(context const& ctx, temporal_match const& m) noexcept {
  namespace ast = grammar::ast;
  auto const& a = m.expr.a;
  if (m.expr.what != ast::kind::point || m.expr.mod_ != ast::mod::none || a.hour == ast::unset ||
      a.minute == ast::unset || a.day != ast::unset || a.month != ast::unset || a.weekday != ast::unset ||
      a.year != ast::unset || a.deictic || a.anaphoric || a.pm || a.am || a.part != ast::day_part::none ||
      a.tz_minutes != ast::unset || a.mod_ != ast::mod::none)
    return false;
  auto const toks = ctx.tokens;
  auto const n = static_cast<std::uint32_t>(toks.size());
  auto word = [&](std::uint32_t k) -> std::string_view {
    if (k >= n) return {};
    return ctx.folded.substr(toks[k].a_begin, toks[k].a_end - toks[k].a_begin);
  };
  // written « 2 h 06 » or « 2h06 »: an « h » (no « heures », no « : »)
  bool h = false;
  for (auto k = m.first_token; k < m.last_token && k < n; ++k) {
    auto const w = word(k);
    if (w == "h" || (w.size() >= 4 && w.find('h') != std::string_view::npos && w[0] >= '0' && w[0] <= '9')) h = true;
    if (w == "à" || w == "vers" || w == "dès" || w == "heures" || w == "heure") return false;
  }
  // the cue stands before the hour (the match may start with « en »)
  auto k = m.first_token;
  while (k < m.last_token && k < n && !(toks[k].kind == tokenize::token_kind::number ||
                                       (toks[k].a_end > toks[k].a_begin && grammar::detail::is_digit(ctx.folded[toks[k].a_begin]))))
    ++k;
  if (!h || k == 0 || k >= n) return false;
  auto const w1 = word(k - 1);
  auto const w2 = k >= 2 ? word(k - 2) : std::string_view{};
  if (w1 == "en") return true;
  if (w1 == "les" && w2 == "sous") return true;
  if (w1 == "des" && w2 == "barre") return true;  // « sous la barre des 2 h 06 »
  if (w1 == "de" || w1 == "d'") {
    static constexpr std::string_view nouns[] = {"record", "chrono", "chronomètre", "temps", "moins", "performance",
                                                 "marque", "meilleur", "référence", "victoire"};
    for (auto const x : nouns)
      if (w2 == x) return true;
  }
  return false;
}

/// Turns a clock reading into the duration it measures: « 2 h 06 » → PT2H6M.
inline void as_duration(grammar::ast::temporal& t) noexcept {
  namespace ast = grammar::ast;
  ast::temporal d;
  d.what = ast::kind::duration;
  d.dur.amount[static_cast<std::size_t>(ast::unit::hour)] = t.a.hour;
  d.dur.amount[static_cast<std::size_t>(ast::unit::minute)] = t.a.minute;
  if (t.a.second != ast::unset) d.dur.amount[static_cast<std::size_t>(ast::unit::second)] = t.a.second;
  t = d;
}

} // namespace detail

inline std::uint8_t dates::role_of(context const& ctx, tokenize::token const& t) const noexcept {
  using tokenize::token_kind;
  switch (t.kind) {
  case token_kind::number:
  case token_kind::ordinal: return detail::core | detail::prefix;
  case token_kind::punctuation: {
    // « (2023) »: a parenthesis starts an expression only before a year
    if (t.a_end - t.a_begin != 1 || ctx.folded[t.a_begin] != '(') return detail::no_role;
    auto const f = ctx.folded;
    std::size_t k = t.a_end;
    std::size_t digits = 0;
    while (k < f.size() && f[k] >= '0' && f[k] <= '9') ++k, ++digits;
    return digits == 4 && k < f.size() && (f[k] == ')' || f[k] == ' ') ? detail::prefix : detail::no_role;
  }
  case token_kind::word: break;
  default: return detail::no_role;
  }
  auto const w = ctx.folded.substr(t.a_begin, t.a_end - t.a_begin);
  if (w.empty()) return detail::no_role;
  if (grammar::detail::is_digit(w[0])) return detail::core;  // « 14h30 », « 48h », « 3jours »
  if (w.size() == 2 && (w[0] == 't' || w[0] == 'q' || w[0] == 'h' || w[0] == 's') && w[1] >= '1' && w[1] <= '4')
    return detail::core;  // « T1 2025 »
  if (w.size() > 3 && w[0] == 'm' && w[1] == 'i' && w[2] == '-') return detail::core;  // « mi-avril »
  auto r = roles_.find(w);
  if (r != detail::no_role) return r;
  if (w.size() > 1 && w.back() == '.') return roles_.find(w.substr(0, w.size() - 1));  // « févr. »
  // « ce mois-ci », « cette année-là »: the word before the particle
  // (the hyphen is tested first: most words end otherwise)
  if (w.size() > 3 && ((w[w.size() - 3] == '-' && w.ends_with(std::string_view("-ci"))) ||
                       (w[w.size() - 4] == '-' && w.ends_with(std::string_view("-là")))))
    return roles_.find(w.substr(0, w.rfind('-')));
  // « quarante-huit heures », « vingt-quatre heures »: a number in words written with hyphens, whose
  // pieces are all number words, may start an expression like each of them
  if (w.size() > 4 && w.find('-') != std::string_view::npos) {
    std::size_t b = 0;
    while (b <= w.size()) {
      auto e = w.find('-', b);
      if (e == std::string_view::npos) e = w.size();
      if (e == b || !(roles_.find(w.substr(b, e - b)) & detail::prefix)) return r;
      b = e + 1;
    }
    return detail::prefix;
  }
  return r;
}

inline void dates::match(context const& ctx, std::vector<temporal_match>& out) const {
  auto const toks = ctx.tokens;
  auto const n = static_cast<std::uint32_t>(toks.size());
  char const* const base = ctx.folded.data();
  char const* const last = base + ctx.folded.size();
  grammar::date_state st;
  st.cal = cal_;
  if (ctx.analysed.size() == ctx.folded.size()) {
    st.folded_base = ctx.folded.data();
    st.cased_base = ctx.analysed.data();
    st.text_size = ctx.folded.size();
  }
  std::uint32_t consumed = 0;  // analysed offset before which no new match may start
  thread_local std::vector<std::uint8_t> roles;
  roles.assign(n, 0);
  // a plain number is worth a parse only when what follows may continue a date (« 3 mars », « 14 heures »,
  // « du 13 au 15 »), when it may be a year, or when it is written like a date or a time (« 24/02/2025 »).
  // One pass over the tokens: the role of token k is computed, then the number before it is settled.
  for (std::uint32_t k = 0; k <= n; ++k) {
    if (k < n) roles[k] = role_of(ctx, toks[k]);
    if (k == 0) continue;
    auto const i = k - 1;
    if (toks[i].kind != tokenize::token_kind::number) continue;
    auto const w = ctx.folded.substr(toks[i].a_begin, toks[i].a_end - toks[i].a_begin);
    bool plain = true;
    std::size_t digits = 0;
    for (char c : w) {
      if (c >= '0' && c <= '9') ++digits;
      else if (c == '/' || c == '-' || c == ':' || c == '.') plain = false;
    }
    if (!plain) continue;
    bool const year_like = digits == 4 && w.size() == 4 && (w[0] == '1' || w[0] == '2');
    bool const next_ok = i + 1 < n && toks[i + 1].a_begin - toks[i].a_end <= 2 &&
                         ((roles[i + 1] & detail::after_number) || toks[i + 1].kind == tokenize::token_kind::number);
    bool const glued_next = i + 1 < n && toks[i + 1].a_begin == toks[i].a_end;  // « 3h », « 4pm »
    if (!year_like && !next_ok && !glued_next && !(i + 1 < n && glued_calendar_word(ctx, toks[i + 1])))
      roles[i] = detail::prefix;
  }

  for (std::uint32_t i = 0; i < n; ++i) {
    if (!(roles[i] & detail::core) || toks[i].a_begin < consumed) continue;
    // walk back over prefix words on the same line
    std::uint32_t s = i;
    while (s > 0 && i - s < 8) {
      auto const& prev = toks[s - 1];
      if (prev.a_begin < consumed || !(roles[s - 1] & (detail::prefix | detail::core | detail::inner))) break;
      if (toks[s].has(tokenize::token_flags::newline_before)) break;
      --s;
    }
    bool found = false;
    for (std::uint32_t j = s; j <= i; ++j) {
      if (j != i && !(roles[j] & (detail::prefix | detail::core))) continue;  // inner words start nothing
      // « à l'… » starts no expression of the grammar (« par rapport à l'an dernier »): skip the attempt
      if (j < i && toks[j].a_end - toks[j].a_begin == 2 && ctx.folded.substr(toks[j].a_begin, 2) == "\xC3\xA0" &&
          ctx.folded.substr(toks[j + 1].a_begin, toks[j + 1].a_end - toks[j + 1].a_begin) == "l'")
        continue;
      char const* first = base + toks[j].a_begin;
      char const* const start = first;
      if (!grammar::parse_temporal(first, last, st)) continue;
      auto e = static_cast<std::uint32_t>(first - base);
      if (e <= toks[i].a_begin) continue;  // the match must cover the core word
      auto b = static_cast<std::uint32_t>(start - base);
      if (st.begin_mark) b = static_cast<std::uint32_t>(st.begin_mark - base);
      if (st.end_mark) e = static_cast<std::uint32_t>(st.end_mark - base);
      while (e > b && (detail::is_blank_byte(base[e - 1]) || base[e - 1] == ',')) --e;
      if (e <= b) continue;
      temporal_match m;
      m.expr = st.t;
      m.a_begin = b;
      m.a_end = e;
      m.flags = st.flags;
      // token range
      std::uint32_t ft = j;
      while (ft < n && toks[ft].a_end <= b) ++ft;
      std::uint32_t lt = ft;
      while (lt < n && toks[lt].a_begin < e) ++lt;
      m.first_token = ft;
      m.last_token = lt;
      auto const end_here = static_cast<std::uint32_t>(first - base);
      // the reading that starts first wins (« le 9 mai » over « 9 mai »)
      if (!keep(ctx, m)) continue;
      // « sous les 2 h 06 », « en 1 h 59 »: a measured time, not a time of day
      if (detail::race_time(ctx, m)) detail::as_duration(m.expr);
      consumed = end_here;
      out.push_back(std::move(m));
      found = true;
      break;
    }
    if (found) {
      while (i + 1 < n && toks[i + 1].a_begin < consumed) ++i;
    } else if (auto y = detail::year_after_noun(ctx, i)) {
      // « le budget 2026 », « la saison 2024 »: a year named by the noun before it
      temporal_match m;
      m.expr.what = grammar::ast::kind::point;
      m.expr.a.year = *y;
      m.a_begin = toks[i].a_begin;
      m.a_end = toks[i].a_end;
      m.first_token = i;
      m.last_token = i + 1;
      consumed = m.a_end;
      out.push_back(std::move(m));
    }
  }
}

inline bool dates::keep(context const& ctx, temporal_match const& m) const noexcept {
  namespace f = grammar::date_flags;
  namespace ast = grammar::ast;
  auto const toks = ctx.tokens;
  auto const n = static_cast<std::uint32_t>(toks.size());
  auto word = [&](std::uint32_t k) -> std::string_view {
    if (k >= n) return {};
    return ctx.folded.substr(toks[k].a_begin, toks[k].a_end - toks[k].a_begin);
  };
  auto prev_word = [&]() -> std::string_view { return m.first_token > 0 ? word(m.first_token - 1) : std::string_view{}; };
  auto const first = m.first_token < n ? toks[m.first_token] : tokenize::token{};
  bool const sentence_initial = m.first_token == 0 || toks[m.first_token - 1].kind == tokenize::token_kind::punctuation ||
                                first.has(tokenize::token_flags::newline_before);
  auto const& t = m.expr;

  if (m.flags & f::bare_month) {
    if (m.flags & f::abbreviated) return false;
    if (first.has(tokenize::token_flags::capitalized) && !sentence_initial) return false;  // « Mars », « Avril Lavigne »
  }
  if ((m.flags & f::numeric_short) && t.a.year == ast::unset && !t.has_to) {  // « 22/04 »: two digits each, or a cue before
    auto const w = word(m.first_token);
    bool const two_two = w.size() == 5 && (w[2] == '/');
    auto const p = prev_word();
    bool const cue = p == "le" || p == "du" || p == "au" || p == "depuis" || p == "dès" || p == "et" || p == "entre" ||
                     p == "jusqu'au" || p == "(";
    if (!two_two && !cue) return false;
  }
  if ((m.flags & f::year_range) && t.what == ast::kind::interval && t.a.month == ast::unset && t.b.month == ast::unset &&
      t.a.day == ast::unset && t.a.hour == ast::unset) {
    // « 1950-1953 »: fine in parentheses or before punctuation; « 1500-2000 soldats » is a quantity
    auto const p = prev_word();
    if (p != "(" && p != "en") {
      if (m.last_token < n && toks[m.last_token].kind == tokenize::token_kind::word) {
        auto const nx = word(m.last_token);
        static constexpr std::string_view ok[] = {"et", "ou", "puis", "le", "la", "les", "l'", "selon", "à", "au", "en",
                                                   "pour", "par", "avec", "dans", "sur", "alors", "mais", "contre"};
        if (std::find(std::begin(ok), std::end(ok), nx) == std::end(ok)) return false;
      }
    }
  }
  if (t.what == ast::kind::point && t.a.hour != ast::unset && t.a.minute != ast::unset && t.a.day == ast::unset &&
      t.a.weekday == ast::unset && t.a.month == ast::unset && !t.a.deictic) {
    // « en 2 h 05 min 30 s », « après 2 h 41 min de jeu »: a measured time (a quantity), not a time of day
    auto const nx = word(m.last_token);
    if (nx == "min" || nx == "mn" || nx == "minutes") return false;
  }
  if (t.what == ast::kind::duration && m.first_token >= 2 && prev_word() == "h" &&
      toks[m.first_token - 2].kind == tokenize::token_kind::number &&
      toks[m.first_token].kind == tokenize::token_kind::number)
    return false;  // « 05 min » of « 2 h 05 min 30 s »
  if (m.flags & f::frequency_word) {
    auto const p = prev_word();
    if (p == "le" || p == "un" || p == "du" || p == "au" || p == "ce" || p == "l'" || p == "les" || p == "des" || p == "aux")
      return false;
  }
  if (t.what == ast::kind::duration) {
    auto const p = prev_word();
    bool const cue = p == "pendant" || p == "durant" || p == "depuis" || p == "en" || p == "pour" || p == "sur" ||
                     p == "de" || p == "d'" || p == "dans" || p == "après" || p == "avant";
    if (t.dur.vague && !cue && word(m.first_token) != "pendant" && word(m.first_token) != "depuis") return false;
    // « un jour » alone means « someday »
    auto const w0 = word(m.first_token);
    if ((w0 == "un" || w0 == "une") && m.last_token == m.first_token + 2 && !cue) {
      auto const u = word(m.first_token + 1);
      if (u == "jour" || u == "moment" || u == "temps") return false;
    }
  }
  return true;
}

namespace detail {

/// Whether the sentence around a token is in the future or the past, from the verb forms nearest to it.
/// `markers` caches, per token, 0 (not computed yet), 1 (none), 2 (future), 3 (past) or 4 (weak future:
/// « sont attendus », counted only when `weak_future`, for weekdays).
[[nodiscard]] inline tense sentence_tense(context const& ctx, std::uint32_t token_index, std::vector<std::uint8_t>& markers,
                                          bool weak_future = false) {
  auto const toks = ctx.tokens;
  auto const n = static_cast<std::uint32_t>(toks.size());
  // sentence bounds
  std::uint32_t sb = 0, se = n;
  auto const it = std::upper_bound(ctx.sentences.begin(), ctx.sentences.end(), token_index,
                                   [](std::uint32_t k, tokenize::sentence const& x) { return k < x.first_token; });
  if (it != ctx.sentences.begin()) {
    auto const& s = *(it - 1);
    if (token_index < s.last_token) sb = s.first_token, se = s.last_token;
  }
  auto ends = [](std::string_view w, std::string_view suffix) {
    return w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix;
  };
  // words that mark a tense by themselves: 1 future, 2 past
  static detail::word_roles const words = [] {
    detail::word_roles r;
    for (std::string_view w : {"sera", "seront", "aura", "auront", "fera", "feront", "ira", "iront", "pourra", "pourront",
                               "devra", "devront", "viendra", "prochain", "prochaine", "prévu", "prévue", "prévus",
                               "prévues", "devrait", "devraient",
                               "pourrait", "pourraient", "will", "tomorrow"})
      r.add(w, 1);
    // expected events: « des orages sont attendus », « un vote programmé » (not after « avoir »): weak
    // evidence, enough to place a weekday within a week, not a month in another year
    for (std::string_view w : {"attendu", "attendue", "attendus", "attendues", "programmé", "programmée",
                               "programmés", "programmées"})
      r.add(w, 3);
    for (std::string_view w : {"a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "eu", "été", "dernier",
                               "dernière", "hier", "was", "were", "had", "did", "yesterday"})
      r.add(w, 2);
    return r;
  }();
  // a conditional: « aurait signé » is past, « serait parti » too (verbs of motion take « être »),
  // « serait présenté », « présenterait » look ahead (the future of reported speech); « aurait » or
  // « serait » without a participle (« il y aurait », « serait malade »): none
  auto conditional = [&](std::uint32_t k, std::string_view w) -> int {
    bool const avoir = w == "aurait" || w == "auraient";
    bool const etre = w == "serait" || w == "seraient";
    if (!avoir && !etre) return 1;
    std::uint32_t j = k + 1;
    auto next = [&]() -> std::string_view {
      if (j >= n || toks[j].kind != tokenize::token_kind::word) return {};
      return ctx.folded.substr(toks[j].a_begin, toks[j].a_end - toks[j].a_begin);
    };
    auto v = next();
    while ((v == "pas" || v == "déjà" || v == "jamais" || v == "également" || v == "aussi" || v == "bien") && j < k + 3) {
      ++j;
      v = next();
    }
    bool const participle = v == "eu" || v == "été" || v == "fait" || v == "dit" || v == "pris" || v == "mis" ||
                            v == "né" || v == "mort" || ends(v, "é") || ends(v, "ée") || ends(v, "és") ||
                            ends(v, "ées") || ends(v, "i") || ends(v, "is") || ends(v, "u") || ends(v, "us") ||
                            ends(v, "it");
    if (avoir) return participle ? -1 : 0;
    // « serait malade », « serait en fuite »: a hedged present, no tense
    if (!participle) return 0;
    static constexpr std::string_view motion[] = {"parti", "arrivé", "mort", "né", "décédé", "venu", "tombé", "entré",
                                                  "sorti", "resté", "allé", "devenu", "revenu", "rentré", "retourné",
                                                  "passé", "monté", "descendu", "apparu", "intervenu", "survenu"};
    for (auto const x : motion)
      if (v.starts_with(x) && v.size() <= x.size() + 3) return -1;
    return 1;
  };
  auto compute = [&](std::uint32_t k) -> int {
    auto const& t = toks[k];
    if (t.kind != tokenize::token_kind::word || t.a_end - t.a_begin > 16) return 0;
    auto const w = ctx.folded.substr(t.a_begin, t.a_end - t.a_begin);
    if (auto const r = words.find(w)) {
      if (r == 3) {
        auto const p = k > 0 ? ctx.folded.substr(toks[k - 1].a_begin, toks[k - 1].a_end - toks[k - 1].a_begin)
                             : std::string_view{};
        return p == "a" || p == "ont" || p == "avait" || p == "avaient" || p == "ai" || p == "avons" ? 0 : 2;
      }
      return r == 1 ? 1 : -1;
    }
    if ((w == "va" || w == "vont") && k + 1 < n) {
      auto const& nx = toks[k + 1];
      auto const v = ctx.folded.substr(nx.a_begin, nx.a_end - nx.a_begin);
      if (ends(v, "er") || ends(v, "ir") || ends(v, "re")) return 1;
    }
    if (w.size() < 5) return 0;
    switch (w.back()) {
    case 't':  // « reprendront », « avait »; the conditional « présenterait » looks ahead
      if ((w.size() >= 7 && ends(w, "ront")) || ends(w, "eront") || ends(w, "iront")) return 1;
      if (ends(w, "rait") || ends(w, "raient")) {
        // the conditional endings no imperfect shares (« présenterait », « prendrait », « prévoirait »,
        // « permettrait », « verrait »); « déclarait », « finirait » stay undecided (« -raient »: past)
        bool const cond = w == "serait" || w == "seraient" || w == "aurait" || w == "auraient" || w == "ferait" ||
                          w == "feraient" || ends(w, "erait") || ends(w, "eraient") || ends(w, "drait") ||
                          ends(w, "draient") || ends(w, "rrait") || ends(w, "rraient") || ends(w, "ttrait") ||
                          ends(w, "ttraient") || ends(w, "oirait") || ends(w, "oiraient");
        if (cond) return conditional(k, w);
        return ends(w, "raient") ? -1 : 0;
      }
      if (ends(w, "aient") || ends(w, "ait") || ends(w, "èrent")) return -1;
      return 0;
    case 'a': return ends(w, "era") || ends(w, "ira") || ends(w, "dra") ? 1 : 0;
    case 'i': return ends(w, "drai") || ends(w, "erai") ? 1 : 0;
    case 's': return ends(w, "erons") ? 1 : 0;
    case 'z': return ends(w, "erez") ? 1 : 0;
    case 'd': return ends(w, "ed") ? -1 : 0;  // English past (tweets, quotes): « attacked »
    default: return 0;
    }
  };
  if (markers.size() != n) markers.assign(n, 0);
  auto marker = [&](std::uint32_t k) -> int {
    if (markers[k] == 0) {
      int const m = compute(k);
      markers[k] = static_cast<std::uint8_t>(m == 0 ? 1 : m == 2 ? 4 : (m > 0 ? 2 : 3));
    }
    switch (markers[k]) {
    case 2: return 1;
    case 3: return -1;
    case 4: return weak_future ? 1 : 0;
    default: return 0;
    }
  };
  // the nearest marker wins
  for (std::uint32_t d = 1; d < 40; ++d) {
    bool any = false;
    if (token_index >= d && token_index - d >= sb) {
      any = true;
      if (auto const m = marker(token_index - d)) return m > 0 ? tense::future : tense::past;
    }
    if (token_index + d < se) {
      any = true;
      if (auto const m = marker(token_index + d)) return m > 0 ? tense::future : tense::past;
    }
    if (!any) break;
  }
  return tense::unknown;
}

/// Whether tokens i and j are in the same sentence.
[[nodiscard]] inline bool same_sentence(context const& ctx, std::uint32_t i, std::uint32_t j) noexcept {
  auto const of = [&](std::uint32_t k) {
    auto const it = std::upper_bound(ctx.sentences.begin(), ctx.sentences.end(), k,
                                     [](std::uint32_t x, tokenize::sentence const& s) { return x < s.first_token; });
    return it - ctx.sentences.begin();
  };
  return of(i) == of(j);
}

} // namespace detail

inline std::optional<reference_point> dates::document_date(context const& ctx,
                                                           std::vector<temporal_match> const& matches) const {
  namespace ast = grammar::ast;
  auto const toks = ctx.tokens;
  auto const n = static_cast<std::uint32_t>(toks.size());
  auto word = [&](std::uint32_t k) -> std::string_view {
    if (k >= n) return {};
    return ctx.folded.substr(toks[k].a_begin, toks[k].a_end - toks[k].a_begin);
  };
  // the latest explicit year of the document pins the year of « lundi, 24 février »
  int max_year = ast::unset;
  auto note_year = [&](ast::point const& p) {
    if (p.year != ast::unset && !p.two_digit_year && p.year <= 2199 && (max_year == ast::unset || p.year > max_year))
      max_year = p.year;
  };
  for (auto const& m : matches) {
    note_year(m.expr.a);
    note_year(m.expr.b);
  }
  for (std::uint32_t k = 0; k + 1 < n; ++k) {  // « © 2025 »
    auto const w = word(k);
    if (w == "\xC2\xA9" || w == "copyright") {
      auto const y = word(k + 1);
      if (y.size() == 4 && std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        int const v = std::stoi(std::string(y));
        if (v >= 1990 && v <= 2199 && (max_year == ast::unset || v > max_year)) max_year = v;
      }
    }
  }

  struct candidate {
    reference_point date;
    int strength = 0;
  };
  std::vector<candidate> cands;
  for (auto const& m : matches) {
    if (m.a_begin > opts_.document_date_window) break;
    auto const& t = m.expr;
    if (t.what != ast::kind::point || t.mod_ != ast::mod::none || t.a.mod_ != ast::mod::none) continue;
    auto const& a = t.a;
    if (a.deictic || a.anaphoric || a.holiday >= 0 || a.period != ast::unit::none || a.season_ != ast::season::none)
      continue;
    // cues just before: « publié le », « mis à jour le », « date », « par <auteur> »
    int strength = 0;
    std::uint32_t lo = m.first_token > 4 ? m.first_token - 4 : 0;
    for (std::uint32_t k = lo; k < m.first_token; ++k) {
      auto const w = word(k);
      if (w == "publié" || w == "publiée" || w == "publie" || w == "date" || w == "daté" || w == "mis" ||
          w == "modifié" || w == "actualisé" || w == "posté" || w == "par" || w == "updated" || w == "published")
        strength = 2;
    }
    // a line of its own, or the page's dateline
    auto const line_begin = ctx.folded.rfind('\n', m.a_begin);
    auto const line_end = ctx.folded.find('\n', m.a_end);
    auto const line_len = (line_end == std::string_view::npos ? ctx.folded.size() : line_end) -
                          (line_begin == std::string_view::npos ? 0 : line_begin + 1);
    bool const short_line = line_len <= 60;
    reference_point d;
    if (a.day != ast::unset && a.month != ast::unset) {
      d.month = a.month, d.day = a.day;
      int weekday = a.weekday;
      // a weekday glued to the previous word by page extraction (« Sousalundi, 24 février »)
      if (weekday == ast::unset && m.first_token > 1 && word(m.first_token - 1) == ",") {
        auto const w = word(m.first_token - 2);
        static constexpr std::string_view days[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
        for (int k = 0; k < 7; ++k)
          if (w.size() > days[k].size() && w.substr(w.size() - days[k].size()) == days[k]) weekday = k + 1;
      }
      if (a.year != ast::unset) {
        d.year = a.two_digit_year ? detail::expand_two_digit_year(a.year, std::nullopt) : a.year;
      } else if (weekday != ast::unset && max_year != ast::unset) {
        // the year closest to the document's latest year where that day has that weekday
        for (int k = 0; k <= 12 && d.year == ast::unset; ++k)
          for (int y : {max_year - k, max_year + k})
            if (d.year == ast::unset && a.day <= days_in_month(y, a.month) && timex::weekday(y, a.month, a.day) == weekday)
              d.year = y;
      }
      if (d.year == ast::unset) continue;
      if (weekday != ast::unset) strength = std::max(strength, 2);
      // a full date alone on a short line near the top (not an embedded post's signature)
      auto const line = ctx.folded.substr(line_begin == std::string_view::npos ? 0 : line_begin + 1, line_len);
      if (short_line && a.year != ast::unset && m.a_begin < 800 && line.find("(@") == std::string_view::npos &&
          !line.starts_with("\xE2\x80\x94"))
        strength = std::max(strength, 1);
    } else if (a.year != ast::unset && a.month != ast::unset && a.day == ast::unset && m.first_token > 0 &&
               word(m.first_token - 1) == "date") {
      d.year = a.year, d.month = a.month;  // « date 2025-03 »
      strength = 2;
    } else {
      continue;
    }
    if (d.year == ast::unset || strength < 1) continue;
    cands.push_back({d, strength});
  }
  if (cands.empty()) return std::nullopt;
  int const best = std::max_element(cands.begin(), cands.end(), [](auto const& x, auto const& y) {
                     return x.strength < y.strength;
                   })->strength;
  // among the strongest, the earliest: a page header shows today, the article its own (earlier) date
  std::optional<reference_point> out;
  for (auto const& c : cands) {
    if (c.strength != best) continue;
    auto key = [](reference_point const& r) {
      return timex::ymd{r.year, r.has_month() ? r.month : 1, r.has_day() ? r.day : 1};
    };
    if (!out || key(c.date) < key(*out)) out = c.date;
  }
  return out;
}

inline void dates::resolve_all(context const& ctx, std::vector<temporal_match> const& matches,
                               std::optional<reference_point> const& ref, std::vector<temporal>& out) const {
  namespace ast = grammar::ast;
  resolve_context rc;
  rc.cal = cal_;
  rc.reference = ref;
  rc.anchor_times = opts_.anchor_times;
  std::uint32_t tense_sentence = UINT32_MAX;
  std::uint32_t narrative_token = UINT32_MAX;  // first token of the match that set the narrative anchor
  thread_local std::vector<std::uint8_t> markers;
  markers.clear();
  out.reserve(out.size() + matches.size());
  for (auto const& m : matches) {
    auto const& t = m.expr;
    // the tense matters only for expressions placed against the reference by it
    bool const needs_tense = (t.a.month != ast::unset && t.a.year == ast::unset) || t.a.weekday != ast::unset ||
                             t.a.season_ != ast::season::none || t.a.holiday >= 0 ||
                             (t.has_to && t.b.month != ast::unset && t.b.year == ast::unset) ||
                             (t.has_to && t.b.weekday != ast::unset);
    if (needs_tense && rc.reference) {
      // weak future markers (« attendus ») decide a weekday, not the year of a month
      bool const weekday_only = (t.a.weekday != ast::unset && t.a.month == ast::unset && t.a.day == ast::unset) ||
                                (t.has_to && t.b.weekday != ast::unset && t.b.month == ast::unset && t.b.day == ast::unset);
      rc.sentence_tense = detail::sentence_tense(ctx, m.first_token, markers, weekday_only);
      tense_sentence = m.first_token;
      // « jusqu'à vendredi », « à partir de samedi », « dès lundi »: with no tense marker, an open
      // interval from a weekday or up to it lies ahead
      if (rc.sentence_tense == tense::unknown && (t.a.weekday != ast::unset || t.b.weekday != ast::unset) &&
          m.first_token < ctx.tokens.size()) {
        auto const w0 = ctx.tokens[m.first_token].text(ctx.folded);
        auto const w1 = m.first_token + 1 < ctx.tokens.size() ? ctx.tokens[m.first_token + 1].text(ctx.folded)
                                                             : std::string_view{};
        if (w0 == "dès" || w0 == "jusqu'" || w0 == "jusqu'à" || (w0 == "à" && w1 == "partir"))
          rc.sentence_tense = tense::future;
      }
    } else {
      rc.sentence_tense = tense::unknown;
    }
    (void)tense_sentence;
    // « Publié le 14 août à 8 h 45 - mis à jour à 11h20 »: a clock time alone is on the day written
    // earlier in its sentence, else on the reference day
    bool const clock_only = t.what == ast::kind::point && !t.has_to && t.a.hour != ast::unset &&
                            t.a.day == ast::unset && t.a.month == ast::unset && t.a.year == ast::unset &&
                            t.a.weekday == ast::unset && !t.a.deictic && !t.a.anaphoric && t.a.holiday < 0 &&
                            t.a.period == ast::unit::none && t.a.season_ == ast::season::none;
    auto r = [&] {
      if (clock_only && rc.narrative && narrative_token != UINT32_MAX &&
          detail::same_sentence(ctx, narrative_token, m.first_token)) {
        auto sub = rc;
        sub.reference = reference_point::of(*rc.narrative);
        return resolve(t, sub);
      }
      return resolve(t, rc);
    }();
    if ((m.flags & grammar::date_flags::event_anchor) && !t.has_to) {  // « dix jours après l'accord »: unknown day
      auto sub = rc;
      sub.narrative.reset();
      r = resolve(t, sub);
    }
    // resolve() never gives an empty TIMEX3 string (« premier mois » with nothing to count from gave
    // one: found by fuzz_dates); checked in debug builds
    assert(!(r.value && r.value->empty()) && !(r.from && r.from->empty()) && !(r.to && r.to->empty()));
    if (!r.value && !r.from && !r.to) continue;
    temporal rec;
    rec.type = r.type;
    rec.value = std::move(r.value);
    rec.mod = std::move(r.mod);
    rec.from = std::move(r.from);
    rec.to = std::move(r.to);
    rec.freq = std::move(r.freq);
    auto const o = ctx.to_original({m.a_begin, m.a_end});
    rec.begin = o.begin;
    rec.end = o.end;
    // the narrative anchor: the last day-precise date (« le lendemain » counts from it)
    if (!clock_only && rec.value && rec.value->size() >= 10 && (*rec.value)[4] == '-' && (*rec.value)[7] == '-' &&
        rec.value->find('X') == std::string::npos && rec.type != timex_type::duration && rec.type != timex_type::set) {
      auto const& v = *rec.value;
      auto num = [&](std::size_t p, std::size_t len) {
        int x = 0;
        for (std::size_t k = p; k < p + len; ++k) x = x * 10 + (v[k] - '0');
        return x;
      };
      rc.narrative = timex::ymd{num(0, 4), num(5, 2), num(8, 2)};
      narrative_token = m.first_token;
    }
    out.push_back(std::move(rec));
  }
}

} // namespace depeche::recognize

#endif
