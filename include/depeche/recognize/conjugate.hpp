// SPDX-License-Identifier: MIT
// French conjugation: the simple forms of a verb from its lemma (regular verbs) or principal parts.
//
//   depeche::recognize::conjugate("déployer", {}, [](std::string form, inflection f, std::uint8_t person) {
//     // « déploie » present 1, 3 and subjunctive 1, 3; « déploiera » future 3; « déployé » participle 0 …
//   });
//
// One implementation for the verb lexicon (verbs.hpp: form → lemma, all persons) and the cue
// tables of the attributions layer (cues.hpp: third-person and non-finite forms of cue verbs).
#ifndef DEPECHE_RECOGNIZE_CONJUGATE_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_CONJUGATE_HPP_INCLUDED

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace depeche::recognize {

/// What an inflected verb form is.
enum class inflection : std::uint8_t {
  infinitive,
  present,
  imperfect,
  simple_past,
  future,
  conditional,
  subjunctive,
  past_participle,
  present_participle,
};

/// Which tense or mood a verb form has, as bits (a written form can have several: « dit »).
namespace verb_form {
inline constexpr std::uint16_t present = 1u << 0;       ///< « affirme », « affirment »
inline constexpr std::uint16_t imperfect = 1u << 1;     ///< « affirmait »
inline constexpr std::uint16_t simple_past = 1u << 2;   ///< « affirma », « affirmèrent »
inline constexpr std::uint16_t future = 1u << 3;        ///< « affirmera »
inline constexpr std::uint16_t conditional = 1u << 4;   ///< « affirmerait » (reportive or hypothetical)
inline constexpr std::uint16_t subjunctive = 1u << 5;   ///< « affirme » after « que »
inline constexpr std::uint16_t participle = 1u << 6;    ///< « affirmé », « affirmées »
inline constexpr std::uint16_t infinitive = 1u << 7;    ///< « affirmer »
inline constexpr std::uint16_t gerund = 1u << 8;        ///< « affirmant »
inline constexpr std::uint16_t finite = present | imperfect | simple_past | future | conditional | subjunctive;

/// The bit of an inflection.
[[nodiscard]] constexpr std::uint16_t of(inflection f) noexcept {
  switch (f) {
  case inflection::infinitive: return infinitive;
  case inflection::present: return present;
  case inflection::imperfect: return imperfect;
  case inflection::simple_past: return simple_past;
  case inflection::future: return future;
  case inflection::conditional: return conditional;
  case inflection::subjunctive: return subjunctive;
  case inflection::past_participle: return participle;
  case inflection::present_participle: return gerund;
  }
  return 0;
}
} // namespace verb_form

/// The principal parts of an irregular verb (third-person forms, lower case). Every other form
/// is derived: subjunctive from the plural present, imperfect and gerund from `imperfect_stem`,
/// future and conditional from `future_stem`, the four participles from `participle`.
/// All empty (the default): a regular verb.
struct verb_parts {
  std::string_view present_3sg;     ///< « dit »
  std::string_view present_3pl;     ///< « disent »
  std::string_view imperfect_stem;  ///< « dis » (→ disait, disaient, disant)
  std::string_view past_3sg;        ///< « dit »
  std::string_view past_3pl;        ///< « dirent »
  std::string_view future_stem;     ///< « dir » (→ dira, diront, dirait, diraient)
  std::string_view participle;      ///< « dit » (→ dite, dits, dites)
};

namespace detail::verbs {

[[nodiscard]] inline bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

[[nodiscard]] inline bool ascii_consonant(char c) noexcept {
  switch (c) {
  case 'b': case 'c': case 'd': case 'f': case 'g': case 'h': case 'j': case 'k': case 'l': case 'm':
  case 'n': case 'p': case 'q': case 'r': case 's': case 't': case 'v': case 'w': case 'x': case 'z':
    return true;
  default:
    return false;
  }
}

/// Stem changes of first-group verbs before a mute ending: « considérer » → « considère »,
/// « relever » → « relève », « rappeler » → « rappelle », « déployer » → « déploie », « payer » → « paie ».
enum class stem_change : std::uint8_t { none, e_acute_to_grave, e_to_grave, double_consonant, y_to_i, y_to_i_optional };

/// The stem of a first-group verb before a mute ending (« considèr », « rappell », « déploi ») and its kind of change.
[[nodiscard]] inline std::pair<std::string, stem_change> er_strong_stem(std::string_view stem) {
  std::string s(stem);
  if (ends_with(stem, "oy") || ends_with(stem, "uy")) {
    s.back() = 'i';
    return {s, stem_change::y_to_i};
  }
  if (ends_with(stem, "ay")) {
    s.back() = 'i';
    return {s, stem_change::y_to_i_optional};
  }
  // the consonant cluster at the end: one consonant, or a consonant followed by r or l
  std::size_t k = stem.size();
  while (k > 0 && ascii_consonant(stem[k - 1])) --k;
  auto const cluster = stem.substr(k);
  bool const simple = cluster.size() == 1 ||
                      (cluster.size() == 2 && (cluster[1] == 'r' || cluster[1] == 'l') && cluster[0] != 'r' &&
                       cluster[0] != 'l' && cluster[0] != 's');
  if (!simple || k == 0) return {s, stem_change::none};
  // « é » before the cluster (C3 A9)
  if (k >= 2 && static_cast<unsigned char>(stem[k - 2]) == 0xC3 && static_cast<unsigned char>(stem[k - 1]) == 0xA9) {
    s[k - 1] = static_cast<char>(0xA8);  // è
    return {s, stem_change::e_acute_to_grave};
  }
  if (stem[k - 1] == 'e' && k >= 2 && ascii_consonant(stem[k - 2])) {
    bool const el_et = cluster == "l" || cluster == "t";
    // verbs in -eler/-eter that take « è » rather than a doubled consonant (« achète », « martèle »)
    static constexpr std::string_view grave_only[] = {"achet", "rachet", "gel", "congel", "dégel", "model",
                                                      "harcel", "pel", "cisel", "démantel", "martel", "écartel",
                                                      "crochet", "halet"};
    bool is_grave_only = false;
    for (auto g : grave_only)
      if (stem == g || (g.size() >= 4 && ends_with(stem, g))) is_grave_only = true;
    if (el_et && !is_grave_only) {
      s.push_back(cluster[0]);
      return {s, stem_change::double_consonant};
    }
    s.replace(k - 1, 1, "\xC3\xA8");
    return {s, stem_change::e_to_grave};
  }
  return {s, stem_change::none};
}

/// `form` with « î » and « û » spelled without the circumflex (the 1990 spelling: « reconnait »),
/// or an empty string when there is none.
[[nodiscard]] inline std::string without_circumflex(std::string_view form) {
  std::string r(form);
  bool changed = false;
  for (std::size_t i = 0; i + 1 < r.size(); ++i) {
    if (static_cast<unsigned char>(r[i]) != 0xC3) continue;
    auto const b = static_cast<unsigned char>(r[i + 1]);
    if (b == 0xAE) { r.replace(i, 2, "i"); changed = true; }        // î
    else if (b == 0xBB) { r.replace(i, 2, "u"); changed = true; }   // û
  }
  return changed ? r : std::string{};
}

[[nodiscard]] inline std::string cat(std::string_view a, std::string_view b) {
  std::string r;
  r.reserve(a.size() + b.size());
  r.append(a);
  r.append(b);
  return r;
}

/// Six endings of a finite cell, je … ils.
using cell = std::string_view const[6];

} // namespace detail::verbs

/// Calls `emit(std::string form, inflection f, std::uint8_t person)` for the simple forms of a
/// verb: `person` is 1 to 6 (je, tu, il/elle, nous, vous, ils/elles) for finite forms and 0 for
/// the infinitive and the participles. A form is emitted once per cell it fills (« affirme »:
/// present 1 and 3, subjunctive 1 and 3), in the order infinitive, present, imperfect, simple
/// past, future, conditional, subjunctive, past participle, present participle.
///
/// With `parts` empty, `lemma` is a regular verb: first group (« -er ») with its spelling changes
/// (« annonçait », « engageait », « déploie », « révèle », « appelle », « achète »; both « révélera »
/// and « révèlera », « paie » and « paye ») or second group (« -ir » like « finir »); other lemmas
/// give nothing. With principal parts, the third-person and non-finite forms of an irregular verb.
template <class Emit>
void conjugate(std::string_view lemma, verb_parts const& parts, Emit&& emit) {
  namespace d = detail::verbs;
  using d::cat;
  using inf = inflection;
  auto const cells = [&](std::string_view const (&endings)[6], inflection f, auto&& stem_for) {
    for (std::uint8_t p = 0; p < 6; ++p) {
      auto const e = endings[p];
      stem_for(e, [&](std::string_view stem) { emit(cat(stem, e), f, static_cast<std::uint8_t>(p + 1)); });
    }
  };
  if (!parts.present_3sg.empty()) {
    emit(std::string(lemma), inf::infinitive, std::uint8_t{0});
    emit(std::string(parts.present_3sg), inf::present, std::uint8_t{3});
    emit(std::string(parts.present_3pl), inf::present, std::uint8_t{6});
    emit(cat(parts.imperfect_stem, "ait"), inf::imperfect, std::uint8_t{3});
    emit(cat(parts.imperfect_stem, "aient"), inf::imperfect, std::uint8_t{6});
    emit(std::string(parts.past_3sg), inf::simple_past, std::uint8_t{3});
    emit(std::string(parts.past_3pl), inf::simple_past, std::uint8_t{6});
    emit(cat(parts.future_stem, "a"), inf::future, std::uint8_t{3});
    emit(cat(parts.future_stem, "ont"), inf::future, std::uint8_t{6});
    emit(cat(parts.future_stem, "ait"), inf::conditional, std::uint8_t{3});
    emit(cat(parts.future_stem, "aient"), inf::conditional, std::uint8_t{6});
    if (d::ends_with(parts.present_3pl, "ent")) {
      auto const sub = parts.present_3pl.substr(0, parts.present_3pl.size() - 3);
      emit(cat(sub, "e"), inf::subjunctive, std::uint8_t{3});
      emit(std::string(parts.present_3pl), inf::subjunctive, std::uint8_t{6});
    }
    auto const pp = parts.participle;
    emit(std::string(pp), inf::past_participle, std::uint8_t{0});
    emit(cat(pp, "e"), inf::past_participle, std::uint8_t{0});
    emit(cat(pp, "es"), inf::past_participle, std::uint8_t{0});
    if (!d::ends_with(pp, "s")) emit(cat(pp, "s"), inf::past_participle, std::uint8_t{0});
    emit(cat(parts.imperfect_stem, "ant"), inf::present_participle, std::uint8_t{0});
    return;
  }
  if (d::ends_with(lemma, "er") && lemma.size() > 2) {
    auto const stem = lemma.substr(0, lemma.size() - 2);
    // not a structured binding: lambdas below capture them (clang < 16 cannot capture bindings)
    auto const strong_change = d::er_strong_stem(stem);
    auto const& strong = strong_change.first;
    auto const change = strong_change.second;
    // « annonçait », « jugeait »: soft c and g before a and o
    std::string soft(stem);
    if (d::ends_with(stem, "c")) soft = cat(stem.substr(0, stem.size() - 1), "\xC3\xA7");
    else if (d::ends_with(stem, "g")) soft = cat(stem, "e");
    auto const by_ending = [&](std::string_view e, auto&& with) {
      bool const mute = e == "e" || e == "es" || e == "ent";
      bool const hard = !e.empty() && (e[0] == 'a' || e[0] == 'o');
      if (mute) {
        with(std::string_view(strong));
        if (change == d::stem_change::y_to_i_optional) with(stem);  // « paye »
      } else {
        with(hard ? std::string_view(soft) : stem);
      }
    };
    static constexpr std::string_view present[6] = {"e", "es", "e", "ons", "ez", "ent"};
    static constexpr std::string_view imperfect[6] = {"ais", "ais", "ait", "ions", "iez", "aient"};
    static constexpr std::string_view past[6] = {"ai", "as", "a", "\xC3\xA2mes", "\xC3\xA2tes", "\xC3\xA8rent"};
    static constexpr std::string_view future[6] = {"ai", "as", "a", "ons", "ez", "ont"};
    static constexpr std::string_view conditional[6] = {"ais", "ais", "ait", "ions", "iez", "aient"};
    static constexpr std::string_view subjunctive[6] = {"e", "es", "e", "ions", "iez", "ent"};
    emit(std::string(lemma), inf::infinitive, std::uint8_t{0});
    cells(present, inf::present, by_ending);
    cells(imperfect, inf::imperfect, by_ending);
    cells(past, inf::simple_past, [&](std::string_view e, auto&& with) {
      if (e == "\xC3\xA8rent") with(stem);  // « déclarèrent », « annoncèrent »
      else with(std::string_view(soft));
    });
    // future and conditional: the infinitive, or the changed stem (« lèvera », « appellera »,
    // « déploiera »), or both (« révélera » and « révèlera », « paiera » and « payera »)
    auto const future_stems = [&](std::string_view, auto&& with) {
      if (change == d::stem_change::none) {
        with(lemma);
        return;
      }
      if (change == d::stem_change::e_acute_to_grave) with(lemma);
      with(std::string_view(cat(strong, "er")));
      if (change == d::stem_change::y_to_i_optional) with(lemma);
    };
    cells(future, inf::future, future_stems);
    cells(conditional, inf::conditional, future_stems);
    cells(subjunctive, inf::subjunctive, by_ending);
    emit(cat(stem, "\xC3\xA9"), inf::past_participle, std::uint8_t{0});       // é
    emit(cat(stem, "\xC3\xA9" "e"), inf::past_participle, std::uint8_t{0});   // ée
    emit(cat(stem, "\xC3\xA9" "s"), inf::past_participle, std::uint8_t{0});
    emit(cat(stem, "\xC3\xA9" "es"), inf::past_participle, std::uint8_t{0});
    emit(cat(soft, "ant"), inf::present_participle, std::uint8_t{0});
    return;
  }
  if (d::ends_with(lemma, "ir") && lemma.size() > 2) {
    auto const stem = lemma.substr(0, lemma.size() - 2);
    auto const from_stem = [&](std::string_view, auto&& with) { with(stem); };
    auto const from_lemma = [&](std::string_view, auto&& with) { with(lemma); };
    static constexpr std::string_view present[6] = {"is", "is", "it", "issons", "issez", "issent"};
    static constexpr std::string_view imperfect[6] = {"issais", "issais", "issait", "issions", "issiez", "issaient"};
    static constexpr std::string_view past[6] = {"is", "is", "it", "\xC3\xAEmes", "\xC3\xAEtes", "irent"};
    static constexpr std::string_view future[6] = {"ai", "as", "a", "ons", "ez", "ont"};
    static constexpr std::string_view conditional[6] = {"ais", "ais", "ait", "ions", "iez", "aient"};
    static constexpr std::string_view subjunctive[6] = {"isse", "isses", "isse", "issions", "issiez", "issent"};
    emit(std::string(lemma), inf::infinitive, std::uint8_t{0});
    cells(present, inf::present, from_stem);
    cells(imperfect, inf::imperfect, from_stem);
    cells(past, inf::simple_past, from_stem);
    cells(future, inf::future, from_lemma);
    cells(conditional, inf::conditional, from_lemma);
    cells(subjunctive, inf::subjunctive, from_stem);
    emit(cat(stem, "i"), inf::past_participle, std::uint8_t{0});
    emit(cat(stem, "ie"), inf::past_participle, std::uint8_t{0});
    emit(cat(stem, "is"), inf::past_participle, std::uint8_t{0});
    emit(cat(stem, "ies"), inf::past_participle, std::uint8_t{0});
    emit(cat(stem, "issant"), inf::present_participle, std::uint8_t{0});
  }
}

/// Calls `emit(std::string form, std::uint16_t verb_form bits)` for the third-person and non-finite
/// forms of a verb (what reported speech uses: « affirme », « affirmait », « affirmant », « affirmé »).
template <class Emit>
void conjugate_third_person(std::string_view lemma, verb_parts const& parts, Emit&& emit) {
  conjugate(lemma, parts, [&](std::string form, inflection f, std::uint8_t person) {
    if (person == 0 || person == 3 || person == 6) emit(std::move(form), verb_form::of(f));
  });
}

} // namespace depeche::recognize

#endif
