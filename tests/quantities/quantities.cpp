// SPDX-License-Identifier: MIT
#include <depeche/recognize/quantities.hpp>

#include "support/quantities.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using depeche::dimension;
using depeche::recognize::quantity;
using depeche::recognize::quantity_change;
using depeche::recognize::quantity_qualifier;
using depeche::test::quantities_in;
using depeche::test::texts;
using depeche::test::with_text;
using strings = std::vector<std::string>;
using Q = quantity_qualifier;

namespace {

quantity the(std::string const& s, std::string const& t) {
  CAPTURE(s);
  auto const v = quantities_in(s);
  CAPTURE(texts(v));
  auto const q = with_text(v, t);
  REQUIRE(q);
  return *q;
}

} // namespace

TEST_CASE("recognize::quantities: qualificatifs") {
  SUBCASE("exact") {
    auto const q = the("Pyongyang a envoyé 12 000 soldats nord-coréens.", "12 000 soldats");
    CHECK(q.qualifier == Q::exact);
    CHECK(q.value == 12000);
    CHECK(q.counted == "soldats");
    CHECK(q.dimension == dimension::count);
    CHECK_FALSE(q.unit);
  }
  SUBCASE("approximately") {
    CHECK(the("Environ 4 000 hommes ont traversé.", "Environ 4 000 hommes").qualifier == Q::approximately);
    CHECK(the("Près de 300 blindés ont été détruits.", "Près de 300 blindés").qualifier == Q::approximately);
    CHECK(the("La région a perdu quelque 2 000 habitants.", "quelque 2 000 habitants").qualifier == Q::approximately);
    CHECK(the("Le coût tourne autour de 50 millions d'euros.", "autour de 50 millions d'euros").qualifier ==
          Q::approximately);
    CHECK(the("Un budget de l'ordre de 3 milliards de dollars.", "de l'ordre de 3 milliards de dollars").qualifier ==
          Q::approximately);
    CHECK(the("Le taux atteint quasi 100 % dans la ville.", "quasi 100 %").qualifier == Q::approximately);
    CHECK(the("On compte près d'un million de réfugiés.", "près d'un million de réfugiés").value == 1e6);
  }
  SUBCASE("more_than, less_than") {
    auto const q = the("Plus de 10 000 soldats sont mobilisés.", "Plus de 10 000 soldats");
    CHECK(q.qualifier == Q::more_than);
    CHECK(q.low == 10000);
    CHECK(the("Les dégâts vont au-delà de 5 millions d'euros.", "au-delà de 5 millions d'euros").qualifier ==
          Q::more_than);
    CHECK(the("Un bilan dépassant les 200 morts.", "dépassant les 200 morts").qualifier == Q::more_than);
    auto const l = the("Moins de 1 % des électeurs ont voté blanc.", "Moins de 1 %");
    CHECK(l.qualifier == Q::less_than);
    CHECK(l.high == 1);
  }
  SUBCASE("at_least, at_most") {
    CHECK(the("Au moins 3 000 combattants additionnels sont arrivés.", "Au moins 3 000 combattants").qualifier ==
          Q::at_least);
    CHECK(the("Il n'y avait pas moins de 40 navires.", "pas moins de 40 navires").qualifier == Q::at_least);
    CHECK(the("Le vote est ouvert à partir de 18 ans.", "à partir de 18 ans").qualifier == Q::at_least);
    CHECK(the("Il risque au plus 5 ans de prison.", "au plus 5 ans").qualifier == Q::at_most);
    auto const o = the("Le vaccin est ouvert aux personnes de 65 ans ou plus.", "65 ans ou plus");
    CHECK(o.qualifier == Q::at_least);
    CHECK(o.low == 65);
    CHECK(the("Les salles de 50 places ou moins rouvrent.", "50 places ou moins").qualifier == Q::at_most);
    CHECK(the("Les votants sont inférieurs ou égaux à 100.", "inférieurs ou égaux à 100").qualifier == Q::at_most);
    auto const m = the("Le groupe va supprimer jusqu'à 700 emplois.", "jusqu'à 700 emplois");
    CHECK(m.qualifier == Q::at_most);
    CHECK(m.high == 700);
    CHECK(the("Pas plus de 20 personnes par salle.", "Pas plus de 20 personnes").qualifier == Q::at_most);
  }
  SUBCASE("range") {
    auto const a = the("Entre 2 000 et 5 000 soldats seraient engagés.", "Entre 2 000 et 5 000 soldats");
    CHECK(a.qualifier == Q::range);
    CHECK_FALSE(a.value);
    CHECK(a.low == 2000);
    CHECK(a.high == 5000);
    CHECK(a.counted == "soldats");
    auto const b = the("Le billet coûte de 20 à 30 euros.", "de 20 à 30 euros");
    CHECK(b.qualifier == Q::range);
    CHECK(b.unit == "EUR");
    CHECK(the("Les renforts comptent 2 000 à 5 000 hommes.", "2 000 à 5 000 hommes").high == 5000);
    CHECK(the("On attend 2 000-5 000 manifestants.", "2 000-5 000 manifestants").low == 2000);
    auto const c = the("Le projet coûterait entre 2 et 3 millions d'euros.", "entre 2 et 3 millions d'euros");
    CHECK(c.low == 2e6);
    CHECK(c.high == 3e6);
    CHECK(c.unit == "EUR");
  }
  SUBCASE("vague") {
    auto const a = the("Des milliers de civils ont fui la ville.", "Des milliers de civils");
    CHECK(a.qualifier == Q::vague);
    CHECK(a.low == 2000);
    CHECK(a.counted == "civils");
    CHECK(the("Des dizaines de blessés ont été soignés.", "Des dizaines de blessés").high == 99);
    auto const c = the("Une centaine de chars ont franchi le fleuve.", "Une centaine de chars");
    CHECK(c.value == 100);
    CHECK(c.qualifier == Q::vague);
    CHECK(the("Plusieurs centaines de drones ont été abattus.", "Plusieurs centaines de drones").low == 200);
    auto const e = the("L'opération a coûté des millions d'euros.", "des millions d'euros");
    CHECK(e.unit == "EUR");
    CHECK(e.qualifier == Q::vague);
    CHECK(the("Des dizaines de milliers de personnes ont manifesté.", "Des dizaines de milliers de personnes").low ==
          20000);
  }
}

