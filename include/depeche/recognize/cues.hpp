// SPDX-License-Identifier: MIT
// Cue tables for attributions: verbs (all inflections), phrases, source words. Runtime data users extend.
#ifndef DEPECHE_RECOGNIZE_CUES_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_CUES_HPP_INCLUDED

#include <depeche/recognize/cue_data.hpp>
#include <depeche/recognize/conjugate.hpp>
#include <depeche/text/document.hpp>
#include <depeche/text/fold.hpp>
#include <depeche/tokenize/tokenizer.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace depeche::recognize {

/// Grammatical classes of the words the attribution recognizer knows, as bits.
namespace word_class {
inline constexpr std::uint32_t det = 1u << 0;            ///< « le », « une », « ces », « leurs »
inline constexpr std::uint32_t det_definite = 1u << 1;   ///< « le », « les », « ce »
inline constexpr std::uint32_t det_indefinite = 1u << 2; ///< « un », « des », « plusieurs »
inline constexpr std::uint32_t det_feminine = 1u << 3;   ///< « la », « une », « cette »
inline constexpr std::uint32_t det_masculine = 1u << 4;  ///< « le », « un », « ce »
inline constexpr std::uint32_t det_plural = 1u << 5;     ///< « les », « des », « ces »
inline constexpr std::uint32_t prep_np = 1u << 6;        ///< prepositions inside noun phrases: « de », « du », « à », « aux »
inline constexpr std::uint32_t prep = 1u << 7;           ///< other prepositions: « dans », « lors », « avec »
inline constexpr std::uint32_t conj = 1u << 8;           ///< « et », « ou », « mais »
inline constexpr std::uint32_t subord = 1u << 9;         ///< « que », « qui », « si », « comme »
inline constexpr std::uint32_t subject_pronoun = 1u << 10;  ///< « il », « elle », « ils », « elles », « on »
inline constexpr std::uint32_t stressed_pronoun = 1u << 11; ///< « lui », « eux », « elle »
inline constexpr std::uint32_t clitic = 1u << 12;        ///< object clitics: « l' », « le », « lui », « y », « en »
inline constexpr std::uint32_t negation = 1u << 13;      ///< « ne », « n' », « pas », « jamais »
inline constexpr std::uint32_t adverb = 1u << 14;        ///< « également », « officiellement », « aussi »
inline constexpr std::uint32_t temporal = 1u << 15;      ///< « jeudi », « janvier », « hier »
inline constexpr std::uint32_t aux_avoir = 1u << 16;     ///< « a », « ont », « avait », « aurait »
inline constexpr std::uint32_t aux_etre = 1u << 17;      ///< « est », « a été » (« été »), « serait »
inline constexpr std::uint32_t verb = 1u << 18;          ///< other frequent verbs that end a noun phrase
inline constexpr std::uint32_t prenominal = 1u << 19;    ///< « haut », « ancien », « nouveau », « deux »
inline constexpr std::uint32_t hedge = 1u << 20;         ///< « possible », « probablement », « semble »
inline constexpr std::uint32_t conditional = 1u << 21;   ///< conditional auxiliaries: « aurait », « serait », « pourrait »
inline constexpr std::uint32_t non_source = 1u << 22;    ///< « évolution », « cas »: not a source after « selon »
inline constexpr std::uint32_t name_particle = 1u << 23; ///< inside names: « de », « von », « bin », « al »
inline constexpr std::uint32_t reflexive = 1u << 24;     ///< « se », « s' »
inline constexpr std::uint32_t place = 1u << 25;         ///< a country or a capital
inline constexpr std::uint32_t source = 1u << 26;        ///< the word has a source type (title, organization…)
inline constexpr std::uint32_t negative_word = 1u << 27; ///< « aucun », « aucune », « rien », « personne »
inline constexpr std::uint32_t reporting_noun = 1u << 28; ///< « informations », « propos »: their complement is the source
inline constexpr std::uint32_t phrase_second = 1u << 29;  ///< the second word of some multi-word entry (a fast filter)
inline constexpr std::uint32_t pronoun = 1u << 30;        ///< other pronouns: « cela », « je », « nous »: no source, no name
} // namespace word_class

/// One verb reading of a written form: which cue verb and which tenses.
struct verb_reading {
  std::uint16_t verb = 0;   ///< index into cues::verb()
  std::uint16_t forms = 0;  ///< verb_form bits
};

/// Everything the tables say about one lower-case word.
struct word_info {
  std::uint32_t classes = 0;
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::uint8_t source_flags = 0;
  std::uint32_t verbs_begin = 0, verbs_end = 0;      ///< verb readings
  std::uint32_t phrases_begin = 0, phrases_end = 0;  ///< multi-word entries starting with this word
  [[nodiscard]] bool is(std::uint32_t c) const noexcept { return (classes & c) != 0; }
};

