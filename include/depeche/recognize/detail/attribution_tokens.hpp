// SPDX-License-Identifier: MIT
// Token view for the attribution recognizer: folded text, table lookups, quotes, noun phrases.
#ifndef DEPECHE_RECOGNIZE_DETAIL_ATTRIBUTION_TOKENS_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_DETAIL_ATTRIBUTION_TOKENS_HPP_INCLUDED

#include <depeche/recognize/context.hpp>
#include <depeche/recognize/cues.hpp>
#include <depeche/recognize/sources.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace depeche::recognize::detail::attr {

/// `a == b`, with the lengths and the first bytes compared before any call to memcmp: most of the
/// token tests of the recognizer fail on one of those.
[[nodiscard]] inline bool same(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() &&
         (a.empty() || (a.front() == b.front() &&
                        (a.size() == 1 || std::memcmp(a.data() + 1, b.data() + 1, a.size() - 1) == 0)));
}

/// Punctuation classes, computed once per token: the recognizer tests them on every token.
enum class punct : std::uint8_t {
  none, comma, colon, semicolon, final_mark, dash, open_guillemet, close_guillemet, open_curly, close_curly,
  straight_quote, open_bracket, other
};

[[nodiscard]] inline punct punct_of(std::string_view s) noexcept {
  if (s.size() == 1) {
    switch (s[0]) {
    case ',': return punct::comma;
    case ':': return punct::colon;
    case ';': return punct::semicolon;
    case '.': case '!': case '?': return punct::final_mark;
    case '-': return punct::dash;
    case '"': return punct::straight_quote;
    case '(': case '[': return punct::open_bracket;
    default: return punct::other;
    }
  }
  if (s == "\xE2\x80\xA6") return punct::final_mark;                        // …
  if (s == "\xE2\x80\x94" || s == "\xE2\x80\x93") return punct::dash;       // — –
  if (s == "\xC2\xAB") return punct::open_guillemet;                        // «
  if (s == "\xC2\xBB") return punct::close_guillemet;                       // »
  if (s == "\xE2\x80\x9C" || s == "\xE2\x80\x9E") return punct::open_curly;  // “ „
  if (s == "\xE2\x80\x9D") return punct::close_curly;                      // ”
  return punct::other;
}

inline constexpr std::uint32_t none = 0xFFFFFFFFu;

/// What the recognizer stores per token (24 bytes; text, kind and flags are read from the context).
struct tok_data {
  word_info const* w = nullptr;   ///< what the cue tables say, if anything
  std::uint32_t classes = 0;      ///< w->classes, kept here: most tests need no more than these bits
  std::uint32_t sent = 0;         ///< sentence index
  std::uint32_t quote = none;     ///< innermost quote pair containing the token
  punct pc = punct::none;         ///< its punctuation class, for punctuation tokens
};

/// A token as the attribution recognizer sees it.
struct tok {
  std::string_view f;             ///< folded (lower-case) analysed text
  word_info const* w = nullptr;   ///< what the cue tables say, if anything
  std::uint32_t sent = 0;         ///< sentence index
  std::uint32_t quote = none;     ///< innermost quote pair containing the token
  std::uint16_t flags = 0;        ///< tokenize::token_flags
  tokenize::token_kind kind = tokenize::token_kind::other;
};

/// A pair of matching quote marks (token indices).
struct quote_pair {
  std::uint32_t open = 0, close = 0;
};

/// A noun phrase found by the chunker, over tokens [first, last).
struct noun_phrase {
  std::uint32_t first = 0, last = 0;
  std::uint32_t head = none, head_end = none;
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::uint8_t sflags = 0;
  bool definite = false, indefinite = false, plural = false, pronoun = false, title = false;
  gender g = gender::unknown;
  std::uint32_t name_first = none, name_last = none;    ///< last proper-name run
  std::uint32_t acronym = none;                         ///< token of an acronym (head or in parentheses)
  std::uint32_t paren_open = none, paren_close = none;  ///< a parenthesis giving an acronym or expansion
  bool paren_is_expansion = false;                      ///< « la KCNA (Korean Central News Agency) »
  std::uint32_t cut = 0;  ///< analysed byte where a glued last token should be cut (« ManilleAucun »), or 0
  [[nodiscard]] bool ok() const noexcept { return last > first; }
  [[nodiscard]] bool has_name() const noexcept { return name_first != none; }
};

struct np_options {
  bool apposition = true;    ///< « Le ministre …, Shin Won-sik », « Jean Dupont, chercheur à l'IRIS »
  bool coordination = true;  ///< « Washington et Séoul », « ukrainiens, américains et sud-coréens »
  bool postposed = false;    ///< a subject after its verb: stops before « à l'AFP »
};

namespace tf = tokenize::token_flags;
namespace wcl = word_class;

[[nodiscard]] inline bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> l) noexcept {
  for (auto x : l)
    if (s.size() > x.size() && s.substr(s.size() - x.size()) == x) return true;
  return false;
}

