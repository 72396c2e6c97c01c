// SPDX-License-Identifier: MIT
// Small helpers for tests over French strings: token texts, sentence texts.
#ifndef DEPECHE_TESTS_SUPPORT_FR_HPP_INCLUDED
#define DEPECHE_TESTS_SUPPORT_FR_HPP_INCLUDED

#include <depeche/text.hpp>
#include <depeche/tokenize.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace depeche::test {

/// The original texts of the tokens of `s`.
inline std::vector<std::string> token_texts(std::string const& s) {
  auto doc = text::prepare(s);
  REQUIRE(doc);
  std::vector<std::string> out;
  for (auto const& t : tokenize::tokenizer{}(*doc)) out.emplace_back(t.original().of(s));
  return out;
}

/// The original texts of the sentences of `s`.
inline std::vector<std::string> sentence_texts(std::string const& s) {
  auto doc = text::prepare(s);
  REQUIRE(doc);
  auto toks = tokenize::tokenizer{}(*doc);
  std::vector<std::string> out;
  for (auto const& x : tokenize::split_sentences(doc->analysed(), toks)) out.emplace_back(x.original().of(s));
  return out;
}

using strings = std::vector<std::string>;

} // namespace depeche::test

#endif
