// SPDX-License-Identifier: MIT
// custom-recognizer: a user-written recognizer composed into a pipeline with the library's own.
//
// Here: military hardware designations after a type noun (« l'obusier M-1978 », « le missile
// KN-23 », « le char T-90 »). The recognizer is a plain struct; the pipeline runs it together with
// the library's quantities and dates, and the claims are assembled from the library's records.
#include <depeche/claims/assemble.hpp>
#include <depeche/recognize/attribution.hpp>
#include <depeche/recognize/dates.hpp>
#include <depeche/recognize/pipeline.hpp>
#include <depeche/recognize/quantities.hpp>

#include <iostream>
#include <string>
#include <vector>

/// A weapon system mentioned in the text.
struct weapon {
  std::uint32_t begin = 0, end = 0;  // original bytes of the designation
  std::string kind;                  // « obusier », « missile », « char »
};

/// Finds « <type noun> <designation> » where the designation mixes letters and digits.
struct weapons {
  using value_type = weapon;
  std::vector<std::string> nouns{"obusier", "obusiers", "missile", "missiles", "char", "chars", "drone", "drones",
                                 "lance-roquettes", "avion", "avions", "chasseur", "chasseurs"};

  [[nodiscard]] std::vector<weapon> find(depeche::recognize::context const& ctx) const {
    std::vector<weapon> out;
    for (std::size_t i = 0; i + 1 < ctx.tokens.size(); ++i) {
      auto const noun = ctx.tokens[i].text(ctx.folded);
      if (std::find(nouns.begin(), nouns.end(), noun) == nouns.end()) continue;
      auto const& d = ctx.tokens[i + 1];
      if (!d.has(depeche::tokenize::token_flags::has_digit) || d.kind != depeche::tokenize::token_kind::word) continue;
      out.push_back({d.begin, d.end, std::string(noun)});
    }
    return out;
  }
};
static_assert(depeche::recognize::recognizer<weapons>);

int main() {
  std::string const text =
      "Selon l'armée ukrainienne, un obusier M-1978 a été détruit le 3 mars près de Louhansk. "
      "Pyongyang aurait aussi livré des missiles KN-23 capables de frapper à plus de 600 km.";
  auto doc = depeche::text::prepare(text);
  if (!doc) return 1;
  depeche::recognize::analysis const an(*doc, *depeche::parse_reference_time("2025-05-01"));
  auto const ctx = an.view();

  depeche::recognize::pipeline const p{weapons{}, depeche::recognize::quantities{}, depeche::recognize::dates{}};
  auto const [found, quantities, dates] = p.run(ctx);

  for (auto const& w : found)
    std::cout << "weapon: " << w.kind << ' ' << text.substr(w.begin, w.end - w.begin) << '\n';
  for (auto const& q : quantities)
    std::cout << "quantity: « " << text.substr(q.begin, q.end - q.begin) << " » unit=" << q.unit.value_or("-") << '\n';
  for (auto const& d : dates) std::cout << "date: " << d.value.value_or("-") << '\n';

  // claims from the library's records; the user's weapons can be attached by span
  auto const lines = depeche::claims::boilerplate_detector{}.classify(ctx.folded, ctx.tokens);
  auto const claims = depeche::claims::assemble<depeche::recognize::quantity, depeche::recognize::temporal,
                                                depeche::recognize::attribution>(
      ctx, quantities, dates, std::span<depeche::recognize::attribution const>{}, lines);
  for (auto const& c : claims) {
    std::cout << "claim: " << c.predicate.value_or("?") << " —";
    for (auto const& w : found)
      if (w.begin >= c.begin && w.end <= c.end) std::cout << ' ' << text.substr(w.begin, w.end - w.begin);
    std::cout << '\n';
  }
}
