// SPDX-License-Identifier: MIT
// Units as data: canonical codes (UCUM, ISO 4217), French spellings, a table users extend at run time.
//
//   inline constexpr depeche::unit knot{.code = "[kn_i]", .dim = depeche::dimension::speed, .to_si = 0.514444};
//   inline constexpr depeche::unit_spelling marine[] = {{"nœud", &knot}, {"nœuds", &knot}};
//   auto const units = depeche::units::french_default().with(marine);   // no grammar is recompiled
//   depeche::recognize::quantities q{units};
//
// A spelling is matched on the folded (lower-case) text unless it is `case_sensitive` (« MW » is not
// « mW », « M » is a scale word but « m » a metre). Multi-word spellings (« dollars américains »,
// « points de pourcentage ») are whole phrases; the longest spelling that ends on a word boundary wins.
#ifndef DEPECHE_GRAMMAR_UNIT_HPP_INCLUDED
#define DEPECHE_GRAMMAR_UNIT_HPP_INCLUDED

#include <depeche/grammar/config.hpp>
#include <depeche/grammar/detail/chars.hpp>

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace depeche {

/// What a quantity measures.
enum class dimension : std::uint8_t {
  number,      ///< a bare number: « plus de 5 000 »
  count,       ///< a number of things: « 12 000 soldats »
  length,
  area,
  volume,
  mass,
  temperature,
  speed,
  power,
  energy,
  data,
  frequency,
  pressure,
  angle,
  duration,    ///< « trois ans », « 48 heures »
  currency,    ///< ISO 4217 codes
  percentage,  ///< « % », « pour cent », « points de pourcentage »
};

/// The JSON name of a dimension.
[[nodiscard]] constexpr std::string_view name(dimension d) noexcept {
  switch (d) {
  case dimension::number: return "number";
  case dimension::count: return "count";
  case dimension::length: return "length";
  case dimension::area: return "area";
  case dimension::volume: return "volume";
  case dimension::mass: return "mass";
  case dimension::temperature: return "temperature";
  case dimension::speed: return "speed";
  case dimension::power: return "power";
  case dimension::energy: return "energy";
  case dimension::data: return "data";
  case dimension::frequency: return "frequency";
  case dimension::pressure: return "pressure";
  case dimension::angle: return "angle";
  case dimension::duration: return "duration";
  case dimension::currency: return "currency";
  case dimension::percentage: return "percentage";
  }
  return "number";
}

/// A unit: its canonical code (UCUM for physical units, ISO 4217 for money, `%`, `%pt`), what it
/// measures and its factor to the SI (or reference) unit of its dimension (informative).
struct unit {
  std::string_view code;
  dimension dim = dimension::number;
  double to_si = 1.0;
  /// What one of this unit is worth in `code`: « cents » are 0.01 USD, so « 50 cents » is 0.5 USD.
  double scale = 1.0;
};

/// One way French text writes a unit. `text` is lower case unless `case_sensitive`; `before` marks
/// spellings written before the number (« $ 75 », « € 20 », « USD 15 »); `after` false forbids the
/// usual place after the number.
struct unit_spelling {
  std::string_view text;
  unit const* u = nullptr;
  bool case_sensitive = false;
  bool before = false;
  bool after = true;
  /// Also an ordinary noun (« livres »: pounds or books): not read as a unit after vague amounts.
  bool ambiguous = false;
  /// The unit after a scale word (« 361 millions de livres » are pounds sterling), if different.
  unit const* after_scale = nullptr;
};

namespace units_data {

using d = dimension;
// length
inline constexpr unit km{"km", d::length, 1e3}, m{"m", d::length, 1}, dm{"dm", d::length, 0.1},
    cm{"cm", d::length, 1e-2}, mm{"mm", d::length, 1e-3}, um{"um", d::length, 1e-6}, nm{"nm", d::length, 1e-9},
    hm{"hm", d::length, 100}, mile{"[mi_i]", d::length, 1609.344}, foot{"[ft_i]", d::length, 0.3048},
    inch{"[in_i]", d::length, 0.0254}, yard{"[yd_i]", d::length, 0.9144}, nmile{"[nmi_i]", d::length, 1852};
// area
inline constexpr unit km2{"km2", d::area, 1e6}, m2{"m2", d::area, 1}, cm2{"cm2", d::area, 1e-4},
    ha{"ha", d::area, 1e4}, acre{"[acr_us]", d::area, 4046.87};
// volume
inline constexpr unit L{"L", d::volume, 1e-3}, mL{"mL", d::volume, 1e-6}, cL{"cL", d::volume, 1e-5},
    dL{"dL", d::volume, 1e-4}, hL{"hL", d::volume, 0.1}, m3{"m3", d::volume, 1}, km3{"km3", d::volume, 1e9},
    gal{"[gal_us]", d::volume, 3.78541e-3}, bbl{"[bbl_us]", d::volume, 0.158987}, ft3{"[cft_i]", d::volume, 0.0283168};
// mass
inline constexpr unit kg{"kg", d::mass, 1}, g{"g", d::mass, 1e-3}, mg{"mg", d::mass, 1e-6}, ug{"ug", d::mass, 1e-9},
    t{"t", d::mass, 1e3}, kt{"kt", d::mass, 1e6}, Mt{"Mt", d::mass, 1e9}, q{"q", d::mass, 100},
    lb{"[lb_av]", d::mass, 0.453592}, oz{"[oz_av]", d::mass, 0.0283495};
// temperature (offsets are not factors: to_si is informative only)
inline constexpr unit cel{"Cel", d::temperature, 1}, degf{"[degF]", d::temperature, 1}, kelvin{"K", d::temperature, 1};
// speed
inline constexpr unit kmh{"km/h", d::speed, 1 / 3.6}, ms{"m/s", d::speed, 1}, mph{"[mi_i]/h", d::speed, 0.44704};
// power, energy
inline constexpr unit W{"W", d::power, 1}, kW{"kW", d::power, 1e3}, MW{"MW", d::power, 1e6}, GW{"GW", d::power, 1e9},
    TW{"TW", d::power, 1e12}, ch{"[HP]", d::power, 735.5};
inline constexpr unit Wh{"W.h", d::energy, 3600}, kWh{"kW.h", d::energy, 3.6e6}, MWh{"MW.h", d::energy, 3.6e9},
    GWh{"GW.h", d::energy, 3.6e12}, TWh{"TW.h", d::energy, 3.6e15}, J{"J", d::energy, 1}, kJ{"kJ", d::energy, 1e3},
    MJ{"MJ", d::energy, 1e6}, kcal{"kcal", d::energy, 4184};
// data, frequency, pressure, angle
inline constexpr unit bit{"bit", d::data, 1}, By{"By", d::data, 8}, kBy{"kBy", d::data, 8e3}, MBy{"MBy", d::data, 8e6},
    GBy{"GBy", d::data, 8e9}, TBy{"TBy", d::data, 8e12};
inline constexpr unit Hz{"Hz", d::frequency, 1}, kHz{"kHz", d::frequency, 1e3}, MHz{"MHz", d::frequency, 1e6},
    GHz{"GHz", d::frequency, 1e9};
inline constexpr unit Pa{"Pa", d::pressure, 1}, hPa{"hPa", d::pressure, 100}, bar{"bar", d::pressure, 1e5},
    mbar{"mbar", d::pressure, 100};
inline constexpr unit deg{"deg", d::angle, 0.0174533}, rad{"rad", d::angle, 1};
// duration (UCUM: a year, mo month, wk week, d day, h hour, min minute, s second)
inline constexpr unit year{"a", d::duration, 31557600}, month{"mo", d::duration, 2629800},
    week{"wk", d::duration, 604800}, day{"d", d::duration, 86400}, hour{"h", d::duration, 3600},
    minute{"min", d::duration, 60}, second{"s", d::duration, 1}, msec{"ms", d::duration, 1e-3};
// percentages
inline constexpr unit pct{"%", d::percentage, 0.01}, pct_pt{"%pt", d::percentage, 0.01},
    permille{"[ppth]", d::percentage, 0.001};
// money (ISO 4217; FRF, DEM, NLG, FIM, ITL, ESP are historical codes)
inline constexpr unit EUR{"EUR", d::currency}, USD{"USD", d::currency}, JPY{"JPY", d::currency},
    GBP{"GBP", d::currency}, RUB{"RUB", d::currency}, KRW{"KRW", d::currency}, KPW{"KPW", d::currency},
    UAH{"UAH", d::currency}, CNY{"CNY", d::currency}, CHF{"CHF", d::currency}, CAD{"CAD", d::currency},
    AUD{"AUD", d::currency}, NZD{"NZD", d::currency}, HKD{"HKD", d::currency}, MXN{"MXN", d::currency},
    INR{"INR", d::currency}, BRL{"BRL", d::currency}, TRY{"TRY", d::currency}, ILS{"ILS", d::currency},
    SEK{"SEK", d::currency}, NOK{"NOK", d::currency}, DKK{"DKK", d::currency}, CZK{"CZK", d::currency},
    PLN{"PLN", d::currency}, HUF{"HUF", d::currency}, ZAR{"ZAR", d::currency}, XOF{"XOF", d::currency},
    MAD{"MAD", d::currency}, DZD{"DZD", d::currency}, TND{"TND", d::currency}, SAR{"SAR", d::currency},
    AED{"AED", d::currency}, IRR{"IRR", d::currency}, EGP{"EGP", d::currency}, NGN{"NGN", d::currency},
    FRF{"FRF", d::currency}, DEM{"DEM", d::currency}, NLG{"NLG", d::currency}, FIM{"FIM", d::currency},
    ITL{"ITL", d::currency}, ESP{"ESP", d::currency}, BTC{"XBT", d::currency}, GBX{"GBX", d::currency},
    SGD{"SGD", d::currency}, ARS{"ARS", d::currency}, VND{"VND", d::currency}, KZT{"KZT", d::currency},
    BYN{"BYN", d::currency}, GEL{"GEL", d::currency}, RSD{"RSD", d::currency}, GHS{"GHS", d::currency};
// hundredths of a currency: the quantity is given in the main unit (« 50 cents » → 0.5 USD)
inline constexpr unit USD_cent{"USD", d::currency, 1, 0.01}, EUR_cent{"EUR", d::currency, 1, 0.01},
    GBP_penny{"GBP", d::currency, 1, 0.01}, GHS_pesewa{"GHS", d::currency, 1, 0.01};
// angle turns (UCUM « circ »)
inline constexpr unit circ{"circ", d::angle, 6.28319};

} // namespace units_data

/// The built-in French spellings. Plural forms are listed: lookups are exact.
inline constexpr unit_spelling french_unit_spellings[] = {
#define DEPECHE_U(text, u) {text, &units_data::u}
#define DEPECHE_UC(text, u) {text, &units_data::u, true}
#define DEPECHE_UB(text, u) {text, &units_data::u, false, true}
#define DEPECHE_UCB(text, u) {text, &units_data::u, true, true}
    // length
    DEPECHE_U("km", km), DEPECHE_U("kilomètre", km), DEPECHE_U("kilomètres", km), DEPECHE_U("kilometre", km),
    DEPECHE_U("kilometres", km), DEPECHE_UC("m", m), DEPECHE_U("mètre", m), DEPECHE_U("mètres", m),
    DEPECHE_U("metre", m), DEPECHE_U("metres", m), DEPECHE_U("dm", dm), DEPECHE_U("décimètre", dm),
    DEPECHE_U("décimètres", dm), DEPECHE_U("cm", cm), DEPECHE_U("centimètre", cm), DEPECHE_U("centimètres", cm),
    DEPECHE_U("mm", mm), DEPECHE_U("millimètre", mm), DEPECHE_U("millimètres", mm), DEPECHE_U("µm", um),
    DEPECHE_U("μm", um), DEPECHE_U("micromètre", um), DEPECHE_U("micromètres", um), DEPECHE_U("microns", um),
    DEPECHE_U("nanomètre", nm), DEPECHE_U("nanomètres", nm), DEPECHE_U("hectomètre", hm),
    DEPECHE_U("hectomètres", hm), DEPECHE_U("hectometre", hm), DEPECHE_U("mile", mile), DEPECHE_U("miles", mile),
    DEPECHE_U("mi", mile), DEPECHE_U("pied", foot), DEPECHE_U("pieds", foot), DEPECHE_U("ft", foot),
    DEPECHE_U("pouce", inch), DEPECHE_U("pouces", inch), DEPECHE_U("yard", yard), DEPECHE_U("yards", yard),
    DEPECHE_U("mille marin", nmile), DEPECHE_U("milles marins", nmile), DEPECHE_U("mille nautique", nmile),
    DEPECHE_U("milles nautiques", nmile),
    // area
    DEPECHE_U("km2", km2), DEPECHE_U("km²", km2), DEPECHE_U("kilomètre carré", km2),
    DEPECHE_U("kilomètres carrés", km2), DEPECHE_U("m2", m2), DEPECHE_U("m²", m2), DEPECHE_U("mètre carré", m2),
    DEPECHE_U("mètres carrés", m2), DEPECHE_U("cm2", cm2), DEPECHE_U("cm²", cm2), DEPECHE_U("ha", ha),
    DEPECHE_U("hectare", ha), DEPECHE_U("hectares", ha), DEPECHE_U("acre", acre), DEPECHE_U("acres", acre),
    // volume
    DEPECHE_UC("L", L), DEPECHE_UC("l", L), DEPECHE_U("litre", L), DEPECHE_U("litres", L), DEPECHE_U("ml", mL),
    DEPECHE_U("millilitre", mL), DEPECHE_U("millilitres", mL), DEPECHE_U("cl", cL), DEPECHE_U("centilitre", cL),
    DEPECHE_U("centilitres", cL), DEPECHE_U("dl", dL), DEPECHE_U("hl", hL), DEPECHE_U("hectolitre", hL),
    DEPECHE_U("hectolitres", hL), DEPECHE_U("m3", m3), DEPECHE_U("m³", m3), DEPECHE_U("mètre cube", m3),
    DEPECHE_U("mètres cubes", m3), DEPECHE_U("km3", km3), DEPECHE_U("km³", km3), DEPECHE_U("gallon", gal),
    DEPECHE_U("gallons", gal), DEPECHE_U("baril", bbl), DEPECHE_U("barils", bbl), DEPECHE_U("pieds cubes", ft3),
    DEPECHE_U("pied cube", ft3),
    // mass
    DEPECHE_U("kg", kg), DEPECHE_U("kilo", kg), DEPECHE_U("kilos", kg), DEPECHE_U("kilogramme", kg),
    DEPECHE_U("kilogrammes", kg), DEPECHE_UC("g", g), DEPECHE_U("gramme", g), DEPECHE_U("grammes", g),
    DEPECHE_U("mg", mg), DEPECHE_U("milligramme", mg), DEPECHE_U("milligrammes", mg), DEPECHE_U("µg", ug),
    DEPECHE_U("μg", ug), DEPECHE_U("ug", ug), DEPECHE_U("microgramme", ug), DEPECHE_U("microgrammes", ug),
    DEPECHE_U("t", t), DEPECHE_U("tonne", t), DEPECHE_U("tonnes", t), DEPECHE_U("tonne métrique", t),
    DEPECHE_U("tonnes métriques", t), DEPECHE_U("kilotonne", kt), DEPECHE_U("kilotonnes", kt),
    DEPECHE_UC("kt", kt), DEPECHE_U("mégatonne", Mt), DEPECHE_U("mégatonnes", Mt), DEPECHE_UC("Mt", Mt),
    DEPECHE_U("quintal", q), DEPECHE_U("quintaux", q), DEPECHE_U("livre avoirdupois", lb), DEPECHE_U("lb", lb),
    DEPECHE_U("lbs", lb), DEPECHE_U("once", oz), DEPECHE_U("onces", oz), DEPECHE_U("oz", oz),
    // temperature
    DEPECHE_U("°c", cel), DEPECHE_U("° c", cel), DEPECHE_U("degré celsius", cel), DEPECHE_U("degrés celsius", cel),
    DEPECHE_U("degres celsius", cel), DEPECHE_U("celsius", cel), DEPECHE_U("degré c", cel),
    DEPECHE_U("degrés c", cel), DEPECHE_U("deg c", cel), DEPECHE_U("deg celsius", cel), DEPECHE_U("centigrade", cel),
    DEPECHE_U("centigrades", cel), DEPECHE_U("deg centigrade", cel), DEPECHE_U("degrés centigrades", cel),
    DEPECHE_U("degrés", cel), DEPECHE_U("degré", cel), DEPECHE_U("degres", cel), DEPECHE_U("°", cel),
    DEPECHE_U("deg", cel), DEPECHE_U("deg.", cel), DEPECHE_U("°f", degf), DEPECHE_U("° f", degf),
    DEPECHE_U("fahrenheit", degf), DEPECHE_U("degrés fahrenheit", degf), DEPECHE_U("degré fahrenheit", degf),
    DEPECHE_U("degrés f", degf), DEPECHE_U("degré f", degf), DEPECHE_U("deg f", degf), DEPECHE_U("kelvin", kelvin),
    DEPECHE_U("kelvins", kelvin), DEPECHE_UC("K", kelvin),
    // speed
    DEPECHE_U("km/h", kmh), DEPECHE_U("km/heure", kmh), DEPECHE_U("kilomètre par heure", kmh),
    DEPECHE_U("kilomètres par heure", kmh), DEPECHE_U("kilomètres-heure", kmh), DEPECHE_U("kilomètres/heure", kmh),
    DEPECHE_U("kmh", kmh), DEPECHE_U("m/s", ms), DEPECHE_U("mètres par seconde", ms), DEPECHE_U("mph", mph),
    DEPECHE_U("miles par heure", mph), DEPECHE_U("miles à l'heure", mph), DEPECHE_U("miles a l'heure", mph),
    // power, energy
    DEPECHE_UC("W", W), DEPECHE_U("watt", W), DEPECHE_U("watts", W), DEPECHE_UC("kW", kW), DEPECHE_UC("KW", kW),
    DEPECHE_U("kilowatt", kW), DEPECHE_U("kilowatts", kW), DEPECHE_UC("MW", MW), DEPECHE_UC("Mw", MW),
    DEPECHE_U("mégawatt", MW), DEPECHE_U("mégawatts", MW), DEPECHE_U("megawatts", MW), DEPECHE_UC("GW", GW),
    DEPECHE_U("gigawatt", GW), DEPECHE_U("gigawatts", GW), DEPECHE_UC("TW", TW), DEPECHE_U("térawatt", TW),
    DEPECHE_U("térawatts", TW), DEPECHE_U("ch", ch), DEPECHE_U("chevaux", ch), DEPECHE_U("chevaux-vapeur", ch),
    DEPECHE_UC("Wh", Wh), DEPECHE_UC("kWh", kWh), DEPECHE_UC("KWh", kWh), DEPECHE_U("kilowattheure", kWh),
    DEPECHE_U("kilowattheures", kWh), DEPECHE_U("kilowatt-heure", kWh), DEPECHE_U("kilowatts-heure", kWh),
    DEPECHE_UC("MWh", MWh), DEPECHE_U("mégawattheure", MWh), DEPECHE_U("mégawattheures", MWh),
    DEPECHE_U("mégawatts-heure", MWh), DEPECHE_UC("GWh", GWh), DEPECHE_U("gigawattheures", GWh),
    DEPECHE_U("gigawatts-heure", GWh), DEPECHE_UC("TWh", TWh), DEPECHE_U("térawattheures", TWh),
    DEPECHE_U("térawatts-heure", TWh), DEPECHE_U("joule", J), DEPECHE_U("joules", J), DEPECHE_UC("kJ", kJ),
    DEPECHE_UC("MJ", MJ), DEPECHE_U("kcal", kcal), DEPECHE_U("kilocalories", kcal),
    // data, frequency, pressure, angle
    DEPECHE_U("bit", bit), DEPECHE_U("bits", bit), DEPECHE_U("octet", By), DEPECHE_U("octets", By),
    DEPECHE_UC("ko", kBy), DEPECHE_UC("Ko", kBy), DEPECHE_U("kilooctets", kBy), DEPECHE_UC("Mo", MBy),
    DEPECHE_U("mégaoctets", MBy), DEPECHE_UC("Go", GBy), DEPECHE_U("gigaoctets", GBy), DEPECHE_UC("To", TBy),
    DEPECHE_U("téraoctets", TBy), DEPECHE_U("hz", Hz), DEPECHE_U("hertz", Hz), DEPECHE_U("khz", kHz),
    DEPECHE_U("mhz", MHz), DEPECHE_U("ghz", GHz), DEPECHE_U("pascal", Pa), DEPECHE_U("pascals", Pa),
    DEPECHE_U("hpa", hPa), DEPECHE_U("hectopascal", hPa), DEPECHE_U("hectopascals", hPa), DEPECHE_U("bar", bar),
    DEPECHE_U("bars", bar), DEPECHE_U("mbar", mbar), DEPECHE_U("millibars", mbar), DEPECHE_U("rad", rad),
    DEPECHE_U("radian", rad), DEPECHE_U("radians", rad), DEPECHE_U("degrés d'angle", deg),
    // duration
    DEPECHE_U("an", year), DEPECHE_U("ans", year), DEPECHE_U("année", year), DEPECHE_U("années", year),
    DEPECHE_U("annee", year), DEPECHE_U("annees", year), DEPECHE_U("mois", month), DEPECHE_U("semaine", week),
    DEPECHE_U("semaines", week), DEPECHE_U("jour", day), DEPECHE_U("jours", day), DEPECHE_U("journée", day),
    DEPECHE_U("journées", day), DEPECHE_U("j", day), DEPECHE_U("heure", hour), DEPECHE_U("heures", hour),
    DEPECHE_U("h", hour), DEPECHE_U("minute", minute), DEPECHE_U("minutes", minute), DEPECHE_U("min", minute),
    DEPECHE_U("mn", minute), DEPECHE_U("seconde", second), DEPECHE_U("secondes", second), DEPECHE_U("s", second),
    DEPECHE_U("sec", second), DEPECHE_U("ms", msec), DEPECHE_U("millisecondes", msec),
    // percentages
    DEPECHE_U("%", pct), DEPECHE_U("pour cent", pct), DEPECHE_U("pour-cent", pct), DEPECHE_U("pourcent", pct),
    DEPECHE_U("pourcents", pct), DEPECHE_U("pour cents", pct), DEPECHE_U("pourcentage", pct),
    DEPECHE_U("pourcentages", pct), DEPECHE_U("points de pourcentage", pct_pt),
    DEPECHE_U("point de pourcentage", pct_pt), DEPECHE_U("points de pour cent", pct_pt),
    DEPECHE_U("pts de pourcentage", pct_pt), DEPECHE_U("pp", pct_pt), DEPECHE_U("‰", permille),
    DEPECHE_U("pour mille", permille),
    // money: euro
    DEPECHE_U("€", EUR), DEPECHE_UB("€", EUR), DEPECHE_U("euro", EUR), DEPECHE_U("euros", EUR),
    DEPECHE_U("eur", EUR), DEPECHE_UB("eur", EUR), DEPECHE_U("md€", EUR), DEPECHE_U("m€", EUR),
    DEPECHE_U("k€", EUR),
    // US dollar and other dollars
    DEPECHE_U("$", USD), DEPECHE_UB("$", USD), DEPECHE_U("dollar", USD), DEPECHE_U("dollars", USD),
    DEPECHE_U("dollars américains", USD), DEPECHE_U("dollar américain", USD), DEPECHE_U("dollars us", USD),
    DEPECHE_U("dollars états-unis", USD), DEPECHE_U("dollars des états-unis", USD), DEPECHE_U("$ us", USD),
    DEPECHE_U("$us", USD), DEPECHE_U("us$", USD), DEPECHE_UB("us$", USD), DEPECHE_U("$ usd", USD),
    DEPECHE_U("usd", USD), DEPECHE_UB("usd", USD), DEPECHE_UB("usd$", USD), DEPECHE_U("dollars canadiens", CAD),
    DEPECHE_U("dollar canadien", CAD), DEPECHE_U("$ c", CAD), DEPECHE_U("$c", CAD), DEPECHE_U("$ ca", CAD),
    DEPECHE_U("$ can", CAD), DEPECHE_U("$cad", CAD), DEPECHE_U("$ cad", CAD), DEPECHE_U("cad", CAD),
    DEPECHE_UB("cad", CAD), DEPECHE_UB("cad$", CAD), DEPECHE_UB("c$", CAD), DEPECHE_U("dollars australiens", AUD),
    DEPECHE_U("dollar australien", AUD), DEPECHE_U("aud", AUD), DEPECHE_UB("aud", AUD), DEPECHE_UB("aud$", AUD),
    DEPECHE_UB("a$", AUD), DEPECHE_U("dollars néo-zélandais", NZD), DEPECHE_U("nzd", NZD), DEPECHE_UB("nzd", NZD),
    DEPECHE_UB("nzd$", NZD), DEPECHE_U("dollars de hong kong", HKD), DEPECHE_U("dollars hongkongais", HKD),
    DEPECHE_U("$ hk", HKD), DEPECHE_U("$hk", HKD), DEPECHE_U("hkd", HKD), DEPECHE_UB("hk$", HKD),
    DEPECHE_U("dollars de singapour", SGD), DEPECHE_U("dollars singapouriens", SGD),
    DEPECHE_U("pesos mexicains", MXN), DEPECHE_U("peso mexicain", MXN), DEPECHE_U("mxn", MXN),
    DEPECHE_UB("mxn$", MXN), DEPECHE_U("pesos argentins", ARS),
    // pound, yen, yuan, rouble, won, hryvnia, franc
    DEPECHE_U("£", GBP), DEPECHE_UB("£", GBP), DEPECHE_U("livre sterling", GBP), DEPECHE_U("livres sterling", GBP),
    DEPECHE_U("livres britanniques", GBP), DEPECHE_U("gbp", GBP), DEPECHE_UB("gbp", GBP),
    DEPECHE_U("pence", GBP_penny), DEPECHE_U("penny", GBP_penny), DEPECHE_U("pennies", GBP_penny),
    DEPECHE_U("cent", USD_cent), DEPECHE_U("cents", USD_cent), DEPECHE_U("centime", EUR_cent),
    DEPECHE_U("centimes", EUR_cent), DEPECHE_U("centimes d'euro", EUR_cent), DEPECHE_U("cents d'euro", EUR_cent),
    DEPECHE_U("pesewa", GHS_pesewa), DEPECHE_U("pesewas", GHS_pesewa), DEPECHE_U("cedis", GHS),
    {"livre", &units_data::lb, false, false, true, true, &units_data::GBP},
    {"livres", &units_data::lb, false, false, true, true, &units_data::GBP},
    DEPECHE_U("¥", JPY), DEPECHE_UB("¥", JPY), DEPECHE_U("yen", JPY), DEPECHE_U("yens", JPY),
    DEPECHE_U("yens japonais", JPY), DEPECHE_U("yen japonais", JPY), DEPECHE_U("jpy", JPY), DEPECHE_UB("jpy", JPY),
    DEPECHE_U("yuan", CNY), DEPECHE_U("yuans", CNY), DEPECHE_U("yuans chinois", CNY), DEPECHE_U("renminbi", CNY),
    DEPECHE_U("renminbis", CNY), DEPECHE_U("cny", CNY), DEPECHE_UB("cny", CNY), DEPECHE_U("rmb", CNY),
    DEPECHE_U("rouble", RUB), DEPECHE_U("roubles", RUB), DEPECHE_U("roubles russes", RUB), DEPECHE_U("rub", RUB),
    DEPECHE_U("₽", RUB), DEPECHE_U("won", KRW), DEPECHE_U("wons", KRW), DEPECHE_U("wons sud-coréens", KRW),
    DEPECHE_U("won sud-coréen", KRW), DEPECHE_U("krw", KRW), DEPECHE_U("₩", KRW), DEPECHE_UB("₩", KRW),
    DEPECHE_U("wons nord-coréens", KPW), DEPECHE_U("won nord-coréen", KPW), DEPECHE_U("kpw", KPW),
    DEPECHE_U("hryvnia", UAH), DEPECHE_U("hryvnias", UAH), DEPECHE_U("hryvnas", UAH), DEPECHE_U("grivnas", UAH),
    DEPECHE_U("uah", UAH), DEPECHE_U("₴", UAH), DEPECHE_U("francs suisses", CHF), DEPECHE_U("franc suisse", CHF),
    DEPECHE_U("chf", CHF), DEPECHE_UB("chf", CHF), DEPECHE_U("francs cfa", XOF), DEPECHE_U("fcfa", XOF),
    DEPECHE_U("franc", FRF), DEPECHE_U("francs", FRF), DEPECHE_U("francs français", FRF),
    // other currencies
    DEPECHE_U("roupie", INR), DEPECHE_U("roupies", INR), DEPECHE_U("roupies indiennes", INR), DEPECHE_U("inr", INR),
    DEPECHE_U("₹", INR), DEPECHE_U("réals", BRL), DEPECHE_U("reais", BRL), DEPECHE_U("réaux", BRL),
    DEPECHE_U("livres turques", TRY), DEPECHE_U("livre turque", TRY), DEPECHE_U("shekels", ILS),
    DEPECHE_U("shekalim", ILS), DEPECHE_U("couronnes suédoises", SEK), DEPECHE_U("sek", SEK),
    DEPECHE_U("couronnes norvégiennes", NOK), DEPECHE_U("couronnes danoises", DKK),
    DEPECHE_U("couronnes tchèques", CZK), DEPECHE_U("zlotys", PLN), DEPECHE_U("zloty", PLN),
    DEPECHE_U("forints", HUF), DEPECHE_U("rands", ZAR), DEPECHE_U("dirhams marocains", MAD),
    DEPECHE_U("dinars algériens", DZD), DEPECHE_U("dinars tunisiens", TND), DEPECHE_U("riyals saoudiens", SAR),
    DEPECHE_U("rials iraniens", IRR), DEPECHE_U("livres égyptiennes", EGP), DEPECHE_U("nairas", NGN),
    DEPECHE_U("dongs", VND), DEPECHE_U("tenges", KZT), DEPECHE_U("laris", GEL), DEPECHE_U("dinars serbes", RSD),
    DEPECHE_U("roubles biélorusses", BYN), DEPECHE_U("florins hollandais", NLG), DEPECHE_U("florins", NLG),
    DEPECHE_U("marks", DEM), DEPECHE_U("deutsche marks", DEM), DEPECHE_U("mark finlandais", FIM),
    DEPECHE_U("marks finlandais", FIM), DEPECHE_U("lires", ITL), DEPECHE_U("pesetas", ESP),
    DEPECHE_U("bitcoin", BTC), DEPECHE_U("bitcoins", BTC), DEPECHE_U("btc", BTC),
#undef DEPECHE_U
#undef DEPECHE_UC
#undef DEPECHE_UB
#undef DEPECHE_UCB
};

/// A unit table: spellings looked up as whole phrases at word boundaries. Build once, share freely
/// (lookups are const and thread-safe). Spellings' texts and units must outlive the table.
///
/// Spellings are bucketed by their first word, so a lookup costs one hash of the word at the
/// position plus a comparison per spelling that starts with it.
class units {
public:
  units() = default;

  /// The built-in French spellings (french_unit_spellings).
  [[nodiscard]] static units french_default() {
    units u;
    u.add(french_unit_spellings);
    return u;
  }

  /// A copy of this table with more spellings; a spelling already present is replaced.
  [[nodiscard]] units with(std::span<unit_spelling const> extra) const {
    units u = *this;
    u.add(extra);
    return u;
  }

  /// Adds spellings in place.
  void add(std::span<unit_spelling const> extra) {
    for (auto const& s : extra) {
      if (s.text.empty() || !s.u) continue;
      std::string low(s.text);
      for (auto& c : low)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      auto const first = first_word(low, 0, s.before);
      longest_first_ = std::max(longest_first_, first);
      auto& bucket = buckets_[std::string(low.substr(0, first))];
      bool replaced = false;
      for (auto& e : bucket)
        if (e.spelling.text == s.text && e.spelling.before == s.before && e.spelling.case_sensitive == s.case_sensitive) {
          e.spelling = s;
          replaced = true;
        }
      if (!replaced) {
        bucket.push_back({s});
        ++size_;
      }
      (s.before ? before_first_ : after_first_)[static_cast<unsigned char>(low[0])] = true;
      // longest first: the longest spelling that fits wins
      std::stable_sort(bucket.begin(), bucket.end(),
                       [](entry const& x, entry const& y) { return x.spelling.text.size() > y.spelling.text.size(); });
    }
  }

  /// A unit written at `pos`: its spelling and where it ends.
  struct match {
    unit_spelling const* spelling = nullptr;
    std::size_t end = 0;
    explicit operator bool() const noexcept { return spelling != nullptr; }
  };

  /// The longest spelling written at byte `pos` of the folded text that ends on a word boundary.
  /// `analysed` is the same text before lower-casing (same offsets), for case-sensitive spellings.
  /// `before` selects spellings written before the number (« $ 75 »).
  [[nodiscard]] match find(std::string_view folded, std::string_view analysed, std::size_t pos,
                           bool before = false) const {
    if (pos >= folded.size() || buckets_.empty()) return {};
    if (!(before ? before_first_ : after_first_)[static_cast<unsigned char>(folded[pos])]) return {};
    // no bucket holds a longer first word: stop there (linear time on « l'l'l'l'… » runs)
    auto const n = first_word(folded, pos, before, longest_first_ + 1);
    if (n == 0 || n > longest_first_ + 1) return {};
    auto w = folded.substr(pos, n);
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (auto const it = buckets_.find(w); it != buckets_.end()) {
        for (auto const& e : it->second) {
          auto const& sp = e.spelling;
          if (sp.before != before || (!before && !sp.after)) continue;
          auto const len = sp.text.size();
          if (len < w.size() || pos + len > folded.size()) continue;
          auto const text = sp.case_sensitive ? analysed.substr(pos, len) : folded.substr(pos, len);
          if (text != sp.text || !end_ok(folded, pos + len)) continue;
          return {&sp, pos + len};
        }
      }
      // « km. » at the end of a sentence: try without the final period
      if (w.size() < 2 || w.back() != '.') break;
      w.remove_suffix(1);
    }
    return {};
  }

  /// Number of spellings.
  [[nodiscard]] std::size_t size() const noexcept { return size_; }

private:
  struct entry {
    unit_spelling spelling;
  };
  struct hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct equal {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
  };

  /// Length of the first word at pos: up to a space or punctuation; after a symbol (« € », « $ »),
  /// a digit also ends it (« €20 »). Inner « / », « ' », « - », « . » stay (« km/h », « l'heure »).
  /// The scan stops after `limit` bytes (the result is then more than `limit`).
  [[nodiscard]] static std::size_t first_word(std::string_view s, std::size_t pos, bool /*before*/,
                                              std::size_t limit = std::string_view::npos) noexcept {
    std::size_t i = pos;
    bool prev_letter = false;
    while (i < s.size() && i - pos <= limit) {
      auto const c = static_cast<unsigned char>(s[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' || c == '!' ||
          c == '?' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"')
        break;
      if (c == 0xC2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0xAB || static_cast<unsigned char>(s[i + 1]) == 0xBB))
        break;  // « »
      if (c >= '0' && c <= '9' && !prev_letter) {
        if (i == pos) return 0;
        break;
      }
      if (c == '.' && (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\n')) {
        ++i;  // a final period is kept; find() retries without it
        break;
      }
      std::size_t const l = grammar::detail::letter_length(s.data() + i, s.data() + s.size());
      prev_letter = l != 0 || (c >= '0' && c <= '9');
      if (l) i += l;
      else if (c >= 0x80) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
      } else
        ++i;
    }
    return i - pos;
  }

  /// A spelling may end at e when e is not inside a word: « km » in « km/h » but not in « kms ».
  static bool end_ok(std::string_view s, std::size_t e) noexcept {
    if (e >= s.size()) return true;
    if ((static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) return false;
    char const* p = s.data() + e;
    char const* last = s.data() + s.size();
    bool const next_wordish = grammar::detail::letter_length(p, last) != 0 || grammar::detail::is_digit(*p);
    if (!next_wordish) return true;
    // the spelling itself ends in a symbol (« $ », « € », « % »): a word may follow
    std::size_t b = e - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    auto const lb = static_cast<unsigned char>(s[b]);
    if (lb < 0x80) return !grammar::detail::is_ascii_letter(s[b]) && !grammar::detail::is_digit(s[b]);
    return grammar::detail::letter_length(s.data() + b, last) == 0;
  }

  std::unordered_map<std::string, std::vector<entry>, hash, equal> buckets_;
  std::size_t size_ = 0;
  std::size_t longest_first_ = 0;  // bytes of the longest first word of a spelling
  std::array<bool, 256> before_first_{}, after_first_{};  // first bytes of the spellings
};

} // namespace depeche

namespace depeche::grammar {

/// The tag under which a `depeche::units` table travels in an X3 context:
/// `x3::with<grammar::units_tag>(std::cref(table))[ grammar::number >> ' ' >> grammar::unit_name ]`.
struct units_tag {};

namespace detail {

struct unit_name_parser : x3::parser<unit_name_parser> {
  using attribute_type = unit const*;
  static bool const has_attribute = true;
  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    static_assert(std::is_same_v<It, char const*>, "depeche grammars read char const* (grammar::iterator_type)");
    x3::skip_over(first, last, ctx);
    units const& table = x3::get<units_tag>(ctx);
    std::string_view const s(first, static_cast<std::size_t>(last - first));
    // case-sensitive spellings are compared on the same (folded) bytes here: the X3 view has no
    // analysed text; recognize::quantities passes both.
    auto const m = table.find(s, s, 0);
    if (!m) return false;
    if constexpr (!std::is_same_v<Attr, x3::unused_type>) attr = m.spelling->u;
    first += m.end;
    return true;
  }
};

} // namespace detail

struct unit_name_id {};
using unit_name_rule = x3::rule<unit_name_id, unit const*>;
/// A unit spelling from the `units_tag` table of the context (« km », « dollars américains », « % »).
inline constexpr unit_name_rule unit_name{"unit_name"};
inline const auto unit_name_def = detail::unit_name_parser{};
BOOST_SPIRIT_DEFINE(unit_name)

} // namespace depeche::grammar

#endif
