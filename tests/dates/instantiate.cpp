// SPDX-License-Identifier: MIT
// The one translation unit of test_dates that compiles the bodies of the date grammar.
#include <depeche/grammar/instantiate.ipp>