/// Reads tokens, cue tables and quotes of one document; the recognizer's vocabulary.
class token_view {
public:
  token_view(cues const& c, context const& ctx) : cues_(&c), ctx_(&ctx), tk_(ctx.tokens.data()), folded_(ctx.folded.data()) {
    auto const n = ctx.tokens.size();
    t_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      auto const& k = ctx.tokens[i];
      if (k.kind == tokenize::token_kind::word && !(k.flags & tf::clitic) && k.a_end - k.a_begin <= 40)
        if ((t_[i].w = c.find(k.analysed().of(ctx.folded)))) t_[i].classes = t_[i].w->classes;
      if (k.kind == tokenize::token_kind::punctuation) t_[i].pc = punct_of(k.analysed().of(ctx.folded));
    }
    for (std::uint32_t s = 0; s < ctx.sentences.size(); ++s) {
      auto const& x = ctx.sentences[s];
      for (auto i = x.first_token; i < x.last_token && i < n; ++i) t_[i].sent = s;
    }
    find_quotes();
  }

  [[nodiscard]] std::uint32_t size() const noexcept { return static_cast<std::uint32_t>(t_.size()); }
  [[nodiscard]] tok operator[](std::uint32_t i) const noexcept {
    auto const& k = tk_[i];
    return {ft(i), t_[i].w, t_[i].sent, t_[i].quote, k.flags, k.kind};
  }
  /// Folded text, flags and kind of token i.
  [[nodiscard]] std::string_view ft(std::uint32_t i) const noexcept {
    auto const& k = tk_[i];
    return {folded_ + k.a_begin, k.a_end - k.a_begin};
  }
  [[nodiscard]] std::uint16_t flags(std::uint32_t i) const noexcept { return tk_[i].flags; }
  [[nodiscard]] tokenize::token_kind kind(std::uint32_t i) const noexcept { return tk_[i].kind; }
  [[nodiscard]] cues const& table() const noexcept { return *cues_; }
  [[nodiscard]] context const& ctx() const noexcept { return *ctx_; }
  [[nodiscard]] std::vector<quote_pair> const& quotes() const noexcept { return quotes_; }

  //=== token tests ===//

  [[nodiscard]] std::uint32_t cls(std::uint32_t i) const noexcept { return i < size() ? t_[i].classes : 0; }
  [[nodiscard]] bool has(std::uint32_t i, std::uint32_t c) const noexcept { return (cls(i) & c) != 0; }
  [[nodiscard]] bool word(std::uint32_t i) const noexcept { return i < size() && kind(i) == tokenize::token_kind::word; }
  [[nodiscard]] bool cap(std::uint32_t i) const noexcept { return i < size() && (flags(i) & tf::capitalized); }
  [[nodiscard]] bool caps(std::uint32_t i) const noexcept { return i < size() && (flags(i) & tf::all_caps); }
  [[nodiscard]] bool is(std::uint32_t i, std::string_view s) const noexcept { return i < size() && same(ft(i), s); }
  [[nodiscard]] bool punct(std::uint32_t i) const noexcept {
    return i < size() && kind(i) == tokenize::token_kind::punctuation;
  }
  [[nodiscard]] bool newline_before(std::uint32_t i) const noexcept {
    return i < size() && (flags(i) & (tf::newline_before | tf::paragraph_before));
  }
  [[nodiscard]] detail::attr::punct pclass(std::uint32_t i) const noexcept {
    return i < size() ? t_[i].pc : detail::attr::punct::none;
  }
  [[nodiscard]] bool open_quote(std::uint32_t i) const noexcept {
    using enum detail::attr::punct;
    auto const c = pclass(i);
    return c == open_guillemet || c == open_curly || (c == straight_quote && is_quote_open(i));
  }
  [[nodiscard]] bool close_quote(std::uint32_t i) const noexcept {
    using enum detail::attr::punct;
    auto const c = pclass(i);
    return c == close_guillemet || c == close_curly || (c == straight_quote && !is_quote_open(i));
  }
  [[nodiscard]] bool final_punct(std::uint32_t i) const noexcept { return pclass(i) == detail::attr::punct::final_mark; }
  [[nodiscard]] bool dash(std::uint32_t i) const noexcept { return pclass(i) == detail::attr::punct::dash; }
  /// An inverted subject clitic: « -t-il », « -elle », « -t-on ».
  [[nodiscard]] bool subject_clitic(std::uint32_t i) const noexcept {
    if (i >= size() || !(flags(i) & tf::clitic)) return false;
    auto const p = pronoun_of_clitic(i);
    return same(p, "il") || same(p, "ils") || same(p, "elle") || same(p, "elles") || same(p, "on");
  }
  [[nodiscard]] std::string_view pronoun_of_clitic(std::uint32_t i) const noexcept {
    auto const s = ft(i);
    auto const d = s.rfind('-');
    return d == std::string_view::npos ? s : s.substr(d + 1);
  }
  /// Any word the chunker treats as grammar rather than content.
  [[nodiscard]] bool function_word(std::uint32_t i) const noexcept {
    return has(i, wcl::det | wcl::prep_np | wcl::prep | wcl::conj | wcl::subord | wcl::subject_pronoun |
                      wcl::stressed_pronoun | wcl::negation | wcl::aux_avoir | wcl::aux_etre | wcl::verb |
                      wcl::temporal | wcl::adverb | wcl::clitic | wcl::reflexive | wcl::negative_word | wcl::pronoun);
  }
  [[nodiscard]] bool typed(std::uint32_t i) const noexcept {
    return i < size() && t_[i].w && t_[i].w->type != source_type::unknown;
  }

  /// The verb readings of token i that are cues (not semi-auxiliaries), or an empty span.
  [[nodiscard]] std::span<verb_reading const> readings(std::uint32_t i) const noexcept {
    if (i >= size() || !t_[i].w) return {};
    return cues_->readings(*t_[i].w);
  }
  [[nodiscard]] std::uint16_t verb_forms(std::uint32_t i, bool semi) const noexcept {
    std::uint16_t f = 0;
    for (auto const& r : readings(i)) {
      bool const is_semi = cues_->verb(r.verb).flags & verb_flags::semi_auxiliary;
      if (is_semi == semi) f = static_cast<std::uint16_t>(f | r.forms);
    }
    return f;
  }

  /// A finite verb (cue, auxiliary or frequent verb) or a word that looks like one.
  [[nodiscard]] bool finite_verb(std::uint32_t i) const noexcept {
    if (!word(i)) return false;
    if (has(i, wcl::aux_avoir | wcl::aux_etre | wcl::verb | wcl::conditional) && !is(i, "été")) return true;
    std::uint16_t f = 0;
    for (auto const& r : readings(i)) f = static_cast<std::uint16_t>(f | r.forms);
    if (f & verb_form::finite) {
      // « la note », « l'annonce », « La juge »: a noun after a determiner
      if (i > 0 && has(i - 1, wcl::det)) {
        if (!has(i - 1, wcl::clitic) || typed(i)) return false;
        auto const s0 = sent_first(i);
        if (i - 1 == s0) return false;
        auto const b = i - 2;  // « l'annonce » after a preposition or a comma; « le confirme » after a pronoun
        if (punct(b) || has(b, wcl::prep | wcl::prep_np | wcl::conj | wcl::det) || is(b, "que") || is(b, "qu'"))
          return false;
      }
      return true;
    }
    return looks_conditional(i) || (!cap(i) && ends_with_any(ft(i), {"aient"}));
  }

  /// « fournirait », « offriraient »: conditional endings (minus nouns such as « portrait »).
  [[nodiscard]] bool looks_conditional(std::uint32_t i) const noexcept {
    if (!word(i) || cap(i)) return false;
    auto const s = ft(i);
    if (has(i, wcl::conditional)) return true;
    if (s.size() < 6) return false;
    if (ends_with_any(s, {"raient"})) return true;
    if (ends_with_any(s, {"rait"})) {
      for (auto x : {"portrait", "retrait", "extrait", "attrait", "trait", "abstrait", "distrait", "soustrait"})
        if (ends_with_any(s, {x}) || s == x) return false;
      return true;
    }
    return false;
  }

  /// A word that can be a past participle: « affilié », « menée », « publiés », « révélées ».
  [[nodiscard]] bool participle_like(std::uint32_t i) const noexcept {
    if (!word(i) || cap(i)) return false;
    for (auto const& r : readings(i))
      if (r.forms & verb_form::participle) return true;
    auto const s = ft(i);
    if (s.size() <= 4 || ends_with_any(s, {"que", "ques", "gue", "gues"})) return false;
    return ends_with_any(s, {"\xC3\xA9", "\xC3\xA9" "e", "\xC3\xA9" "s", "\xC3\xA9" "es", "u", "ue", "us", "ues"});
  }

  /// A lower-case adjective of nationality or origin: « américains », « sud-coréens », « britannique ».
  [[nodiscard]] bool nationality_like(std::uint32_t i) const noexcept {
    if (!word(i) || cap(i) || function_word(i)) return false;
    return ends_with_any(ft(i), {"ain", "aine", "ains", "aines", "ais", "aise", "aises", "ien", "ienne", "iens",
                                   "iennes", "ois", "oise", "oises", "\xC3\xA9" "en", "\xC3\xA9" "enne",
                                   "\xC3\xA9" "ens", "\xC3\xA9" "ennes", "and", "ande", "ands", "andes", "que",
                                   "ques", "ite", "ites", "in", "ine", "ins", "ines", "ol", "ole", "ols", "oles",
                                   "aux", "al", "ale", "ales", "ental", "ien", "ois"});
  }

  /// Sentence bounds of token i: [first, last).
  [[nodiscard]] std::uint32_t sent_first(std::uint32_t i) const noexcept {
    auto const& ss = ctx_->sentences;
    return ss.empty() ? 0 : ss[t_[i].sent].first_token;
  }
  [[nodiscard]] std::uint32_t sent_last(std::uint32_t i) const noexcept {
    auto const& ss = ctx_->sentences;
    return ss.empty() ? size() : std::min<std::uint32_t>(ss[t_[i].sent].last_token, size());
  }

  /// Length (in tokens) of the multi-word entry of kind `k` starting at i; sets `out` to it.
  [[nodiscard]] std::uint32_t match_phrase(std::uint32_t i, std::uint32_t lim, phrase_entry::kind k,
                                           phrase_entry const** out) const noexcept {
    if (i >= size() || !t_[i].w || t_[i].w->phrases_end == t_[i].w->phrases_begin) return 0;
    // the longest match up to the end of the text is computed once per token and kind
    auto& cache = k == phrase_entry::kind::cue ? cue_match_ : source_match_;
    if (cache.empty()) cache.assign(size(), unknown_match);
    auto& m = cache[i];
    if (m == unknown_match) m = longest_phrase(i, size(), k);
    if (m == no_match) return 0;
    auto const len = m >> 20;
    if (i + len <= lim) {
      *out = &cues_->phrase(m & 0xFFFFF);
      return len;
    }
    auto const m2 = longest_phrase(i, lim, k);
    if (m2 == no_match) return 0;
    *out = &cues_->phrase(m2 & 0xFFFFF);
    return m2 >> 20;
  }

