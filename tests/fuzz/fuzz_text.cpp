// SPDX-License-Identifier: MIT
// libFuzzer target: text::prepare under both invalid-UTF-8 policies and with case folding.
#include "invariants.hpp"

namespace depeche::fuzz::target {
inline int text(std::uint8_t const* data, std::size_t size) {
  std::string_view const in(reinterpret_cast<char const*>(data), size);
  auto strict = depeche::text::prepare(in);
  auto const bad = depeche::text::first_invalid(in);
  DEPECHE_FUZZ_CHECK(strict.has_value() == !bad.has_value());
  if (!strict) DEPECHE_FUZZ_CHECK(strict.error().offset == *bad);
  else depeche::fuzz::check_document(*strict);
  depeche::text::normalize_options o;
  o.invalid = depeche::text::invalid_utf8_policy::replace;
  o.fold_case = size % 2 == 1;  // the other options vary with the size too
  o.nfc = (size & 2) == 0;
  o.fold_apostrophes = (size & 4) == 0;
  o.fold_spaces = (size & 8) == 0;
  o.drop_ignorables = (size & 16) == 0;
  auto lenient = depeche::text::prepare(in, o);
  DEPECHE_FUZZ_CHECK(lenient.has_value());
  depeche::fuzz::check_document(*lenient);
  auto const folded = depeche::text::fold_same_length(lenient->analysed());
  DEPECHE_FUZZ_CHECK(folded.size() == lenient->analysed().size());
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::text(data, size);
}
#endif
