// SPDX-License-Identifier: MIT
// The French word lists the tokenizer and the sentence splitter consult: elisions, clitics, abbreviations, sentence starters.
#ifndef DEPECHE_TOKENIZE_LEXICON_HPP_INCLUDED
#define DEPECHE_TOKENIZE_LEXICON_HPP_INCLUDED

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::tokenize {

/// Words that elide before a vowel and split after their apostrophe (compared in lower case).
inline constexpr std::string_view default_elisions[] = {
    "l", "d", "j", "m", "n", "s", "t", "c", "ç", "y", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu"};

/// Words with an inner apostrophe that stay whole (lower case): UD French keeps them as one token.
inline constexpr std::string_view default_apostrophe_words[] = {
    "aujourd'hui", "quelqu'un", "quelqu'une", "quelques-uns", "presqu'île", "presqu'îles", "prud'homme",
    "prud'hommes", "prud'homal", "prud'homale", "c'est-à-dire", "entr'acte", "d'ores", "main-d'œuvre",
    "main-d'oeuvre", "hors-d'œuvre", "l'on"};

/// Pronouns that follow a verb with a hyphen in inversions and imperatives (« dit-il », « donne-le-moi »).
inline constexpr std::string_view default_clitics[] = {
    "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "ce", "moi", "toi", "lui", "leur",
    "le", "la", "les", "y", "en", "m'", "t'", "l'"};

/// Hyphenated words whose last part looks like a clitic but which are lexicalized compounds.
inline constexpr std::string_view default_clitic_compounds[] = {
    "rendez-vous", "garde-moi", "va-t-en", "chez-soi", "chez-moi", "chez-nous", "m'as-tu-vu", "sans-le-sou",
    "qu'en-dira-t-on", "on-dit", "pince-moi", "vis-à-vis", "face-à-face", "tête-à-tête", "sauve-qui-peut",
    "prie-dieu", "laissez-passer", "pousse-toi", "aide-toi", "suivez-moi", "crois-moi"};

/// Abbreviations that keep their final period (case-sensitive; listed as written).
inline constexpr std::string_view default_abbreviations[] = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Pdt", "St", "Ste", "Mr", "Mrs", "Ms",
    "Jr", "Sr", "Cie", "Ets", "Vve", "av", "apr", "env", "etc", "cf", "ex", "vol", "chap", "art", "al", "fig",
    "ibid", "op", "cit", "éd", "édit", "p", "pp", "no", "nos", "n", "tél", "tel", "fax", "coll", "dir", "trad",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "Janv", "Févr", "Avr", "Juil", "Sept",
    "Oct", "Nov", "Déc", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "bd", "boul", "av", "fg", "pl",
    "Bd", "Av", "Gal", "Gén", "Col", "Cdt", "Lt", "Sgt", "Cpt", "Adj", "Capt", "Gov", "Sen", "Rep", "Inc",
    "Ltd", "Corp", "Co", "vs", "approx", "min", "max", "hab", "mds", "Mds", "Md", "mrd", "Mrd", "Mio",
    "Prof", "Dép", "dép", "Rte", "rte", "ch", "Ch", "suiv", "sq", "sqq", "cap", "anc", "Anc", "hist",
    "av.-J", "apr.-J", "J.-C", "c.-à-d", "c-à-d", "resp", "id", "réf", "sté", "Sté", "S.A", "Inc"};

/// Abbreviations that introduce what follows and never end a sentence: titles (« M. Dupont »),
/// « cf. », « av. J.-C. ». Listed as written, without the period.
inline constexpr std::string_view default_title_abbreviations[] = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Pdt", "St", "Ste", "Mr", "Mrs", "Ms",
    "Gal", "Gén", "Col", "Cdt", "Lt", "Sgt", "Cpt", "Adj", "Capt", "Gov", "Sen", "Rep", "Prof", "Vve", "Cie",
    "cf", "av", "apr", "Bd", "Av", "bd", "boul", "Rte", "rte", "Dép", "pp", "vs"};

/// Abbreviations that are also ordinary words or numbers (« sept. » and « ils sont sept. », « mer. »
/// and « la mer. »): before a capitalized word, their period ends the sentence and is a token of its own.
inline constexpr std::string_view default_ambiguous_abbreviations[] = {
    "sept", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "cap", "ex", "art", "vol", "min", "max", "fig",
    "op", "id", "ch", "pl", "dir", "coll", "hab", "fax", "tel", "anc", "hist", "réf", "resp", "p", "n", "no",
    "nos", "Ch", "Co"};