private:
  static constexpr std::uint32_t unknown_match = 0xFFFFFFFFu, no_match = 0xFFFFFFFEu;
  /// (length << 20) | phrase index of the longest entry of kind `k` at i within lim, or no_match.
  [[nodiscard]] std::uint32_t longest_phrase(std::uint32_t i, std::uint32_t lim, phrase_entry::kind k) const noexcept {
    bool const longer = i + 1 < size() && has(i + 1, wcl::phrase_second);  // a cheap filter
    for (auto idx : cues_->phrases(*t_[i].w)) {
      auto const& p = cues_->phrase(idx);
      if (p.what != k) continue;
      auto const len = static_cast<std::uint32_t>(p.words.size());
      if (len > 1 && !longer) continue;
      if (i + len > lim) continue;
      bool ok = true;
      for (std::uint32_t j = 1; j < len && ok; ++j) {
        ok = same(ft(i + j), p.words[j]) && !(flags(i + j) & tf::newline_before);
      }
      if (!ok) continue;
      return (len << 20) | idx;
    }
    return no_match;
  }

public:

  /// Analysed byte range of tokens [a, b).
  [[nodiscard]] span bytes(std::uint32_t a, std::uint32_t b) const noexcept {
    if (a >= b || b > size()) return {};
    return {ctx_->tokens[a].a_begin, ctx_->tokens[b - 1].a_end};
  }

  /// Analysed bytes of a noun phrase (cut inside a glued last token).
  [[nodiscard]] span np_bytes(noun_phrase const& np) const noexcept {
    auto b = bytes(np.first, np.last);
    if (np.cut && np.cut > b.begin && np.cut < b.end) b.end = np.cut;
    return b;
  }

  /// The innermost quote pair whose marks enclose token i, or none.
  [[nodiscard]] std::uint32_t quote_of(std::uint32_t i) const noexcept { return i < size() ? t_[i].quote : none; }

  //=== noun phrases ===//

  [[nodiscard]] bool valid_np_start(std::uint32_t q) const noexcept;
  [[nodiscard]] noun_phrase parse_np(std::uint32_t p, std::uint32_t lim, np_options o = {}) const;

private:
  [[nodiscard]] bool is_quote_open(std::uint32_t i) const noexcept {
    // a straight double quote opens when it follows a space (or starts a line) and is glued to the next token
    bool const before = i == 0 || (flags(i) & (tf::space_before | tf::newline_before)) || open_bracket(i - 1);
    bool const after = i + 1 < size() && !(flags(i + 1) & (tf::space_before | tf::newline_before));
    return before && after;
  }
  [[nodiscard]] bool open_bracket(std::uint32_t i) const noexcept {
    return pclass(i) == detail::attr::punct::open_bracket;
  }

  void find_quotes();
  [[nodiscard]] std::uint32_t glued_at(std::uint32_t k) const noexcept;
  [[nodiscard]] std::uint32_t apposition(noun_phrase& r, std::uint32_t q, std::uint32_t lim, np_options o) const;

public:
  /// A role noun: a title, an anonymous head, or an agent noun (« céréalier », « consultante »).
  [[nodiscard]] bool role_like(std::uint32_t k) const noexcept;

private:
  [[nodiscard]] std::uint32_t name_run(std::uint32_t q, std::uint32_t lim) const noexcept;
  bool source_phrase(std::uint32_t q, std::uint32_t lim, bool article, noun_phrase& r) const noexcept;
  void type_name_run(noun_phrase& r, std::uint32_t a, std::uint32_t b) const noexcept;

  cues const* cues_;
  context const* ctx_;
  tokenize::token const* tk_;
  char const* folded_;
  std::vector<tok_data> t_;
  std::vector<quote_pair> quotes_;
  mutable std::vector<std::uint32_t> cue_match_, source_match_;
};

//=== quotes ===//