/// A stored cue verb (owned copy of a cue_verb).
struct verb_entry {
  std::string lemma;
  std::uint8_t flags = 0;
  std::vector<std::string> particle;  ///< folded words after the verb
  std::vector<std::string> not_with;  ///< words that make it no report: « forfait » for « déclarer »
};

/// A stored multi-word entry: a cue phrase, a hedge, or a source phrase.
struct phrase_entry {
  enum class kind : std::uint8_t { cue, source };
  std::vector<std::string> words;  ///< folded tokens
  kind what = kind::cue;
  phrase_role role = phrase_role::source_follows;
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::uint8_t flags = 0;
  std::uint32_t classes = 0;  ///< word_class bits (place)
};

namespace detail::cue_tables {

struct fw {
  std::string_view word;
  std::uint32_t classes;
};

namespace wc = word_class;

/// Function words: determiners, prepositions, pronouns, auxiliaries, negation, adverbs, dates.
inline constexpr fw function_words[] = {
    {"le", wc::det | wc::det_definite | wc::det_masculine | wc::clitic | wc::name_particle},
    {"la", wc::det | wc::det_definite | wc::det_feminine | wc::clitic | wc::name_particle},
    {"l'", wc::det | wc::det_definite | wc::clitic}, {"les", wc::det | wc::det_definite | wc::det_plural | wc::clitic},
    {"un", wc::det | wc::det_indefinite | wc::det_masculine}, {"une", wc::det | wc::det_indefinite | wc::det_feminine},
    {"des", wc::det | wc::det_indefinite | wc::det_plural | wc::prep_np | wc::name_particle},
    {"du", wc::det | wc::det_definite | wc::det_masculine | wc::prep_np | wc::name_particle},
    {"de", wc::prep_np | wc::name_particle}, {"d'", wc::prep_np | wc::name_particle},
    {"à", wc::prep_np}, {"au", wc::prep_np | wc::det_masculine}, {"aux", wc::prep_np | wc::det_plural},
    {"ce", wc::det | wc::det_definite | wc::det_masculine}, {"cet", wc::det | wc::det_definite | wc::det_masculine},
    {"cette", wc::det | wc::det_definite | wc::det_feminine}, {"ces", wc::det | wc::det_definite | wc::det_plural},
    {"son", wc::det | wc::det_definite}, {"sa", wc::det | wc::det_definite | wc::det_feminine},
    {"ses", wc::det | wc::det_definite | wc::det_plural}, {"leur", wc::det | wc::det_definite | wc::clitic},
    {"leurs", wc::det | wc::det_definite | wc::det_plural}, {"notre", wc::det | wc::det_definite},
    {"nos", wc::det | wc::det_definite | wc::det_plural}, {"votre", wc::det | wc::det_definite},
    {"vos", wc::det | wc::det_definite | wc::det_plural}, {"mon", wc::det | wc::det_definite},
    {"ma", wc::det | wc::det_definite | wc::det_feminine}, {"mes", wc::det | wc::det_definite | wc::det_plural},
    {"quelques", wc::det | wc::det_indefinite | wc::det_plural},
    {"certains", wc::det | wc::det_indefinite | wc::det_plural | wc::prenominal},
    {"certaines", wc::det | wc::det_indefinite | wc::det_plural | wc::prenominal},
    {"plusieurs", wc::det | wc::det_indefinite | wc::det_plural | wc::prenominal},
    {"divers", wc::det | wc::det_indefinite | wc::det_plural}, {"diverses", wc::det | wc::det_indefinite | wc::det_plural},
    {"nombreux", wc::prenominal}, {"nombreuses", wc::prenominal}, {"différents", wc::prenominal},
    {"différentes", wc::prenominal}, {"tout", wc::det}, {"toute", wc::det}, {"tous", wc::det | wc::det_plural},
    {"toutes", wc::det | wc::det_plural}, {"chaque", wc::det}, {"aucun", wc::det | wc::negative_word},
    {"aucune", wc::det | wc::negative_word}, {"rien", wc::negative_word}, {"personne", wc::negative_word},
    // prepositions that end a noun phrase
    {"dans", wc::prep}, {"lors", wc::prep}, {"avec", wc::prep}, {"contre", wc::prep}, {"pendant", wc::prep},
    {"après", wc::prep}, {"avant", wc::prep}, {"vers", wc::prep}, {"devant", wc::prep}, {"derrière", wc::prep},
    {"sans", wc::prep}, {"sous", wc::prep}, {"entre", wc::prep}, {"par", wc::prep}, {"pour", wc::prep},
    {"sur", wc::prep}, {"en", wc::prep | wc::clitic}, {"chez", wc::prep}, {"malgré", wc::prep}, {"dès", wc::prep},
    {"depuis", wc::prep}, {"jusqu'", wc::prep}, {"jusque", wc::prep}, {"parmi", wc::prep}, {"via", wc::prep},
    {"selon", wc::prep}, {"outre", wc::prep}, {"face", wc::prep}, {"auprès", wc::prep}, {"concernant", wc::prep},
    {"suite", wc::prep}, {"grâce", wc::prep}, {"afin", wc::prep}, {"hormis", wc::prep}, {"vis-à-vis", wc::prep},
    // conjunctions
    {"et", wc::conj}, {"ou", wc::conj}, {"mais", wc::conj}, {"car", wc::conj}, {"donc", wc::conj}, {"or", wc::conj},
    {"ni", wc::conj}, {"puis", wc::conj}, {"que", wc::subord}, {"qu'", wc::subord}, {"qui", wc::subord},
    {"dont", wc::subord}, {"où", wc::subord}, {"si", wc::subord}, {"comme", wc::subord}, {"lorsque", wc::subord},
    {"lorsqu'", wc::subord}, {"quand", wc::subord}, {"puisque", wc::subord}, {"puisqu'", wc::subord},
    {"tandis", wc::subord}, {"alors", wc::subord}, {"parce", wc::subord}, {"quoique", wc::subord},
    {"lequel", wc::subord}, {"laquelle", wc::subord}, {"lesquels", wc::subord}, {"lesquelles", wc::subord},
    {"bien", wc::adverb}, {"ainsi", wc::adverb},
    // pronouns
    {"il", wc::subject_pronoun}, {"ils", wc::subject_pronoun}, {"elle", wc::subject_pronoun | wc::stressed_pronoun},
    {"elles", wc::subject_pronoun | wc::stressed_pronoun}, {"on", wc::subject_pronoun}, {"lui", wc::stressed_pronoun | wc::clitic},
    {"eux", wc::stressed_pronoun}, {"y", wc::clitic}, {"se", wc::clitic | wc::reflexive}, {"s'", wc::clitic | wc::reflexive},
    {"me", wc::clitic}, {"m'", wc::clitic}, {"te", wc::clitic}, {"t'", wc::clitic}, {"nous", wc::clitic | wc::pronoun},
    {"vous", wc::clitic | wc::pronoun}, {"je", wc::pronoun}, {"j'", wc::pronoun}, {"tu", wc::pronoun},
    {"celui-ci", wc::stressed_pronoun}, {"celle-ci", wc::stressed_pronoun}, {"ceux-ci", wc::stressed_pronoun},
    {"celles-ci", wc::stressed_pronoun}, {"c'", wc::pronoun}, {"cela", wc::pronoun}, {"ça", wc::pronoun},
    {"ceci", wc::pronoun}, {"moi", wc::pronoun}, {"toi", wc::pronoun}, {"chacun", wc::pronoun},
    {"chacune", wc::pronoun}, {"tout le monde", wc::pronoun}, {"quiconque", wc::pronoun}, {"ceux", wc::pronoun},
    {"celui", wc::pronoun}, {"celle", wc::pronoun}, {"celles", wc::pronoun}, {"y", wc::clitic},
    // negation
    {"ne", wc::negation}, {"n'", wc::negation}, {"pas", wc::negation}, {"jamais", wc::negation | wc::adverb},
    {"plus", wc::negation | wc::adverb}, {"guère", wc::negation}, {"point", wc::negation}, {"nullement", wc::negation},
    {"aucunement", wc::negation},
    // auxiliaries
    {"a", wc::aux_avoir}, {"ont", wc::aux_avoir}, {"avait", wc::aux_avoir}, {"avaient", wc::aux_avoir},
    {"aura", wc::aux_avoir}, {"auront", wc::aux_avoir}, {"aurait", wc::aux_avoir | wc::conditional},
    {"auraient", wc::aux_avoir | wc::conditional}, {"eut", wc::aux_avoir}, {"eurent", wc::aux_avoir},
    {"ait", wc::aux_avoir}, {"aient", wc::aux_avoir}, {"avoir", wc::aux_avoir}, {"ayant", wc::aux_avoir},
    {"est", wc::aux_etre}, {"sont", wc::aux_etre}, {"était", wc::aux_etre}, {"étaient", wc::aux_etre},
    {"sera", wc::aux_etre}, {"seront", wc::aux_etre}, {"serait", wc::aux_etre | wc::conditional},
    {"seraient", wc::aux_etre | wc::conditional}, {"fut", wc::aux_etre}, {"furent", wc::aux_etre},
    {"soit", wc::aux_etre}, {"soient", wc::aux_etre}, {"être", wc::aux_etre}, {"été", wc::aux_etre},
    {"étant", wc::aux_etre}, {"pourrait", wc::conditional | wc::hedge}, {"pourraient", wc::conditional | wc::hedge},
    {"devrait", wc::conditional}, {"devraient", wc::conditional},
    // other verbs that end a noun phrase
    {"semble", wc::verb | wc::hedge}, {"semblent", wc::verb | wc::hedge}, {"reste", wc::verb}, {"restent", wc::verb},
    {"permet", wc::verb}, {"permettent", wc::verb}, {"font", wc::verb}, {"devient", wc::verb},
    {"deviennent", wc::verb}, {"sait", wc::verb}, {"savent", wc::verb}, {"voit", wc::verb}, {"voient", wc::verb},
    {"prend", wc::verb}, {"prennent", wc::verb}, {"donne", wc::verb}, {"donnent", wc::verb},
    {"représente", wc::verb}, {"représentent", wc::verb}, {"constitue", wc::verb}, {"constituent", wc::verb},
    {"compte", wc::verb}, {"comptent", wc::verb}, {"souhaite", wc::verb}, {"souhaitent", wc::verb},
    {"agit", wc::verb}, {"concerne", wc::verb}, {"concernent", wc::verb}, {"participe", wc::verb},
    {"participent", wc::verb}, {"combattent", wc::verb}, {"dépasse", wc::verb}, {"dépassent", wc::verb},
    {"signifie", wc::verb}, {"marque", wc::verb}, {"marquent", wc::verb}, {"suit", wc::verb}, {"suivent", wc::verb},
    {"joue", wc::verb}, {"jouent", wc::verb}, {"vit", wc::verb}, {"vivent", wc::verb}, {"passe", wc::verb},
    {"passent", wc::verb}, {"mobilisent", wc::verb}, {"mobilise", wc::verb}, {"travaille", wc::verb},
    {"travaillent", wc::verb}, {"appelle", wc::verb}, {"appellent", wc::verb}, {"cherche", wc::verb},
    {"cherchent", wc::verb}, {"dispose", wc::verb}, {"disposent", wc::verb}, {"parle", wc::verb},
    {"parlent", wc::verb}, {"parlait", wc::verb}, {"publie", wc::verb}, {"mène", wc::verb}, {"mènent", wc::verb},
    {"fournit", wc::verb}, {"fournissent", wc::verb}, {"envoie", wc::verb}, {"envoient", wc::verb},
    {"utilise", wc::verb}, {"utilisent", wc::verb}, {"attend", wc::verb}, {"attendent", wc::verb},
    {"inquiète", wc::verb}, {"exprime", wc::verb}, {"se", wc::reflexive},
    // prenominal adjectives and numerals
    {"haut", wc::prenominal}, {"hauts", wc::prenominal}, {"haute", wc::prenominal}, {"hautes", wc::prenominal},
    {"ancien", wc::prenominal}, {"ancienne", wc::prenominal}, {"anciens", wc::prenominal},
    {"anciennes", wc::prenominal}, {"nouveau", wc::prenominal}, {"nouvel", wc::prenominal},
    {"nouvelle", wc::prenominal}, {"nouveaux", wc::prenominal}, {"nouvelles", wc::prenominal},
    {"ex", wc::prenominal}, {"premier", wc::prenominal}, {"première", wc::prenominal}, {"grand", wc::prenominal},
    {"grande", wc::prenominal}, {"grands", wc::prenominal}, {"grandes", wc::prenominal}, {"principal", wc::prenominal},
    {"principale", wc::prenominal}, {"principaux", wc::prenominal}, {"seul", wc::prenominal},
    {"seule", wc::prenominal}, {"autre", wc::prenominal}, {"autres", wc::prenominal}, {"deux", wc::prenominal},
    {"trois", wc::prenominal}, {"quatre", wc::prenominal}, {"cinq", wc::prenominal}, {"six", wc::prenominal},
    {"sept", wc::prenominal}, {"huit", wc::prenominal}, {"neuf", wc::prenominal}, {"dix", wc::prenominal},
    {"premiers", wc::prenominal}, {"premières", wc::prenominal},
    {"dernier", wc::prenominal}, {"dernière", wc::prenominal}, {"derniers", wc::prenominal},
    {"dernières", wc::prenominal}, {"futur", wc::prenominal}, {"future", wc::prenominal}, {"actuel", wc::prenominal},
    {"actuelle", wc::prenominal}, {"éminent", wc::prenominal}, {"éminente", wc::prenominal},
    {"vieux", wc::prenominal}, {"jeune", wc::prenominal}, {"jeunes", wc::prenominal}, {"même", wc::prenominal},
    {"mêmes", wc::prenominal}, {"propre", wc::prenominal}, {"propres", wc::prenominal},
    // name particles
    {"von", wc::name_particle}, {"van", wc::name_particle}, {"der", wc::name_particle}, {"den", wc::name_particle},
    {"bin", wc::name_particle}, {"ben", wc::name_particle}, {"al", wc::name_particle}, {"el", wc::name_particle},
    {"da", wc::name_particle}, {"dos", wc::name_particle}, {"di", wc::name_particle}, {"ibn", wc::name_particle},
    {"abou", wc::name_particle}, {"ould", wc::name_particle}, {"del", wc::name_particle},
    // adverbs
    {"également", wc::adverb}, {"aussi", wc::adverb}, {"déjà", wc::adverb}, {"encore", wc::adverb},
    {"notamment", wc::adverb}, {"pourtant", wc::adverb}, {"toutefois", wc::adverb}, {"cependant", wc::adverb},
    {"enfin", wc::adverb}, {"même", wc::adverb}, {"alors", wc::adverb}, {"ensuite", wc::adverb}, {"là", wc::adverb},
    {"d'ailleurs", wc::adverb}, {"néanmoins", wc::adverb}, {"surtout", wc::adverb}, {"toujours", wc::adverb},
    {"souvent", wc::adverb}, {"très", wc::adverb}, {"trop", wc::adverb}, {"tôt", wc::adverb}, {"tard", wc::adverb},
    {"vite", wc::adverb}, {"mieux", wc::adverb}, {"déjà", wc::adverb}, {"ici", wc::adverb}, {"ensemble", wc::adverb},
    {"certes", wc::adverb}, {"volontiers", wc::adverb}, {"aussitôt", wc::adverb}, {"bientôt", wc::adverb},
    {"longtemps", wc::adverb}, {"parfois", wc::adverb}, {"plutôt", wc::adverb}, {"tant", wc::adverb},
    {"lui-même", wc::adverb}, {"elle-même", wc::adverb}, {"eux-mêmes", wc::adverb}, {"elles-mêmes", wc::adverb},
    {"fermement", wc::adverb}, {"hier", wc::temporal}, {"désormais", wc::adverb}, {"aujourd'hui", wc::adverb | wc::temporal},
    {"hier", wc::temporal}, {"demain", wc::temporal}, {"avant-hier", wc::temporal}, {"matin", wc::temporal},
    {"soir", wc::temporal}, {"midi", wc::temporal}, {"lundi", wc::temporal}, {"mardi", wc::temporal},
    {"mercredi", wc::temporal}, {"jeudi", wc::temporal}, {"vendredi", wc::temporal}, {"samedi", wc::temporal},
    {"dimanche", wc::temporal}, {"janvier", wc::temporal}, {"février", wc::temporal}, {"mars", wc::temporal},
    {"avril", wc::temporal}, {"mai", wc::temporal}, {"juin", wc::temporal}, {"juillet", wc::temporal},
    {"août", wc::temporal}, {"septembre", wc::temporal}, {"octobre", wc::temporal}, {"novembre", wc::temporal},
    {"décembre", wc::temporal}, {"récemment", wc::adverb | wc::temporal}, {"mi-janvier", wc::temporal},
    {"mi-février", wc::temporal}, {"mi-mars", wc::temporal}, {"mi-avril", wc::temporal}, {"mi-mai", wc::temporal},
    {"mi-juin", wc::temporal}, {"mi-juillet", wc::temporal}, {"mi-août", wc::temporal},
    {"mi-septembre", wc::temporal}, {"mi-octobre", wc::temporal}, {"mi-novembre", wc::temporal},
    {"mi-décembre", wc::temporal}, {"fin", wc::temporal}, {"début", wc::temporal}, {"cette semaine", wc::temporal},
    {"samedi soir", wc::temporal},
};

struct sv_hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    // FNV-1a: short keys, no need for anything stronger
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h);
  }
};

