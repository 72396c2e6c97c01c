// SPDX-License-Identifier: MIT
#define DEPECHE_TEST
#include "../../examples/custom-unit.cpp"

#include <doctest/doctest.h>

#include <sstream>

TEST_CASE("examples/custom-unit: a user-added unit is recognized") {
  std::ostringstream out;
  CHECK(example::run(out) == 0);
  auto const s = out.str();
  CHECK(s.find("14 nœuds\tvalue=14 unit=[kn_i] dimension=speed\n") != std::string::npos);
  CHECK(s.find("plus de 30 nœuds\tvalue=30 unit=[kn_i] dimension=speed (more_than)") != std::string::npos);
}
