// SPDX-License-Identifier: MIT
// Every public layer over one input, with the fuzz targets' invariants checked as doctest assertions.
#ifndef DEPECHE_TESTS_RELIABILITY_LAYERS_HPP_INCLUDED
#define DEPECHE_TESTS_RELIABILITY_LAYERS_HPP_INCLUDED

#include <doctest/doctest.h>

// a failure is reported with its condition; a success costs no doctest assertion (millions of records)
#define DEPECHE_FUZZ_CHECK(cond)       \
  do {                                 \
    if (!(cond)) FAIL(#cond);          \
  } while (0)
#include "fuzz/records.hpp"

#include <depeche/extract.hpp>
#include <depeche/recognize/attributions.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/reference.hpp>
#include <depeche/text.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace depeche::reliability {

/// The recognizers, built once (they are immutable and shared).
struct recognizers {
  recognize::numbers numbers{};
  recognize::quantities quantities{};
  recognize::dates dates{};
  recognize::attributions attributions{};
  extractor pipeline{};
  static recognizers const& get() {
    static recognizers const r;
    return r;
  }
};

/// What a run found, to check a few meanings besides the invariants.
struct counts {
  std::size_t tokens = 0, sentences = 0, numbers = 0, quantities = 0, dates = 0, attributions = 0, claims = 0;
};

/// Prepares `bytes` (invalid UTF-8 replaced), runs every layer and checks every invariant: the
/// offset map, tokens and sentences, record spans inside the input (and on character boundaries
/// when the input is valid UTF-8), finite values, well-formed TIMEX3 values. Strict preparation
/// must fail exactly when the input is not valid UTF-8, at the first bad byte.
inline counts run_all_layers(std::string_view bytes, std::optional<reference_time> ref = std::nullopt) {
  auto const bad = text::first_invalid(bytes);
  auto const strict = text::prepare(bytes);
  REQUIRE(strict.has_value() == !bad.has_value());
  if (!strict) {
    CHECK(strict.error().code == errc::invalid_utf8);
    CHECK(strict.error().offset == *bad);
  }
  text::normalize_options o;
  o.invalid = text::invalid_utf8_policy::replace;
  auto const doc = text::prepare(bytes, o);
  REQUIRE(doc.has_value());
  fuzz::check_document(*doc);
  recognize::analysis const an(*doc, ref);
  fuzz::check_tokens(*doc, an.tokens());
  fuzz::check_sentences(an.tokens(), an.sentences());
  auto const ctx = an.view();
  auto const& r = recognizers::get();
  bool const valid = !bad;
  counts c;
  c.tokens = an.tokens().size();
  c.sentences = an.sentences().size();
  auto const ns = r.numbers.find(ctx);
  fuzz::check_numbers(bytes, valid, ns);
  c.numbers = ns.size();
  auto const qs = r.quantities.find(ctx);
  fuzz::check_quantities(bytes, valid, qs);
  c.quantities = qs.size();
  auto const ds = r.dates(ctx);
  fuzz::check_dates(bytes, valid, ds);
  c.dates = ds.size();
  auto const as = r.attributions(ctx);
  fuzz::check_attributions(bytes, valid, as);
  c.attributions = as.size();
  // the one-call pipeline: same document, records checked again, claims point at them
  extract_options xo;
  xo.reference = ref;
  xo.normalize = o;
  auto const x = r.pipeline(bytes, xo);
  REQUIRE(x.has_value());
  fuzz::check_numbers(bytes, valid, x->numbers);
  fuzz::check_quantities(bytes, valid, x->quantities);
  fuzz::check_dates(bytes, valid, x->dates);
  fuzz::check_attributions(bytes, valid, x->attributions);
  for (auto const& cl : x->claims) {
    fuzz::check_span(bytes, valid, cl.begin, cl.end);
    REQUIRE(cl.sentence < x->sentences.size());
    for (auto k : cl.quantities) REQUIRE(k < x->quantities.size());
    for (auto k : cl.dates) REQUIRE(k < x->dates.size());
    for (auto k : cl.attributions) REQUIRE(k < x->attributions.size());
  }
  c.claims = x->claims.size();
  auto const xs = r.pipeline(bytes, {.reference = ref, .normalize = {}, .claims = {}});
  REQUIRE(xs.has_value() == !bad.has_value());
  return c;
}

} // namespace depeche::reliability

#endif