/// A fast hash for short keys, 8 bytes at a time.
[[nodiscard]] inline std::uint64_t short_hash(std::string_view s) noexcept {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  auto const* p = s.data();
  auto n = s.size();
  while (n >= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, n);
    h = (h ^ v) * 0x94D049BB133111EBull;
    h ^= h >> 29;
  }
  return h;
}

/// An open-addressing index over the word table: one probe for most words, no allocation.
class flat_index {
public:
  template <class Map>
  void build(Map const& m) {
    std::size_t cap = 16;
    while (cap < m.size() * 2 + 1) cap <<= 1;
    slots_.assign(cap, slot{});
    mask_ = cap - 1;
    for (auto const& [k, v] : m) {
      auto const h = short_hash(k);
      auto i = h & mask_;
      while (slots_[i].value) i = (i + 1) & mask_;
      slots_[i] = {h, std::string_view(k), &v};
    }
  }
  template <class Value>
  [[nodiscard]] Value const* find(std::string_view k) const noexcept {
    if (slots_.empty()) return nullptr;
    auto const h = short_hash(k);
    for (auto i = h & mask_;; i = (i + 1) & mask_) {
      auto const& sl = slots_[i];
      if (!sl.value) return nullptr;
      if (sl.hash == h && sl.key == k) return static_cast<Value const*>(sl.value);
    }
  }

private:
  struct slot {
    std::uint64_t hash = 0;
    std::string_view key;
    void const* value = nullptr;
  };
  std::vector<slot> slots_;
  std::uint64_t mask_ = 0;
};

