// SPDX-License-Identifier: MIT
// A recognizer must have a const find(context) returning std::vector<value_type>.
#include <depeche/recognize/pipeline.hpp>

struct hit {
  std::uint32_t begin = 0, end = 0;
};

struct good {
  using value_type = hit;
  std::vector<hit> find(depeche::recognize::context const&) const { return {}; }
};

struct bad {
  using value_type = hit;
#if EXPECT_FAIL
  std::vector<hit> find(depeche::recognize::context const&) { return {}; }  // not const
#else
  std::vector<hit> find(depeche::recognize::context const&) const { return {}; }
#endif
};

static_assert(depeche::recognize::recognizer<good>);
depeche::recognize::pipeline<good, bad> p{good{}, bad{}};
