// SPDX-License-Identifier: MIT
// Without --reference-date: the document's own date near its top becomes the reference.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

namespace {

std::optional<depeche::recognize::reference_point> doc_date(std::string const& text) {
  auto doc = depeche::text::prepare(text);
  REQUIRE(doc);
  depeche::recognize::analysis a(*doc);
  return depeche::recognize::dates{}.document_date(a.view());
}

} // namespace

TEST_CASE("dates: document date") {
  using rp = depeche::recognize::reference_point;
  SUBCASE("year-month after « date »") {
    auto const text = std::string(" date 2025-03 La Russie a reçu des renforts.\n\nLe 12 mars, l'armée a annoncé jeudi une offensive.");
    CHECK(doc_date(text) == rp{2025, 3, -32768});
    // the year comes from the document date; the weekday cannot be placed with a month-precise date
    CHECK(dates(text, nullptr) ==
          strings{"2025-03|DATE|2025-03", "12 mars|DATE|2025-03-12", "jeudi|DATE|XXXX-WXX-4"});
  }
  SUBCASE("a weekday with day and month pins the year") {
    auto const text = std::string(
        "Le Journal du Soir\nmardi, 14 octobre\nPolitique\n\nPar Jeanne Martin\nlundi, 6 octobre\n\n"
        "Le gouvernement a présenté son budget hier. Les débats reprendront en 2026. © 2025 Le Journal");
    // both datelines are pinned to 2025; the article's (earlier) date wins over the page header
    CHECK(doc_date(text) == rp{2025, 10, 6});
    auto const found = dates(text, nullptr);
    CHECK(std::find(found.begin(), found.end(), "hier|DATE|2025-10-05") != found.end());
  }
  SUBCASE("publication line") {
    CHECK(doc_date("Publié le 3 mars 2024 à 08h15, mis à jour le 4 mars 2024\nLes faits...") == rp{2024, 3, 3});
  }
  SUBCASE("a date inside the lead is not the document date") {
    CHECK(!doc_date("Les commémorations du 9 mai 2025 à Moscou ont réuni des dizaines de dirigeants étrangers venus "
                    "de toute l'Asie, selon l'agence officielle."));
  }
  SUBCASE("no date: relative expressions stay underspecified") {
    CHECK(dates("Le ministre a démissionné hier.", nullptr) == strings{"hier|DATE|XXXX-XX-XX"});
  }
}
