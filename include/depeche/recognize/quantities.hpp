// SPDX-License-Identifier: MIT
// The quantities layer: amounts with qualifiers, units, money, percentages and counted nouns.
#ifndef DEPECHE_RECOGNIZE_QUANTITIES_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_QUANTITIES_HPP_INCLUDED

#include <depeche/grammar/unit.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/detail/number_cache.hpp>
#include <depeche/recognize/detail/number_scan.hpp>
#include <depeche/recognize/recognizer.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstddef>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace depeche::recognize {

/// How a quantity's number relates to the real amount.
enum class quantity_qualifier : std::uint8_t {
  exact,          ///< « 12 000 soldats »
  approximately,  ///< « environ », « près de », « quelque », « autour de », « de l'ordre de », « quasi »
  more_than,      ///< « plus de », « au-delà de », « dépassant »
  less_than,      ///< « moins de »
  at_least,       ///< « au moins », « pas moins de », « à partir de »
  at_most,        ///< « au plus », « jusqu'à », « pas plus de »
  range,          ///< « entre 2 000 et 5 000 », « de 2 000 à 5 000 », « 2 000-5 000 »
  vague,          ///< « des milliers de », « une centaine de », « plusieurs centaines de »
};

[[nodiscard]] constexpr std::string_view name(quantity_qualifier q) noexcept {
  switch (q) {
  case quantity_qualifier::exact: return "exact";
  case quantity_qualifier::approximately: return "approximately";
  case quantity_qualifier::more_than: return "more_than";
  case quantity_qualifier::less_than: return "less_than";
  case quantity_qualifier::at_least: return "at_least";
  case quantity_qualifier::at_most: return "at_most";
  case quantity_qualifier::range: return "range";
  case quantity_qualifier::vague: return "vague";
  }
  return "exact";
}

/// A change the text attaches to the quantity: « augmenter de 16 % », « en baisse de 3 % ».
enum class quantity_change : std::uint8_t { none, increase, decrease };

[[nodiscard]] constexpr std::string_view name(quantity_change c) noexcept {
  switch (c) {
  case quantity_change::none: return "none";
  case quantity_change::increase: return "increase";
  case quantity_change::decrease: return "decrease";
  }
  return "none";
}

/// An amount in the text. `value` is the number (scale words applied: « 540 millions de dollars »
/// → 540000000); `low`/`high` bound ranges, vague amounts and one-sided qualifiers; `unit` is a
/// canonical code (UCUM, ISO 4217, `%`, `%pt`); `counted` the head noun of a count (« soldats »).
/// Offsets are original bytes.
struct quantity {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::optional<double> value;
  std::optional<double> low;
  std::optional<double> high;
  quantity_qualifier qualifier = quantity_qualifier::exact;
  std::optional<std::string> unit;
  ::depeche::dimension dimension = ::depeche::dimension::number;
  std::optional<std::string> counted;
  quantity_change change = quantity_change::none;
  friend bool operator==(quantity const&, quantity const&) = default;
};

/// A phrase before a number that qualifies it; `text` ends with its separator (« plus de », « près d' »).
struct qualifier_cue {
  std::string_view text;
  quantity_qualifier qualifier;
};

/// The built-in French qualifier cues (folded, with their trailing space or apostrophe).
inline constexpr qualifier_cue french_qualifier_cues[] = {
    {"environ ", quantity_qualifier::approximately}, {"près de ", quantity_qualifier::approximately},
    {"près d'", quantity_qualifier::approximately}, {"pres de ", quantity_qualifier::approximately},
    {"quelque ", quantity_qualifier::approximately}, {"autour de ", quantity_qualifier::approximately},
    {"autour d'", quantity_qualifier::approximately}, {"de l'ordre de ", quantity_qualifier::approximately},
    {"de l'ordre d'", quantity_qualifier::approximately}, {"quasi ", quantity_qualifier::approximately},
    {"quasiment ", quantity_qualifier::approximately}, {"presque ", quantity_qualifier::approximately},
    {"approximativement ", quantity_qualifier::approximately}, {"à peu près ", quantity_qualifier::approximately},
    {"aux alentours de ", quantity_qualifier::approximately}, {"aux alentours d'", quantity_qualifier::approximately},
    {"avoisinant ", quantity_qualifier::approximately}, {"avoisinant les ", quantity_qualifier::approximately},
    {"plus ou moins ", quantity_qualifier::approximately}, {"env. ", quantity_qualifier::approximately},
    {"grosso modo ", quantity_qualifier::approximately}, {"dans les ", quantity_qualifier::approximately},
    {"plus de ", quantity_qualifier::more_than}, {"plus d'", quantity_qualifier::more_than},
    {"au-delà de ", quantity_qualifier::more_than}, {"au-delà des ", quantity_qualifier::more_than},
    {"au delà de ", quantity_qualifier::more_than}, {"au-delà d'", quantity_qualifier::more_than},
    {"dépassant ", quantity_qualifier::more_than}, {"dépassant les ", quantity_qualifier::more_than},
    {"supérieur à ", quantity_qualifier::more_than}, {"supérieure à ", quantity_qualifier::more_than},
    {"supérieurs à ", quantity_qualifier::more_than}, {"supérieures à ", quantity_qualifier::more_than},
    {"au-dessus de ", quantity_qualifier::more_than}, {"au-dessus des ", quantity_qualifier::more_than},
    {"excédant ", quantity_qualifier::more_than}, {"plus que ", quantity_qualifier::more_than},
    {"davantage que ", quantity_qualifier::more_than}, {"plus grand que ", quantity_qualifier::more_than},
    {"moins de ", quantity_qualifier::less_than}, {"moins d'", quantity_qualifier::less_than},
    {"inférieur à ", quantity_qualifier::less_than}, {"inférieure à ", quantity_qualifier::less_than},
    {"inférieurs à ", quantity_qualifier::less_than}, {"inférieures à ", quantity_qualifier::less_than},
    {"en dessous de ", quantity_qualifier::less_than}, {"en deçà de ", quantity_qualifier::less_than},
    {"au-dessous de ", quantity_qualifier::less_than}, {"sous la barre des ", quantity_qualifier::less_than},
    {"sous la barre de ", quantity_qualifier::less_than}, {"moins que ", quantity_qualifier::less_than},
    {"plus petit que ", quantity_qualifier::less_than},
    {"au moins ", quantity_qualifier::at_least}, {"pas moins de ", quantity_qualifier::at_least},
    {"pas moins d'", quantity_qualifier::at_least}, {"à partir de ", quantity_qualifier::at_least},
    {"à partir d'", quantity_qualifier::at_least}, {"au minimum ", quantity_qualifier::at_least},
    {"minimum ", quantity_qualifier::at_least}, {"au bas mot ", quantity_qualifier::at_least},
    {"au moins de ", quantity_qualifier::at_least}, {"supérieur ou égal à ", quantity_qualifier::at_least},
    {"supérieure ou égale à ", quantity_qualifier::at_least}, {"égal ou supérieur à ", quantity_qualifier::at_least},
    {"au plus ", quantity_qualifier::at_most}, {"jusqu'à ", quantity_qualifier::at_most},
    {"jusqu'a ", quantity_qualifier::at_most}, {"pas plus de ", quantity_qualifier::at_most},
    {"pas plus d'", quantity_qualifier::at_most}, {"au maximum ", quantity_qualifier::at_most},
    {"maximum ", quantity_qualifier::at_most}, {"tout au plus ", quantity_qualifier::at_most},
    {"n'excédant pas ", quantity_qualifier::at_most}, {"inférieur ou égal à ", quantity_qualifier::at_most},
    {"inférieure ou égale à ", quantity_qualifier::at_most}, {"égal ou inférieur à ", quantity_qualifier::at_most},
    {"inférieurs ou égaux à ", quantity_qualifier::at_most}, {"inférieures ou égales à ", quantity_qualifier::at_most},
    {"plus petit ou égal à ", quantity_qualifier::at_most}, {"plus petits ou égaux à ", quantity_qualifier::at_most},
    {"supérieurs ou égaux à ", quantity_qualifier::at_least}, {"supérieures ou égales à ", quantity_qualifier::at_least},
    {"plus grand ou égal à ", quantity_qualifier::at_least}, {"au moins égal à ", quantity_qualifier::at_least},
    {"au moins ou égal à ", quantity_qualifier::at_least}, {"plus de ou égal à ", quantity_qualifier::at_least},
    {"ne dépassant pas ", quantity_qualifier::at_most}, {"dans la limite de ", quantity_qualifier::at_most},
};

