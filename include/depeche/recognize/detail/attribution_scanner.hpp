// SPDX-License-Identifier: MIT
// The attribution scanner: cue phrases and verb groups, their sources, contents, quotes and modality.
#ifndef DEPECHE_RECOGNIZE_DETAIL_ATTRIBUTION_SCANNER_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_DETAIL_ATTRIBUTION_SCANNER_HPP_INCLUDED

#include <depeche/recognize/attribution.hpp>
#include <depeche/recognize/detail/attribution_tokens.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace depeche::recognize::detail::attr {

/// An attribution in token terms, before offsets and the registry.
struct candidate {
  cue_kind kind = cue_kind::verb;
  std::uint32_t cue_first = 0, cue_last = 0;  ///< tokens [first, last)
  std::string lemma;
  noun_phrase src;
  span src_bytes{};          ///< analysed bytes of the source (a pronoun inside « -t-il »)
  std::uint32_t content_first = none, content_last = none;
  std::uint32_t quote = none;     ///< quote pair index
  span quote_bytes{};             ///< analysed bytes when the quote is not a pair (social media)
  bool hedged = false, negated = false, hypothetical = false;
  bool cue_hedged = false;        ///< the cue itself hedges: « aurait déclaré », « suggère »
  bool concordance = false;       ///< a past cue with « que »: a conditional is the future of the past
  bool coordinated = false;       ///< shares the subject of the previous verb: « … et affirme »
  std::uint32_t handle = none;    ///< mention token of a social-media author
};

class scanner {
public:
  explicit scanner(token_view const& v) : v_(v), used_(v.size(), 0) {}

  void run(std::vector<candidate>& out) {
    out_ = &out;
    auto const n = v_.size();
    for (std::uint32_t i = 0; i < n; ++i) {
      if (used_[i]) continue;
      if (v_.word(i)) {
        if (try_phrase(i)) continue;
        if (!v_.readings(i).empty()) try_verb(i);
      } else if (v_.dash(i)) {
        try_social(i);
      } else if (v_.is(i, ":")) {
        try_colon(i);
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](candidate const& a, candidate const& b) { return a.cue_first < b.cue_first; });
    // « confirme cette tendance et juge « probable » que … »: the first content stops at the second verb
    for (std::size_t k = 1; k < out.size(); ++k) {
      if (!out[k].coordinated) continue;
      for (std::size_t j = k; j-- > 0;) {
        auto& prev = out[j];
        if (prev.kind != cue_kind::verb || prev.content_first == none) continue;
        if (prev.content_first < out[k].cue_first && out[k].cue_first < prev.content_last) {
          auto b = out[k].cue_first;
          while (b > prev.content_first && (v_.is(b - 1, "et") || v_.is(b - 1, "mais") || v_.is(b - 1, ",") ||
                                            v_.is(b - 1, "ou") || v_.is(b - 1, "puis")))
            --b;
          prev.content_last = trim_end(prev.content_first, b);
          if (prev.quote != none && v_.quotes()[prev.quote].open >= prev.content_last) prev.quote = none;
        }
        break;
      }
    }
    mark_modality(out);
    for (auto& c : out) modality(c);
  }

private:
  //=== helpers ===//

  void mark(std::uint32_t a, std::uint32_t b) {
    for (auto k = a; k < b && k < used_.size(); ++k) used_[k] = 1;
  }

  [[nodiscard]] bool clause_initial(std::uint32_t i) const noexcept {
    auto const sf = v_.sent_first(i);
    if (i == sf) return true;
    auto const p = i - 1;
    return v_.is(p, ",") || v_.is(p, ":") || v_.is(p, ";") || v_.open_quote(p) || v_.dash(p) || v_.is(p, "(") ||
           (v_.word(p) && v_.has(p, wcl::conj)) || v_.newline_before(i);
  }

  /// Whether « l' », « le », « la », « les » at k is an object pronoun (« comme l'a indiqué ») rather
  /// than an article (« selon l'annonce »).
  [[nodiscard]] bool object_clitic_at(std::uint32_t k) const noexcept {
    if (!v_.has(k, wcl::clitic)) return false;
    if (!v_.has(k, wcl::det)) return true;
    if (k == v_.sent_first(k)) return false;
    auto const p = k - 1;
    if (v_.punct(p)) return v_.close_quote(p);
    if (v_.is(p, "que") || v_.is(p, "qu'")) return false;
    if (v_.has(p, wcl::subject_pronoun | wcl::negation) || v_.is(p, "comme") || v_.is(p, "qui") ||
        v_.is(p, "ainsi") || v_.subject_clitic(p))
      return true;
    if (v_.has(p, wcl::prep | wcl::prep_np | wcl::conj | wcl::det | wcl::aux_avoir | wcl::aux_etre | wcl::verb))
      return false;
    return v_.word(p);
  }

  /// Where the clause containing k starts, scanning left: after a subordinator, a finite verb,
  /// a colon, a quote mark or a dash.
  [[nodiscard]] std::uint32_t clause_floor(std::uint32_t k) const noexcept {
    auto const sf = v_.sent_first(k);
    auto m = k;
    while (m > sf && k - m < 40) {
      auto const p = m - 1;
      if (v_.punct(p)) {
        auto const s = v_[p].f;
        if (s == ":" || s == ";" || v_.open_quote(p) || v_.close_quote(p) || v_.dash(p) || v_.final_punct(p)) break;
      } else if (v_.word(p) && (v_.has(p, wcl::subord) || v_.finite_verb(p))) {
        break;
      }
      --m;
    }
    return m;
  }

  /// The noun phrase that ends with token k (or ends just before a comma at k).
  [[nodiscard]] noun_phrase np_ending_at(std::uint32_t k, bool relative) const {
    noun_phrase none_np;
    auto const floor = clause_floor(k);
    noun_phrase fallback;
    for (auto p = floor; p <= k; ++p) {
      bool start = v_.valid_np_start(p);
      if (!start && relative && v_.typed(p) && !v_.cap(p)) start = true;
      if (relative && (v_.is(p, "du") || v_.is(p, "au") || v_.is(p, "aux") ||
                       (v_.is(p, "des") && p > floor && v_.word(p - 1) && !v_.has(p - 1, wcl::prep | wcl::prep_np))))
        start = false;  // « les affirmations du porte-parole X, qui … »: the source is « porte-parole X »
      if (!start) continue;
      if (!relative && p > floor && v_.has(p - 1, wcl::prep_np | wcl::prep | wcl::det | wcl::prenominal)) continue;
      if (p > floor && v_.word(p - 1) && v_.cap(p) && v_.cap(p - 1) && !v_.function_word(p - 1)) continue;  // inside a name
      // a subject starts its clause, or follows a circumstantial: not right after a noun or a name
      if (!relative && p > floor && v_.word(p - 1) && !v_.function_word(p - 1) && !v_.has(p - 1, wcl::conj) &&
          v_.kind(p - 1) != tokenize::token_kind::number && !v_.is(p - 1, "soir") && !v_.is(p - 1, "matin"))
        continue;
      auto np = v_.parse_np(p, k + 1);
      if (!np.ok()) continue;
      bool const ends = np.last == k + 1 || (v_.is(k, ",") && np.last == k);
      if (!ends) continue;
      if (np.pronoun && np.first != k) continue;
      if (!relative) return np;
      if (np.type != source_type::document && np.type != source_type::unknown) return np;
      if (!fallback.ok()) fallback = np;
    }
    return fallback.ok() ? fallback : none_np;
  }

