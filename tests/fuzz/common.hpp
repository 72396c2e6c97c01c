// SPDX-License-Identifier: MIT
// What the recognizer fuzz targets share: the fuzzer's bytes as a prepared document and its analysis.
#ifndef DEPECHE_TESTS_FUZZ_COMMON_HPP_INCLUDED
#define DEPECHE_TESTS_FUZZ_COMMON_HPP_INCLUDED

#include "invariants.hpp"

#include <depeche/recognize/context.hpp>
#include <depeche/reference.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace depeche::fuzz {

/// The fuzzer's bytes, prepared with invalid UTF-8 replaced, tokenized and split. The first byte
/// picks the reference date (none, a day, a day and time, a year-end), the rest is the text.
struct input {
  std::string_view text;
  bool valid = false;  ///< the text is valid UTF-8: record spans must then be valid UTF-8 too
  std::optional<text::document> doc;
  std::optional<recognize::analysis> an;

  input(std::uint8_t const* data, std::size_t size) {
    std::optional<reference_time> ref;
    if (size > 0) {
      switch (data[0] % 4) {
      case 1: ref = parse_reference_time("2025-05-01").value(); break;
      case 2: ref = parse_reference_time("2024-02-29T23:59:30+02:00").value(); break;
      case 3: ref = parse_reference_time("1999-12-31").value(); break;
      default: break;
      }
      ++data, --size;
    }
    text = {reinterpret_cast<char const*>(data), size};
    valid = !text::first_invalid(text);
    text::normalize_options o;
    o.invalid = text::invalid_utf8_policy::replace;
    auto d = text::prepare(text, o);
    DEPECHE_FUZZ_CHECK(d.has_value());
    doc.emplace(std::move(*d));
    an.emplace(*doc, ref);
  }
  [[nodiscard]] recognize::context ctx() const { return an->view(); }
};

} // namespace depeche::fuzz

#endif
