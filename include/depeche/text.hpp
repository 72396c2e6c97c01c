// SPDX-License-Identifier: MIT
// Text layer umbrella: UTF-8 validation, normalization for analysis and the offset map.
#ifndef DEPECHE_TEXT_HPP_INCLUDED
#define DEPECHE_TEXT_HPP_INCLUDED

#include <depeche/text/document.hpp>
#include <depeche/text/fold.hpp>
#include <depeche/text/normalize.hpp>
#include <depeche/text/offsets.hpp>
#include <depeche/text/utf8.hpp>

#endif
