// SPDX-License-Identifier: MIT
// Scores the tokenizer and the sentence splitter against a Universal Dependencies CoNLL-U file.
#ifndef DEPECHE_TESTS_TOKENIZE_UD_EVAL_HPP_INCLUDED
#define DEPECHE_TESTS_TOKENIZE_UD_EVAL_HPP_INCLUDED

#include <depeche/text.hpp>
#include <depeche/tokenize.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::test::ud {

/// The gold standard of a CoNLL-U file: the sentences' `# text` joined by one space, and the
/// byte spans of its surface tokens and sentences in that text.
struct gold_standard {
  std::string text;
  std::vector<span> tokens;     ///< multiword tokens (« du ») and the words no range covers
  std::vector<span> sentences;
  std::size_t unaligned = 0;    ///< gold forms not found in their sentence's text (should be 0)
};

namespace detail {

[[nodiscard]] inline std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (;;) {
    auto const tab = line.find('\t');
    out.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return out;
    line.remove_prefix(tab + 1);
  }
}

[[nodiscard]] inline bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace detail

/// Reads CoNLL-U text. Sentences without a `# text` comment are ignored.
[[nodiscard]] inline gold_standard load_conllu(std::string_view conllu) {
  gold_standard g;
  std::string_view sentence_text;
  std::size_t base = 0;      // where the current sentence starts in g.text
  std::size_t pos = 0;       // alignment position inside the sentence text
  unsigned long covered_to = 0;  // last word id covered by a multiword range
  bool in_sentence = false;

  auto add_token = [&](std::string_view form) {
    auto const at = sentence_text.find(form, pos);
    // the form must follow the previous one with only white space in between
    bool ok = at != std::string_view::npos && !form.empty();
    for (std::size_t k = pos; ok && k < at; ++k) ok = detail::is_space(sentence_text[k]);
    if (!ok) {
      ++g.unaligned;
      return;
    }
    g.tokens.push_back({static_cast<std::uint32_t>(base + at), static_cast<std::uint32_t>(base + at + form.size())});
    pos = at + form.size();
  };

  while (!conllu.empty()) {
    auto const nl = conllu.find('\n');
    auto line = conllu.substr(0, nl);
    conllu = nl == std::string_view::npos ? std::string_view{} : conllu.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with("# text = ")) {
      sentence_text = line.substr(9);
      if (!g.text.empty()) g.text.push_back(' ');
      base = g.text.size();
      g.text.append(sentence_text);
      g.sentences.push_back({static_cast<std::uint32_t>(base), static_cast<std::uint32_t>(g.text.size())});
      pos = 0;
      covered_to = 0;
      in_sentence = true;
      continue;
    }
    if (line.empty()) {
      in_sentence = false;
      continue;
    }
    if (line[0] == '#' || !in_sentence) continue;
    auto const f = detail::fields(line);
    if (f.size() < 2) continue;
    auto const id = f[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty nodes have no surface form
    if (auto const dash = id.find('-'); dash != std::string_view::npos) {
      covered_to = std::stoul(std::string(id.substr(dash + 1)));
      add_token(f[1]);
      continue;
    }
    if (std::stoul(std::string(id)) <= covered_to) continue;
    add_token(f[1]);
  }
  return g;
}

/// Precision, recall and F1 of exact span matches.
struct scores {
  std::size_t gold = 0, predicted = 0, correct = 0;
  [[nodiscard]] double precision() const noexcept { return predicted ? double(correct) / double(predicted) : 0.0; }
  [[nodiscard]] double recall() const noexcept { return gold ? double(correct) / double(gold) : 0.0; }
  [[nodiscard]] double f1() const noexcept {
    auto const p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

/// Counts the spans present in both sorted lists.
[[nodiscard]] inline scores score(std::vector<span> const& gold, std::vector<span> const& predicted) {
  scores s{gold.size(), predicted.size(), 0};
  std::size_t i = 0, j = 0;
  while (i < gold.size() && j < predicted.size()) {
    if (gold[i] == predicted[j]) {
      ++s.correct;
      ++i;
      ++j;
    } else if (gold[i] < predicted[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return s;
}

/// The system's output over a gold standard's text, and its scores.
struct evaluation {
  gold_standard gold;
  std::vector<span> tokens, sentences;
  scores token_scores, sentence_scores;
  bool ok = false;  ///< text::prepare accepted the text
};

/// Runs text::prepare, the tokenizer and the sentence splitter over the gold text and scores them.
[[nodiscard]] inline evaluation evaluate(std::string_view conllu) {
  evaluation e;
  e.gold = load_conllu(conllu);
  auto doc = text::prepare(e.gold.text);
  if (!doc) return e;
  e.ok = true;
  auto toks = tokenize::tokenizer{}(*doc);
  auto const sents = tokenize::split_sentences(doc->analysed(), toks);
  for (auto const& t : toks) e.tokens.push_back(t.original());
  for (auto const& s : sents) e.sentences.push_back(s.original());
  std::sort(e.tokens.begin(), e.tokens.end());
  e.token_scores = score(e.gold.tokens, e.tokens);
  e.sentence_scores = score(e.gold.sentences, e.sentences);
  return e;
}

} // namespace depeche::test::ud

#endif