  /// Whether tokens [a, b) form an incise between commas: « , partiellement divulgué par …, »,
  /// « , selon Reuters, », « , lui, », « , de son côté, ».
  [[nodiscard]] bool incise_segment(std::uint32_t a, std::uint32_t b) const noexcept {
    if (a >= b) return false;
    if (v_.has(a, wcl::stressed_pronoun) && b - a <= 2) return true;
    if (v_.is(a, "qui") || v_.is(a, "dont") || v_.is(a, "lequel") || v_.is(a, "laquelle")) return true;
    for (auto k = a; k < b; ++k)
      if (v_.finite_verb(k) || v_.dash(k) || v_.final_punct(k)) return false;
    if (v_[a].kind == tokenize::token_kind::number) return b - a <= 3;  // « Bernard Lacoste, 67 ans, »
    if (v_.is(a, "selon") || v_.is(a, "d'") || v_.is(a, "de") || v_.is(a, "pour") || v_.is(a, "quant") ||
        v_.is(a, "à") || v_.is(a, "dans") || v_.is(a, "lors") || v_.is(a, "en"))
      return true;
    if (v_.word(a) && !v_.cap(a) && !v_.has(a, wcl::det) && !v_.typed(a)) return true;
    return false;
  }

  struct subject {
    enum class how : std::uint8_t { none, before, postposed, ellipsis } h = how::none;
    noun_phrase np;
    bool incise = false;   // after a comma or a closing quote
    bool ce_que = false;   // « C'est ce que révèle … »
  };

  /// The subject of a verb group whose first token is gf.
  [[nodiscard]] subject find_subject(std::uint32_t gf) const {
    subject r;
    auto const sf = v_.sent_first(gf);
    auto j = gf;
    while (j > sf && (object_clitic_at(j - 1) || v_.has(j - 1, wcl::reflexive) || v_.is(j - 1, "ne") ||
                      v_.is(j - 1, "n'")))
      --j;
    if (j == sf) {
      r.h = subject::how::postposed;
      return r;
    }
    auto const k = j - 1;
    if (v_.word(k) && v_.has(k, wcl::subject_pronoun)) {
      if (v_.is(k, "on")) return r;  // « on estime que »: no source
      r.h = subject::how::before;
      r.np = v_.parse_np(k, k + 1);
      return r;
    }
    if (v_.is(k, "qui")) {
      auto m = k;
      if (m > sf && v_.is(m - 1, ",")) --m;
      if (m > sf) {
        r.np = np_ending_at(m - 1, true);
        if (r.np.ok()) r.h = subject::how::before;
      }
      return r;
    }
    if (v_.is(k, "mais") || v_.is(k, "et") || v_.is(k, "puis") || v_.is(k, "ou")) {
      r.h = subject::how::ellipsis;
      return r;
    }
    if (v_.is(k, ",")) {
      auto np = np_ending_at(k, false);
      // « … et fermer son site de Douai, a annoncé la direction »: an object, not a subject
      bool const starts_clause = np.ok() && (np.first == sf || v_.punct(np.first - 1) ||
                                             v_.has(np.first - 1, wcl::conj | wcl::subord));
      if (np.ok() && np.type != source_type::unknown && starts_clause) {
        r.h = subject::how::before;
        r.np = np;
        return r;
      }
      // skip an incise: « Le texte de cet accord, partiellement divulgué par …, précise »
      std::uint32_t c0 = none;
      int depth = 0;
      for (auto m = k; m > sf && k - m < 30; --m) {
        auto const p = m - 1;
        if (v_.is(p, ")")) ++depth;
        if (v_.is(p, "(")) --depth;
        if (depth == 0 && v_.is(p, ",")) {
          c0 = p;
          break;
        }
        if (v_.final_punct(p)) break;
      }
      // an incise lies outside quotes: « C'est une mesure de protection, pas de représailles », a assuré …
      if (c0 != none && v_.quote_of(c0) != v_.quote_of(k)) c0 = none;
      if (c0 != none && c0 > sf && incise_segment(c0 + 1, k)) {
        auto np2 = np_ending_at(c0 - 1, false);
        if (np2.ok()) {
          r.h = subject::how::before;
          r.np = np2;
          return r;
        }
      }
      // a noun phrase in apposition: « MG, le personnage principal, écrit … »
      if (c0 != none && c0 > sf && v_.has(c0 + 1, wcl::det) && !v_.has(c0 + 1, wcl::prep_np)) {
        np_options o;
        o.apposition = false;
        auto const app = v_.parse_np(c0 + 1, k, o);
        auto head = np_ending_at(c0 - 1, false);
        bool const starts = head.ok() && (head.first == sf || v_.punct(head.first - 1) ||
                                          v_.has(head.first - 1, wcl::conj | wcl::subord));
        if (app.ok() && app.last == k && starts && head.type != source_type::unknown) {
          head.last = k;
          r.h = subject::how::before;
          r.np = head;
          return r;
        }
      }
      r.h = subject::how::postposed;
      r.incise = true;
      return r;
    }
    if (v_.close_quote(k)) {
      r.h = subject::how::postposed;
      r.incise = true;
      return r;
    }
    if (v_.is(k, "que") || v_.is(k, "qu'")) {
      r.h = subject::how::postposed;
      r.ce_que = k > sf && (v_.is(k - 1, "ce") || v_.is(k - 1, "c'")) && k - sf <= 4;
      return r;
    }
    if (v_.is(k, "comme") || v_.is(k, "ainsi")) {
      r.h = subject::how::postposed;
      return r;
    }
    auto np = np_ending_at(k, false);
    if (np.ok()) {
      r.h = subject::how::before;
      r.np = np;
      return r;
    }
    if (v_.open_quote(k) || v_.is(k, ":")) r.h = subject::how::postposed;
    return r;
  }