/// Collective nouns of vague amounts: « une centaine de », « des milliers de ».
struct collective_word {
  std::string_view singular;
  std::string_view plural;
  double value;
};

inline constexpr collective_word french_collective_words[] = {
    {"dizaine", "dizaines", 10},         {"douzaine", "douzaines", 12},   {"quinzaine", "quinzaines", 15},
    {"vingtaine", "vingtaines", 20},     {"trentaine", "trentaines", 30}, {"quarantaine", "quarantaines", 40},
    {"cinquantaine", "cinquantaines", 50}, {"soixantaine", "soixantaines", 60}, {"centaine", "centaines", 100},
    {"millier", "milliers", 1e3},        {"million", "millions", 1e6},    {"milliard", "milliards", 1e9},
};

/// Words after a number that are not the noun it counts (folded).
inline constexpr std::string_view french_count_stopwords[] = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "et", "ou", "à", "au", "aux", "en", "dans",
    "sur", "sous", "par", "pour", "avec", "sans", "entre", "vers", "chez", "contre", "selon", "depuis",
    "pendant", "avant", "après", "ont", "sont", "a", "est", "était", "étaient", "été", "sera", "seront",
    "serait", "seraient", "fait", "font", "ce", "ces", "cet", "cette", "c'", "qui", "que", "qu'", "dont", "où",
    "il", "ils", "elle", "elles", "on", "nous", "vous", "se", "s'", "ne", "n'", "y", "plus", "moins",
    "environ", "près", "fois", "mais", "donc", "car", "ni", "soit", "comme", "lors", "jusqu'", "alors",
    "déjà", "encore", "aussi", "très", "bien", "tous", "toutes", "tout", "toute", "leur", "leurs", "son", "sa",
    "ses", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "avaient", "auraient", "doivent", "peuvent",
    "vont", "devraient", "pourraient", "avait", "aurait", "ans", "heures", "mois", "jours", "si", "puis",
    "seulement", "chacun", "chacune", "lorsque", "quand", "parmi", "hier", "demain", "aujourd'hui", "contre",
    "mille", "millions", "milliards", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "dernier", "dernière", "derniers", "dernières", "prochain", "prochaine", "sept",
    "près", "pas", "ex", "env", "là", "ici", "même", "mêmes", "autour", "parce",
    "of", "the", "and", "to", "in", "is"};

/// Pre-nominal adjectives that may stand between a number and its noun or unit: « 3 000 autres
/// soldats », « les 7,5 derniers kilomètres », « les 10 prochains jours ».
inline constexpr std::string_view french_count_adjectives[] = {
    "autres", "nouveaux", "nouvelles", "premiers", "premières", "derniers", "dernières", "prochains",
    "prochaines", "précédents", "précédentes", "principaux", "principales", "jeunes", "petits", "petites",
    "grands", "grandes", "vrais", "vraies", "anciens", "anciennes", "bons", "bonnes", "véritables", "longues",
    "longs", "courts", "courtes", "gros", "grosses", "hauts", "hautes", "simples", "seuls", "seules", "pleins",
    "pleines", "maigres", "modestes", "malheureux", "infimes", "rares"};

/// Options of the quantities layer.
struct quantity_options {
  /// Report bare numbers with no unit and no counted noun (« ils étaient 3 000 »).
  bool bare_numbers = true;
  /// Report counted nouns (« 12 000 soldats » → counted « soldats »).
  bool counted_nouns = true;
  /// Join « entre 2 000 et 5 000 », « de 20 à 30 % », « 40-50 ans » into one range; when false each
  /// end is read on its own.
  bool ranges = true;
  /// Report a unit written without a number as a quantity with a null value (« convertir en
  /// degrés Celsius », « le dollar »). Off by default: in news these are rarely amounts.
  bool unit_mentions = false;
};

namespace detail {

/// Stems after which « de X » is a change: « augmenté de 15 % », « en baisse de 3 % ».
inline constexpr std::string_view increase_stems[] = {
    "augment", "hausse", "progress", "grimp", "bondi", "bond", "croissance", "accru", "accroiss", "relev",
    "envol", "gonfl", "majoré", "majorat", "rehauss", "monté", "montée", "gagné", "gagne", "renchér", "flamb",
    "crû", "élev"};
/// Words that make « degrés » an angle and « tours » turns: « tourner à 90 degrés », « un virage à 180 degrés ».
inline constexpr std::string_view angle_cues[] = {"tourn", "angle", "rotation", "pivot", "virage", "inclin",
                                                   "orient", "volte"};
/// « faire 3 tours », « effectuer un demi-tour »: verbs that make « tours » turns.
inline constexpr std::string_view turn_cues[] = {"tourn", "rotation", "pivot", "faire", "fait", "effectu"};

inline constexpr std::string_view decrease_stems[] = {
    "baiss", "dimin", "recul", "chut", "rédui", "réduct", "perdu", "perte", "repli", "plong", "effondr",
    "cédé", "contract", "fondu", "abaiss", "déprécié", "dégringol", "décru", "décroiss", "amput", "dévissé",
    "décroch", "glissé", "tassé", "rétréci", "coupe", "coupé"};

[[nodiscard]] constexpr bool starts_with_any(std::string_view w, auto const& stems) noexcept {
  for (auto const& s : stems)
    if (w.starts_with(s)) return true;
  return false;
}

/// The word that ends right before analysed offset `e` (letters and apostrophes), folded.
[[nodiscard]] inline std::string_view word_before(std::string_view f, std::size_t e) noexcept {
  std::size_t b = e;
  while (b > 0) {
    auto const c = static_cast<unsigned char>(f[b - 1]);
    if ((c >= 'a' && c <= 'z') || c >= 0x80 || c == '-') --b;
    else break;
  }
  return f.substr(b, e - b);
}

} // namespace detail

