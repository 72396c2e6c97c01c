// SPDX-License-Identifier: MIT
// Shared vocabulary: error codes, error values with byte offsets, result<T>, byte spans.
#ifndef DEPECHE_RESULT_HPP_INCLUDED
#define DEPECHE_RESULT_HPP_INCLUDED

#include <depeche/config.hpp>

#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace depeche {

/// What went wrong with an input. A recognizer that finds nothing is not an error.
enum class errc : std::uint8_t {
  ok = 0,
  invalid_utf8,          ///< malformed UTF-8 at the reported byte offset
  input_too_large,       ///< the document exceeds depeche::max_document_size
  normalization_failed,  ///< ICU reported a failure while normalizing
  invalid_argument,      ///< an option or parameter is out of its domain
};

/// A human-readable message for an error code.
[[nodiscard]] constexpr std::string_view message(errc code) noexcept {
  switch (code) {
  case errc::ok: return "no error";
  case errc::invalid_utf8: return "invalid UTF-8";
  case errc::input_too_large: return "input too large (documents are limited to 4 GiB - 16 bytes)";
  case errc::normalization_failed: return "Unicode normalization failed";
  case errc::invalid_argument: return "invalid argument";
  }
  return "unknown error";
}

/// An error with the byte offset in the caller's original input where it was detected.
struct error {
  errc code = errc::ok;
  std::uint32_t offset = 0;
  friend constexpr bool operator==(error const&, error const&) = default;
};

/// A half-open byte range [begin, end) into the caller's original UTF-8 input.
struct span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return end - begin; }
  [[nodiscard]] constexpr bool empty() const noexcept { return begin == end; }
  /// The bytes of `text` covered by this span (clamped to the text, never out of bounds).
  [[nodiscard]] constexpr std::string_view of(std::string_view text) const noexcept {
    auto const b = begin < text.size() ? begin : text.size();
    auto const e = end < text.size() ? end : text.size();
    return e > b ? text.substr(b, e - b) : std::string_view{};
  }
  friend constexpr bool operator==(span const&, span const&) = default;
  friend constexpr auto operator<=>(span const&, span const&) = default;
};

/// Either a T or an error; a subset of std::expected<T, error>. Never throws on the success path.
template <class T>
class [[nodiscard]] result {
public:
  using value_type = T;
  result(T value) noexcept(std::is_nothrow_move_constructible_v<T>) : v_(std::move(value)) {}
  result(depeche::error e) noexcept : v_(e) {}

  [[nodiscard]] bool has_value() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return has_value(); }

  [[nodiscard]] T& value() & noexcept { DEPECHE_ASSERT(has_value()); return *std::get_if<0>(&v_); }
  [[nodiscard]] T const& value() const& noexcept { DEPECHE_ASSERT(has_value()); return *std::get_if<0>(&v_); }
  [[nodiscard]] T&& value() && noexcept { DEPECHE_ASSERT(has_value()); return std::move(*std::get_if<0>(&v_)); }
  [[nodiscard]] T& operator*() & noexcept { return value(); }
  [[nodiscard]] T const& operator*() const& noexcept { return value(); }
  [[nodiscard]] T&& operator*() && noexcept { return std::move(*this).value(); }
  [[nodiscard]] T* operator->() noexcept { return &value(); }
  [[nodiscard]] T const* operator->() const noexcept { return &value(); }

  /// The error; meaningful only when !has_value().
  [[nodiscard]] depeche::error error() const noexcept {
    auto const* e = std::get_if<1>(&v_);
    return e ? *e : depeche::error{};
  }

private:
  std::variant<T, depeche::error> v_;
};

} // namespace depeche

#endif