  /// The type of a source whose head the tables do not know: people for agent nouns
  /// (« le nageur », « les enseignants interrogés »), documents otherwise.
  [[nodiscard]] source_type untyped_type(noun_phrase const& np) const noexcept {
    if (np.head == none || !v_.word(np.head)) return source_type::document;
    auto const h = v_[np.head].f;
    bool const agent = !ends_with_any(h, {"ment", "ments"}) &&
                       ends_with_any(h, {"eur", "euse", "eurs", "euses", "rice", "rices", "iste", "istes", "ien",
                                         "ienne", "iens", "iennes", "ier", "ière", "iers", "ières", "ant", "ante",
                                         "ants", "antes", "\xC3\xA9s", "iciens", "icien"}) &&
                       !(v_.verb_forms(np.head, false) & verb_form::infinitive) &&
                       !(v_.verb_forms(np.head, true) & verb_form::infinitive);
    bool const participle_noun = (np.definite || np.indefinite) && v_.participle_like(np.head);
    if (!agent && !participle_noun) return source_type::document;
    return (np.plural || np.indefinite) ? source_type::anonymous : source_type::person;
  }

  /// Trims final punctuation (and a closing quote that belongs to no quote in range) off [a, b).
  [[nodiscard]] std::uint32_t trim_end(std::uint32_t a, std::uint32_t b) const noexcept {
    while (b > a) {
      auto const p = b - 1;
      if (v_.final_punct(p) || v_.is(p, ",") || v_.is(p, ";") || v_.is(p, ":")) {
        --b;
        continue;
      }
      if (v_.close_quote(p)) {
        auto const q = v_.quote_of(p);
        if (q == none || v_.quotes()[q].open < a) {
          --b;
          continue;
        }
      }
      break;
    }
    return b;
  }

  /// Sets the quote of a candidate: a quote that opens the content, or the first one inside it.
  void find_quote(candidate& c) const {
    if (c.quote != none || c.content_first == none) return;
    auto const& qs = v_.quotes();
    std::uint32_t found = none;
    auto const first = std::lower_bound(qs.begin(), qs.end(), c.content_first,
                                        [](quote_pair const& x, std::uint32_t v) { return x.open < v; });
    for (auto q = static_cast<std::uint32_t>(first - qs.begin()); q < qs.size(); ++q) {
      if (qs[q].open >= c.content_last) break;
      if (found != none && qs[q].open <= qs[found].close) continue;  // nested inside the first
      if (qs[q].open == c.content_first && qs[q].close + 1 >= c.content_last) {
        c.quote = q;  // a direct quote that carries the content
        c.content_last = std::max(c.content_last, qs[q].close + 1);
        return;
      }
      if (found != none) return;  // two quoted fragments or more: content only
      found = q;
    }
    c.quote = found;
  }

  /// Whether token s opens a hypothesis: « si » (not « même si », « comme si »), « s'il », « au cas où ».
  [[nodiscard]] bool hypothesis_at(std::uint32_t s, std::uint32_t sf) const noexcept {
    if (v_.is(s, "si") && !(s > sf && (v_.is(s - 1, "même") || v_.is(s - 1, "comme")))) return true;
    if (v_.is(s, "s'") && (v_.is(s + 1, "il") || v_.is(s + 1, "ils"))) return true;
    return v_.is(s, "cas") && v_.is(s + 1, "où");
  }

  /// Marks every token inside some candidate's content once, so that judging the modality of a
  /// content is O(1): a single long sentence may hold thousands of cues whose contents overlap
  /// (« il aurait plu, selon lui, il aurait plu, selon lui, … » was cubic).
  void mark_modality(std::vector<candidate> const& cs) {
    auto const n = v_.size();
    std::vector<std::int32_t> cover(n + 1, 0);  // difference array: tokens inside some content
    for (auto const& c : cs) {
      if (c.content_first == none || c.content_first >= std::min(c.content_last, n)) continue;
      ++cover[c.content_first];
      --cover[std::min(c.content_last, n)];
    }
    auto const& ss = v_.ctx().sentences;
    std::vector<std::uint32_t> first_hypothesis(std::max<std::size_t>(ss.size(), 1), unknown_);  // on first need
    hedges_.assign(n + 1, 0);
    hypotheticals_.assign(n + 1, 0);
    conditionals_.assign(n + 1, 0);
    std::int32_t inside = 0;
    for (std::uint32_t k = 0; k < n; ++k) {
      inside += cover[k];
      std::uint32_t hedge = 0, hyp = 0, cond_plain = 0;
      if (inside > 0 && v_.word(k)) {
        phrase_entry const* p = nullptr;
        if ((v_.match_phrase(k, n, phrase_entry::kind::cue, &p) && p->role == phrase_role::hedge) ||
            v_.has(k, wcl::hedge)) {
          hedge = 1;
        } else {
          bool cond = v_.looks_conditional(k);
          for (auto const& r : v_.readings(k)) cond = cond || (r.forms & verb_form::conditional);
          // a speaker's own conditional inside a direct quote is no reportive hedge
          if (cond && v_.quote_of(k) == none) {
            // « a assuré que l'État serait vigilant »: the future of the past, not a hedge
            auto const sf = v_.sent_first(k);
            auto& first = first_hypothesis[ss.empty() ? 0 : v_[k].sent];
            if (first == unknown_) {
              first = none;
              for (auto s = sf, sl = v_.sent_last(k); s < sl && first == none; ++s)
                if (hypothesis_at(s, sf)) first = s;
            }
            (first != none && first < k ? hyp : cond_plain) = 1;
          }
        }
      }
      hedges_[k + 1] = hedges_[k] + hedge;
      hypotheticals_[k + 1] = hypotheticals_[k] + hyp;
      conditionals_[k + 1] = conditionals_[k] + cond_plain;
    }
  }

  /// Hedges in the content: conditional mood, modal words and phrases (from mark_modality).
  void modality(candidate& c) const {
    c.hedged = c.cue_hedged;
    c.hypothetical = false;
    if (c.content_first == none || hedges_.empty()) return;
    auto const n = static_cast<std::uint32_t>(hedges_.size() - 1);
    auto const a = std::min(c.content_first, n), b = std::min(std::max(c.content_last, a), n);
    auto count = [&](std::vector<std::uint32_t> const& v) { return v[b] - v[a]; };
    if (count(hedges_)) c.hedged = true;
    if (c.negated) return;  // a conditional in a denied idea is no reportive hedge
    if (count(hypotheticals_)) c.hypothetical = true;
    if (count(conditionals_) && !c.concordance) c.hedged = true;
  }

  void content_after(candidate& c, std::uint32_t from) const {
    auto const sl = v_.sent_last(c.cue_first);
    c.content_first = std::min(from, sl);
    c.content_last = trim_end(c.content_first, sl);
  }