/// The folded tokens of a phrase, split exactly as documents are.
[[nodiscard]] inline std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> out;
  auto doc = text::prepare(phrase);
  if (!doc) return out;
  auto const folded = text::fold_same_length(doc->analysed());
  for (auto const& t : tokenize::tokenizer{}(*doc)) out.emplace_back(t.analysed().of(folded));
  return out;
}

} // namespace detail::cue_tables

/// The tables the attribution recognizer reads: cue verbs with every inflection, cue phrases,
/// source words (titles, organizations, documents, anonymous heads, places) and hedges.
///
/// Build once and share (lookups are const and thread-safe). Users extend the French defaults
/// without editing the library:
/// ```
/// auto c = depeche::cues::french_default()
///              .with_verbs({{"claironner"}, {"seriner", depeche::recognize::verb_flags::needs_complement}})
///              .with_organizations({{"Agence spatiale européenne", source_type::organization}});
/// ```
class cues {
public:
  cues() = default;
  // the index views the word map: copies rebuild it
  cues(cues const& o) : cues(copy_of(o)) {}
  cues(cues&& o) noexcept = default;
  cues& operator=(cues const& o) {
    if (this != &o) *this = copy_of(o);
    return *this;
  }
  cues& operator=(cues&& o) noexcept = default;
  ~cues() = default;

