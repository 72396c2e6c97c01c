// SPDX-License-Identifier: MIT
// The main predicate of a clause (verb lemma through auxiliaries and modals) and its subject phrase.
#ifndef DEPECHE_CLAIMS_PREDICATE_HPP_INCLUDED
#define DEPECHE_CLAIMS_PREDICATE_HPP_INCLUDED

#include <depeche/detail/word_set.hpp>
#include <depeche/recognize/context.hpp>
#include <depeche/recognize/verbs.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace depeche::claims {

/// The verb group found in a clause.
struct predicate {
  std::string lemma;                     ///< « déployer » for « aurait déployé », « tuer » for « ont été tués »
  std::uint32_t first_token = 0;         ///< first token of the verb group (auxiliary or modal included)
  std::uint32_t last_token = 0;          ///< one past its last token
  std::optional<std::uint32_t> subject_first, subject_last;  ///< token range of the subject phrase, if any
  bool conditional = false;              ///< the finite verb is in the conditional (« aurait », « pourrait »)
  bool modal = false;                    ///< under « pouvoir », « devoir », « sembler » …
  bool negated = false;                  ///< « ne … pas », « n'a jamais », « ne … plus »
  bool passive = false;                  ///< « ont été tués »
};

namespace detail {

inline bool is_any(std::string_view w, std::initializer_list<std::string_view> list) noexcept {
  for (auto x : list)
    if (w == x) return true;
  return false;
}

inline bool is_determiner(std::string_view w) noexcept {
  static depeche::detail::word_set const words{
      "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "son", "sa",
      "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "tout", "toute", "tous",
      "toutes", "chaque", "plusieurs", "quelques", "certains", "certaines", "aucun", "aucune", "d'", "de",
      "quel", "quelle"};
  return words.contains(w);
}

/// Adverbs and negation words that may stand inside a verb group (« a également supervisé »).
inline bool is_group_filler(std::string_view w) noexcept {
  static depeche::detail::word_set const words{
      "ne", "n'", "pas", "plus", "jamais", "guère", "point", "également", "aussi", "déjà", "encore",
      "toujours", "officiellement", "notamment", "bien", "très", "peu", "beaucoup", "probablement", "sans",
      "doute", "certainement", "visiblement", "apparemment", "effectivement", "finalement", "récemment",
      "désormais", "ainsi", "alors", "donc", "enfin", "même", "vraiment", "largement", "fortement",
      "considérablement", "nettement", "légèrement", "directement", "rapidement", "progressivement",
      "temporairement", "partiellement", "totalement", "massivement", "jusqu'ici", "depuis", "y", "en", "se",
      "s'", "lui", "leur", "l'", "le", "la", "les", "m'", "t'", "nous", "vous"};
  return words.contains(w);
}

/// Words that spell a verb form but are, in news text, nearly always something else: « entre »
/// (« entre 2 et 3 % »), « contre », « or », « sous ».
inline bool is_rarely_verb(std::string_view w) noexcept {
  static depeche::detail::word_set const words{
      "entre", "contre", "or", "sous", "soit", "fin", "face", "mi", "bref"};
  return words.contains(w);
}

/// The lemma of a past participle of the first group that the verb lexicon does not list:
/// « remporté » → « remporter », « tassée » → « tasser ». Empty when `w` does not end like one.
inline std::string first_group_lemma(std::string_view w) {
  for (std::string_view e : {"ées", "ée", "és", "é"})
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) {
      auto const stem = w.substr(0, w.size() - e.size());
      if (stem.find('\'') != std::string_view::npos || stem.find('-') != std::string_view::npos) return {};
      return std::string(stem) + "er";
    }
  return {};
}

/// The same for the second group: « bondi » → « bondir », « franchie » → « franchir ». Only after
/// an auxiliary (« a bondi »), where a word in « -i » is nearly always such a participle.
inline std::string second_group_lemma(std::string_view w) {
  for (std::string_view e : {"ies", "ie", "is", "i"})
    if (w.size() >= e.size() + 4 && w.substr(w.size() - e.size()) == e) {
      auto const stem = w.substr(0, w.size() - e.size());
      if (stem.find('\'') != std::string_view::npos || stem.find('-') != std::string_view::npos) return {};
      auto const last = static_cast<unsigned char>(stem.back());
      if (last < 'a' || last > 'z' || last == 'a' || last == 'e' || last == 'i' || last == 'o' || last == 'u')
        return {};  // « -ai », « -oi », « -ui »: not a participle ending
      // adverbs and days that stand between an auxiliary and its participle (« a lundi annoncé »)
      static depeche::detail::word_set const not_participles{
          "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "parmi", "jadis", "hormis",
          "midi", "aujourd'hui", "ennemi", "ennemis", "précis", "paradis", "mépris", "devis", "colis", "tapis"};
      if (not_participles.contains(w)) return {};
      return std::string(stem) + "ir";
    }
  return {};
}

