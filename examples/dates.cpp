// SPDX-License-Identifier: MIT
// dates: prints the temporal expressions of a French text and their TIMEX3 values.
//
//   dates [--reference-date YYYY-MM-DD] [FILE]      (stdin when no FILE)
#include <depeche/recognize/dates.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  std::optional<depeche::reference_time> reference;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string_view const arg = argv[i];
    if (arg == "--reference-date" && i + 1 < argc) {
      auto r = depeche::parse_reference_time(argv[++i]);
      if (!r) {
        std::cerr << "dates: invalid reference date\n";
        return 2;
      }
      reference = *r;
    } else {
      path = arg;
    }
  }
  std::ifstream file;
  if (!path.empty()) file.open(path, std::ios::binary);
  std::istream& in = path.empty() ? std::cin : file;
  std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  auto doc = depeche::text::prepare(text);
  if (!doc) {
    std::cerr << "dates: " << depeche::message(doc.error().code) << " at byte " << doc.error().offset << '\n';
    return 1;
  }
  depeche::recognize::analysis const an(*doc, reference);  // without a reference: the document's own date
  for (auto const& t : depeche::recognize::dates{}.find(an.view())) {
    std::cout << t.begin << '-' << t.end << '\t' << depeche::recognize::name(t.type) << '\t'
              << t.value.value_or("-");
    if (t.mod) std::cout << " mod=" << *t.mod;
    if (t.from) std::cout << " from=" << *t.from;
    if (t.to) std::cout << " to=" << *t.to;
    std::cout << "\t« " << text.substr(t.begin, t.end - t.begin) << " »\n";
  }
}
