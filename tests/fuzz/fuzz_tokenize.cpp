// SPDX-License-Identifier: MIT
// libFuzzer target: tokenizer and sentence splitter over any bytes (invalid UTF-8 replaced).
#include "invariants.hpp"

namespace depeche::fuzz::target {
inline int tokenize(std::uint8_t const* data, std::size_t size) {
  std::string_view const in(reinterpret_cast<char const*>(data), size);
  depeche::text::normalize_options o;
  o.invalid = depeche::text::invalid_utf8_policy::replace;
  auto doc = depeche::text::prepare(in, o);
  DEPECHE_FUZZ_CHECK(doc.has_value());
  auto toks = depeche::tokenize::tokenizer{}(*doc);
  depeche::fuzz::check_tokens(*doc, toks);
  auto const sents = depeche::tokenize::split_sentences(doc->analysed(), toks);
  depeche::fuzz::check_sentences(toks, sents);
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::tokenize(data, size);
}
#endif
