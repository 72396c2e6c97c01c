// SPDX-License-Identifier: MIT
// libFuzzer target: depeche-extract's JSON Lines reader with every layer, output checked line by line.
// Each non-blank input line gives exactly one output line: a valid JSON object with an `id` and
// either an `error` (and the reader then reports failure) or the layers, where every object with
// `begin`, `end` and `text` has `text` equal to the document's bytes [begin, end).
#define DEPECHE_TEST
#include "../../examples/depeche-extract.cpp"

#include "invariants.hpp"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::fuzz::jsonl {

/// Checks the spans of every object under `v` against `doc`.
void check_spans(json::value const& v, std::string_view doc) {
  if (auto const* a = v.if_array()) {
    for (auto const& x : *a) check_spans(x, doc);
    return;
  }
  auto const* o = v.if_object();
  if (!o) return;
  auto const* b = o->if_contains("begin");
  auto const* e = o->if_contains("end");
  auto const* t = o->if_contains("text");
  if (b && e) {
    DEPECHE_FUZZ_CHECK(b->is_int64() && e->is_int64());
    auto const bi = b->as_int64(), ei = e->as_int64();
    DEPECHE_FUZZ_CHECK(0 <= bi && bi <= ei && static_cast<std::uint64_t>(ei) <= doc.size());
    if (t) {
      DEPECHE_FUZZ_CHECK(t->is_string());
      auto const want = depeche::io::json_text(doc.substr(static_cast<std::size_t>(bi), static_cast<std::size_t>(ei - bi)));
      DEPECHE_FUZZ_CHECK(t->as_string() == want);
    }
  }
  for (auto const& kv : *o) check_spans(kv.value(), doc);
}

/// The reader's diagnostics are not wanted: a stream in a failed state writes nothing.
inline void quiet() { std::cerr.rdbuf(nullptr); }

} // namespace depeche::fuzz::jsonl

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  depeche::fuzz::jsonl::quiet();
  return 0;
}
#endif

namespace depeche::fuzz::target {
inline int jsonl(std::uint8_t const* data, std::size_t size) {
  std::string const input(reinterpret_cast<char const*>(data), size);
  options opts;
  opts.jsonl_input = true;
  for (auto const& l : all_layers) opts.layers.push_back(&l);
  opts.normalize.invalid = size % 2 ? depeche::text::invalid_utf8_policy::replace : depeche::text::invalid_utf8_policy::reject;

  char* buf = nullptr;
  std::size_t len = 0;
  FILE* mem = open_memstream(&buf, &len);
  DEPECHE_FUZZ_CHECK(mem != nullptr);
  FILE* const saved = stdout;
  stdout = mem;  // glibc: `write` prints to whatever `stdout` is
  std::istringstream in(input);
  bool ok = false;
  {
    ordered_output sink(opts);
    process_jsonl(sink, in, "fuzz");
    ok = sink.flush();
  }
  stdout = saved;
  std::fclose(mem);
  std::string const out(buf, len);
  std::free(buf);

  // input lines that are not blank, as std::getline splits them
  std::vector<std::string_view> lines;
  std::string_view rest = input;
  while (!rest.empty()) {
    auto const nl = rest.find('\n');
    auto const line = rest.substr(0, nl);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back(line);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
  }
  std::size_t k = 0;
  bool any_error = false;
  std::string_view o = out;
  while (!o.empty()) {
    auto const nl = o.find('\n');
    DEPECHE_FUZZ_CHECK(nl != std::string_view::npos);  // every record ends its line
    auto const line = o.substr(0, nl);
    o.remove_prefix(nl + 1);
    DEPECHE_FUZZ_CHECK(k < lines.size());
    boost::system::error_code ec;
    auto const rec = json::parse(line, ec);
    DEPECHE_FUZZ_CHECK(!ec && rec.is_object());
    auto const& obj = rec.as_object();
    DEPECHE_FUZZ_CHECK(obj.contains("id"));
    if (obj.contains("error")) {
      any_error = true;
      auto const& e = obj.at("error");
      DEPECHE_FUZZ_CHECK(e.is_object() && e.as_object().contains("code") && e.as_object().contains("message"));
    } else {
      // the document is the `text` of the input record
      auto const src = json::parse(lines[k]);
      auto const& s = src.as_object().at("text").as_string();
      std::string_view const doc(s.data(), s.size());
      for (auto const& l : all_layers) {
        DEPECHE_FUZZ_CHECK(obj.contains(l.name));
        jsonl::check_spans(obj.at(l.name), doc);
      }
    }
    ++k;
  }
  DEPECHE_FUZZ_CHECK(k == lines.size());
  DEPECHE_FUZZ_CHECK(ok == !any_error);
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::jsonl(data, size);
}
#endif
