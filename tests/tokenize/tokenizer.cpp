// SPDX-License-Identifier: MIT
#include <depeche/tokenize/tokenizer.hpp>

#include "support/fr.hpp"
#include "support/seeds.hpp"

#include <doctest/doctest.h>

using depeche::test::strings;
using depeche::test::token_texts;
namespace tk = depeche::tokenize;

namespace {
tk::token_kind kind_of(std::string const& s, std::string_view token_text) {
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  for (auto const& t : tk::tokenizer{}(*doc))
    if (t.original().of(s) == token_text) return t.kind;
  FAIL("token not found: " << token_text);
  return tk::token_kind::other;
}

/// Tokens plus the gaps between them give back the input, and gaps hold only white space.
void check_lossless(std::string const& s) {
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  auto const toks = tk::tokenizer{}(*doc);
  std::string rebuilt;
  std::uint32_t pos = 0;
  for (auto const& t : toks) {
    REQUIRE(t.begin >= pos);
    REQUIRE(t.end > t.begin);
    REQUIRE(t.end <= s.size());
    for (auto c : std::string_view(s).substr(pos, t.begin - pos)) {
      auto const u = static_cast<unsigned char>(c);
      CHECK((u == ' ' || u == '\n' || u == '\r' || u == '\t' || u >= 0x80));  // NBSP, NNBSP, U+2028...
    }
    rebuilt.append(s, pos, t.end - pos);
    pos = t.end;
  }
  rebuilt.append(s, pos);
  CHECK(rebuilt == s);
}
} // namespace

