// SPDX-License-Identifier: MIT
// embed: links the installed depeche package (find_package) and prints the claims of a file as JSON.
#include <depeche/extract.hpp>
#include <depeche/io/claims_json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: embed FILE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string const text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto const x = depeche::extract(text);
  if (!x) return 1;
  std::size_t reported = 0;
  for (auto const& c : x->claims) {
    reported += c.reported ? 1 : 0;
    std::cout << boost::json::serialize(depeche::io::to_json(c, text)) << '\n';
  }
  std::cerr << "claims: " << x->claims.size() << " (reported: " << reported << ")\n";
  return x->claims.empty() ? 1 : 0;
}
