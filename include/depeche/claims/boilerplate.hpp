// SPDX-License-Identifier: MIT
// Page furniture detection: menus, share buttons, related-article lists, bylines, footers.
#ifndef DEPECHE_CLAIMS_BOILERPLATE_HPP_INCLUDED
#define DEPECHE_CLAIMS_BOILERPLATE_HPP_INCLUDED

#include <depeche/result.hpp>
#include <depeche/text/fold.hpp>
#include <depeche/tokenize/token.hpp>

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace depeche::claims {

/// Why a line was taken for page furniture.
enum class furniture : std::uint8_t {
  none,          ///< news text
  menu,          ///< short navigation line (« Home », « • Europe ») before or around the article
  share,         ///< share buttons and social network names (« Partager Facebook Twitter »)
  related,       ///< a list of other articles after « Related Posts », « À lire aussi », « À regarder »
  byline,        ///< author, date and reading time lines (« Par …, publié le … », « 3 Min Temps de lecture »)
  notice,        ///< cookie, newsletter, subscription, comments and legal notices
  duplicate,     ///< a short line repeated from earlier in the page (site name, repeated heading)
  footer,        ///< anything after a footer marker (« À propos », « Tous droits réservés »)
};

/// Name of a furniture kind, as in JSON output.
[[nodiscard]] constexpr std::string_view name(furniture f) noexcept {
  switch (f) {
  case furniture::none: return "none";
  case furniture::menu: return "menu";
  case furniture::share: return "share";
  case furniture::related: return "related";
  case furniture::byline: return "byline";
  case furniture::notice: return "notice";
  case furniture::duplicate: return "duplicate";
  case furniture::footer: return "footer";
  }
  return "none";
}

/// One line of the document (original byte span) and its classification.
struct line {
  std::uint32_t begin = 0, end = 0;          ///< original bytes, without the line break
  std::uint32_t a_begin = 0, a_end = 0;      ///< analysed bytes
  std::uint32_t words = 0;                   ///< word tokens on the line
  furniture kind = furniture::none;
  [[nodiscard]] constexpr bool boilerplate() const noexcept { return kind != furniture::none; }
};

/// Phrases (folded, lower case) that mark furniture. Data: extend with `with_*` at run time.
struct furniture_lexicon {
  /// A line starting with one of these opens a list of other articles; the list runs until
  /// the next paragraph of running prose.
  std::vector<std::string> related_markers{
      "related posts", "à lire aussi", "a lire aussi", "lire aussi", "à regarder", "a regarder", "voir aussi",
      "sur le même sujet", "sur le meme sujet", "articles similaires", "articles liés", "vous aimerez aussi",
      "vous pourriez aussi aimer", "les plus lus", "les plus populaires", "dans la même rubrique", "nos dernières vidéos",
      "à découvrir", "a découvrir", "plus d'articles", "previous article", "next article", "article précédent",
      "article suivant", "les nouvelles les plus importantes", "à la une", "en continu", "dernières actualités",
      "tendances", "recommandé pour vous", "read more", "more stories", "you may also like"};
  /// A line starting with one of these, and everything after it, is the page footer.
  std::vector<std::string> footer_markers{
      "à propos", "a propos", "mentions légales", "tous droits réservés", "© ", "copyright", "conditions générales",
      "politique de confidentialité", "nous contacter", "plan du site", "quitter la version mobile"};
  /// Lines containing one of these are notices (cookies, newsletter, comments, subscription).
  std::vector<std::string> notice_phrases{
      "cookie", "newsletter", "abonnez-vous", "inscrivez-vous", "s'abonner", "abonnement", "boîte de réception",
      "boite de réception", "add a comment", "leave a reply", "laisser un commentaire", "aucun commentaire",
      "commentaires", "appuyez sur", "tapez ci-dessus", "publicité", "contenu sponsorisé", "voir cette publication",
      "une publication partagée", "afficher plus", "charger plus", "javascript", "accepter", "paramétrer",
      "temps de lecture", "min de lecture", "minutes de lecture", "mis à jour le", "publié le", "écouter cet article",
      "réservé aux abonnés", "déjà abonné", "se connecter", "connectez-vous", "télécharger l'application",
      "suivez-nous", "recevez", "partager sur", "cancel reply"};
  /// Words that make a line of share buttons when they fill most of it.
  std::vector<std::string> social_words{
      "partager", "partagez", "facebook", "twitter", "x", "linkedin", "pinterest", "tumblr", "reddit", "telegram",
      "whatsapp", "email", "e-mail", "mail", "instagram", "youtube", "tiktok", "messenger", "imprimer", "copier",
      "lien", "bluesky", "threads", "snapchat", "flipboard", "envoyer", "share", "tweet", "print"};

  furniture_lexicon& with_related_markers(std::initializer_list<std::string_view> w) { return add(related_markers, w); }
  furniture_lexicon& with_footer_markers(std::initializer_list<std::string_view> w) { return add(footer_markers, w); }
  furniture_lexicon& with_notice_phrases(std::initializer_list<std::string_view> w) { return add(notice_phrases, w); }
  furniture_lexicon& with_social_words(std::initializer_list<std::string_view> w) { return add(social_words, w); }

private:
  furniture_lexicon& add(std::vector<std::string>& v, std::initializer_list<std::string_view> w) {
    for (auto x : w) v.emplace_back(text::fold_same_length(x));
    return *this;
  }
};

namespace detail {

[[nodiscard]] inline std::string_view trim_bullets(std::string_view s) noexcept {
  for (;;) {
    auto const before = s.size();
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '-' || s.front() == '*' ||
                          s.front() == '>' || s.front() == '|'))
      s.remove_prefix(1);
    for (std::string_view b : {"\xE2\x80\xA2", "\xE2\x80\xBA", "\xC2\xBB", "\xE2\x80\x94", "\xE2\x80\x93", "\xC2\xB7"})
      if (s.starts_with(b)) s.remove_prefix(b.size());
    if (s.size() == before) break;
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

[[nodiscard]] inline bool starts_with_any(std::string_view s, std::vector<std::string> const& v) noexcept {
  for (auto const& x : v)
    if (s.starts_with(x)) return true;
  return false;
}

[[nodiscard]] inline bool contains_any(std::string_view s, std::vector<std::string> const& v) noexcept {
  for (auto const& x : v)
    if (s.find(x) != std::string_view::npos) return true;
  return false;
}

} // namespace detail

/// Splits a document into lines and marks the page furniture among them.
///
/// Heuristics on lines, in the spirit of boilerplate removal tools: a line of running prose
/// (at least 12 words and final punctuation, or 25 words) is news; short lines are headings
/// or furniture. Furniture is recognized by markers (« Related Posts » opens a list of other
/// articles that runs to the next prose paragraph; « À propos » opens the footer), by phrases
/// (cookies, newsletter, reading time), by share-button words, by bullets before the article
/// body, and by short lines repeated from earlier in the page. Headlines and intertitles of the
/// article itself (short lines with several words, not in a list) stay news.
class boilerplate_detector {
public:
  explicit boilerplate_detector(furniture_lexicon lex = {}) : lex_(std::move(lex)) {}

  /// Classifies every line. `folded` is the case-folded analysed text (recognize::context::folded),
  /// `tokens` the document's tokens (for word counts and original offsets).
  [[nodiscard]] std::vector<line> classify(std::string_view folded, std::span<tokenize::token const> tokens) const {
    std::vector<line> lines = split_lines(folded, tokens);
    auto const n = lines.size();
    std::vector<bool> prose(n, false);
    std::size_t first_prose = n, last_prose = n;
    for (std::size_t i = 0; i < n; ++i) {
      auto const t = detail::trim_bullets(folded.substr(lines[i].a_begin, lines[i].a_end - lines[i].a_begin));
      bool const final_punct = !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?' ||
                                              t.ends_with("\xC2\xBB") || t.ends_with("\xE2\x80\x9D") || t.back() == '"');
      prose[i] = (lines[i].words >= 12 && final_punct) || lines[i].words >= 25;
      if (prose[i]) {
        if (first_prose == n) first_prose = i;
        last_prose = i;
      }
    }
    // short lines that recur three times or more are site furniture wherever they stand (site name, menu)
    std::unordered_map<std::string_view, unsigned> count;
    for (std::size_t i = 0; i < n; ++i)
      if (!prose[i] && lines[i].words <= 6)
        ++count[detail::trim_bullets(folded.substr(lines[i].a_begin, lines[i].a_end - lines[i].a_begin))];
    std::unordered_set<std::string_view> seen;
    bool in_related = false, in_footer = false;
    for (std::size_t i = 0; i < n; ++i) {
      auto& l = lines[i];
      auto const raw = folded.substr(l.a_begin, l.a_end - l.a_begin);
      auto const t = detail::trim_bullets(raw);
      bool const bullet = t.size() != raw.size() && raw.size() - t.size() >= 1 &&
                          (raw.find("\xE2\x80\xA2") != std::string_view::npos || raw.starts_with("-") ||
                           raw.starts_with("* ") || raw.find("\xC2\xB7") != std::string_view::npos);
      if (detail::starts_with_any(t, lex_.footer_markers) && (i > first_prose || first_prose == n)) in_footer = true;
      if (in_footer) {
        l.kind = furniture::footer;
        continue;
      }
      if (detail::starts_with_any(t, lex_.related_markers)) {
        in_related = true;
        l.kind = furniture::related;
        continue;
      }
      if (is_byline(t)) {
        l.kind = furniture::byline;
        continue;
      }
      if (l.words <= 20 && detail::contains_any(t, lex_.notice_phrases)) {
        l.kind = furniture::notice;
        continue;
      }
      if (in_related) {
        if (prose[i]) in_related = false;
        else {
          l.kind = furniture::related;
          continue;
        }
      }
      if (prose[i]) {
        seen.insert(t);
        continue;
      }
      auto const c = count.find(t);
      if (is_share_line(t)) l.kind = furniture::share;
      else if (seen.contains(t) || (c != count.end() && c->second >= 3)) l.kind = furniture::duplicate;
      else if (i < first_prose && l.words <= 5 && is_dateline(t)) l.kind = furniture::byline;
      else if (bullet && (i < first_prose || i > last_prose || l.words <= 4)) l.kind = furniture::menu;
      else if (l.words <= 3 && (i < first_prose || i > last_prose)) l.kind = furniture::menu;
      else if (i > last_prose && last_prose != n && l.words <= 8) l.kind = furniture::menu;
      seen.insert(t);
    }
    return lines;
  }

  /// For each sentence, whether it lies on furniture lines (all of its lines are furniture).
  [[nodiscard]] static std::vector<bool> sentence_flags(std::span<line const> lines,
                                                        std::span<tokenize::sentence const> sentences) {
    std::vector<bool> out(sentences.size(), false);
    std::size_t li = 0;
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      auto const& x = sentences[s];
      while (li < lines.size() && lines[li].a_end <= x.a_begin) ++li;
      bool all = li < lines.size();
      for (std::size_t k = li; k < lines.size() && lines[k].a_begin < x.a_end; ++k) all = all && lines[k].boilerplate();
      out[s] = all;
    }
    return out;
  }