  /// The built-in French tables.
  [[nodiscard]] static cues french_default() {
    cues c;
    for (auto const& w : detail::cue_tables::function_words) c.add_function_word(w.word, w.classes);
    for (auto const& v : cue_data::verbs) c.add_verb(v);
    for (auto const& p : cue_data::phrases) c.add_phrase(p);
    for (auto const& w : cue_data::titles) c.add_source(w);
    for (auto const& w : cue_data::anonymous) c.add_source(w);
    for (auto const& w : cue_data::documents) c.add_source(w);
    for (auto const& w : cue_data::organizations) c.add_source(w);
    c.add_title_plurals();
    for (auto p : cue_data::places) c.add_source({p, source_type::country_or_capital}, word_class::place);
    for (auto p : cue_data::persons) c.add_source({p, source_type::person, source_subtype::none, source_flags::proper});
    for (auto p : cue_data::first_names) c.add_source({p, source_type::person, source_subtype::none, source_flags::proper});
    for (auto h : cue_data::hedges) c.add_function_word(h, word_class::hedge);
    for (auto n : cue_data::non_sources) c.add_function_word(n, word_class::non_source);
    for (auto n : cue_data::reporting_nouns) c.add_function_word(n, word_class::reporting_noun);
    for (auto const& u : cue_data::non_reporting) c.add_non_reporting(u);
    c.rebuild();
    return c;
  }

