// SPDX-License-Identifier: MIT
// Bodies of the default pipeline (included by extract.hpp, or with DEPECHE_SEPARATE_COMPILATION by
// <depeche/src.hpp> in one .cpp of yours).
#ifndef DEPECHE_IMPL_EXTRACT_IPP_INCLUDED
#define DEPECHE_IMPL_EXTRACT_IPP_INCLUDED

#include <depeche/extract.hpp>
#include <depeche/recognize/detail/number_cache.hpp>

namespace depeche {

DEPECHE_EXTRACT_INLINE result<extraction> extractor::operator()(std::string_view text,
                                                                extract_options const& opts) const {
  auto doc = text::prepare(text, opts.normalize);
  if (!doc) return doc.error();
  recognize::analysis const an(*doc, opts.reference);
  return run(an.view(), opts);
}

DEPECHE_EXTRACT_INLINE extraction extractor::run(recognize::context const& ctx, extract_options const& opts) const {
  extraction x;
  x.sentences.assign(ctx.sentences.begin(), ctx.sentences.end());
  // the numbers and the quantities layers read the same number scan: do it once
  recognize::detail::number_scan scan;
  auto shared = ctx;
  if (!shared.numbers_scanned) {
    scan.run(ctx);
    shared.numbers_scanned = &scan;
  }
  auto r = pipeline_.run(shared);
  x.numbers = std::move(std::get<0>(r));
  x.quantities = std::move(std::get<1>(r));
  x.dates = std::move(std::get<2>(r));
  x.attributions = std::move(std::get<3>(r));
  static claims::boilerplate_detector const furniture;  // its word lists are built once, not per document
  x.lines = furniture.classify(ctx.folded, ctx.tokens);
  x.claims = claims::assemble<recognize::quantity, recognize::temporal, recognize::attribution>(
      ctx, x.quantities, x.dates, x.attributions, x.lines, opts.claims);
  return x;
}

DEPECHE_EXTRACT_INLINE extractor const& default_extractor() {
  static extractor const e;
  return e;
}

DEPECHE_EXTRACT_INLINE result<extraction> extract(std::string_view text, extract_options const& opts) {
  return default_extractor()(text, opts);
}

} // namespace depeche

#endif
