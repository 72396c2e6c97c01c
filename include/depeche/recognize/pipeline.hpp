// SPDX-License-Identifier: MIT
// A pipeline: recognizers composed in order, run over one document, results kept by type.
#ifndef DEPECHE_RECOGNIZE_PIPELINE_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_PIPELINE_HPP_INCLUDED

#include <depeche/recognize/recognizer.hpp>

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace depeche::recognize {

/// The records of one document, one vector per recognizer, in pipeline order.
template <class... Ts>
using results = std::tuple<std::vector<Ts>...>;

/// Recognizers composed in order: `pipeline p{dates{}, quantities{units}, ship_names{}};`.
/// Immutable after construction: `run` is const and may be called from several threads.
template <recognizer... Rs>
class pipeline {
public:
  using results_type = results<typename Rs::value_type...>;

  explicit pipeline(Rs... rs) : rs_(std::move(rs)...) {}

  /// Runs every recognizer over the document; then drops records of exclusive recognizers that
  /// overlap a record of an earlier exclusive recognizer.
  [[nodiscard]] results_type run(context const& ctx) const {
    results_type out;
    run_each(ctx, out, std::index_sequence_for<Rs...>{});
    resolve_overlaps(out, std::index_sequence_for<Rs...>{});
    return out;
  }

  /// The I-th recognizer.
  template <std::size_t I>
  [[nodiscard]] auto const& get() const noexcept {
    return std::get<I>(rs_);
  }

  static constexpr std::size_t size = sizeof...(Rs);

private:
  std::tuple<Rs...> rs_;

  template <std::size_t... I>
  void run_each(context const& ctx, results_type& out, std::index_sequence<I...>) const {
    ((std::get<I>(out) = std::get<I>(rs_).find(ctx)), ...);
  }

  /// Spans claimed so far, sorted by begin, with the running maximum of their ends.
  struct claimed {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
    std::vector<std::uint32_t> max_end;
    [[nodiscard]] bool overlaps(std::uint32_t b, std::uint32_t e) const {
      auto const it = std::lower_bound(spans.begin(), spans.end(), std::pair{e, std::uint32_t{0}});
      auto const k = static_cast<std::size_t>(it - spans.begin());
      return k > 0 && max_end[k - 1] > b;
    }
    void add(std::vector<std::pair<std::uint32_t, std::uint32_t>> const& more) {
      spans.insert(spans.end(), more.begin(), more.end());
      std::sort(spans.begin(), spans.end());
      max_end.resize(spans.size());
      std::uint32_t m = 0;
      for (std::size_t k = 0; k < spans.size(); ++k) max_end[k] = m = std::max(m, spans[k].second);
    }
  };

  template <std::size_t... I>
  static void resolve_overlaps(results_type& out, std::index_sequence<I...>) {
    claimed taken;
    (resolve_one<I>(out, taken), ...);
  }

  template <std::size_t I>
  static void resolve_one(results_type& out, claimed& taken) {
    using R = std::tuple_element_t<I, std::tuple<Rs...>>;
    if constexpr (is_exclusive<R>) {
      auto& v = std::get<I>(out);
      v.erase(std::remove_if(v.begin(), v.end(),
                             [&](auto const& m) {
                               return taken.overlaps(static_cast<std::uint32_t>(m.begin), static_cast<std::uint32_t>(m.end));
                             }),
              v.end());
      std::vector<std::pair<std::uint32_t, std::uint32_t>> mine;
      mine.reserve(v.size());
      for (auto const& m : v) mine.emplace_back(static_cast<std::uint32_t>(m.begin), static_cast<std::uint32_t>(m.end));
      taken.add(mine);
    }
  }
};

template <class... Rs>
pipeline(Rs...) -> pipeline<Rs...>;

/// The records of type T in a results tuple (T must appear once).
template <class T, class... Ts>
[[nodiscard]] std::vector<T> const& records(std::tuple<std::vector<Ts>...> const& r) noexcept {
  return std::get<std::vector<T>>(r);
}

} // namespace depeche::recognize

#endif
