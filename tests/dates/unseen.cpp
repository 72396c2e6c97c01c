// SPDX-License-Identifier: MIT
// Errors found on original news articles (tests/data/unseen), each checked on new sentences.
#include <depeche/recognize/dates.hpp>

#include "dates/support.hpp"

using depeche::test::dates;
using depeche::test::strings;

TEST_CASE("dates: a race time is no time of day") {
  CHECK(dates("Il a franchi la ligne en 2 h 11 min 04 s.").empty());
  CHECK(dates("Elle s'est qualifiée après 1 h 52 min de jeu.").empty());
  CHECK(dates("La réunion a commencé à 14 h 30.") == strings{"14 h 30|TIME|2025-05-01T14:30"});
}

TEST_CASE("dates: open intervals on a weekday lie ahead when no tense says otherwise") {
  // the reference, 2025-05-01, is a Thursday
  CHECK(dates("Les routes restent fermées jusqu'à samedi.") == strings{"jusqu'à samedi|DATE|null|to=2025-05-03"});
  CHECK(dates("À partir de lundi, les bus circulent normalement.") ==
        strings{"À partir de lundi|DATE|null|from=2025-05-05"});
  // a past tense still wins
  CHECK(dates("Il avait été hospitalisé jusqu'à mardi.") == strings{"jusqu'à mardi|DATE|null|to=2025-04-29"});
}

TEST_CASE("dates: forward modals point ahead") {
  CHECK(dates("Le verdict pourrait tomber mardi.") == strings{"mardi|DATE|2025-05-06"});
}

TEST_CASE("dates: the minutes of a race time are no duration of their own") {
  CHECK(dates("Le vainqueur a couru en 2 h 09 min 55 s.").empty());
  CHECK(dates("La pause a duré 20 min.") == strings{"20 min|DURATION|PT20M"});
}

namespace {
/// The first temporal whose text contains `part`, described; "" when none.
std::string with(std::string const& text, std::string_view part, char const* reference = "2025-05-01") {
  for (auto const& t : depeche::test::temporals(text, reference)) {
    auto const d = depeche::test::describe(t, text);
    if (d.substr(0, d.find('|')).find(part) != std::string::npos) return d;
  }
  return "";
}
/// The `field` (« from= », « to= ») of a description, or "".
std::string field(std::string const& d, std::string_view name) {
  auto const p = d.find(name);
  if (p == std::string::npos) return "";
  auto const e = d.find('|', p);
  return d.substr(p + name.size(), e == std::string::npos ? std::string::npos : e - p - name.size());
}
} // namespace

TEST_CASE("dates: « de samedi à dimanche » follows the tense, and its ends stay in order") {
  // the reference, 2025-05-01, is a Thursday
  auto const f = with("De violents orages sont attendus dans la nuit de samedi à dimanche sur la Bretagne.", "samedi");
  CAPTURE(f);
  CHECK(field(f, "from=") == "2025-05-03");
  CHECK(field(f, "to=") == "2025-05-04");
  auto const p = with("Des orages ont frappé la Bretagne de samedi à dimanche.", "samedi");
  CAPTURE(p);
  CHECK(field(p, "from=") == "2025-04-26");
  CHECK(field(p, "to=") == "2025-04-27");
  // said on a Thursday, « de jeudi à vendredi » ahead is next week's
  auto const n = with("Une grève est programmée de jeudi à vendredi dans les transports.", "jeudi");
  CAPTURE(n);
  CHECK(field(n, "from=") == "2025-05-08");
  CHECK(field(n, "to=") == "2025-05-09");
  // « attendu » after « avoir » is no future
  CHECK(dates("Il a attendu mardi pour répondre.") == strings{"mardi|DATE|2025-04-29"});
}

