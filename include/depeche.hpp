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
#include <depeche/extract.hpp>  // the default pipeline: depeche::extract, extractor
#include <depeche/batch.hpp>    // many documents on several threads: depeche::extract_batch

#endif
