// SPDX-License-Identifier: MIT
// Runs the numbers and quantities layers on the Recognizers-Text French Number and NumberWithUnit
// spec files, including the cases the peer marks NotSupported, and compares spans and values.
//
// A case passes when the library reports exactly the expected entities, in order: same span (by
// offsets where the spec's offsets point at its text, else by text, ignoring case) and same
// resolved value (and unit, mapped from the peer's unit names to depeche's codes). The table
// printed at the end is the one in README.md. Set DEPECHE_CONFORMANCE_VERBOSE=1 to list failures.
#include <depeche/recognize/numbers.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/text.hpp>

#include "conformance/spec.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace conf = depeche::conformance;
namespace rec = depeche::recognize;

/// What the library found, in the peer's terms: a span, a value and a unit name or code.
struct got {
  std::uint32_t begin = 0, end = 0;
  std::string text;
  std::optional<double> value;
  std::string unit;      ///< depeche code (quantities) or empty
  std::string interval;  ///< NumberRangeModel: « (30,) », « [20,30) »; OrdinalModel: « end-1 »
};

/// The peer's currency and dimension spans leave qualifiers out (« environ 14 millions de $ » is
/// « 14 millions de $ » there): drop the library's own qualifier cue from the front of the span.
void drop_qualifier(got& g) {
  std::string const low = depeche::text::fold_same_length(g.text);
  std::size_t best = 0;
  for (auto const& c : rec::french_qualifier_cues)
    if (c.text.size() > best && std::string_view(low).starts_with(c.text)) best = c.text.size();
  g.begin += static_cast<std::uint32_t>(best);
  g.text.erase(0, best);
}

/// The peer's unit names, mapped to depeche's codes (and what one of the peer's unit is worth in
/// depeche's: « 50 cents » is 0.5 USD for depeche).
struct mapped {
  std::string_view code;
  double factor = 1;
};

mapped code_of(std::string_view peer) {
  struct m {
    std::string_view peer, code;
    double factor = 1;
  };
  static constexpr m map[] = {
      // currency
      {"Dollar", "USD"}, {"Dollar États-Unis", "USD"}, {"Euro", "EUR"}, {"Livre", "GBP"}, {"Livre sterling", "GBP"},
      {"Yen Japonais", "JPY"}, {"Yuan Chinois", "CNY"}, {"Dollar Canadien", "CAD"}, {"Dollar Australien", "AUD"},
      {"Dollar de Hong Kong", "HKD"}, {"Dollar néo-zélandais", "NZD"}, {"Mexican peso", "MXN"},
      {"Roupie Indienne", "INR"}, {"Roupie", "INR"}, {"Franc Suisse", "CHF"}, {"Franc", "FRF"},
      {"Florins Néerlandais", "NLG"}, {"Mark Finlandais", "FIM"}, {"Rouble", "RUB"}, {"Roupie indienne", "INR"},
      {"Cent", "USD", 0.01}, {"Centimes", "EUR", 0.01}, {"Pence", "GBP", 0.01}, {"Penny", "GBP", 0.01},
      {"Pesewa", "GHS", 0.01}, {"Livre", "GBP"},
      // dimension
      {"Litre", "L"}, {"Millilitre", "mL"}, {"Pouce", "[in_i]"}, {"Décimètres", "dm"}, {"Mile", "[mi_i]"},
      {"Hectomètre", "hm"}, {"Baril", "[bbl_us]"}, {"Pied", "[ft_i]"}, {"Onces", "[oz_av]"}, {"Acre", "[acr_us]"},
      {"Gallon", "[gal_us]"}, {"Microgramme", "ug"}, {"Pieds cube", "[cft_i]"}, {"Mètre carré", "m2"},
      {"Tonne", "t"}, {"Tonne métrique", "t"}, {"Bit", "bit"}, {"Miles par heure", "[mi_i]/h"}, {"Mètres", "m"},
      {"Kilomètres", "km"}, {"Millimètres", "mm"}, {"Centimètres", "cm"}, {"Kilomètre carré", "km2"},
      {"Radian", "rad"}, {"Degree", "deg"}, {"Turn", "circ"},
      // temperature: depeche reads a bare « degrés » as Celsius
      {"C", "Cel"}, {"F", "[degF]"}, {"Kelvin", "K"}, {"Degré", "Cel"},
      // age
      {"Ans", "a"}, {"Mois", "mo"}, {"Semaines", "wk"}, {"Jour", "d"},
  };
  for (auto const& x : map)
    if (x.peer == peer) return {x.code, x.factor};
  return {"?", 1};
}