inline bool is_negation(std::string_view w) noexcept {
  static depeche::detail::word_set const words{
      "ne", "n'", "pas", "jamais", "guère", "aucun", "aucune", "nullement", "point"};
  return words.contains(w);
}

/// Verbs whose infinitive complement carries the meaning (« pourrait conduire » → « conduire »).
inline bool is_modal_lemma(std::string_view l) noexcept {
  static depeche::detail::word_set const words{
      "pouvoir", "devoir", "vouloir", "aller", "sembler", "paraître", "falloir", "continuer", "commencer",
      "tenter", "chercher", "essayer", "souhaiter", "espérer", "venir", "cesser", "permettre", "viser",
      "prévoir", "risquer", "menacer", "refuser", "accepter", "décider"};
  return words.contains(l);
}

/// Words that end a subject phrase when scanning backwards.
inline bool is_clause_boundary(std::string_view w) noexcept {
  static depeche::detail::word_set const words{
      "que", "qu'", "qui", "dont", "où", "et", "ou", "mais", "car", "si", "lorsque", "lorsqu'", "quand",
      "puisque", "puisqu'", "comme", "selon", "d'après", "pour", "afin", "tandis", "alors", "bien", "parce",
      "dès", "après", "avant", "pendant", "depuis", "malgré", "contre", "avec", "sans", "dans", "sur", "sous",
      "vers", "chez", "entre", "par", "à", "en", "cependant", "pourtant", "toutefois", "néanmoins", "ainsi",
      "enfin", "puis"};
  return words.contains(w);
}

inline bool is_subject_pronoun(std::string_view w) noexcept {
  static depeche::detail::word_set const words{
      "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "tu", "celui-ci", "celle-ci", "ceux-ci",
      "celles-ci", "cela", "ceci", "ça", "c'"};
  return words.contains(w);
}

} // namespace detail

