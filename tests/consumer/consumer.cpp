// SPDX-License-Identifier: MIT
// A program outside the depeche tree that uses the library as a consumer would.
#include <depeche.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::string const raw{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto doc = depeche::text::prepare(raw);
  if (!doc) {
    std::cerr << depeche::message(doc.error().code) << " at byte " << doc.error().offset << '\n';
    return 1;
  }
  auto tokens = depeche::tokenize::tokenizer{}(*doc);
  auto const sentences = depeche::tokenize::split_sentences(doc->analysed(), tokens);
  std::cout << "depeche " << depeche::version_string << "\ntokens: " << tokens.size()
            << "\nsentences: " << sentences.size() << '\n';
  return sentences.empty() ? 1 : 0;
}