/// Recognizes quantities: « plus de 12 000 soldats », « 540 millions de dollars », « 16 % »,
/// « entre 2 000 et 5 000 », « des milliers de civils », « 122 mm ».
///
/// Not quantities: years and dates (« en 2024 », « le 3 mars »), times of day (« à 14 h »),
/// designations (« résolution 2397 », « Boeing 737 », « KN-23 »), telephone numbers, URLs,
/// ordinals, fractions and multipliers (those are in the numbers layer).
class quantities {
public:
  using value_type = quantity;
  /// In a pipeline, a quantity overlapping an earlier exclusive record (a date) is dropped.
  static constexpr bool exclusive = true;

  /// Uses the built-in French units.
  quantities() : quantities(detail::default_units()) {}
  /// Uses `table`, which must outlive the recognizer (e.g. `units::french_default().with(extra)`).
  explicit quantities(units const& table, quantity_options opts = {}) : units_(&table), opts_(opts) {}
  /// The table is held by reference: a temporary would dangle.
  explicit quantities(units&&, quantity_options = {}) = delete;
  /// The built-in French units with options.
  explicit quantities(quantity_options opts) : quantities(detail::default_units(), opts) {}

  /// The quantities of `ctx`, in text order.
  [[nodiscard]] std::vector<quantity> find(context const& ctx) const {
    std::vector<quantity> out;
    find(ctx, out);
    return out;
  }

  /// Appends the quantities of `ctx` to `out` (its capacity is reused: no allocation per
  /// document once it is large enough).
  void find(context const& ctx, std::vector<quantity>& out) const {
    // scratch buffers reused across documents on this thread
    thread_local detail::number_scan scratch;
    auto const& scan = detail::scan_of(ctx, scratch);
    auto const first = out.size();
    work w{ctx, *units_, opts_, scan.readings, scan.collectives, out, first};
    w.run();
  }
  [[nodiscard]] std::vector<quantity> operator()(context const& ctx) const { return find(ctx); }

private:
  units const* units_;
  quantity_options opts_;

  struct unit_hit {
    unit const* u = nullptr;
    std::size_t begin = 0, end = 0;  // analysed span of the unit text
    unit_spelling const* spelling = nullptr;
  };

  struct draft {
    std::size_t begin = 0, end = 0;  // analysed
    std::optional<double> value, low, high;
    quantity_qualifier q = quantity_qualifier::exact;
    unit const* u = nullptr;
    std::string_view counted;
    quantity_change change = quantity_change::none;
  };

  struct work {
    context const& ctx;
    units const& table;
    quantity_options const& opts;
    std::vector<detail::reading> const& rs;
    std::vector<std::uint32_t> const& collective_tokens;  // candidate collective nouns, in order
    std::vector<quantity>& out;
    std::size_t first_out = 0;  // records before this index belong to the caller
    std::string_view f = ctx.folded;
    detail::token_view tv{ctx};

    void run() {
      std::size_t ci = 0;  // next collective candidate token
      for (std::size_t k = 0; k < rs.size(); ++k) {
        auto const& r = rs[k];
        // vague collectives before this reading
        ci = collectives_until(ci, r.begin);
        if (analysed_end_ > r.begin) continue;  // inside a previous quantity
        if (r.kind == number_kind::ordinal || r.kind == number_kind::multiplier) continue;
        if (r.has(detail::reading_flags::identifier)) continue;
        k = reading_quantity(k);
      }
      collectives_until(ci, f.size());
      if (opts.unit_mentions) unit_mentions();
    }

    /// Units written without a number: « convertir en degrés Celsius », « le dollar ».
    void unit_mentions() {
      std::vector<quantity> extra;
      std::size_t qi = first_out;
      for (std::size_t ti = 0; ti < tv.size(); ++ti) {
        auto const& t = tv[ti];
        if (t.kind != tokenize::token_kind::word) continue;
        auto const o = ctx.to_original({t.a_begin, t.a_end});
        while (qi < out.size() && out[qi].end <= o.begin) ++qi;
        if (qi < out.size() && out[qi].begin < o.end) continue;
        auto const m = table.find(f, ctx.analysed, t.a_begin);
        if (!m || m.spelling->ambiguous || m.spelling->u->scale != 1) continue;
        auto const dim = m.spelling->u->dim;
        if (dim == ::depeche::dimension::duration || dim == ::depeche::dimension::percentage) continue;
        // a one-letter symbol only when it stands alone (« m »); a plural names things (« en barils »),
        // except temperature scales (« en degrés Celsius »)
        if (m.end - t.a_begin < 2 && tv.size() != 1) continue;
        if (m.spelling->text.ends_with('s') && dim != ::depeche::dimension::temperature) continue;
        // the unit must end where a token ends
        auto const te = tv.token_at_or_after(ti, m.end);
        if (te < tv.size() && tv[te].a_begin < m.end) continue;
        if (qi < out.size() && ctx.to_original({t.a_begin, static_cast<std::uint32_t>(m.end)}).end > out[qi].begin) continue;
        quantity q;
        auto const os = ctx.to_original({t.a_begin, static_cast<std::uint32_t>(m.end)});
        q.begin = os.begin;
        q.end = os.end;
        q.unit = std::string(m.spelling->u->code);
        q.dimension = dim;
        extra.push_back(std::move(q));
        ti = te - 1;
      }
      if (extra.empty()) return;
      std::vector<quantity> merged;
      merged.reserve(out.size() - first_out + extra.size());
      auto const tail = out.begin() + static_cast<std::ptrdiff_t>(first_out);
      std::merge(std::make_move_iterator(tail), std::make_move_iterator(out.end()), std::make_move_iterator(extra.begin()),
                 std::make_move_iterator(extra.end()), std::back_inserter(merged),
                 [](quantity const& x, quantity const& y) { return x.begin < y.begin; });
      out.erase(tail, out.end());
      out.insert(out.end(), std::make_move_iterator(merged.begin()), std::make_move_iterator(merged.end()));
    }

