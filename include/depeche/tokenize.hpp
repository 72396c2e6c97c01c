// SPDX-License-Identifier: MIT
// Tokenize layer umbrella: tokens, the French lexicon, the tokenizer and the sentence splitter.
#ifndef DEPECHE_TOKENIZE_HPP_INCLUDED
#define DEPECHE_TOKENIZE_HPP_INCLUDED

#include <depeche/tokenize/lexicon.hpp>
#include <depeche/tokenize/sentences.hpp>
#include <depeche/tokenize/token.hpp>
#include <depeche/tokenize/tokenizer.hpp>

#endif
