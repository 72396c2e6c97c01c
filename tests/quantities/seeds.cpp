// SPDX-License-Identifier: MIT
// The layers over the shared seed articles: no crash, spans inside the text, sane records.
#include <depeche/recognize/quantities.hpp>

#include "support/quantities.hpp"
#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <cmath>

TEST_CASE("numbers and quantities over the seed articles") {
  auto const seeds = depeche::test::seeds();
  for (auto const& seed : seeds) {
    CAPTURE(seed.name);
    auto doc = depeche::text::prepare(seed.text, {.invalid = depeche::text::invalid_utf8_policy::replace});
    REQUIRE(doc);
    depeche::recognize::analysis a(*doc);
    auto const ns = depeche::recognize::numbers{}.find(a.view());
    auto const qs = depeche::recognize::quantities{}.find(a.view());
    CHECK_FALSE(qs.empty());
    std::uint32_t last = 0;
    for (auto const& q : qs) {
      CHECK(q.begin < q.end);
      CHECK(q.end <= seed.text.size());
      CHECK(q.begin >= last);  // in order, no overlap
      last = q.end;
      CHECK((q.value.has_value() || q.low.has_value() || q.high.has_value()));
      if (q.value) CHECK(std::isfinite(*q.value));
      // a year alone is never a quantity
      if (q.value && !q.unit && !q.counted && q.qualifier == depeche::recognize::quantity_qualifier::exact)
        CHECK_FALSE((*q.value >= 1900 && *q.value <= 2100 && q.end - q.begin == 4));
    }
    for (auto const& n : ns) CHECK(n.end <= seed.text.size());
  }
}