    std::size_t analysed_end_ = 0;

    //=== units and nouns after a number ===//

    /// A unit after analysed offset e: glued (« 3km », « 12€ »), after a space, or after « de »/« d' »
    /// when `of_ok` (« 3 millions de dollars », « des milliers d'euros »).
    [[nodiscard]] unit_hit unit_after(std::size_t e, bool of_ok) const {
      unit_hit h;
      auto try_at = [&](std::size_t p) {
        if (p >= f.size()) return false;
        auto const m = table.find(f, ctx.analysed, p);
        if (!m) return false;
        h = {m.spelling->u, p, m.end, m.spelling};
        return true;
      };
      if (try_at(e)) return h;
      if (e + 1 < f.size() && f[e] == '-' && grammar::detail::letter_length(f.data() + e + 1, f.data() + f.size()) &&
          try_at(e + 1))
        return h;  // « 2,5-km », « trois-tonnes »
      if (e < f.size() && f[e] == ' ') {
        if (try_at(e + 1)) return h;
        if (of_ok) {
          if (f.substr(e + 1).starts_with("de ") && try_at(e + 4)) return h;
          if (f.substr(e + 1).starts_with("d'") && try_at(e + 3)) return h;
        }
        // « les 7,5 derniers kilomètres », « 3 bons mètres »: a pre-nominal adjective, then a unit
        // that is no symbol (« 3 grands A » is no amperes)
        if (auto const adj = detail::word_at(ctx, e + 1); adj.size() >= 4 && (adj.back() == 's' || adj.back() == 'x') &&
                                                         e + 1 + adj.size() < f.size() &&
                                                         f[e + 1 + adj.size()] == ' ' &&
                                                         detail::in_list(adj, french_count_adjectives)) {
          if (try_at(e + 2 + adj.size()) && !h.spelling->ambiguous && h.end - h.begin >= 2) return h;
          h = {};
        }
      }
      return {};
    }

    /// A unit written before the number (« $ 75 », « €20 », « USD 15 »): the token(s) right before `b`.
    [[nodiscard]] unit_hit unit_before(std::size_t first_token, std::size_t b) const {
      if (first_token == 0) return {};
      auto const& last = tv[first_token - 1];
      if (last.a_end != b && !(last.a_end + 1 == b && f[last.a_end] == ' ')) return {};
      // « usd$ 15 »: two glued tokens, longest first
      for (std::size_t back = 2; back >= 1; --back) {
        if (back > first_token) continue;
        auto const& t = tv[first_token - back];
        if (back == 2 && t.a_end != last.a_begin) continue;
        auto const m = table.find(f, ctx.analysed, t.a_begin, true);
        if (m && m.end == last.a_end) return {m.spelling->u, t.a_begin, m.end, m.spelling};
      }
      return {};
    }

    /// The unit a spelling stands for after the number (« millions de livres » are pounds sterling,
    /// « tourner à 90 degrés » is an angle).
    [[nodiscard]] unit const* resolve(unit_hit const& h, bool scaled, std::size_t number_begin) const {
      if (!h.spelling) return h.u;
      if (scaled && h.spelling->after_scale) return h.spelling->after_scale;
      if (h.u->dim == ::depeche::dimension::temperature && angle_context(number_begin)) {
        auto const t = f.substr(h.begin, h.end - h.begin);
        if (t.starts_with("degr") || t == "°") return &units_data::deg;
      }
      return h.u;
    }

    /// An angle cue in the four words before analysed offset b.
    [[nodiscard]] bool angle_context(std::size_t b) const { return cue_context(b, detail::angle_cues); }
    [[nodiscard]] bool turn_context(std::size_t b) const { return cue_context(b, detail::turn_cues); }

    [[nodiscard]] bool cue_context(std::size_t b, auto const& cues) const {
      std::size_t e = b;
      for (int n = 0; n < 4 && e > 0; ++n) {
        while (e > 0 && (f[e - 1] == ' ' || f[e - 1] == '\'')) --e;
        auto const w = detail::word_before(f, e);
        if (w.empty()) return false;
        if (detail::starts_with_any(w, cues)) return true;
        e -= w.size();
      }
      return false;
    }

    /// The counted noun after analysed offset e: « 12 000 soldats », « des milliers de civils ».
    [[nodiscard]] std::pair<std::size_t, std::string_view> counted_after(std::size_t e, bool of_ok,
                                                                       std::size_t hint = SIZE_MAX) const {
      if (!opts.counted_nouns || e >= f.size()) return {0, {}};
      std::size_t p = e;
      if (f[p] != ' ') return {0, {}};
      ++p;
      if (of_ok) {
        if (f.substr(p).starts_with("de ")) p += 3;
        else if (f.substr(p).starts_with("d'")) p += 2;
      }
      std::size_t ti = hint < tv.size() && tv[hint].a_begin <= p ? tv.token_at_or_after(hint, p)
                       : static_cast<std::size_t>(std::lower_bound(ctx.tokens.begin(), ctx.tokens.end(), p,
                                                                   [](tokenize::token const& t, std::size_t x) {
                                                                     return t.a_begin < x;
                                                                   }) -
                                                  ctx.tokens.begin());
      for (int hops = 0; hops < 2 && ti < tv.size(); ++hops, ++ti) {
        auto const& t = tv[ti];
        if (t.a_begin != p && hops == 0) return {0, {}};
        if (t.kind != tokenize::token_kind::word || t.has(tokenize::token_flags::has_digit) ||
            t.has(tokenize::token_flags::elided) || t.has(tokenize::token_flags::abbreviation) ||
            t.has(tokenize::token_flags::all_caps))
          return {0, {}};
        auto const w = tv.folded(ti);
        // capitalized: only a plural noun (« 27 États », « 3 000 Ukrainiens »), not a name
        if (t.has(tokenize::token_flags::capitalized) && !w.ends_with('s') && !w.ends_with('x')) return {0, {}};
        // before the stop words: « les 5 derniers survivants » (but « le 3 dernier » stays no count)
        if (hops == 0 && (w.ends_with('s') || w.ends_with('x')) && detail::in_list(w, french_count_adjectives)) {
          if (ti + 1 < tv.size() && tv[ti + 1].a_begin == t.a_end + 1) {
            p = t.a_end + 1;
            continue;
          }
          return {0, {}};
        }
        if (w.size() < 2 || is_stopword(w)) return {0, {}};
        // a number word is not the noun counted: « trois quatre-vingts »
        if (detail::may_start_number_word(detail::word_at(ctx, t.a_begin))) return {0, {}};
        // the head noun of a compound: « soldats nord-coréens » → « soldats »; « pièces d'artillerie »
        return {t.a_end, w};
      }
      return {0, {}};
    }

