// SPDX-License-Identifier: MIT
// French verb morphology as runtime data: inflected form → lemma, tense and mood, generated from lemmas
// by the conjugator (conjugate.hpp) and from written-out paradigms of irregular verbs.
#ifndef DEPECHE_RECOGNIZE_VERBS_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_VERBS_HPP_INCLUDED

#include <depeche/detail/word_set.hpp>
#include <depeche/recognize/conjugate.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>
#include <vector>

namespace depeche::recognize {

/// A form's reading.
struct verb_analysis {
  std::string lemma;
  inflection form = inflection::present;
  bool auxiliary = false;  ///< a form of « avoir » or « être »
  /// The same spelling is also a past participle of the lemma (« atteint », « dit », « permis »):
  /// `form` gives the first reading listed, this one the participle after an auxiliary.
  bool also_participle = false;
};

/// The full paradigm of one irregular verb, written out: forms listed per cell, separated by spaces.
struct irregular_verb {
  std::string_view lemma;
  std::string_view present, imperfect, simple_past, future, conditional, subjunctive, past_participle, present_participle;
};

/// Common irregular verbs of news French (3rd-group verbs and « être », « avoir », « aller »).
/// Compound verbs (« admettre », « obtenir ») are derived from their base by prefix in verb_lexicon.
inline constexpr irregular_verb default_irregular_verbs[] = {
    {"être", "suis es est sommes êtes sont", "étais était étions étiez étaient", "fus fut fûmes fûtes furent",
     "serai seras sera serons serez seront", "serais serait serions seriez seraient", "sois soit soyons soyez soient",
     "été", "étant"},
    {"avoir", "ai as a avons avez ont", "avais avait avions aviez avaient", "eus eut eûmes eûtes eurent",
     "aurai auras aura aurons aurez auront", "aurais aurait aurions auriez auraient", "aie aies ait ayons ayez aient",
     "eu eue eus eues", "ayant"},
    {"aller", "vais vas va allons allez vont", "allais allait allions alliez allaient", "allai alla allâmes allèrent",
     "irai iras ira irons irez iront", "irais irait irions iriez iraient", "aille ailles aillent", "allé allée allés allées",
     "allant"},
    {"faire", "fais fait faisons faites font", "faisais faisait faisions faisiez faisaient", "fis fit fîmes firent",
     "ferai feras fera ferons ferez feront", "ferais ferait ferions feriez feraient", "fasse fasses fassions fassent",
     "fait faite faits faites", "faisant"},
    {"dire", "dis dit disons dites disent", "disais disait disions disiez disaient", "dis dit dîmes dirent",
     "dirai diras dira dirons direz diront", "dirais dirait dirions diriez diraient", "dise dises disions disent",
     "dit dite dits dites", "disant"},
    {"prendre", "prends prend prenons prenez prennent", "prenais prenait prenions preniez prenaient",
     "pris prit prîmes prirent", "prendrai prendra prendrons prendront", "prendrais prendrait prendrions prendraient",
     "prenne prennes prenions prennent", "pris prise prises", "prenant"},
    {"mettre", "mets met mettons mettez mettent", "mettais mettait mettions mettaient", "mis mit mîmes mirent",
     "mettrai mettra mettrons mettront", "mettrais mettrait mettrions mettraient", "mette mettes mettions mettent",
     "mis mise mises", "mettant"},
    {"venir", "viens vient venons venez viennent", "venais venait venions veniez venaient", "vins vint vînmes vinrent",
     "viendrai viendra viendrons viendront", "viendrais viendrait viendrions viendraient",
     "vienne viennes venions viennent", "venu venue venus venues", "venant"},
    {"tenir", "tiens tient tenons tenez tiennent", "tenais tenait tenions teniez tenaient", "tins tint tînmes tinrent",
     "tiendrai tiendra tiendrons tiendront", "tiendrais tiendrait tiendrions tiendraient",
     "tienne tiennes tenions tiennent", "tenu tenue tenus tenues", "tenant"},
    {"voir", "vois voit voyons voyez voient", "voyais voyait voyions voyaient", "vis vit vîmes virent",
     "verrai verra verrons verront", "verrais verrait verrions verraient", "voie voies voyions voient",
     "vu vue vus vues", "voyant"},
    {"prévoir", "prévois prévoit prévoyons prévoyez prévoient", "prévoyais prévoyait prévoyaient", "prévit prévirent",
     "prévoirai prévoira prévoiront", "prévoirais prévoirait prévoiraient", "prévoie prévoient",
     "prévu prévue prévus prévues", "prévoyant"},
    {"pouvoir", "peux peut pouvons pouvez peuvent", "pouvais pouvait pouvions pouviez pouvaient", "pus put purent",
     "pourrai pourra pourrons pourrez pourront", "pourrais pourrait pourrions pourriez pourraient",
     "puisse puisses puissions puissent", "pu", "pouvant"},
    {"devoir", "dois doit devons devez doivent", "devais devait devions deviez devaient", "dus dut durent",
     "devrai devra devrons devront", "devrais devrait devrions devriez devraient", "doive doives devions doivent",
     "dû due dus dues", "devant"},
    {"vouloir", "veux veut voulons voulez veulent", "voulais voulait voulions vouliez voulaient", "voulus voulut voulurent",
     "voudrai voudra voudrons voudront", "voudrais voudrait voudrions voudraient", "veuille veuilles veuillent",
     "voulu voulue voulus voulues", "voulant"},
    {"savoir", "sais sait savons savez savent", "savais savait savions saviez savaient", "sus sut surent",
     "saurai saura saurons sauront", "saurais saurait saurions sauraient", "sache saches sachions sachent",
     "su sue sus sues", "sachant"},
    {"falloir", "faut", "fallait", "fallut", "faudra", "faudrait", "faille", "fallu", ""},
    {"valoir", "vaux vaut valons valent", "valait valaient", "valut valurent", "vaudra vaudront", "vaudrait vaudraient",
     "vaille vaillent", "valu value valus values", "valant"},
    {"vendre", "vends vend vendons vendez vendent", "vendais vendait vendions vendaient", "vendit vendirent",
     "vendrai vendra vendrons vendront", "vendrais vendrait vendraient", "vende vendent", "vendu vendue vendus vendues",
     "vendant"},
    {"rendre", "rends rend rendons rendez rendent", "rendait rendaient", "rendit rendirent", "rendra rendront",
     "rendrait rendraient", "rende rendent", "rendu rendue rendus rendues", "rendant"},
    {"perdre", "perds perd perdons perdez perdent", "perdait perdaient", "perdit perdirent", "perdra perdront",
     "perdrait perdraient", "perde perdent", "perdu perdue perdus perdues", "perdant"},
    {"attendre", "attends attend attendons attendez attendent", "attendait attendaient", "attendit attendirent",
     "attendra attendront", "attendrait attendraient", "attende attendent", "attendu attendue attendus attendues",
     "attendant"},
    {"entendre", "entends entend entendons entendez entendent", "entendait entendaient", "entendit entendirent",
     "entendra entendront", "entendrait entendraient", "entende entendent", "entendu entendue entendus entendues",
     "entendant"},
    {"répondre", "réponds répond répondons répondez répondent", "répondait répondaient", "répondit répondirent",
     "répondra répondront", "répondrait répondraient", "réponde répondent", "répondu", "répondant"},
    {"défendre", "défends défend défendons défendent", "défendait défendaient", "défendit défendirent",
     "défendra défendront", "défendrait défendraient", "défende défendent", "défendu défendue défendus défendues",
     "défendant"},
    {"descendre", "descends descend descendons descendent", "descendait descendaient", "descendit descendirent",
     "descendra descendront", "descendrait descendraient", "descende descendent", "descendu descendue descendus descendues",
     "descendant"},
    {"conduire", "conduis conduit conduisons conduisent", "conduisait conduisaient", "conduisit conduisirent",
     "conduira conduiront", "conduirait conduiraient", "conduise conduisent", "conduit conduite conduits conduites",
     "conduisant"},
    {"produire", "produis produit produisons produisent", "produisait produisaient", "produisit produisirent",
     "produira produiront", "produirait produiraient", "produise produisent", "produit produite produits produites",
     "produisant"},
    {"détruire", "détruis détruit détruisons détruisent", "détruisait détruisaient", "détruisit détruisirent",
     "détruira détruiront", "détruirait détruiraient", "détruise détruisent", "détruit détruite détruits détruites",
     "détruisant"},
    {"construire", "construis construit construisons construisent", "construisait construisaient",
     "construisit construisirent", "construira construiront", "construirait construiraient", "construise construisent",
     "construit construite construits construites", "construisant"},
    {"réduire", "réduis réduit réduisons réduisent", "réduisait réduisaient", "réduisit réduisirent", "réduira réduiront",
     "réduirait réduiraient", "réduise réduisent", "réduit réduite réduits réduites", "réduisant"},
    {"atteindre", "atteins atteint atteignons atteignent", "atteignait atteignaient", "atteignit atteignirent",
     "atteindra atteindront", "atteindrait atteindraient", "atteigne atteignent", "atteint atteinte atteints atteintes",
     "atteignant"},
    {"craindre", "crains craint craignons craignent", "craignait craignaient", "craignit craignirent", "craindra craindront",
     "craindrait craindraient", "craigne craignent", "craint crainte craints craintes", "craignant"},
    {"rejoindre", "rejoins rejoint rejoignons rejoignent", "rejoignait rejoignaient", "rejoignit rejoignirent",
     "rejoindra rejoindront", "rejoindrait rejoindraient", "rejoigne rejoignent", "rejoint rejointe rejoints rejointes",
     "rejoignant"},
    {"connaître", "connais connaît connait connaissons connaissent", "connaissait connaissaient", "connut connurent",
     "connaîtra connaîtront", "connaîtrait connaîtraient", "connaisse connaissent", "connu connue connus connues",
     "connaissant"},
    {"paraître", "parais paraît parait paraissons paraissent", "paraissait paraissaient", "parut parurent",
     "paraîtra paraîtront", "paraîtrait paraîtraient", "paraisse paraissent", "paru parue parus parues", "paraissant"},
    {"naître", "nais naît naît naissons naissent", "naissait naissaient", "naquit naquirent", "naîtra naîtront",
     "naîtrait naîtraient", "naisse naissent", "né née nés nées", "naissant"},
    {"vivre", "vis vit vivons vivent", "vivait vivaient", "vécut vécurent", "vivra vivront", "vivrait vivraient",
     "vive vivent", "vécu vécue vécus vécues", "vivant"},
    {"suivre", "suis suit suivons suivent", "suivait suivaient", "suivit suivirent", "suivra suivront",
     "suivrait suivraient", "suive suivent", "suivi suivie suivis suivies", "suivant"},
    {"écrire", "écris écrit écrivons écrivent", "écrivait écrivaient", "écrivit écrivirent", "écrira écriront",
     "écrirait écriraient", "écrive écrivent", "écrit écrite écrits écrites", "écrivant"},
    {"lire", "lis lit lisons lisent", "lisait lisaient", "lut lurent", "lira liront", "lirait liraient", "lise lisent",
     "lu lue lus lues", "lisant"},
    {"élire", "élis élit élisons élisent", "élisait élisaient", "élut élurent", "élira éliront", "élirait éliraient",
     "élise élisent", "élu élue élus élues", "élisant"},
    {"croire", "crois croit croyons croient", "croyait croyaient", "crut crurent", "croira croiront", "croirait croiraient",
     "croie croient", "cru crue crus crues", "croyant"},
    {"recevoir", "reçois reçoit recevons reçoivent", "recevait recevaient", "reçut reçurent", "recevra recevront",
     "recevrait recevraient", "reçoive reçoivent", "reçu reçue reçus reçues", "recevant"},
    {"apercevoir", "aperçois aperçoit apercevons aperçoivent", "apercevait apercevaient", "aperçut aperçurent",
     "apercevra apercevront", "apercevrait apercevraient", "aperçoive aperçoivent", "aperçu aperçue aperçus aperçues",
     "apercevant"},
    {"ouvrir", "ouvre ouvres ouvrons ouvrez ouvrent", "ouvrait ouvraient", "ouvrit ouvrirent", "ouvrira ouvriront",
     "ouvrirait ouvriraient", "ouvre ouvrent", "ouvert ouverte ouverts ouvertes", "ouvrant"},
    {"offrir", "offre offres offrons offrez offrent", "offrait offraient", "offrit offrirent", "offrira offriront",
     "offrirait offriraient", "offre offrent", "offert offerte offerts offertes", "offrant"},
    {"couvrir", "couvre couvres couvrons couvrez couvrent", "couvrait couvraient", "couvrit couvrirent",
     "couvrira couvriront", "couvrirait couvriraient", "couvre couvrent", "couvert couverte couverts couvertes",
     "couvrant"},
    {"souffrir", "souffre souffres souffrons souffrent", "souffrait souffraient", "souffrit souffrirent",
     "souffrira souffriront", "souffrirait souffriraient", "souffre souffrent", "souffert", "souffrant"},
    {"mourir", "meurs meurt mourons meurent", "mourait mouraient", "mourut moururent", "mourra mourront",
     "mourrait mourraient", "meure meurent", "mort morte morts mortes", "mourant"},
    {"partir", "pars part partons partent", "partait partaient", "partit partirent", "partira partiront",
     "partirait partiraient", "parte partent", "parti partie partis parties", "partant"},
    {"sortir", "sors sort sortons sortent", "sortait sortaient", "sortit sortirent", "sortira sortiront",
     "sortirait sortiraient", "sorte sortent", "sorti sortie sortis sorties", "sortant"},
    {"sentir", "sens sent sentons sentent", "sentait sentaient", "sentit sentirent", "sentira sentiront",
     "sentirait sentiraient", "sente sentent", "senti sentie sentis senties", "sentant"},
    {"mentir", "mens ment mentons mentent", "mentait mentaient", "mentit mentirent", "mentira mentiront",
     "mentirait mentiraient", "mente mentent", "menti", "mentant"},
    {"servir", "sers sert servons servent", "servait servaient", "servit servirent", "servira serviront",
     "servirait serviraient", "serve servent", "servi servie servis servies", "servant"},
    {"courir", "cours court courons courent", "courait couraient", "courut coururent", "courra courront",
     "courrait courraient", "coure courent", "couru courue courus courues", "courant"},
    {"battre", "bats bat battons battent", "battait battaient", "battit battirent", "battra battront",
     "battrait battraient", "batte battent", "battu battue battus battues", "battant"},
    {"conclure", "conclus conclut concluons concluent", "concluait concluaient", "conclut conclurent", "conclura concluront",
     "conclurait concluraient", "conclue concluent", "conclu conclue conclus conclues", "concluant"},
    {"exclure", "exclus exclut excluons excluent", "excluait excluaient", "exclut exclurent", "exclura excluront",
     "exclurait excluraient", "exclue excluent", "exclu exclue exclus exclues", "excluant"},
    {"résoudre", "résous résout résolvons résolvent", "résolvait résolvaient", "résolut résolurent",
     "résoudra résoudront", "résoudrait résoudraient", "résolve résolvent", "résolu résolue résolus résolues",
     "résolvant"},
    {"plaire", "plais plaît plaisons plaisent", "plaisait plaisaient", "plut plurent", "plaira plairont",
     "plairait plairaient", "plaise plaisent", "plu", "plaisant"},
    {"taire", "tais tait taisons taisent", "taisait taisaient", "tut turent", "taira tairont", "tairait tairaient",
     "taise taisent", "tu tue tus tues", "taisant"},
    {"fuir", "fuis fuit fuyons fuient", "fuyait fuyaient", "fuit fuirent", "fuira fuiront", "fuirait fuiraient",
     "fuie fuient", "fui fuie fuis fuies", "fuyant"},
    {"acquérir", "acquiers acquiert acquérons acquièrent", "acquérait acquéraient", "acquit acquirent",
     "acquerra acquerront", "acquerrait acquerraient", "acquière acquièrent", "acquis acquise acquises", "acquérant"},
    {"asseoir", "assied assoit asseyons asseyent", "asseyait asseyaient", "assit assirent", "assiéra assiéront",
     "assiérait assiéraient", "asseye asseyent", "assis assise assises", "asseyant"},
    {"vaincre", "vaincs vainc vainquons vainquent", "vainquait vainquaient", "vainquit vainquirent", "vaincra vaincront",
     "vaincrait vaincraient", "vainque vainquent", "vaincu vaincue vaincus vaincues", "vainquant"},
    {"envoyer", "envoie envoies envoient envoyons envoyez", "envoyait envoyaient", "envoya envoyèrent",
     "enverrai enverra enverrons enverront", "enverrais enverrait enverrions enverraient", "envoie envoient",
     "envoyé envoyée envoyés envoyées", "envoyant"},
    {"renvoyer", "renvoie renvoient", "renvoyait renvoyaient", "renvoya renvoyèrent", "renverra renverront",
     "renverrait renverraient", "renvoie renvoient", "renvoyé renvoyée renvoyés renvoyées", "renvoyant"},
    {"boire", "bois boit buvons boivent", "buvait buvaient", "but burent", "boira boiront", "boirait boiraient",
     "boive boivent", "bu bue bus bues", "buvant"},
};

/// Prefixed compounds conjugated like their base (« admettre » like « mettre »).
struct derived_verb {
  std::string_view lemma;
  std::string_view base;
};
inline constexpr derived_verb default_derived_verbs[] = {
    {"admettre", "mettre"}, {"permettre", "mettre"}, {"promettre", "mettre"}, {"transmettre", "mettre"},
    {"soumettre", "mettre"}, {"commettre", "mettre"}, {"émettre", "mettre"}, {"omettre", "mettre"},
    {"remettre", "mettre"}, {"compromettre", "mettre"}, {"comprendre", "prendre"}, {"apprendre", "prendre"},
    {"reprendre", "prendre"}, {"entreprendre", "prendre"}, {"surprendre", "prendre"}, {"devenir", "venir"},
    {"intervenir", "venir"}, {"parvenir", "venir"}, {"survenir", "venir"}, {"prévenir", "venir"}, {"revenir", "venir"},
    {"convenir", "venir"}, {"provenir", "venir"}, {"obtenir", "tenir"}, {"maintenir", "tenir"}, {"soutenir", "tenir"},
    {"retenir", "tenir"}, {"contenir", "tenir"}, {"détenir", "tenir"}, {"appartenir", "tenir"}, {"entretenir", "tenir"},
    {"revoir", "voir"}, {"reconnaître", "connaître"}, {"apparaître", "paraître"}, {"disparaître", "paraître"},
    {"redire", "dire"}, {"contredire", "dire"}, {"interdire", "dire"}, {"prédire", "dire"}, {"refaire", "faire"},
    {"défaire", "faire"}, {"satisfaire", "faire"}, {"introduire", "conduire"}, {"reproduire", "produire"},
    {"traduire", "conduire"}, {"reconduire", "conduire"}, {"déduire", "conduire"}, {"reconstruire", "construire"},
    {"décrire", "écrire"}, {"inscrire", "écrire"}, {"prescrire", "écrire"}, {"souscrire", "écrire"},
    {"réélire", "élire"}, {"découvrir", "couvrir"}, {"recouvrir", "couvrir"}, {"rouvrir", "ouvrir"},
    {"démentir", "mentir"}, {"repartir", "partir"}, {"ressentir", "sentir"}, {"pressentir", "sentir"},
    {"consentir", "sentir"}, {"parcourir", "courir"}, {"recourir", "courir"}, {"secourir", "courir"},
    {"concourir", "courir"}, {"combattre", "battre"}, {"abattre", "battre"}, {"débattre", "battre"},
    {"poursuivre", "suivre"}, {"survivre", "vivre"}, {"revivre", "vivre"}, {"inclure", "conclure"},
    {"revendre", "vendre"}, {"reperdre", "perdre"}, {"suspendre", "vendre"}, {"étendre", "vendre"},
    {"dépendre", "vendre"}, {"prétendre", "vendre"}, {"tendre", "vendre"}, {"fondre", "vendre"},
    {"confondre", "vendre"}, {"correspondre", "répondre"}, {"contraindre", "craindre"}, {"plaindre", "craindre"},
    {"éteindre", "atteindre"}, {"peindre", "atteindre"}, {"joindre", "rejoindre"}, {"conquérir", "acquérir"},
    {"requérir", "acquérir"}, {"décevoir", "recevoir"}, {"percevoir", "recevoir"}, {"concevoir", "recevoir"},
    {"convaincre", "vaincre"}, {"accroître", "connaître"}, {"renaître", "naître"}, {"complaire", "plaire"},
    {"déplaire", "plaire"}};

namespace detail {

/// A string hash usable with string_view keys (heterogeneous lookup: no std::string per lookup).
struct form_hash {
  using is_transparent = void;
  [[nodiscard]] std::size_t operator()(std::string_view s) const noexcept {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a: forms are short
    for (char c : s) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
};

struct form_equal {
  using is_transparent = void;
  [[nodiscard]] bool operator()(std::string_view a, std::string_view b) const noexcept {
    return depeche::detail::same_text(a, b);
  }
};

using form_map = std::unordered_map<std::string, verb_analysis, form_hash, form_equal>;

inline void add_form(form_map& m, std::string form, std::string_view lemma, inflection f, bool aux) {
  auto const [it, fresh] = m.try_emplace(std::move(form), verb_analysis{std::string(lemma), f, aux});
  if (!fresh && f == inflection::past_participle && it->second.lemma == lemma) it->second.also_participle = true;
}

inline void add_cell(form_map& m, std::string_view forms, std::string_view lemma,
                     inflection f, bool aux) {
  std::size_t i = 0;
  while (i < forms.size()) {
    auto j = forms.find(' ', i);
    if (j == std::string_view::npos) j = forms.size();
    if (j > i) add_form(m, std::string(forms.substr(i, j - i)), lemma, f, aux);
    i = j + 1;
  }
}

} // namespace detail

/// Inflected form → reading. Built once from lemma lists; lookups are const and thread-safe.
///
/// Regular verbs are listed by infinitive: « -er » verbs get all their forms with the usual
/// spelling changes (« annonçait », « engageait », « déploie », « révèle », « appelle »), « -ir »
/// verbs of the second group (« fournir », « avertir ») theirs. Irregular verbs come as written-out
/// paradigms. Users add verbs at run time with `with_er_verbs` / `with_ir_verbs` / `with_irregular`.
class verb_lexicon {
public:
  /// The built-in lexicon: irregular verbs, their compounds and the regular verbs given.
  [[nodiscard]] static verb_lexicon french(std::span<std::string_view const> er_verbs,
                                           std::span<std::string_view const> ir_verbs) {
    verb_lexicon v;
    for (auto const& irr : default_irregular_verbs) v.with_irregular(irr);
    for (auto const& d : default_derived_verbs) v.derive(d.lemma, d.base);
    v.with_er_verbs(er_verbs);
    v.with_ir_verbs(ir_verbs);
    return v;
  }

