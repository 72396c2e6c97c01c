// SPDX-License-Identifier: MIT
// libFuzzer target: the one-call pipeline (depeche::extractor), both invalid-UTF-8 policies, with and
// without a reference date. Checks every record of every layer, claims and lines included.
#include "records.hpp"

#include <depeche/extract.hpp>

namespace depeche::fuzz::target {
inline int pipeline(std::uint8_t const* data, std::size_t size) {
  using namespace depeche;
  static extractor const x;
  depeche::extract_options opts;
  if (size > 0) {
    if (data[0] & 1) opts.reference = parse_reference_time("2025-05-01T12:00").value();
    if (data[0] & 2) opts.normalize.invalid = text::invalid_utf8_policy::replace;
    opts.claims.keep_boilerplate = (data[0] & 4) != 0;
    ++data, --size;
  }
  std::string_view const in(reinterpret_cast<char const*>(data), size);
  auto const bad = text::first_invalid(in);
  auto const r = x(in, opts);
  if (!r) {
    DEPECHE_FUZZ_CHECK(bad && opts.normalize.invalid == text::invalid_utf8_policy::reject);
    DEPECHE_FUZZ_CHECK(r.error().code == errc::invalid_utf8 && r.error().offset == *bad);
    return 0;
  }
  DEPECHE_FUZZ_CHECK(!bad || opts.normalize.invalid == text::invalid_utf8_policy::replace);
  bool const valid = !bad;
  auto const& e = *r;
  std::uint32_t prev = 0;
  for (auto const& s : e.sentences) {
    fuzz::check_span(in, valid, s.begin, s.end);
    DEPECHE_FUZZ_CHECK(s.begin >= prev && s.end > s.begin);
    prev = s.end;
  }
  fuzz::check_numbers(in, valid, e.numbers);
  fuzz::check_quantities(in, valid, e.quantities);
  fuzz::check_dates(in, valid, e.dates);
  fuzz::check_attributions(in, valid, e.attributions);
  prev = 0;
  for (auto const& l : e.lines) {
    fuzz::check_span(in, valid, l.begin, l.end);
    DEPECHE_FUZZ_CHECK(l.begin >= prev);
    prev = l.end;
  }
  for (auto const& c : e.claims) {
    fuzz::check_span(in, valid, c.begin, c.end);
    DEPECHE_FUZZ_CHECK(c.sentence < e.sentences.size());
    for (auto k : c.quantities) DEPECHE_FUZZ_CHECK(k < e.quantities.size());
    for (auto k : c.dates) DEPECHE_FUZZ_CHECK(k < e.dates.size());
    for (auto k : c.attributions) DEPECHE_FUZZ_CHECK(k < e.attributions.size());
    DEPECHE_FUZZ_CHECK(!c.quantities.empty() || !c.dates.empty() || !c.attributions.empty());
    if (c.subject) fuzz::check_span(in, valid, c.subject->begin, c.subject->end);
    if (c.predicate) DEPECHE_FUZZ_CHECK(!c.predicate->empty() && !text::first_invalid(*c.predicate));
    if (c.boilerplate) DEPECHE_FUZZ_CHECK(opts.claims.keep_boilerplate);
  }
  return 0;
}
} // namespace depeche::fuzz::target

#ifndef DEPECHE_FUZZ_ALL
extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  return depeche::fuzz::target::pipeline(data, size);
}
#endif
