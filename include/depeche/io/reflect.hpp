// SPDX-License-Identifier: MIT
// Generic JSON serialization of depeche records annotated with Boost.Describe: no per-field code.
#ifndef DEPECHE_IO_REFLECT_HPP_INCLUDED
#define DEPECHE_IO_REFLECT_HPP_INCLUDED

#include <depeche/io/json.hpp>
#include <depeche/result.hpp>

#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace depeche {
BOOST_DESCRIBE_STRUCT(span, (), (begin, end))
} // namespace depeche

namespace depeche::io {

/// Where the `text` of a record with `begin`/`end` goes among its keys.
enum class text_position : std::uint8_t { record_default, after_end, first, last };

/// Options of the generic serializer.
struct reflect_options {
  /// The document's original bytes. When set, every object that has `begin` and `end` members
  /// also gets `text`: exactly those bytes (made JSON-safe by json_text).
  std::string_view original;
  bool with_text = true;
  /// Where `text` goes in the outermost object: by default where json_fields<T>::text_at says
  /// (after `end` unless specialized). Key order is not significant in JSON; this keeps output stable.
  text_position text_at = text_position::record_default;
};

/// How one member of a described record is written, as bits (see json_fields).
namespace field {
inline constexpr unsigned always = 0;
inline constexpr unsigned null_if_default = 1u << 0;  ///< `null` when equal to the default member value
inline constexpr unsigned omit_if_default = 1u << 1;  ///< left out when equal to the default member value
inline constexpr unsigned no_text = 1u << 2;          ///< a span member written as {begin, end}, without `text`
inline constexpr unsigned text_first = 1u << 3;       ///< a span member written as {text, begin, end}
} // namespace field

/// A member pair written as the original text it covers: « "cue": "a déclaré" » from cue_begin, cue_end.
template <class T>
struct text_field {
  char const* key;
  std::uint32_t T::*begin;
  std::uint32_t T::*end;
};

/// Serialization hints of a described record; specialize next to its BOOST_DESCRIBE_STRUCT.
/// All members are optional:
///   static constexpr unsigned policy(std::string_view member);        // field:: bits
///   static constexpr text_field<T> texts[] = {{"cue", &T::cue_begin, &T::cue_end}};  // written first
///   static constexpr text_position text_at = text_position::first;    // default: after `end`
template <class T>
struct json_fields {};

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

/// An enum with a JSON name defined next to it (`name(e)`, found by argument-dependent lookup).
template <class E>
concept named_enum = std::is_enum_v<E> && requires(E e) {
  { name(e) } -> std::convertible_to<std::string_view>;
};

template <class T>
concept has_policy = requires { { json_fields<T>::policy(std::string_view{}) } -> std::convertible_to<unsigned>; };
template <class T>
concept has_texts = requires { json_fields<T>::texts; };

template <class T>
concept has_text_at = requires { { json_fields<T>::text_at } -> std::convertible_to<text_position>; };

template <class T>
constexpr text_position text_at_of() noexcept {
  if constexpr (has_text_at<T>) return json_fields<T>::text_at;
  else return text_position::after_end;
}

template <class T>
constexpr unsigned policy_of(char const* member) noexcept {
  if constexpr (has_policy<T>) return json_fields<T>::policy(std::string_view(member));
  else return field::always;
}

template <class T>
T const& default_value() {
  static T const v{};
  return v;
}

constexpr bool same_name(char const* a, std::string_view b) noexcept { return std::string_view(a) == b; }

} // namespace detail

/// Converts a value to JSON: described structs become objects (member names as keys, plus `text`
/// after `end` for records with `begin`/`end`), enums their `name(e)` or their described
/// enumerator name, std::optional null or its value, vectors arrays, non-finite floating-point
/// numbers null, whole floating-point numbers integers (« 12000 », not « 1.2E4 »).
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
  } else if constexpr (detail::named_enum<U>) {
    return boost::json::string(std::string_view(name(v)));
  } else if constexpr (std::is_enum_v<U> && boost::describe::has_describe_enumerators<U>::value) {
    char const* n = boost::describe::enum_to_string(v, nullptr);
    if (!n) return nullptr;
    return boost::json::string(n);
  } else if constexpr (std::is_floating_point_v<U>) {
    if (!std::isfinite(v)) return nullptr;
    if (v == std::trunc(v) && std::fabs(v) < 9.0e15) return static_cast<std::int64_t>(v);
    return static_cast<double>(v);
  } else if constexpr (std::is_integral_v<U>) {
    return v;
  } else if constexpr (std::is_convertible_v<U const&, std::string_view>) {
    return json_text(std::string_view(v));
  } else if constexpr (boost::describe::has_describe_members<U>::value) {
    boost::json::object obj;
    using members = boost::describe::describe_members<U, boost::describe::mod_public | boost::describe::mod_inherited>;
    obj.reserve(boost::mp11::mp_size<members>::value + 2);
    auto const at = o.text_at == text_position::record_default ? detail::text_at_of<U>() : o.text_at;
    auto const put_text = [&] {
      if constexpr (detail::has_span_members<U>) {
        if (o.with_text && !o.original.empty())
          obj["text"] = json_text(span{static_cast<std::uint32_t>(v.begin), static_cast<std::uint32_t>(v.end)}.of(o.original));
      }
    };
    reflect_options inner = o;
    inner.text_at = text_position::record_default;
    if constexpr (detail::has_texts<U>)
      for (auto const& t : json_fields<U>::texts)
        obj[t.key] = json_text(span{v.*(t.begin), v.*(t.end)}.of(o.original));
    if (at == text_position::first) put_text();
    boost::mp11::mp_for_each<members>([&](auto d) {
      constexpr unsigned policy = detail::policy_of<U>(decltype(d)::name);
      auto const& m = v.*d.pointer;
      if constexpr ((policy & (field::null_if_default | field::omit_if_default)) != 0) {
        if (m == detail::default_value<U>().*d.pointer) {
          if constexpr ((policy & field::null_if_default) != 0) obj[d.name] = nullptr;
          return;
        }
      }
      if constexpr ((policy & (field::no_text | field::text_first)) != 0) {
        reflect_options member = inner;
        if constexpr ((policy & field::no_text) != 0) member.with_text = false;
        if constexpr ((policy & field::text_first) != 0) member.text_at = text_position::first;
        obj[d.name] = to_value(m, member);
      } else {
        obj[d.name] = to_value(m, inner);
      }
      if (at == text_position::after_end && detail::same_name(d.name, "end")) put_text();
    });
    if (at == text_position::last) put_text();
    return obj;
  } else {
    static_assert(sizeof(U) == 0, "depeche::io::to_value: annotate this type with BOOST_DESCRIBE_STRUCT/ENUM");
  }
}

