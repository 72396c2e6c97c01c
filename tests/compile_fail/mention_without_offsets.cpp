// SPDX-License-Identifier: MIT
// A recognizer's records must carry begin/end offsets.
#include <depeche/recognize/pipeline.hpp>

#include <string>

struct record {
#if EXPECT_FAIL
  std::string text;  // no begin/end
#else
  std::uint32_t begin = 0, end = 0;
#endif
};

struct r {
  using value_type = record;
  std::vector<record> find(depeche::recognize::context const&) const { return {}; }
};

depeche::recognize::pipeline<r> p{r{}};