inline void token_view::find_quotes() {
  struct open_mark {
    std::uint32_t at;
    char kind;  // 'g' « », 'c' “ ”, 's' "
  };
  // The open marks, with the stack depths of each kind, so that every step is O(1) amortized:
  // 10^5 unclosed « in one paragraph must not be rescanned at every mark.
  std::vector<open_mark> stack;
  std::vector<std::size_t> depth_g, depth_c;  // positions in `stack` of the « and “ marks
  auto clear = [&] {
    stack.clear();
    depth_g.clear();
    depth_c.clear();
  };
  auto push = [&](std::uint32_t at, char kind) {
    if (kind == 'g') depth_g.push_back(stack.size());
    if (kind == 'c') depth_c.push_back(stack.size());
    stack.push_back({at, kind});
  };
  auto resize = [&](std::size_t d) {
    stack.resize(d);
    while (!depth_g.empty() && depth_g.back() >= d) depth_g.pop_back();
    while (!depth_c.empty() && depth_c.back() >= d) depth_c.pop_back();
  };
  auto const n = size();
  for (std::uint32_t i = 0; i < n; ++i) {
    auto const t = (*this)[i];
    bool const line = (t.flags & (tf::newline_before | tf::paragraph_before)) != 0;
    if (t.kind != tokenize::token_kind::punctuation) {
      if (line && !stack.empty()) clear();  // an unclosed quote does not run past its line
      continue;
    }
    auto const s = t.f;
    if (same(s, "\xC2\xAB")) {  // «
      if (line) {
        if (!depth_g.empty()) continue;  // « at the head of a new paragraph continues a quote
        clear();
      }
      push(i, 'g');
    } else if (same(s, "\xE2\x80\x9C") || same(s, "\xE2\x80\x9E")) {  // “ „
      if (line) clear();
      push(i, 'c');
    } else if (same(s, "\xC2\xBB") || same(s, "\xE2\x80\x9D")) {  // » ”
      if (line && depth_g.empty()) clear();
      auto const& depths = same(s, "\xC2\xBB") ? depth_g : depth_c;
      if (!depths.empty()) {
        auto const d = depths.back();
        quotes_.push_back({stack[d].at, i});
        resize(d);
      }
    } else if (s == "\"") {
      if (line) clear();
      bool const top_straight = !stack.empty() && stack.back().kind == 's';
      if (top_straight && !is_quote_open(i)) {
        quotes_.push_back({stack.back().at, i});
        resize(stack.size() - 1);
      } else if (is_quote_open(i)) {
        push(i, 's');
      } else if (top_straight) {
        quotes_.push_back({stack.back().at, i});
        resize(stack.size() - 1);
      }
    } else if (line && !stack.empty() && depth_g.empty()) {
      clear();
    }
  }
  std::sort(quotes_.begin(), quotes_.end(), [](quote_pair a, quote_pair b) { return a.open < b.open; });
  // each token's innermost pair: the open pair with the latest opening mark that is not yet closed
  // (one sweep; writing every pair's whole range was quadratic in the nesting depth)
  std::vector<std::uint32_t> open;
  std::uint32_t next = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    while (next < quotes_.size() && quotes_[next].open == i) open.push_back(next++);
    while (!open.empty() && quotes_[open.back()].close < i) open.pop_back();
    t_[i].quote = open.empty() ? none : open.back();
  }
}

//=== noun phrases ===//

inline std::uint32_t token_view::name_run(std::uint32_t q, std::uint32_t lim) const noexcept {
  auto k = q;
  while (k < lim) {
    if (word(k) && (cap(k) || caps(k)) && (!function_word(k) || typed(k) || k == q)) {
      if (k > q && has(k, wcl::temporal)) break;
      ++k;
    } else if (k > q && word(k) && cap(k) && has(k, wcl::det) && !(flags(k) & tf::newline_before) &&
               (k + 1 >= lim || !word(k + 1) || cap(k + 1))) {
      ++k;  // « Kim Jong Un », « Jean-Yves Le Drian »
    } else if (k > q && has(k, wcl::name_particle) && !cap(k) && k + 1 < lim && word(k + 1) && cap(k + 1) &&
               !function_word(k + 1) && !(flags(k + 1) & tf::newline_before)) {
      ++k;
    } else {
      break;
    }
    if (k < lim && (flags(k) & tf::newline_before)) break;
  }
  return k;
}

inline void token_view::type_name_run(noun_phrase& r, std::uint32_t a, std::uint32_t b) const noexcept {
  r.name_first = a;
  r.name_last = b;
  // « les Notaires de France »: a capitalized group name with a place or an organization in it
  bool const group = typed(a) && t_[a].w->type == source_type::anonymous && b - a > 1;
  if (typed(a) && !(t_[a].w->source_flags & source_flags::name_part) && !group) {
    r.type = t_[a].w->type;
    r.subtype = t_[a].w->subtype;
    r.sflags = t_[a].w->source_flags;
    if (b - a == 1 && caps(a)) r.acronym = a;
    if (r.sflags & source_flags::title) r.title = true;
    return;
  }
  if (b - a == 1 && caps(a)) {
    r.type = source_type::organization;
    r.acronym = a;
    return;
  }
  if (caps(a)) {
    r.type = source_type::organization;  // « RMC Sport », « BFM Business »
    return;
  }
  for (auto k = a + 1; k < b; ++k) {
    if (typed(k) && (t_[k].w->type == source_type::organization || t_[k].w->type == source_type::country_or_capital) &&
        !(t_[k].w->source_flags & source_flags::name_part)) {
      r.type = source_type::organization;  // « Santé publique France », « Notaires de France »
      r.subtype = t_[k].w->type == source_type::organization ? t_[k].w->subtype : source_subtype::none;
      return;
    }
  }
  r.type = source_type::person;
}

inline bool token_view::source_phrase(std::uint32_t q, std::uint32_t lim, bool article, noun_phrase& r) const noexcept {
  phrase_entry const* p = nullptr;
  auto const len = match_phrase(q, lim, phrase_entry::kind::source, &p);
  if (!len) return false;
  bool const starts_article = p->words[0] == "le" || p->words[0] == "la" || p->words[0] == "les" ||
                              p->words[0] == "l'" || p->words[0] == "the";
  if (starts_article != article) return false;
  if ((p->flags & source_flags::proper) && !cap(article ? q + 1 : q)) return false;
  r.head = q;
  r.head_end = q + len;
  r.type = p->type;
  r.subtype = p->subtype;
  r.sflags = p->flags;
  if (p->flags & source_flags::title) r.title = true;
  if (cap(article ? q + 1 : q)) {
    r.name_first = q;
    r.name_last = q + len;
  }
  return true;
}

inline bool token_view::valid_np_start(std::uint32_t q) const noexcept {
  if (q >= size()) return false;
  if (kind(q) == tokenize::token_kind::number)
    return q + 1 < size() && ((word(q + 1) && !function_word(q + 1)) || (is(q + 1, "%") && has(q + 2, wcl::prep_np)));
  if (!word(q)) return false;
  if (is(q, "de") || is(q, "d'")) return has(q + 1, wcl::prenominal);
  if (has(q, wcl::det) && !is(q, "tout") && !is(q, "toute")) return true;
  if (has(q, wcl::prenominal)) return true;
  if (typed(q)) return !has(q, wcl::prep | wcl::conj | wcl::subord);
  if ((cap(q) || caps(q)) && !function_word(q)) return true;
  return false;
}

inline std::uint32_t token_view::glued_at(std::uint32_t k) const noexcept {
  // « ManilleAucun », « CNNDes »: a missing space after a name, before a function word
  if (!word(k) || !(flags(k) & tf::capitalized) || ft(k).size() < 5) return 0;
  auto const& tk = ctx_->tokens[k];
  auto const s = tk.analysed().of(ctx_->analysed);
  auto upper = [](unsigned char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; };
  for (std::size_t i = 2; i + 1 < s.size(); ++i) {
    auto const c = static_cast<unsigned char>(s[i]);
    if (!upper(c)) continue;
    auto const prev = static_cast<unsigned char>(s[i - 1]);
    auto const next = static_cast<unsigned char>(s[i + 1]);
    bool const split = (lower(prev) && prev < 0x80) || (upper(prev) && upper(static_cast<unsigned char>(s[i - 2])) && lower(next));
    if (!split) continue;
    auto const rest = ft(k).substr(i);
    auto const* w = cues_->find(rest);
    if (w && (w->classes & (wcl::det | wcl::prep | wcl::prep_np | wcl::subject_pronoun | wcl::conj | wcl::subord |
                            wcl::negative_word)))
      return tk.a_begin + static_cast<std::uint32_t>(i);
  }
  return 0;
}

