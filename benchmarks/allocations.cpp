// SPDX-License-Identifier: MIT
// The global operator new and delete of depeche_bench, replaced by versions that count, per thread,
// the calls and the bytes requested (read with bench::thread_allocations()). In a file of their own:
// nothing here allocates, so the compiler never sees a `new` paired with these `free`s.
#include "support/allocations.hpp"

#include <cstdlib>
#include <new>

namespace {
thread_local bench::allocation_count t_count;

void* counted(std::size_t n) {
  ++t_count.calls;
  t_count.bytes += n;
  return std::malloc(n ? n : 1);
}

void* counted_aligned(std::size_t n, std::align_val_t al) {
  ++t_count.calls;
  t_count.bytes += n;
  auto const a = static_cast<std::size_t>(al);
  return std::aligned_alloc(a, (n + a - 1) / a * a);
}
} // namespace

bench::allocation_count bench::thread_allocations() noexcept { return t_count; }

void* operator new(std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, std::nothrow_t const&) noexcept { return counted(n); }
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept { return counted(n); }
void* operator new(std::size_t n, std::align_val_t al) {
  if (void* p = counted_aligned(n, al)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t al) {
  if (void* p = counted_aligned(n, al)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
