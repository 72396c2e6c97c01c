// SPDX-License-Identifier: MIT
// Many documents on several threads: depeche::extract_batch, and the ordered parallel loop under it.
//
//   std::vector<std::string_view> docs = ...;
//   auto xs = depeche::extract_batch(docs, 0);     // threads; 0: one per core
//   for (std::size_t i = 0; i < xs.size(); ++i)    // xs[i] belongs to docs[i]
//     if (!xs[i]) report(i, xs[i].error()); else use(*xs[i]);
//
// One extractor (immutable, shared) serves every thread; each document is analysed by exactly one
// thread, and results come back in the order of the input whatever the number of threads. A bad
// document gives an error value in its slot and the others go on.
#ifndef DEPECHE_BATCH_HPP_INCLUDED
#define DEPECHE_BATCH_HPP_INCLUDED

#include <depeche/extract.hpp>
#include <depeche/result.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <thread>
#include <vector>

namespace depeche {

/// The number of threads a `threads = 0` request means: one per hardware thread (at least one).
[[nodiscard]] inline unsigned hardware_threads() noexcept {
  auto const n = std::thread::hardware_concurrency();
  return n == 0 ? 1u : n;
}

/// Calls `f(i)` once for each i in [0, n), on up to `threads` threads (0: one per core; never more
/// threads than items). Items are handed out one at a time from a shared counter, so long and short
/// documents balance. With one thread (or one item) everything runs on the calling thread. When `f`
/// throws, the remaining items are skipped and the first exception is rethrown after every thread
/// has finished. `f` must be safe to call concurrently for distinct i.
template <class F>
void parallel_for(std::size_t n, unsigned threads, F&& f) {
  if (threads == 0) threads = hardware_threads();
  auto const workers = static_cast<std::size_t>(std::min<std::size_t>(threads, n));
  if (workers <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_error;
  std::mutex error_mutex;
  auto work = [&] {
    for (;;) {
      if (failed.load(std::memory_order_relaxed)) return;
      auto const i = next.fetch_add(1, std::memory_order_relaxed);
      if (i >= n) return;
      try {
        f(i);
      } catch (...) {
        std::lock_guard const lock(error_mutex);
        if (!first_error) first_error = std::current_exception();
        failed.store(true, std::memory_order_relaxed);
        return;
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    pool.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(work);
    work();  // the calling thread is one of the workers
  }  // joins
  if (first_error) std::rethrow_exception(first_error);
}

/// Runs `x` over every document on `threads` threads (0: one per hardware thread). `out[i]` is the
/// result of `docs[i]`: an extraction, or the error value that document gave (invalid UTF-8, too
/// large...). `opts` applies to every document.
[[nodiscard]] inline std::vector<result<extraction>> extract_batch(std::span<std::string_view const> docs,
                                                                   unsigned threads, extract_options const& opts,
                                                                   extractor const& x) {
  std::vector<std::optional<result<extraction>>> slots(docs.size());
  parallel_for(docs.size(), threads, [&](std::size_t i) { slots[i].emplace(x(docs[i], opts)); });
  std::vector<result<extraction>> out;
  out.reserve(docs.size());
  for (auto& s : slots) out.push_back(std::move(*s));
  return out;
}

/// The same with the shared default extractor.
[[nodiscard]] inline std::vector<result<extraction>> extract_batch(std::span<std::string_view const> docs,
                                                                   unsigned threads = 0,
                                                                   extract_options const& opts = {}) {
  return extract_batch(docs, threads, opts, default_extractor());
}

} // namespace depeche

#endif