  /// Content before the cue: from the clause start to the comma before it. The clause start is
  /// the last barrier before it in the sentence, found through precomputed tables rather than by
  /// rescanning the sentence for every cue (a long sentence of postposed cues was quadratic).
  void content_before(candidate& c, std::uint32_t before) const {
    auto const sf = v_.sent_first(c.cue_first);
    auto b = before;
    while (b > sf && (v_.is(b - 1, ",") || v_.final_punct(b - 1) || v_.dash(b - 1))) --b;
    auto a = sf;
    if (b > sf) {
      if (barriers_.empty()) build_barriers();
      // « : », « ; », a dash, or an opening quote that is unpaired or still open at b
      auto const p = barriers_.rightmost(sf, b, b);
      if (p != none) a = p + 1;
      // a sentence-final mark before the cue's own comma: p + 1 < before
      auto const f = prev_final_[std::min(b, before - 1)];
      if (f != none && f >= sf && f + 1 > a) a = f + 1;
    }
    c.content_first = a;
    c.content_last = b;
  }

  /// A max segment tree over per-token thresholds: rightmost(lo, hi, x) is the last index in
  /// [lo, hi) whose threshold is at least x, in O(log n).
  struct max_tree {
    std::uint32_t leaves = 1;
    std::vector<std::uint32_t> t;
    [[nodiscard]] bool empty() const noexcept { return t.empty(); }
    void build(std::vector<std::uint32_t> const& v) {
      leaves = 1;
      while (leaves < v.size()) leaves *= 2;
      t.assign(2 * std::size_t{leaves}, 0);
      for (std::size_t k = 0; k < v.size(); ++k) t[leaves + k] = v[k];
      for (auto k = leaves; k-- > 1;) t[k] = std::max(t[2 * k], t[2 * k + 1]);
    }
    [[nodiscard]] std::uint32_t rightmost(std::uint32_t lo, std::uint32_t hi, std::uint32_t x) const noexcept {
      return find(1, 0, leaves, lo, hi, x);
    }

  private:
    [[nodiscard]] std::uint32_t find(std::uint32_t node, std::uint32_t nl, std::uint32_t nr, std::uint32_t lo,
                                     std::uint32_t hi, std::uint32_t x) const noexcept {
      if (nr <= lo || nl >= hi || t[node] < x) return none;
      if (nr - nl == 1) return nl;
      auto const mid = nl + (nr - nl) / 2;
      auto const r = find(2 * node + 1, mid, nr, lo, hi, x);
      return r != none ? r : find(2 * node, nl, mid, lo, hi, x);
    }
  };

  /// The tables of content_before: for each token, the b from which it closes a content
  /// (none: always, 0: never), and the last sentence-final mark before each token.
  void build_barriers() const {
    auto const n = v_.size();
    std::vector<std::uint32_t> at_least(n, 0);
    prev_final_.assign(n + 1, none);
    for (std::uint32_t p = 0; p < n; ++p) {
      prev_final_[p + 1] = v_.final_punct(p) ? p : prev_final_[p];
      if (v_.is(p, ":") || v_.is(p, ";") || v_.dash(p)) {
        at_least[p] = none;
      } else if (v_.open_quote(p)) {
        auto const q = v_.quote_of(p);
        at_least[p] = q == none ? none : std::max(v_.quotes()[q].close, std::uint32_t{1});
      }
    }
    barriers_.build(at_least);
  }

  /// The previous sentence (same paragraph), for a cue that the writer cut off: « … en Ukraine. selon X le 23 novembre. »
  void content_previous_sentence(candidate& c) const {
    auto const s = v_[c.cue_first].sent;
    auto const& ss = v_.ctx().sentences;
    if (s == 0 || s >= ss.size() || ss[s].paragraph_start) return;
    auto const& prev = ss[s - 1];
    c.content_first = prev.first_token;
    c.content_last = trim_end(prev.first_token, prev.last_token);
  }

  /// Length of an adverbial phrase (« pour sa part ») whose last token is j, or 0.
  [[nodiscard]] std::uint32_t adverbial_ending_at(std::uint32_t j, std::uint32_t sf) const noexcept {
    for (std::uint32_t len = 4; len >= 2; --len) {
      if (j + 1 < len || j + 1 - len < sf) continue;
      phrase_entry const* p = nullptr;
      auto const start = j + 1 - len;
      if (v_.match_phrase(start, j + 1, phrase_entry::kind::cue, &p) == len && p->role == phrase_role::adverbial)
        return len;
    }
    return 0;
  }

  //=== cue phrases ===//

