// SPDX-License-Identifier: MIT
// who-said-what: lists the sources of a French article and what each one is reported to say.
//
//   who-said-what [FILE]      (stdin when no FILE)
#include <depeche/extract.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>

int main(int argc, char** argv) {
  std::ifstream file;
  if (argc > 1) file.open(argv[1], std::ios::binary);
  std::istream& in = argc > 1 ? file : std::cin;
  std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  auto x = depeche::extract(text);
  if (!x) {
    std::cerr << "who-said-what: " << depeche::message(x.error().code) << " at byte " << x.error().offset << '\n';
    return 1;
  }
  // group by source id: every mention of « le NIS » (or its expansion) is one source
  std::map<std::uint32_t, std::vector<depeche::recognize::attribution const*>> by_source;
  for (auto const& a : x->attributions) by_source[a.source.id].push_back(&a);
  for (auto const& [id, list] : by_source) {
    auto const& s = list.front()->source;
    std::cout << "== " << text.substr(s.begin, s.end - s.begin) << " (" << depeche::recognize::name(s.type);
    if (!s.acronym.empty()) std::cout << ", " << s.acronym;
    std::cout << ")\n";
    for (auto const* a : list) {
      auto const c = a->content.empty() ? depeche::span{a->begin, a->end} : a->content;
      std::cout << "   [" << text.substr(a->cue_begin, a->cue_end - a->cue_begin) << "]"
                << (a->hedged ? " (hedged)" : "") << (a->negated ? " (negated)" : "") << " "
                << text.substr(c.begin, c.end - c.begin) << '\n';
    }
  }
}
