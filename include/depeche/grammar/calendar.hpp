// SPDX-License-Identifier: MIT
// Calendar words as data: months, weekdays, seasons, holidays, units, day parts, time zones.
//
// The date grammar reads every word list from a `calendar` carried in its parse context, so that
// users add spellings, holidays or a language without editing the library:
//
//   constexpr depeche::grammar::month_spelling spanish[] = {{"enero", 1}, {"febrero", 2}};
//   constexpr depeche::grammar::holiday fete_locale[] = {{"fête de la bière", depeche::grammar::holiday_rule::fixed(10, 1)}};
//   auto cal = depeche::grammar::calendar::french().with(spanish).with(fete_locale);
//   depeche::recognize::dates dates{cal};
//
// All spellings are FOLDED (lower case, apostrophes as '). Adding a word costs no build time:
// each list feeds one runtime x3::symbols table.
#ifndef DEPECHE_GRAMMAR_CALENDAR_HPP_INCLUDED
#define DEPECHE_GRAMMAR_CALENDAR_HPP_INCLUDED

#include <depeche/grammar/config.hpp>
#include <depeche/grammar/date_ast.hpp>

#include <boost/spirit/home/x3/string/symbols.hpp>

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace depeche::grammar {

//=== spellings ===//

/// A month name or abbreviation: « février », « févr. », « feb ».
struct month_spelling {
  std::string_view text;
  int month = 0;              ///< 1..12
  bool abbreviation = false;  ///< alone, it needs a cue (« en févr. ») or a day or year next to it
  bool english = false;       ///< allows « January 11, 2025 » (month before day)
  bool ambiguous = false;     ///< also a common word (« sept », « mar »): never alone
};

/// A weekday: « jeudi », « jeudis », « jeu. », « thursday ».
struct weekday_spelling {
  std::string_view text;
  int weekday = 0;  ///< ISO 1 = Monday .. 7 = Sunday
  bool plural = false;
  bool abbreviation = false;  ///< only before a day number (« mer. 10 juin »)
  bool english = false;
};

struct season_spelling {
  std::string_view text;
  ast::season value = ast::season::none;
};

/// A unit of time: « semaines », « an », « trimestre ».
struct unit_spelling {
  std::string_view text;
  ast::unit value = ast::unit::none;
  bool plural = false;
  bool invariable = false;  ///< singular and plural (« mois »)
};

/// « hier » (-1), « avant-hier » (-2); anaphoric words (« le lendemain ») count from the narrative anchor.
struct relative_day_spelling {
  std::string_view text;
  int offset = 0;
  bool anaphoric = false;
};

struct day_part_spelling {
  std::string_view text;
  ast::day_part value = ast::day_part::none;
};

/// A time zone name and its offset from UTC in minutes (« cet » → 60).
struct time_zone_spelling {
  std::string_view text;
  int utc_offset_minutes = 0;
};

/// A frequency adjective or adverb: « hebdomadaire » → every 1 week.
struct frequency_spelling {
  std::string_view text;
  ast::unit value = ast::unit::none;
  int every = 1;
};

/// How a holiday falls in a given year.
struct holiday_rule {
  enum class kind : std::uint8_t { fixed, nth_weekday, easter, french_mothers_day } what = kind::fixed;
  int month = 0, day = 0;        ///< fixed
  int weekday = 0, nth = 0;      ///< nth_weekday: n-th (1..5, -1 last) weekday of month
  int easter_offset = 0;         ///< easter: days after Easter Sunday

  static constexpr holiday_rule fixed(int m, int d) noexcept { return {kind::fixed, m, d, 0, 0, 0}; }
  static constexpr holiday_rule nth_weekday(int m, int wd, int n) noexcept { return {kind::nth_weekday, m, 0, wd, n, 0}; }
  static constexpr holiday_rule easter(int offset) noexcept { return {kind::easter, 0, 0, 0, 0, offset}; }
  static constexpr holiday_rule mothers_day_fr() noexcept { return {kind::french_mothers_day, 5, 0, 7, -1, 0}; }
};

/// A named day: « noël », « toussaint », « lundi de pâques », « 14 juillet » is just a date.
struct holiday {
  std::string_view text;
  holiday_rule rule;
};

//=== default French tables ===//

inline constexpr month_spelling french_months[] = {
    {"janvier", 1},   {"février", 2},   {"fevrier", 2},  {"févier", 2},   {"mars", 3},      {"avril", 4},
    {"mai", 5},       {"juin", 6},      {"juillet", 7},  {"août", 8},     {"aout", 8},      {"septembre", 9},
    {"octobre", 10},  {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    {"janv.", 1, true}, {"janv", 1, true}, {"jan.", 1, true}, {"jan", 1, true},
    {"févr.", 2, true}, {"févr", 2, true}, {"fevr.", 2, true}, {"fevr", 2, true}, {"fév.", 2, true},
    {"fév", 2, true}, {"fev.", 2, true}, {"fev", 2, true},
    {"mar.", 3, true, false, true}, {"mar", 3, true, false, true},
    {"avr.", 4, true}, {"avr", 4, true},
    {"juil.", 7, true}, {"juil", 7, true}, {"jul", 7, true}, {"jun", 6, true},
    {"aoû.", 8, true}, {"aou", 8, true},
    {"sept.", 9, true, false, true}, {"sept", 9, true, false, true}, {"sep.", 9, true}, {"sep", 9, true},
    {"oct.", 10, true}, {"oct", 10, true}, {"nov.", 11, true}, {"nov", 11, true},
    {"déc.", 12, true}, {"déc", 12, true}, {"dec.", 12, true}, {"dec", 12, true},
};

/// English months, for tweets and quotes embedded in French articles (« January 11, 2025 »).
inline constexpr month_spelling english_months[] = {
    {"january", 1, false, true},   {"february", 2, false, true}, {"march", 3, false, true},
    {"april", 4, false, true},     {"may", 5, false, true},      {"june", 6, false, true},
    {"july", 7, false, true},      {"august", 8, false, true},   {"september", 9, false, true},
    {"october", 10, false, true},  {"november", 11, false, true}, {"december", 12, false, true},
    {"feb.", 2, true, true},       {"feb", 2, true, true},       {"apr.", 4, true, true},
    {"aug.", 8, true, true},       {"aug", 8, true, true},
};

inline constexpr weekday_spelling french_weekdays[] = {
    {"lundi", 1},  {"mardi", 2},  {"mercredi", 3},  {"jeudi", 4},  {"vendredi", 5},  {"samedi", 6},  {"dimanche", 7},
    {"lundis", 1, true}, {"mardis", 2, true}, {"mercredis", 3, true}, {"jeudis", 4, true},
    {"vendredis", 5, true}, {"samedis", 6, true}, {"dimanches", 7, true},
    {"lun.", 1, false, true}, {"mar.", 2, false, true}, {"mer.", 3, false, true}, {"jeu.", 4, false, true},
    {"ven.", 5, false, true}, {"sam.", 6, false, true}, {"dim.", 7, false, true},
    {"lun", 1, false, true}, {"mar", 2, false, true}, {"mer", 3, false, true}, {"jeu", 4, false, true},
    {"ven", 5, false, true}, {"sam", 6, false, true}, {"dim", 7, false, true},
};

inline constexpr weekday_spelling english_weekdays[] = {
    {"monday", 1, false, false, true},   {"tuesday", 2, false, false, true}, {"wednesday", 3, false, false, true},
    {"thursday", 4, false, false, true}, {"friday", 5, false, false, true},  {"saturday", 6, false, false, true},
    {"sunday", 7, false, false, true},
};

inline constexpr season_spelling french_seasons[] = {
    {"printemps", ast::season::spring}, {"été", ast::season::summer},  {"ete", ast::season::summer},
    {"automne", ast::season::fall},     {"hiver", ast::season::winter},
};

inline constexpr unit_spelling french_units[] = {
    {"seconde", ast::unit::second},        {"secondes", ast::unit::second, true},
    {"sec", ast::unit::second, true},      {"minute", ast::unit::minute},
    {"minutes", ast::unit::minute, true},  {"min", ast::unit::minute, true},
    {"heure", ast::unit::hour},            {"heures", ast::unit::hour, true},
    {"hrs", ast::unit::hour, true},        {"hr", ast::unit::hour},
    {"jour", ast::unit::day},              {"jours", ast::unit::day, true},
    {"journée", ast::unit::day},           {"journées", ast::unit::day, true},
    {"journee", ast::unit::day},           {"journees", ast::unit::day, true},
    {"jour ouvré", ast::unit::business_day}, {"jours ouvrés", ast::unit::business_day, true},
    {"jour ouvrable", ast::unit::business_day}, {"jours ouvrables", ast::unit::business_day, true},
    {"semaine", ast::unit::week},          {"semaines", ast::unit::week, true},
    {"week-end", ast::unit::weekend},      {"week-ends", ast::unit::weekend, true},
    {"weekend", ast::unit::weekend},       {"weekends", ast::unit::weekend, true},
    {"quinzaine", ast::unit::fortnight},   {"quinzaines", ast::unit::fortnight, true},
    {"mois", ast::unit::month, false, true},      {"trimestre", ast::unit::quarter},
    {"trimestres", ast::unit::quarter, true}, {"semestre", ast::unit::half},
    {"semestres", ast::unit::half, true},  {"an", ast::unit::year},
    {"ans", ast::unit::year, true},        {"année", ast::unit::year},
    {"années", ast::unit::year, true},     {"annee", ast::unit::year},
    {"annees", ast::unit::year, true},     {"décennie", ast::unit::decade},
    {"décennies", ast::unit::decade, true}, {"decennie", ast::unit::decade},
    {"decennies", ast::unit::decade, true}, {"siècle", ast::unit::century},
    {"siècles", ast::unit::century, true}, {"siecle", ast::unit::century},
    {"siecles", ast::unit::century, true}, {"millénaire", ast::unit::millennium},
    {"millénaires", ast::unit::millennium, true},
};

inline constexpr relative_day_spelling french_relative_days[] = {
    {"aujourd'hui", 0},   {"hier", -1},          {"demain", 1},          {"avant-hier", -2},
    {"avant hier", -2},   {"après-demain", 2},   {"apres-demain", 2},    {"après demain", 2},
    {"apres demain", 2},  {"lendemain", 1, true}, {"surlendemain", 2, true}, {"veille", -1, true},
    {"avant-veille", -2, true},
};

inline constexpr day_part_spelling french_day_parts[] = {
    {"matin", ast::day_part::morning},        {"matinée", ast::day_part::morning},
    {"matinee", ast::day_part::morning},      {"après-midi", ast::day_part::afternoon},
    {"apres-midi", ast::day_part::afternoon}, {"après midi", ast::day_part::afternoon},
    {"apres midi", ast::day_part::afternoon}, {"soir", ast::day_part::evening},
    {"soirée", ast::day_part::evening},       {"soiree", ast::day_part::evening},
    {"nuit", ast::day_part::night},           {"journée", ast::day_part::daytime},
    {"journee", ast::day_part::daytime},
};

inline constexpr time_zone_spelling common_time_zones[] = {
    {"cet", 60},  {"cest", 120}, {"gmt", 0},   {"utc", 0},    {"tu", 0},     {"bst", 60},  {"wet", 0},
    {"eet", 120}, {"msk", 180},  {"kst", 540}, {"jst", 540},  {"est", -300}, {"edt", -240}, {"pst", -480},
    {"pdt", -420}, {"heure de paris", 60}, {"heure de moscou", 180}, {"heure de kiev", 120},
    {"heure de séoul", 540}, {"heure de pyongyang", 540}, {"heure de pékin", 480}, {"heure de tokyo", 540},
    {"heure de new york", -300}, {"heure de washington", -300}, {"heure de londres", 0},
};

inline constexpr frequency_spelling french_frequencies[] = {
    {"quotidiennement", ast::unit::day},  {"journellement", ast::unit::day},
    {"hebdomadaire", ast::unit::week},    {"hebdomadaires", ast::unit::week},
    {"bihebdomadaire", ast::unit::week, 2}, {"mensuel", ast::unit::month},
    {"mensuelle", ast::unit::month},      {"mensuels", ast::unit::month},
    {"mensuelles", ast::unit::month},     {"mensuellement", ast::unit::month},
    {"trimestriel", ast::unit::quarter},  {"trimestrielle", ast::unit::quarter},
    {"trimestriels", ast::unit::quarter}, {"trimestrielles", ast::unit::quarter},
    {"semestriel", ast::unit::half},      {"semestrielle", ast::unit::half},
    {"annuel", ast::unit::year},          {"annuelle", ast::unit::year},
    {"annuels", ast::unit::year},         {"annuelles", ast::unit::year},
    {"annuellement", ast::unit::year},    {"quotidien", ast::unit::day},
    {"quotidienne", ast::unit::day},      {"quotidiens", ast::unit::day},
    {"quotidiennes", ast::unit::day},
};

/// French public and widely named days. Easter-based days are computed for each year.
inline constexpr holiday french_holidays[] = {
    {"noël", holiday_rule::fixed(12, 25)},            {"noel", holiday_rule::fixed(12, 25)},
    {"jour de noël", holiday_rule::fixed(12, 25)},    {"jour de noel", holiday_rule::fixed(12, 25)},
    {"veille de noël", holiday_rule::fixed(12, 24)},  {"veille de noel", holiday_rule::fixed(12, 24)},
    {"réveillon de noël", holiday_rule::fixed(12, 24)}, {"reveillon de noel", holiday_rule::fixed(12, 24)},
    {"nouvel an", holiday_rule::fixed(1, 1)},         {"jour de l'an", holiday_rule::fixed(1, 1)},
    {"premier de l'an", holiday_rule::fixed(1, 1)},   {"saint-sylvestre", holiday_rule::fixed(12, 31)},
    {"réveillon du nouvel an", holiday_rule::fixed(12, 31)}, {"réveillon de nouvel an", holiday_rule::fixed(12, 31)},
    {"veille du nouvel an", holiday_rule::fixed(12, 31)}, {"épiphanie", holiday_rule::fixed(1, 6)},
    {"chandeleur", holiday_rule::fixed(2, 2)},        {"saint-valentin", holiday_rule::fixed(2, 14)},
    {"fête du travail", holiday_rule::fixed(5, 1)},   {"fete du travail", holiday_rule::fixed(5, 1)},
    {"fête des travailleurs", holiday_rule::fixed(5, 1)}, {"fête de la musique", holiday_rule::fixed(6, 21)},
    {"fête nationale", holiday_rule::fixed(7, 14)},   {"assomption", holiday_rule::fixed(8, 15)},
    {"toussaint", holiday_rule::fixed(11, 1)},        {"armistice", holiday_rule::fixed(11, 11)},
    {"halloween", holiday_rule::fixed(10, 31)},       {"saint-patrick", holiday_rule::fixed(3, 17)},
    {"pâques", holiday_rule::easter(0)},              {"paques", holiday_rule::easter(0)},
    {"dimanche de pâques", holiday_rule::easter(0)},  {"lundi de pâques", holiday_rule::easter(1)},
    {"lundi de paques", holiday_rule::easter(1)},     {"vendredi saint", holiday_rule::easter(-2)},
    {"jeudi saint", holiday_rule::easter(-3)},        {"rameaux", holiday_rule::easter(-7)},
    {"mardi gras", holiday_rule::easter(-47)},        {"mercredi des cendres", holiday_rule::easter(-46)},
    {"ascension", holiday_rule::easter(39)},          {"jeudi de l'ascension", holiday_rule::easter(39)},
    {"pentecôte", holiday_rule::easter(49)},          {"pentecote", holiday_rule::easter(49)},
    {"lundi de pentecôte", holiday_rule::easter(50)}, {"lundi de pentecote", holiday_rule::easter(50)},
    {"fête des mères", holiday_rule::mothers_day_fr()}, {"fete des meres", holiday_rule::mothers_day_fr()},
    {"fête des pères", holiday_rule::nth_weekday(6, 7, 3)}, {"fete des peres", holiday_rule::nth_weekday(6, 7, 3)},
    {"fete de pere", holiday_rule::nth_weekday(6, 7, 3)},
    {"thanksgiving", holiday_rule::nth_weekday(11, 4, 4)}, {"action de grâce", holiday_rule::nth_weekday(11, 4, 4)},
    {"action de grace", holiday_rule::nth_weekday(11, 4, 4)}, {"yuandan", holiday_rule::fixed(1, 1)},
    {"jour de thanksgiving", holiday_rule::nth_weekday(11, 4, 4)}, {"thanks giving", holiday_rule::nth_weekday(11, 4, 4)},
    {"jour de thanks giving", holiday_rule::nth_weekday(11, 4, 4)},
    {"jour de l'action de grâce", holiday_rule::nth_weekday(11, 4, 4)},
    {"jour de la saint-patrick", holiday_rule::fixed(3, 17)}, {"fête internationale du travail", holiday_rule::fixed(5, 1)},
    {"jour de la terre", holiday_rule::fixed(4, 22)}, {"jour de martin luther king", holiday_rule::nth_weekday(1, 1, 3)},
    {"jour des présidents", holiday_rule::nth_weekday(2, 1, 3)}, {"jour de la victoire", holiday_rule::fixed(5, 8)},
    {"victoire de 1945", holiday_rule::fixed(5, 8)}, {"journée de l'europe", holiday_rule::fixed(5, 9)},
};

//=== the calendar ===//

/// Encodings of the values stored in the symbol tables (one int each).
namespace calendar_code {
inline constexpr int abbreviation = 1 << 8;
inline constexpr int english = 1 << 9;
inline constexpr int ambiguous = 1 << 10;
inline constexpr int plural = 1 << 11;
inline constexpr int anaphoric = 1 << 12;
inline constexpr int invariable = 1 << 13;
[[nodiscard]] constexpr int value(int code) noexcept { return code & 0xFF; }
} // namespace calendar_code

/// The word lists the date grammar reads, as runtime X3 symbol tables.
///
/// A calendar is a value: copying it copies its tables, and `with(...)` returns a new calendar
/// with more spellings. Build it once and share it read-only between threads.
class calendar {
public:
  /// The French tables plus English months and weekdays (embedded tweets).
  calendar() { add_defaults(); rebuild(); }
  calendar(calendar const& o) : m_(o.m_) { rebuild(); }
  calendar& operator=(calendar const& o) {
    if (this != &o) { m_ = o.m_; rebuild(); }
    return *this;
  }
  calendar(calendar&&) = default;
  calendar& operator=(calendar&&) = default;
  ~calendar() = default;

  /// A shared instance of the default calendar.
  [[nodiscard]] static calendar const& french() {
    static calendar const c;
    return c;
  }

  /// A copy of this calendar with more spellings (months, weekdays, holidays, ...).
  template <class Entry>
  [[nodiscard]] calendar with(std::span<Entry const> entries) const {
    calendar c = *this;
    c.add(entries);
    return c;
  }
  template <class Entry, std::size_t N>
  [[nodiscard]] calendar with(Entry const (&entries)[N]) const { return with(std::span<Entry const>(entries, N)); }

  /// Adds spellings in place.
  template <class Entry>
  calendar& add(std::span<Entry const> entries) {
    for (auto const& e : entries) store(e);
    rebuild();
    return *this;
  }
  template <class Entry, std::size_t N>
  calendar& add(Entry const (&entries)[N]) { return add(std::span<Entry const>(entries, N)); }

  /// The rule of holiday `i` (the value the `holidays` table returns).
  [[nodiscard]] holiday_rule const& holiday_at(int i) const noexcept { return m_.holiday_rules[static_cast<std::size_t>(i)]; }
  [[nodiscard]] std::size_t holiday_count() const noexcept { return m_.holiday_rules.size(); }

  x3::symbols<int> months, weekdays, seasons, units, relative_days, day_parts, time_zones, frequencies, holidays;

private:
  struct entry {
    std::string text;
    int code;
  };
  struct lists {
    std::vector<entry> months, weekdays, seasons, units, relative_days, day_parts, time_zones, frequencies, holidays;
    std::vector<holiday_rule> holiday_rules;
  } m_;

  void store(month_spelling const& e) {
    m_.months.push_back({std::string(e.text), e.month | (e.abbreviation ? calendar_code::abbreviation : 0) |
                                                  (e.english ? calendar_code::english : 0) |
                                                  (e.ambiguous ? calendar_code::ambiguous : 0)});
  }
  void store(weekday_spelling const& e) {
    m_.weekdays.push_back({std::string(e.text), e.weekday | (e.plural ? calendar_code::plural : 0) |
                                                    (e.abbreviation ? calendar_code::abbreviation : 0) |
                                                    (e.english ? calendar_code::english : 0)});
  }
  void store(season_spelling const& e) { m_.seasons.push_back({std::string(e.text), static_cast<int>(e.value)}); }
  void store(unit_spelling const& e) {
    m_.units.push_back({std::string(e.text), static_cast<int>(e.value) | (e.plural ? calendar_code::plural : 0) |
                                                 (e.invariable ? calendar_code::invariable : 0)});
  }
  void store(relative_day_spelling const& e) {
    m_.relative_days.push_back({std::string(e.text), (e.offset + 64) | (e.anaphoric ? calendar_code::anaphoric : 0)});
  }
  void store(day_part_spelling const& e) { m_.day_parts.push_back({std::string(e.text), static_cast<int>(e.value)}); }
  void store(time_zone_spelling const& e) { m_.time_zones.push_back({std::string(e.text), e.utc_offset_minutes}); }
  void store(frequency_spelling const& e) {
    m_.frequencies.push_back({std::string(e.text), static_cast<int>(e.value) | (e.every << 8)});
  }
  void store(holiday const& e) {
    m_.holidays.push_back({std::string(e.text), static_cast<int>(m_.holiday_rules.size())});
    m_.holiday_rules.push_back(e.rule);
  }

  void add_defaults() {
    for (auto const& e : french_months) store(e);
    for (auto const& e : english_months) store(e);
    for (auto const& e : french_weekdays) store(e);
    for (auto const& e : english_weekdays) store(e);
    for (auto const& e : french_seasons) store(e);
    for (auto const& e : french_units) store(e);
    for (auto const& e : french_relative_days) store(e);
    for (auto const& e : french_day_parts) store(e);
    for (auto const& e : common_time_zones) store(e);
    for (auto const& e : french_frequencies) store(e);
    for (auto const& e : french_holidays) store(e);
  }

  static void fill(x3::symbols<int>& table, std::vector<entry> const& entries) {
    table = x3::symbols<int>{};  // fresh lookup: copies of x3::symbols share theirs
    for (auto const& e : entries) table.add(e.text, e.code);
  }
  void rebuild() {
    fill(months, m_.months);
    fill(weekdays, m_.weekdays);
    fill(seasons, m_.seasons);
    fill(units, m_.units);
    fill(relative_days, m_.relative_days);
    fill(day_parts, m_.day_parts);
    fill(time_zones, m_.time_zones);
    fill(frequencies, m_.frequencies);
    fill(holidays, m_.holidays);
  }
};

} // namespace depeche::grammar

#endif
