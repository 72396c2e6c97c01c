// SPDX-License-Identifier: MIT
// Access to the shared seed articles (../shared/corpus/seeds), read at test time, never copied.
#ifndef DEPECHE_TESTS_SUPPORT_SEEDS_HPP_INCLUDED
#define DEPECHE_TESTS_SUPPORT_SEEDS_HPP_INCLUDED

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace depeche::test {

struct seed {
  std::string name;
  std::string text;
};

/// Directory of the shared material, from the DEPECHE_SHARED_DIR compile definition.
inline std::filesystem::path shared_dir() {
#ifdef DEPECHE_SHARED_DIR
  return DEPECHE_SHARED_DIR;
#else
  return "../shared";
#endif
}

inline std::string read_file(std::filesystem::path const& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The seed articles, sorted by name; empty when the shared folder is absent.
inline std::vector<seed> seeds() {
  std::vector<seed> out;
  auto const dir = shared_dir() / "corpus" / "seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (auto const& e : std::filesystem::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back({e.path().filename().string(), read_file(e.path())});
  std::sort(out.begin(), out.end(), [](seed const& a, seed const& b) { return a.name < b.name; });
  return out;
}

} // namespace depeche::test

#endif
