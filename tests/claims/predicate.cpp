// SPDX-License-Identifier: MIT
#include <depeche/claims/predicate.hpp>
#include <depeche/detail/word_set.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

struct found {
  std::string lemma, subject;
  bool conditional = false, negated = false, passive = false;
};

found run(std::string const& s) {
  auto doc = depeche::text::prepare(s);
  REQUIRE(doc);
  depeche::recognize::analysis an(*doc);
  auto const ctx = an.view();
  auto const p = depeche::claims::find_predicate(ctx, 0, static_cast<std::uint32_t>(ctx.tokens.size()));
  if (!p) return {};
  found f{p->lemma, {}, p->conditional, p->negated, p->passive};
  if (p->subject_first)
    f.subject = s.substr(ctx.tokens[*p->subject_first].begin,
                         ctx.tokens[*p->subject_last - 1].end - ctx.tokens[*p->subject_first].begin);
  return f;
}

} // namespace

TEST_CASE("claims::find_predicate") {
  SUBCASE("conditional past: reportive") {
    auto const f = run("la Corée du Nord aurait déployé plus de 12 000 soldats en Russie");
    CHECK(f.lemma == "déployer");
    CHECK(f.subject == "la Corée du Nord");
    CHECK(f.conditional);
  }
  SUBCASE("passive") {
    auto const f = run("plus de 3 000 soldats nord-coréens ont été tués ou blessés");
    CHECK(f.lemma == "tuer");
    CHECK(f.passive);
    CHECK(f.subject == "plus de 3 000 soldats nord-coréens");
  }
  SUBCASE("passive with a participle that is also a present form") {
    auto const f = run("un obusier a été détruit près de Louhansk");
    CHECK(f.lemma == "détruire");
    CHECK(f.passive);
  }
  SUBCASE("present tense, noun homograph after a determiner is skipped") {
    auto const f = run("Les pertes russes augmentent de 15 % selon Kiev");
    CHECK(f.lemma == "augmenter");
    CHECK(f.subject == "Les pertes russes");
  }
  SUBCASE("modal and negation") {
    auto const f = run("Le gouvernement ne pourrait pas financer ce plan");
    CHECK(f.lemma == "financer");
    CHECK(f.negated);
    CHECK(f.conditional);
    CHECK(f.subject == "Le gouvernement");
  }
  SUBCASE("reflexive and pronoun subject") {
    auto const f = run("elle s'implique autant");
    CHECK(f.lemma == "impliquer");
    CHECK(f.subject == "elle");
  }
  SUBCASE("a preposition inside the subject phrase") {
    auto const f = run("Les exportations de pétrole russe vers la Corée du Nord auraient augmenté de 16 %");
    CHECK(f.lemma == "augmenter");
    CHECK(f.subject == "Les exportations de pétrole russe vers la Corée du Nord");
  }
  SUBCASE("a preposition after a verb does not join") {
    auto const f = run("Il reste à Paris mais le maire a démissionné");
    CHECK(f.lemma == "rester");
    CHECK(f.subject == "Il");
  }
  SUBCASE("a participle spelled like a present form, after an auxiliary") {
    auto const f = run("Les loyers parisiens ont atteint un niveau record cet été");
    CHECK(f.lemma == "atteindre");
    CHECK(f.subject == "Les loyers parisiens");
    CHECK(run("Le ministre a dit non à la réforme").lemma == "dire");
    CHECK(run("La gendarmerie atteint ses objectifs").lemma == "atteindre");  // present: no auxiliary needed
  }
  SUBCASE("an unknown participle of the second group") {
    auto const f = run("Le titre du constructeur a bondi de 12 % à la Bourse de Paris");
    CHECK(f.lemma == "bondir");
    CHECK(f.subject == "Le titre du constructeur");
    CHECK(run("Les ventes ont rebondi en mars").lemma == "rebondir");
    // a day or an adverb between the auxiliary and the participle is no participle
    CHECK(run("Le club a jeudi recruté un attaquant").lemma != "jeudir");
    CHECK(run("La ministre a jadis dirigé la commission").lemma != "jadir");
  }
  SUBCASE("no verb") { CHECK(run("Des milliers de soldats nord-coréens sur le front").lemma.empty()); }
}

TEST_CASE("detail::word_set and equal_bytes") {
  using depeche::detail::same_text;
  std::string const a = "abcdefghijklmnopqrstuvwxyz";
  for (std::size_t n = 0; n <= a.size(); ++n)
    for (std::size_t k = 0; k < n; ++k) {
      std::string const x = a.substr(0, n);
      std::string y = x;
      CHECK(same_text(x, y));
      y[k] = static_cast<char>(y[k] ^ 1);  // one byte differs, wherever it is
      CHECK_FALSE(same_text(x, y));
    }
  CHECK_FALSE(same_text("abc", "abcd"));
  depeche::detail::word_set const s{"le", "la", "quelques", "aujourd'hui", "été"};
  CHECK(s.contains("la"));
  CHECK(s.contains("quelques"));
  CHECK(s.contains("été"));
  CHECK_FALSE(s.contains("les"));
  CHECK_FALSE(s.contains("quelque"));
  CHECK_FALSE(s.contains(""));
}
