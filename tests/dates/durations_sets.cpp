// SPDX-License-Identifier: MIT
// Durations and recurrences (TIMEX3 DURATION and SET).
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: durations") {
  CHECK(dates("Les troupes ont disparu du front pendant trois semaines.") == strings{"trois semaines|DURATION|P3W"});
  CHECK(dates("Le défilé commémore les 80 ans de la victoire.") == strings{"80 ans|DURATION|P80Y"});
  CHECK(dates("Les négociations ont duré deux heures.") == strings{"deux heures|DURATION|PT2H"});
  CHECK(dates("Il a purgé une peine d'un an et demi.") == strings{"un an et demi|DURATION|P1.5Y"});
  CHECK(dates("La trêve a tenu une demi-heure.") == strings{"une demi-heure|DURATION|PT0.5H"});
  CHECK(dates("Le chantier durera 3,5 ans selon le ministère.") == strings{"3,5 ans|DURATION|P3.5Y"});
  CHECK(dates("Un cessez-le-feu de 48h a été proclamé.") == strings{"48h|DURATION|PT48H"});
  CHECK(dates("Les otages ont été détenus pendant quelques jours.") == strings{"quelques jours|DURATION|PXD"});
  CHECK(dates("La maison n'est plus habitée depuis trois ans.") ==
        strings{"depuis trois ans|DURATION|P3Y|from=2022"});
  CHECK(dates("Il a travaillé deux ans et six mois à Séoul.") == strings{"deux ans et six mois|DURATION|P2Y6M"});
  // a number in words written with hyphens starts the expression like its pieces
  CHECK(dates("Les pompiers ont lutté quarante-huit heures contre le feu.") ==
        strings{"quarante-huit heures|DURATION|PT48H"});
  CHECK(dates("Une garde à vue de vingt-quatre heures a été prolongée.") ==
        strings{"vingt-quatre heures|DURATION|PT24H"});
  CHECK(dates("Le porte-parole n'a rien dit.").empty());
  // large decimals are written out, never with an exponent (« P1.2e+06Y » was found by fuzz_pipeline)
  CHECK(dates("Les déchets resteront dangereux pendant 1 200 000,5 ans.") ==
        strings{"1 200 000,5 ans|DURATION|P1200000.5Y"});
}

TEST_CASE("dates: no record with an empty TIMEX3 value") {
  // without a reference date « le premier mois » counts from nothing: no value, so no record
  for (auto const& t : depeche::test::temporals("Le premier mois a été calme, le premier trimestre aussi.", nullptr)) {
    CHECK((!t.value || !t.value->empty()));
    CHECK((!t.from || !t.from->empty()));
    CHECK((!t.to || !t.to->empty()));
  }
}

TEST_CASE("dates: the first months of a year not known are underspecified") {
  // no reference date: the year is XXXX, the months are still known
  CHECK(dates("Les deux premiers mois ont été difficiles pour l'entreprise.", nullptr) ==
        strings{"Les deux premiers mois|DATE|XXXX|from=XXXX-01|to=XXXX-02"});
  // with one, the year of the reference
  CHECK(dates("Les deux premiers mois ont été difficiles pour l'entreprise.") ==
        strings{"Les deux premiers mois|DATE|2025|from=2025-01|to=2025-02"});
}

TEST_CASE("dates: sets") {
  CHECK(dates("Le rapport est publié chaque année en juin.") ==
        strings{"chaque année|SET|P1Y", "juin|DATE|2025-06"});
  CHECK(dates("Les inspecteurs passent tous les mois.") == strings{"tous les mois|SET|P1M"});
  CHECK(dates("Le conseil se réunit deux fois par semaine.") == strings{"deux fois par semaine|SET|P1W|freq=2X"});
  CHECK(dates("Des convois partent tous les lundis.") == strings{"tous les lundis|SET|XXXX-WXX-1"});
  CHECK(dates("Le marché se tient tous les deux ans.") == strings{"tous les deux ans|SET|P2Y"});
  CHECK(dates("Près de 400 obus sont tirés par jour.") == strings{"par jour|SET|P1D"});
  CHECK(dates("Une réunion hebdomadaire réunit les ministres.") == strings{"hebdomadaire|SET|P1W"});
}