  //=== extension ===//

  /// Adds cue verbs; every inflection is generated from the lemma (and principal parts).
  cues& with_verbs(std::span<cue_verb const> verbs) {
    for (auto const& v : verbs) add_verb(v);
    rebuild();
    return *this;
  }
  cues& with_verbs(std::initializer_list<cue_verb> verbs) { return with_verbs(std::span(verbs.begin(), verbs.size())); }

  /// Adds cue phrases (« selon », « de l'avis de »).
  cues& with_phrases(std::span<cue_phrase const> phrases) {
    for (auto const& p : phrases) add_phrase(p);
    rebuild();
    return *this;
  }
  cues& with_phrases(std::initializer_list<cue_phrase> p) { return with_phrases(std::span(p.begin(), p.size())); }

  /// Adds source words of any type (titles, organizations, documents, anonymous heads).
  cues& with_sources(std::span<source_word const> words) {
    for (auto const& w : words) add_source(w);
    rebuild();
    return *this;
  }
  cues& with_sources(std::initializer_list<source_word> w) { return with_sources(std::span(w.begin(), w.size())); }
  /// Adds organizations (names or head nouns: « Agence spatiale européenne », « ESA »).
  cues& with_organizations(std::span<source_word const> words) {
    for (auto w : words) {
      if (w.type == source_type::unknown) w.type = source_type::organization;
      add_source(w);
    }
    rebuild();
    return *this;
  }
  cues& with_organizations(std::initializer_list<source_word> w) {
    return with_organizations(std::span(w.begin(), w.size()));
  }
  /// Adds titles and roles (« gouverneure », « rapporteur »): persons.
  cues& with_titles(std::initializer_list<std::string_view> words) {
    for (auto w : words) add_source({w, source_type::person, source_subtype::none, source_flags::title});
    rebuild();
    return *this;
  }
  /// Adds well-known persons named by their surname alone (« Macron »).
  cues& with_persons(std::initializer_list<std::string_view> names) {
    for (auto w : names) add_source({w, source_type::person, source_subtype::none, source_flags::proper});
    rebuild();
    return *this;
  }
  /// Adds countries and capitals.
  cues& with_places(std::initializer_list<std::string_view> words) {
    for (auto w : words) add_source({w, source_type::country_or_capital}, word_class::place);
    rebuild();
    return *this;
  }
  /// Adds hedge words (« prétendument »).
  cues& with_hedges(std::initializer_list<std::string_view> words) {
    for (auto w : words) add_function_word(w, word_class::hedge);
    rebuild();
    return *this;
  }
  /// Adds words that never head a source after « selon » (« selon la saison »).
  cues& with_non_sources(std::initializer_list<std::string_view> words) {
    for (auto w : words) add_function_word(w, word_class::non_source);
    rebuild();
    return *this;
  }