TEST_CASE("recognize::quantities: unités") {
  SUBCASE("unités physiques") {
    CHECK(the("Le convoi a parcouru 43 kilomètres.", "43 kilomètres").unit == "km");
    CHECK(the("Des obus de 155 mm ont été livrés.", "155 mm").unit == "mm");
    CHECK(the("Le glacier a reculé de 12 m en un an.", "12 m").unit == "m");
    CHECK(the("La forêt couvre 29 800 km² au nord.", "29 800 km²").unit == "km2");
    CHECK(the("Un terrain de 3 hectares a brûlé.", "3 hectares").unit == "ha");
    CHECK(the("Les douaniers ont saisi 250 kg de cocaïne.", "250 kg").unit == "kg");
    CHECK(the("Le navire transporte 40 000 tonnes de blé.", "40 000 tonnes").unit == "t");
    CHECK(the("Il a bu 2 litres d'eau.", "2 litres").unit == "L");
    CHECK(the("Le thermomètre a atteint 41 °C à Séville.", "41 °C").unit == "Cel");
    CHECK(the("Il faisait 100 degrés Fahrenheit au Texas.", "100 degrés Fahrenheit").unit == "[degF]");
    CHECK(the("La vitesse est limitée à 80 km/h.", "80 km/h").unit == "km/h");
    CHECK(the("La centrale produit 900 MW en pointe.", "900 MW").unit == "MW");
    CHECK(the("Le parc éolien fournit 2 GW.", "2 GW").unit == "GW");
    CHECK(the("La consommation a atteint 450 MWh.", "450 MWh").unit == "MW.h");
    auto const q = the("Les obus de 122 mm et 152 mm arrivent.", "122 mm");
    CHECK(q.dimension == dimension::length);
    CHECK(texts(quantities_in("Les obus de 122 mm et 152 mm arrivent.")) == strings{"122 mm", "152 mm"});
  }
  SUBCASE("pourcentages") {
    auto const p = the("Le chômage touche 7,5 % des actifs.", "7,5 %");
    CHECK(p.unit == "%");
    CHECK(p.dimension == dimension::percentage);
    CHECK(the("Les prix ont grimpé de 12 pour cent.", "12 pour cent").unit == "%");
    CHECK(the("Le taux a perdu 2 points de pourcentage.", "2 points de pourcentage").unit == "%pt");
  }
  SUBCASE("argent") {
    auto const a = the("Washington a promis 540 millions de dollars.", "540 millions de dollars");
    CHECK(a.value == 540e6);
    CHECK(a.unit == "USD");
    CHECK(a.dimension == dimension::currency);
    auto const v = quantities_in("Le Japon dépensera 7 820 milliards de yens (environ 47 milliards d'euros).");
    REQUIRE(v.size() == 2);
    CHECK(v[0].rec.value == doctest::Approx(7.82e12));
    CHECK(v[0].rec.unit == "JPY");
    CHECK(v[1].rec.value == doctest::Approx(47e9));
    CHECK(v[1].rec.unit == "EUR");
    CHECK(v[1].rec.qualifier == Q::approximately);
    CHECK(the("Le billet vaut 12 €.", "12 €").unit == "EUR");
    CHECK(the("Il a payé $ 75 pour le livre.", "$ 75").unit == "USD");
    CHECK(the("La rançon était de £ 8,10 millions.", "£ 8,10 millions").value == doctest::Approx(8.1e6));
    CHECK(the("Tokyo a versé 3 000 ¥ par foyer.", "3 000 ¥").unit == "JPY");
    CHECK(the("Un crédit de 1 000 USD a été accordé.", "1 000 USD").unit == "USD");
    CHECK(the("Un prêt de 20 000 dollars américains.", "20 000 dollars américains").unit == "USD");
    CHECK(the("Il a été payé en roubles : 500 000 roubles.", "500 000 roubles").unit == "RUB");
    CHECK(the("Séoul prévoit 2 000 milliards de wons.", "2 000 milliards de wons").unit == "KRW");
    CHECK(the("Une amende de 10 millions de wons nord-coréens.", "10 millions de wons nord-coréens").unit == "KPW");
    CHECK(the("Kiev a reçu 3 milliards de hryvnias.", "3 milliards de hryvnias").unit == "UAH");
    CHECK(the("Pékin investit 5 milliards de yuans.", "5 milliards de yuans").unit == "CNY");
    CHECK(the("Berne a débloqué 20 millions de francs suisses.", "20 millions de francs suisses").unit == "CHF");
    CHECK(the("La BCE a prêté 1,5 Md€ aux banques.", "1,5 Md€").value == doctest::Approx(1.5e9));
  }
  SUBCASE("durées") {
    CHECK(the("Le conflit dure depuis trois ans.", "trois ans").unit == "a");
    CHECK(the("La trêve a duré 48 heures.", "48 heures").unit == "h");
    CHECK(the("Il a été détenu 10 jours.", "10 jours").unit == "d");
    CHECK(the("Les travaux prendront six mois.", "six mois").unit == "mo");
    CHECK(the("Une pause de 3 semaines est prévue.", "3 semaines").unit == "wk");
    CHECK(the("Le discours a duré 45 minutes.", "45 minutes").dimension == dimension::duration);
  }
}