  verb_lexicon& with_irregular(irregular_verb const& v) {
    auto const aux = v.lemma == "être" || v.lemma == "avoir";
    detail::add_form(forms_, std::string(v.lemma), v.lemma, inflection::infinitive, aux);
    detail::add_cell(forms_, v.present, v.lemma, inflection::present, aux);
    detail::add_cell(forms_, v.imperfect, v.lemma, inflection::imperfect, aux);
    detail::add_cell(forms_, v.simple_past, v.lemma, inflection::simple_past, aux);
    detail::add_cell(forms_, v.future, v.lemma, inflection::future, aux);
    detail::add_cell(forms_, v.conditional, v.lemma, inflection::conditional, aux);
    detail::add_cell(forms_, v.subjunctive, v.lemma, inflection::subjunctive, aux);
    detail::add_cell(forms_, v.past_participle, v.lemma, inflection::past_participle, aux);
    detail::add_cell(forms_, v.present_participle, v.lemma, inflection::present_participle, aux);
    irregular_.push_back(v);
    return *this;
  }

  verb_lexicon& with_er_verbs(std::span<std::string_view const> lemmas) {
    for (auto l : lemmas) add_er(l);
    return *this;
  }
  verb_lexicon& with_er_verbs(std::initializer_list<std::string_view> lemmas) {
    return with_er_verbs(std::span(lemmas.begin(), lemmas.size()));
  }
  verb_lexicon& with_ir_verbs(std::span<std::string_view const> lemmas) {
    for (auto l : lemmas) add_ir(l);
    return *this;
  }
  verb_lexicon& with_ir_verbs(std::initializer_list<std::string_view> lemmas) {
    return with_ir_verbs(std::span(lemmas.begin(), lemmas.size()));
  }