namespace detail {

template <class E>
bool enum_from(boost::json::value const& j, E& out) {
  auto const* s = j.if_string();
  if (!s) return false;
  std::string_view const want(s->data(), s->size());
  bool found = false;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (found) return;
    std::string_view n;
    if constexpr (named_enum<E>) n = name(d.value);
    else n = d.name;
    if (n == want) {
      out = d.value;
      found = true;
    }
  });
  return found;
}

template <class T>
bool read(boost::json::value const& j, T& out) {
  using U = std::remove_cvref_t<T>;
  if constexpr (is_optional<U>::value) {
    if (j.is_null()) {
      out.reset();
      return true;
    }
    typename U::value_type x{};
    if (!read(j, x)) return false;
    out = std::move(x);
    return true;
  } else if constexpr (is_vector<U>::value) {
    auto const* a = j.if_array();
    if (!a) return false;
    out.clear();
    out.reserve(a->size());
    for (auto const& x : *a) {
      typename U::value_type e{};
      if (!read(x, e)) return false;
      out.push_back(std::move(e));
    }
    return true;
  } else if constexpr (std::is_same_v<U, bool>) {
    if (!j.is_bool()) return false;
    out = j.get_bool();
    return true;
  } else if constexpr (std::is_enum_v<U>) {
    static_assert(boost::describe::has_describe_enumerators<U>::value,
                  "depeche::io::from_value: annotate this enum with BOOST_DESCRIBE_ENUM");
    return enum_from(j, out);
  } else if constexpr (std::is_floating_point_v<U>) {
    if (j.is_null()) {
      out = std::numeric_limits<U>::quiet_NaN();
      return true;
    }
    if (!j.is_number()) return false;
    out = static_cast<U>(j.to_number<double>());
    return true;
  } else if constexpr (std::is_integral_v<U>) {
    if (j.is_int64()) {
      auto const x = j.get_int64();
      if (x < 0 && !std::is_signed_v<U>) return false;
      if (!std::in_range<U>(x)) return false;
      out = static_cast<U>(x);
      return true;
    }
    if (j.is_uint64()) {
      auto const x = j.get_uint64();
      if (!std::in_range<U>(x)) return false;
      out = static_cast<U>(x);
      return true;
    }
    return false;
  } else if constexpr (std::is_same_v<U, std::string>) {
    auto const* s = j.if_string();
    if (!s) return false;
    out.assign(s->data(), s->size());
    return true;
  } else if constexpr (boost::describe::has_describe_members<U>::value) {
    auto const* obj = j.if_object();
    if (!obj) return false;
    bool ok = true;
    using members = boost::describe::describe_members<U, boost::describe::mod_public | boost::describe::mod_inherited>;
    boost::mp11::mp_for_each<members>([&](auto d) {
      if (!ok) return;
      constexpr unsigned policy = policy_of<U>(decltype(d)::name);
      auto& m = out.*d.pointer;
      auto const* x = obj->if_contains(d.name);
      bool const defaulted = (policy & field::omit_if_default) != 0 ? x == nullptr
                             : (policy & field::null_if_default) != 0 ? (x != nullptr && x->is_null())
                                                                     : false;
      if (defaulted) m = default_value<U>().*d.pointer;
      else ok = x != nullptr && read(*x, m);
    });
    return ok;
  } else {
    static_assert(sizeof(U) == 0, "depeche::io::from_value: annotate this type with BOOST_DESCRIBE_STRUCT/ENUM");
  }
}

} // namespace detail

/// Reads back what to_value wrote (derived `text` fields are ignored); nullopt when `j` does
/// not have the record's shape. Never throws on malformed JSON values.
template <class T>
[[nodiscard]] std::optional<T> from_value(boost::json::value const& j) {
  T out{};
  if (!detail::read(j, out)) return std::nullopt;
  return out;
}

} // namespace depeche::io

#endif