  /// Adds nouns whose complement is the real source (« les informations de BFMTV »).
  cues& with_reporting_nouns(std::initializer_list<std::string_view> words) {
    for (auto w : words) add_function_word(w, word_class::reporting_noun);
    rebuild();
    return *this;
  }
  /// Adds verb–object pairs that are no reported speech (« déclarer forfait »). `word` may be
  /// « @poss » (a possessive determiner right after the verb), « @money » (a number) or « @any ».
  cues& with_non_reporting(std::initializer_list<cue_data::non_reporting_use> uses) {
    for (auto const& u : uses) add_non_reporting(u);
    return *this;
  }

  //=== lookup ===//

  /// What the tables know about a folded (lower-case) word, or nullptr.
  [[nodiscard]] word_info const* find(std::string_view folded) const noexcept {
    return index_.find<word_info>(folded);
  }
  [[nodiscard]] std::span<verb_reading const> readings(word_info const& w) const noexcept {
    return std::span(readings_).subspan(w.verbs_begin, w.verbs_end - w.verbs_begin);
  }
  [[nodiscard]] std::span<std::uint32_t const> phrases(word_info const& w) const noexcept {
    return std::span(phrase_order_).subspan(w.phrases_begin, w.phrases_end - w.phrases_begin);
  }
  [[nodiscard]] verb_entry const& verb(std::uint16_t i) const noexcept { return verbs_[i]; }
  [[nodiscard]] phrase_entry const& phrase(std::uint32_t i) const noexcept { return phrase_list_[i]; }
  [[nodiscard]] std::size_t verb_count() const noexcept { return verbs_.size(); }
  [[nodiscard]] std::size_t word_count() const noexcept { return words_.size(); }

private:
  static cues copy_of(cues const& o) {
    cues c;
    c.raw_words_ = o.raw_words_;
    c.raw_forms_ = o.raw_forms_;
    c.verbs_ = o.verbs_;
    c.phrase_list_ = o.phrase_list_;
    c.non_reporting_ = o.non_reporting_;
    c.words_ = o.words_;
    c.readings_ = o.readings_;
    c.phrase_order_ = o.phrase_order_;
    c.index_.build(c.words_);
    return c;
  }

  struct raw_form {
    std::string form;
    verb_reading r;
  };
  struct raw_word {
    std::uint32_t classes = 0;
    source_type type = source_type::unknown;
    source_subtype subtype = source_subtype::none;
    std::uint8_t flags = 0;
  };

  void add_function_word(std::string_view w, std::uint32_t classes) {
    auto words = detail::cue_tables::phrase_words(w);
    if (words.size() == 1) raw_words_[words[0]].classes |= classes;
  }

  /// « agents », « députés », « présidents »: unnamed groups of people, from the singular titles.
  void add_title_plurals() {
    std::vector<std::pair<std::string, std::uint8_t>> plurals;
    for (auto const& [w, r] : raw_words_) {
      if (r.type != source_type::person || !(r.flags & source_flags::title) || (r.flags & source_flags::name_part) ||
          w.empty() || w.back() == 's' || w.back() == 'x' || w.back() == '.')
        continue;
      auto p = w.size() > 2 && w.ends_with("al") ? w.substr(0, w.size() - 2) + "aux" : w + "s";
      plurals.emplace_back(std::move(p), static_cast<std::uint8_t>((r.flags & source_flags::feminine) | source_flags::plural));
    }
    for (auto& [p, f] : plurals) {
      auto& r = raw_words_[p];
      if (r.type != source_type::unknown) continue;  // « ministres » is listed already
      r.classes |= word_class::source;
      r.type = source_type::anonymous;
      r.flags = f;
    }
  }

  void add_non_reporting(cue_data::non_reporting_use const& u) {
    non_reporting_.emplace_back(std::string(u.lemma), std::string(u.word));
    for (auto& e : verbs_)
      if (e.lemma == u.lemma) e.not_with.emplace_back(u.word);
  }

  void add_verb(cue_verb const& v) {
    if (verbs_.size() >= 0xFFFF || v.lemma.empty()) return;
    auto const idx = static_cast<std::uint16_t>(verbs_.size());
    verb_entry e{std::string(v.lemma), v.flags, {}, {}};
    if (!v.particle.empty()) e.particle = detail::cue_tables::phrase_words(v.particle);
    for (auto const& [lemma, word] : non_reporting_)
      if (lemma == v.lemma) e.not_with.push_back(word);
    verbs_.push_back(std::move(e));
    auto lemma = detail::cue_tables::phrase_words(v.lemma);
    std::string const lem = lemma.empty() ? std::string(v.lemma) : lemma[0];
    conjugate_third_person(lem, v.parts, [&](std::string form, std::uint16_t bits) {
      auto const plain = detail::verbs::without_circumflex(form);
      if (!plain.empty()) raw_forms_.push_back({plain, {idx, bits}});
      raw_forms_.push_back({std::move(form), {idx, bits}});
    });
  }

