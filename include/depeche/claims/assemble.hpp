// SPDX-License-Identifier: MIT
// Joins quantities, dates and attributions into claims, sentence by sentence and clause by clause.
#ifndef DEPECHE_CLAIMS_ASSEMBLE_HPP_INCLUDED
#define DEPECHE_CLAIMS_ASSEMBLE_HPP_INCLUDED

#include <depeche/claims/boilerplate.hpp>
#include <depeche/claims/claim.hpp>
#include <depeche/claims/predicate.hpp>
#include <depeche/recognize/context.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace depeche::claims {

/// Options of claim assembly.
struct assemble_options {
  bool keep_boilerplate = true;  ///< false: claims on page furniture are left out instead of flagged
};

namespace detail {

/// A set of phrases looked for at word starts in one pass over a text: a byte table of their
/// first bytes rejects most positions without comparing anything.
class phrase_scan {
public:
  constexpr phrase_scan(std::initializer_list<std::string_view> phrases) noexcept {
    for (auto w : phrases) {
      if (w.empty() || n_ == max_phrases) continue;
      phrases_[n_++] = w;
      first_[static_cast<unsigned char>(w.front())] = true;
    }
  }
  /// Whether one of the phrases starts a word of `text` (a position after no letter nor digit).
  [[nodiscard]] constexpr bool in(std::string_view text) const noexcept {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!first_[static_cast<unsigned char>(text[i])]) continue;
      if (i > 0 && word_byte(text[i - 1])) continue;
      auto const rest = text.substr(i);
      for (std::size_t k = 0; k < n_; ++k)
        if (phrases_[k].front() == rest.front() && rest.starts_with(phrases_[k])) return true;
    }
    return false;
  }

private:
  static constexpr std::size_t max_phrases = 32;
  static constexpr bool word_byte(char c) noexcept {
    auto const u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u >= 0x80;
  }
  std::string_view phrases_[max_phrases]{};
  std::size_t n_ = 0;
  bool first_[256]{};
};

/// Words that hedge a statement without a conditional verb (at word starts: « présumé » covers
/// « présumées », « il semble » covers « il semblerait »).
inline bool hedge_phrase_in(std::string_view folded) noexcept {
  static constexpr phrase_scan hedges{"probablement", "peut-être", "sans doute", "vraisemblablement",
                                      "selon toute vraisemblance", "il semble", "semble-t-il", "possiblement",
                                      "il est possible", "pourrait", "pourraient", "apparemment", "supposément", "présumé",
                                      "prétendument", "il se pourrait", "hypothétique"};
  return hedges.in(folded);
}

/// « si … », « s'il … », « au cas où … » before the verb: the conditional that follows is hypothetical.
inline bool hypothetical_before(std::string_view folded) noexcept {
  static constexpr phrase_scan conditions{"si ", "s'il ", "s'ils ", "au cas où", "à supposer", "dans l'hypothèse"};
  return conditions.in(folded);
}

/// Indices of the non-empty records inside [b, e). When `sorted` (begins in text order, as the
/// recognizers return them), only the records from the first begin >= b are looked at: linear
/// time over a document instead of sentences × records.
template <class M>
std::vector<std::uint32_t> inside(std::span<M const> ms, std::uint32_t b, std::uint32_t e, bool sorted = false) {
  std::vector<std::uint32_t> out;
  std::size_t k = 0;
  if (sorted)
    k = static_cast<std::size_t>(
        std::lower_bound(ms.begin(), ms.end(), b, [](M const& m, std::uint32_t x) { return m.begin < x; }) - ms.begin());
  for (; k < ms.size(); ++k) {
    if (sorted && ms[k].begin >= e) break;
    if (ms[k].begin >= b && ms[k].end <= e && ms[k].end > ms[k].begin) out.push_back(static_cast<std::uint32_t>(k));
  }
  return out;
}

template <class M>
bool begins_sorted(std::span<M const> ms) {
  return std::is_sorted(ms.begin(), ms.end(), [](M const& x, M const& y) { return x.begin < y.begin; });
}

