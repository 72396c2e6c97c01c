// SPDX-License-Identifier: MIT
// libFuzzer target: the attributions layer (cues, sources, content, quotes, modality).
#include "common.hpp"
#include "records.hpp"

#include <depeche/recognize/attributions.hpp>

namespace depeche::fuzz::target {
inline int attributions(std::uint8_t const* data, std::size_t size) {
  static depeche::recognize::attributions const attributions{};
  depeche::fuzz::input const in(data, size);
  depeche::fuzz::check_attributions(in.text, in.valid, attributions(in.ctx()));
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::attributions(data, size);
}
#endif