/// Capitalized words that typically open a sentence (determiners, pronouns, prepositions,
/// conjunctions, discourse adverbs), as written. After an initial, an abbreviation or « ; » they
/// tell a sentence end (« … Dagobert I. Ils … ») from a name (« J. Dupont »).
inline constexpr std::string_view default_sentence_starters[] = {
    "Le", "La", "Les", "L'", "Un", "Une", "Des", "Du", "De", "D'", "Au", "Aux", "À", "A", "Ce", "Cet", "Cette",
    "Ces", "C'", "Ça", "Cela", "Ceci", "Celui", "Celle", "Ceux", "Celles", "Il", "Ils", "Elle", "Elles", "On",
    "Je", "J'", "Tu", "Nous", "Vous", "Y", "En", "Ne", "N'", "Se", "S'", "Son", "Sa", "Ses", "Leur", "Leurs",
    "Mon", "Ma", "Mes", "Notre", "Nos", "Votre", "Vos", "Dans", "Pour", "Par", "Sur", "Sous", "Avec", "Sans",
    "Selon", "Depuis", "Après", "Avant", "Pendant", "Lors", "Dès", "Entre", "Vers", "Chez", "Contre", "Malgré",
    "Parmi", "Face", "Grâce", "Outre", "Durant", "Jusqu'", "Mais", "Et", "Ou", "Donc", "Or", "Ni", "Car",
    "Puis", "Ainsi", "Alors", "Aussi", "Cependant", "Pourtant", "Toutefois", "Néanmoins", "Enfin", "Ensuite",
    "Désormais", "Déjà", "Encore", "Certes", "Bref", "Quand", "Lorsque", "Lorsqu'", "Si", "Comme",
    "Qui", "Que", "Qu'", "Quel", "Quelle", "Quels", "Quelles", "Où", "Comment", "Pourquoi", "Combien",
    "Puisque", "Puisqu'", "Tout", "Toute", "Tous", "Toutes", "Chaque", "Aucun", "Aucune", "Certains",
    "Certaines", "Plusieurs", "Plus", "Moins", "Très", "Peu", "Beaucoup", "Aujourd'hui", "Hier", "Demain",
    "Voici", "Voilà", "Pas", "Non", "Oui", "Autre", "Autres", "Parce", "Afin", "Tandis", "Soit", "Ici",
    "Là", "Souvent", "Toujours", "Jamais", "Parfois", "Actuellement", "Finalement", "Notamment",
    "Seul", "Seule", "Seuls", "Seules", "Même", "Rien", "Personne", "Nul", "Nulle"};

/// Top-level domains that turn « mot.fr » into a URL rather than a missing sentence space.
inline constexpr std::string_view default_domains[] = {
    "fr", "com", "org", "net", "eu", "be", "ch", "ca", "io", "info", "gouv", "int", "edu", "gov", "uk", "de",
    "ru", "ua", "kr", "kp", "jp", "cn", "us", "tv", "news", "media", "co", "it", "es", "lu", "ma", "sn",
    "tn", "dz", "ci", "cd", "qc", "re", "nc", "pf", "mc", "ly", "me", "app", "dev"};

namespace detail {

/// A small open-addressing set of strings: lookups hash a short key once and compare at most a
/// few candidates, with no allocation (the tokenizer asks it for every elided or dotted word).
class word_set {
public:
  void insert(std::string_view w) {
    if (contains(w)) return;
    words_.emplace_back(w);
    if (w.size() > max_size_) max_size_ = w.size();
    if (words_.size() * 2 > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    else place(static_cast<std::uint32_t>(words_.size() - 1));
  }

  [[nodiscard]] bool contains(std::string_view w) const noexcept {
    if (w.size() > max_size_ || slots_.empty()) return false;
    auto const h = hash(w);
    auto const tag = static_cast<std::uint32_t>(h >> 32);
    auto const mask = slots_.size() - 1;
    for (auto k = static_cast<std::size_t>(h) & mask;; k = (k + 1) & mask) {
      auto const& x = slots_[k];
      if (x.index == 0) return false;
      if (x.tag == tag && same(words_[x.index - 1], w)) return true;
    }
  }

private:
  struct slot {
    std::uint32_t tag = 0;    // high half of the hash: most misses stop here
    std::uint32_t index = 0;  // 0 = empty, else index into words_ plus one
  };

  // short words: a byte loop beats a call to memcmp
  [[nodiscard]] static bool same(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
      if (a[k] != b[k]) return false;
    return true;
  }

  [[nodiscard]] static std::uint64_t hash(std::string_view w) noexcept {
    // the first and the last eight bytes (overlapping for short words) and the length, mixed
    std::uint64_t a = 0, b = 0;
    auto const n = w.size();
    std::memcpy(&a, w.data(), n < 8 ? n : 8);
    if (n > 8) std::memcpy(&b, w.data() + (n - 8), 8);
    auto const h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 29);
  }
  void place(std::uint32_t index) {
    auto const h = hash(words_[index]);
    auto const mask = slots_.size() - 1;
    auto k = static_cast<std::size_t>(h) & mask;
    while (slots_[k].index != 0) k = (k + 1) & mask;
    slots_[k] = {static_cast<std::uint32_t>(h >> 32), index + 1};
  }
  void rehash(std::size_t n) {
    slots_.assign(n, slot{});
    for (std::uint32_t k = 0; k < words_.size(); ++k) place(k);
  }

