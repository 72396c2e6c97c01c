// SPDX-License-Identifier: MIT
#include <depeche/recognize/numbers.hpp>

#include "support/quantities.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using depeche::recognize::number_kind;
using depeche::recognize::number_mention;
using depeche::test::numbers_in;
using depeche::test::texts;
using depeche::test::with_text;
using strings = std::vector<std::string>;

namespace {

/// The single number of `s` whose text is `t`: its value, or NaN-free failure.
std::optional<number_mention> num(std::string const& s, std::string const& t) { return with_text(numbers_in(s), t); }

void check_value(std::string const& s, std::string const& t, double v, number_kind k) {
  CAPTURE(s);
  auto const n = num(s, t);
  REQUIRE(n);
  CHECK(n->value == doctest::Approx(v));
  CHECK(n->kind == k);
}

} // namespace

TEST_CASE("recognize::numbers: chiffres à la française") {
  SUBCASE("milliers séparés par des espaces, des espaces insécables ou des points") {
    check_value("L'armée a déployé 12 000 hommes à la frontière.", "12 000", 12000, number_kind::cardinal);
    check_value("La ville compte 45\u00A0300 habitants.", "45\u00A0300", 45300, number_kind::cardinal);
    check_value("Un budget de 1\u202F250\u202F000 euros a été voté.", "1\u202F250\u202F000", 1250000, number_kind::cardinal);
    check_value("La région a reçu 1.200.000 doses de vaccin.", "1.200.000", 1200000, number_kind::cardinal);
  }
  SUBCASE("virgule décimale et signes") {
    check_value("Le taux est passé à 3,5 cette année.", "3,5", 3.5, number_kind::decimal);
    check_value("Le ticket coûte 6 700,54 en monnaie locale.", "6 700,54", 6700.54, number_kind::decimal);
    check_value("Le thermomètre affichait -12 ce matin.", "-12", -12, number_kind::cardinal);
    check_value("L'indice termine à +0,8 en clôture.", "+0,8", 0.8, number_kind::decimal);
  }
  SUBCASE("mots d'échelle") {
    check_value("La dette atteint 1,2 milliard de francs.", "1,2 milliard", 1.2e9, number_kind::cardinal);
    check_value("Tokyo dépensera 7 820 milliards de yens.", "7 820 milliards", 7.82e12, number_kind::cardinal);
    check_value("La ville a accueilli 3 millions de visiteurs.", "3 millions", 3e6, number_kind::cardinal);
    check_value("Le groupe a levé 1,5 Md cette année.", "1,5 Md", 1.5e9, number_kind::cardinal);
    check_value("Le clip a été vu 2 M de fois.", "2 M", 2e6, number_kind::cardinal);
    check_value("Il a perdu 2,5 millions et demi.", "2,5 millions et demi", 3e6, number_kind::fraction);
  }
  SUBCASE("un point n'est pas un séparateur de milliers ailleurs") {
    CHECK(texts(numbers_in("Le score final est 2015 12 buts.")) == strings{"2015", "12"});
  }
}

