// SPDX-License-Identifier: MIT
// The number readings of a document, scanned once and shared by the numbers and quantities layers.
#ifndef DEPECHE_RECOGNIZE_DETAIL_NUMBER_CACHE_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_DETAIL_NUMBER_CACHE_HPP_INCLUDED

#include <depeche/recognize/context.hpp>
#include <depeche/recognize/detail/number_scan.hpp>

#include <cstdint>
#include <vector>

namespace depeche::recognize::detail {

/// What `number_scanner` finds in one document: the readings, in text order, and the tokens
/// that may be collective nouns (« centaines », « milliers »).
struct number_scan {
  std::vector<reading> readings;
  std::vector<std::uint32_t> collectives;

  /// Scans `ctx` (clears what was there first; the capacity is kept).
  void run(context const& ctx) {
    readings.clear();
    collectives.clear();
    number_scanner{ctx, &collectives}.run(readings);
  }
};

/// The readings of `ctx`: the ones the caller scanned once for the whole pipeline
/// (`context::numbers_scanned`), else a fresh scan into `scratch`.
[[nodiscard]] inline number_scan const& scan_of(context const& ctx, number_scan& scratch) {
  if (ctx.numbers_scanned) return *ctx.numbers_scanned;
  scratch.run(ctx);
  return scratch;
}

} // namespace depeche::recognize::detail

#endif
