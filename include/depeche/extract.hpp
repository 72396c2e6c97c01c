// SPDX-License-Identifier: MIT
// The default pipeline in one call: text → numbers, quantities, dates, attributions and claims.
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
  [[nodiscard]] result<extraction> operator()(std::string_view text, extract_options const& opts = {}) const {
    auto doc = text::prepare(text, opts.normalize);
    if (!doc) return doc.error();
    recognize::analysis const an(*doc, opts.reference);
    return run(an.view(), opts);
  }

  /// Runs the pipeline and assembles claims over an already analysed document.
  [[nodiscard]] extraction run(recognize::context const& ctx, extract_options const& opts = {}) const {
    extraction x;
    x.sentences.assign(ctx.sentences.begin(), ctx.sentences.end());
    auto r = pipeline_.run(ctx);
    x.numbers = std::move(std::get<0>(r));
    x.quantities = std::move(std::get<1>(r));
    x.dates = std::move(std::get<2>(r));
    x.attributions = std::move(std::get<3>(r));
    x.lines = claims::boilerplate_detector{}.classify(ctx.folded, ctx.tokens);
    x.claims = claims::assemble<recognize::quantity, recognize::temporal, recognize::attribution>(
        ctx, x.quantities, x.dates, x.attributions, x.lines, opts.claims);
    return x;
  }

  [[nodiscard]] pipeline_type const& pipeline() const noexcept { return pipeline_; }

private:
  pipeline_type pipeline_;
};

/// The shared default extractor (built on first use, thread-safe).
[[nodiscard]] inline extractor const& default_extractor() {
  static extractor const e;
  return e;
}

/// Runs the default pipeline over `text`: the one-call API.
///
///     auto x = depeche::extract("Selon le NIS, la Corée du Nord aurait déployé 12 000 soldats.");
///     if (x) for (auto const& c : x->claims) ...
[[nodiscard]] inline result<extraction> extract(std::string_view text, extract_options const& opts = {}) {
  return default_extractor()(text, opts);
}

} // namespace depeche

#endif
