// SPDX-License-Identifier: MIT
// The one iterator and context every depeche grammar is written for: char const* over folded text.
#ifndef DEPECHE_GRAMMAR_CONFIG_HPP_INCLUDED
#define DEPECHE_GRAMMAR_CONFIG_HPP_INCLUDED

#include <depeche/config.hpp>  // DEPECHE_SEPARATE_COMPILATION implies DEPECHE_GRAMMAR_SEPARATE

#include <boost/spirit/home/x3.hpp>

namespace depeche::grammar {

namespace x3 = boost::spirit::x3;

/// Grammars read the FOLDED analysed text (`recognize::context::folded`): NFC, apostrophes and
/// typographic spaces folded to ASCII, lower-cased with unchanged byte offsets. An iterator into
/// it is an iterator into the analysed text at the same offset.
using iterator_type = char const*;

/// Grammars take no skipper: spaces are part of French number syntax (« 12 000 »).
using context_type = x3::unused_type;

} // namespace depeche::grammar

#endif
