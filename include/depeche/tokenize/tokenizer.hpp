// SPDX-License-Identifier: MIT
// French tokenizer: lossless, one pass, no allocation per token.
#ifndef DEPECHE_TOKENIZE_TOKENIZER_HPP_INCLUDED
#define DEPECHE_TOKENIZE_TOKENIZER_HPP_INCLUDED

#include <depeche/text/document.hpp>
#include <depeche/tokenize/detail/chars.hpp>
#include <depeche/tokenize/lexicon.hpp>
#include <depeche/tokenize/token.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <cstdint>
#include <string_view>
#include <vector>

namespace depeche::tokenize {

namespace detail {

/// Appends tokens to a vector through a small buffer: each token is written field by field into
/// the buffer (no temporary, no call), and full buffers are appended with one copy. No
/// allocation per token.
template <class OnFlush>
class token_writer {
public:
  token_writer(std::vector<token>& v, OnFlush on_flush) noexcept : v_(v), first_(v.size()), on_flush_(on_flush) {}

  DEPECHE_ALWAYS_INLINE void put(std::uint32_t ob, std::uint32_t oe, std::uint32_t b, std::uint32_t e, token_kind k,
                                 std::uint16_t f) {
    if (k_ == buffer_size) flush();
    auto& t = buf_[k_++];
    t.begin = ob;
    t.end = oe;
    t.a_begin = b;
    t.a_end = e;
    t.kind = k;
    t.flags = f;
  }
  /// The token written last by this writer, if any.
  [[nodiscard]] token* last() noexcept {
    if (k_ > 0) return &buf_[k_ - 1];
    return v_.size() > first_ ? &v_.back() : nullptr;
  }
  void finish() { flush(); }

private:
  static constexpr std::size_t buffer_size = 128;
  void flush() {
    v_.insert(v_.end(), buf_, buf_ + k_);
    k_ = 0;
    on_flush_();
  }

  std::vector<token>& v_;
  std::size_t first_;
  OnFlush on_flush_;
  std::size_t k_ = 0;
  token buf_[buffer_size];
};

} // namespace detail

/// Splits the analysed text of a document into tokens whose spans map back to the original bytes.
///
/// The tokens and the gaps between them reproduce the input byte for byte: nothing is dropped,
/// only white space falls between tokens. French rules: « l'armée » → « l' » « armée »;
/// « a-t-il » → « a » « -t-il »; « nord-coréen », « M-1978 », « cessez-le-feu » stay whole;
/// « 12 000 », « 3,5 », « 24/02/2025 » are single numbers; « 1er », « XXe » are ordinals;
/// « M. », « O.N.U. », « J.-C. » keep their periods; URLs, e-mails, @mentions and #hashtags are
/// single tokens. The lexicon must outlive the tokenizer.
class tokenizer {
public:
  explicit tokenizer(lexicon const& lex = default_lexicon()) noexcept : lex_(&lex) {}

  /// Appends the tokens of `doc` to `out` (existing capacity is reused).
  void tokenize(text::document const& doc, std::vector<token>& out) const {
    tokenize_into(doc, out, [] {});
  }

  /// The tokens of `doc`.
  [[nodiscard]] std::vector<token> operator()(text::document const& doc) const {
    std::vector<token> v;
    tokenize(doc, v);
    return v;
  }

  /// Calls `sink(begin, end, kind, flags)` for each token of the analysed text `s`, in order.
  template <class Sink>
  void run(std::string_view s, Sink&& sink) const;

private:
  template <class OnFlush>
  void tokenize_into(text::document const& doc, std::vector<token>& out, OnFlush on_flush) const {
    auto const s = doc.analysed();
    if (auto const want = out.size() + s.size() / 5 + 16; want > out.capacity())
      out.reserve(std::max(want, 2 * out.capacity()));
    detail::token_writer w(out, on_flush);
    if (doc.offsets().identity()) {  // analysed offsets are original offsets
      run(s, [&](std::uint32_t b, std::uint32_t e, token_kind k, std::uint16_t f)
                 DEPECHE_ALWAYS_INLINE { w.put(b, e, b, e, k, f); });
    } else {
      text::offset_cursor cur(doc.offsets());
      run(s, [&](std::uint32_t b, std::uint32_t e, token_kind k, std::uint16_t f) DEPECHE_ALWAYS_INLINE {
        if (span m; cur.map_clean(b, e, m)) {  // no edit near the token: nothing to round
          w.put(m.begin, m.end, b, e, k, f);
          return;
        }
        auto const m = cur.map(b, e);
        auto ob = m.begin;
        auto const oe = m.end;
        if (auto* prev = w.last()) {
          // A boundary strictly inside one normalization edit (« ’ » + a combining mark recomposed
          // together) has no exact original position: keep spans ordered and disjoint, and fold a
          // token that lies wholly inside the previous token's edit into that token.
          if (ob < prev->end) ob = prev->end;
          if (oe <= ob) {
            prev->a_end = e;
            if (oe > prev->end) prev->end = oe;
            return;
          }
        }
        w.put(ob, oe, b, e, k, f);
      });
    }
    w.finish();
  }