  void add_phrase(cue_phrase const& p) {
    phrase_entry e;
    e.words = detail::cue_tables::phrase_words(p.text);
    if (e.words.empty()) return;
    e.what = phrase_entry::kind::cue;
    e.role = p.role;
    phrase_list_.push_back(std::move(e));
  }

  void add_source(source_word const& w, std::uint32_t extra = 0) {
    auto words = detail::cue_tables::phrase_words(w.text);
    if (words.empty()) return;
    bool const starts_with_article = words.size() > 1 && (words[0] == "le" || words[0] == "la" || words[0] == "les" ||
                                                          words[0] == "l'" || words[0] == "the");
    if (words.size() == 1) {
      auto& r = raw_words_[words[0]];
      r.classes |= word_class::source | extra;
      r.type = w.type;
      r.subtype = w.subtype;
      r.flags = w.flags;
      return;
    }
    phrase_entry e;
    e.words = std::move(words);
    e.what = phrase_entry::kind::source;
    e.type = w.type;
    e.subtype = w.subtype;
    e.flags = static_cast<std::uint8_t>(w.flags | (starts_with_article ? source_flags::proper : 0));
    e.classes = word_class::source | extra;
    phrase_list_.push_back(std::move(e));
  }

  void rebuild() {
    words_.clear();
    readings_.clear();
    phrase_order_.clear();
    for (auto const& [w, r] : raw_words_) {
      auto& info = words_[w];
      info.classes |= r.classes;
      if (r.type != source_type::unknown) {
        info.type = r.type;
        info.subtype = r.subtype;
        info.source_flags = r.flags;
      }
    }
    // verb readings, grouped by form
    std::vector<raw_form const*> forms;
    forms.reserve(raw_forms_.size());
    for (auto const& f : raw_forms_) forms.push_back(&f);
    std::stable_sort(forms.begin(), forms.end(), [](auto* a, auto* b) { return a->form < b->form; });
    for (std::size_t i = 0; i < forms.size();) {
      std::size_t j = i;
      auto& info = words_[forms[i]->form];
      info.verbs_begin = static_cast<std::uint32_t>(readings_.size());
      while (j < forms.size() && forms[j]->form == forms[i]->form) {
        auto const r = forms[j]->r;
        auto it = std::find_if(readings_.begin() + info.verbs_begin, readings_.end(),
                               [&](verb_reading const& x) { return x.verb == r.verb; });
        if (it != readings_.end()) it->forms = static_cast<std::uint16_t>(it->forms | r.forms);
        else readings_.push_back(r);
        ++j;
      }
      info.verbs_end = static_cast<std::uint32_t>(readings_.size());
      i = j;
    }
    // phrases, grouped by first word, longest first
    std::vector<std::uint32_t> order(phrase_list_.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      auto const& x = phrase_list_[a].words;
      auto const& y = phrase_list_[b].words;
      if (x[0] != y[0]) return x[0] < y[0];
      return x.size() > y.size();
    });
    for (auto const& ph : phrase_list_)
      if (ph.words.size() > 1) words_[ph.words[1]].classes |= word_class::phrase_second;
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i;
      auto const& first = phrase_list_[order[i]].words[0];
      auto& info = words_[first];
      info.phrases_begin = static_cast<std::uint32_t>(phrase_order_.size());
      while (j < order.size() && phrase_list_[order[j]].words[0] == first) phrase_order_.push_back(order[j++]);
      info.phrases_end = static_cast<std::uint32_t>(phrase_order_.size());
      i = j;
    }
    index_.build(words_);
  }

  std::unordered_map<std::string, raw_word, detail::cue_tables::sv_hash, std::equal_to<>> raw_words_;
  std::vector<raw_form> raw_forms_;
  std::vector<verb_entry> verbs_;
  std::vector<phrase_entry> phrase_list_;
  std::vector<std::pair<std::string, std::string>> non_reporting_;

  std::unordered_map<std::string, word_info, detail::cue_tables::sv_hash, std::equal_to<>> words_;
  detail::cue_tables::flat_index index_;  // views words_: rebuilt with it
  std::vector<verb_reading> readings_;
  std::vector<std::uint32_t> phrase_order_;
};

/// The built-in French cue tables, built on first use (thread-safe) and shared.
[[nodiscard]] inline cues const& default_cues() {
  static cues const c = cues::french_default();
  return c;
}

} // namespace depeche::recognize

namespace depeche {
using recognize::cues;
} // namespace depeche

#endif
