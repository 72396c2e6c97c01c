// SPDX-License-Identifier: MIT
#include <depeche/recognize/verbs.hpp>

#include <doctest/doctest.h>

using depeche::recognize::default_verbs;
using depeche::recognize::inflection;

namespace {
std::string lemma(std::string_view form) {
  auto const* r = default_verbs().find(form);
  return r ? r->lemma : std::string("?");
}
inflection form_of(std::string_view form) {
  auto const* r = default_verbs().find(form);
  REQUIRE(r != nullptr);
  return r->form;
}
} // namespace

TEST_CASE("recognize::verb_lexicon regular -er verbs with spelling changes") {
  CHECK(lemma("déployé") == "déployer");
  CHECK(lemma("déploie") == "déployer");
  CHECK(lemma("déploieront") == "déployer");
  CHECK(lemma("annonçait") == "annoncer");
  CHECK(lemma("engageaient") == "engager");
  CHECK(lemma("révèle") == "révéler");
  CHECK(lemma("révélera") == "révéler");
  CHECK(lemma("appelle") == "appeler");
  CHECK(lemma("lèvera") == "lever");
  CHECK(lemma("interpellé") == "interpeller");
  CHECK(lemma("tués") == "tuer");
  CHECK(lemma("augmenté") == "augmenter");
  CHECK(form_of("affirmait") == inflection::imperfect);
  CHECK(form_of("déclarèrent") == inflection::simple_past);
  CHECK(form_of("estimerait") == inflection::conditional);
}

TEST_CASE("recognize::verb_lexicon second group and irregular verbs") {
  CHECK(lemma("fournies") == "fournir");
  CHECK(lemma("avertit") == "avertir");
  CHECK(lemma("aurait") == "avoir");
  CHECK(default_verbs().find("aurait")->auxiliary);
  CHECK(form_of("aurait") == inflection::conditional);
  CHECK(lemma("seraient") == "être");
  CHECK(lemma("admet") == "admettre");
  CHECK(lemma("admis") == "admettre");
  CHECK(lemma("reconnu") == "reconnaître");
  CHECK(lemma("dément") == "démentir");
  CHECK(lemma("démenti") == "démentir");
  CHECK(lemma("obtenu") == "obtenir");
  CHECK(lemma("prévient") == "prévenir");
  CHECK(lemma("détruite") == "détruire");
  CHECK(lemma("suspendu") == "suspendre");
  CHECK(lemma("éteint") == "éteindre");
  CHECK(lemma("joint") == "joindre");
  CHECK(lemma("couvre") == "couvrir");
  CHECK(lemma("pourrait") == "pouvoir");
}

TEST_CASE("recognize::verb_lexicon is data users extend") {
  auto v = depeche::recognize::verb_lexicon::french(depeche::recognize::default_er_verbs,
                                                    depeche::recognize::default_ir_verbs);
  CHECK(v.find("géolocalisé") == nullptr);
  v.with_er_verbs({"géolocaliser"});
  REQUIRE(v.find("géolocalisé") != nullptr);
  CHECK(v.find("géolocalisé")->lemma == "géolocaliser");
  CHECK(v.find("soldats") == nullptr);
}

TEST_CASE("recognize::verb_lexicon takes verbs by principal parts, as the cue tables give them") {
  depeche::recognize::verb_lexicon v;
  v.with_verb("dire", {"dit", "disent", "dis", "dit", "dirent", "dir", "dit"});
  REQUIRE(v.find("diraient") != nullptr);
  CHECK(v.find("diraient")->lemma == "dire");
  CHECK(v.find("diraient")->form == inflection::conditional);
  CHECK(v.find("dit")->form == inflection::present);  // the first reading is kept
  v.with_verb("marteler");
  CHECK(lemma("martèle") == "marteler");
  CHECK(v.find("martèlent") != nullptr);
  CHECK(v.find("martellent") == nullptr);
}
