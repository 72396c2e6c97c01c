// SPDX-License-Identifier: MIT
// The numbers layer: cardinals, ordinals, fractions, decimals and multipliers in French text.
#ifndef DEPECHE_RECOGNIZE_NUMBERS_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_NUMBERS_HPP_INCLUDED

#include <depeche/recognize/context.hpp>
#include <depeche/recognize/detail/number_cache.hpp>
#include <depeche/recognize/detail/number_scan.hpp>
#include <depeche/recognize/recognizer.hpp>

#include <cstdint>
#include <vector>

namespace depeche::recognize {

/// A number in the text: « 12 000 », « 3,5 », « 1,2 milliard », « deux cents », « 1er », « XXe »,
/// « un tiers », « douze fois plus ». Offsets are original bytes.
struct number_mention {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  double value = 0;
  number_kind kind = number_kind::cardinal;
  /// What an ordinal counts from: `start` (« troisième »), `end` (« dernier » = end+0,
  /// « avant-dernier » = end-1) or `current` (« prochain » = current+1). Relative ordinals are
  /// reported only with number_options::relative_ordinals; their `value` is the offset.
  ordinal_base relative_to = ordinal_base::start;
  friend constexpr bool operator==(number_mention const&, number_mention const&) = default;
};

/// Options of the numbers layer.
struct number_options {
  /// Report a lone « un » / « une » as the number 1 (it is nearly always an article).
  bool articles = false;
  /// Report numbers inside designations (« Boeing 737 », « résolution 2397 », « page 12 »).
  bool identifiers = false;
  /// Report years (« en 2024 »): the dates layer owns them, but they are numbers.
  bool years = true;
  /// Report relative ordinals (« dernier », « avant-dernier », « prochain », « précédente »).
  bool relative_ordinals = false;
  /// Report numbers written against a unit (« 3km », « 180ml »): the quantities layer reads them.
  bool glued_to_units = false;
};

/// Recognizes the numbers of a document.
///
/// Not numbers: model designations and identifiers (« M-1978 », « KN-23 », « résolution 2397 »,
/// « Boeing 737 »), telephone numbers, URLs, times (« 14:30 ») and numeric dates (« 24/02/2025 »);
/// Roman numerals only with an ordinal suffix (« XXe siècle », not « Louis XIV »).
struct numbers {
  using value_type = number_mention;
  number_options options{};

  /// The numbers of `ctx`, in text order.
  [[nodiscard]] std::vector<number_mention> find(context const& ctx) const {
    std::vector<number_mention> out;
    find(ctx, out);
    return out;
  }

  /// Appends the numbers of `ctx` to `out` (its capacity is reused).
  void find(context const& ctx, std::vector<number_mention>& out) const {
    thread_local detail::number_scan scratch;  // reused across documents on this thread
    auto const& rs = detail::scan_of(ctx, scratch).readings;
    out.reserve(out.size() + rs.size());
    for (auto const& r : rs) {
      if (r.has(detail::reading_flags::article) && !options.articles) continue;
      if (r.has(detail::reading_flags::identifier) && !options.identifiers) continue;
      if (r.has(detail::reading_flags::year_like) && !options.years) continue;
      if (r.has(detail::reading_flags::relative) && !options.relative_ordinals) continue;
      if (r.has(detail::reading_flags::glued) && !options.glued_to_units) continue;
      auto const o = ctx.to_original({r.begin, r.end});
      out.push_back({o.begin, o.end, r.value, r.kind, r.relative});
    }
  }
  [[nodiscard]] std::vector<number_mention> operator()(context const& ctx) const { return find(ctx); }
};

static_assert(recognizer<numbers>);

} // namespace depeche::recognize

#endif