    [[nodiscard]] static bool is_stopword(std::string_view w) {
      static detail::string_set const set = [] {
        detail::string_set s;
        for (auto const w : french_count_stopwords) s.emplace(w);
        return s;
      }();
      return set.find(w) != set.end();
    }

    //=== context before a number ===//

    /// The longest qualifier cue ending at analysed offset b.
    [[nodiscard]] std::pair<std::size_t, quantity_qualifier> cue_before(std::size_t b) const {
      // every cue ends with a word from this set followed by a space or an apostrophe
      using bucket_map = std::unordered_map<std::string, std::vector<qualifier_cue>, detail::string_hash, detail::string_equal>;
      static bucket_map const last_words = [] {
        bucket_map m;
        for (auto const& c : french_qualifier_cues) {
          std::string_view key;
          if (c.text.back() == '\'') {
            auto const cut = c.text.find_last_of(" '", c.text.size() - 2);
            key = cut == std::string_view::npos ? c.text : c.text.substr(cut + 1);
          } else {
            auto const t = c.text.substr(0, c.text.size() - 1);
            auto const cut = t.find_last_of(" '");
            key = cut == std::string_view::npos ? t : t.substr(cut + 1);
          }
          m[std::string(key)].push_back(c);
        }
        return m;
      }();
      if (b < 2) return {0, quantity_qualifier::exact};
      std::string_view lw;
      if (f[b - 1] == '\'') {
        auto const w = detail::word_before(f, b - 1);
        lw = f.substr(b - 1 - w.size(), w.size() + 1);
      } else if (f[b - 1] == ' ') {
        lw = detail::word_before(f, b - 1);
      } else {
        return {0, quantity_qualifier::exact};
      }
      if (lw.empty()) return {0, quantity_qualifier::exact};
      auto const bucket = last_words.find(lw);
      if (bucket == last_words.end()) return {0, quantity_qualifier::exact};
      std::size_t best = 0;
      quantity_qualifier q = quantity_qualifier::exact;
      for (auto const& c : bucket->second) {
        auto const n = c.text.size();
        if (n <= best || n > b) continue;
        if (f[b - n] != c.text[0] || f.substr(b - n, n) != c.text) continue;  // first byte: no call on most
        if (b - n > 0 && grammar::detail::letter_length(f.data() + b - n - 1, f.data() + f.size()) != 0) continue;
        auto const lead = static_cast<unsigned char>(f[b - n - (b - n > 0 ? 1 : 0)]);
        if (b - n > 0 && lead >= 0x80) {
          // a multi-byte letter just before the cue
          std::size_t s = b - n - 1;
          while (s > 0 && (static_cast<unsigned char>(f[s]) & 0xC0) == 0x80) --s;
          if (grammar::detail::letter_length(f.data() + s, f.data() + f.size()) != 0) continue;
        }
        best = n;
        q = c.qualifier;
      }
      return {best, q};
    }

    [[nodiscard]] quantity_change change_before(std::size_t b) const {
      // « augmenté de 15 % », « en hausse de 3 % », « a reculé d'un tiers »
      std::size_t e = 0;
      if (b >= 3 && f.substr(b - 3, 3) == "de ") e = b - 3;
      else if (b >= 2 && f.substr(b - 2, 2) == "d'") e = b - 2;
      else return quantity_change::none;
      if (e == 0 || f[e - 1] != ' ') return quantity_change::none;
      auto const w = detail::word_before(f, e - 1);
      if (w.empty()) return quantity_change::none;
      if (detail::starts_with_any(w, detail::increase_stems)) return quantity_change::increase;
      if (detail::starts_with_any(w, detail::decrease_stems)) return quantity_change::decrease;
      return quantity_change::none;
    }

    [[nodiscard]] std::string_view prev_word(std::size_t b) const {
      if (b < 2 || f[b - 1] != ' ') return {};
      return detail::word_before(f, b - 1);
    }
    [[nodiscard]] std::string_view next_word(std::size_t e) const {
      if (e + 1 >= f.size() || f[e] != ' ') return {};
      return detail::word_at(ctx, e + 1);
    }

    //=== one reading ===//

