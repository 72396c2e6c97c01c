// SPDX-License-Identifier: MIT
// Umbrella for the grammar layer: composable Spirit X3 rules over folded French text.
#ifndef DEPECHE_GRAMMAR_HPP_INCLUDED
#define DEPECHE_GRAMMAR_HPP_INCLUDED

#include <depeche/grammar/calendar.hpp>
#include <depeche/grammar/config.hpp>
#include <depeche/grammar/date.hpp>
#include <depeche/grammar/number.hpp>
#include <depeche/grammar/unit.hpp>

#endif
