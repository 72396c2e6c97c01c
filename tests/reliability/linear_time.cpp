// SPDX-License-Identifier: MIT
// Linear time: for every layer and every hostile pattern, doubling the input must not more than
// triple the time (a quadratic loop quadruples it). Built to hold on a loaded 2-core machine:
// thread CPU time (not wall time), the minimum of several runs of each size with the two sizes
// interleaved, inputs grown until one run takes a few milliseconds (capped at 256 KiB, so that
// both sizes mostly stay in cache), and a suspicious ratio measured again, longer, then confirmed
// at twice the size (a cache boundary raises one doubling, a quadratic loop every one) before failing.
// Timing means nothing under the sanitizers: the sanitized build skips this test (the hostile
// inputs themselves run there, in hostile.cpp).
//   DEPECHE_VERBOSE=1         print every layer × pattern measure
//   DEPECHE_LINEAR_PATTERN=x  only the patterns whose name contains x
#include "reliability/hostile.hpp"
#include "reliability/layers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace {

#if defined(DEPECHE_SANITIZED_BUILD)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif

/// CPU time of this thread: other processes on the machine do not count.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

constexpr depeche::text::normalize_options lenient{.invalid = depeche::text::invalid_utf8_policy::replace};

/// One prepared and analysed input.
struct prepared {
  std::string text;
  depeche::text::document doc;
  depeche::recognize::analysis an;
  explicit prepared(std::string t)
      : text(std::move(t)),
        doc(*depeche::text::prepare(text, lenient)),
        an(doc) {}
};

/// A layer as the test times it: one run over a prepared input.
struct layer {
  std::string name;
  std::function<std::size_t(prepared const&)> run;
};

std::vector<layer> const& layers() {
  static std::vector<layer> const all = [] {
    auto const& r = depeche::reliability::recognizers::get();
    std::vector<layer> v;
    v.push_back({"prepare", [](prepared const& p) { return depeche::text::prepare(p.text, lenient)->analysed().size(); }});
    v.push_back({"tokenize+sentences", [](prepared const& p) { return depeche::recognize::analysis(p.doc).tokens().size(); }});
    v.push_back({"numbers", [&r](prepared const& p) { return r.numbers.find(p.an.view()).size(); }});
    v.push_back({"quantities", [&r](prepared const& p) { return r.quantities.find(p.an.view()).size(); }});
    v.push_back({"dates", [&r](prepared const& p) { return r.dates(p.an.view()).size(); }});
    v.push_back({"attributions", [&r](prepared const& p) { return r.attributions(p.an.view()).size(); }});
    v.push_back({"pipeline", [&r](prepared const& p) { return r.pipeline.run(p.an.view()).claims.size(); }});
    return v;
  }();
  return all;
}

volatile std::size_t sink = 0;  // keeps the runs from being optimized away

double once(layer const& l, prepared const& p) {
  auto const t0 = cpu_seconds();
  sink = sink + l.run(p);
  return cpu_seconds() - t0;
}

/// The minimum time of `reps` runs on each of two inputs, interleaved so that a change of load
/// hits both sizes alike.
std::pair<double, double> best_of(layer const& l, prepared const& a, prepared const& b, int reps) {
  double ta = 1e9, tb = 1e9;
  for (int k = 0; k < reps; ++k) {
    ta = std::min(ta, once(l, a));
    tb = std::min(tb, once(l, b));
  }
  return {ta, tb};
}

} // namespace

TEST_CASE("reliability: every layer is linear on every hostile pattern" * doctest::skip(sanitized)) {
  constexpr double target = 0.002;                      // grow the input until one run takes this long
  constexpr std::size_t smallest = 16 << 10, largest = 256 << 10;
  constexpr double too_fast = 0.0005;                   // at 1 MB and below this, nothing is quadratic
  auto const* only = std::getenv("DEPECHE_LINEAR_PATTERN");
  bool const verbose = std::getenv("DEPECHE_VERBOSE") != nullptr;
  for (auto const& pat : depeche::hostile::patterns) {
    if (only && std::string_view(pat.name).find(only) == std::string_view::npos) continue;
    std::map<std::size_t, std::unique_ptr<prepared>> inputs;
    auto input = [&](std::size_t n) -> prepared const& {
      auto& slot = inputs[n];
      if (!slot) slot = std::make_unique<prepared>(pat.make(n));
      return *slot;
    };
    for (auto const& l : layers()) {
      CAPTURE(pat.name);
      CAPTURE(l.name);
      std::size_t n = smallest;
      while (n < largest && once(l, input(n)) < target) n *= 2;
      auto const first = best_of(l, input(n), input(2 * n), 5);
      double t1 = first.first, t2 = first.second;
      double ratio = t2 / t1;
      if (ratio > 3 && t2 > too_fast) {  // measure again, longer, before calling it quadratic
        std::tie(t1, t2) = best_of(l, input(n), input(2 * n), 15);
        ratio = t2 / t1;
      }
      if (ratio > 3 && t2 > too_fast) {
        // a cache size between n and 2n makes one doubling dearer; a quadratic loop makes the next
        // one at least as dear: both must exceed 3 to fail
        auto const more = best_of(l, input(2 * n), input(4 * n), 5);
        double const t3 = more.first, t4 = more.second;
        INFO("then " << 4 * n << " B: " << t4 * 1e3 << " ms, ratio " << t4 / t3);
        if (verbose) std::printf("  then %zu B: ratio %.2f\n", 4 * n, t4 / t3);
        ratio = std::min(ratio, t4 / t3);
      }
      INFO(n << " B: " << t1 * 1e3 << " ms, " << 2 * n << " B: " << t2 * 1e3 << " ms, ratio " << ratio);
      if (verbose)
        std::printf("%-20s %-20s %8zu B %9.3f ms  x2 %9.3f ms  ratio %.2f\n", std::string(pat.name).c_str(),
                    l.name.c_str(), n, t1 * 1e3, t2 * 1e3, ratio);
      if (t2 > too_fast) CHECK(ratio <= 3.0);
    }
  }
}