    /// Builds the quantity that starts with reading k; returns the last reading it used.
    std::size_t reading_quantity(std::size_t k) {
      auto const& r = rs[k];
      draft d;
      d.begin = r.begin;
      d.end = r.end;
      d.value = r.value;
      bool const of_ok = r.has(detail::reading_flags::scaled) || (r.has(detail::reading_flags::words) && r.scale > 1) ||
                         r.kind == number_kind::fraction || (r.value >= 1e6 && r.value == std::floor(r.value));
      auto uh = unit_after(r.end, of_ok);
      if (!uh.u && !r.has(detail::reading_flags::glued)) {
        uh = unit_before(r.first_token, r.begin);
        if (uh.u && uh.begin < analysed_end_) uh = {};  // the previous quantity's unit: « 10 € 000 »
      }
      if (r.has(detail::reading_flags::glued) && !uh.u) return k;
      // « une t. métrique »: an article before a one-letter symbol is not an amount
      if (r.has(detail::reading_flags::article) && (!uh.u || uh.end - uh.begin < 2)) return k;
      if (!uh.u && (f.substr(r.end).starts_with(" tour") || f.substr(r.end).starts_with("-tour")) && turn_context(r.begin)) {
        // « faire 3 tours », « faire un demi-tour »
        auto const e = r.end + (f.substr(r.end + 1).starts_with("tours") ? 6 : 5);
        if (e == f.size() || grammar::detail::word_boundary(f.data() + e, f.data() + f.size()))
          uh = {&units_data::circ, r.end + 1, e, nullptr};
      }
      if (r.kind == number_kind::fraction && r.has(detail::reading_flags::words) && !uh.u) return k;
      if (r.has(detail::reading_flags::collective) && !uh.u) return k;
      if (uh.u) uh.u = resolve(uh, of_ok, r.begin);
      std::size_t last = k;
      // ranges: « 2 000-5 000 », « de 20 à 30 % », « entre 2 et 3 millions d'euros »
      std::size_t const after_first = uh.u && uh.begin >= r.end ? uh.end : r.end;
      if (k + 1 < rs.size()) {
        auto const& r2 = rs[k + 1];
        auto const gap = r2.begin >= after_first ? f.substr(after_first, r2.begin - after_first) : std::string_view{"#"};
        bool const hyphen = r.has(detail::reading_flags::hyphen_next) || gap == " - " || gap == "-" ||
                            gap == " – " || gap == "–" || gap == " — ";
        bool const a = gap == " à " || gap == " a ";
        bool const et = gap == " et ";
        bool const entre = f.substr(0, r.begin).ends_with("entre ");
        bool const de = a && f.substr(0, r.begin).ends_with("de ") && cue_before(r.begin).first == 0;
        bool const r2_ok = (r2.kind == number_kind::cardinal || r2.kind == number_kind::decimal) && opts.ranges &&
                           !r2.has(detail::reading_flags::article) && !r.has(detail::reading_flags::article);
        // « 2024-123 », « 2-1 »: numbers joined by a hyphen that do not rise are a reference or a score
        if (r.has(detail::reading_flags::hyphen_next) && r2.begin == r.end + 1 && !(r.value < r2.value)) return k + 1;
        // « 6-4, 3-6 », « battu 1-3 »: small whole numbers glued by a hyphen with no unit nor counted
        // noun are a score too, even when they rise
        if (r.has(detail::reading_flags::hyphen_next) && r2.begin == r.end + 1 && !uh.u && score_like(r) &&
            score_like(r2) && !unit_after(r2.end, false).u && counted_after(r2.end, false, r2.first_token).second.empty())
          return k + 1;
        bool const years = r.has(detail::reading_flags::year_like) && r2.has(detail::reading_flags::year_like);
        if (r2_ok && !r2.has(detail::reading_flags::identifier) && ((hyphen && !years) || (a && !years) || (et && entre && !years))) {
          bool const of2 = r2.has(detail::reading_flags::scaled) || (r2.has(detail::reading_flags::words) && r2.scale > 1);
          auto uh2 = unit_after(r2.end, of2);
          if (uh2.u) uh2.u = resolve(uh2, of2, r2.begin);
          double lo = r.value, hi = r2.value;
          // « entre 2 et 3 millions »: the second scale applies to the first
          if (r2.scale > 1 && r.scale <= 1 && lo < hi / r2.scale * 10) lo *= r2.scale;
          // « abaisser de 40 000 à 25 000 euros »: a falling « de … à … » is a change between two
          // amounts, not a range; the first takes the second's unit
          bool const change = de && lo > hi;
          if (change && !uh.u && uh2.u && uh2.begin >= r2.end) {
            d.value = lo;
            d.u = uh2.u;
            return finish(d, r, k);
          }
          if (!change && (!uh.u || uh.begin < r.begin || uh.u == uh2.u || !uh2.u)) {
            d.q = quantity_qualifier::range;
            d.value.reset();
            d.low = std::min(lo, hi);
            d.high = std::max(lo, hi);
            if (entre && r.begin - 6 >= analysed_end_) d.begin = r.begin - 6;
            else if (de && a && r.begin - 3 >= analysed_end_) d.begin = r.begin - 3;
            d.end = r2.end;
            if (uh2.u) {
              d.u = uh2.u;
              d.end = uh2.end;
            } else if (uh.u) {
              d.u = uh.u;
              if (uh.begin < d.begin) d.begin = uh.begin;
            }
            last = k + 1;
            if (!d.u) attach_counted(d, r2.end, of2);
            return finish(d, r, last);
          }
        }
      }
      if (uh.u) {
        d.u = uh.u;
        d.end = std::max(d.end, uh.end);
        d.begin = std::min(d.begin, uh.begin);
        after_unit(d, uh);
        // « - 20 degrés » : a minus sign set apart from a temperature
        if (d.u->dim == ::depeche::dimension::temperature && r.value > 0 && d.begin >= 2 &&
            f.substr(d.begin - 2, 2) == "- " && (d.begin == 2 || f[d.begin - 3] == ' ') &&
            (d.begin < 4 || !grammar::detail::is_digit(f[d.begin - 4]))) {
          d.begin -= 2;
          d.value = -r.value;
        }
      }
      // page furniture: « 3 min de lecture », « 5 Min Temps de lecture »
      if (d.u && d.u->code == "min" &&
          (f.substr(d.end).starts_with(" de lecture") || f.substr(d.end).starts_with(" temps de lecture") ||
           f.substr(d.end).starts_with(" read")))
        return k;
      // a measured time: « 2 h 05 min 30 s », « 1 h 41 min », « 3 min 12 s » is one duration
      if (d.u && (d.u->code == "h" || d.u->code == "min") && d.q == quantity_qualifier::exact && d.value &&
          *d.value == std::floor(*d.value) && compound_duration(d))
        return finish(d, r, last);
      // time of day: « à 14 h », « vers 9 heures », « 14 h 30 »
      if (d.u && d.u->code == "h") {
        auto const pw = prev_word(r.begin);
        auto const nx = d.end + 3 <= f.size() ? f.substr(d.end, 3) : std::string_view{};
        bool const minutes = nx.size() == 3 && nx[0] == ' ' && grammar::detail::is_digit(nx[1]) && grammar::detail::is_digit(nx[2]);
        bool const clock = (pw == "à" || pw == "vers" || pw == "dès" || pw == "a") && r.value <= 24 && r.value == std::floor(r.value);
        if (minutes || clock) {
          analysed_end_ = minutes ? d.end + 3 : d.end;
          return k;
        }
      }
      if (!d.u) {
        // dates and years are not quantities
        auto const nw = next_word(r.end);
        auto const pw = prev_word(r.begin);
        if (detail::is_month(nw) || detail::is_month(pw) || glued_month(r.end) || date_list_follows(r.end)) return k;
        if (r.has(detail::reading_flags::year_like)) {
          auto const c = counted_after(r.end, false, r.first_token);
          if (c.second.empty() || pw == "en" || pw == "depuis" || pw == "de" || pw == "dès" || pw == "avant" ||
              pw == "après" || pw == "vers" || pw == "l'an" || pw == "année" || pw == "entre" || pw == "et" ||
              pw == "à" || pw == "au" || pw == "du" || pw == "le" || pw == "jusqu'en")
            return k;
        }
        if (r.kind == number_kind::fraction) return k;
        attach_counted(d, r.end, of_ok, r.first_token);
        if (d.counted.empty() && !opts.bare_numbers) return k;
        // « les deux », « l'un des trois »: a bare number in words is a pronoun, not an amount
        if (d.counted.empty() && r.has(detail::reading_flags::words) && cue_before(r.begin).first == 0) return k;
      }
      return finish(d, r, last);
    }

