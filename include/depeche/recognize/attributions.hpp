// SPDX-License-Identifier: MIT
// The attributions recognizer: « selon X », « X a déclaré que », « a-t-il déclaré », quotes, modality.
#ifndef DEPECHE_RECOGNIZE_ATTRIBUTIONS_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_ATTRIBUTIONS_HPP_INCLUDED

#include <depeche/recognize/attribution.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/cues.hpp>
#include <depeche/recognize/detail/attribution_scanner.hpp>
#include <depeche/recognize/detail/attribution_tokens.hpp>
#include <depeche/recognize/sources.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace depeche::recognize {

namespace detail::attr {

/// Turns candidates into records: original offsets, registry ids, chains, pronoun antecedents.
class attribution_builder {
public:
  attribution_builder(token_view const& v, source_registry& reg) : v_(v), reg_(reg) {
    para_.resize(v.size());
    std::uint32_t p = 0;
    for (std::uint32_t i = 0; i < v.size(); ++i) {
      if (i && v.newline_before(i)) ++p;
      para_[i] = p;
    }
  }

  /// Persons that open a sentence are antecedents too: « Le maire Paul Girard défend son projet.
  /// Selon lui, … ». Collected on the first pronoun only.
  void collect_subjects() {
    if (subjects_done_) return;
    subjects_done_ = true;
    np_options o;
    o.coordination = false;
    for (auto const& sn : v_.ctx().sentences) {
      auto k = sn.first_token;
      // after a fronted phrase: « À 34 ans, la navigatrice Clarisse Crémer repart … »
      if (!v_.valid_np_start(k) || v_.has(k, wcl::prep))
        for (auto m = k; m < sn.last_token && m < k + 8; ++m)
          if (v_.is(m, ",")) {
            k = m + 1;
            break;
          }
      for (int n = 0; n < 2 && k < sn.last_token; ++n) {
        auto np = v_.parse_np(k, sn.last_token, o);
        bool named = np.title || (np.has_name() && np.name_last - np.name_first >= 2) ||
                     (np.head != none && v_.typed(np.head) && v_[np.head].w->type == source_type::person);
        if (!named && np.ok() && np.type == source_type::person && !np.pronoun && np.has_name() &&
            np.name_last == np.name_first + 1) {
          // a surname alone: « Dubois, lui, a couru … » (taken up by a stressed pronoun), or the
          // last word of a full name met before (« Le Français Hugo Dubois … Dubois a … »)
          auto const e = np.last;
          if (v_.is(e, ",") && (v_.is(e + 1, "lui") || v_.is(e + 1, "elle")) && v_.is(e + 2, ",")) {
            named = true;
            np.g = v_.is(e + 1, "lui") ? gender::masculine : gender::feminine;
          } else {
            for (auto const& m : mentions_)
              if (m.np.has_name() && m.np.name_last >= m.np.name_first + 2 &&
                  v_[m.np.name_last - 1].f == v_[np.name_first].f) {
                named = true;
                if (np.g == gender::unknown) np.g = m.g;
                break;
              }
          }
        }
        if (!np.ok() || np.type != source_type::person || np.pronoun || !named) break;
        add_mention({np.first, para_[np.first], np.g, np.plural, orig(v_.np_bytes(np)), 0, np});
        if (!v_.is(np.last, "et")) break;
        k = np.last + 1;
      }
    }
  }

  void build(std::vector<candidate> const& cs, std::vector<attribution>& out) {
    auto const first_out = out.size();
    std::uint32_t last_cue_end = 0;
    bool any = false;
    for (auto const& c : cs) {
      if (any && c.cue_first < last_cue_end) continue;  // overlapping cues: the first wins
      any = true;
      last_cue_end = c.cue_last;
      out.push_back(record(c, out, first_out));
    }
  }

private:
  struct mention_info {
    std::uint32_t tok = 0;  // first token
    std::uint32_t para = 0;
    gender g = gender::unknown;
    bool plural = false;
    span where{};  // original bytes
    std::uint32_t id = 0;  // 0 until registered
    noun_phrase np;
  };

  [[nodiscard]] span orig(span analysed) const noexcept { return v_.ctx().to_original(analysed); }

  [[nodiscard]] std::string folded_join(std::uint32_t a, std::uint32_t b, noun_phrase const& np) const {
    std::string s;
    for (auto k = a; k < b; ++k) {
      if (np.paren_open != none && k >= np.paren_open && k <= np.paren_close) continue;
      if (!s.empty()) s.push_back(' ');
      s.append(v_[k].f);
    }
    return s;
  }
  [[nodiscard]] std::string analysed_text(std::uint32_t a, std::uint32_t b) const {
    auto const sp = v_.bytes(a, b);
    return std::string(sp.of(v_.ctx().analysed));
  }

