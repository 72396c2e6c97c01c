// SPDX-License-Identifier: MIT
// The recognizer concept: what a type must offer to be composed into a pipeline.
#ifndef DEPECHE_RECOGNIZE_RECOGNIZER_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_RECOGNIZER_HPP_INCLUDED

#include <depeche/recognize/context.hpp>

#include <concepts>
#include <cstdint>
#include <vector>

namespace depeche::recognize {

/// A record a recognizer reports: it knows where it is (original byte offsets).
template <class T>
concept mention = std::copyable<T> && requires(T const& t) {
  { t.begin } -> std::convertible_to<std::uint32_t>;
  { t.end } -> std::convertible_to<std::uint32_t>;
};

/// A recognizer: a plain, immutable struct with a `value_type` (its record) and
/// `find(context) const`, which returns the records of one document in text order.
///
///     struct ship_names {
///       using value_type = ship;
///       std::vector<ship> find(depeche::recognize::context const& ctx) const;
///     };
///     static_assert(depeche::recognize::recognizer<ship_names>);
///
/// A recognizer may also declare `static constexpr bool exclusive = true;`: among exclusive
/// recognizers of a pipeline, a record overlapping one of an earlier recognizer is dropped
/// (the first match in pipeline order wins).
template <class R>
concept recognizer = mention<typename R::value_type> && requires(R const& r, context const& ctx) {
  { r.find(ctx) } -> std::same_as<std::vector<typename R::value_type>>;
};

/// Whether R claims its spans exclusively (see recognizer).
template <class R>
inline constexpr bool is_exclusive = [] {
  if constexpr (requires { R::exclusive; }) return static_cast<bool>(R::exclusive);
  else return false;
}();

} // namespace depeche::recognize

#endif
