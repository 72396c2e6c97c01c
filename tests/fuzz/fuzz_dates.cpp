// SPDX-License-Identifier: MIT
// libFuzzer target: the dates layer (grammar and TIMEX3 resolution) against several reference dates.
#include "common.hpp"
#include "records.hpp"

#include <depeche/recognize/dates.hpp>

namespace depeche::fuzz::target {
inline int dates(std::uint8_t const* data, std::size_t size) {
  static depeche::recognize::dates const dates{};
  depeche::fuzz::input const in(data, size);
  depeche::fuzz::check_dates(in.text, in.valid, dates(in.ctx()));
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::dates(data, size);
}
#endif
