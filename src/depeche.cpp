// SPDX-License-Identifier: MIT
// Internal to the project's build (never installed: the library stays header-only). The tests,
// examples and benchmarks are built with DEPECHE_SEPARATE_COMPILATION and link this one file, which
// compiles the default pipeline and the Spirit X3 date grammar once instead of in every translation
// unit (see CMakeLists.txt, depeche_compiled). It is exactly what a user of that mode writes.
#include <depeche/src.hpp>
