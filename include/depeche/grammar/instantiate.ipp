// SPDX-License-Identifier: MIT
// Compiles the bodies of the depeche grammars in one translation unit of yours.
//
// Define DEPECHE_GRAMMAR_SEPARATE for every translation unit of the target (they then see only
// rule declarations) and include this file from exactly one .cpp: the heavy Spirit X3
// instantiations happen once instead of once per file.
#ifndef DEPECHE_GRAMMAR_SEPARATE
#  error "instantiate.ipp is for builds with DEPECHE_GRAMMAR_SEPARATE defined"
#endif

#include <depeche/grammar/date.hpp>
#include <depeche/grammar/detail/date_def.hpp>

namespace depeche::grammar {
BOOST_SPIRIT_INSTANTIATE(temporal_rule, iterator_type, date_context_type)
BOOST_SPIRIT_INSTANTIATE(interval_rule, iterator_type, date_context_type)
BOOST_SPIRIT_INSTANTIATE(date_point_rule, iterator_type, date_context_type)
BOOST_SPIRIT_INSTANTIATE(time_expr_rule, iterator_type, date_context_type)
BOOST_SPIRIT_INSTANTIATE(duration_rule, iterator_type, date_context_type)
BOOST_SPIRIT_INSTANTIATE(set_expr_rule, iterator_type, date_context_type)
} // namespace depeche::grammar