/// Mass pounds share the peer's name « Livre » with pounds sterling.
mapped dimension_code_of(std::string_view peer) {
  if (peer == "Livre") return {"[lb_av]", 1};
  return code_of(peer);
}

std::optional<double> parse_value(std::string s) {
  if (s.empty()) return std::nullopt;
  if (s.back() == '%') s.pop_back();
  for (auto& c : s)
    if (c == ',') c = '.';
  char* end = nullptr;
  double const v = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return std::nullopt;
  return v;
}

bool same_value(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return !a && !b;
  return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*b));
}

std::string folded(std::string_view s) { return depeche::text::fold_same_length(s); }

std::string fmt(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

using runner = std::function<std::vector<got>(rec::context const&, std::string const&)>;

enum class family { number, ordinal, percent, range, currency, dimension, temperature, age };

std::vector<got> run(family fam, rec::context const& ctx, std::string const& input) {
  std::vector<got> out;
  auto slice = [&](std::uint32_t b, std::uint32_t e) { return std::string(depeche::span{b, e}.of(input)); };
  if (fam == family::number || fam == family::ordinal) {
    rec::number_options o;
    o.articles = fam == family::number;
    o.identifiers = true;
    o.relative_ordinals = fam == family::ordinal;
    for (auto const& n : rec::numbers{o}.find(ctx)) {
      bool const ord = n.kind == rec::number_kind::ordinal;
      if (ord != (fam == family::ordinal) || n.kind == rec::number_kind::multiplier) continue;
      got g{n.begin, n.end, slice(n.begin, n.end), n.value, {}, {}};
      if (n.relative_to != rec::ordinal_base::start)
        g.interval = std::string(rec::name(n.relative_to)) + (n.value < 0 ? "-" : "+") + fmt(std::fabs(n.value));
      out.push_back(std::move(g));
    }
    return out;
  }
  // the peer reads ranges in NumberRangeModel only, and reports bare unit names elsewhere
  static rec::quantities const ranges{};
  static rec::quantities const units_only{rec::quantity_options{.ranges = false, .unit_mentions = true}};
  auto const& q = fam == family::range || fam == family::percent ? ranges : units_only;
  for (auto const& x : q.find(ctx)) {
    got g{x.begin, x.end, slice(x.begin, x.end), x.value, x.unit.value_or(""), {}};
    if (fam != family::range) drop_qualifier(g);
    using D = depeche::dimension;
    using QQ = rec::quantity_qualifier;
    switch (fam) {
    case family::percent:
      if (x.unit != "%" || x.qualifier != QQ::exact) continue;
      break;
    case family::range: {
      auto const v = x.value ? fmt(*x.value) : std::string();
      switch (x.qualifier) {
      case QQ::more_than: g.interval = "(" + v + ",)"; break;
      case QQ::at_least: g.interval = "[" + v + ",)"; break;
      case QQ::less_than: g.interval = "(," + v + ")"; break;
      case QQ::at_most: g.interval = "(," + v + "]"; break;
      case QQ::range: g.interval = "[" + fmt(*x.low) + "," + fmt(*x.high) + ")"; break;
      default: continue;
      }
      break;
    }
    case family::currency:
      if (x.dimension != D::currency) continue;
      break;
    case family::dimension:
      if (x.dimension != D::length && x.dimension != D::area && x.dimension != D::volume && x.dimension != D::mass &&
          x.dimension != D::speed && x.dimension != D::data && x.dimension != D::angle)
        continue;
      break;
    case family::temperature:
      if (x.dimension != D::temperature) continue;
      break;
    case family::age:
      if (x.dimension != D::duration) continue;
      break;
    default: break;
    }
    out.push_back(std::move(g));
  }
  return out;
}

bool matches(family fam, conf::expected const& e, got const& g) {
  if (e.begin && e.end) {
    if (*e.begin != g.begin || *e.end != g.end) return false;
  } else if (folded(e.text) != folded(g.text)) {
    return false;
  }
  auto const* res = e.resolution.if_object();
  if (!res) return true;
  auto str = [&](char const* k) -> std::string {
    auto const* v = res->if_contains(k);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
  };
  if (fam == family::range) return str("value") == g.interval;
  if (fam == family::ordinal && !g.interval.empty()) return str("value") == g.interval;
  auto const m = fam == family::dimension ? dimension_code_of(str("unit")) : code_of(str("unit"));
  auto want = parse_value(str("value"));
  if (want) *want *= m.factor;
  if (!same_value(want, g.value)) return false;
  if (fam == family::currency || fam == family::dimension || fam == family::temperature || fam == family::age)
    return m.code == g.unit;
  return true;
}

conf::tally run_file(char const* file, family fam, bool verbose) {
  conf::tally t;
  t.file = file;
  for (auto const& c : conf::load(file)) {
    ++t.cases;
    if (c.dotnet_supported) ++t.peer_supported;
    auto doc = depeche::text::prepare(c.input, {.invalid = depeche::text::invalid_utf8_policy::replace});
    if (!doc) continue;
    rec::analysis a(*doc);
    auto const found = run(fam, a.view(), c.input);
    // entities in text order (the peer lists some out of order)
    auto want = c.results;
    std::stable_sort(want.begin(), want.end(), [](conf::expected const& x, conf::expected const& y) {
      return x.begin && y.begin && *x.begin < *y.begin;
    });
    bool ok = found.size() == want.size();
    for (std::size_t i = 0; ok && i < found.size(); ++i) ok = matches(fam, want[i], found[i]);
    if (ok) {
      ++t.passed;
      if (c.dotnet_supported) ++t.passed_of_supported;
    } else if (verbose) {
      std::printf("FAIL %s #%zu%s: %s\n  want:", file, c.index, c.dotnet_supported ? "" : " (NotSupported)",
                  c.input.c_str());
      for (auto const& e : c.results)
        std::printf(" [%s = %s]", e.text.c_str(), boost::json::serialize(e.resolution).c_str());
      std::printf("\n  got: ");
      for (auto const& g : found)
        std::printf(" [%s = %s %s%s]", g.text.c_str(), g.value ? fmt(*g.value).c_str() : "null", g.unit.c_str(),
                    g.interval.c_str());
      std::printf("\n");
    }
  }
  return t;
}

} // namespace

TEST_CASE("conformance: Recognizers-Text French Number and NumberWithUnit specs") {
  bool const verbose = std::getenv("DEPECHE_CONFORMANCE_VERBOSE") != nullptr;
  struct entry {
    char const* file;
    family fam;
  };
  static constexpr entry files[] = {
      {"Number/NumberModel.json", family::number},
      {"Number/OrdinalModel.json", family::ordinal},
      {"Number/PercentModel.json", family::percent},
      {"Number/NumberRangeModel.json", family::range},
      {"NumberWithUnit/CurrencyModel.json", family::currency},
      {"NumberWithUnit/DimensionModel.json", family::dimension},
      {"NumberWithUnit/TemperatureModel.json", family::temperature},
      {"NumberWithUnit/AgeModel.json", family::age},
  };
  std::vector<conf::tally> rows;
  for (auto const& f : files) rows.push_back(run_file(f.file, f.fam, verbose));
  conf::print_table(rows);
  for (auto const& r : rows) {
    CAPTURE(r.file);
    if (r.cases == 0) {
      MESSAGE("spec file missing: " << r.file << " (shared folder absent?)");
      continue;
    }
    CHECK(r.passed >= r.peer_supported);
  }
}