TEST_CASE("recognize::numbers: nombres en lettres") {
  check_value("Douze personnes ont été arrêtées.", "Douze", 12, number_kind::cardinal);
  check_value("Il a vendu deux cents maisons.", "deux cents", 200, number_kind::cardinal);
  check_value("La loi compte deux-cent-trois articles.", "deux-cent-trois", 203, number_kind::cardinal);
  check_value("Il est mort à quatre-vingt-dix-sept ans.", "quatre-vingt-dix-sept", 97, number_kind::cardinal);
  check_value("Les soixante et onze élus ont voté.", "soixante et onze", 71, number_kind::cardinal);
  check_value("Mille cent soldats ont défilé.", "Mille cent", 1100, number_kind::cardinal);
  check_value("On attend un million deux cent mille visiteurs.", "un million deux cent mille", 1.2e6,
              number_kind::cardinal);
  check_value("À Genève, septante-cinq personnes ont signé.", "septante-cinq", 75, number_kind::cardinal);
  check_value("À Lausanne, huitante délégués sont venus.", "huitante", 80, number_kind::cardinal);
  check_value("À Liège, nonante-neuf bus circulent.", "nonante-neuf", 99, number_kind::cardinal);
  check_value("Le compteur est revenu à zero hier.", "zero", 0, number_kind::cardinal);
  check_value("Le stock est à zéro.", "zéro", 0, number_kind::cardinal);
  SUBCASE("ni articles ni adjectifs") {
    CHECK(numbers_in("Un homme a acheté une maison.").empty());
    CHECK(numbers_in("Ils ont construit un immeuble neuf pour la mairie.").empty());
    CHECK(numbers_in("Quoi de neuf ? Tout est remis à neuf.").empty());
    CHECK(texts(numbers_in("Les neuf juges ont tranché.")) == strings{"neuf"});
    depeche::recognize::number_options o;
    o.articles = true;
    CHECK(texts(numbers_in("Un homme est venu.", o)) == strings{"Un"});
  }
  SUBCASE("des mots qui commencent comme des nombres") {
    CHECK(numbers_in("Les centimes, la douzième et les dixièmes sont des mots.").size() == 2);  // ordinals only
    CHECK(numbers_in("Il a mis quatre sous de côté.").size() == 1);
  }
}

TEST_CASE("recognize::numbers: ordinaux") {
  check_value("Le 1er mai, les syndicats défilent.", "1er", 1, number_kind::ordinal);
  check_value("La 1re division blindée est arrivée.", "1re", 1, number_kind::ordinal);
  check_value("Il termine 2e du classement.", "2e", 2, number_kind::ordinal);
  check_value("C'est la 11ème édition du salon.", "11ème", 11, number_kind::ordinal);
  check_value("Il arrive premier de sa course.", "premier", 1, number_kind::ordinal);
  check_value("Le vingt et unième siècle commence.", "vingt et unième", 21, number_kind::ordinal);
  check_value("C'est la deuxieme fois.", "deuxieme", 2, number_kind::ordinal);
  check_value("Les historiens du XXe siècle l'ont montré.", "XXe", 20, number_kind::ordinal);
  check_value("La Seconde Guerre mondiale a pris fin.", "Seconde", 2, number_kind::ordinal);
  SUBCASE("pas des ordinaux") {
    CHECK(numbers_in("Louis XIV a régné longtemps.").empty());
    CHECK(numbers_in("Le Premier ministre a parlé.").empty());
    CHECK(numbers_in("Attendez une seconde, dit-il.").empty());
  }
}

TEST_CASE("recognize::numbers: fractions et multiplicateurs") {
  check_value("La moitié des électeurs s'est abstenue.", "La moitié", 0.5, number_kind::fraction);
  check_value("Un tiers des habitants est parti.", "Un tiers", 1.0 / 3, number_kind::fraction);
  check_value("Les trois quarts du budget sont engagés.", "trois quarts", 0.75, number_kind::fraction);
  check_value("Un cinquième de la population vit sous le seuil.", "Un cinquième", 0.2, number_kind::fraction);
  check_value("Les deux tiers des votants ont dit oui.", "deux tiers", 2.0 / 3, number_kind::fraction);
  check_value("La production est douze fois plus élevée.", "douze fois plus", 12, number_kind::multiplier);
  check_value("Le trajet coûte deux fois moins cher.", "deux fois moins", 0.5, number_kind::multiplier);
  check_value("Les ventes sont 3 fois plus fortes.", "3 fois plus", 3, number_kind::multiplier);
  SUBCASE("un troisième mandat n'est pas un tiers") {
    auto const v = numbers_in("Il brigue un troisième mandat.");
    REQUIRE(v.size() == 1);
    CHECK(v[0].text == "troisième");
    CHECK(v[0].rec.kind == number_kind::ordinal);
  }
}

