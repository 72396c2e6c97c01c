// SPDX-License-Identifier: MIT
// Verbal cues: tenses, inversions, postposed subjects, relatives, coordination, semi-auxiliaries.
#include <depeche/recognize/attributions.hpp>

#include "support.hpp"

#include <doctest/doctest.h>

using depeche::recognize::cue_kind;
using depeche::recognize::source_subtype;
using depeche::recognize::source_type;
using depeche::test::attribute;

TEST_CASE("attributions: verbs in any tense") {
  auto const r = attribute(
      "Le Kremlin a confirmé mardi que des soldats étrangers combattaient dans la région. "
      "Les autorités portugaises affirment que le navire a quitté le port. "
      "L'armée israélienne avait indiqué dans la matinée que deux roquettes avaient été interceptées. "
      "Le ministère de la Santé précisera les chiffres demain. "
      "La porte-parole de la Commission a souligné l'urgence de la situation.");
  CHECK(r->source_of("a confirmé") == "Le Kremlin");
  CHECK(r->source_of("affirment") == "Les autorités portugaises");
  CHECK(r->source_of("avait indiqué") == "L'armée israélienne");
  CHECK(r->source_of("précisera") == "Le ministère de la Santé");
  CHECK(r->source_of("a souligné") == "La porte-parole de la Commission");
  auto const* k = r->by_cue("a confirmé");
  REQUIRE(k);
  CHECK(k->source.type == source_type::organization);
  CHECK(k->source.subtype == source_subtype::government);
  CHECK(k->kind == cue_kind::verb);
  CHECK(k->lemma == "confirmer");
  CHECK(r->content(*k) == "que des soldats étrangers combattaient dans la région");
}

TEST_CASE("attributions: subjects") {
  SUBCASE("a person with a title and a name") {
    auto const r = attribute("La diplomate allemande Katrin Vogel a déclaré devant le Conseil de sécurité que la trêve était violée.");
    auto const* a = r->by_cue("a déclaré");
    REQUIRE(a);
    CHECK(r->source(*a) == "La diplomate allemande Katrin Vogel");
    CHECK(a->source.type == source_type::person);
    CHECK(r->content(*a) == "que la trêve était violée");
  }
  SUBCASE("a name in apposition before the verb") {
    auto const r = attribute("Le ministre tchèque de l'Intérieur, Pavel Novak, a dénoncé une campagne de désinformation.");
    CHECK(r->source_of("a dénoncé") == "Le ministre tchèque de l'Intérieur, Pavel Novak");
  }
  SUBCASE("a role in apposition after the name") {
    auto const r = attribute("Marc Lefèvre, chercheur au Centre d'études stratégiques, estime que le conflit va durer.");
    CHECK(r->source_of("estime") == "Marc Lefèvre, chercheur au Centre d'études stratégiques");
  }
  SUBCASE("an incise between subject and verb") {
    auto const r = attribute("Le rapport, commandé par le Sénat en 2023, recommande de fermer trois bases.");
    CHECK(r->by_cue("recommande") == nullptr);  // not a reporting verb
    auto const r2 = attribute("Le rapport, commandé par le Sénat en 2023, souligne que trois bases sont vétustes.");
    CHECK(r2->source_of("souligne") == "Le rapport");
  }
  SUBCASE("a country or capital") {
    auto const r = attribute("Washington prévient que toute nouvelle frappe entraînera une riposte. Pékin dément.");
    auto const* a = r->by_cue("prévient");
    REQUIRE(a);
    CHECK(r->source(*a) == "Washington");
    CHECK(a->source.type == source_type::country_or_capital);
    auto const* d = r->by_cue("dément");
    REQUIRE(d);
    CHECK(r->source(*d) == "Pékin");
    CHECK(d->negated);
  }
  SUBCASE("anonymous sources") {
    auto const r = attribute("Une source proche du dossier assure que le contrat sera signé. Les analystes estiment que la banque centrale attendra.");
    auto const* a = r->by_cue("assure");
    REQUIRE(a);
    CHECK(r->source(*a) == "Une source proche du dossier");
    CHECK(a->source.type == source_type::anonymous);
    CHECK(r->by_cue("estiment")->source.type == source_type::anonymous);
  }
  SUBCASE("a pronoun") {
    auto const r = attribute("La ministre Claire Robin a visité l'usine. Elle a assuré que les emplois seraient maintenus.");
    auto const* a = r->by_cue("a assuré");
    REQUIRE(a);
    CHECK(r->source(*a) == "Elle");
    CHECK(a->source.type == depeche::recognize::source_type::self);
  }
  SUBCASE("a relative pronoun: the antecedent is the source") {
    auto const r = attribute("Il contredit les déclarations du porte-parole Anton Petrov, qui avait nié toute présence militaire.");
    auto const* a = r->by_cue("avait nié");
    REQUIRE(a);
    CHECK(r->source(*a) == "porte-parole Anton Petrov");
    CHECK(a->negated);
  }
  SUBCASE("coordinated verbs share their subject") {
    auto const r = attribute("La Serbie a déclaré en mai que l'accord était caduc, mais n'a pas confirmé le retrait de ses troupes.");
    auto const* a = r->by_cue("a déclaré");
    auto const* b = r->by_cue("n'a pas confirmé");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(r->source(*b) == "La Serbie");
    CHECK(a->source.id == b->source.id);
    CHECK(b->negated);
    CHECK_FALSE(a->negated);
    CHECK(r->content(*a) == "que l'accord était caduc");
  }
  SUBCASE("« on » is no source") {
    auto const r = attribute("On estime que la facture dépassera un milliard.");
    CHECK(r->all.empty());
  }
}

