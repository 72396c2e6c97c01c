// SPDX-License-Identifier: MIT
#include <depeche/grammar/number.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace g = depeche::grammar;
namespace x3 = boost::spirit::x3;

namespace {

/// Parses the whole of `s` (already folded) with `p`; nullopt unless all of it matched.
template <class T, class P>
std::optional<T> whole(std::string_view s, P const& p) {
  T v{};
  char const* f = s.data();
  char const* l = s.data() + s.size();
  if (!x3::parse(f, l, p, v) || f != l) return std::nullopt;
  return v;
}

/// Parses a prefix of `s` with `p`; returns the matched length (or nullopt).
template <class P>
std::optional<std::size_t> prefix(std::string_view s, P const& p) {
  char const* f = s.data();
  if (!x3::parse(f, s.data() + s.size(), p)) return std::nullopt;
  return static_cast<std::size_t>(f - s.data());
}

std::optional<std::uint64_t> card(std::string_view s) { return whole<std::uint64_t>(s, g::cardinal_words); }
std::optional<std::uint64_t> ord(std::string_view s) { return whole<std::uint64_t>(s, g::ordinal_words); }
std::optional<double> digits(std::string_view s) { return whole<double>(s, g::digits_number); }

} // namespace

TEST_CASE("grammar::cardinal_words") {
  SUBCASE("unités et dizaines") {
    CHECK(card("douze") == 12u);
    CHECK(card("zéro") == 0u);
    CHECK(card("zero") == 0u);
    CHECK(card("dix-sept") == 17u);
    CHECK(card("vingt et un") == 21u);
    CHECK(card("vingt-et-une") == 21u);
    CHECK(card("soixante et onze") == 71u);
    CHECK(card("soixante-douze") == 72u);
    CHECK(card("soixante-dix-neuf") == 79u);
    CHECK(card("quatre-vingts") == 80u);
    CHECK(card("quatre-vingt-un") == 81u);
    CHECK(card("quatre-vingt-dix-sept") == 97u);
    CHECK(card("quatre vingt dix sept") == 97u);
  }
  SUBCASE("Belgique et Suisse") {
    CHECK(card("septante") == 70u);
    CHECK(card("septante-cinq") == 75u);
    CHECK(card("huitante") == 80u);
    CHECK(card("octante-deux") == 82u);
    CHECK(card("nonante") == 90u);
    CHECK(card("nonante et un") == 91u);
  }
  SUBCASE("centaines, milliers, millions") {
    CHECK(card("cent") == 100u);
    CHECK(card("deux cents") == 200u);
    CHECK(card("deux-cent-trois") == 203u);
    CHECK(card("mille cent") == 1100u);
    CHECK(card("deux mille vingt-quatre") == 2024u);
    CHECK(card("dix-neuf cent quatre-vingt-dix") == 1990u);
    CHECK(card("un million deux cent mille") == 1200000u);
    CHECK(card("trois milliards") == 3000000000u);
    CHECK(card("mille milliards") == 1000000000000u);
    CHECK(card("deux millions mille") == 2001000u);
  }
  SUBCASE("frontières") {
    CHECK(prefix("vingt-deux ans", g::cardinal_words) == 10u);
    CHECK(prefix("trois premiers", g::cardinal_words) == 5u);
    CHECK(prefix("deux trois", g::cardinal_words) == 4u);
    CHECK_FALSE(prefix("dixième", g::cardinal_words));
    CHECK_FALSE(prefix("vingt et unième", g::cardinal_words));
    CHECK_FALSE(prefix("centimes", g::cardinal_words));
    CHECK_FALSE(prefix("million", g::cardinal_words));
    CHECK_FALSE(prefix("deuxième", g::cardinal_words));
    CHECK_FALSE(card("deux mille trois mille"));
    CHECK_FALSE(card("cent cent"));
  }
}

TEST_CASE("grammar::ordinal_words") {
  CHECK(ord("premier") == 1u);
  CHECK(ord("première") == 1u);
  CHECK(ord("deuxième") == 2u);
  CHECK(ord("deuxieme") == 2u);
  CHECK(ord("cinquième") == 5u);
  CHECK(ord("neuvième") == 9u);
  CHECK(ord("onzième") == 11u);
  CHECK(ord("vingt et unième") == 21u);
  CHECK(ord("quatre-vingt-dixième") == 90u);
  CHECK(ord("centième") == 100u);
  CHECK(ord("deux millième") == 2000u);
  CHECK_FALSE(ord("unième"));
  CHECK_FALSE(ord("douze"));
  CHECK_FALSE(prefix("vingt", g::ordinal_words));
}

TEST_CASE("grammar::ordinal_digits") {
  auto od = [](std::string_view s) { return whole<std::uint64_t>(s, g::ordinal_digits); };
  CHECK(od("1er") == 1u);
  CHECK(od("1re") == 1u);
  CHECK(od("1ère") == 1u);
  CHECK(od("2e") == 2u);
  CHECK(od("2nd") == 2u);
  CHECK(od("11ème") == 11u);
  CHECK(od("3es") == 3u);
  CHECK_FALSE(od("2er"));
  CHECK_FALSE(prefix("3euros", g::ordinal_digits));
}

TEST_CASE("grammar::digits_number") {
  CHECK(digits("12 000") == 12000.0);
  CHECK(digits("1.200.000") == 1200000.0);
  CHECK(digits("3,5") == 3.5);
  CHECK(digits("6 700,54") == doctest::Approx(6700.54));
  CHECK(digits("-4") == -4.0);
  CHECK(digits("−2,5") == -2.5);
  CHECK(digits("3.5") == 3.5);
  CHECK(digits("1 414 021 100") == 1414021100.0);
  CHECK(prefix("2015 12 000", g::digits_number) == 4u);   // a year is not a thousands group
  CHECK(prefix("12 0000", g::digits_number) == 2u);
  CHECK(prefix("3, 4", g::digits_number) == 1u);
  CHECK_FALSE(prefix("douze", g::digits_number));
}

TEST_CASE("grammar::number composes") {
  CHECK(whole<double>("douze", g::number) == 12.0);
  CHECK(whole<double>("12 000", g::number) == 12000.0);
  std::uint64_t n = 0;
  std::string_view s = "vingt-deux ans";
  char const* f = s.data();
  CHECK(x3::parse(f, s.data() + s.size(), g::cardinal_words >> x3::lit(" ans"), n));
  CHECK(n == 22u);
  CHECK(f == s.data() + s.size());
}