/// Finds the main verb group of tokens [first, last) and its subject.
///
/// Verb groups: auxiliary + past participle (« a déclaré », « aurait déployé »), passive
/// (« ont été tués » → « tuer »), modal + infinitive (« pourrait conduire » → « conduire »), reflexive
/// (« s'implique » → « impliquer ») and finite forms of known verbs. A form after a determiner
/// (« la ferme ») or written with a capital inside the sentence is a noun or a name, not a verb.
/// The subject is the noun phrase (or pronoun) right before the group, up to a comma or a clause
/// word (« que », « qui », « selon »).
[[nodiscard]] inline std::optional<predicate> find_predicate(recognize::context const& ctx, std::uint32_t first,
                                                             std::uint32_t last,
                                                             recognize::verb_lexicon const& verbs =
                                                                 recognize::default_verbs()) {
  using tokenize::token_kind;
  static depeche::detail::word_set const subordinators{
      "si", "s'", "lorsque", "lorsqu'", "quand", "comme", "puisque", "puisqu'", "bien", "même", "tandis", "alors",
      "parce", "dès", "avant", "après", "pendant", "quoique", "quoiqu'", "tant"};
  static depeche::detail::word_set const clitics{"ne", "n'", "se", "s'", "y",  "en", "lui", "leur", "l'",
                                                 "le", "la", "les", "me", "m'", "te", "t'", "ce"};
  static depeche::detail::word_set const prepositions{"vers", "à",    "en",   "pour",  "sur",   "contre",
                                                      "avec", "entre", "dans", "sous",  "chez",  "par",
                                                      "sans", "après", "avant", "depuis", "pendant"};
  static depeche::detail::word_set const clause_words{"que",  "qu'", "qui",     "dont",  "où",      "et",
                                                      "ou",   "mais", "car",    "si",    "selon",   "d'après",
                                                      "comme", "lorsque", "quand"};
  auto word = [&](std::uint32_t i) { return ctx.tokens[i].text(ctx.folded); };
  auto is_word = [&](std::uint32_t i) { return ctx.tokens[i].kind == token_kind::word; };
  auto reading = [&](std::uint32_t i) -> recognize::verb_analysis const* {
    if (!is_word(i)) return nullptr;
    auto const w = word(i);
    if (w.size() > 40) return nullptr;
    if (detail::is_rarely_verb(w)) return nullptr;
    auto const* r = verbs.find(w);
    if (!r) return nullptr;
    // capitalized inside the sentence: a name (« Marche », « Porte »), unless the sentence starts here
    if (i > first && ctx.tokens[i].has(tokenize::token_flags::capitalized) && !ctx.tokens[i].has(tokenize::token_flags::all_caps))
      return nullptr;
    return r;
  };
  auto after_determiner = [&](std::uint32_t i) { return i > first && detail::is_determiner(word(i - 1)); };
  // « huit avions », « les avions »: a first or second person plural after a number or a determiner
  // is a noun
  auto plural_noun = [&](std::uint32_t i) {
    if (i <= first) return false;
    auto const w = word(i);
    if (!(w.ends_with("ons") || w.ends_with("ez"))) return false;
    auto const& pt = ctx.tokens[i - 1];
    return pt.kind == token_kind::number || detail::is_determiner(word(i - 1)) ||
           detail::is_any(word(i - 1), {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                                        "douze", "quinze", "vingt", "cent", "mille", "quelques", "plusieurs"});
  };
  // an unknown participle after an auxiliary: « a remporté », « s'est tassée »
  auto unknown_participle = [&](std::uint32_t k) -> std::string {
    if (k >= last || !is_word(k) || ctx.tokens[k].has(tokenize::token_flags::capitalized) || verbs.find(word(k)))
      return {};
    // « est la clé », « a déjà l'idée »: an article, not a clitic (clitics come before the auxiliary)
    if (k > first && detail::is_any(word(k - 1), {"le", "la", "les", "l'", "leur"})) return {};
    if (auto l = detail::first_group_lemma(word(k)); !l.empty()) return l;
    return detail::second_group_lemma(word(k));
  };

  // a leading subordinate clause (« Si Séoul livrait des obus, … », « Lorsqu'il est arrivé, … ») holds
  // no main predicate: start after its comma
  {
    std::uint32_t k = first;
    while (k < last && ctx.tokens[k].kind == token_kind::punctuation) ++k;
    if (k < last && is_word(k) &&
        subordinators.contains(word(k))) {
      for (std::uint32_t c = k + 1; c + 1 < last; ++c)
        if (ctx.tokens[c].kind == token_kind::punctuation && word(c) == ",") {
          first = c + 1;
          break;
        }
    }
  }

  for (std::uint32_t i = first; i < last; ++i) {
    auto const* r = reading(i);
    if (!r || r->form == recognize::inflection::infinitive || r->form == recognize::inflection::present_participle)
      continue;
    if (after_determiner(i) && !r->auxiliary) continue;
    if (plural_noun(i)) continue;
    if (r->form == recognize::inflection::past_participle && !r->auxiliary) continue;  // adjectival (« soldats engagés »)
    predicate p;
    p.first_token = i;
    p.conditional = r->form == recognize::inflection::conditional;
    std::string lemma = r->lemma;
    std::uint32_t end = i + 1;
    // auxiliary / modal: look for the participle or infinitive that follows
    if (r->auxiliary || detail::is_modal_lemma(r->lemma)) {
      std::uint32_t k = i + 1;
      for (; k < last && is_word(k) && detail::is_group_filler(word(k)); ++k)
        if (detail::is_negation(word(k))) p.negated = true;
      if (k < last && (word(k) == "de" || word(k) == "d'" || word(k) == "à") && detail::is_modal_lemma(r->lemma)) ++k;
      if (k < last && r->auxiliary) {
        if (auto l = unknown_participle(k); !l.empty()) {
          lemma = std::move(l);
          end = k + 1;
        }
      }
      if (k < last) {
        if (auto const* next = reading(k)) {
          // « ont atteint », « a dit »: a form that is also the participle reads as one after an auxiliary
          bool const participle = next->form == recognize::inflection::past_participle ||
                                  (r->auxiliary && next->also_participle);
          bool const infinitive = next->form == recognize::inflection::infinitive;
          if ((r->auxiliary && participle) || (!r->auxiliary && infinitive) || (r->auxiliary && next->lemma == "être")) {
            lemma = next->lemma;
            end = k + 1;
            p.modal = !r->auxiliary;
            // passive « ont été tués », « aurait été détruite »
            if (next->lemma == "être" && participle) {
              std::uint32_t m = k + 1;
              while (m < last && is_word(m) && detail::is_group_filler(word(m))) ++m;
              if (m < last) {
                // « détruit » is also a present form: after « été » any finite-looking form is the participle
                if (auto const* third = reading(m); third && !third->auxiliary &&
                                                    third->form != recognize::inflection::infinitive &&
                                                    third->form != recognize::inflection::present_participle) {
                  lemma = third->lemma;
                  end = m + 1;
                  p.passive = true;
                } else if (auto l = unknown_participle(m); !third && !l.empty()) {  // « a été ramené »
                  lemma = std::move(l);
                  end = m + 1;
                  p.passive = true;
                }
              }
            }
          }
        }
      }
    }
    p.lemma = std::move(lemma);
    p.last_token = end;
    // negation before the verb: « ne », « n' »
    if (i > first && (word(i - 1) == "ne" || word(i - 1) == "n'")) p.negated = true;
    if (i > first + 1 && (word(i - 2) == "ne" || word(i - 2) == "n'")) p.negated = true;

    // subject: scan backwards over clitics, then over the noun phrase
    std::int64_t j = static_cast<std::int64_t>(i) - 1;
    while (j >= first && is_word(static_cast<std::uint32_t>(j)) &&
           clitics.contains(word(static_cast<std::uint32_t>(j))))
      --j;
    if (j >= first) {
      auto const last_np = static_cast<std::uint32_t>(j);
      std::int64_t b = j;
      auto const& t = ctx.tokens[last_np];
      if (t.kind == token_kind::word && detail::is_subject_pronoun(word(last_np))) {
        p.subject_first = last_np;
        p.subject_last = last_np + 1;
      } else if (t.kind == token_kind::word || t.kind == token_kind::number || t.kind == token_kind::ordinal) {
        while (b >= first) {
          auto const k = static_cast<std::uint32_t>(b);
          auto const& tk = ctx.tokens[k];
          if (tk.kind == token_kind::punctuation) {
            auto const pw = word(k);
            if (pw != "(" && pw != ")" && pw != "-") break;
          } else if (tk.kind == token_kind::word && detail::is_clause_boundary(word(k)) && k != last_np) {
            // « de », « du », « des » stay inside (« la Corée du Nord »); « à », « en » end the phrase
            break;
          } else if (tk.kind != token_kind::word && tk.kind != token_kind::number && tk.kind != token_kind::ordinal &&
                     tk.kind != token_kind::symbol) {
            break;
          }
          --b;
        }
        // « Les exportations de pétrole russe vers la Corée du Nord auraient augmenté »: a preposition
        // inside the phrase; extend back to the clause start when nothing there is a verb or a clause word
        if (b >= first && ctx.tokens[static_cast<std::uint32_t>(b)].kind == token_kind::word &&
            prepositions.contains(word(static_cast<std::uint32_t>(b)))) {
          std::int64_t c = b - 1;
          bool clean = true;
          while (c >= first) {
            auto const k = static_cast<std::uint32_t>(c);
            auto const& tk = ctx.tokens[k];
            if (tk.kind == token_kind::punctuation) break;
            if (tk.kind == token_kind::word) {
              auto const w = word(k);
              if (clause_words.contains(w)) break;
              if (auto const* r = verbs.find(w);
                  r && !detail::is_determiner(w) && (k == first || !detail::is_determiner(word(k - 1)))) {
                clean = false;
                break;
              }
            }
            --c;
          }
          auto const start = static_cast<std::uint32_t>(c + 1);
          if (clean && start < static_cast<std::uint32_t>(b) && detail::is_determiner(word(start))) b = c;
        }
        auto sb = static_cast<std::uint32_t>(b + 1);
        // drop a leading preposition phrase start; require a determiner, a number, a name or a quantity word
        while (sb <= last_np && ctx.tokens[sb].kind == token_kind::punctuation) ++sb;
        if (sb <= last_np) {
          auto const w0 = word(sb);
          bool const starts_np = detail::is_determiner(w0) || ctx.tokens[sb].kind == token_kind::number ||
                                 ctx.tokens[sb].has(tokenize::token_flags::capitalized) ||
                                 detail::is_any(w0, {"plus", "moins", "près", "environ", "quelque", "presque"});
          if (starts_np) {
            p.subject_first = sb;
            p.subject_last = last_np + 1;
          }
        }
      }
    }
    return p;
  }
  return std::nullopt;
}

} // namespace depeche::claims

#endif
