// SPDX-License-Identifier: MIT
// French verb forms from a lemma and principal parts: what the cue tables match on.
#ifndef DEPECHE_RECOGNIZE_DETAIL_CONJUGATE_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_DETAIL_CONJUGATE_HPP_INCLUDED

#include <cstdint>
#include <string>
#include <string_view>

namespace depeche::recognize {

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
} // namespace verb_form

/// The principal parts of an irregular verb (third-person forms, lower case). Every other form
/// is derived: subjunctive from the plural present, imperfect and gerund from `imperfect_stem`,
/// future and conditional from `future_stem`, the four participles from `participle`.
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

/// Stem changes of first-group verbs: « considérer » → « considère », « relever » → « relève »,
/// « rappeler » → « rappelle ».
enum class stem_change : std::uint8_t { none, e_acute_to_grave, e_to_grave, double_consonant };

/// The present-tense stem of a first-group verb (« considèr », « rappell ») and its kind of change.
[[nodiscard]] inline std::pair<std::string, stem_change> er_strong_stem(std::string_view stem) {
  // the consonant cluster at the end: one consonant, or a consonant followed by r or l
  std::size_t k = stem.size();
  while (k > 0 && ascii_consonant(stem[k - 1])) --k;
  auto const cluster = stem.substr(k);
  bool const simple = cluster.size() == 1 ||
                      (cluster.size() == 2 && (cluster[1] == 'r' || cluster[1] == 'l') && cluster[0] != 'r' &&
                       cluster[0] != 'l' && cluster[0] != 's');
  std::string s(stem);
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

/// Calls `emit(form, verb_form bits)` for the third-person (and non-finite) forms of `lemma`.
/// `parts.present_3sg` empty: a regular first-group (-er) or second-group (-ir, « finir ») verb.
template <class Emit>
void conjugate(std::string_view lemma, verb_parts const& parts, Emit&& emit) {
  namespace vf = verb_form;
  auto const s = [](std::string_view a, std::string_view b) {
    std::string r(a);
    r.append(b);
    return r;
  };
  if (!parts.present_3sg.empty()) {
    emit(std::string(parts.present_3sg), vf::present);
    emit(std::string(parts.present_3pl), vf::present);
    if (ends_with(parts.present_3pl, "ent")) {
      auto const sub = parts.present_3pl.substr(0, parts.present_3pl.size() - 3);
      emit(s(sub, "e"), vf::subjunctive);
      emit(std::string(parts.present_3pl), vf::subjunctive);
    }
    emit(s(parts.imperfect_stem, "ait"), vf::imperfect);
    emit(s(parts.imperfect_stem, "aient"), vf::imperfect);
    emit(s(parts.imperfect_stem, "ant"), vf::gerund);
    emit(std::string(parts.past_3sg), vf::simple_past);
    emit(std::string(parts.past_3pl), vf::simple_past);
    emit(s(parts.future_stem, "a"), vf::future);
    emit(s(parts.future_stem, "ont"), vf::future);
    emit(s(parts.future_stem, "ait"), vf::conditional);
    emit(s(parts.future_stem, "aient"), vf::conditional);
    auto const pp = parts.participle;
    emit(std::string(pp), vf::participle);
    emit(s(pp, "e"), vf::participle);
    emit(s(pp, "es"), vf::participle);
    if (!ends_with(pp, "s")) emit(s(pp, "s"), vf::participle);
    emit(std::string(lemma), vf::infinitive);
    return;
  }
  if (ends_with(lemma, "er") && lemma.size() > 2) {
    auto const stem = lemma.substr(0, lemma.size() - 2);
    // not a structured binding: the lambda below captures them (clang < 16 cannot capture bindings)
    auto const strong_change = er_strong_stem(stem);
    auto const& strong = strong_change.first;
    auto const change = strong_change.second;
    // « annonçait », « jugeait »: soft c and g before a and o
    std::string soft(stem);
    if (ends_with(stem, "c")) soft = s(stem.substr(0, stem.size() - 1), "\xC3\xA7");
    else if (ends_with(stem, "g")) soft = s(stem, "e");
    emit(s(strong, "e"), vf::present | vf::subjunctive);
    emit(s(strong, "ent"), vf::present | vf::subjunctive);
    emit(s(soft, "ait"), vf::imperfect);
    emit(s(soft, "aient"), vf::imperfect);
    emit(s(soft, "ant"), vf::gerund);
    emit(s(soft, "a"), vf::simple_past);
    emit(s(stem, "\xC3\xA8rent"), vf::simple_past);  // èrent
    auto future_stems = [&](auto&& f) {
      if (change == stem_change::none) f(std::string(lemma));
      else if (change == stem_change::e_acute_to_grave) { f(std::string(lemma)); f(s(strong, "er")); }
      else f(s(strong, "er"));
    };
    future_stems([&](std::string const& fs) {
      emit(s(fs, "a"), vf::future);
      emit(s(fs, "ont"), vf::future);
      emit(s(fs, "ait"), vf::conditional);
      emit(s(fs, "aient"), vf::conditional);
    });
    emit(s(stem, "\xC3\xA9"), vf::participle);      // é
    emit(s(stem, "\xC3\xA9" "e"), vf::participle);  // ée
    emit(s(stem, "\xC3\xA9" "s"), vf::participle);
    emit(s(stem, "\xC3\xA9" "es"), vf::participle);
    emit(std::string(lemma), vf::infinitive);
    return;
  }
  if (ends_with(lemma, "ir") && lemma.size() > 2) {
    auto const stem = lemma.substr(0, lemma.size() - 2);
    emit(s(stem, "it"), vf::present | vf::simple_past);
    emit(s(stem, "issent"), vf::present | vf::subjunctive);
    emit(s(stem, "isse"), vf::subjunctive);
    emit(s(stem, "issait"), vf::imperfect);
    emit(s(stem, "issaient"), vf::imperfect);
    emit(s(stem, "issant"), vf::gerund);
    emit(s(stem, "irent"), vf::simple_past);
    emit(s(lemma, "a"), vf::future);
    emit(s(lemma, "ont"), vf::future);
    emit(s(lemma, "ait"), vf::conditional);
    emit(s(lemma, "aient"), vf::conditional);
    emit(s(stem, "i"), vf::participle);
    emit(s(stem, "ie"), vf::participle);
    emit(s(stem, "is"), vf::participle);
    emit(s(stem, "ies"), vf::participle);
    emit(std::string(lemma), vf::infinitive);
  }
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

} // namespace detail::verbs
} // namespace depeche::recognize

#endif