  [[nodiscard]] source_keys keys(noun_phrase const& np) const {
    source_keys k;
    auto a = np.first;
    while (a < np.last && v_.has(a, wcl::det | wcl::prep_np) && !v_.typed(a) && a != np.head) ++a;
    if (np.acronym != none) {
      auto f = v_[np.acronym].f;
      if (!f.empty() && f[0] == '@') f.remove_prefix(1);
      k.acronym = std::string(f);
      k.display_acronym = analysed_text(np.acronym, np.acronym + 1);
      if (np.paren_open != none) {
        if (np.paren_is_expansion) k.display_expansion = analysed_text(np.paren_open + 1, np.paren_close);
        else if (np.paren_open > a) k.display_expansion = analysed_text(a, np.paren_open);
      }
    }
    k.text = folded_join(a, np.last, np);
    if (np.has_name() && np.name_last > np.name_first &&
        (np.type == source_type::person || np.type == source_type::organization)) {
      noun_phrase plain;
      k.name = folded_join(np.name_first, np.name_last, plain);
      if (np.type == source_type::person) k.last_name = std::string(v_[np.name_last - 1].f);
    }
    return k;
  }

  /// Sources further up the chain: « Un rapport d'un think-tank … affilié au Service … (NIS) ».
  void links(noun_phrase const& np, std::vector<noun_phrase>& out, int depth) const {
    if (depth > 3 || np.head_end == none) return;
    auto const t = np.type;
    if (t == source_type::person || t == source_type::self || t == source_type::country_or_capital) return;
    for (auto q = np.head_end; q < np.last; ++q) {
      if (q == 0) continue;
      bool const after_prep = v_.has(q - 1, wcl::prep_np) || v_.is(q - 1, "par");
      if (!after_prep) continue;
      if (t == source_type::organization) {
        // an organization links only through « affilié à », « proche de », « financé par »
        if (q < 2 || !(v_.participle_like(q - 2) || v_.is(q - 2, "proche") || v_.is(q - 2, "proches"))) continue;
      }
      bool const contracted = v_.is(q - 1, "du") || v_.is(q - 1, "des") || v_.is(q - 1, "au") || v_.is(q - 1, "aux");
      if (!(v_.has(q, wcl::det) || v_.cap(q) || v_.caps(q) || contracted)) continue;
      np_options o;
      o.apposition = false;
      o.coordination = false;
      auto sub = v_.parse_np(q, np.last, o);
      if (!sub.ok() || sub.head == none || sub.type == source_type::unknown || sub.type == source_type::self) continue;
      out.push_back(sub);
      links(sub, out, depth + 1);
      q = sub.last - 1;
    }
  }

  /// The acronym of an NP belongs to the innermost link that holds its parenthesis.
  [[nodiscard]] static noun_phrase without_inner_acronym(noun_phrase np, std::vector<noun_phrase> const& ls) {
    if (np.acronym == none) return np;
    for (auto const& l : ls) {
      if (np.acronym >= l.first && np.acronym < l.last) {
        np.acronym = none;
        np.paren_open = np.paren_close = none;
        np.paren_is_expansion = false;
        break;
      }
    }
    return np;
  }