TEST_CASE("recognize::numbers: ce qui n'est pas un nombre") {
  CHECK(numbers_in("Pyongyang a tiré un missile KN-23 et livré des fusils AK-47.").empty());
  CHECK(numbers_in("Le lanceur M-1978 a été repéré.").empty());
  CHECK(numbers_in("La résolution 2397 du Conseil de sécurité s'applique.").empty());
  CHECK(numbers_in("Un Boeing 737 s'est posé à Nice.").empty());
  CHECK(numbers_in("Appelez le 01 23 45 67 89 ou le 06.12.34.56.78 avant midi.").empty());
  CHECK(numbers_in("Lisez https://www.exemple.fr/article/2024/12345 ce soir.").empty());
  CHECK(numbers_in("Rendez-vous le 24/02/2025 à 14:30.").empty());
  SUBCASE("les années sont des nombres que les dates réclament") {
    CHECK(texts(numbers_in("Il est arrivé en 2024 à Paris.")) == strings{"2024"});
    depeche::recognize::number_options o;
    o.years = false;
    CHECK(numbers_in("Il est arrivé en 2024 à Paris.", o).empty());
  }
  SUBCASE("offsets d'origine") {
    std::string const s = "Il y a eu\u00A012\u00A0000 morts.";
    auto const v = numbers_in(s);
    REQUIRE(v.size() == 1);
    CHECK(v[0].rec.begin == 11);
    CHECK(v[0].text == "12\u00A0000");
  }
}

TEST_CASE("recognize::numbers: autres écritures") {
  SUBCASE("rapports, fractions en chiffres, virgule en toutes lettres") {
    check_value("Un sur trois a voté contre.", "Un sur trois", 1.0 / 3, number_kind::fraction);
    check_value("Neuf sur dix ont répondu.", "Neuf sur dix", 0.9, number_kind::fraction);
    check_value("Il manque 3/4 du budget.", "3/4", 0.75, number_kind::fraction);
    check_value("La pente est de 2 1/2 degrés.", "2 1/2", 2.5, number_kind::fraction);
    check_value("Le taux est de deux virgule cinq.", "deux virgule cinq", 2.5, number_kind::decimal);
    check_value("Il reste cent et trois quarts.", "cent et trois quarts", 100.75, number_kind::fraction);
    check_value("Une douzaine d'œufs a été vendue.", "Une douzaine", 12, number_kind::cardinal);
    check_value("Le stock atteint 1e6 unités.", "1e6", 1e6, number_kind::cardinal);
    CHECK(numbers_in("Le match s'est fini sur le score de 3/1.").empty());  // not a proper fraction
  }
  SUBCASE("ordinaux relatifs, sur demande") {
    CHECK(numbers_in("Le dernier convoi est parti.").empty());
    depeche::recognize::number_options o;
    o.relative_ordinals = true;
    auto const v = numbers_in("Le dernier convoi et l'avant-dernier sont partis.", o);
    REQUIRE(v.size() == 2);
    CHECK(v[0].text == "dernier");
    CHECK(v[0].rec.relative_to == depeche::recognize::ordinal_base::end);
    CHECK(v[0].rec.value == 0);
    CHECK(v[1].text == "l'avant-dernier");
    CHECK(v[1].rec.value == -1);
    auto const w = numbers_in("La prochaine réunion aura lieu mardi.", o);
    REQUIRE(w.size() == 1);
    CHECK(w[0].rec.relative_to == depeche::recognize::ordinal_base::current);
    CHECK(w[0].rec.value == 1);
  }
  SUBCASE("nombres collés à une unité") {
    CHECK(numbers_in("Le convoi a roulé 3km sous la pluie.").empty());
    depeche::recognize::number_options o;
    o.glued_to_units = true;
    CHECK(texts(numbers_in("Le convoi a roulé 3km sous la pluie.", o)) == strings{"3"});
    CHECK(numbers_in("La 5G arrive, le rendez-vous est à 14h30.").empty());
  }
}