inline bool token_view::role_like(std::uint32_t k) const noexcept {
  if (!word(k) || cap(k)) return false;
  if (typed(k)) {
    auto const* w = t_[k].w;
    return (w->source_flags & source_flags::title) || w->type == source_type::anonymous;
  }
  if (function_word(k) || finite_verb(k)) return false;
  auto const h = ft(k);
  return !ends_with_any(h, {"ment", "ments"}) &&
         ends_with_any(h, {"eur", "euse", "eurs", "euses", "rice", "rices", "iste", "istes", "ien", "ienne", "iens",
                           "iennes", "ier", "ière", "iers", "ières", "ant", "ante", "ants", "antes", "icien"});
}

inline std::uint32_t token_view::apposition(noun_phrase& r, std::uint32_t q, std::uint32_t lim, np_options o) const {
  if (!o.apposition || q + 1 >= lim) return none;
  auto closed = [&](std::uint32_t e) {
    return e >= lim || is(e, ",") || final_punct(e) || is(e, ")") || close_quote(e) || is(e, ";") || is(e, ":");
  };
  bool const head_role = r.title || (r.head != none && role_like(r.head)) ||
                         (r.type == source_type::unknown && (r.definite || r.indefinite));
  // a name after a role: « Le ministre sud-coréen de la Sécurité, Shin Won-sik, »
  bool const honorific = typed(q + 1) && (t_[q + 1].w->source_flags & source_flags::name_part);
  if (head_role && !r.has_name() && word(q + 1) && cap(q + 1) && (!function_word(q + 1) || honorific)) {
    auto const e = honorific ? name_run(q + 2, lim) : name_run(q + 1, lim);
    if (e > q + 1 + (honorific ? 1 : 0) && e - q <= 6 && closed(e)) {
      r.name_first = q + 1;
      r.name_last = e;
      r.title = true;
      if (r.type == source_type::unknown || r.type == source_type::anonymous) r.type = source_type::person;
      return e;
    }
  }
  // an age or a rank: « La Lyonnaise, 48e mondiale, », « Le coureur, 29 ans, », « Jean Roux, 2e, »
  if ((head_role || r.type == source_type::person || r.has_name()) &&
      (kind(q + 1) == tokenize::token_kind::number || kind(q + 1) == tokenize::token_kind::ordinal)) {
    auto e = q + 2;
    while (e < lim && e < q + 5 && word(e) && !finite_verb(e) &&
           !has(e, wcl::aux_avoir | wcl::aux_etre | wcl::negation | wcl::subord | wcl::conj))
      ++e;
    if (e < lim && is(e, ",") && (e > q + 2 || kind(q + 1) == tokenize::token_kind::ordinal)) {
      // the age or rank is no part of the source: « Le maraîcher, 58 ans, » gives « Le maraîcher »
      r.cut = bytes(q - 1, q).end;
      // only people have an age or a world ranking: « Le maraîcher, 58 ans, », « La Lyonnaise,
      // 48e mondiale, », « Le Nantais, 3e du classement, » (a demonym read as a club name)
      bool const age = kind(q + 1) == tokenize::token_kind::number && (is(q + 2, "ans") || is(q + 2, "an"));
      bool const rank = kind(q + 1) == tokenize::token_kind::ordinal;
      bool const demonym = r.head != none && r.head_end == r.head + 1 && cap(r.head) && !caps(r.head) &&
                           !typed(r.head) && r.definite && !r.plural &&
                           (!r.has_name() || (r.name_first == r.head && r.name_last == r.head_end)) &&
                           ends_with_any(ft(r.head), {"ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine",
                                                      "an", "ane", "in", "ine", "ard", "arde", "on", "onne", "ol",
                                                      "ole", "èque", "ète", "ote"});
      if (!r.plural && (age || rank) &&
          (r.type == source_type::unknown || (r.type == source_type::organization && demonym))) {
        r.type = source_type::person;
        if (demonym) r.title = true;  // a description, not a lone name: « La Lyonnaise »
      }
      return e;
    }
  }
  np_options inner = o;
  inner.apposition = false;
  inner.coordination = false;
  // a role and a name after a role: « Son adversaire, le maire sortant Gérard Poulain (divers droite), »
  if (head_role && !r.has_name() && has(q + 1, wcl::det)) {
    auto sub = parse_np(q + 1, lim, inner);
    if (sub.ok() && sub.has_name() && (sub.title || (sub.head != none && role_like(sub.head))) && closed(sub.last)) {
      r.name_first = sub.name_first;
      r.name_last = sub.name_last;
      r.title = true;
      r.type = source_type::person;
      return sub.last;
    }
  }
  // a role after a name: « Jean Dupont, chercheur à l'IRIS », « Samia, une voisine de 34 ans »,
  // « Claire Dumesnil, de l'Observatoire français des conjonctures économiques (OFCE) »
  if (r.type == source_type::person && r.has_name()) {
    auto k = q + 1;
    bool const affiliation = (is(k, "de") || is(k, "d'") || is(k, "du")) && (cap(k + 1) || (has(k + 1, wcl::det) && cap(k + 2)));
    if (!affiliation && !r.title) {
      if (has(k, wcl::det) && !has(k, wcl::prep_np)) ++k;
      while (k < lim && has(k, wcl::prenominal) && !typed(k)) ++k;
    }
    if (affiliation || role_like(k)) {
      if (!affiliation) {
        // « Vladimir Poutine, le chef d'état-major Valery Gerasimov »: two persons, not an apposition
        np_options inner2 = o;
        inner2.apposition = false;
        inner2.coordination = false;
        auto const role = parse_np(q + 1, lim, inner2);
        if (role.has_name() && role.name_last - role.name_first >= 2 && !caps(role.name_first)) return none;
      }
      auto e = k;
      int depth = 0;
      while (e < lim && e < q + 24 && (depth > 0 || !closed(e))) {
        if (finite_verb(e) || has(e, wcl::subord) || open_quote(e)) return none;
        if (is(e, "(")) ++depth;
        if (is(e, ")")) --depth;
        ++e;
      }
      if (e < q + 24 && closed(e)) {
        r.title = true;
        return e;
      }
    }
  }
  return none;
}

