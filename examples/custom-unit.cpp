// SPDX-License-Identifier: MIT
// Adding a unit without recompiling any grammar: « nœuds » (knots) as a speed, UCUM code [kn_i].
//
//   $ custom-unit
//   14 nœuds        value=14 unit=[kn_i] dimension=speed
//   plus de 30 nœuds value=30 unit=[kn_i] dimension=speed (more_than)
#include <depeche/grammar/unit.hpp>
#include <depeche/recognize/quantities.hpp>
#include <depeche/text.hpp>

#include <iostream>
#include <ostream>
#include <string>

namespace example {

/// The new unit and its French spellings: plain data, no template, no grammar change.
inline constexpr depeche::unit knot{.code = "[kn_i]", .dim = depeche::dimension::speed, .to_si = 0.514444};
inline constexpr depeche::unit_spelling marine[] = {{"nœud", &knot}, {"nœuds", &knot}, {"kn", &knot}};

/// Prints the quantities of a French sentence about ships, read with the extended unit table.
inline int run(std::ostream& out) {
  // one table for the whole program: the built-in French units plus the marine ones
  static depeche::units const units = depeche::units::french_default().with(marine);
  depeche::recognize::quantities const quantities{units};

  std::string const text = "Le porte-conteneurs filait à 14 nœuds quand la frégate, lancée à plus de 30 nœuds, l'a rattrapé.";
  auto const doc = depeche::text::prepare(text);
  if (!doc) {
    out << "invalid input: " << depeche::message(doc.error().code) << '\n';
    return 1;
  }
  depeche::recognize::analysis const analysis(*doc);
  for (auto const& q : quantities.find(analysis.view())) {
    out << depeche::span{q.begin, q.end}.of(text) << "\tvalue=" << q.value.value_or(0)
        << " unit=" << q.unit.value_or("null") << " dimension=" << depeche::name(q.dimension);
    if (q.qualifier != depeche::recognize::quantity_qualifier::exact)
      out << " (" << depeche::recognize::name(q.qualifier) << ')';
    out << '\n';
  }
  return 0;
}

} // namespace example

#ifndef DEPECHE_TEST
int main() { return example::run(std::cout); }
#endif