  /// Adds every form conjugate() gives for a verb: a regular one (`parts` empty) or an irregular
  /// one by its principal parts, as the attribution cue tables give them. Known forms keep their reading.
  verb_lexicon& with_verb(std::string_view lemma, verb_parts const& parts = {}) {
    conjugate(lemma, parts, [&](std::string form, inflection f, std::uint8_t) {
      detail::add_form(forms_, std::move(form), lemma, f, false);
    });
    return *this;
  }

  /// The reading of a lower-case form, if it is a known verb form.
  [[nodiscard]] verb_analysis const* find(std::string_view lower) const {
    auto const it = forms_.find(lower);
    return it == forms_.end() ? nullptr : &it->second;
  }

  [[nodiscard]] std::size_t size() const noexcept { return forms_.size(); }

private:
  detail::form_map forms_;
  std::vector<irregular_verb> irregular_;

  void derive(std::string_view lemma, std::string_view base) {
    for (auto const& irr : irregular_) {
      if (irr.lemma != base) continue;
      // the derived lemma ends with the base lemma (« admettre »/« mettre »), except for a few whose stem
      // differs (« rejoindre »/« joindre »: joindre is derived from rejoindre by removing « re »)
      std::string prefix;
      std::size_t strip = 0;
      if (lemma.ends_with(base)) prefix = std::string(lemma.substr(0, lemma.size() - base.size()));
      else if (base.starts_with("re") && lemma == base.substr(2)) strip = 2;
      else if (base.size() >= 5 && lemma.size() >= 5 && lemma.substr(lemma.size() - 5) == base.substr(base.size() - 5)) {
        // same ending, different stem (« suspendre » like « vendre », « éteindre » like « atteindre »)
        auto const common = common_suffix(lemma, base);
        prefix = std::string(lemma.substr(0, lemma.size() - common));
        strip = base.size() - common;
      } else {
        return;
      }
      auto add = [&](std::string_view cell, inflection f) {
        std::size_t i = 0;
        while (i < cell.size()) {
          auto j = cell.find(' ', i);
          if (j == std::string_view::npos) j = cell.size();
          auto w = cell.substr(i, j - i);
          if (w.size() > strip) detail::add_form(forms_, prefix + std::string(w.substr(strip)), lemma, f, false);
          i = j + 1;
        }
      };
      detail::add_form(forms_, std::string(lemma), lemma, inflection::infinitive, false);
      add(irr.present, inflection::present);
      add(irr.imperfect, inflection::imperfect);
      add(irr.simple_past, inflection::simple_past);
      add(irr.future, inflection::future);
      add(irr.conditional, inflection::conditional);
      add(irr.subjunctive, inflection::subjunctive);
      add(irr.past_participle, inflection::past_participle);
      add(irr.present_participle, inflection::present_participle);
      return;
    }
  }

