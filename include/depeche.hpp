// SPDX-License-Identifier: MIT
// depeche: French news text to typed, source-attributed claims. Includes every layer.
#ifndef DEPECHE_HPP_INCLUDED
#define DEPECHE_HPP_INCLUDED

#include <depeche/result.hpp>
#include <depeche/version.hpp>
#include <depeche/text.hpp>
#include <depeche/tokenize.hpp>
#include <depeche/grammar.hpp>
#include <depeche/recognize.hpp>

#endif