TEST_CASE("recognize::quantities: noms comptés") {
  CHECK(the("Kim a envoyé 3 000 combattants additionnels.", "3 000 combattants").counted == "combattants");
  CHECK(the("L'armée a aligné plus de deux cents pièces d'artillerie.", "plus de deux cents pièces").counted ==
        "pièces");
  CHECK(the("Les 3 000 autres soldats sont restés.", "3 000 autres soldats").counted == "soldats");
  CHECK(the("On recense 15 Morts et 90 blessés.", "90 blessés").counted == "blessés");
  CHECK(the("Le sommet a réuni les 27 États membres.", "27 États").counted == "états");
  CHECK(the("Environ 3 000 Ukrainiens ont fui.", "Environ 3 000 Ukrainiens").counted == "ukrainiens");
  SUBCASE("pas un nom compté") {
    auto const q = the("Ils étaient 3 000 à manifester.", "3 000");
    CHECK_FALSE(q.counted);
    CHECK(q.dimension == dimension::number);
    CHECK_FALSE(the("Selon Kiev, 5 000 ont été tués.", "5 000").counted);
  }
}

TEST_CASE("recognize::quantities: variations") {
  auto const a = the("Les tarifs vont augmenter de 16 % en janvier.", "16 %");
  CHECK(a.change == quantity_change::increase);
  CHECK(the("Les salaires ont augmenté de 15 %.", "15 %").change == quantity_change::increase);
  CHECK(the("Les ventes sont en baisse de 3,2 % sur un an.", "3,2 %").change == quantity_change::decrease);
  CHECK(the("Le chômage a reculé de plus de 2 %.", "plus de 2 %").change == quantity_change::decrease);
  CHECK(the("Le taux atteint 5 %.", "5 %").change == quantity_change::none);
}