private:
  furniture_lexicon lex_;

  [[nodiscard]] static std::vector<line> split_lines(std::string_view folded, std::span<tokenize::token const> tokens) {
    std::vector<line> lines;
    std::size_t ti = 0;
    std::uint32_t start = 0;
    auto const n = static_cast<std::uint32_t>(folded.size());
    for (std::uint32_t i = 0; i <= n; ++i) {
      if (i < n && folded[i] != '\n') continue;
      std::uint32_t e = i;
      if (e > start && folded[e - 1] == '\r') --e;
      line l{0, 0, start, e, 0, furniture::none};
      // original span from the tokens on the line; lines without tokens are skipped
      std::size_t first = ti;
      while (ti < tokens.size() && tokens[ti].a_begin < e) {
        if (tokens[ti].kind == tokenize::token_kind::word || tokens[ti].kind == tokenize::token_kind::number) ++l.words;
        ++ti;
      }
      if (ti > first) {
        l.begin = tokens[first].begin;
        l.end = tokens[ti - 1].end;
        l.a_begin = tokens[first].a_begin;
        l.a_end = tokens[ti - 1].a_end;
        lines.push_back(l);
      }
      start = i + 1;
    }
    return lines;
  }

  [[nodiscard]] bool is_share_line(std::string_view t) const {
    std::size_t words = 0, social = 0;
    std::size_t i = 0;
    while (i < t.size()) {
      while (i < t.size() && (t[i] == ' ' || t[i] == '.' || t[i] == ',' || t[i] == '|' || t[i] == ':')) ++i;
      auto j = i;
      while (j < t.size() && t[j] != ' ' && t[j] != ',' && t[j] != '|') ++j;
      if (j > i) {
        auto w = t.substr(i, j - i);
        while (!w.empty() && (w.back() == '.' || w.back() == ':')) w.remove_suffix(1);
        ++words;
        for (auto const& s : lex_.social_words)
          if (w == s) {
            ++social;
            break;
          }
      }
      i = j;
    }
    return words > 0 && social * 3 >= words * 2 && (social >= 2 || words == 1);
  }

  /// « mercredi, 18 juin », « samedi 14 juin 2025 »: a date alone on a short line.
  [[nodiscard]] static bool is_dateline(std::string_view t) noexcept {
    static constexpr std::string_view words[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                                 "dimanche", "janvier", "février", "mars", "avril", "mai", "juin",
                                                 "juillet", "août", "septembre", "octobre", "novembre", "décembre"};
    bool has_digit = false;
    for (char ch : t) has_digit = has_digit || (ch >= '0' && ch <= '9');
    if (!has_digit) return false;
    for (auto w : words)
      if (t.find(w) != std::string_view::npos) return true;
    return false;
  }

  [[nodiscard]] static bool is_byline(std::string_view t) noexcept {
    if (t.starts_with("par ") && t.size() < 160) return true;
    if (t.starts_with("publié") || t.starts_with("mis à jour") || t.starts_with("modifié le")) return true;
    // reading time: « 3 min temps de lecture », « lecture : 4 min »
    if (t.find(" min") != std::string_view::npos && t.find("lecture") != std::string_view::npos) return true;
    return false;
  }
};

} // namespace depeche::claims

#endif