  lexicon const* lex_;
};

namespace detail {

/// How word_run reads a byte: ASCII letters and digits, other ASCII (ends a word), or the lead or
/// continuation byte of a longer sequence (classified properly).
enum class word_byte : std::uint8_t { stop, lower, upper, digit, multibyte };

inline constexpr auto word_bytes = [] {
  std::array<word_byte, 256> t{};
  for (std::size_t c = 0; c < 256; ++c) {
    if (c >= 'a' && c <= 'z') t[c] = word_byte::lower;
    else if (c >= 'A' && c <= 'Z') t[c] = word_byte::upper;
    else if (c >= '0' && c <= '9') t[c] = word_byte::digit;
    else if (c >= 0x80) t[c] = word_byte::multibyte;
    else t[c] = word_byte::stop;
  }
  return t;
}();

/// End of the run of ASCII lower-case letters starting at i: eight bytes at a time (SWAR), so
/// that the end of a typical word costs no mispredicted loop exit.
[[nodiscard]] inline std::size_t lower_ascii_run(unsigned char const* p, std::size_t i, std::size_t n) noexcept {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    while (i + 8 <= n) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      auto const y = x & ~high;                              // no carry between bytes below
      auto const lower = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~x & high;
      if (lower != high) return i + static_cast<std::size_t>(std::countr_zero(~lower & high) / 8);
      i += 8;
    }
  }
  while (i < n && word_bytes[p[i]] == word_byte::lower) ++i;
  return i;
}

/// How the main loop dispatches on the first byte of a token: white space, a line break, the
/// start of a word or a number that may take a short path, punctuation and symbols, or the
/// general rules.
enum class lead_byte : std::uint8_t {
  general, space, newline, lower, upper, digit, punctuation, period, bang, symbol, latin1, two_byte
};

inline constexpr auto lead_bytes = [] {
  std::array<lead_byte, 256> t{};
  for (std::size_t c = 'a'; c <= 'z'; ++c) t[c] = lead_byte::lower;
  for (std::size_t c = 'A'; c <= 'Z'; ++c) t[c] = lead_byte::upper;
  for (std::size_t c = '0'; c <= '9'; ++c) t[c] = lead_byte::digit;
  for (char c : std::string_view(",;:()[]\"'")) t[static_cast<unsigned char>(c)] = lead_byte::punctuation;
  for (char c : std::string_view("%$+=")) t[static_cast<unsigned char>(c)] = lead_byte::symbol;
  t['.'] = lead_byte::period;
  t['!'] = t['?'] = lead_byte::bang;
  t[0xC2] = lead_byte::latin1;
  for (std::size_t c = 0xC3; c < 0xE0; ++c) t[c] = lead_byte::two_byte;
  t[' '] = t['\t'] = lead_byte::space;
  t['\n'] = t['\r'] = lead_byte::newline;
  return t;
}();

