// SPDX-License-Identifier: MIT
// Separate compilation: include this file from exactly ONE .cpp of a target whose translation units
// all define DEPECHE_SEPARATE_COMPILATION (e.g. `target_compile_definitions(app PRIVATE
// DEPECHE_SEPARATE_COMPILATION)` and a `depeche.cpp` holding `#include <depeche/src.hpp>`).
// That file compiles the default pipeline (depeche::extract, extractor, default_extractor) and the
// Spirit X3 date grammar once; the other files see declarations only and compile quickly.
// Do not also include <depeche/grammar/instantiate.ipp> in the same target: this file does.
// Without DEPECHE_SEPARATE_COMPILATION (header-only mode) including it changes nothing.
#ifndef DEPECHE_SRC_HPP_INCLUDED
#define DEPECHE_SRC_HPP_INCLUDED

#include <depeche/extract.hpp>

#ifdef DEPECHE_SEPARATE_COMPILATION
#  include <depeche/impl/extract.ipp>
#  include <depeche/grammar/instantiate.ipp>
#endif

#endif