inline noun_phrase token_view::parse_np(std::uint32_t p, std::uint32_t lim, np_options o) const {
  noun_phrase r;
  r.first = r.last = p;
  if (p >= lim || p >= size()) return r;
  std::uint32_t q = p;
  bool percent = false;
  if (kind(p) == tokenize::token_kind::number && p + 2 < lim && is(p + 1, "%") &&
      (is(p + 2, "des") || is(p + 2, "de") || is(p + 2, "d'"))) {
    percent = true;  // « 34 % des personnes interrogées »
    q = p + 2;
    if (is(q, "des")) r.plural = true;
    if (!is(q, "des")) ++q;
  }
  int dets = 0;
  if (percent || !source_phrase(p, lim, true, r)) {
    // determiners
    while (q < lim && dets < 2 && word(q)) {
      bool det_like = has(q, wcl::det);
      if (!det_like && (is(q, "de") || is(q, "d'")) && q == p && has(q + 1, wcl::prenominal)) det_like = true;
      if (!det_like) break;
      // « certains », « plusieurs » alone are the head: « certains affirment »
      if (typed(q) && (q + 1 >= lim || !word(q + 1) || function_word(q + 1) || finite_verb(q + 1))) break;
      auto const c = cls(q);
      if (c & wcl::det_definite) r.definite = true;
      if (c & wcl::det_indefinite) r.indefinite = true;
      if (c & wcl::det_plural) r.plural = true;
      if ((c & wcl::det_feminine) && !(c & wcl::det_masculine)) r.g = gender::feminine;
      if ((c & wcl::det_masculine) && !(c & wcl::det_feminine)) r.g = gender::masculine;
      ++q;
      ++dets;
    }
    // prenominal adjectives and numbers: « hauts », « deux », « 27 », « le très conservateur gouverneur »
    auto const degree = [&](std::uint32_t k) {
      return dets > 0 && (is(k, "très") || is(k, "plus") || is(k, "moins") || is(k, "si") || is(k, "fort") ||
                          is(k, "trop") || is(k, "assez") || is(k, "tout") || is(k, "bien"));
    };
    while (q < lim && !source_phrase(q, lim, false, r) &&
           ((word(q) && has(q, wcl::prenominal) && !typed(q)) ||
            (kind(q) == tokenize::token_kind::number && dets > 0) ||
            (degree(q) && q + 2 < lim && word(q + 1) && !cap(q + 1) && !function_word(q + 1) && !typed(q + 1) &&
             word(q + 2) && !finite_verb(q + 2) && !function_word(q + 2))) &&
           q + 1 < lim && word(q + 1) && !finite_verb(q + 1)) {
      if (degree(q)) ++q;  // the adjective it grades
      ++q;
    }
    if (q >= lim) return r;
    if (r.head == none && !source_phrase(q, lim, false, r)) {
      if (word(q) && has(q, wcl::subject_pronoun | wcl::stressed_pronoun) && dets == 0) {
        r.pronoun = true;
        r.head = q;
        r.head_end = q + 1;
        r.type = is(q, "on") ? source_type::anonymous : source_type::self;
        auto const f = ft(q);
        r.g = (f == "elle" || f == "elles") ? gender::feminine
              : (f == "il" || f == "ils" || f == "lui" || f == "eux") ? gender::masculine
                                                                    : gender::unknown;
        r.plural = f == "ils" || f == "elles" || f == "eux";
        r.last = q + 1;
        return r;
      }
      if (word(q) && typed(q) && !((t_[q].w->source_flags & source_flags::proper) && !cap(q)) &&
          !has(q, wcl::prep | wcl::conj | wcl::subord)) {
        auto const* w = t_[q].w;
        r.head = q;
        r.head_end = q + 1;
        r.type = w->type;
        r.subtype = w->subtype;
        r.sflags = w->source_flags;
        if (w->source_flags & source_flags::title) r.title = true;
        if (w->source_flags & source_flags::name_part) {
          auto const e = name_run(q + 1, lim);
          if (e == q + 1) return r;
          r.name_first = q + 1;
          r.name_last = e;
          r.head_end = e;
          if (w->source_flags & source_flags::feminine) r.g = gender::feminine;
          else if (same(ft(q), "m.") || same(ft(q), "monsieur")) r.g = gender::masculine;
        } else if (cap(q) || caps(q)) {
          auto const e = name_run(q, lim);
          r.head_end = e;
          type_name_run(r, q, e);
          if (e - q > 1 && r.type != source_type::organization && r.type != source_type::country_or_capital &&
              !typed(q + 1))
            r.type = w->type;
        }
      } else if (word(q) && (cap(q) || caps(q)) && !function_word(q)) {
        auto const e = name_run(q, lim);
        r.head = q;
        r.head_end = e;
        type_name_run(r, q, e);
        // « la Gazzetta dello Sport », « les Notaires de France »: a name after an article is an organization
        if (dets > 0 && r.type == source_type::person) r.type = source_type::organization;
      } else if (kind(q) == tokenize::token_kind::mention && dets == 0) {
        r.head = q;
        r.head_end = q + 1;
        r.type = source_type::person;
        r.name_first = q;
        r.name_last = q + 1;
      } else if (word(q) && (dets > 0 || percent) && !function_word(q) && !finite_verb(q)) {
        r.head = q;
        r.head_end = q + 1;
      } else {
        return r;
      }
    }
  }
  if (r.sflags & source_flags::feminine) r.g = gender::feminine;
  if (r.sflags & source_flags::masculine) r.g = gender::masculine;
  if (r.sflags & source_flags::plural) r.plural = true;
  if (percent && r.type != source_type::organization) r.type = source_type::anonymous;
  q = r.head_end;
  if (r.head != none && r.head_end > r.head) {
    if (auto const cut = glued_at(r.head_end - 1)) {
      r.cut = cut;
      r.last = r.head_end;
      return r;
    }
  }
  bool const bare_name = r.has_name() && r.name_first == r.head && !r.title && r.type == source_type::person;

  // modifiers
  std::uint32_t last_good = q;
  auto const max_len = p + 40;
  bool after_prep = false;      // inside a complement: « de la Défense », « au Service »
  bool has_complement = false;  // a « de … » complement was taken
  while (q < lim && q < max_len) {
    auto const t = (*this)[q];
    if (t.flags & tf::newline_before) break;
    bool const in_complement = after_prep;
    after_prep = false;
    if (t.kind == tokenize::token_kind::punctuation) {
      auto const s = t.f;
      if (same(s, "(")) {
        std::uint32_t c = q + 1;
        while (c < lim && c < q + 12 && !is(c, ")") && !is(c, "(") && !finite_verb(c) && !final_punct(c)) ++c;
        if (c >= lim || !is(c, ")") || c == q + 1) break;
        r.paren_open = q;
        r.paren_close = c;
        // one acronym or handle inside: « (NIS) », « (@Reuters) »; several capitalized words: an expansion
        if (c == q + 2 && (caps(q + 1) || kind(q + 1) == tokenize::token_kind::mention)) {
          r.acronym = q + 1;
          // a known acronym is more precise than a generic head noun: « La Banque centrale
          // européenne (BCE) » is international, not a company as « banque » alone
          // (only when it names the head itself, not a complement: « un think-tank affilié au Service … (NIS) »)
          bool generic_head = r.type == source_type::organization && r.head != none && r.head_end <= q &&
                              typed(q + 1) && t_[q + 1].w->type == source_type::organization &&
                              t_[q + 1].w->subtype != source_subtype::none;
          for (auto k = r.head_end; generic_head && k < q; ++k)
            if (has(k, wcl::prep | wcl::prep_np)) generic_head = false;
          if (typed(q + 1) && (r.type == source_type::unknown || generic_head ||
                               (r.type == source_type::organization && r.subtype == source_subtype::none) ||
                               (r.type == source_type::person && !r.title))) {
            r.type = t_[q + 1].w->type;
            r.subtype = t_[q + 1].w->subtype;
          }
          if (r.type == source_type::person && r.head != none && !r.title && caps(q + 1))
            r.type = source_type::organization;
        } else if (r.acronym != none && r.acronym + 1 == q) {
          r.paren_is_expansion = true;
        }
        q = c + 1;
        last_good = q;
        continue;
      }
      if (same(s, ",")) {
        if (auto const e = apposition(r, q, lim, o); e != none) {
          q = e;
          // an age or a rank after a name apposition: « Le directeur de l'usine, Paul Martin, 52 ans, »
          if (q + 1 < lim && is(q, ",") && r.has_name() &&
              (kind(q + 1) == tokenize::token_kind::number || kind(q + 1) == tokenize::token_kind::ordinal))
            if (auto const e2 = apposition(r, q, lim, o); e2 != none) q = e2;
          last_good = q;
          break;
        }
        // enumerated complements: « de la recherche, des études, de l'évaluation et des statistiques »
        if (has_complement && q + 1 < lim && has(q + 1, wcl::prep_np) && !is(q + 1, "à")) {
          bool ahead = false;
          for (auto k = q + 1; k < lim && k < q + 16 && !final_punct(k); ++k) {
            if (is(k, "et") && has(k + 1, wcl::prep_np)) { ahead = true; break; }
            if (finite_verb(k) || has(k, wcl::subord)) break;
          }
          if (ahead) {
            ++q;
            continue;
          }
        }
        // coordinated adjectives: « ukrainiens, américains et sud-coréens »
        if (o.coordination && q > p && q + 1 < lim && nationality_like(q - 1) && nationality_like(q + 1)) {
          auto k = q;
          bool closed = false;
          while (k + 1 < lim && (is(k, ",") || is(k, "et")) && nationality_like(k + 1)) {
            closed = is(k, "et");
            k += 2;
            if (closed) break;
          }
          if (closed) {
            q = k;
            last_good = q;
            continue;
          }
        }
        break;
      }
      break;
    }
    if (t.kind == tokenize::token_kind::number || t.kind == tokenize::token_kind::ordinal) {
      // « de 34 ans », « du 8e arrondissement »
      if (in_complement && q + 1 < lim && word(q + 1) && !function_word(q + 1)) {
        ++q;
        continue;
      }
      // « France 24 »: a number glued to a name
      if (q > p && cap(q - 1) && q == r.head_end && r.has_name() && q + 1 <= lim && !has(q + 1, wcl::temporal)) {
        ++q;
        last_good = q;
        continue;
      }
      break;
    }
    if (t.kind != tokenize::token_kind::word) break;
    auto const c = cls(q);
    if (t_[q].w && t_[q].w->phrases_end > t_[q].w->phrases_begin && q > r.head_end) {
      phrase_entry const* cue = nullptr;
      if (match_phrase(q, lim, phrase_entry::kind::cue, &cue) && cue->role != phrase_role::hedge &&
          cue->role != phrase_role::opinion && !is(q, "de") && !is(q, "d'"))
        break;
    }
    if (c & wcl::conj) {
      if (!o.coordination || !(is(q, "et") || is(q, "ou"))) break;
      if (q + 1 < lim && nationality_like(q - 1) && nationality_like(q + 1)) {
        q += 2;
        last_good = q;
        continue;
      }
      // « de recherches géologiques et minières (BRGM) »: two adjectives closing the phrase
      auto const adj = [&](std::uint32_t k) {
        return word(k) && !cap(k) && !function_word(k) && !finite_verb(k) && !typed(k);
      };
      if (q + 1 < lim && q > r.head_end && adj(q - 1) && adj(q + 1) &&
          (q + 2 >= lim || punct(q + 2) || finite_verb(q + 2))) {
        q += 2;
        last_good = q;
        continue;
      }
      // « de l'OMS et de l'Unicef », « de la santé et de la recherche médicale »
      if (has_complement && q + 1 < lim && has(q + 1, wcl::prep_np) && !is(q + 1, "à")) {
        ++q;
        continue;
      }
      // « l'ancienne joueuse et consultante Amélie Fortin »
      if (r.title && q + 1 < lim && role_like(q + 1) && !r.has_name()) {
        q += 2;
        last_good = q;
        continue;
      }
      if (r.type != source_type::unknown && r.type != source_type::self && valid_np_start(q + 1)) {
        np_options inner = o;
        inner.coordination = false;
        inner.apposition = false;
        auto other = parse_np(q + 1, lim, inner);
        if (other.ok() && other.type != source_type::unknown && other.type != source_type::self &&
            other.type != source_type::document) {
          q = other.last;
          last_good = q;
          r.plural = true;
          continue;
        }
      }
      break;
    }
    if (c & wcl::subord) break;
    if ((c & wcl::det) && cap(q) && q + 1 < lim) {
      noun_phrase tmp;
      std::uint32_t e = none;
      if (source_phrase(q, lim, true, tmp)) e = tmp.head_end;  // « Le Journal du dimanche »
      else if (word(q + 1) && cap(q + 1) && (!function_word(q + 1) || has(q + 1, wcl::temporal)))
        e = name_run(q + 1, lim);  // « Le Soir »
      if (e != none && e > q + 1) {
        if (!in_complement && (!r.has_name() || r.name_last != q)) {
          r.name_first = q;
          r.name_last = e;
        }
        if (tmp.type != source_type::unknown && r.subtype == source_subtype::none && r.type == tmp.type)
          r.subtype = tmp.subtype;
        q = e;
        last_good = q;
        continue;
      }
    }
    if (is(q, "ce") && q > p && participle_like(q - 1) && has(q + 1, wcl::temporal)) {
      q += 2;  // « publié ce matin »
      last_good = q;
      continue;
    }
    if ((c & wcl::det) && !(c & wcl::prep_np)) {
      if (!in_complement) break;
      ++q;  // « de la Sécurité », « à l'AFP »
      after_prep = true;
      continue;
    }
    if (c & wcl::prep_np) {
      if (q + 1 >= lim) break;
      if (o.postposed && (is(q, "à") || is(q, "au") || is(q, "aux"))) {
        if (r.has_name() && !r.title) break;
        // « a indiqué le ministère à l'AFP »: the addressee, not part of the source
        auto k = q + 1;
        if (has(k, wcl::det) && !has(k, wcl::prep_np)) ++k;
        if (typed(k) && t_[k].w->subtype == source_subtype::media) break;
        // « au micro de RMC », « à l'antenne de BFMTV », « à la sortie de l'audience »: where it was said
        bool venue = false;
        for (auto const v : cue_data::venue_nouns) venue = venue || is(k, v);
        if (venue) break;
      }
      auto const n1 = q + 1;
      bool const num = (kind(n1) == tokenize::token_kind::number || kind(n1) == tokenize::token_kind::ordinal) &&
                       n1 + 1 < lim && word(n1 + 1) && !function_word(n1 + 1);
      if (!word(n1) && !num) break;
      if (!num) {
        if (finite_verb(n1) || has(n1, wcl::aux_avoir | wcl::aux_etre | wcl::negation) ||
            (has(n1, wcl::clitic) && !has(n1, wcl::det)) || has(n1, wcl::temporal | wcl::subject_pronoun | wcl::reflexive))
          break;
        if (!cap(n1) && !function_word(n1)) {
          // « de nier », « à confirmer »: an infinitive is no complement
          bool infinitive = false;
          for (auto const& rd : readings(n1)) infinitive = infinitive || (rd.forms & verb_form::infinitive);
          if (infinitive) break;
        }
      }
      ++q;
      after_prep = true;
      has_complement = true;
      continue;
    }
    if (c & wcl::prep) {
      bool keep = false;
      auto const f = t.f;
      bool const org = r.type == source_type::organization || r.type == source_type::document;
      bool const role = r.title || r.type == source_type::anonymous || (r.head != none && role_like(r.head));
      if (f == "par") {
        // « une enquête menée par », « les informations révélées jeudi par »
        std::uint32_t k = q;
        int skipped = 0;
        while (k > r.head_end && skipped < 3 && (has(k - 1, wcl::temporal | wcl::adverb) || is(k - 1, "mi"))) {
          --k;
          ++skipped;
        }
        keep = k > p && participle_like(k - 1) && q + 1 < lim && valid_np_start(q + 1);
      } else if (f == "auprès") {
        keep = q > p && participle_like(q - 1) && has(q + 1, wcl::prep_np);  // « menée auprès de 9 000 collégiens »
      } else if (f == "pour") {
        keep = q + 1 < lim && ((r.type == source_type::document && (cap(q + 1) || has(q + 1, wcl::det))) ||
                               (r.type == source_type::organization && has(q + 1, wcl::det) && !cap(q + 1) &&
                                word(q + 2) && !cap(q + 2)) ||
                               (cap(q - 1) && (cap(q + 1) || (has(q + 1, wcl::det) && cap(q + 2)))));
      } else if (f == "sur") {
        // « un salarié sur deux »; « la commission d'enquête sur … »; not « sur X » (a platform)
        if (q + 1 < lim && (kind(q + 1) == tokenize::token_kind::number || has(q + 1, wcl::prenominal)) &&
            (q + 2 >= lim || !word(q + 2) || function_word(q + 2) || finite_verb(q + 2))) {
          q += 2;
          last_good = q;
          continue;
        }
        keep = org && q + 1 < lim && has(q + 1, wcl::det) && !cap(q + 1) && word(q + 2) && !cap(q + 2);
      } else if (f == "en") {
        static constexpr std::string_view not_after_en[] = {"tête", "direct", "marge", "cours", "fin", "effet",
                                                            "revanche", "particulier", "ligne", "outre", "plus",
                                                            "partie", "raison", "face", "début", "train", "vain"};
        keep = (org || role) && q + 1 < lim && word(q + 1) && !cap(q + 1) && !function_word(q + 1) &&
               !finite_verb(q + 1);
        for (auto x : not_after_en) keep = keep && !is(q + 1, x);
      } else if (f == "chez") {
        keep = role && q + 1 < lim && (cap(q + 1) || has(q + 1, wcl::det));
      } else if (f == "contre") {
        keep = org && q + 1 < lim && has(q + 1, wcl::det);
      } else if (f == "depuis" && role && q + 1 < lim) {
        // « son entraîneur depuis dix ans », « maire depuis 2014 »
        auto k = q + 1;
        if (kind(k) == tokenize::token_kind::number || has(k, wcl::prenominal)) {
          ++k;
          if (is(k, "ans") || is(k, "mois") || is(k, "années") || is(k, "semaines") || is(k, "jours")) ++k;
          q = k;
          last_good = q;
          continue;
        }
      }
      if (!keep) break;
      ++q;
      after_prep = true;
      continue;
    }
    if ((c & (wcl::temporal | wcl::adverb)) && q > p && participle_like(q - 1)) {
      // « les informations révélées jeudi par l'état-major », « une étude de l'Insee publiée jeudi »
      auto k = q;
      while (k < lim && k < q + 4 &&
             (has(k, wcl::temporal | wcl::adverb) || kind(k) == tokenize::token_kind::number ||
              ((is(k, "le") || is(k, "en") || is(k, "ce")) && k + 1 < lim &&
               (kind(k + 1) == tokenize::token_kind::number || has(k + 1, wcl::temporal))) ||
              is(k, "dernier") || is(k, "dernière")))
        ++k;
      if (is(k, "par")) {
        q = k;
        continue;
      }
      if (k > q && has(q, wcl::temporal)) {
        q = k;
        last_good = q;
        continue;
      }
    }
    if (c & (wcl::aux_avoir | wcl::aux_etre | wcl::verb | wcl::negation | wcl::subject_pronoun | wcl::reflexive |
             wcl::temporal | wcl::adverb | wcl::conditional | wcl::negative_word))
      break;
    if (c & wcl::stressed_pronoun) break;
    if ((c & wcl::clitic) && !(c & wcl::source)) break;
    if (c & wcl::hedge) break;
    if (finite_verb(q)) {
      // « dit » and other forms that are also participles, before « par »: keep
      bool const part = participle_like(q) && is(q + 1, "par");
      if (!part) break;
    }
    {
      bool gerund = false;
      for (auto const& rd : readings(q)) gerund = gerund || (rd.forms & verb_form::gerund);
      if (gerund) break;
      if (!cap(q) && ends_with_any(t.f, {"ment"}) && !typed(q) && q + 1 < lim && (is(q + 1, "que") || is(q + 1, "qu'")))
        break;
    }
    if (cap(q) || caps(q)) {
      auto const e = name_run(q, lim);
      if (e == q) break;
      if (r.type == source_type::unknown && q == r.head_end) {
        type_name_run(r, q, e);
      } else if (in_complement) {
        // « de la Sécurité », « des Armées »: a complement; « à la Défense Lloyd Austin »: complement, then name
        noun_phrase tmp;
        std::uint32_t comp = source_phrase(q, e, false, tmp) ? tmp.head_end - q : 1;
        if (e - q > comp && (e - q - comp >= 2 || typed(q))) {
          r.name_first = q + comp;
          r.name_last = e;
        }
      } else {
        r.name_first = q;
        r.name_last = e;
      }
      if (e - q == 1 && caps(q) && r.acronym == none) r.acronym = q;
      q = e;
      last_good = q;
      if (auto const cut = glued_at(e - 1)) {
        r.cut = cut;
        break;
      }
      continue;
    }
    // an ordinary lower-case word: adjective, noun complement, participle
    if (r.type == source_type::person && r.has_name() && r.name_last == q && r.name_first != r.head &&
        !in_complement && !participle_like(q))
      break;  // « la navigatrice Clarisse Crémer repart »: the name closes a person's phrase
    if (bare_name && !in_complement && q == r.head_end && !participle_like(q)) {
      r.type = source_type::organization;  // « Santé publique France »: no person's name takes an adjective
    }
    ++q;
    last_good = q;
  }
  r.last = last_good;
  if (r.last > r.first && r.head == none) r.last = r.first;
  return r;
}

} // namespace depeche::recognize::detail::attr

#endif
