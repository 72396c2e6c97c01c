// SPDX-License-Identifier: MIT
// What every recognizer reads: the document, its folded text, tokens, sentences and reference date.
#ifndef DEPECHE_RECOGNIZE_CONTEXT_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_CONTEXT_HPP_INCLUDED

#include <depeche/reference.hpp>
#include <depeche/text/document.hpp>
#include <depeche/text/fold.hpp>
#include <depeche/tokenize/sentences.hpp>
#include <depeche/tokenize/tokenizer.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::recognize {

namespace detail {
struct number_scan;
} // namespace detail

/// A read-only view of one analysed document, handed to every recognizer.
///
/// Positions in `analysed` and `folded` are the same byte offsets (folding preserves lengths);
/// recognizers work in these analysed offsets and convert to original byte offsets with
/// `to_original` when they build their records.
struct context {
  text::document const* doc = nullptr;
  std::string_view analysed;                         ///< NFC, folded apostrophes and spaces
  std::string_view folded;                           ///< `analysed` lower-cased, same length
  std::span<tokenize::token const> tokens;
  std::span<tokenize::sentence const> sentences;
  std::optional<reference_time> reference;           ///< "now" for relative dates, if known
  /// The number readings of this document when they were scanned once for several layers (the
  /// extractor does this); null: each layer scans for itself.
  detail::number_scan const* numbers_scanned = nullptr;

  [[nodiscard]] span to_original(span analysed_span) const noexcept { return doc->to_original(analysed_span); }
  [[nodiscard]] std::string_view original() const noexcept { return doc->original(); }
};

/// Owns what a context views: tokens, sentences and the folded text of a prepared document.
/// Build it once per document; it is immutable afterwards and can be read from several threads.
class analysis {
public:
  explicit analysis(text::document const& doc, std::optional<reference_time> reference = std::nullopt,
                    tokenize::tokenizer const& tk = tokenize::tokenizer{}, tokenize::sentence_options const& so = {})
      : doc_(&doc), folded_(text::fold_same_length(doc.analysed())), reference_(reference) {
    tk.tokenize(doc, tokens_);
    tokenize::split_sentences(doc.analysed(), tokens_, sentences_, so);
  }

  [[nodiscard]] context view() const noexcept {
    return {doc_, doc_->analysed(), folded_, tokens_, sentences_, reference_};
  }
  [[nodiscard]] text::document const& document() const noexcept { return *doc_; }
  [[nodiscard]] std::vector<tokenize::token> const& tokens() const noexcept { return tokens_; }
  [[nodiscard]] std::vector<tokenize::sentence> const& sentences() const noexcept { return sentences_; }

private:
  text::document const* doc_;
  std::string folded_;
  std::optional<reference_time> reference_;
  std::vector<tokenize::token> tokens_;
  std::vector<tokenize::sentence> sentences_;
};

} // namespace depeche::recognize

#endif
