// SPDX-License-Identifier: MIT
// extract: the default pipeline in one call, and the typed records behind each claim.
#include <depeche/extract.hpp>

#include <iostream>
#include <string>

int main() {
  std::string const text =
      "Selon le NIS, la Corée du Nord aurait déployé plus de 12 000 soldats en Russie depuis octobre 2024.";
  depeche::extract_options opts;
  opts.reference = *depeche::parse_reference_time("2025-05-01");
  auto const x = depeche::extract(text, opts);
  if (!x) {
    std::cerr << depeche::message(x.error().code) << " at byte " << x.error().offset << '\n';
    return 1;
  }
  for (auto const& c : x->claims) {
    std::cout << "claim [" << c.begin << ", " << c.end << ")\n";
    std::cout << "  predicate: " << c.predicate.value_or("-") << '\n';
    if (c.subject) std::cout << "  subject: " << text.substr(c.subject->begin, c.subject->end - c.subject->begin) << '\n';
    for (auto const* q : x->quantities_of(c))
      std::cout << "  quantity: " << depeche::recognize::name(q->qualifier) << ' ' << q->value.value_or(0)
                << " counted=" << q->counted.value_or("-") << '\n';
    for (auto const* d : x->dates_of(c))
      std::cout << "  date: from=" << d->from.value_or("-") << " to=" << d->to.value_or("-") << '\n';
    for (auto const* a : x->attributions_of(c))
      std::cout << "  source: " << text.substr(a->source.begin, a->source.end - a->source.begin) << " ("
                << depeche::recognize::name(a->source.type) << "), cue « "
                << text.substr(a->cue_begin, a->cue_end - a->cue_begin) << " »\n";
    std::cout << "  reported=" << c.reported << " hedged=" << c.hedged << " negated=" << c.negated << '\n';
  }
}
