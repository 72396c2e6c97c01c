// SPDX-License-Identifier: MIT
// French numbers as composable Spirit X3 rules: digits, words, ordinals.
//
// Public rules (iterator: grammar::iterator_type = char const* over the FOLDED analysed text,
// i.e. recognize::context::folded; no skipper needed, but a skipper before the number is honoured):
//
//   rule              attribute       matches
//   cardinal_words    std::uint64_t   « douze », « deux cents », « deux-cent-trois », « quatre-vingt-dix-sept »,
//                                     « soixante et onze », « mille cent », « un million deux cent mille »,
//                                     « septante », « huitante », « octante », « nonante », « zero »
//   ordinal_words     std::uint64_t   « premier », « première », « second », « deuxième », « deuxieme »,
//                                     « vingt et unième », « centième »
//   ordinal_digits    std::uint64_t   « 1er », « 1re », « 1ère », « 2e », « 2nd », « 11ème », « 3es », « 1ᵉʳ »
//   digits_number     double          « 12 000 », « 1.200.000 », « 3,5 », « 6 700,54 », « -4 », « +0,5 », « 3.5 »
//   number            double          digits_number | cardinal_words
//
// A rule never consumes a trailing separator, and word rules stop at a word boundary: « dixième » is
// not « dix », « vingt-deux ans » matches « vingt-deux ». Word rules are accent-insensitive where
// French writes accents (« zéro »/« zero », « deuxième »/« deuxieme »). They do not decide context:
// « un » (article or number) and « neuf » (nine or new) are numbers to the grammar; recognizers filter.
//
//   using namespace depeche::grammar;
//   std::uint64_t n;
//   char const* f = s.data();
//   x3::parse(f, s.data() + s.size(), cardinal_words >> x3::lit(" ans"), n);   // « vingt-deux ans »
#ifndef DEPECHE_GRAMMAR_NUMBER_HPP_INCLUDED
#define DEPECHE_GRAMMAR_NUMBER_HPP_INCLUDED

#include <depeche/grammar/config.hpp>
#include <depeche/grammar/detail/number_words.hpp>

#include <cstdint>
#include <type_traits>

namespace depeche::grammar {

namespace detail {

template <class Attr, class T>
constexpr void assign_number(Attr& attr, T v) {
  if constexpr (std::is_same_v<Attr, x3::unused_type>) {
    (void)attr;
    (void)v;
  } else {
    attr = static_cast<Attr>(v);
  }
}

/// X3 primitive over scan_number_words (Ordinal = false: cardinals, true: ordinals).
template <bool Ordinal>
struct number_words_parser : x3::parser<number_words_parser<Ordinal>> {
  using attribute_type = std::uint64_t;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    static_assert(std::is_same_v<It, char const*>, "depeche grammars read char const* (grammar::iterator_type)");
    x3::skip_over(first, last, ctx);
    std::uint64_t v = 0;
    char const* p = first;
    if (!scan_number_words(p, last, Ordinal, v)) return false;
    assign_number(attr, v);
    first = p;
    return true;
  }
};

struct ordinal_digits_parser : x3::parser<ordinal_digits_parser> {
  using attribute_type = std::uint64_t;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    static_assert(std::is_same_v<It, char const*>, "depeche grammars read char const* (grammar::iterator_type)");
    x3::skip_over(first, last, ctx);
    std::uint64_t v = 0;
    char const* p = first;
    if (!scan_ordinal_digits(p, last, v)) return false;
    assign_number(attr, v);
    first = p;
    return true;
  }
};

/// X3 primitive over scan_digits; with Words, falls back to cardinal words.
template <bool Words>
struct digits_parser : x3::parser<digits_parser<Words>> {
  using attribute_type = double;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    static_assert(std::is_same_v<It, char const*>, "depeche grammars read char const* (grammar::iterator_type)");
    x3::skip_over(first, last, ctx);
    char const* p = first;
    double d = 0;
    if (scan_digits(p, last, d)) {
      assign_number(attr, d);
      first = p;
      return true;
    }
    if constexpr (Words) {
      std::uint64_t v = 0;
      if (scan_number_words(p, last, false, v)) {
        assign_number(attr, static_cast<double>(v));
        first = p;
        return true;
      }
    }
    return false;
  }
};

} // namespace detail

struct cardinal_words_id {};
struct ordinal_words_id {};
struct ordinal_digits_id {};
struct digits_number_id {};
struct number_id {};

using cardinal_words_rule = x3::rule<cardinal_words_id, std::uint64_t>;
using ordinal_words_rule = x3::rule<ordinal_words_id, std::uint64_t>;
using ordinal_digits_rule = x3::rule<ordinal_digits_id, std::uint64_t>;
using digits_number_rule = x3::rule<digits_number_id, double>;
using number_rule = x3::rule<number_id, double>;

/// A French cardinal in words: « deux-cent-trois », « soixante et onze », « nonante-sept ».
inline constexpr cardinal_words_rule cardinal_words{"cardinal_words"};
/// A French ordinal in words: « premier », « vingt et unième », « deuxieme ».
inline constexpr ordinal_words_rule ordinal_words{"ordinal_words"};
/// An ordinal in digits with a French suffix: « 1er », « 1re », « 2e », « 11ème ».
inline constexpr ordinal_digits_rule ordinal_digits{"ordinal_digits"};
/// French-formatted digits: « 12 000 », « 1.200.000 », « 6 700,54 », « -3,5 ».
inline constexpr digits_number_rule digits_number{"digits_number"};
/// Digits or cardinal words: « 12 000 », « douze ».
inline constexpr number_rule number{"number"};

inline const auto cardinal_words_def = detail::number_words_parser<false>{};
inline const auto ordinal_words_def = detail::number_words_parser<true>{};
inline const auto ordinal_digits_def = detail::ordinal_digits_parser{};
inline const auto digits_number_def = detail::digits_parser<false>{};
inline const auto number_def = detail::digits_parser<true>{};

BOOST_SPIRIT_DEFINE(cardinal_words, ordinal_words, ordinal_digits, digits_number, number)

} // namespace depeche::grammar

#endif
