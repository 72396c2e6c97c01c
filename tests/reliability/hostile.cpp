// SPDX-License-Identifier: MIT
// Hostile inputs through every layer: invalid UTF-8 of every class, NUL bytes, BOM, CR and CRLF,
// every Unicode space and dash, 10^6 digits, 10^5 quotes and « selon », a 1 MB token, 1 MB lines.
#include "reliability/hostile.hpp"
#include "reliability/layers.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using depeche::reliability::run_all_layers;

namespace {

std::string repeat(std::string_view unit, std::size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (std::size_t k = 0; k < times; ++k) s += unit;
  return s;
}

// Under ASan + UBSan (Debug) the floods are 10 times smaller: what they check there is memory
// safety; the full sizes and the timing run in the optimized build.
#if defined(DEPECHE_SANITIZED_BUILD)
constexpr std::size_t scale = 10;
#else
constexpr std::size_t scale = 1;
#endif

constexpr std::string_view sentence = "Selon le ministère, plus de 12 000 soldats ont été déployés le 3 mars 2025.";

} // namespace

TEST_CASE("reliability: invalid UTF-8 of every class is an error value, or replaced") {
  struct bad_case {
    char const* name;
    std::string_view bytes;
  };
  // each class inside text, at the start and at the very end
  bad_case const cases[] = {
      {"lone continuation byte", "\x80"},
      {"continuation run", "\xBF\xBF\xBF"},
      {"overlong 2-byte (C0)", "\xC0\xAF"},
      {"overlong 2-byte (C1)", "\xC1\xBF"},
      {"overlong 3-byte", "\xE0\x80\xAF"},
      {"overlong 4-byte", "\xF0\x80\x80\xAF"},
      {"UTF-16 surrogate", "\xED\xA0\x80"},
      {"low surrogate", "\xED\xBF\xBF"},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80"},
      {"F5..FF lead byte", "\xF5\x80\x80\x80"},
      {"FE", "\xFE"},
      {"FF", "\xFF"},
      {"truncated 2-byte", "\xC3"},
      {"truncated 3-byte", "\xE2\x82"},
      {"truncated 4-byte", "\xF0\x9F\x98"},
      {"lead byte then ASCII", "\xE2" "A"},
      {"5-byte form", "\xF8\x88\x80\x80\x80"},
      {"6-byte form", "\xFC\x84\x80\x80\x80\x80"},
  };
  for (auto const& c : cases) {
    CAPTURE(c.name);
    std::string const head = "Selon le ministre, 12 000 ";
    for (auto const& s : {std::string(c.bytes), head + std::string(c.bytes) + " soldats le 3 mars.",
                          head + std::string(c.bytes)}) {
      auto const strict = depeche::text::prepare(s);
      REQUIRE_FALSE(strict);
      CHECK(strict.error().code == depeche::errc::invalid_utf8);
      CHECK(strict.error().offset == s.find(c.bytes.front()));  // the byte offset of the bad sequence
      CHECK(depeche::message(strict.error().code) == "invalid UTF-8");
      run_all_layers(s);
    }
  }
  // the numbers and the cue around a replaced sequence are still found
  auto const n = run_all_layers("Selon le ministre, \xFF 12 000 soldats sont arriv\xE9s.");
  CHECK(n.quantities >= 1);
  CHECK(n.attributions >= 1);
}

TEST_CASE("reliability: NUL bytes") {
  using namespace std::string_literals;
  run_all_layers("\0"s);
  run_all_layers(repeat("\0"s, 1000));
  auto const n = run_all_layers("Selon le ministre,\0 12\0000 soldats\0 sont l\xC3\xA0 le 3\0 mars 2025."s);
  CHECK(n.tokens > 5);
  run_all_layers(repeat("12\0"s, 5000));
}