  attribution record(candidate const& c, std::vector<attribution> const& done, std::size_t first_out) {
    attribution a;
    a.kind = c.kind;
    a.lemma = c.lemma;
    a.hedged = c.hedged;
    a.negated = c.negated;
    a.hypothetical = c.hypothetical;
    auto const cue = orig(v_.bytes(c.cue_first, c.cue_last));
    a.cue_begin = cue.begin;
    a.cue_end = cue.end;

    auto const& np = c.src;
    auto const src = orig(c.src_bytes.empty() ? v_.np_bytes(np) : c.src_bytes);
    a.source.begin = src.begin;
    a.source.end = src.end;
    a.source.type = np.type;
    a.source.subtype = np.subtype;
    if (a.source.type == source_type::organization && a.source.subtype == source_subtype::none) {
      for (auto k = np.first; k < np.last; ++k) {
        if (v_.is(k, "renseignement") || v_.is(k, "renseignements")) a.source.subtype = source_subtype::intelligence;
        else if (v_.is(k, "presse")) a.source.subtype = source_subtype::media;
      }
      // « l'agence Tass », « le groupe Renault »: the name tells
      if (a.source.subtype == source_subtype::none && np.has_name())
        for (auto k = np.name_first; k < np.name_last && k < np.last; ++k)
          if (v_.typed(k) && v_[k].w->type == source_type::organization && v_[k].w->subtype != source_subtype::none) {
            a.source.subtype = v_[k].w->subtype;
            break;
          }
    }
    // « le cabinet Altares », « le bureau Veritas »: a firm's name right after a noun that alone
    // names a public body (« le cabinet du ministre ») is a company
    if (a.source.type == source_type::organization && a.source.subtype == source_subtype::government &&
        np.head != none && np.head_end == np.head + 1 && v_.word(np.head + 1) && !v_.function_word(np.head + 1) &&
        (v_.cap(np.head + 1) || v_.caps(np.head + 1)) &&
        (v_.is(np.head, "cabinet") || v_.is(np.head, "cabinets") || v_.is(np.head, "bureau")))
      a.source.subtype = source_subtype::company;
    // an unnamed title after an indefinite article is an anonymous source: « un diplomate européen »
    if (a.source.type == source_type::person && np.title && !np.has_name() && np.indefinite)
      a.source.type = source_type::anonymous;
    if (a.source.type == source_type::anonymous && np.has_name() && np.name_last - np.name_first >= 2)
      a.source.type = source_type::person;
    // a lone unknown capitalized word (« Varnier », « Copernicus ») is an organization, unless a
    // person of that name was met before: persons are introduced by their full name
    if (a.source.type == source_type::person && !np.title && np.has_name() && np.name_last - np.name_first == 1 &&
        np.head == np.name_first && !v_.typed(np.head) && !v_.caps(np.head) &&
        !reg_.knows_person(std::string(v_[np.head].f)))
      a.source.type = source_type::organization;

    std::uint32_t const para = para_[np.first < para_.size() ? np.first : 0];
    if (a.source.type == source_type::self) {
      // the last named source of the same gender and number in this paragraph (or the two before)
      collect_subjects();
      mention_info* best = nullptr;
      auto const at = np.first;
      // mentions from the latest back (by token), while in the paragraph window: the first that
      // fits is the latest one (the earliest recorded among mentions at the same token)
      for (int pass = 0; pass < 2 && !best; ++pass) {
        std::size_t looked = 0;
        for (auto it = by_tok_.lower_bound(at); it != by_tok_.begin() && looked < max_lookback;) {
          --it;
          ++looked;
          auto& m = mentions_[it->second];
          if (m.para > para) continue;
          if (m.para + 2 < para || (best && m.tok < best->tok)) break;
          if (m.g != gender::unknown && np.g != gender::unknown && m.g != np.g) continue;
          if (m.plural != np.plural) continue;
          auto const t = m.id ? reg_.find(m.id)->type : m.np.type;
          if (pass == 0 && t != source_type::person) continue;
          if (pass == 1 && t != source_type::organization && t != source_type::country_or_capital) continue;
          best = &m;
        }
      }
      if (best) {
        if (!best->id)
          best->id = reg_.resolve(keys(best->np), best->np.type, best->np.subtype,
                                  best->where.of(v_.ctx().original()), best->np.g, best->np.plural);
        a.source.id = best->id;
        a.source.antecedent = best->where;
      } else {
        a.source.id = reg_.fresh(source_type::self, src.of(v_.ctx().original()));
      }
    } else {
      std::vector<noun_phrase> ls;
      if (c.kind != cue_kind::social_media) links(np, ls, 0);
      auto const k = keys(without_inner_acronym(np, ls));
      a.source.id = reg_.resolve(k, a.source.type, a.source.subtype, src.of(v_.ctx().original()), np.g, np.plural);
      if (auto const* e = reg_.find(a.source.id)) {
        a.source.acronym = e->acronym;
        a.source.expansion = e->expansion;
      }
      if (a.source.type == source_type::person || a.source.type == source_type::organization ||
          a.source.type == source_type::country_or_capital)
        add_mention({np.first, para, np.g, np.plural, src, a.source.id, np});
      // « un porte-parole d'Elisa »: an unnamed spokesperson speaks for the organization
      if (np.title && !np.has_name() && np.indefinite && np.head != none &&
          (v_.is(np.head, "porte-parole") || v_.is(np.head, "porte-paroles"))) {
        a.source.type = source_type::organization;
        for (auto k = np.head_end; k < np.last; ++k)
          if (v_.typed(k) && v_[k].w->type == source_type::organization) {
            a.source.subtype = v_[k].w->subtype;
            break;
          }
      }
      for (std::size_t li = 0; li < ls.size(); ++li) {
        auto const& sub = ls[li];
        source_link l;
        auto const b = orig(v_.np_bytes(sub));
        l.begin = b.begin;
        l.end = b.end;
        l.type = sub.type;
        l.subtype = sub.subtype;
        std::vector<noun_phrase> inner(ls.begin() + static_cast<std::ptrdiff_t>(li) + 1, ls.end());
        l.id = reg_.resolve(keys(without_inner_acronym(sub, inner)), sub.type, sub.subtype, b.of(v_.ctx().original()));
        if (auto const* e = reg_.find(l.id)) l.acronym = e->acronym;
        a.source.chain.push_back(std::move(l));
      }
      // « Un rapport d'un think-tank affilié au … (NIS) »: the acronym named inside the source
      if (a.source.acronym.empty())
        for (auto const& l : a.source.chain)
          if (!l.acronym.empty()) {
            a.source.acronym = l.acronym;
            break;
          }
    }
    if (c.handle != none) a.source.handle = std::string(v_.bytes(c.handle, c.handle + 1).of(v_.ctx().analysed));
    (void)done;
    (void)first_out;

    if (c.content_first != none && c.content_last > c.content_first) {
      auto const ct = orig(v_.bytes(c.content_first, c.content_last));
      a.content = ct;
    } else {
      a.content = {cue.end, cue.end};
    }
    if (c.quote != none) {
      auto const& q = v_.quotes()[c.quote];
      a.quote = orig(v_.bytes(q.open, q.close + 1));
    } else if (!c.quote_bytes.empty()) {
      a.quote = orig(c.quote_bytes);
    }
    a.begin = std::min({cue.begin, src.begin, a.content.empty() ? cue.begin : a.content.begin});
    a.end = std::max({cue.end, src.end, a.content.end});
    if (a.quote) {
      a.begin = std::min(a.begin, a.quote->begin);
      a.end = std::max(a.end, a.quote->end);
    }
    return a;
  }

