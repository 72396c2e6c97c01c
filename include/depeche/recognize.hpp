// SPDX-License-Identifier: MIT
// Umbrella for the recognize layer: the context every recognizer reads and the recognizers.
#ifndef DEPECHE_RECOGNIZE_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_HPP_INCLUDED

#include <depeche/recognize/attributions.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>

#endif