TEST_CASE("recognize::quantities: ce qui n'est pas une quantité") {
  CHECK(quantities_in("Pyongyang a testé un KN-23 et des AK-47.").empty());
  CHECK(quantities_in("Le M-1978 est un obusier.").empty());
  CHECK(quantities_in("La résolution 2397 a été adoptée.").empty());
  CHECK(quantities_in("Un Boeing 737 a atterri.").empty());
  CHECK(quantities_in("Appelez le 01 23 45 67 89.").empty());
  CHECK(quantities_in("Voir https://exemple.fr/2024/10/12/article-123.").empty());
  CHECK(quantities_in("En 2024, la guerre a continué.").empty());
  CHECK(quantities_in("Le 3 mars 2024, il a signé.").empty());
  CHECK(quantities_in("La réunion commence à 14 h 30.").empty());
  CHECK(quantities_in("Rendez-vous à 9 h devant la mairie.").empty());
  CHECK(quantities_in("La guerre de Corée (1950-1953) a divisé la péninsule.").empty());
  CHECK(quantities_in("Les deux ont refusé. Un homme est venu.").empty());
  CHECK(quantities_in("La moitié des habitants et le XXe siècle.").empty());
  CHECK(quantities_in("3 Min Temps de lecture").empty());
  CHECK(quantities_in("La loi 2024-123 et la victoire 2-1 du club.").empty());
  CHECK(quantities_in("Les 3 et 4 juin, puis du 10 au 12 juillet.").empty());
  CHECK(quantities_in("Composez le +1-222-2222-2222 ou le 2024-12-05-001.").empty());
  CHECK(texts(quantities_in("La lecture prend 3 min.")) == strings{"3 min"});
}

TEST_CASE("recognize::quantities: monnaies divisionnaires, sommes composées, contextes") {
  CHECK(the("Le ticket coûte 50 centimes.", "50 centimes").value == doctest::Approx(0.5));
  CHECK(the("Le ticket coûte 50 centimes.", "50 centimes").unit == "EUR");
  CHECK(the("L'action a perdu 34 cents.", "34 cents").value == doctest::Approx(0.34));
  CHECK(the("Le menu coûte 15 dollars 50 à New York.", "15 dollars 50").value == doctest::Approx(15.5));
  CHECK(the("Il a payé treize euros et quarante-cinq centimes.", "treize euros et quarante-cinq centimes").value ==
        doctest::Approx(13.45));
  CHECK(the("Le Parlement a voté 361 millions de livres.", "361 millions de livres").unit == "GBP");
  CHECK(the("Le gouvernement a opéré un virage à 180 degrés.", "180 degrés").unit == "deg");
  CHECK(the("Il a fait 25 degrés à Lille.", "25 degrés").unit == "Cel");
  CHECK(the("Il a attendu un quart d'heure.", "un quart d'heure").value == 0.25);
  CHECK(the("Le fleuve gèle à - 20 degrés.", "- 20 degrés").value == -20);
  CHECK(the("Le lot pèse 1,2 milliard de tonnes.", "1,2 milliard de tonnes").value == doctest::Approx(1.2e9));
  CHECK(the("Un million de personnes ont défilé.", "Un million de personnes").counted == "personnes");
  CHECK(the("On a compté 1 000 000 de visiteurs.", "1 000 000 de visiteurs").counted == "visiteurs");
}

TEST_CASE("recognize::quantities: options") {
  std::string const s = "Il a entre 40 et 50 ans et convertit des degrés Celsius.";
  CHECK(texts(quantities_in(s)) == strings{"entre 40 et 50 ans"});
  depeche::recognize::quantities const q{depeche::recognize::quantity_options{.ranges = false, .unit_mentions = true}};
  auto const v = depeche::test::run(q, s);
  CHECK(texts(v) == strings{"40", "50 ans", "degrés Celsius"});
  REQUIRE(v.size() == 3);
  CHECK_FALSE(v[2].rec.value);
  CHECK(v[2].rec.unit == "Cel");
  depeche::recognize::quantities const no_bare{depeche::recognize::quantity_options{.bare_numbers = false}};
  CHECK(depeche::test::run(no_bare, "Ils étaient 3 000 à défiler.").empty());
}

TEST_CASE("recognize::quantities: find appends to a caller's vector") {
  std::string const s = "Le dollar a perdu 2 % et 3 km de route ont fermé.";
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  depeche::recognize::analysis a(*doc);
  depeche::recognize::quantities const q{depeche::recognize::quantity_options{.unit_mentions = true}};
  std::vector<quantity> out(1);  // a record the caller already had
  q.find(a.view(), out);
  REQUIRE(out.size() == 4);
  CHECK(out[0] == quantity{});
  CHECK(out[1].unit == "USD");  // « dollar », a unit without a number, merged in text order
  CHECK_FALSE(out[1].value);
  CHECK(out[2].unit == "%");
  CHECK(out[3].unit == "km");
  CHECK(q.find(a.view()).size() == 3);
}