  /// Records a mention and indexes it by token: resolving a pronoun looks back from its token
  /// through a few paragraphs only (a scan of every mention was quadratic in the document).
  void add_mention(mention_info m) {
    by_tok_.emplace(m.tok, mentions_.size());
    mentions_.push_back(std::move(m));
  }
  /// At most this many mentions are looked at per pronoun (one endless paragraph stays linear).
  static constexpr std::size_t max_lookback = 512;

  token_view const& v_;
  source_registry& reg_;
  std::vector<std::uint32_t> para_;
  std::vector<mention_info> mentions_;
  std::multimap<std::uint32_t, std::size_t> by_tok_;  ///< mention token → index in mentions_
  bool subjects_done_ = false;
};

} // namespace detail::attr

/// Finds attributions in a document: every statement tied to its source and cue, with the
/// direct quote when there is one, and its modality (reported, hedged, negated).
///
/// Recognizes prepositional cues (« selon le NIS », « d'après X », « aux yeux de X », « à en
/// croire X », « cité par X », « Pour X, … »), verb groups in any tense with the subject before
/// (« Le Kremlin a confirmé », « Les analystes estiment que »), inverted (« a-t-il déclaré »,
/// « affirme-t-elle ») or postposed (« …, a déclaré le ministre »), quotes in « », “ ” and " ",
/// embedded posts (« — Reuters (@Reuters) April 15, 2025 ») and colon quotes (« X : « … » »).
class attributions {
public:
  using value_type = attribution;

  /// `c` must outlive the recognizer.
  explicit attributions(cues const& c = default_cues()) noexcept : cues_(&c) {}

  /// Appends the attributions of a document to `out`, registering their sources in `reg`.
  void operator()(context const& ctx, std::vector<attribution>& out, source_registry& reg) const {
    if (ctx.doc == nullptr || ctx.tokens.empty()) return;
    detail::attr::token_view v(*cues_, ctx);
    std::vector<detail::attr::candidate> cs;
    detail::attr::scanner{v}.run(cs);
    detail::attr::attribution_builder{v, reg}.build(cs, out);
  }

  /// The attributions of a document, in text order.
  [[nodiscard]] std::vector<attribution> operator()(context const& ctx) const {
    std::vector<attribution> out;
    source_registry reg;
    (*this)(ctx, out, reg);
    return out;
  }
  /// The attributions of a document (the recognize::recognizer interface).
  [[nodiscard]] std::vector<attribution> find(context const& ctx) const { return (*this)(ctx); }

  [[nodiscard]] cues const& table() const noexcept { return *cues_; }

private:
  cues const* cues_;
};

} // namespace depeche::recognize

#endif
