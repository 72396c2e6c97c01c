// SPDX-License-Identifier: MIT
// Thread safety: one depeche::extractor and one set of recognizers, built once and shared, run from
// several threads at once on different documents; every thread must get what a single thread gets.
// Run it under ThreadSanitizer with scripts/tsan.
#include <depeche/extract.hpp>
#include <depeche/recognize/attributions.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/reference.hpp>
#include <depeche/text.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace {

/// Everything the layers find in one document, comparable.
struct findings {
  std::vector<depeche::tokenize::token> tokens;
  std::vector<depeche::recognize::number_mention> numbers;
  std::vector<depeche::recognize::quantity> quantities;
  std::vector<depeche::recognize::temporal> dates;
  std::vector<depeche::recognize::attribution> attributions;
  std::vector<depeche::claims::claim> claims;  ///< from the shared extractor
  std::vector<depeche::recognize::quantity> pipeline_quantities;
  friend bool operator==(findings const&, findings const&) = default;
};

/// The shared, immutable objects.
struct layers {
  depeche::recognize::numbers numbers{};
  depeche::recognize::quantities quantities{};
  depeche::recognize::dates dates{};
  depeche::recognize::attributions attributions{};
  depeche::extractor extractor{};

  [[nodiscard]] findings run(std::string const& text, bool with_reference) const {
    auto const doc = depeche::text::prepare(text, {.invalid = depeche::text::invalid_utf8_policy::replace});
    REQUIRE(doc);
    std::optional<depeche::reference_time> ref;
    if (with_reference) ref = depeche::parse_reference_time("2025-05-01").value();
    depeche::recognize::analysis const an(*doc, ref);
    auto const ctx = an.view();
    depeche::extract_options opts;
    opts.reference = ref;
    opts.normalize.invalid = depeche::text::invalid_utf8_policy::replace;
    auto x = extractor(text, opts);
    REQUIRE(x);
    return {an.tokens(), numbers.find(ctx), quantities.find(ctx), dates(ctx), attributions(ctx), std::move(x->claims),
            std::move(x->quantities)};
  }
};

/// Documents that exercise every layer, each different (the threads must not share results).
std::vector<std::string> documents() {
  std::vector<std::string> docs;
  char const* const parts[] = {
      "Selon le ministère des Armées, plus de 12 000 soldats ont été déployés le 3 mars 2025.",
      "« Nous ne reculerons pas », a déclaré jeudi le président, cité par l'AFP.",
      "Le prix du baril a augmenté de 16 % en deux semaines, d'après les analystes de la banque.",
      "Entre 2 000 et 5 000 civils auraient fui la ville depuis lundi, affirme l'ONG.",
      "Paris, le 24 février — La réunion se tiendra du 13 au 15 juillet à Bruxelles.",
      "Le Kremlin dément toute implication ; « c'est absurde », a-t-il ajouté hier soir.",
      "Des milliers de manifestants, environ 40 km de cortège, selon la préfecture de police.",
      "Il y a trois ans, la dette atteignait 3,5 milliards d'euros ; elle a baissé de 2 points.",
  };
  for (std::size_t k = 0; k < 32; ++k) {
    std::string d;
    for (std::size_t j = 0; j < 6; ++j) d += std::string(parts[(k + j * 3) % std::size(parts)]) + (j % 2 ? "\n" : " ");
    d += "\xFF " + std::to_string(k * 37) + " km";  // invalid UTF-8 (replaced) and a per-document number
    docs.push_back(std::move(d));
  }
  return docs;
}

} // namespace

TEST_CASE("reliability: shared recognizers from several threads give single-threaded results") {
  layers const shared;  // constructed once, then only read
  auto const docs = documents();
  std::vector<findings> expected;
  for (std::size_t k = 0; k < docs.size(); ++k) expected.push_back(shared.run(docs[k], k % 2 == 0));

  constexpr int thread_count = 4, rounds = 3;
  std::atomic<int> mismatches{0}, runs{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t) {
    threads.emplace_back([&, t] {
      for (int r = 0; r < rounds; ++r)
        for (std::size_t k = 0; k < docs.size(); ++k) {
          auto const i = (k + static_cast<std::size_t>(t) * 5) % docs.size();  // threads start at different documents
          if (!(shared.run(docs[i], i % 2 == 0) == expected[i])) ++mismatches;
          ++runs;
        }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(runs == thread_count * rounds * static_cast<int>(docs.size()));
  CHECK(mismatches == 0);
}

TEST_CASE("reliability: recognizers built concurrently (function-local statics) are safe") {
  // default tables (units, cues, calendar) are built on first use: several threads racing to it
  std::vector<std::thread> threads;
  std::atomic<std::size_t> found{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      layers const own;
      found += own.run("Selon l'ONU, 3 000 personnes ont fui le 3 mars.", true).quantities.size();
      auto const x = depeche::extract("Selon l'ONU, 3 000 personnes ont fui le 3 mars.");  // default_extractor()
      if (x) found += x->quantities.size();
    });
  for (auto& th : threads) th.join();
  CHECK(found >= 8);
}