  bool try_phrase(std::uint32_t i) {
    phrase_entry const* p = nullptr;
    auto const sl = v_.sent_last(i);
    auto const len = v_.match_phrase(i, sl, phrase_entry::kind::cue, &p);
    if (!len) return false;
    if (p->role == phrase_role::hedge || p->role == phrase_role::adverbial) return false;
    // inside a direct quote the whole quote is its speaker's: no nested attribution
    if (v_.quote_of(i) != none && p->role != phrase_role::agent_follows) return false;
    auto const sf = v_.sent_first(i);
    auto const k = i + len;
    candidate c;
    c.cue_first = i;
    c.cue_last = k;
    for (std::size_t w = 0; w < p->words.size(); ++w) {
      if (w && !p->words[w - 1].ends_with("'")) c.lemma.push_back(' ');
      c.lemma += p->words[w];
    }
    switch (p->role) {
    case phrase_role::source_follows:
    case phrase_role::opinion: {
      c.kind = p->role == phrase_role::opinion ? cue_kind::opinion : cue_kind::preposition;
      noun_phrase np;
      if (v_.word(k) && v_.has(k, wcl::stressed_pronoun)) {
        np = v_.parse_np(k, k + 1);
        np.type = source_type::self;
        np.pronoun = true;
      } else {
        np = v_.parse_np(k, sl);
      }
      if (!np.ok() || np.head == none) return false;
      if (v_.has(np.head, wcl::reporting_noun)) {
        auto sub = reporting_complement(np);
        if (sub.ok()) {
          c.src_bytes = v_.np_bytes(sub);
          c.src = sub;
        } else {
          np.type = source_type::document;
        }
      }
      bool const untyped = np.type == source_type::unknown;
      if (v_.has(np.head, wcl::non_source) && (untyped || !v_.cap(np.head))) return false;
      bool const initial = clause_initial(i);
      auto np_end = np.last;
      {
        phrase_entry const* relay = nullptr;
        if (v_.match_phrase(np_end, sl, phrase_entry::kind::cue, &relay) && relay->role == phrase_role::agent_follows) {
          auto const rn = v_.parse_np(np_end + static_cast<std::uint32_t>(relay->words.size()), sl);
          if (rn.ok()) np_end = rn.last;
        }
      }
      bool const comma_after = v_.is(np_end, ",");
      bool const ends = np.last >= sl || v_.final_punct(np.last) || (np.last + 1 >= sl && v_.close_quote(np.last));
      if (c.kind == cue_kind::opinion) {
        if (!initial || !comma_after) return false;
        if (untyped) np.type = untyped_type(np);
        if (np.type == source_type::document || np.type == source_type::unknown) return false;
        if (np.pronoun && !v_.has(np.head, wcl::stressed_pronoun)) return false;
        // « Pour Pyongyang, envoyer des troupes … »: a purpose, not an opinion
        auto const a = np.last + 1;
        if (v_.word(a) && !v_.cap(a) && (v_[a].f.ends_with("er") || v_[a].f.ends_with("ir")) && !v_.typed(a))
          return false;
        if (v_.word(a) && v_.readings(a).size() && (v_.verb_forms(a, false) & verb_form::infinitive)) return false;
      } else if (untyped) {
        if (!((initial && comma_after) || (i > sf && v_.is(i - 1, ",") && ends))) return false;
        np.type = untyped_type(np);
      }
      if (c.src_bytes.empty()) c.src = np;
      // « Selon Le Figaro, qui cite des sources diplomatiques, la rencontre … »: skip the relative clause
      if (comma_after && (v_.is(np_end + 1, "qui") || v_.is(np_end + 1, "dont"))) {
        for (auto m = np_end + 2; m < sl && m < np_end + 30; ++m) {
          if (v_.final_punct(m) || v_.open_quote(m)) break;
          if (v_.is(m, ",")) {
            np_end = m;
            break;
          }
        }
      }
      if (initial && comma_after && !(i > sf && v_.is(i - 1, ",") && trim_end(np_end + 1, sl) <= np_end + 2)) {
        content_after(c, np_end + 1);
      } else if (i > sf && (v_.final_punct(i - 1) || (v_.is(i - 1, ",") && i >= 2 && v_.final_punct(i - 2)))) {
        content_before(c, i);  // « … en Ukraine. selon X » (a cut-off sentence)
      } else if (i == sf && (ends || !comma_after) && !v_.cap(i)) {
        content_previous_sentence(c);
      } else if (i > sf) {
        content_before(c, i);
        if (c.content_first == c.content_last) content_after(c, comma_after ? np.last + 1 : np.last);
      } else {
        content_after(c, comma_after ? np.last + 1 : np.last);
      }
      break;
    }
    case phrase_role::agent_follows: {
      c.kind = cue_kind::relay;
      auto np = v_.parse_np(k, sl);
      if (!np.ok() || np.type == source_type::unknown || np.type == source_type::self) return false;
      c.src = np;
      // « « … », a déclaré X, cité par Y »: what X said, relayed by Y
      auto const q = i > sf ? v_.quote_of(i - 1) : none;
      bool fronted = v_.is(np.last, ",");  // « D'après des sources citées par Y, … »: the content follows
      for (auto m = sf; m < i && fronted; ++m) fronted = !v_.finite_verb(m) && !v_.open_quote(m);
      if (q != none) {
        c.quote = q;
        content_before(c, i);
      } else if (fronted) {
        content_after(c, np.last + 1);
      } else {
        content_before(c, i);
      }
      break;
    }
    case phrase_role::source_adjective: {
      c.kind = cue_kind::source_adjective;
      auto np = v_.parse_np(i + 1, sl);  // « source proche du dossier »: the head is « source(s) »
      if (!np.ok() || np.last <= k) return false;
      np.first = k;
      np.type = source_type::anonymous;
      c.src = np;
      if (initial_comma(i, np.last)) content_after(c, np.last + 1);
      else content_before(c, i);
      break;
    }
    case phrase_role::hedge:
    case phrase_role::adverbial:
      return false;
    }
    if (c.content_first == none) content_after(c, k);
    find_quote(c);
    mark(c.cue_first, c.cue_last);
    out_->push_back(std::move(c));
    return true;
  }

  /// « les informations révélées jeudi par l'état-major », « les informations de BFMTV »: the source
  /// inside a reporting noun phrase.
  [[nodiscard]] noun_phrase reporting_complement(noun_phrase const& np) const {
    for (auto k = np.head_end; k < np.last; ++k) {
      bool const contracted = v_.is(k, "du") || v_.is(k, "des");
      if (!(v_.is(k, "de") || v_.is(k, "d'") || v_.is(k, "par") || contracted)) continue;
      auto const start = contracted ? k + 1 : k + 1;
      np_options o;
      o.coordination = false;
      auto sub = v_.parse_np(start, np.last, o);
      if (sub.ok() && sub.type != source_type::unknown && sub.type != source_type::self) return sub;
    }
    return {};
  }

  [[nodiscard]] bool initial_comma(std::uint32_t i, std::uint32_t np_last) const noexcept {
    return clause_initial(i) && v_.is(np_last, ",");
  }

  //=== verb groups ===//