  std::vector<std::string> words_;
  std::vector<slot> slots_;
  std::size_t max_size_ = 0;
};

} // namespace detail

/// The tokenizer's word lists. Build once (typically from default_lexicon()) and share:
/// lookups are const and thread-safe. Users add words with `with_*` without recompiling anything.
class lexicon {
public:
  lexicon() = default;

  /// The built-in French lists.
  [[nodiscard]] static lexicon french() {
    lexicon l;
    l.add(l.elisions_, default_elisions);
    l.add(l.apostrophe_words_, default_apostrophe_words);
    for (auto w : default_apostrophe_words) {
      auto const q = w.find('\'');
      l.apostrophe_prefixes_.insert(w.substr(0, q));
      l.apostrophe_heads_.insert(w.substr(0, q + 3));  // « l'on », « aujourd'hu »
    }
    l.add(l.clitics_, default_clitics);
    l.add(l.clitic_compounds_, default_clitic_compounds);
    l.add(l.abbreviations_, default_abbreviations);
    l.add(l.title_abbreviations_, default_title_abbreviations);
    l.add(l.ambiguous_abbreviations_, default_ambiguous_abbreviations);
    l.add(l.sentence_starters_, default_sentence_starters);
    l.add(l.domains_, default_domains);
    return l;
  }

  lexicon& with_abbreviations(std::span<std::string_view const> words) { return add(abbreviations_, words); }
  lexicon& with_abbreviations(std::initializer_list<std::string_view> words) {
    return add(abbreviations_, std::span(words.begin(), words.size()));
  }
  lexicon& with_title_abbreviations(std::span<std::string_view const> words) {
    add(abbreviations_, words);
    return add(title_abbreviations_, words);
  }
  lexicon& with_sentence_starters(std::span<std::string_view const> words) { return add(sentence_starters_, words); }
  lexicon& with_elisions(std::span<std::string_view const> words) { return add(elisions_, words); }
  lexicon& with_clitic_compounds(std::span<std::string_view const> words) { return add(clitic_compounds_, words); }
  lexicon& with_domains(std::span<std::string_view const> words) { return add(domains_, words); }

  [[nodiscard]] bool is_elision(std::string_view lower) const { return elisions_.contains(lower); }
  [[nodiscard]] bool is_apostrophe_word(std::string_view lower) const { return apostrophe_words_.contains(lower); }
  /// Whether some whole word with an apostrophe begins with `lower` and then « ' » (« aujourd », « l »).
  [[nodiscard]] bool may_start_apostrophe_word(std::string_view lower) const {
    return apostrophe_prefixes_.contains(lower);
  }
  /// Whether some whole word with an apostrophe begins with `lower_head`: the elided part, the
  /// apostrophe and the next two bytes (« l'ar » cannot begin one, « l'on » can).
  [[nodiscard]] bool may_be_apostrophe_word(std::string_view lower_head) const {
    return apostrophe_heads_.contains(lower_head);
  }
  [[nodiscard]] bool is_clitic(std::string_view lower) const { return clitics_.contains(lower); }
  [[nodiscard]] bool is_clitic_compound(std::string_view lower) const { return clitic_compounds_.contains(lower); }
  [[nodiscard]] bool is_abbreviation(std::string_view as_written) const { return abbreviations_.contains(as_written); }
  [[nodiscard]] bool is_domain(std::string_view lower) const { return domains_.contains(lower); }
  /// An abbreviation that never ends a sentence (« M », « cf »), as written, without its period.
  [[nodiscard]] bool is_title_abbreviation(std::string_view as_written) const {
    return title_abbreviations_.contains(as_written);
  }
  /// An abbreviation that is also an ordinary word (« sept », « mer »), as written, without its period.
  [[nodiscard]] bool is_ambiguous_abbreviation(std::string_view as_written) const {
    return ambiguous_abbreviations_.contains(as_written);
  }
  /// A capitalized word that typically opens a sentence (« Le », « L' », « Selon »), as written.
  [[nodiscard]] bool is_sentence_starter(std::string_view as_written) const {
    return sentence_starters_.contains(as_written);
  }

private:
  using string_set = detail::word_set;

  lexicon& add(string_set& s, std::span<std::string_view const> words) {
    for (auto w : words) s.insert(w);
    return *this;
  }

  string_set elisions_, apostrophe_words_, apostrophe_prefixes_, apostrophe_heads_, clitics_, clitic_compounds_, abbreviations_, title_abbreviations_,
      ambiguous_abbreviations_, sentence_starters_, domains_;
};

/// The built-in French lexicon, built on first use (thread-safe) and shared.
[[nodiscard]] inline lexicon const& default_lexicon() {
  static lexicon const l = lexicon::french();
  return l;
}

} // namespace depeche::tokenize

#endif
