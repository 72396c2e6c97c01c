// SPDX-License-Identifier: MIT
// The tokenizer and the sentence splitter allocate nothing per token: this executable counts
// every call to the global operator new.
#include <depeche/tokenize/tokenizer.hpp>
#include <depeche/tokenize/sentences.hpp>

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {
std::atomic<std::size_t> allocations{0};
} // namespace

void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {
/// A few hundred KB of French in varied shapes: elisions, clitics, numbers, quotes, lines.
std::string long_text() {
  std::string const paragraph =
      "Selon l’état-major sud-coréen, Pyongyang aurait envoyé 12\u202F000 soldats ; a-t-il confirmé ?\n"
      "« Nous ne céderons pas », a déclaré M. Dupont le 1er mars, av. J.-C. compris… Voir https://exemple.fr/a.\n"
      "Le coût atteint 3,5 % du PIB, soit 7\u00A0820 milliards d’euros (environ 47 Md$) selon l’O.N.U.\n\n"
      "Titre d’une autre dépêche\nmercredi 18 juin — écrire à redaction@exemple.fr ou @Reuters #Ukraine 👍🏽\n";
  std::string s;
  while (s.size() < 300000) s += paragraph;
  return s;
}
} // namespace

TEST_CASE("tokenize: no allocation per token") {
  auto const text = long_text();
  auto const doc = depeche::text::prepare(text);
  REQUIRE(doc);
  depeche::tokenize::tokenizer const tk;
  std::vector<depeche::tokenize::token> tokens;
  std::vector<depeche::tokenize::sentence> sentences;
  tk.tokenize(*doc, tokens);  // first use: the lexicon, the class table and the vectors' capacity
  depeche::tokenize::split_sentences(doc->analysed(), tokens, sentences);
  REQUIRE(tokens.size() > 50000);
  REQUIRE(sentences.size() > 3000);

  SUBCASE("reused vectors: none at all") {
    tokens.clear();
    sentences.clear();
    auto const before = allocations.load();
    tk.tokenize(*doc, tokens);
    depeche::tokenize::split_sentences(doc->analysed(), tokens, sentences);
    CHECK(allocations.load() - before == 0);
  }
  SUBCASE("fresh vectors: a few growths, not one per token") {
    std::vector<depeche::tokenize::token> fresh;
    std::vector<depeche::tokenize::sentence> fresh_sentences;
    auto const before = allocations.load();
    tk.tokenize(*doc, fresh);
    depeche::tokenize::split_sentences(doc->analysed(), fresh, fresh_sentences);
    CHECK(allocations.load() - before <= 40);  // geometric growth of two vectors
    CHECK(fresh == tokens);
  }
}