    /// Extends `d` (« 2 h », « 3 min ») over the smaller units that follow it: « 2 h 05 min 30 s »
    /// → 7530 s, « 1 h 41 min » → 101 min. False when no smaller unit follows.
    bool compound_duration(draft& d) const {
      static constexpr std::string_view minute_words[] = {"min", "mn", "minutes", "minute"};
      static constexpr std::string_view second_words[] = {"s", "sec", "secondes", "seconde"};
      double total = *d.value;
      unit const* u = d.u;
      std::size_t e = d.end;
      for (int step = 0; step < 2; ++step) {
        // « ␣05␣min », « ␣30␣s »
        std::size_t p = e;
        if (p + 1 >= f.size() || f[p] != ' ' || !grammar::detail::is_digit(f[p + 1])) break;
        std::size_t q = p + 1;
        while (q < f.size() && grammar::detail::is_digit(f[q]) && q - p <= 3) ++q;
        if (q - p - 1 > 2 || q >= f.size() || f[q] != ' ') break;
        double v = 0;
        for (auto c = p + 1; c < q; ++c) v = v * 10 + (f[c] - '0');
        auto const w = next_word(q);
        bool const is_min = u->code == "h" &&
                            std::find(std::begin(minute_words), std::end(minute_words), w) != std::end(minute_words);
        bool const is_sec = u->code != "s" &&
                            std::find(std::begin(second_words), std::end(second_words), w) != std::end(second_words);
        if (!is_min && !is_sec) break;
        if (v >= 60) break;
        auto const end = q + 1 + w.size();
        if (end < f.size() && !grammar::detail::word_boundary(f.data() + end, f.data() + f.size())) break;
        if (is_min) {
          total = total * 60 + v;
          u = &units_data::minute;
        } else {
          total = total * (u->code == "h" ? 3600 : 60) + v;
          u = &units_data::second;
        }
        e = end;
      }
      if (u == d.u) return false;
      d.value = total;
      d.u = u;
      d.end = e;
      return true;
    }

    /// A number that may be one side of a score: a whole number below 100 written in digits.
    [[nodiscard]] static bool score_like(detail::reading const& r) noexcept {
      return r.kind == number_kind::cardinal && !r.has(detail::reading_flags::words) && r.value >= 0 && r.value < 100 &&
             r.value == std::floor(r.value);
    }

    /// « les 3 et 4 juin », « du 3 au 5 mai »: a day listed before another day and a month.
    [[nodiscard]] bool date_list_follows(std::size_t e) const {
      auto const rest = f.substr(e);
      std::size_t p = 0;
      if (rest.starts_with(" et ") || rest.starts_with(" au ") || rest.starts_with(" ou ")) p = 4;
      else if (rest.starts_with("-") || rest.starts_with(" - ")) p = rest[0] == '-' ? 1 : 3;
      else if (rest.starts_with(", ")) p = 2;
      else return false;
      std::size_t q = p;
      while (q < rest.size() && grammar::detail::is_digit(rest[q])) ++q;
      if (q == p || q - p > 2) return false;
      if (q < rest.size() && rest[q] == ' ') return detail::is_month(detail::word_at(ctx, e + q + 1)) || date_list_follows(e + q);
      return false;
    }