  void try_verb(std::uint32_t i) {
    auto const sf = v_.sent_first(i);
    auto const sl = v_.sent_last(i);
    auto const& tbl = v_.table();
    verb_entry const* ve = nullptr;
    std::uint16_t forms = 0;
    std::uint32_t particle = 0;
    // « s'est inquiété », « se rappelle »: a reflexive before the verb or its auxiliary
    bool const reflexive = (i > sf && v_.has(i - 1, wcl::reflexive)) ||
                           (i > sf + 1 && v_.has(i - 1, wcl::aux_etre) && v_.has(i - 2, wcl::reflexive)) ||
                           (i > sf + 1 && v_.subject_clitic(i - 1) && v_.has(i - 2, wcl::reflexive));
    for (auto const& r : v_.readings(i)) {
      auto const& e = tbl.verb(r.verb);
      if (e.flags & verb_flags::semi_auxiliary) continue;
      if (((e.flags & verb_flags::pronominal) != 0) != reflexive) continue;
      std::uint32_t plen = 0;
      if (!e.particle.empty()) {
        bool ok = i + e.particle.size() < sl;
        for (std::size_t w = 0; ok && w < e.particle.size(); ++w) ok = v_.is(i + 1 + static_cast<std::uint32_t>(w), e.particle[w]);
        if (!ok) continue;
        plen = static_cast<std::uint32_t>(e.particle.size());
      }
      ve = &e;
      forms = r.forms;
      particle = plen;
      break;
    }
    if (!ve) return;
    // a noun after an article: « l'annonce », « la note », « le juge »
    if (i > sf && v_.has(i - 1, wcl::det) && !object_clitic_at(i - 1) && !(forms & verb_form::infinitive) &&
        !(v_.typed(i - 1) && v_[i - 1].w->type == source_type::anonymous))
      return;
    if (i > sf && v_.has(i - 1, wcl::prep_np) && !(forms & verb_form::infinitive)) return;
    if (v_.cap(i) && i != sf) return;

    bool const finite = forms & verb_form::finite;
    bool const part = forms & verb_form::participle;
    bool cue_past = (forms & (verb_form::imperfect | verb_form::simple_past)) != 0;
    bool negated = ve->flags & verb_flags::denial;
    bool hedged = ve->flags & verb_flags::hedge;
    bool refused = false;
    std::uint32_t gf = i;            // first token of the verb group (auxiliary, semi-auxiliary)
    std::uint32_t clitic = none;     // inverted subject « -t-il »
    bool aux_found = false;

    if (part) {
      auto k = i;
      int skipped = 0;
      while (k > sf && skipped < 4) {
        auto const j = k - 1;
        if (v_.subject_clitic(j)) { clitic = j; k = j; continue; }
        if (auto const len = adverbial_ending_at(j, sf)) {
          k -= len;  // « a pour sa part indiqué »
          ++skipped;
          continue;
        }
        bool const adv = v_.has(j, wcl::adverb) ||
                         (v_.word(j) && !v_.cap(j) && v_[j].f.ends_with("ment") && !v_.typed(j) && v_[j].f.size() > 5) ||
                         (v_.has(j, wcl::negation) && !v_.is(j, "ne") && !v_.is(j, "n'"));
        if (!adv) break;
        k = j;
        ++skipped;
      }
      if (k > sf && v_.has(k - 1, wcl::aux_avoir) && !v_.is(k - 1, "avoir") && !v_.is(k - 1, "ayant")) {
        gf = k - 1;
        aux_found = true;
        cue_past = true;
        if (v_.has(gf, wcl::conditional)) hedged = true;
      } else if (k > sf && v_.has(k - 1, wcl::aux_etre)) {
        if ((ve->flags & verb_flags::pronominal) && k - 1 > sf && v_.has(k - 2, wcl::reflexive)) {
          gf = k - 1;
          aux_found = true;
          if (v_.has(gf, wcl::conditional)) hedged = true;
        } else {
          return;  // a passive without its agent phrase: « est confirmé »
        }
      } else if (k > sf && (v_.is(k - 1, "avoir") || v_.is(k - 1, "ayant"))) {
        return;
      }
      if (!aux_found) {
        clitic = none;
        if (!finite) return;  // an adjectival participle: « les informations révélées »
      }
    }
    if (!aux_found && !finite) {
      if (!(forms & verb_form::infinitive)) return;
      // « continue de nier », « vient de confirmer », « refuse de commenter », « va annoncer »
      auto k = i;
      if (k > sf && (v_.is(k - 1, "de") || v_.is(k - 1, "d'") || v_.is(k - 1, "à"))) --k;
      while (k > sf && (v_.has(k - 1, wcl::adverb) || (v_.has(k - 1, wcl::negation) && !v_.is(k - 1, "ne") && !v_.is(k - 1, "n'"))))
        --k;
      if (k == sf) return;
      auto const j = k - 1;
      std::uint16_t semi = 0;
      std::uint8_t semi_flags = 0;
      for (auto const& r : v_.readings(j)) {
        auto const& e = tbl.verb(r.verb);
        if (e.flags & verb_flags::semi_auxiliary) {
          semi = static_cast<std::uint16_t>(semi | r.forms);
          semi_flags = static_cast<std::uint8_t>(semi_flags | e.flags);
        }
      }
      if (semi & verb_form::finite) {
        gf = j;
        if (semi & verb_form::conditional) hedged = true;
      } else if ((semi & verb_form::participle) && j > sf && v_.has(j - 1, wcl::aux_avoir)) {
        gf = j - 1;
      } else if (semi & verb_form::participle && j > sf && v_.subject_clitic(j - 1) && j - 1 > sf &&
                 v_.has(j - 2, wcl::aux_avoir)) {
        gf = j - 2;
        clitic = j - 1;
      } else {
        return;
      }
      if (semi_flags & verb_flags::negative) {
        negated = true;
        refused = true;  // « refuse de commenter »: complete without a complement
      }
      if (gf + 1 < i && v_.subject_clitic(gf + 1)) clitic = gf + 1;
    } else if (!aux_found && finite) {
      if ((forms & verb_form::conditional) && !(forms & (verb_form::present | verb_form::imperfect))) hedged = true;
    }
    // pronominal verbs need their « se »
    std::uint32_t cue_first = gf;
    if (ve->flags & verb_flags::pronominal) {
      if (!(gf > sf && v_.has(gf - 1, wcl::reflexive))) return;
      cue_first = gf - 1;
    }
    // negation: « n'a pas confirmé », « ne l'a jamais reconnu »
    {
      auto k = cue_first;
      while (k > sf && object_clitic_at(k - 1) && !v_.has(k - 1, wcl::negation)) --k;
      if (k > sf && (v_.is(k - 1, "ne") || v_.is(k - 1, "n'"))) {
        bool neg_word = false;
        for (auto m = gf; m <= i + 2 && m < sl; ++m)
          neg_word = neg_word || (v_.has(m, wcl::negation) && !v_.is(m, "ne") && !v_.is(m, "n'")) ||
                     v_.has(m, wcl::negative_word);
        if (neg_word) {
          negated = (ve->flags & verb_flags::denial) == 0;  // « ne nie pas » is no denial
          cue_first = k - 1;
        }
      }
    }
    std::uint32_t last = i + 1 + particle;
    std::uint32_t after = last;
    if (clitic == none && v_.subject_clitic(after)) {
      clitic = after;
      ++after;
      last = after;  // « affirme-t-elle »: the inverted form is the cue
    }
    if (cue_first < gf && !aux_found && (v_.is(after, "pas") || v_.is(after, "jamais") || v_.is(after, "plus"))) {
      ++after;
      last = after;  // « ne croit pas »
    }
    for (int s = 0; s < 2 && after < sl; ++s) {
      if ((v_.has(after, wcl::negation) && !v_.is(after, "ne")) || v_.has(after, wcl::adverb)) ++after;
      else break;
    }
    // « a déclaré forfait », « affirmer sa puissance », « a reconnu la société coupable »
    auto const non_reporting = [&] {
      for (auto const& w : ve->not_with) {
        for (auto m = i + 1 + particle; m < sl && m < i + 6; ++m) {
          if (v_.is(m, "que") || v_.is(m, "qu'") || v_.punct(m)) break;
          bool hit = v_.is(m, w);
          if (w == "@poss")
            hit = m == after && (v_.is(m, "son") || v_.is(m, "sa") || v_.is(m, "ses") || v_.is(m, "leur") ||
                                 v_.is(m, "leurs"));
          if (w == "@money") hit = m == after && v_[m].kind == tokenize::token_kind::number;
          if (w == "@any") hit = m == after && !v_.punct(m) && !v_.is(m, "que") && !v_.is(m, "qu'");
          if (w.size() > 1 && w[0] == '=') hit = m == after && v_.is(m, std::string_view(w).substr(1));
          if (hit) return true;
        }
      }
      return false;
    };

    candidate c;
    c.kind = cue_kind::verb;
    c.cue_first = cue_first;
    c.cue_last = last;
    c.lemma = ve->lemma;
    if (!ve->particle.empty()) {
      for (auto const& w : ve->particle) {
        c.lemma.push_back(' ');
        c.lemma += w;
      }
    }
    c.negated = negated;
    c.cue_hedged = hedged;

    // the subject
    subject subj;
    bool incise = false;
    auto const before_group = [&] {
      auto j = cue_first;
      while (j > sf && object_clitic_at(j - 1)) --j;
      return j;
    }();
    bool const after_comma_or_quote =
        before_group > sf && (v_.is(before_group - 1, ",") || v_.close_quote(before_group - 1));
    if (ve->flags & verb_flags::source_auprès) {
      // « a-t-on appris auprès de la préfecture »: the source follows « auprès de »
      bool const on = (clitic != none && v_.pronoun_of_clitic(clitic) == "on") ||
                      (before_group > sf && v_.is(before_group - 1, "on"));
      if (!on) return;
      std::uint32_t k = after;
      while (k < sl && k < after + 6 && !v_.is(k, "auprès")) ++k;
      if (!v_.is(k, "auprès")) return;
      ++k;
      if (v_.is(k, "de") || v_.is(k, "d'") || v_.is(k, "du") || v_.is(k, "des")) ++k;
      if (v_.is(k - 1, "des")) --k;
      auto np = v_.parse_np(k, sl);
      if (!np.ok() || np.type == source_type::unknown) return;
      c.src = np;
      if (v_.is(np.last, ",")) content_after(c, np.last + 1);
      else if (before_group > sf) content_before(c, before_group);
      else content_after(c, np.last);
      find_quote(c);
      mark(c.cue_first, c.cue_last);
      out_->push_back(std::move(c));
      return;
    }
    if (clitic != none) {
      if (v_.pronoun_of_clitic(clitic) == "on") return;
      subj.h = subject::how::before;
      subj.np = v_.parse_np(clitic, clitic + 1);
      auto const& tk = v_.ctx().tokens[clitic];
      auto const pro = v_.pronoun_of_clitic(clitic);
      subj.np.first = clitic;
      subj.np.last = clitic + 1;
      subj.np.head = clitic;
      subj.np.pronoun = true;
      subj.np.type = source_type::self;
      subj.np.g = (pro == "elle" || pro == "elles") ? gender::feminine : gender::masculine;
      subj.np.plural = pro == "ils" || pro == "elles";
      c.src_bytes = {tk.a_end - static_cast<std::uint32_t>(pro.size()), tk.a_end};
      incise = after_comma_or_quote || v_.quote_of(gf) != none || before_group == sf;
    } else {
      subj = find_subject(cue_first);
      if (subj.h == subject::how::ellipsis) {
        // « … a déclaré …, mais n'a pas confirmé … »: the subject of the previous verb group
        for (auto it = out_->rbegin(); it != out_->rend(); ++it) {
          if (it->kind != cue_kind::verb || it->cue_last > cue_first || it->cue_first < sf) continue;
          subj.np = it->src;
          c.src_bytes = it->src_bytes;
          subj.h = subject::how::before;
          c.coordinated = true;
          break;
        }
        if (subj.h != subject::how::before) return;
      } else if (subj.h == subject::how::postposed) {
        // « a annoncé mardi la direction », « a répété à la barre Bernard Lacoste », « a déclaré à l'AFP un proche »
        std::uint32_t q = none;
        int crossed = 0;
        for (auto m = after; m < sl && m < after + 14; ++m) {
          // « a déclaré hier sur les ondes de la radio, Abdelmalek Sayah, directeur … », « auraient dit,
          // selon le site, des agents de voyage »: up to two commas may be crossed
          if (v_.is(m, ",") && crossed < 2) {
            ++crossed;
            continue;
          }
          if (v_.is(m, ",") || v_.final_punct(m) || v_.is(m, "que") || v_.is(m, "qu'") || v_.is(m, ":") ||
              v_.open_quote(m) || v_.close_quote(m) || v_.finite_verb(m))
            break;
          if (!v_.valid_np_start(m) || v_.has(m, wcl::subject_pronoun)) continue;
          if (m > after && (v_.has(m - 1, wcl::prep | wcl::prep_np) || (v_.has(m - 1, wcl::det) && !v_.typed(m - 1))))
            continue;  // inside a prepositional phrase
          if (m > after && v_.word(m - 1) && v_.cap(m - 1) && v_.cap(m) && !v_.function_word(m - 1) &&
              !v_.caps(m - 1) && !v_.typed(m - 1))
            continue;  // inside a name: « la Chaîne III »
          q = m;
          break;
        }
        if (q == none) return;
        np_options o;
        o.postposed = true;
        auto np = v_.parse_np(q, sl, o);
        if (!np.ok() || np.pronoun) return;
        if (np.type == source_type::unknown && !np.definite && !np.indefinite) return;
        subj.np = np;
        incise = subj.incise || after_comma_or_quote || v_.quote_of(gf) != none;
      } else if (subj.h == subject::how::none) {
        return;
      }
    }
    if (!subj.np.ok()) return;

    // complements: « que », « : », a quote; or an incise
    std::uint32_t que = none, colon = none;
    {
      auto k = (subj.h == subject::how::postposed) ? subj.np.last : after;
      for (auto m = k; m < sl && m < k + 25; ++m) {
        if (v_.is(m, "que") || v_.is(m, "qu'")) { que = m; break; }
        if (v_.is(m, ":")) { colon = m; break; }
        if (v_.open_quote(m) && m == k) { colon = m - 1; break; }
        if (v_.final_punct(m) || v_.is(m, ";") || v_.open_quote(m)) break;
        if (m > k && v_.finite_verb(m)) break;
        if (v_.is(m, ",") && m > k + 8) break;
      }
    }
    if (!incise && v_.quote_of(i) != none) return;  // « L'Europe a longtemps cru … », inside a quote
    bool const complement = que != none || colon != none;
    if (!incise && subj.h != subject::how::postposed && non_reporting()) return;
    if ((ve->flags & verb_flags::needs_complement) && !complement && !incise && !refused) return;
    if ((ve->flags & verb_flags::ambiguous) && !aux_found && !incise && !complement) {
      // « une date précise. »: an adjective, not a verb
      auto const nx = after;
      if (nx >= sl || v_.punct(nx) || v_.has(nx, wcl::conj | wcl::prep) || v_.cap(nx) || v_.is(nx, "du") ||
          v_.is(nx, "de") || v_.is(nx, "d'"))
        return;
    }
    if (subj.np.type == source_type::unknown) {
      subj.np.type = untyped_type(subj.np);
      if (!complement && !incise && subj.np.type == source_type::document) return;
    }
    if (subj.np.type == source_type::self && subj.np.pronoun && !v_.subject_clitic(subj.np.head) &&
        !v_.has(subj.np.head, wcl::subject_pronoun | wcl::stressed_pronoun))
      return;
    c.src = subj.np;

    // the content
    if (incise) {
      std::uint32_t q = none;
      auto const b = before_group;
      if (b > sf && v_.close_quote(b - 1)) q = v_.quote_of(b - 1);
      else if (b > sf + 1 && v_.is(b - 1, ",") && v_.close_quote(b - 2)) q = v_.quote_of(b - 2);
      if (q != none && v_.quotes()[q].close != (v_.close_quote(b - 1) ? b - 1 : b - 2)) q = none;
      if (q == none && v_.quote_of(gf) != none) q = v_.quote_of(gf);
      if (q != none) {
        c.quote = q;
        c.content_first = v_.quotes()[q].open + 1;
        c.content_last = trim_end(c.content_first, v_.quotes()[q].close);
      } else if (b > sf) {
        content_before(c, b);
      } else {
        content_after(c, subj.h == subject::how::postposed ? subj.np.last : after);
      }
    } else if (subj.ce_que) {
      content_previous_sentence(c);
      if (c.content_first == none) content_after(c, subj.np.last);
    } else if (que != none) {
      content_after(c, que);
    } else if (colon != none) {
      content_after(c, colon + 1);
      if (colon + 1 < sl && v_.open_quote(colon + 1)) {
        auto const q = v_.quote_of(colon + 1);
        if (q != none && v_.quotes()[q].open == colon + 1) {
          c.quote = q;
          c.content_first = colon + 2;
          c.content_last = trim_end(c.content_first, v_.quotes()[q].close);
        }
      }
    } else if (subj.h == subject::how::postposed) {
      auto const s2 = subj.np.last;
      if (v_.is(s2, ",") && trim_end(s2 + 1, sl) > s2 + 1) content_after(c, s2 + 1);
      else if (before_group > sf) content_before(c, before_group);
      else content_after(c, s2);
    } else {
      content_after(c, after);
    }
    find_quote(c);
    c.concordance = cue_past && que != none;
    mark(c.cue_first, c.cue_last);
    out_->push_back(std::move(c));
  }

