// SPDX-License-Identifier: MIT
// The per-document source registry: one id per source, acronyms linked to their expansions.
#ifndef DEPECHE_RECOGNIZE_SOURCES_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_SOURCES_HPP_INCLUDED

#include <depeche/recognize/cue_data.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace depeche::recognize {

/// Grammatical gender of a mention, when the text shows it (« la diplomate », « Mme », « présidente »).
enum class gender : std::uint8_t { unknown, masculine, feminine };

/// What one mention says about a source, as keys the registry can match on. All strings are
/// folded (lower case) and have single spaces.
struct source_keys {
  std::string acronym;    ///< « nis » (from « (NIS) », or a bare « le NIS »)
  std::string name;       ///< a proper name: « lloyd austin », « shin won-sik »
  std::string last_name;  ///< its last word, for later « Austin » (persons only)
  std::string text;       ///< the phrase without determiner or parenthesis: « service national de renseignement »
  std::string display_acronym;    ///< the acronym as written: « NIS »
  std::string display_expansion;  ///< the expansion as written: « Service national de renseignement »
};

/// A source known to the registry.
struct source_entry {
  std::uint32_t id = 0;  ///< 1-based, in order of first mention
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::string acronym;    ///< « NIS », when some mention gave one
  std::string expansion;  ///< « Service national de renseignement », when some mention gave one
  std::string first_text; ///< the first mention, as written
  gender g = gender::unknown;
  bool plural = false;
  std::uint32_t mentions = 0;
};

/// Per-document registry of sources. Mentions that share an acronym, a proper name, the same
/// phrase, or (for persons) a last name get the same id: « le Service national de renseignement
/// (NIS) » and a later « le NIS » are one source.
class source_registry {
public:
  /// The id of the source a mention refers to, registering it if it is new.
  std::uint32_t resolve(source_keys const& k, source_type type, source_subtype subtype, std::string_view text,
                        gender g = gender::unknown, bool plural = false) {
    std::uint32_t id = 0;
    auto look = [&](char tag, std::string const& key) {
      if (id || key.empty()) return;
      auto it = keys_.find(make(tag, key));
      if (it != keys_.end()) id = it->second;
    };
    look('a', k.acronym);
    look('n', k.name);
    look('t', k.text);
    if (type == source_type::person) look('l', k.last_name);
    if (!id && type == source_type::person && !k.name.empty()) {
      // « Austin » after « Lloyd Austin »: a one-word name matches an earlier last name
      if (k.name.find(' ') == std::string::npos) look('l', k.name);
    }
    if (!id) {
      entries_.push_back({});
      auto& e = entries_.back();
      e.id = static_cast<std::uint32_t>(entries_.size());
      e.type = type;
      e.subtype = subtype;
      e.first_text = std::string(text);
      e.g = g;
      e.plural = plural;
      id = e.id;
    }
    auto& e = entries_[id - 1];
    ++e.mentions;
    if (e.acronym.empty() && !k.display_acronym.empty()) e.acronym = k.display_acronym;
    if (e.expansion.empty() && !k.display_expansion.empty()) e.expansion = k.display_expansion;
    if (e.subtype == source_subtype::none && subtype != source_subtype::none && e.type == type) e.subtype = subtype;
    if (e.g == gender::unknown) e.g = g;
    auto put = [&](char tag, std::string const& key) {
      if (!key.empty()) keys_.emplace(make(tag, key), id);
    };
    put('a', k.acronym);
    put('n', k.name);
    put('t', k.text);
    if (type == source_type::person && !k.last_name.empty()) put('l', k.last_name);
    return id;
  }

  /// Whether a person with this (folded) name or last name is known.
  [[nodiscard]] bool knows_person(std::string const& name) const {
    for (char tag : {'n', 'l'}) {
      auto const it = keys_.find(make(tag, name));
      if (it != keys_.end() && entries_[it->second - 1].type == source_type::person) return true;
    }
    return false;
  }

  /// The entry of an id (1-based), or nullptr.
  [[nodiscard]] source_entry const* find(std::uint32_t id) const noexcept {
    return id >= 1 && id <= entries_.size() ? &entries_[id - 1] : nullptr;
  }
  /// A new id for a source that matches nothing (an unresolved pronoun).
  std::uint32_t fresh(source_type type, std::string_view text) {
    entries_.push_back({});
    auto& e = entries_.back();
    e.id = static_cast<std::uint32_t>(entries_.size());
    e.type = type;
    e.first_text = std::string(text);
    e.mentions = 1;
    return e.id;
  }
  [[nodiscard]] std::vector<source_entry> const& entries() const noexcept { return entries_; }
  void clear() {
    entries_.clear();
    keys_.clear();
  }

private:
  static std::string make(char tag, std::string const& key) {
    std::string s;
    s.reserve(key.size() + 2);
    s.push_back(tag);
    s.push_back(':');
    s.append(key);
    return s;
  }
  std::vector<source_entry> entries_;
  std::unordered_map<std::string, std::uint32_t> keys_;
};

} // namespace depeche::recognize

#endif