TEST_CASE("reliability: BOM, CRLF, lone CR") {
  auto const plain = run_all_layers(sentence);
  auto const bom = run_all_layers("\xEF\xBB\xBF" + std::string(sentence));
  CHECK(bom.quantities == plain.quantities);
  CHECK(bom.dates == plain.dates);
  CHECK(bom.attributions == plain.attributions);
  run_all_layers(repeat("\xEF\xBB\xBF", 3) + std::string(sentence) + "\xEF\xBB\xBF");
  for (auto nl : {"\r\n", "\r", "\n\r", "\r\r\n"}) {
    CAPTURE(nl);
    auto const text = repeat(std::string(sentence) + nl, 20);
    auto const c = run_all_layers(text);
    CHECK(c.sentences == 20);
    CHECK(c.quantities == 20 * plain.quantities);
    CHECK(c.dates == 20 * plain.dates);
    run_all_layers(repeat(nl, 10000));
    run_all_layers("12" + std::string(nl) + "000 soldats le 3" + nl + "mars" + nl + "2025");
  }
}

TEST_CASE("reliability: every Unicode space and dash") {
  for (auto sp : depeche::hostile::all_spaces) {
    CAPTURE(sp);
    auto const s = std::string(sp);
    run_all_layers("Selon" + s + "le" + s + "ministre," + s + "12" + s + "000" + s + "soldats" + s + "le" + s + "3" + s +
                   "mars" + s + "2025" + s + "«" + s + "oui" + s + "»." + s);
    run_all_layers(repeat(sp, 2000));
  }
  for (auto d : depeche::hostile::all_dashes) {
    CAPTURE(d);
    auto const s = std::string(d);
    run_all_layers("entre 2" + s + "5 %, le 3" + s + "4 mars, 2024" + s + "2025, " + s + "12 degrés, a" + s + "t" + s +
                   "il dit, " + s + " Selon X " + s + " oui " + s + "\n" + s + " AFP" + s + "3" + s + "03" + s + "2025");
    run_all_layers(repeat(d, 2000));
  }
  std::string all;
  for (auto sp : depeche::hostile::all_spaces) all += std::string(sp) + "12";
  for (auto d : depeche::hostile::all_dashes) all += std::string(d) + "3";
  run_all_layers(all);
}

TEST_CASE("reliability: floods of one pattern") {
  SUBCASE("10^6 digits in a row") {
    auto const c = run_all_layers(repeat("1234567890", 100'000 / scale));
    CHECK(c.tokens >= 1);
  }
  SUBCASE("10^5 unbalanced and nested quotes") {
    run_all_layers(repeat("« ", 100'000 / scale));
    run_all_layers(repeat(" »", 100'000 / scale));
    run_all_layers(repeat("« a ", 50'000 / scale) + repeat(" »", 50'000 / scale));
    run_all_layers(repeat("\"", 100'000 / scale));
    run_all_layers(repeat("“a ", 50'000 / scale) + "selon lui");
  }
  SUBCASE("10^5 « selon » in a row") {
    run_all_layers(repeat("selon ", 100'000 / scale));
    run_all_layers(repeat("Selon le ministre, ", 20'000 / scale));
  }
  SUBCASE("one sentence of 10^4 cues") {
    // every cue's content reaches back or forward through the whole sentence
    auto const c = run_all_layers(repeat("il aurait plu, selon lui, ", 10'000 / scale));
    CHECK(c.attributions >= 9'000 / scale);
    run_all_layers(repeat("il pleut, a déclaré le ministre, ", 10'000 / scale));
    run_all_layers(repeat("« oui » « non », a dit Paul, ", 10'000 / scale));
  }
  SUBCASE("a 1 MB token without a separator") {
    auto const c = run_all_layers(std::string((1 << 20) / scale, 'a'));
    CHECK(c.tokens >= 1);
    run_all_layers(repeat("\xC3\xA9", (1 << 19) / scale));
    run_all_layers("https://" + std::string((1 << 20) / scale, 'a'));
  }
  SUBCASE("1 MB lines") {
    auto const per_line = (1 << 20) / scale / (sentence.size() + 1);
    auto const line = repeat(std::string(sentence) + ' ', per_line);
    auto const c = run_all_layers(line + '\n' + line);
    CHECK(c.quantities >= 2 * per_line - 2);
  }
}

TEST_CASE("reliability: every hostile pattern at 64 KiB") {
  for (auto const& p : depeche::hostile::patterns) {
    CAPTURE(p.name);
    run_all_layers(p.make((64 << 10) / scale));
    run_all_layers(p.make((64 << 10) / scale), depeche::parse_reference_time("2025-05-01").value());
  }
}