  //=== embedded posts and colon quotes ===//

  /// « — Reuters (@Reuters) April 15, 2025 » after the text of an embedded post.
  void try_social(std::uint32_t i) {
    if (!(i == 0 || v_.newline_before(i))) return;
    auto const n = v_.size();
    std::uint32_t open = none;
    for (auto k = i + 1; k < n && k < i + 16 && !v_.newline_before(k); ++k) {
      if (v_.is(k, "(") && k + 2 < n && v_[k + 1].kind == tokenize::token_kind::mention && v_.is(k + 2, ")")) {
        open = k;
        break;
      }
    }
    if (open == none || open == i + 1 || i == 0) return;
    // the post: the line(s) before, back to the previous line break
    auto s = i - 1;
    while (s > 0 && !v_.newline_before(s)) --s;
    if (s >= i) return;
    candidate c;
    c.kind = cue_kind::social_media;
    c.cue_first = i;
    c.cue_last = i + 1;
    c.lemma = "post";
    noun_phrase np;
    np.first = i + 1;
    np.last = open;
    np.head = i + 1;
    np.head_end = open;
    np.name_first = i + 1;
    np.name_last = open;
    auto const named = v_.parse_np(i + 1, open);  // « Ukrainian Air Force », « Olympique Lyonnais »
    if (named.ok() && named.type != source_type::unknown && named.type != source_type::self) {
      np.type = named.type;
      np.subtype = named.subtype;
    } else if (v_.typed(i + 1)) {
      np.type = v_[i + 1].w->type;
      np.subtype = v_[i + 1].w->subtype;
    } else {
      np.type = (open - i - 1 == 1) ? source_type::organization : source_type::person;
    }
    np.acronym = none;
    c.src = np;
    c.handle = open + 1;
    c.content_first = s;
    c.content_last = i;
    c.quote_bytes = v_.bytes(s, i);
    mark(i, open + 3);
    out_->push_back(std::move(c));
  }

