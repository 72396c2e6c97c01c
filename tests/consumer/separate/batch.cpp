// SPDX-License-Identifier: MIT
// depeche::extract_batch and parallel_for: output order, per-document errors, any number of threads.
#include <depeche/batch.hpp>

#include "support/seeds.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

/// Everything an extraction found, as offsets: two extractions are equal when their signatures are.
std::string signature(depeche::result<depeche::extraction> const& r) {
  if (!r) return "error " + std::to_string(static_cast<int>(r.error().code)) + "@" + std::to_string(r.error().offset);
  std::string s;
  auto put = [&](char tag, auto const& records) {
    s += tag;
    for (auto const& x : records) s += ' ' + std::to_string(x.begin) + '-' + std::to_string(x.end);
    s += '\n';
  };
  put('s', r->sentences);
  put('n', r->numbers);
  put('q', r->quantities);
  put('d', r->dates);
  put('a', r->attributions);
  put('c', r->claims);
  return s;
}

std::vector<std::string> documents() {
  std::vector<std::string> docs = {
      "Selon Météo-France, il est tombé 120 mm de pluie en 24 heures sur le Gard, un record depuis 2002.",
      "",
      "Le gouvernement prévoit 4,5 milliards d'euros d'économies en 2026, a indiqué jeudi le ministre.",
      "Le texte contient un octet invalide ici : \xFF et la suite.",
      "« Nous n'avons jamais vu ça », confie une habitante de 78 ans, évacuée samedi matin.",
      "La SNCF annonce la suppression de 3 TGV sur 5 entre Paris et Lyon du 12 au 15 décembre.",
  };
  for (auto& s : depeche::test::seeds()) docs.push_back(std::move(s.text));
  // a long document among short ones, so that threads finish out of order
  std::string longer;
  for (int i = 0; i < 200; ++i)
    longer += "D'après l'Insee, les prix ont augmenté de " + std::to_string(i % 9 + 1) + ",2 % sur un an en mars " +
              std::to_string(1990 + i % 35) + ". ";
  docs.insert(docs.begin() + 1, std::move(longer));
  return docs;
}

} // namespace

TEST_CASE("extract_batch: one result per document, in input order, identical for 1, 2, 3 and all threads") {
  auto const owned = documents();
  std::vector<std::string_view> const docs(owned.begin(), owned.end());
  std::vector<std::string> expected;
  for (auto d : docs) expected.push_back(signature(depeche::extract(d)));

  for (unsigned threads : {1u, 2u, 3u, 0u}) {
    CAPTURE(threads);
    auto const out = depeche::extract_batch(docs, threads);
    REQUIRE(out.size() == docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
      CAPTURE(i);
      CHECK(signature(out[i]) == expected[i]);
    }
  }
}

TEST_CASE("extract_batch: a bad document is an error value in its own slot; the others are analysed") {
  std::vector<std::string_view> const docs = {"Le déficit atteint 5,8 % du PIB.", "Un octet \xC0 invalide.",
                                              "Il y a 3 000 manifestants à Lyon."};
  auto const out = depeche::extract_batch(docs, 2);
  REQUIRE(out.size() == 3);
  CHECK(out[0].has_value());
  REQUIRE(!out[1].has_value());
  CHECK(out[1].error().code == depeche::errc::invalid_utf8);
  CHECK(out[1].error().offset == 9);
  REQUIRE(out[2].has_value());
  CHECK(!out[2]->quantities.empty());
}

TEST_CASE("extract_batch: options apply to every document; no documents, no results") {
  std::vector<std::string_view> const docs = {"La réunion aura lieu demain.", "Elle a démissionné hier."};
  depeche::extract_options opts;
  opts.reference = depeche::parse_reference_time("2025-03-04").value();
  auto const out = depeche::extract_batch(docs, 2, opts);
  REQUIRE(out.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    REQUIRE(out[i]);
    REQUIRE(!out[i]->dates.empty());
    CHECK(signature(out[i]) == signature(depeche::extract(docs[i], opts)));
  }
  CHECK(depeche::extract_batch(std::vector<std::string_view>{}, 4).empty());
}

TEST_CASE("parallel_for: every index exactly once, on any number of threads") {
  for (unsigned threads : {1u, 2u, 7u, 0u}) {
    std::vector<std::atomic<int>> seen(1000);
    depeche::parallel_for(seen.size(), threads, [&](std::size_t i) { seen[i].fetch_add(1); });
    int wrong = 0;
    for (auto const& s : seen) wrong += s.load() != 1;
    CHECK(wrong == 0);
  }
  int calls = 0;
  depeche::parallel_for(0, 4, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("parallel_for: an exception stops the loop and reaches the caller after the threads joined") {
  for (unsigned threads : {1u, 2u, 3u}) {
    std::atomic<int> calls{0};
    CHECK_THROWS_AS(depeche::parallel_for(10000, threads,
                                          [&](std::size_t) {
                                            calls.fetch_add(1);
                                            throw std::runtime_error("boom");
                                          }),
                    std::runtime_error);
    // a worker that threw stops, the others stop before their next item
    CHECK(calls.load() >= 1);
    CHECK(calls.load() <= static_cast<int>(threads));
  }
}
