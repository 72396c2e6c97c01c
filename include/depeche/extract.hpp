// SPDX-License-Identifier: MIT
// The default pipeline in one call: text → numbers, quantities, dates, attributions and claims.
//
// Header-only by default. For faster builds define DEPECHE_SEPARATE_COMPILATION for every translation
// unit of your target and include <depeche/src.hpp> from exactly one .cpp: the pipeline (and the
// Spirit X3 date grammar, since the switch implies DEPECHE_GRAMMAR_SEPARATE) is then compiled once,
// in that file, and the other files only see declarations.
#ifndef DEPECHE_EXTRACT_HPP_INCLUDED
#define DEPECHE_EXTRACT_HPP_INCLUDED

#include <depeche/claims/assemble.hpp>
#include <depeche/claims/boilerplate.hpp>
#include <depeche/claims/claim.hpp>
#include <depeche/recognize/attributions.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/pipeline.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/reference.hpp>
#include <depeche/text/document.hpp>

#include <optional>
#include <string_view>
#include <vector>

#ifdef DEPECHE_SEPARATE_COMPILATION
#  define DEPECHE_EXTRACT_INLINE
#else
#  define DEPECHE_EXTRACT_INLINE inline
#endif

namespace depeche {

/// Options of depeche::extract.
struct extract_options {
  std::optional<reference_time> reference;  ///< "now" for relative dates; else the document's own date
  text::normalize_options normalize;        ///< how the text is prepared (invalid UTF-8 policy, folds)
  claims::assemble_options claims;          ///< keep or leave out claims on page furniture
};

/// Everything depeche finds in one document. Plain aggregates with value semantics; offsets are
/// byte offsets into the text given to extract().
struct extraction {
  std::vector<tokenize::sentence> sentences;
  std::vector<recognize::number_mention> numbers;
  std::vector<recognize::quantity> quantities;
  std::vector<recognize::temporal> dates;
  std::vector<recognize::attribution> attributions;
  std::vector<claims::claim> claims;
  std::vector<claims::line> lines;  ///< the document's lines, with page furniture marked

  /// The typed records a claim refers to.
  [[nodiscard]] std::vector<recognize::quantity const*> quantities_of(claims::claim const& c) const {
    return pick(quantities, c.quantities);
  }
  [[nodiscard]] std::vector<recognize::temporal const*> dates_of(claims::claim const& c) const {
    return pick(dates, c.dates);
  }
  [[nodiscard]] std::vector<recognize::attribution const*> attributions_of(claims::claim const& c) const {
    return pick(attributions, c.attributions);
  }

private:
  template <class T>
  static std::vector<T const*> pick(std::vector<T> const& v, std::vector<std::uint32_t> const& idx) {
    std::vector<T const*> out;
    out.reserve(idx.size());
    for (auto k : idx)
      if (k < v.size()) out.push_back(&v[k]);
    return out;
  }
};

/// The default pipeline: numbers, quantities, dates and attributions, then claims. Build it once
/// and share it: it is immutable and `operator()` may be called from several threads at once.
class extractor {
public:
  using pipeline_type = recognize::pipeline<recognize::numbers, recognize::quantities, recognize::dates,
                                            recognize::attributions>;

  extractor() : pipeline_(recognize::numbers{}, recognize::quantities{}, recognize::dates{}, recognize::attributions{}) {}
  explicit extractor(pipeline_type p) : pipeline_(std::move(p)) {}

  /// Analyses `text` (which must outlive nothing: the result holds no view into it).
  [[nodiscard]] result<extraction> operator()(std::string_view text, extract_options const& opts = {}) const;

  /// Runs the pipeline and assembles claims over an already analysed document.
  [[nodiscard]] extraction run(recognize::context const& ctx, extract_options const& opts = {}) const;

  [[nodiscard]] pipeline_type const& pipeline() const noexcept { return pipeline_; }

private:
  pipeline_type pipeline_;
};

/// The shared default extractor (built on first use, thread-safe).
[[nodiscard]] DEPECHE_EXTRACT_INLINE extractor const& default_extractor();

/// Runs the default pipeline over `text`: the one-call API.
///
///     auto x = depeche::extract("Selon le NIS, la Corée du Nord aurait déployé 12 000 soldats.");
///     if (x) for (auto const& c : x->claims) ...
[[nodiscard]] DEPECHE_EXTRACT_INLINE result<extraction> extract(std::string_view text, extract_options const& opts = {});

} // namespace depeche

#ifndef DEPECHE_SEPARATE_COMPILATION
#  include <depeche/impl/extract.ipp>
#endif

#endif