  /// « Le ministre : « Nous tiendrons » »: a speaker, a colon, a quote.
  void try_colon(std::uint32_t i) {
    auto const n = v_.size();
    if (i + 1 >= n || !v_.open_quote(i + 1)) return;
    auto const q = v_.quote_of(i + 1);
    if (q == none || v_.quotes()[q].open != i + 1) return;
    auto const sf = v_.sent_first(i);
    auto start = sf;
    for (auto k = sf; k < i; ++k)
      if (v_.dash(k) || v_.is(k, ":")) start = k + 1;
    for (auto const& c : *out_)
      if (c.cue_first >= start && c.cue_last <= i && c.kind == cue_kind::verb) return;
    if (start >= i) return;
    auto np = v_.parse_np(start, i);
    if (!np.ok() || np.last != i) return;
    bool const named_person = np.type == source_type::person &&
                              (np.title || (np.has_name() && np.name_last - np.name_first >= 2));
    bool const known = np.head != none && v_.typed(np.head) &&
                       (np.type == source_type::organization || np.type == source_type::country_or_capital);
    if (!named_person && !known) return;
    candidate c;
    c.kind = cue_kind::colon;
    c.cue_first = i;
    c.cue_last = i + 1;
    c.lemma = ":";
    c.src = np;
    c.quote = q;
    c.content_first = i + 2;
    c.content_last = trim_end(c.content_first, v_.quotes()[q].close);
    mark(i, i + 1);
    out_->push_back(std::move(c));
  }

  static constexpr std::uint32_t unknown_ = none - 1;

  token_view const& v_;
  std::vector<std::uint8_t> used_;
  std::vector<candidate>* out_ = nullptr;
  mutable max_tree barriers_;                    ///< content_before, built on first use
  mutable std::vector<std::uint32_t> prev_final_;  ///< last final mark before each token
  /// Prefix counts over tokens (size n + 1) of hedges, conditionals after a hypothesis (« si … »)
  /// and other conditionals outside direct quotes, inside some content.
  std::vector<std::uint32_t> hedges_, hypotheticals_, conditionals_;
};

} // namespace depeche::recognize::detail::attr

#endif