TEST_CASE("attributions: inverted and postposed subjects") {
  SUBCASE("inverted incise") {
    auto const r = attribute("« La situation est grave », a-t-il déclaré. « Nous attendons des renforts », affirme-t-elle.");
    auto const* a = r->by_cue("a-t-il déclaré");
    REQUIRE(a);
    CHECK(r->source(*a) == "il");
    CHECK(a->source.type == source_type::self);
    CHECK(r->quote(*a) == "« La situation est grave »");
    auto const* b = r->by_cue("affirme-t-elle");
    REQUIRE(b);
    CHECK(r->source(*b) == "elle");
  }
  SUBCASE("postposed subject after a quote") {
    auto const r = attribute("« Aucune piste n'est écartée », a indiqué jeudi le procureur de Lyon à l'AFP.");
    auto const* a = r->by_cue("a indiqué");
    REQUIRE(a);
    CHECK(r->source(*a) == "le procureur de Lyon");
    CHECK(r->content(*a) == "Aucune piste n'est écartée");
  }
  SUBCASE("postposed subject in a headline") {
    auto const r = attribute("Canicule : les hôpitaux sont saturés, alerte la Fédération hospitalière de France");
    CHECK(r->source_of("alerte") == "la Fédération hospitalière de France");
  }
  SUBCASE("« C'est ce que révèle »") {
    auto const r = attribute("Le groupe a versé 2 millions d'euros à une société écran. C'est ce que révèle une enquête menée par le journal Le Soir.");
    auto const* a = r->by_cue("révèle");
    REQUIRE(a);
    CHECK(r->source(*a) == "une enquête menée par le journal Le Soir");
    CHECK(a->source.type == source_type::document);
    CHECK(r->content(*a) == "Le groupe a versé 2 millions d'euros à une société écran");
  }
  SUBCASE("« comme l'a indiqué »") {
    auto const r = attribute("Comme l'a indiqué le préfet, les routes resteront fermées.");
    CHECK(r->source_of("a indiqué") == "le préfet");
  }
}

TEST_CASE("attributions: verb groups") {
  SUBCASE("adverbs and negation inside the group") {
    auto const r = attribute("Le chef d'état-major Oleg Ivanov a officiellement reconnu la présence de conseillers. "
                             "Le ministère ne confirme pas ces chiffres.");
    CHECK(r->source_of("a officiellement reconnu") == "Le chef d'état-major Oleg Ivanov");
    auto const* n = r->by_cue("ne confirme pas");
    REQUIRE(n);
    CHECK(n->negated);
  }
  SUBCASE("semi-auxiliaries") {
    auto const r = attribute("Moscou continue de nier toute implication. Le groupe refuse de commenter ces informations. "
                             "L'Élysée vient de confirmer la visite.");
    auto const* a = r->by_cue("continue de nier");
    REQUIRE(a);
    CHECK(r->source(*a) == "Moscou");
    CHECK(a->negated);
    auto const* b = r->by_cue("refuse de commenter");
    REQUIRE(b);
    CHECK(b->negated);
    CHECK(r->source_of("vient de confirmer") == "L'Élysée");
  }
  SUBCASE("pronominal verbs") {
    auto const r = attribute("Les syndicats s'inquiètent d'une nouvelle vague de licenciements.");
    CHECK(r->source_of("s'inquiètent") == "Les syndicats");
  }
  SUBCASE("nouns and adjectives are no verbs") {
    auto const r = attribute("L'annonce du ministre a surpris. La note précise du rapport reste confidentielle. "
                             "Le joueur a déclaré forfait pour la finale. Le pays veut affirmer sa puissance.");
    CHECK(r->all.empty());
  }
  SUBCASE("adverbs between the auxiliary and the participle") {
    auto const r = attribute("Pékin a aussitôt dénoncé une « provocation ». Le ministre a pour sa part estimé que rien n'était joué.");
    CHECK(r->source_of("a aussitôt dénoncé") == "Pékin");
    CHECK(r->source_of("a pour sa part estimé") == "Le ministre");
  }
  SUBCASE("an incise never starts inside a quote") {
    auto const r = attribute("« C'est une mesure de protection, pas de représailles », a assuré à l'AFP un haut fonctionnaire européen.");
    auto const* a = r->by_cue("a assuré");
    REQUIRE(a);
    CHECK(r->source(*a) == "un haut fonctionnaire européen");
    CHECK(a->source.type == source_type::anonymous);
  }
  SUBCASE("evaluations") {
    auto const r = attribute("Les services de renseignement de Séoul évaluent les pertes à environ 4 000 hommes.");
    auto const* a = r->by_cue("évaluent");
    REQUIRE(a);
    CHECK(r->source(*a) == "Les services de renseignement de Séoul");
    CHECK(a->source.subtype == source_subtype::intelligence);
  }
}
