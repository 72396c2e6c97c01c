// SPDX-License-Identifier: MIT
// The one file of this target that compiles the pipeline (DEPECHE_SEPARATE_COMPILATION).
#include <depeche/src.hpp>
