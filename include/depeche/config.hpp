// SPDX-License-Identifier: MIT
// Build-time switches and the debug-only assertion macro shared by every layer.
#ifndef DEPECHE_CONFIG_HPP_INCLUDED
#define DEPECHE_CONFIG_HPP_INCLUDED

#include <cstdint>

// DEPECHE_SEPARATE_COMPILATION (see <depeche/src.hpp>): the default pipeline and the X3 date grammar
// are compiled in one .cpp of the user's; it implies the grammar switch DEPECHE_GRAMMAR_SEPARATE.
#if defined(DEPECHE_SEPARATE_COMPILATION) && !defined(DEPECHE_GRAMMAR_SEPARATE)
#  define DEPECHE_GRAMMAR_SEPARATE
#endif

#ifndef DEPECHE_ASSERT
#  ifdef NDEBUG
#    define DEPECHE_ASSERT(expr) static_cast<void>(0)
#  else
#    include <cassert>
/// Checks an invariant of the library itself (never the caller's input); compiled out with NDEBUG.
#    define DEPECHE_ASSERT(expr) assert(expr)
#  endif
#endif

namespace depeche {

/// Largest document the library accepts: offsets are 32-bit byte positions.
inline constexpr std::uint64_t max_document_size = 0xFFFF'FFF0u;

} // namespace depeche

#endif