/// First letters of the URLs url_at recognizes (« http », « www. », « ftp »), in either case.
inline constexpr auto url_lead = [] {
  std::array<bool, 256> t{};
  for (char c : std::string_view("hwfHWF")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

/// Bytes after which a word needs no further rule (not an apostrophe, hyphen, period, e-mail
/// character or the first byte of « ° »).
inline constexpr auto plain_word_end = [] {
  std::array<bool, 256> t{};
  t.fill(true);
  for (char c : std::string_view("'-.@_+")) t[static_cast<unsigned char>(c)] = false;
  t[0xC2] = false;  // « n° »
  return t;
}();

/// The letters of Roman numerals (« XXe siècle » is an ordinal).
inline constexpr auto roman_letters = [] {
  std::array<bool, 256> t{};
  for (char c : std::string_view("IVXLCM")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

[[nodiscard]] constexpr bool roman_letter(unsigned char c) noexcept { return roman_letters[c]; }

struct scanner {
  std::string_view s;
  lexicon const& lex;
  std::size_t n = s.size();
  class_table const& tab = code_point_classes();

  [[nodiscard]] unsigned char at(std::size_t i) const noexcept { return i < n ? static_cast<unsigned char>(s[i]) : 0; }
  [[nodiscard]] cp_info info(std::size_t i) const noexcept {
    return i < n ? classify(s, i, tab) : cp_info{0, 0, cls::other, false, false};
  }
  [[nodiscard]] bool alnum_at(std::size_t i) const noexcept {
    if (i >= n) return false;
    auto const c = info(i).c;
    return c == cls::letter || c == cls::digit;
  }
  [[nodiscard]] bool letter_at(std::size_t i) const noexcept { return i < n && info(i).c == cls::letter; }
  [[nodiscard]] bool digit_at(std::size_t i) const noexcept { return at(i) >= '0' && at(i) <= '9'; }

  struct run_stats {
    std::size_t end;
    unsigned letters = 0, uppers = 0, lowers = 0, digits = 0;
    bool first_upper = false;
  };

  /// Consumes letters, digits and combining marks from i.
  void word_run(std::size_t i, run_stats& st) const noexcept {
    bool first = st.letters + st.digits == 0;
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    while (i < n) {
      // runs of ASCII lower-case letters, the bulk of French text, in a tight loop
      std::size_t j = lower_ascii_run(p, i, n);
      if (j > i) {
        st.letters += static_cast<unsigned>(j - i);
        st.lowers += static_cast<unsigned>(j - i);
        first = false;
        i = j;
        if (i >= n) break;
      }
      switch (word_bytes[p[i]]) {
      case word_byte::upper:
        ++st.letters;
        ++st.uppers;
        if (first) st.first_upper = true;
        first = false;
        ++i;
        continue;
      case word_byte::digit:
        ++st.digits;
        first = false;
        ++i;
        continue;
      case word_byte::stop: st.end = i; return;
      default: break;
      }
      if (auto const b = p[i]; b >= 0xC2 && b < 0xE0 && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
        // two-byte code points (« é », « É », « ç ») straight from the table
        auto const x = tab.v[((b & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu)];
        auto const c = static_cast<cls>(x & 0x0F);
        if (c == cls::letter) {
          ++st.letters;
          if (x & 0x10) { ++st.uppers; if (first) st.first_upper = true; }
          if (x & 0x20) ++st.lowers;
          first = false;
        } else if (c != cls::mark) {
          break;
        }
        i += 2;
        continue;
      }
      auto const ci = classify(s, i, tab);
      if (ci.c == cls::letter) {
        ++st.letters;
        if (ci.upper) { ++st.uppers; if (first) st.first_upper = true; }
        if (ci.lower) ++st.lowers;
        first = false;
      } else if (ci.c != cls::mark) {
        break;
      }
      i += ci.len;
    }
    st.end = i;
  }

  [[nodiscard]] std::size_t digit_run(std::size_t i) const noexcept {
    while (i < n && digit_at(i)) ++i;
    return i;
  }

  /// Whether the period at `dot` ends a sentence: it ends the text or a line, or a sentence
  /// starter (« Le », « Il », « L' ») follows after a space; with `any_capital`, any capitalized word.
  [[nodiscard]] bool sentence_ends_after(std::size_t dot, bool any_capital) const {
    std::size_t k = dot + 1;
    if (k < n && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r') return false;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) ++k;
    if (k >= n || s[k] == '\n' || s[k] == '\r') return true;
    auto const ci = info(k);
    if (ci.c != cls::letter || !ci.upper) return false;
    if (any_capital) return true;
    run_stats st{};
    word_run(k, st);
    auto e = st.end;
    if (at(e) == '\'') {
      if (lex.is_sentence_starter(s.substr(k, e + 1 - k))) return true;  // « L' », « Qu' »
      run_stats st2{};
      word_run(e + 1, st2);
      e = st2.end;  // « Aujourd'hui »
    }
    return lex.is_sentence_starter(s.substr(k, e - k));
  }

  /// Whether the word [b, e) is followed by a period that only ends a sentence: white space or the
  /// end of the text comes next and the word is no abbreviation (« … l'an dernier. »).
  [[nodiscard]] bool final_period_after(std::size_t b, std::size_t e) const {
    if (e >= n || s[e] != '.') return false;
    auto const c = at(e + 1);
    if (!(e + 1 == n || c == ' ' || c == '\n' || c == '\r' || c == '\t')) return false;
    return !lex.is_abbreviation(s.substr(b, e - b));
  }

  /// A cheap test that url_at(i) may be non-zero: « ht », « ww » or « ft » in any case.
  [[nodiscard]] bool may_start_url(std::size_t i) const noexcept {
    auto const a = static_cast<unsigned char>(at(i) | 0x20), b = static_cast<unsigned char>(at(i + 1) | 0x20);
    return (a == 'h' && b == 't') || (a == 'w' && b == 'w') || (a == 'f' && b == 't');
  }

  /// Length of a URL starting at i, or 0.
  [[nodiscard]] std::size_t url_at(std::size_t i) const noexcept {
    auto starts = [&](std::string_view p) {
      return i + p.size() <= n && iequals_ascii(s.substr(i, p.size()), p);
    };
    std::size_t j;
    if (starts("https://")) j = i + 8;
    else if (starts("http://")) j = i + 7;
    else if (starts("ftp://")) j = i + 6;
    else if (starts("www.") && alnum_at(i + 4)) j = i + 4;
    else return 0;
    return url_tail(i, j);
  }

  /// Extends a URL from j to its end: up to white space or a quote, without trailing punctuation.
  [[nodiscard]] std::size_t url_tail(std::size_t i, std::size_t j) const noexcept {
    int parens = 0;
    while (j < n) {
      auto const ci = info(j);
      if (ci.c == cls::space || ci.c == cls::newline) break;
      if (ci.cp == '"' || ci.cp == '<' || ci.cp == '>' || ci.cp == 0xAB || ci.cp == 0xBB || ci.cp == 0x201C ||
          ci.cp == 0x201D || ci.cp < 0x20)
        break;
      if (ci.cp == '(') ++parens;
      if (ci.cp == ')') {
        if (parens == 0) break;
        --parens;
      }
      j += ci.len;
    }
    while (j > i) {
      auto const c = s[j - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'') --j;
      else break;
    }
    return j;
  }

  /// Length of an e-mail address starting at i, or 0.
  [[nodiscard]] std::size_t email_at(std::size_t i) const noexcept {
    auto local = [](unsigned char c) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : (c >= '0' && c <= '9') || c == '.' || c == '_' ||
                                                              c == '%' || c == '+' || c == '-';
    };
    std::size_t j = i;
    while (j < n && local(at(j))) ++j;
    if (j == i || at(j) != '@') return 0;
    std::size_t k = j + 1, last_dot = 0;
    while (k < n) {
      auto const c = at(k);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++k;
      else if ((c >= '0' && c <= '9') || c == '-') ++k;
      else if (c == '.' && k + 1 < n && ((at(k + 1) | 0x20) >= 'a' && (at(k + 1) | 0x20) <= 'z')) { last_dot = k; ++k; }
      else break;
    }
    if (last_dot == 0 || k - last_dot < 3) return 0;
    return k;
  }

  /// Whether the hyphen at h begins an inverted clitic chain (« -t-il », « -elle », « -le-moi ») that
  /// ends the word. `word_begin` is where the word started, for lexicalized compounds.
  [[nodiscard]] bool clitic_chain_at(std::size_t word_begin, std::size_t h) const {
    std::size_t p = h;
    bool first = true, saw_t = false;
    unsigned parts = 0;
    while (p < n && s[p] == '-') {
      run_stats st{};
      word_run(p + 1, st);
      if (st.end == p + 1 || st.digits) return false;
      std::array<char, 16> buf{};
      auto seg = s.substr(p + 1, st.end - p - 1);
      if (seg.size() > 8) return false;
      auto const low = lower_ascii(seg, buf);
      std::size_t next = st.end;
      bool elided = false;
      if (at(next) == '\'' && (low == "m" || low == "t" || low == "l")) {  // « donne-m'en »
        elided = true;
        ++next;
      }
      if (first && low == "t") {
        saw_t = true;
      } else if (elided ? !lex.is_clitic(std::string_view(s.data() + p + 1, next - p - 1)) && low != "m" && low != "t" &&
                                low != "l"
                        : !lex.is_clitic(low)) {
        return false;
      }
      // a capitalized clitic after a capitalized word is a place name (« Ville-La »), not an inversion
      if (st.first_upper && st.uppers != st.letters && info(word_begin).upper) return false;
      first = false;
      ++parts;
      p = next;
      if (elided) break;
    }
    if (saw_t && parts < 2) return false;
    if (alnum_at(p)) return false;  // « cessez-le-feu » continues with letters after the chain
    // lexicalized compounds (« rendez-vous »)
    std::array<char, 48> buf{};
    if (p - word_begin <= buf.size()) {
      auto const whole = lower_ascii(s.substr(word_begin, p - word_begin), buf);
      if (lex.is_clitic_compound(whole)) return false;
    }
    return true;
  }

  /// End of the clitic token that starts with the hyphen at h (« -t-il » is one token, « -le-moi » two).
  [[nodiscard]] std::size_t clitic_token_end(std::size_t h) const noexcept {
    run_stats st{};
    word_run(h + 1, st);
    std::size_t e = st.end;
    if (e - h == 2 && (s[h + 1] == 't' || s[h + 1] == 'T') && at(e) == '-') {  // « -t-il »
      run_stats st2{};
      word_run(e + 1, st2);
      return st2.end;
    }
    if (at(e) == '\'') ++e;
    return e;
  }
};

} // namespace detail

template <class Sink>
void tokenizer::run(std::string_view s, Sink&& sink) const {
  using namespace detail;
  namespace f = token_flags;
  scanner sc{s, *lex_};
  auto const n = s.size();
  auto const* p = reinterpret_cast<unsigned char const*>(s.data());
  std::size_t i = 0;
  std::uint16_t gap_flags = 0;
  std::size_t pending_clitic = SIZE_MAX;  // a clitic chain begins here (set when a verb ended before it)
  auto emit = [&](std::size_t b, std::size_t e, token_kind k, std::uint16_t fl) DEPECHE_ALWAYS_INLINE {
    sink(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), k, static_cast<std::uint16_t>(fl | gap_flags));
    gap_flags = 0;
  };
  // Whether the word [b, e) (lower case: `low`) before the apostrophe at e is an elision that the
  // general rules would split there, not the start of a whole word (« aujourd'hui », « c'est-à-dire »).
  auto plain_elision = [&](std::size_t b, std::size_t e, std::string_view low) {
    if (!lex_->is_elision(low)) return false;
    if (!lex_->may_start_apostrophe_word(low)) return true;
    if (e + 3 <= n) {  // « l'armée »: no whole word starts with « l'ar »
      std::array<char, 12> hb{};
      if (low.size() + 3 <= hb.size()) {
        std::memcpy(hb.data(), low.data(), low.size());
        hb[low.size()] = '\'';
        hb[low.size() + 1] = ascii_lower(s[e + 1]);
        hb[low.size() + 2] = ascii_lower(s[e + 2]);
        if (!lex_->may_be_apostrophe_word({hb.data(), low.size() + 3})) return true;
      }
    }
    scanner::run_stats st2{};
    sc.word_run(e + 1, st2);
    if (low == "c" && sc.at(st2.end) == '-') return false;
    std::array<char, 48> wb{};
    if (st2.end - b > wb.size()) return false;
    return !lex_->is_apostrophe_word(lower_ascii(s.substr(b, st2.end - b), wb));
  };
  // the single space that usually follows a token, consumed without a trip through the dispatch
  auto skip_one_space = [&](std::size_t e) DEPECHE_ALWAYS_INLINE {
    // without a branch: whether a space follows is hard to predict
    unsigned char const c = e < n ? p[e] : 0u;
    bool const space = c == ' ';
    gap_flags = static_cast<std::uint16_t>(space ? f::space_before : 0u);
    return e + (space ? 1u : 0u);
  };

  while (i < n) {
    auto const b0 = p[i];
    //=== fast paths: the common cases, with the same results as the general rules below ===//
    switch (lead_bytes[b0]) {
    case lead_byte::space:
      gap_flags |= f::space_before;
      ++i;
      continue;
    case lead_byte::newline:
      gap_flags |= (gap_flags & f::newline_before) ? f::paragraph_before : f::newline_before;
      gap_flags |= f::space_before;
      i += (b0 == '\r' && sc.at(i + 1) == '\n') ? 2u : 1u;
      continue;
    case lead_byte::lower: {
      // a word that starts with a lower-case ASCII letter (not a URL) and ends plainly
      if (url_lead[b0] && sc.may_start_url(i) && sc.url_at(i)) break;
      std::size_t e = i + 1;
      bool digits = false;
      for (;;) {
        e = lower_ascii_run(p, e, n);
        if (e >= n) break;
        auto const t = word_bytes[p[e]];
        if (t == word_byte::stop) break;
        if (t != word_byte::multibyte) {
          digits = digits || t == word_byte::digit;
          ++e;
          continue;
        }
        // two-byte letters (« é », « ç ») from the table, the rest through classify
        if (auto const c1 = p[e]; c1 >= 0xC2 && c1 < 0xE0 && e + 1 < n && (p[e + 1] & 0xC0) == 0x80) {
          auto const x = static_cast<cls>(sc.tab.v[((c1 & 0x1Fu) << 6) | (p[e + 1] & 0x3Fu)] & 0x0F);
          if (x != cls::letter && x != cls::mark) break;
          e += 2;
          continue;
        }
        auto const c2 = classify(s, e, sc.tab);
        if (c2.c != cls::letter && c2.c != cls::mark) break;
        e += c2.len;
      }
      if (e >= n || plain_word_end[p[e]] || sc.final_period_after(i, e)) {
        pending_clitic = SIZE_MAX;
        emit(i, e, token_kind::word, digits ? f::has_digit : 0);
        i = skip_one_space(e);
        continue;
      }
      // « l'armée », « qu'il »: an elided word before a letter, which no whole word like
      // « aujourd'hui » can start with
      if (p[e] == '\'' && !digits && e - i <= 6 && sc.alnum_at(e + 1)) {
        if (plain_elision(i, e, s.substr(i, e - i))) {
          pending_clitic = SIZE_MAX;
          emit(i, e + 1, token_kind::word, f::elided);
          i = e + 1;
          continue;
        }
      }
      break;
    }
    case lead_byte::upper: {
      // a capitalized word, an acronym or a Roman ordinal (not a URL) that ends plainly
      if (url_lead[b0] && sc.may_start_url(i) && sc.url_at(i)) break;
      scanner::run_stats st{};
      sc.word_run(i, st);
      auto const e = st.end;
      bool const initial = st.letters == 1 && st.uppers == 1 && st.digits == 0 && e - i <= 2;
      bool const plain = e >= n || plain_word_end[p[e]] || (!initial && sc.final_period_after(i, e));
      // « L'armée », « QU'IL »: an elided word before a letter
      bool const elided = !plain && p[e] == '\'' && !st.digits && e - i <= 6 && sc.alnum_at(e + 1) && [&] {
        std::array<char, 8> buf{};
        auto const low = lower_ascii(s.substr(i, e - i), buf);
        return plain_elision(i, e, low);
      }();
      if (plain || elided) {
        std::uint16_t fl = f::capitalized;
        if (st.letters >= 2 && st.lowers == 0 && st.uppers >= 2) {
          fl |= f::all_caps;
          if (st.letters <= 8) fl |= f::acronym;
        }
        if (st.digits) fl |= f::has_digit;
        auto kind = token_kind::word;
        if (elided) {
          fl |= f::elided;
        } else if (e - i >= 2 && s[e - 1] == 'e' && roman_letter(b0) && !st.digits) {
          // Roman ordinals: « XXe siècle », « IIIe République »; « Le », « Ce », « Me » are words
          bool roman = true;
          for (std::size_t k = i; roman && k + 1 < e; ++k) roman = roman_letter(p[k]);
          if (roman && (e - i > 2 || b0 == 'V' || b0 == 'X')) kind = token_kind::ordinal;
        }
        pending_clitic = SIZE_MAX;
        emit(i, elided ? e + 1 : e, kind, fl);
        i = elided ? e + 1 : skip_one_space(e);
        continue;
      }
      break;
    }
    case lead_byte::punctuation:
      if (i + 1 == n || p[i + 1] < 0x80) {  // no combining mark follows
        pending_clitic = SIZE_MAX;
        emit(i, i + 1, token_kind::punctuation, 0);
        i = skip_one_space(i + 1);
        continue;
      }
      break;
    case lead_byte::digit: {
      // a number without separators, grouping or letters after it: « 2024 », « 15, »
      auto const j = sc.digit_run(i + 1);
      unsigned char const c = j < n ? p[j] : 0u;
      bool plain;
      if (c == ' ') plain = j - i > 3 || !(sc.digit_at(j + 1) && sc.digit_at(j + 2) && sc.digit_at(j + 3) && !sc.digit_at(j + 4));
      else if (c == ',' || c == '.' || c == '/' || c == ':') plain = !sc.digit_at(j + 1);
      else if (c == '-') plain = !sc.digit_at(j + 1) && !sc.letter_at(j + 1);
      else plain = c < 0x80 && word_bytes[c] == word_byte::stop && c != '@' && c != '_';
      if (plain) {
        pending_clitic = SIZE_MAX;
        emit(i, j, token_kind::number, 0);
        i = skip_one_space(j);
        continue;
      }
      break;
    }
    case lead_byte::period: {
      std::size_t j = i + 1;
      while (j < n && p[j] == '.') ++j;
      pending_clitic = SIZE_MAX;
      emit(i, j, token_kind::punctuation, 0);
      i = skip_one_space(j);
      continue;
    }
    case lead_byte::symbol:
      if (i + 1 == n || p[i + 1] < 0x80) {  // no combining mark follows
        pending_clitic = SIZE_MAX;
        emit(i, i + 1, token_kind::symbol, 0);
        i = skip_one_space(i + 1);
        continue;
      }
      break;
    case lead_byte::latin1:
      // « and »
      if (i + 1 < n && (p[i + 1] == 0xAB || p[i + 1] == 0xBB) && (i + 2 == n || p[i + 2] < 0x80)) {
        pending_clitic = SIZE_MAX;
        emit(i, i + 2, token_kind::punctuation, 0);
        i = skip_one_space(i + 2);
        continue;
      }
      break;
    case lead_byte::bang: {
      std::size_t j = i + 1;
      while (j < n && (p[j] == '!' || p[j] == '?')) ++j;
      pending_clitic = SIZE_MAX;
      emit(i, j, token_kind::punctuation, 0);
      i = skip_one_space(j);
      continue;
    }
    case lead_byte::two_byte: {
      // a word that starts with a letter such as « à », « É », « Ж » and ends plainly
      if (sc.info(i).c != cls::letter) break;
      scanner::run_stats st{};
      sc.word_run(i, st);
      auto const e = st.end;
      bool const initial = st.letters == 1 && st.uppers == 1 && st.digits == 0 && e - i <= 2;
      if (e >= n || plain_word_end[p[e]] || (!initial && sc.final_period_after(i, e))) {
        std::uint16_t fl = st.first_upper ? f::capitalized : 0;
        if (st.letters >= 2 && st.lowers == 0 && st.uppers >= 2) {
          fl |= f::all_caps;
          if (st.letters <= 8) fl |= f::acronym;
        }
        if (st.digits) fl |= f::has_digit;
        pending_clitic = SIZE_MAX;
        emit(i, e, token_kind::word, fl);
        i = skip_one_space(e);
        continue;
      }
      break;
    }
    case lead_byte::general: break;
    }

    auto const ci = sc.info(i);
    if (ci.c == cls::space) {
      gap_flags |= f::space_before;
      i += ci.len;
      continue;
    }
    if (ci.c == cls::newline) {
      gap_flags |= (gap_flags & f::newline_before) ? f::paragraph_before : f::newline_before;
      gap_flags |= f::space_before;
      i += ci.len;
      continue;
    }

    //=== inverted clitics split from the previous word ===//
    if (i == pending_clitic) {
      auto const e = sc.clitic_token_end(i);
      emit(i, e, token_kind::word, f::clitic);
      i = e;
      pending_clitic = (sc.at(i) == '-') ? i : SIZE_MAX;
      continue;
    }
    pending_clitic = SIZE_MAX;

    //=== words, numbers, URLs, e-mails ===//
    if (ci.c == cls::letter || ci.c == cls::digit) {
      if (b0 == 'h' || b0 == 'H' || b0 == 'w' || b0 == 'W' || b0 == 'f' || b0 == 'F') {
        if (auto const e = sc.url_at(i)) {
          emit(i, e, token_kind::url, 0);
          i = e;
          continue;
        }
      }
      if (ci.c == cls::digit) {
        // numbers: « 12 000 », « 3,5 », « 1.200.000 », « 24/02/2025 », « 14:30 », « 1950-1953 »
        std::size_t const first_run = sc.digit_run(i);
        std::size_t j = first_run;
        std::uint16_t fl = 0;
        if (j - i <= 3) {
          while (sc.at(j) == ' ' && sc.digit_at(j + 1) && sc.digit_at(j + 2) && sc.digit_at(j + 3) &&
                 !sc.digit_at(j + 4)) {
            j += 4;
            fl |= f::grouped_digits;
          }
        }
        for (;;) {
          auto const c = sc.at(j);
          if ((c == ',' || c == '.' || c == '/' || c == ':') && sc.digit_at(j + 1)) {
            j = sc.digit_run(j + 1);
            continue;
          }
          if (c == '-' && sc.digit_at(j + 1) && !(fl & f::grouped_digits)) {
            j = sc.digit_run(j + 1);
            continue;
          }
          break;
        }
        // « 4-temps », « 35-heures »: digits joined to a word by a hyphen form a compound word
        bool const compound = j == first_run && sc.at(j) == '-' && sc.letter_at(j + 1);
        if (!compound && (j != first_run || !sc.letter_at(j))) {
          // e-mail local parts may start with digits
          if (sc.at(j) == '@' || sc.at(j) == '_') {
            if (auto const e = sc.email_at(i)) {
              emit(i, e, token_kind::email, 0);
              i = e;
              continue;
            }
          }
          emit(i, j, token_kind::number, fl);
          i = j;
          continue;
        }
        // ordinal suffixes: « 1er », « 1re », « 2e », « 2nd », « 11ème », « 3es »
        {
          scanner::run_stats st{};
          sc.word_run(j, st);
          if (st.digits == 0) {
            std::array<char, 8> buf{};
            auto const suf = s.substr(j, st.end - j);
            auto const low = lower_ascii(suf, buf);
            static constexpr std::string_view ordinal_suffixes[] = {
                "er", "re", "e", "ère", "ème", "eme", "ième", "ieme", "nd", "nde", "d", "de", "ers", "res", "es",
                "èmes", "emes", "ièmes", "iemes", "nds", "ndes", "è", "ème", "éme", "ème"};
            bool ordinal = false;
            if (suf.size() <= 6)
              for (auto o : ordinal_suffixes) ordinal = ordinal || low == o;
            if (ordinal && sc.at(st.end) != '-' && sc.at(st.end) != '\'') {
              emit(i, st.end, token_kind::ordinal, 0);
              i = st.end;
              continue;
            }
          }
        }
        // digits glued to letters: « 20ans », « 5G », « 14h30 »; continue as a word below
      }

      // a word: runs of letters and digits joined by inner apostrophes and hyphens
      scanner::run_stats st{};
      sc.word_run(i, st);
      std::size_t e = st.end;
      std::uint16_t fl = 0;
      bool elided = false;
      for (;;) {
        auto const c = sc.at(e);
        if (c == '\'') {
          std::array<char, 16> buf{};
          auto const low = lower_ascii(s.substr(i, e - i), buf);
          if (sc.alnum_at(e + 1)) {
            // whole words with an apostrophe: « aujourd'hui », « quelqu'un », « c'est-à-dire »
            scanner::run_stats st2{};
            sc.word_run(e + 1, st2);
            std::size_t whole_end = st2.end;
            std::array<char, 48> wb{};
            auto w = lower_ascii(s.substr(i, whole_end - i), wb);
            bool whole = lex_->is_apostrophe_word(w);
            if (!whole && low == "c" && sc.at(whole_end) == '-') {  // « c'est-à-dire »
              std::size_t k = whole_end;
              while (sc.at(k) == '-' && sc.alnum_at(k + 1)) {
                scanner::run_stats st3{};
                sc.word_run(k + 1, st3);
                k = st3.end;
              }
              w = lower_ascii(s.substr(i, k - i), wb);
              if (lex_->is_apostrophe_word(w)) { whole = true; whole_end = k; }
            }
            if (whole) {
              e = whole_end;
              st.letters += st2.letters;
              continue;
            }
            if (lex_->is_elision(low)) {
              ++e;
              elided = true;
              break;
            }
            // « Vanua'aku »: an inner apostrophe in a name
            if (low.size() > 1 && st.first_upper) {
              e = st2.end;
              continue;
            }
            break;
          }
          if (lex_->is_elision(low) && e - i <= 6) {  // « l' » before a quote or a space typo
            ++e;
            elided = true;
          }
          break;
        }
        if (c == '-' && sc.alnum_at(e + 1)) {
          if (st.letters > 0 && st.digits == 0 && sc.clitic_chain_at(i, e)) {
            pending_clitic = e;
            break;
          }
          scanner::run_stats st2{};
          sc.word_run(e + 1, st2);
          st.letters += st2.letters;
          st.digits += st2.digits;
          st.uppers += st2.uppers;
          st.lowers += st2.lowers;
          e = st2.end;
          continue;
        }
        break;
      }
      // « n° 5 »: the number sign belongs to the abbreviation
      if (e == i + 1 && (s[i] == 'n' || s[i] == 'N') && sc.at(e) == 0xC2 && sc.at(e + 1) == 0xB0) e += 2;
      if (!elided && sc.at(e) == '.') {
        auto const word = s.substr(i, e - i);
        // dotted acronyms and initials: « O.N.U. », « J.-C. », « R.E.M. », « J. »
        if (st.letters == 1 && st.uppers == 1 && st.digits == 0 && e - i <= 2) {
          std::size_t k = e + 1;
          unsigned parts = 1;
          for (;;) {
            std::size_t m = k;
            if (sc.at(m) == '-') ++m;
            auto const ci2 = sc.info(m);
            if (m < n && ci2.c == cls::letter && ci2.upper && sc.at(m + ci2.len) == '.') {
              k = m + ci2.len + 1;
              ++parts;
              continue;
            }
            break;
          }
          if (parts == 1 && !lex_->is_title_abbreviation(word) && sc.sentence_ends_after(e, false)) {
            // « … Dagobert I. Ils … »: a capital letter, then the period that ends the sentence
            emit(i, e, token_kind::word, f::capitalized);
            i = e;
            continue;
          }
          fl |= f::abbreviation;
          if (parts > 1) fl |= f::acronym;
          fl |= f::capitalized;
          emit(i, k, token_kind::word, fl | (parts > 1 ? f::all_caps : 0));
          i = k;
          continue;
        }
        if (lex_->is_abbreviation(word) && !sc.digit_at(e + 1)) {
          // « ils sont sept. Puis … »: an abbreviation that is also a word keeps its period only
          // where the sentence visibly goes on
          if (!(lex_->is_ambiguous_abbreviation(word) && !lex_->is_title_abbreviation(word) &&
                sc.sentence_ends_after(e, true))) {
            fl |= f::abbreviation;
            ++e;
          }
        } else if (sc.letter_at(e + 1)) {
          // « lemonde.fr », « franceinfo.fr/direct »: a domain name
          scanner::run_stats st2{};
          sc.word_run(e + 1, st2);
          std::array<char, 8> buf{};
          auto const tld = lower_ascii(s.substr(e + 1, st2.end - e - 1), buf);
          auto const written_tld = s.substr(e + 1, st2.end - e - 1);
          if (st2.end - e - 1 <= 6 && lex_->is_domain(tld) && !sc.letter_at(st2.end) &&
              (st.first_upper ? written_tld == tld : st.lowers + st.digits > 0)) {
            auto const u = sc.url_tail(i, st2.end);
            emit(i, u, token_kind::url, 0);
            i = u;
            continue;
          }
        }
      }
      if (!elided && (sc.at(e) == '@' || sc.at(e) == '.' || sc.at(e) == '_' || sc.at(e) == '+')) {
        if (auto const m = sc.email_at(i)) {
          emit(i, m, token_kind::email, 0);
          i = m;
          continue;
        }
      }
      if (elided) fl |= f::elided;
      if (st.first_upper) fl |= f::capitalized;
      if (st.letters >= 2 && st.lowers == 0 && st.uppers >= 2) {
        fl |= f::all_caps;
        if (st.letters <= 8) fl |= f::acronym;
      }
      if (st.digits) fl |= f::has_digit;
      // Roman ordinals: « XXe siècle », « IIIe République »
      token_kind kind = token_kind::word;
      if (e - i >= 2 && (s[e - 1] == 'e') && st.digits == 0) {
        bool roman = true;
        for (std::size_t k = i; roman && k + 1 < e; ++k) roman = roman_letter(static_cast<unsigned char>(s[k]));
        // one-letter « Le », « Ce », « Me », « De » are words; « Ve », « Xe », « XXe », « IIIe » are ordinals
        if (roman && (e - i > 2 || s[i] == 'V' || s[i] == 'X')) kind = token_kind::ordinal;
      }
      emit(i, e, kind, fl);
      i = e;
      continue;
    }

    //=== mentions and hashtags ===//
    if ((b0 == '@' || b0 == '#') && i + 1 < n) {
      auto const nx = sc.info(i + 1);
      if (nx.c == cls::letter || nx.c == cls::digit || nx.cp == '_') {
        std::size_t j = i + 1;
        for (;;) {
          if (sc.at(j) == '_') { ++j; continue; }
          scanner::run_stats st{};
          sc.word_run(j, st);
          if (st.end == j) break;
          j = st.end;
        }
        emit(i, j, b0 == '@' ? token_kind::mention : token_kind::hashtag, 0);
        i = j;
        continue;
      }
    }

    //=== emoji sequences ===//
    if (ci.c == cls::emoji) {
      std::size_t j = i + ci.len;
      bool regional = ci.cp >= 0x1F1E6 && ci.cp <= 0x1F1FF;
      if (regional && j < n) {
        auto const nx = sc.info(j);
        if (nx.cp >= 0x1F1E6 && nx.cp <= 0x1F1FF) j += nx.len;
      } else {
        while (j < n) {
          auto const nx = sc.info(j);
          if (nx.c == cls::mark) { j += nx.len; continue; }
          if (nx.c == cls::joiner && j + nx.len < n) {
            auto const after = sc.info(j + nx.len);
            if (after.c == cls::emoji || after.c == cls::symbol) { j += nx.len + after.len; continue; }
          }
          break;
        }
      }
      emit(i, j, token_kind::emoji, 0);
      i = j;
      continue;
    }

    //=== punctuation and symbols ===//
    if (b0 == '.' || b0 == '!' || b0 == '?') {
      std::size_t j = i + 1;
      if (b0 == '.') {
        while (sc.at(j) == '.') ++j;
      } else {
        while (sc.at(j) == '!' || sc.at(j) == '?') ++j;
      }
      emit(i, j, token_kind::punctuation, 0);
      i = j;
      continue;
    }
    if (b0 == '-') {
      std::size_t j = i + 1;
      while (sc.at(j) == '-') ++j;
      emit(i, j, token_kind::punctuation, 0);
      i = j;
      continue;
    }
    token_kind k = token_kind::other;
    if (ci.c == cls::punct) k = token_kind::punctuation;
    else if (ci.c == cls::symbol) k = token_kind::symbol;
    std::size_t j = i + ci.len;
    // combining marks and joiners stay with the character they follow
    while (j < n) {
      auto const nx = sc.info(j);
      if (nx.c != cls::mark && nx.c != cls::joiner) break;
      j += nx.len;
    }
    emit(i, j, k, 0);
    i = j;
  }
}

} // namespace depeche::tokenize

#endif
