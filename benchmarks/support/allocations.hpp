// SPDX-License-Identifier: MIT
// Counts of the calls to the global operator new made by the calling thread (the operators are
// replaced in benchmarks/memory.cpp for the whole depeche_bench executable; a thread-local count
// costs a few instructions per allocation and no contention).
#ifndef DEPECHE_BENCHMARKS_SUPPORT_ALLOCATIONS_HPP_INCLUDED
#define DEPECHE_BENCHMARKS_SUPPORT_ALLOCATIONS_HPP_INCLUDED

#include <cstdint>

namespace bench {

struct allocation_count {
  std::uint64_t calls = 0;  ///< operator new calls
  std::uint64_t bytes = 0;  ///< bytes requested
};

/// What this thread has allocated since it started.
allocation_count thread_allocations() noexcept;

} // namespace bench

#endif
