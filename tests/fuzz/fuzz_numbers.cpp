// SPDX-License-Identifier: MIT
// libFuzzer target: the numbers layer, with default options and with every option on.
#include "common.hpp"
#include "records.hpp"

#include <depeche/recognize/numbers.hpp>

namespace depeche::fuzz::target {
inline int numbers(std::uint8_t const* data, std::size_t size) {
  depeche::fuzz::input const in(data, size);
  auto const plain = depeche::recognize::numbers{}.find(in.ctx());
  depeche::fuzz::check_numbers(in.text, in.valid, plain);
  depeche::recognize::numbers all;
  all.options = {.articles = true, .identifiers = true, .years = true, .relative_ordinals = true, .glued_to_units = true};
  auto const more = all.find(in.ctx());
  depeche::fuzz::check_numbers(in.text, in.valid, more);
  DEPECHE_FUZZ_CHECK(more.size() >= plain.size());  // options only add readings
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::numbers(data, size);
}
#endif
