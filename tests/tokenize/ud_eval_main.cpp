// SPDX-License-Identifier: MIT
// ud_eval FILE.conllu [N]: token and sentence F1 of depeche on a UD treebank, with the N most frequent
// token disagreements and examples of missed and spurious sentence boundaries (a tuning aid).
#include "tokenize/ud_eval.hpp"

#include "support/seeds.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ud = depeche::test::ud;
using depeche::span;

namespace {

std::string join(std::string_view text, std::vector<span> const& spans, std::size_t b, std::size_t e) {
  std::string out;
  for (auto k = b; k < e; ++k) {
    if (!out.empty()) out += " | ";
    out += spans[k].of(text);
  }
  return out;
}

std::string context(std::string_view text, std::uint32_t at, std::uint32_t width) {
  auto const b = at > width ? at - width : 0u;
  auto const e = std::min<std::size_t>(text.size(), at + width);
  auto s = std::string(text.substr(b, at - b)) + " ‖ " + std::string(text.substr(at, e - at));
  // keep whole UTF-8 sequences at the edges
  while (!s.empty() && (static_cast<unsigned char>(s.front()) & 0xC0) == 0x80) s.erase(0, 1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) >= 0x80) s.pop_back();
  return s;
}

} // namespace

int main(int argc, char** argv) {
  auto const path = argc > 1 ? std::string(argv[1])
                             : (depeche::test::shared_dir() / "data" / "ud-french-gsd" / "fr_gsd-ud-dev.conllu").string();
  std::size_t const top = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 40;
  auto const conllu = depeche::test::read_file(path);
  if (conllu.empty()) {
    std::fprintf(stderr, "ud_eval: cannot read %s\n", path.c_str());
    return 2;
  }
  auto const e = ud::evaluate(conllu);
  if (!e.ok) {
    std::fprintf(stderr, "ud_eval: text::prepare rejected the text\n");
    return 1;
  }
  std::string_view const text = e.gold.text;
  std::printf("%s\n  sentences %zu, gold tokens %zu, unaligned gold forms %zu\n", path.c_str(), e.gold.sentences.size(),
              e.gold.tokens.size(), e.gold.unaligned);
  std::printf("  token F1    %.2f %%  (P %.2f, R %.2f)\n", e.token_scores.f1() * 100, e.token_scores.precision() * 100,
              e.token_scores.recall() * 100);
  std::printf("  sentence F1 %.2f %%  (P %.2f, R %.2f)\n", e.sentence_scores.f1() * 100,
              e.sentence_scores.precision() * 100, e.sentence_scores.recall() * 100);

  // token disagreements: maximal regions where gold and predicted boundaries differ
  std::map<std::string, std::size_t> patterns;
  auto const& g = e.gold.tokens;
  auto const& p = e.tokens;
  std::size_t i = 0, j = 0;
  while (i < g.size() && j < p.size()) {
    if (g[i] == p[j]) { ++i; ++j; continue; }
    if (g[i].end <= p[j].begin) { ++i; continue; }  // gold token in a gap (should not happen)
    if (p[j].end <= g[i].begin) { ++j; continue; }
    auto const i0 = i, j0 = j;
    std::uint32_t end = std::max(g[i].end, p[j].end);
    ++i; ++j;
    for (;;) {
      bool grew = false;
      while (i < g.size() && g[i].begin < end) { end = std::max(end, g[i].end); ++i; grew = true; }
      while (j < p.size() && p[j].begin < end) { end = std::max(end, p[j].end); ++j; grew = true; }
      if (!grew) break;
    }
    ++patterns["gold: " + join(text, g, i0, i) + "   ours: " + join(text, p, j0, j)];
  }
  std::vector<std::pair<std::size_t, std::string>> sorted;
  for (auto const& [k, v] : patterns) sorted.emplace_back(v, k);
  std::sort(sorted.begin(), sorted.end(), [](auto const& a, auto const& b) { return a.first > b.first; });
  std::printf("\ntoken disagreements: %zu distinct\n", sorted.size());
  for (std::size_t k = 0; k < std::min(top, sorted.size()); ++k)
    std::printf("%5zu  %s\n", sorted[k].first, sorted[k].second.c_str());

  // sentence boundaries
  std::vector<std::uint32_t> gold_ends, our_ends;
  for (auto const& s : e.gold.sentences) gold_ends.push_back(s.end);
  for (auto const& s : e.sentences) our_ends.push_back(s.end);
  std::vector<std::uint32_t> missed, spurious;
  std::set_difference(gold_ends.begin(), gold_ends.end(), our_ends.begin(), our_ends.end(), std::back_inserter(missed));
  std::set_difference(our_ends.begin(), our_ends.end(), gold_ends.begin(), gold_ends.end(), std::back_inserter(spurious));
  std::printf("\nmissed sentence ends: %zu\n", missed.size());
  for (std::size_t k = 0; k < std::min(top, missed.size()); ++k) std::printf("  %s\n", context(text, missed[k], 50).c_str());
  std::printf("\nspurious sentence ends: %zu\n", spurious.size());
  for (std::size_t k = 0; k < std::min(top, spurious.size()); ++k)
    std::printf("  %s\n", context(text, spurious[k], 50).c_str());
  return 0;
}
