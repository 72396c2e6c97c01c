// SPDX-License-Identifier: MIT
// quantities: prints the amounts of a French text: value or bounds, qualifier, unit, counted noun.
//
//   quantities [FILE]      (stdin when no FILE)
#include <depeche/recognize/quantities.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  std::ifstream file;
  if (argc > 1) file.open(argv[1], std::ios::binary);
  std::istream& in = argc > 1 ? file : std::cin;
  std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  auto doc = depeche::text::prepare(text);
  if (!doc) {
    std::cerr << "quantities: " << depeche::message(doc.error().code) << " at byte " << doc.error().offset << '\n';
    return 1;
  }
  depeche::recognize::analysis const an(*doc);
  for (auto const& q : depeche::recognize::quantities{}.find(an.view())) {
    std::cout << "« " << text.substr(q.begin, q.end - q.begin) << " »\t" << depeche::recognize::name(q.qualifier);
    if (q.value) std::cout << " value=" << *q.value;
    if (q.low) std::cout << " low=" << *q.low;
    if (q.high) std::cout << " high=" << *q.high;
    if (q.unit) std::cout << " unit=" << *q.unit;
    if (q.counted) std::cout << " counted=" << *q.counted;
    std::cout << '\n';
  }
}
