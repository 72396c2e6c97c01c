// SPDX-License-Identifier: MIT
// Generic JSON serialization of depeche records annotated with Boost.Describe: no per-field code.
#ifndef DEPECHE_IO_REFLECT_HPP_INCLUDED
#define DEPECHE_IO_REFLECT_HPP_INCLUDED

#include <depeche/io/json.hpp>

#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace depeche::io {

/// Options of the generic serializer.
struct reflect_options {
  /// The document's original bytes. When set, every object that has `begin` and `end` members
  /// also gets `text`: exactly those bytes (made JSON-safe by json_text).
  std::string_view original;
  bool with_text = true;
};

namespace detail {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
struct is_vector : std::false_type {};
template <class T, class A>
struct is_vector<std::vector<T, A>> : std::true_type {};

template <class T>
concept has_span_members = requires(T const& t) {
  { t.begin } -> std::convertible_to<std::uint32_t>;
  { t.end } -> std::convertible_to<std::uint32_t>;
};

} // namespace detail

/// Converts a value to JSON: described structs become objects (member names as keys),
/// described enums their enumerator names, std::optional null or its value, vectors arrays,
/// non-finite floating-point numbers null.
template <class T>
[[nodiscard]] boost::json::value to_value(T const& v, reflect_options const& o = {}) {
  using U = std::remove_cvref_t<T>;
  if constexpr (detail::is_optional<U>::value) {
    if (!v) return nullptr;
    return to_value(*v, o);
  } else if constexpr (detail::is_vector<U>::value) {
    boost::json::array a;
    a.reserve(v.size());
    for (auto const& x : v) a.push_back(to_value(x, o));
    return a;
  } else if constexpr (std::is_same_v<U, bool>) {
    return v;
  } else if constexpr (std::is_enum_v<U> && boost::describe::has_describe_enumerators<U>::value) {
    char const* name = boost::describe::enum_to_string(v, nullptr);
    if (!name) return nullptr;
    return boost::json::string(name);
  } else if constexpr (std::is_floating_point_v<U>) {
    if (!std::isfinite(v)) return nullptr;
    // whole numbers print as integers (« 12000 », not « 1.2E4 ») when exactly representable
    if (v == std::trunc(v) && std::fabs(v) < 9.0e15) return static_cast<std::int64_t>(v);
    return static_cast<double>(v);
  } else if constexpr (std::is_integral_v<U>) {
    return v;
  } else if constexpr (std::is_convertible_v<U const&, std::string_view>) {
    return json_text(std::string_view(v));
  } else if constexpr (boost::describe::has_describe_members<U>::value) {
    boost::json::object obj;
    using members = boost::describe::describe_members<U, boost::describe::mod_public | boost::describe::mod_inherited>;
    obj.reserve(boost::mp11::mp_size<members>::value + 1);
    boost::mp11::mp_for_each<members>([&](auto d) { obj[d.name] = to_value(v.*d.pointer, o); });
    if constexpr (detail::has_span_members<U>) {
      if (o.with_text && !o.original.empty() && !obj.contains("text"))
        obj["text"] = json_text(span{static_cast<std::uint32_t>(v.begin), static_cast<std::uint32_t>(v.end)}.of(o.original));
    }
    return obj;
  } else {
    static_assert(sizeof(U) == 0, "depeche::io::to_value: annotate this type with BOOST_DESCRIBE_STRUCT/ENUM");
  }
}

} // namespace depeche::io

#endif