  static std::size_t common_suffix(std::string_view a, std::string_view b) noexcept {
    std::size_t k = 0;
    while (k < a.size() && k < b.size() && a[a.size() - 1 - k] == b[b.size() - 1 - k]) ++k;
    return k;
  }

  void add_er(std::string_view lemma) {
    if (lemma.size() < 3 || !lemma.ends_with("er")) return;
    add_regular(lemma);
  }

  void add_ir(std::string_view lemma) {
    if (lemma.size() < 3 || !lemma.ends_with("ir")) return;
    add_regular(lemma);
  }

  void add_regular(std::string_view lemma) { with_verb(lemma); }
};

/// Regular « -er » verbs frequent in news: events, statements, changes, conflict, economy.
inline constexpr std::string_view default_er_verbs[] = {
    "déployer", "envoyer", "tuer", "blesser", "augmenter", "baisser", "diminuer", "reculer", "progresser", "grimper",
    "chuter", "doubler", "tripler", "dépasser", "estimer", "affirmer", "déclarer", "confirmer", "indiquer",
    "annoncer", "rapporter", "souligner", "préciser", "assurer", "dénoncer", "nier", "réfuter", "évaluer", "révéler",
    "expliquer", "ajouter", "raconter", "signaler", "noter", "observer", "constater", "démontrer", "montrer",
    "prouver", "accuser", "critiquer", "condamner", "saluer", "déplorer", "regretter", "juger", "considérer",
    "penser", "rappeler", "insister", "marteler", "répéter", "avouer", "contester", "récuser", "rejeter", "alerter",
    "menacer", "proposer", "demander", "exiger", "réclamer", "appeler", "lancer", "livrer", "acheter", "exporter",
    "importer", "payer", "verser", "financer", "coûter", "gagner", "recruter", "mobiliser", "former", "entraîner",
    "attaquer", "bombarder", "frapper", "tirer", "capturer", "libérer", "occuper", "contrôler", "retirer",
    "redéployer", "renforcer", "intensifier", "signer", "ratifier", "adopter", "voter", "approuver", "valider",
    "autoriser", "sanctionner", "imposer", "lever", "reporter", "annuler", "organiser", "participer", "rencontrer",
    "visiter", "arriver", "entrer", "passer", "rester", "tomber", "monter", "compter", "recenser", "enregistrer",
    "dénombrer", "évacuer", "héberger", "soigner", "hospitaliser", "arrêter", "interpeller", "inculper", "relâcher",
    "enquêter", "publier", "diffuser", "présenter", "tester", "développer", "fabriquer", "utiliser", "employer",
    "consommer", "exploiter", "gérer", "diriger", "représenter", "constituer", "concerner", "toucher", "affecter",
    "impliquer", "engager", "mener", "provoquer", "causer", "empêcher", "aider", "compenser", "protéger", "inquiéter",
    "préoccuper", "souhaiter", "espérer", "chercher", "tenter", "essayer", "continuer", "commencer", "cesser",
    "achever", "terminer", "marquer", "symboliser", "illustrer", "témoigner", "transférer", "transporter",
    "acheminer", "stationner", "positionner", "masser", "concentrer", "infiltrer", "opérer", "intégrer", "incorporer",
    "rapprocher", "éloigner", "refuser", "accepter", "céder", "négocier", "discuter", "échanger", "coopérer",
    "collaborer", "partager", "récupérer", "manquer", "sembler", "demeurer", "figurer", "situer", "trouver",
    "retrouver", "identifier", "localiser", "repérer", "détecter", "intercepter", "endommager", "raser", "incendier",
    "exploser", "fermer", "bloquer", "débloquer", "relever", "abaisser", "fixer", "chiffrer", "totaliser", "peser",
    "mesurer", "durer", "dater", "remonter", "survoler", "traverser", "quitter", "regagner", "nommer", "désigner",
    "remplacer", "limoger", "démissionner", "gouverner", "présider", "accélérer", "stabiliser", "fluctuer",
    "osciller", "plonger", "effondrer", "flamber", "envoler", "stagner", "examiner", "étudier", "analyser",
    "calculer", "anticiper", "projeter", "planifier", "programmer", "communiquer", "informer", "notifier",
    "qualifier", "citer", "mentionner", "évoquer", "aborder", "soulever", "concéder", "assumer", "revendiquer",
    "attribuer", "imputer", "reprocher", "soupçonner", "suspecter", "redouter", "placer", "poser", "déposer",
    "installer", "créer", "fonder", "inaugurer", "démarrer", "débuter", "clôturer", "échouer", "manifester",
    "protester", "défiler", "rassembler", "grever", "expulser", "déporter", "exiler",
};

/// Second-group « -ir » verbs (« finir » model) frequent in news.
inline constexpr std::string_view default_ir_verbs[] = {
    "fournir", "avertir", "investir", "finir", "choisir", "réussir", "établir", "bâtir", "agir", "saisir", "grandir",
    "vieillir", "rajeunir", "ralentir", "grossir", "maigrir", "réagir", "réfléchir", "garantir", "accomplir",
    "remplir", "définir", "punir", "trahir", "envahir", "franchir", "aboutir", "anéantir", "affaiblir", "durcir",
    "enrichir", "appauvrir", "unir", "réunir", "nourrir", "guérir", "périr", "subir", "applaudir", "atterrir",
    "surgir", "jaillir", "rétablir", "démolir", "enfouir", "frémir", "gravir", "obéir", "désobéir", "ressaisir",
    "élargir", "approfondir", "assouplir", "alourdir", "réunifier"};

/// The built-in lexicon, built on first use (thread-safe) and shared.
[[nodiscard]] inline verb_lexicon const& default_verbs() {
  static verb_lexicon const v = verb_lexicon::french(default_er_verbs, default_ir_verbs);
  return v;
}

} // namespace depeche::recognize

#endif
