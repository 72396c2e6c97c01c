// SPDX-License-Identifier: MIT
#include <depeche/text/utf8.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace std::string_view_literals;
using depeche::text::first_invalid;

TEST_CASE("text::utf8 validation") {
  SUBCASE("valid French, Cyrillic, Korean and emoji") {
    CHECK_FALSE(first_invalid("Selon l’armée ukrainienne, Володимир Зеленський, 김정은 🇰🇵"sv));
    CHECK(depeche::text::validate("déjà").code == depeche::errc::ok);
  }
  SUBCASE("NUL bytes are ordinary characters") { CHECK_FALSE(first_invalid("a\0b"sv)); }
  SUBCASE("overlong encodings") {
    CHECK(first_invalid("ab\xC0\xAF"sv) == 2u);
    CHECK(first_invalid("\xE0\x80\xAF"sv) == 0u);
    CHECK(first_invalid("x\xF0\x80\x80\xAF"sv) == 1u);
  }
  SUBCASE("surrogates") { CHECK(first_invalid("\xED\xA0\x80"sv) == 0u); }
  SUBCASE("truncated sequences at the end never read past the buffer") {
    std::string s = "prix: 5 \xE2\x82";  // € cut short
    CHECK(first_invalid(s) == 8u);
    CHECK(first_invalid("\xF0\x9F\x98"sv) == 0u);
    CHECK(first_invalid("\xC3"sv) == 0u);
  }
  SUBCASE("bytes F5 to FF and lone continuations") {
    CHECK(first_invalid("\xF5\x80\x80\x80"sv) == 0u);
    CHECK(first_invalid("ok\xFF"sv) == 2u);
    CHECK(first_invalid("\x80"sv) == 0u);
    CHECK(first_invalid("\xF4\x90\x80\x80"sv) == 0u);  // > U+10FFFF
  }
  SUBCASE("maximal subparts decide how many bytes a replacement covers") {
    auto d = depeche::text::decode("\xE2\x82x"sv, 0);
    CHECK(d.length == 0);
    CHECK(d.invalid_length == 2);
    d = depeche::text::decode("\xF0\x9F\x98\x80"sv, 0);
    CHECK(d.length == 4);
    CHECK(d.cp == 0x1F600);
  }
  SUBCASE("the word-at-a-time ASCII scan reports the exact offset") {
    std::string s(100, 'a');
    s[77] = '\xFE';
    CHECK(first_invalid(s) == 77u);
  }
}

TEST_CASE("text::append_utf8 round trips every scalar value class") {
  for (char32_t c : {U'a', U'é', U'€', U'😀', char32_t(0x10FFFF), char32_t(0)}) {
    std::string s;
    depeche::text::append_utf8(s, c);
    auto const d = depeche::text::decode(s, 0);
    CHECK(d.cp == c);
    CHECK(d.length == s.size());
  }
}
