// SPDX-License-Identifier: MIT
#include <depeche/text/fold.hpp>

#include <doctest/doctest.h>

#include <string>

using depeche::text::fold_same_length;

TEST_CASE("text::fold_same_length") {
  CHECK(fold_same_length("ÉTAT-MAJOR SUD-CORÉEN (JCS) À SÉOUL") == "état-major sud-coréen (jcs) à séoul");
  CHECK(fold_same_length("Володимир ЗЕЛЕНСЬКИЙ") == "володимир зеленський");
  CHECK(fold_same_length("ŒUVRE Ÿ ÆTHER ÇA") == "œuvre ÿ æther ça");
  CHECK(fold_same_length("× ÷ @[`{ AZ az 09") == "× ÷ @[`{ az az 09");  // × is not a letter; ASCII bounds
  // « İ » (U+0130) lower-cases to two code points: left as is to keep offsets
  std::string const dotted = "\xC4\xB0stanbul";
  CHECK(fold_same_length(dotted).size() == dotted.size());
  // every ASCII byte, in and out of the 8-byte fast path
  std::string all;
  for (int c = 1; c < 128; ++c) all.push_back(static_cast<char>(c));
  auto const f = fold_same_length(all);
  REQUIRE(f.size() == all.size());
  for (std::size_t k = 0; k < all.size(); ++k) {
    auto const c = static_cast<unsigned char>(all[k]);
    auto const expect = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    CHECK(static_cast<unsigned char>(f[k]) == expect);
  }
  // invalid bytes pass through
  CHECK(fold_same_length("A\xFF" "B") == "a\xFF" "b");
}