/// First token at or after original offset `o` in [first, last).
inline std::uint32_t token_at(std::span<tokenize::token const> toks, std::uint32_t first, std::uint32_t last,
                              std::uint32_t o) {
  auto it = std::lower_bound(toks.begin() + first, toks.begin() + last, o,
                             [](tokenize::token const& t, std::uint32_t x) { return t.begin < x; });
  return static_cast<std::uint32_t>(it - toks.begin());
}

} // namespace detail

/// Builds the claims of a document.
///
/// A sentence is one claim, unless several attributions scope over disjoint parts of it
/// (« Selon Kiev, A …, tandis que Moscou affirme que B … »): then each attributed part is a
/// claim of its own, with the attribution that scopes over it rather than the nearest cue. An
/// attribution whose content lies in another sentence (a quote over several sentences, a source
/// left after a wrong sentence break) attaches to the claims of every sentence its content
/// covers. A claim exists when it carries at least one quantity, date or attribution.
///
/// `Q`, `D` and `A` are the quantity, date and attribution records (anything with original
/// `begin`/`end`; attributions also need `cue_begin`, `cue_end`, `content`, `hedged`, `negated`,
/// `hypothetical`).
template <class Q, class D, class A>
[[nodiscard]] std::vector<claim> assemble(recognize::context const& ctx, std::span<Q const> quantities,
                                          std::span<D const> dates, std::span<A const> attributions,
                                          std::span<line const> lines, assemble_options const& opts = {}) {
  std::vector<claim> out;
  auto const furniture = boilerplate_detector::sentence_flags(lines, ctx.sentences);
  auto const toks = ctx.tokens;
  auto const sents = ctx.sentences;
  bool const q_sorted = detail::begins_sorted(quantities), d_sorted = detail::begins_sorted(dates);
  // attributions whose content overlaps each sentence, in index order: the sentences each content
  // overlaps are found by binary search (sentences are ordered and disjoint), not by a scan of
  // every attribution for every sentence
  std::vector<std::vector<std::uint32_t>> scoping_of(sents.size());
  for (std::size_t k = 0; k < attributions.size(); ++k) {
    auto const& a = attributions[k];
    auto const cb = a.content.empty() ? a.begin : a.content.begin;
    auto const ce = a.content.empty() ? a.end : a.content.end;
    auto si = std::upper_bound(sents.begin(), sents.end(), cb,
                               [](std::uint32_t x, tokenize::sentence const& st) { return x < st.end; });
    for (; si != sents.end() && si->begin < ce; ++si)
      if (cb < si->end) scoping_of[static_cast<std::size_t>(si - sents.begin())].push_back(static_cast<std::uint32_t>(k));
  }
  for (std::size_t si = 0; si < sents.size(); ++si) {
    auto const& s = sents[si];
    bool const boiler = furniture[si];
    if (boiler && !opts.keep_boilerplate) continue;

    // attributions whose content overlaps the sentence
    auto const& scoping = scoping_of[si];
    // clauses: one per attribution whose content lies inside the sentence, when they are disjoint
    struct clause {
      std::uint32_t begin, end;
      std::vector<std::uint32_t> attrs;
    };
    std::vector<clause> clauses;
    bool split = false;
    if (scoping.size() >= 2) {
      std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
      for (auto k : scoping) {
        auto const& a = attributions[k];
        if (a.content.empty() || a.content.begin < s.begin || a.content.end > s.end) {
          parts.clear();
          break;
        }
        parts.emplace_back(a.content.begin, a.content.end);
      }
      std::sort(parts.begin(), parts.end());
      split = parts.size() >= 2;
      for (std::size_t k = 1; k < parts.size() && split; ++k) split = parts[k].first >= parts[k - 1].second;
    }
    if (split) {
      for (auto k : scoping) {
        auto const& a = attributions[k];
        clauses.push_back({a.content.begin, a.content.end, {k}});
      }
      std::sort(clauses.begin(), clauses.end(), [](clause const& x, clause const& y) { return x.begin < y.begin; });
    } else {
      clauses.push_back({s.begin, s.end, scoping});
    }

    for (auto const& c : clauses) {
      claim cl;
      cl.begin = c.begin;
      cl.end = c.end;
      cl.sentence = static_cast<std::uint32_t>(si);
      cl.quantities = detail::inside(quantities, c.begin, c.end, q_sorted);
      cl.dates = detail::inside(dates, c.begin, c.end, d_sorted);
      cl.attributions = c.attrs;
      // a split sentence: mentions outside every clause go to the nearest clause before them
      if (split && &c == &clauses.front()) {
        auto extra_q = detail::inside(quantities, s.begin, s.end, q_sorted);
        auto extra_d = detail::inside(dates, s.begin, s.end, d_sorted);
        auto in_any = [&](auto const& m) {
          for (auto const& o : clauses)
            if (m.begin >= o.begin && m.end <= o.end) return true;
          return false;
        };
        for (auto k : extra_q)
          if (!in_any(quantities[k])) cl.quantities.push_back(k);
        for (auto k : extra_d)
          if (!in_any(dates[k])) cl.dates.push_back(k);
      }
      if (cl.quantities.empty() && cl.dates.empty() && cl.attributions.empty()) continue;
      cl.reported = !cl.attributions.empty();
      for (auto k : cl.attributions) {
        auto const& a = attributions[k];
        cl.hedged = cl.hedged || (a.hedged && !a.hypothetical);
        cl.negated = cl.negated || a.negated;
      }
      // the predicate: in the attributed content when there is one, skipping the cue
      auto const first = detail::token_at(toks, s.first_token, s.last_token, c.begin);
      auto const last = detail::token_at(toks, s.first_token, s.last_token, c.end);
      std::uint32_t pf = first, pl = last;
      if (cl.attributions.size() == 1) {
        auto const& a = attributions[cl.attributions.front()];
        if (!a.content.empty() && a.content.begin >= c.begin && a.content.end <= c.end) {
          pf = detail::token_at(toks, first, last, a.content.begin);
          pl = detail::token_at(toks, first, last, a.content.end);
        }
      }
      auto pred = find_predicate(ctx, pf, pl);
      // a declarative cue verb is not the claim's predicate: look after it
      for (auto k : cl.attributions) {
        auto const& a = attributions[k];
        while (pred && toks[pred->first_token].begin < a.cue_end && toks[pred->last_token - 1].end > a.cue_begin &&
               pred->last_token < pl)
          pred = find_predicate(ctx, pred->last_token, pl);
      }
      if (pred) {
        bool in_cue = false;
        for (auto k : cl.attributions) {
          auto const& a = attributions[k];
          in_cue = in_cue || (toks[pred->first_token].begin < a.cue_end && toks[pred->last_token - 1].end > a.cue_begin);
        }
        if (!in_cue) {
          cl.predicate = pred->lemma;
          if (pred->subject_first)
            cl.subject = subject_phrase{toks[*pred->subject_first].begin, toks[*pred->subject_last - 1].end};
          cl.negated = cl.negated || pred->negated;
          // the journalistic conditional hedges (« aurait déployé »), the hypothetical one does not (« si …, il aurait »)
          auto const vb = toks[pred->first_token].a_begin;
          auto const cb = toks[pf < pl ? pf : pred->first_token].a_begin;
          bool const hypothetical = detail::hypothetical_before(ctx.folded.substr(cb, vb > cb ? vb - cb : 0));
          cl.hedged = cl.hedged || (pred->conditional && !hypothetical);
        }
      }
      if (!cl.hedged) {
        auto const a_b = toks[first < last ? first : s.first_token].a_begin;
        auto const a_e = toks[(last > first ? last : s.last_token) - 1].a_end;
        cl.hedged = detail::hedge_phrase_in(ctx.folded.substr(a_b, a_e - a_b));
      }
      cl.boilerplate = boiler;
      out.push_back(std::move(cl));
    }
  }
  return out;
}

} // namespace depeche::claims

#endif
