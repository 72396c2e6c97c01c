// SPDX-License-Identifier: MIT
// The one translation unit of the DateTime conformance runner that compiles the date grammar.
#include <depeche/grammar/instantiate.ipp>
