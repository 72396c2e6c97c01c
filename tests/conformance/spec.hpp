// SPDX-License-Identifier: MIT
// Loader for the Recognizers-Text French spec files (../shared/conformance/recognizers-text-fr).
#ifndef DEPECHE_TESTS_CONFORMANCE_SPEC_HPP_INCLUDED
#define DEPECHE_TESTS_CONFORMANCE_SPEC_HPP_INCLUDED

#include "support/seeds.hpp"

#include <boost/json.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::conformance {

/// One expected entity of a case. Offsets are converted from the spec's UTF-16 code units
/// (inclusive `End`, or `Start` + `Length`) to UTF-8 byte offsets into `input`, when given.
struct expected {
  std::string text;
  std::string type;                    ///< `TypeName` (model specs) or `Type` (extractor/parser specs)
  std::optional<std::uint32_t> begin;  ///< UTF-8 byte offsets, when the spec gives offsets that point at `text`
  std::optional<std::uint32_t> end;
  boost::json::value resolution;       ///< `Resolution` (model specs) or `Value` (parser specs), null if absent
};

struct spec_case {
  std::size_t index = 0;
  std::string input;
  std::optional<std::string> reference;  ///< Context.ReferenceDateTime, e.g. "2016-11-07T00:00:00"
  bool dotnet_supported = true;          ///< neither NotSupported nor NotSupportedByDesign names dotnet
  std::vector<expected> results;
};

namespace detail {

/// UTF-8 byte offset of UTF-16 code unit `u16` in `s` (clamped to s.size()).
inline std::size_t utf16_to_utf8(std::string_view s, std::size_t u16) {
  std::size_t i = 0, units = 0;
  while (i < s.size() && units < u16) {
    auto const b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    i += len;
  }
  return i < s.size() ? i : s.size();
}

inline bool names_dotnet(boost::json::object const& c, char const* key) {
  auto const* v = c.if_contains(key);
  if (!v || !v->is_string()) return false;
  std::string_view s = v->get_string();
  return s.find("dotnet") != std::string_view::npos;
}

inline std::optional<std::int64_t> int_field(boost::json::object const& o, std::initializer_list<char const*> keys) {
  for (auto k : keys)
    if (auto const* v = o.if_contains(k); v && v->is_int64()) return v->get_int64();
  return std::nullopt;
}

inline std::string string_field(boost::json::object const& o, std::initializer_list<char const*> keys) {
  for (auto k : keys)
    if (auto const* v = o.if_contains(k); v && v->is_string()) return std::string(v->get_string());
  return {};
}

} // namespace detail

/// Path of a spec file, e.g. spec_path("Number/NumberModel.json").
inline std::filesystem::path spec_path(std::string_view relative) {
  return test::shared_dir() / "conformance" / "recognizers-text-fr" / relative;
}

/// Loads every case of a spec file; empty when the shared folder is absent.
inline std::vector<spec_case> load(std::string_view relative) {
  std::vector<spec_case> out;
  auto const path = spec_path(relative);
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return out;
  auto text = test::read_file(path);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  auto const root = boost::json::parse(text);
  std::size_t index = 0;
  for (auto const& v : root.as_array()) {
    auto const& c = v.as_object();
    spec_case sc;
    sc.index = index++;
    sc.input = detail::string_field(c, {"Input"});
    if (auto const* ctx = c.if_contains("Context"); ctx && ctx->is_object())
      if (auto const* r = ctx->as_object().if_contains("ReferenceDateTime"); r && r->is_string())
        sc.reference = std::string(r->get_string());
    sc.dotnet_supported = !detail::names_dotnet(c, "NotSupported") && !detail::names_dotnet(c, "NotSupportedByDesign");
    if (auto const* rs = c.if_contains("Results"); rs && rs->is_array()) {
      for (auto const& rv : rs->as_array()) {
        auto const& r = rv.as_object();
        expected e;
        e.text = detail::string_field(r, {"Text"});
        e.type = detail::string_field(r, {"TypeName", "Typename", "Type"});
        if (auto const* res = r.if_contains("Resolution")) e.resolution = *res;
        else if (auto const* val = r.if_contains("Value")) e.resolution = *val;
        auto const start = detail::int_field(r, {"Start", "start"});
        auto const end_incl = detail::int_field(r, {"End", "end"});
        auto const length = detail::int_field(r, {"Length", "length"});
        if (start && (end_incl || length)) {
          auto const b = detail::utf16_to_utf8(sc.input, static_cast<std::size_t>(*start));
          auto const e16 = end_incl ? static_cast<std::size_t>(*end_incl + 1) : static_cast<std::size_t>(*start + *length);
          auto const en = detail::utf16_to_utf8(sc.input, e16);
          // keep offsets only when they point at the text (case-insensitively by length)
          if (en >= b && en - b == e.text.size()) {
            e.begin = static_cast<std::uint32_t>(b);
            e.end = static_cast<std::uint32_t>(en);
          }
        }
        sc.results.push_back(std::move(e));
      }
    }
    out.push_back(std::move(sc));
  }
  return out;
}

/// One row of the per-file conformance table.
struct tally {
  std::string file;
  std::size_t cases = 0, passed = 0, peer_supported = 0, passed_of_supported = 0;
};

inline void print_table(std::vector<tally> const& rows) {
  std::printf("| file | cases | passed | peer supports (dotnet) | passed among those |\n");
  std::printf("| --- | ---: | ---: | ---: | ---: |\n");
  for (auto const& r : rows)
    std::printf("| %s | %zu | %zu | %zu | %zu |\n", r.file.c_str(), r.cases, r.passed, r.peer_supported,
                r.passed_of_supported);
}

} // namespace depeche::conformance

#endif