    /// « 24 févrierAucun »: a month glued to the next word (a missing space in web text).
    [[nodiscard]] bool glued_month(std::size_t e) const {
      if (e + 4 >= f.size() || f[e] != ' ') return false;
      switch (f[e + 1]) {  // the first letters of the months
      case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': break;
      default: return false;
      }
      auto const w = next_word(e);
      if (w.size() < 5) return false;
      // cheap test first: an upper-case letter inside the word
      auto const a = ctx.analysed.substr(e + 1, w.size());
      if (std::none_of(a.begin() + 1, a.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return false;
      for (auto const m : detail::month_names) {
        if (m.size() < 3 || !w.starts_with(m) || w.size() == m.size()) continue;
        auto const a = ctx.analysed[e + 1 + m.size()];
        if (a >= 'A' && a <= 'Z') return true;
      }
      return false;
    }

    /// What may follow a unit: the cents of « 15 dollars 50 » / « treize euros et quarante-cinq
    /// cents », and « d'âge » after a duration (« dix-huit mois d'âge »).
    void after_unit(draft& d, unit_hit const& uh) const {
      constexpr std::string_view age = " d'âge";
      if (d.u->dim == ::depeche::dimension::duration && f.substr(d.end).starts_with(age)) d.end += age.size();
      if (d.u->dim != ::depeche::dimension::currency || d.u->scale != 1 || !d.value || uh.begin < d.begin) return;
      if (*d.value != std::floor(*d.value)) return;
      std::size_t p = d.end;
      bool const et = f.substr(p).starts_with(" et ");
      if (et) p += 4;
      else if (p < f.size() && f[p] == ' ') p += 1;
      else return;
      double c = 0;
      char const* q = f.data() + p;
      std::size_t e = 0;
      if (grammar::detail::scan_digits(q, f.data() + f.size(), c)) e = static_cast<std::size_t>(q - f.data());
      else {
        std::uint64_t u = 0;
        q = f.data() + p;
        if (!grammar::detail::scan_number_words(q, f.data() + f.size(), false, u)) return;
        c = static_cast<double>(u);
        e = static_cast<std::size_t>(q - f.data());
      }
      if (c <= 0 || c >= 100 || c != std::floor(c)) return;
      auto const m = e < f.size() && f[e] == ' ' ? table.find(f, ctx.analysed, e + 1) : units::match{};
      bool const cents = m && m.spelling->u->scale == 0.01 && m.spelling->u->dim == ::depeche::dimension::currency;
      if (!cents) {
        // « 15 dollars 50 », « 15 dollars et 15 »: nothing that could be a noun may follow
        std::size_t n = e;
        if (n < f.size() && f[n] == ' ') ++n;
        if (n < f.size() && (grammar::detail::is_digit(f[n]) || f[n] == '%')) return;
        if (n < f.size() && grammar::detail::letter_length(f.data() + n, f.data() + f.size()) != 0) {
          // « 15 dollars 50 à New York » but not « 3 euros 20 soldats »
          auto const w = detail::word_at(ctx, n);
          if (!is_stopword(w) || (n + w.size() < f.size() && f[n + w.size()] == '\'')) return;
        }
        if (!et && (e - p) != 2) return;  // « 15 dollars 50 »: exactly two digits without « et »
      }
      *d.value += c / 100;
      d.end = cents ? m.end : e;
    }

    void attach_counted(draft& d, std::size_t e, bool of_ok, std::size_t hint = SIZE_MAX) const {
      auto const c = counted_after(e, of_ok, hint);
      if (!c.second.empty()) {
        d.counted = c.second;
        d.end = c.first;
      }
    }

    /// Qualifier and change before the quantity, then the record.
    std::size_t finish(draft& d, detail::reading const& r, std::size_t last) {
      // « 65 ans ou plus », « 500 ou moins », « 18 ans et plus »
      if (d.q == quantity_qualifier::exact && d.value) {
        auto const rest = f.substr(d.end);
        for (auto const& [text, q] : {std::pair{std::string_view(" ou plus"), quantity_qualifier::at_least},
                                      std::pair{std::string_view(" et plus"), quantity_qualifier::at_least},
                                      std::pair{std::string_view(" ou moins"), quantity_qualifier::at_most},
                                      std::pair{std::string_view(" et moins"), quantity_qualifier::at_most}}) {
          if (!rest.starts_with(text)) continue;
          auto const e = d.end + text.size();
          // « 500 ou plus de 600 » is not « 500 or more »
          if (e < f.size() && (!grammar::detail::word_boundary(f.data() + e, f.data() + f.size()) ||
                               f.substr(e).starts_with(" de ") || f.substr(e).starts_with(" d'") ||
                               f.substr(e).starts_with(" que")))
            continue;
          d.q = q;
          d.end = e;
          if (q == quantity_qualifier::at_least) d.low = d.value;
          else d.high = d.value;
          break;
        }
      }
      if (d.q == quantity_qualifier::exact) {
        auto [len, q] = cue_before(d.begin);
        // « dans les 3 derniers kilomètres » is no approximation (« dans les 200 euros » is)
        if (len && f.substr(d.begin - len, len) == "dans les " && r.end < f.size() && f[r.end] == ' ' &&
            detail::in_list(detail::word_at(ctx, r.end + 1), french_count_adjectives))
          len = 0;
        if (len && d.begin - len >= analysed_end_) {
          d.begin -= len;
          d.q = q;
          if (q == quantity_qualifier::more_than || q == quantity_qualifier::at_least) d.low = d.value;
          if (q == quantity_qualifier::less_than || q == quantity_qualifier::at_most) d.high = d.value;
        }
      }
      d.change = change_before(d.begin);
      emit(d);
      return last;
    }

    void emit(draft const& d) {
      if (d.begin < analysed_end_ || d.end <= d.begin) return;  // never overlap the previous quantity
      quantity q;
      auto const o = ctx.to_original({static_cast<std::uint32_t>(d.begin), static_cast<std::uint32_t>(d.end)});
      q.begin = o.begin;
      q.end = o.end;
      q.value = d.value;
      q.low = d.low;
      q.high = d.high;
      q.qualifier = d.q;
      if (d.u) {
        q.unit = std::string(d.u->code);
        q.dimension = d.u->dim;
        if (d.u->scale != 1) {
          if (q.value) *q.value *= d.u->scale;
          if (q.low) *q.low *= d.u->scale;
          if (q.high) *q.high *= d.u->scale;
        }
      } else if (!d.counted.empty()) {
        q.dimension = ::depeche::dimension::count;
        q.counted = std::string(d.counted);
      }
      q.change = d.change;
      out.push_back(std::move(q));
      analysed_end_ = d.end;
    }

    //=== vague amounts ===//

    /// Vague amounts from collective nouns in tokens starting before analysed offset `until`.
    std::size_t collectives_until(std::size_t ci, std::size_t until) {
      for (; ci < collective_tokens.size() && tv[collective_tokens[ci]].a_begin < until; ++ci) {
        std::size_t ti = collective_tokens[ci];
        auto const& t = tv[ti];
        if (t.kind != tokenize::token_kind::word || t.a_begin < analysed_end_) continue;
        auto const b0 = f[t.a_begin];
        if (b0 != 'd' && b0 != 'c' && b0 != 'm' && b0 != 'q' && b0 != 'v' && b0 != 't' && b0 != 's') continue;
        auto const w = tv.folded(ti);
        if (w.size() < 7 || w.size() > 13) continue;
        if (auto const z = w.back(); z != 'e' && z != 's' && z != 'r' && z != 'n' && z != 'd') continue;
        if (w[1] != 'i' && w[1] != 'o' && w[1] != 'u' && w[1] != 'e' && w[1] != 'r') continue;
        collective_word const* cw = nullptr;
        bool plural = false;
        for (auto const& c : french_collective_words) {
          if (w == c.singular) cw = &c;
          else if (w == c.plural) {
            cw = &c;
            plural = true;
          }
        }
        if (!cw || ti == 0) continue;
        auto const det = tv.folded(ti - 1);
        draft d;
        d.begin = tv[ti - 1].a_begin;
        d.end = t.a_end;
        d.q = quantity_qualifier::vague;
        double n = cw->value;
        if (!plural) {
          if (det != "une" && det != "un") continue;
          if (cw->value >= 1e6) continue;  // « un million » is a number: the numbers pass has it
          d.value = n;
        } else {
          if (det != "des" && det != "plusieurs" && det != "quelques" && det != "de" && det != "les" &&
              det != "ces" && det != "nombreux" && det != "nombreuses" && det != "d'")
            continue;
          // « des dizaines de milliers de »
          if (ti + 2 < tv.size() && tv.folded(ti + 1) == "de") {
            auto const w2 = tv.folded(ti + 2);
            for (auto const& c : french_collective_words)
              if (w2 == c.plural && c.value >= 1e3 && c.value > cw->value) {
                n *= c.value;
                d.end = tv[ti + 2].a_end;
                ti += 2;
                break;
              }
          }
          d.low = 2 * n;
          d.high = 10 * n - 1;
          if (cw->value == 12 || cw->value == 15) d.high = n * 10;
        }
        if (det == "d'" || det == "de") d.begin = t.a_begin;  // « l'arrivée de milliers de soldats »
        auto uh = unit_after(d.end, true);
        if (uh.u && uh.spelling && uh.spelling->ambiguous) uh = {};
        if (uh.u && uh.begin > d.end) {
          d.u = uh.u;
          d.end = uh.end;
        } else {
          auto const c = counted_after(d.end, true);
          if (c.second.empty()) {
            // « des millions » alone is vague enough only with « de »: keep it without a noun
            if (cw->value >= 1e6 && !f.substr(d.end).starts_with(" de") && !f.substr(d.end).starts_with(" d'")) continue;
          } else {
            d.counted = c.second;
            d.end = c.first;
          }
        }
        // « près d'une centaine de », « plus d'un millier de »
        if (d.begin < analysed_end_) continue;
        auto const [len, q] = cue_before(d.begin);
        if (len && !plural && d.begin - len >= analysed_end_) {
          d.begin -= len;
          d.q = q == quantity_qualifier::approximately ? quantity_qualifier::approximately : q;
          if (q == quantity_qualifier::more_than || q == quantity_qualifier::at_least) d.low = d.value;
          if (q == quantity_qualifier::less_than || q == quantity_qualifier::at_most) d.high = d.value;
        }
        d.change = change_before(d.begin);
        emit(d);
      }
      return ci;
    }
  };
};

static_assert(recognizer<quantities>);

} // namespace depeche::recognize

#endif
