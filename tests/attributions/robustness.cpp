// SPDX-License-Identifier: MIT
// Random soups of cue words, names, quotes, dashes and line breaks: no crash, every span in range.
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

namespace {

constexpr char const* pieces[] = {
    "selon", "Selon", "d'après", "D’après", "de source", "Pour", "pour", "aux yeux de", "à en croire", "cité par",
    "a déclaré", "a-t-il déclaré", "affirme-t-elle", "dément", "n'a pas", "confirmé", "ne", "pas", "que", "qu'",
    "qui", ",", ".", ":", ";", "«", "»", "“", "”", "\"", "(", ")", "—", "-", "–", "\n", "\n\n", "le", "la", "l'",
    "les", "un", "une", "des", "du", "de", "au", "NIS", "(NIS)", "KCNA", "Reuters", "(@Reuters)", "@AFP",
    "April 15, 2025", "Lloyd Austin", "M.", "Mme", "ministre", "porte-parole", "rapport", "think-tank", "il", "elle",
    "lui", "Il", "Elle", "aurait", "pourrait", "si", "s'il", "probablement", "et", "mais", "ministère", "Washington",
    "Moscou", "Séoul", "34", "%", "des personnes interrogées", "ManilleAucun", "CNNDes", "sur", "deux", "depuis",
    "dix ans", "a officiellement reconnu", "continue de nier", "refuse de", "commenter", "s'inquiète", "avait",
    "été", "par", "menée", "publiée", "jeudi", "le 3 mars", "\xC2\xA0", "\xE2\x80\xAF", "é", "É", "🇫🇷",
};

} // namespace

TEST_CASE("attributions: random soups") {
  std::uint64_t state = 0x2545F4914F6CDD1Dull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  constexpr auto n_pieces = sizeof(pieces) / sizeof(pieces[0]);
  std::size_t found = 0;
  for (int doc = 0; doc < 400; ++doc) {
    std::string s;
    auto const len = 5 + next() % 120;
    for (std::uint64_t k = 0; k < len; ++k) {
      s += pieces[next() % n_pieces];
      if (next() % 4) s += ' ';
    }
    auto const r = depeche::test::attribute(s);  // checks that every span lies inside the text
    found += r->all.size();
    for (auto const& a : r->all) {
      if (a.quote) {
        CHECK(a.quote->begin <= a.quote->end);
        CHECK(a.quote->end <= s.size());
      }
      for (auto const& l : a.source.chain) CHECK(l.end <= s.size());
      if (a.source.antecedent) CHECK(a.source.antecedent->end <= s.size());
    }
  }
  CHECK(found > 0);
}

TEST_CASE("attributions: degenerate documents") {
  for (auto const* s : {"", " ", "\n\n\n", "«", "»", "« « « «", "» » »", "selon", "Selon ,", "a-t-il", "— (@x)",
                        "—\n— (@a) (@b)", "Pour", "cité par", "(", ")", "de source", "\"\"\"\"", "a déclaré"}) {
    auto const r = depeche::test::attribute(s);
    CHECK(r->all.size() <= 2);
  }
}