TEST_CASE("dates: seasons and months without a year follow the conditional and the past") {
  // reference 2025-08-20 (summer)
  CHECK(with("La ministre a indiqué que le texte serait soumis au vote à l'automne.", "automne", "2025-08-20")
            .ends_with("|2025-FA"));
  CHECK(with("Il avait été arrêté à l'automne, selon la police.", "automne", "2025-08-20").ends_with("|2024-FA"));
  CHECK(with("La nouvelle usine serait inaugurée au printemps.", "printemps", "2025-08-20").ends_with("|2026-SP"));
  CHECK(with("Le chantier débuterait en mars, a précisé le maire.", "mars", "2025-08-20").ends_with("|2026-03"));
  // a past conditional looks back: « aurait quitté »
  CHECK(with("Le suspect aurait quitté le pays en octobre.", "octobre", "2025-01-10").ends_with("|2024-10"));
  // a hedged present (« serait malade ») decides nothing: the past tense nearby does
  CHECK(with("Il a été hospitalisé en novembre et serait malade.", "novembre", "2025-02-10").ends_with("|2024-11"));
}

TEST_CASE("dates: a clock time alone is on the reference day, or on the day of its sentence") {
  CHECK(dates("Le Conseil se réunira à 15h10 à l'Élysée.") == strings{"15h10|TIME|2025-05-01T15:10"});
  CHECK(with("Le cortège est parti le 3 mai à 9 h et il est arrivé à 11 h 15.", "11 h 15").ends_with("|2025-05-03T11:15"));
  // another sentence: the reference day
  CHECK(with("Le cortège est parti le 3 mai. Il est arrivé à 11 h 15.", "11 h 15").ends_with("|2025-05-01T11:15"));
  // no reference: no day
  CHECK(with("La séance a repris à 21 h 40.", "21 h 40", nullptr).ends_with("|T21:40"));
  // a time does not move the narrative anchor: « le lendemain » counts from the 3rd
  CHECK(with("Le 3 mai, il a quitté Paris. À 18 h, il était à Lyon. Le lendemain, il est reparti.", "lendemain")
            .ends_with("|2025-05-04"));
}

TEST_CASE("dates: « h » and two digits after a race cue is a duration") {
  CHECK(with("Dimanche à Berlin, elle espère descendre sous les 2 h 19.", "2 h 19") == "2 h 19|DURATION|PT2H19M");
  CHECK(with("Il détient le record de 1 h 58 sur ce parcours.", "1 h 58") == "1 h 58|DURATION|PT1H58M");
  CHECK(with("Le favori a bouclé la boucle en 3h12.", "3h12") == "3h12|DURATION|PT3H12M");
  CHECK(with("Elle a signé un chrono de 2 h 31 à Rotterdam.", "2 h 31") == "2 h 31|DURATION|PT2H31M");
  // a time of day stays one
  CHECK(with("Le départ sera donné à 2 h 06 du matin.", "2 h 06").find("|TIME|") != std::string::npos);
  CHECK(with("Les secours sont arrivés vers 11 h 30.", "11 h 30").find("|TIME|") != std::string::npos);
}

TEST_CASE("dates: a year named by the noun before it") {
  CHECK(dates("Le gouvernement présentera le budget 2027 en octobre.") ==
        strings{"2027|DATE|2027", "octobre|DATE|2025-10"});
  CHECK(dates("La saison 2024 a été la plus chaude jamais mesurée.") == strings{"2024|DATE|2024"});
  CHECK(with("Les députés examinent la loi de finances 2026.", "2026") == "2026|DATE|2026");
  CHECK(with("La France vise la neutralité carbone à l'horizon 2050.", "2050").ends_with("|DATE|2050"));
  // no noun of that kind, a number glued to more digits, or a year out of range: nothing
  CHECK(dates("L'usine a produit 2026 véhicules.").empty());
  CHECK(dates("Le budget 1750 reste une énigme.").empty());
  CHECK(dates("Il a déposé l'amendement 2026 au Sénat.").empty());
}
