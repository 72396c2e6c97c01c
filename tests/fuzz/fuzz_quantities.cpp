// SPDX-License-Identifier: MIT
// libFuzzer target: the quantities layer, with default options and with ranges off and unit mentions on.
#include "common.hpp"
#include "records.hpp"

#include <depeche/recognize/quantities.hpp>

namespace depeche::fuzz::target {
inline int quantities(std::uint8_t const* data, std::size_t size) {
  static depeche::recognize::quantities const plain{};
  static depeche::recognize::quantities const other{
      depeche::recognize::quantity_options{.bare_numbers = true, .counted_nouns = true, .ranges = false, .unit_mentions = true}};
  depeche::fuzz::input const in(data, size);
  depeche::fuzz::check_quantities(in.text, in.valid, plain.find(in.ctx()));
  depeche::fuzz::check_quantities(in.text, in.valid, other.find(in.ctx()));
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::quantities(data, size);
}
#endif