TEST_CASE("tokenize::tokenizer French rules") {
  SUBCASE("elision") {
    CHECK(token_texts("l’armée d'abord, qu’il jusqu’à lorsqu'on puisqu’elle s'est n’a c'est j'ai m’a t’es") ==
          strings{"l’", "armée", "d'", "abord", ",", "qu’", "il", "jusqu’", "à", "lorsqu'", "on", "puisqu’",
                  "elle", "s'", "est", "n’", "a", "c'", "est", "j'", "ai", "m’", "a", "t’", "es"});
    CHECK(token_texts("aujourd’hui quelqu'un c'est-à-dire") == strings{"aujourd’hui", "quelqu'un", "c'est-à-dire"});
  }
  SUBCASE("hyphen compounds stay whole, inverted clitics split") {
    CHECK(token_texts("nord-coréen Kim Jong-un cessez-le-feu peut-être") ==
          strings{"nord-coréen", "Kim", "Jong-un", "cessez-le-feu", "peut-être"});
    CHECK(token_texts("a-t-il pourrait-on dit-elle s’implique-t-elle") ==
          strings{"a", "-t-il", "pourrait", "-on", "dit", "-elle", "s’", "implique", "-t-elle"});
    CHECK(token_texts("donne-le-moi, rendez-vous") == strings{"donne", "-le", "-moi", ",", "rendez-vous"});
  }
  SUBCASE("numbers") {
    CHECK(token_texts("12 000 soldats, 7 820 milliards, 3,5 %, 6 700,54 €") ==
          strings{"12 000", "soldats", ",", "7 820", "milliards", ",", "3,5", "%", ",", "6 700,54", "€"});
    CHECK(token_texts("12\xC2\xA0" "000 et 12\xE2\x80\xAF" "000") == strings{"12\xC2\xA0" "000", "et", "12\xE2\x80\xAF" "000"});
    CHECK(token_texts("sud-coréenne,15 000 hommes") == strings{"sud-coréenne", ",", "15 000", "hommes"});
    CHECK(token_texts("1.200.000 le 24/02/2025 à 14:30 (1950-1953)") ==
          strings{"1.200.000", "le", "24/02/2025", "à", "14:30", "(", "1950-1953", ")"});
    CHECK(token_texts("en 2024 2 000 soldats") == strings{"en", "2024", "2 000", "soldats"});
    CHECK(kind_of("plus de 12 000 soldats", "12 000") == tk::token_kind::number);
  }
  SUBCASE("ordinals") {
    CHECK(token_texts("le 1er mai, la 1re fois, 2e, 11ème, XXe siècle") ==
          strings{"le", "1er", "mai", ",", "la", "1re", "fois", ",", "2e", ",", "11ème", ",", "XXe", "siècle"});
    CHECK(kind_of("le XXe siècle", "XXe") == tk::token_kind::ordinal);
    CHECK(kind_of("le 1er mai", "1er") == tk::token_kind::ordinal);
    CHECK(kind_of("Le renseignement", "Le") == tk::token_kind::word);
  }
  SUBCASE("abbreviations and acronyms") {
    CHECK(token_texts("M. Dupont et Mme Durand, Dr Who, etc. av. J.-C. l'O.N.U. et le NIS") ==
          strings{"M.", "Dupont", "et", "Mme", "Durand", ",", "Dr", "Who", ",", "etc.", "av.", "J.-C.", "l'",
                  "O.N.U.", "et", "le", "NIS"});
  }
  SUBCASE("model designations") {
    CHECK(token_texts("un obusier M-1978, des KN-23 et des AK-47") ==
          strings{"un", "obusier", "M-1978", ",", "des", "KN-23", "et", "des", "AK-47"});
  }
  SUBCASE("URLs, e-mails, mentions, hashtags, quotes") {
    CHECK(token_texts("Lire https://exemple.fr/a?b=c. Écrire à redaction@exemple.fr ou @Reuters #Ukraine") ==
          strings{"Lire", "https://exemple.fr/a?b=c", ".", "Écrire", "à", "redaction@exemple.fr", "ou", "@Reuters",
                  "#Ukraine"});
    CHECK(kind_of("sur www.lemonde.fr aujourd'hui", "www.lemonde.fr") == tk::token_kind::url);
    CHECK(kind_of("sur franceinfo.fr aujourd'hui", "franceinfo.fr") == tk::token_kind::url);
    CHECK(token_texts("« change la donne » “ici”") == strings{"«", "change", "la", "donne", "»", "“", "ici", "”"});
  }
  SUBCASE("percentages, currencies and signs") {
    CHECK(token_texts("une hausse de 4,5 % (contre 12%) et 30\xC2\xA0%") ==
          strings{"une", "hausse", "de", "4,5", "%", "(", "contre", "12", "%", ")", "et", "30", "%"});
    CHECK(kind_of("hausse de 12%", "%") == tk::token_kind::symbol);
    CHECK(kind_of("hausse de 12%", "12") == tk::token_kind::number);
    CHECK(token_texts("la pièce n° 7 et le N° 12") == strings{"la", "pièce", "n°", "7", "et", "le", "N°", "12"});
  }
  SUBCASE("French and English quotes are tokens of their own") {
    CHECK(token_texts("«\xC2\xA0Nous tiendrons\xC2\xA0», a-t-il dit, «\xE2\x80\xAFsans faiblir\xE2\x80\xAF»") ==
          strings{"«", "Nous", "tiendrons", "»", ",", "a", "-t-il", "dit", ",", "«", "sans", "faiblir", "»"});
    CHECK(token_texts("le \"plan\" et le ‘projet’ de l'\"ONU\"") ==
          strings{"le", "\"", "plan", "\"", "et", "le", "‘", "projet", "’", "de", "l'", "\"", "ONU", "\""});
    CHECK(kind_of("« oui »", "«") == tk::token_kind::punctuation);
  }
  SUBCASE("e-mails and web addresses") {
    CHECK(token_texts("Écrivez à contact.presse@ministere.gouv.fr, ou à j.martin+infos@exemple.com.") ==
          strings{"Écrivez", "à", "contact.presse@ministere.gouv.fr", ",", "ou", "à", "j.martin+infos@exemple.com", "."});
    CHECK(kind_of("Écrivez à contact.presse@ministere.gouv.fr.", "contact.presse@ministere.gouv.fr") ==
          tk::token_kind::email);
    CHECK(kind_of("selon Mediapart.fr hier", "Mediapart.fr") == tk::token_kind::url);
    CHECK(token_texts("(voir http://exemple.org/page_(2)).") == strings{"(", "voir", "http://exemple.org/page_(2)", ")", "."});
    CHECK(token_texts("à la fin.Puis") == strings{"à", "la", "fin", ".", "Puis"});
  }
  SUBCASE("initials and abbreviations at the end of a sentence") {
    CHECK(token_texts("le règne de Louis I. Il meurt jeune.") ==
          strings{"le", "règne", "de", "Louis", "I", ".", "Il", "meurt", "jeune", "."});
    CHECK(token_texts("signé J. Martin et P. Durand") == strings{"signé", "J.", "Martin", "et", "P.", "Durand"});
    CHECK(token_texts("Ils étaient sept. Puis huit.") == strings{"Ils", "étaient", "sept", ".", "Puis", "huit", "."});
    CHECK(token_texts("le lun. 3 mars, vol. 2, sept. 2024") ==
          strings{"le", "lun.", "3", "mars", ",", "vol.", "2", ",", "sept.", "2024"});
    CHECK(token_texts("M. Le Maire et Mme La Fontaine") == strings{"M.", "Le", "Maire", "et", "Mme", "La", "Fontaine"});
    CHECK(token_texts("le bunker D4. Il") == strings{"le", "bunker", "D4", ".", "Il"});
  }
  SUBCASE("compounds with digits, clitics after lower-case verbs") {
    CHECK(token_texts("un moteur 4-temps et les 35-heures") == strings{"un", "moteur", "4-temps", "et", "les", "35-heures"});
    CHECK(token_texts("entre 1950-1953 et 10-12") == strings{"entre", "1950-1953", "et", "10-12"});
    CHECK(token_texts("Viens-Tu ? Sois-Tu") == strings{"Viens-Tu", "?", "Sois-Tu"});
    CHECK(token_texts("sois-Tu") == strings{"sois", "-Tu"});
    CHECK(token_texts("y'a pas") == strings{"y'", "a", "pas"});
  }
  SUBCASE("missing space after a period") {
    CHECK(token_texts("en février.Quelque") == strings{"en", "février", ".", "Quelque"});
  }
  SUBCASE("emoji sequences are single tokens") {
    CHECK(token_texts("bravo 👍🏽 🇫🇷 👩🏽‍🚀!") == strings{"bravo", "👍🏽", "🇫🇷", "👩🏽‍🚀", "!"});
    CHECK(kind_of("bravo 👍🏽", "👍🏽") == tk::token_kind::emoji);
  }
}

TEST_CASE("tokenize::tokenizer is lossless") {
  check_lossless("Selon le NIS, la Corée du Nord aurait déployé plus de 12\xE2\x80\xAF" "000 soldats.\r\n\tFin");
  check_lossless("in\xC2\xAD" "for\xC2\xAD" "ma\xC2\xAD" "tion \xEF\xBB\xBF 12\xC2\xA0" "000 ‐ – — … « » \0 nul");
  for (auto const& s : depeche::test::seeds()) {
    CAPTURE(s.name);
    check_lossless(s.text);
  }
}

TEST_CASE("tokenize::tokenizer flags") {
  std::string const s = "Titre\n\nLe NIS l’a dit-il";
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  auto const t = tk::tokenizer{}(*doc);
  REQUIRE(t.size() == 7);
  CHECK(t[1].has(tk::token_flags::paragraph_before));
  CHECK(t[1].has(tk::token_flags::capitalized));
  CHECK(t[2].has(tk::token_flags::acronym));
  CHECK(t[3].has(tk::token_flags::elided));
  CHECK(t[6].has(tk::token_flags::clitic));
}
