// SPDX-License-Identifier: MIT
// The built-in French word lists behind attributions: cue verbs, cue phrases, source words.
#ifndef DEPECHE_RECOGNIZE_CUE_DATA_HPP_INCLUDED
#define DEPECHE_RECOGNIZE_CUE_DATA_HPP_INCLUDED

#include <depeche/recognize/conjugate.hpp>

#include <cstdint>
#include <string_view>

namespace depeche::recognize {

/// What kind of source an attribution names.
enum class source_type : std::uint8_t {
  unknown,             ///< nothing in the tables says (not produced for accepted attributions)
  person,              ///< « le secrétaire américain à la Défense Lloyd Austin », « Kim »
  organization,        ///< « le Kremlin », « l'état-major sud-coréen (JCS) », « Reuters »
  document,            ///< « un rapport », « une enquête », « les données du Ministère de la Défense britannique »
  country_or_capital,  ///< « Washington », « la Corée du Nord », « Séoul »
  anonymous,           ///< « une source proche du dossier », « les analystes », « un diplomate européen »
  self,                ///< a pronoun: « il », « elle », « selon lui »
};

/// A finer kind of organization, when the words make it clear.
enum class source_subtype : std::uint8_t {
  none,
  government,     ///< « le gouvernement », « le Kremlin », « les autorités »
  military,       ///< « l'armée », « l'état-major », « le Pentagone »
  intelligence,   ///< « les services de renseignement », « le NIS », « la CIA »
  media,          ///< « l'AFP », « Reuters », « le quotidien »
  think_tank,     ///< « un think-tank », « l'ISW », « l'Institut … »
  international,  ///< « l'ONU », « l'OTAN », « le Conseil de sécurité »
  company,        ///< « le constructeur », « Airbus », « l'institut Ifop » (polling firms too)
  ngo,            ///< « Amnesty International », « l'association »
  other,          ///< unions, professional bodies, sports federations, parties
};

[[nodiscard]] constexpr std::string_view name(source_type t) noexcept {
  switch (t) {
  case source_type::unknown: return "unknown";
  case source_type::person: return "person";
  case source_type::organization: return "organization";
  case source_type::document: return "document";
  case source_type::country_or_capital: return "country_or_capital";
  case source_type::anonymous: return "anonymous";
  case source_type::self: return "self";
  }
  return "unknown";
}

[[nodiscard]] constexpr std::string_view name(source_subtype t) noexcept {
  switch (t) {
  case source_subtype::none: return "";
  case source_subtype::government: return "government";
  case source_subtype::military: return "military";
  case source_subtype::intelligence: return "intelligence";
  case source_subtype::media: return "media";
  case source_subtype::think_tank: return "think_tank";
  case source_subtype::international: return "international";
  case source_subtype::company: return "company";
  case source_subtype::ngo: return "ngo";
  case source_subtype::other: return "other";
  }
  return "";
}

/// Properties of a cue verb, as bits.
namespace verb_flags {
inline constexpr std::uint8_t needs_complement = 1u << 0;  ///< a cue only before « que », « : », a quote, or in an incise (« lance-t-il »)
inline constexpr std::uint8_t denial = 1u << 1;            ///< the attributed content is denied: « nie », « dément »
inline constexpr std::uint8_t hedge = 1u << 2;             ///< the verb itself hedges: « croit », « suppose »
inline constexpr std::uint8_t ambiguous = 1u << 3;         ///< its present forms are also nouns or adjectives (« précise », « note »)
inline constexpr std::uint8_t pronominal = 1u << 4;        ///< used with « se »: « s'inquiète », « s'est félicité »
inline constexpr std::uint8_t semi_auxiliary = 1u << 5;    ///< not a cue; carries one: « continue de nier », « vient de confirmer »
inline constexpr std::uint8_t negative = 1u << 6;          ///< a semi-auxiliary that negates: « refuse de confirmer »
inline constexpr std::uint8_t source_auprès = 1u << 7;     ///< impersonal, the source follows « auprès de »: « a-t-on appris auprès de X »
} // namespace verb_flags

/// A verb that introduces reported speech or thought. Regular -er and -ir (« finir ») verbs need
/// only their lemma; irregular ones give their principal parts.
struct cue_verb {
  std::string_view lemma;
  std::uint8_t flags = 0;
  verb_parts parts{};
  std::string_view particle{};  ///< fixed words after the verb: « en garde » (mettre en garde), « savoir » (faire savoir)
};

/// What a cue phrase does.
enum class phrase_role : std::uint8_t {
  source_follows,   ///< « selon X », « d'après X », « aux yeux de X », « à en croire X »
  opinion,          ///< « pour X, … » at the head of a clause
  agent_follows,    ///< « cité par X »: X relays what precedes
  source_adjective, ///< « de source militaire », « de sources concordantes »
  hedge,            ///< not a cue: marks the content as uncertain (« selon toute vraisemblance », « il semble »)
  adverbial,        ///< not a cue: an adverbial phrase inside a verb group (« a pour sa part indiqué »)
};

/// A multi-word (or single-word) cue that is not a verb.
struct cue_phrase {
  std::string_view text;  ///< as written in lower case: « d'après », « aux yeux de »
  phrase_role role = phrase_role::source_follows;
};

/// Properties of a source word, as bits.
namespace source_flags {
inline constexpr std::uint8_t title = 1u << 0;      ///< a role: « ministre », « porte-parole » (a person when definite or named)
inline constexpr std::uint8_t proper = 1u << 1;     ///< a name: matched only when capitalized in the text (« Le Monde »)
inline constexpr std::uint8_t feminine = 1u << 2;   ///< « présidente », « directrice »
inline constexpr std::uint8_t plural = 1u << 3;     ///< « analystes »
inline constexpr std::uint8_t name_part = 1u << 4;  ///< a prenominal honorific: « M. », « Mme »
inline constexpr std::uint8_t masculine = 1u << 5;  ///< « père », « frère », « M. »
} // namespace source_flags

/// A word or phrase that heads a source noun phrase, with the kind of source it makes.
struct source_word {
  std::string_view text;  ///< lower case; several words allowed: « service de renseignement »
  source_type type = source_type::unknown;
  source_subtype subtype = source_subtype::none;
  std::uint8_t flags = 0;
};

namespace cue_data {

using vf = verb_parts;
namespace f = verb_flags;

/// Declarative and cognitive verbs.
inline constexpr cue_verb verbs[] = {
    // say, state
    {"déclarer"}, {"affirmer"}, {"assurer"}, {"indiquer"}, {"annoncer", f::ambiguous}, {"préciser", f::ambiguous},
    {"expliquer"}, {"ajouter", f::needs_complement}, {"souligner"}, {"signaler"}, {"rapporter"}, {"raconter"},
    {"relater"}, {"détailler"}, {"rappeler", f::needs_complement}, {"insister", f::needs_complement},
    {"marteler"}, {"répéter", f::needs_complement}, {"réitérer"}, {"proclamer"}, {"clamer"},
    {"confier", f::needs_complement}, {"lâcher", f::needs_complement}, {"glisser", f::needs_complement},
    {"souffler", f::needs_complement}, {"résumer", f::needs_complement}, {"commenter", f::needs_complement},
    {"tweeter", f::needs_complement}, {"témoigner", f::needs_complement}, {"mentionner"}, {"évoquer"},
    {"communiquer", f::needs_complement}, {"publier", f::needs_complement}, {"écrire", f::needs_complement,
    vf{"écrit", "écrivent", "écriv", "écrivit", "écrivirent", "écrir", "écrit"}},
    {"dire", 0, vf{"dit", "disent", "dis", "dit", "dirent", "dir", "dit"}},
    {"répondre", f::needs_complement, vf{"répond", "répondent", "répond", "répondit", "répondirent", "répondr", "répondu"}},
    {"poursuivre", f::needs_complement,
     vf{"poursuit", "poursuivent", "poursuiv", "poursuivit", "poursuivirent", "poursuivr", "poursuivi"}},
    {"conclure", f::needs_complement, vf{"conclut", "concluent", "conclu", "conclut", "conclurent", "conclur", "conclu"}},
    {"lancer", f::needs_complement}, {"renchérir", f::needs_complement}, {"réagir", f::needs_complement},
    {"décrire", 0, vf{"décrit", "décrivent", "décriv", "décrivit", "décrivirent", "décrir", "décrit"}},
    {"faire", 0, vf{"fait", "font", "fais", "fit", "firent", "fer", "fait"}, "savoir"},
    {"faire", 0, vf{"fait", "font", "fais", "fit", "firent", "fer", "fait"}, "valoir"},
    {"faire", 0, vf{"fait", "font", "fais", "fit", "firent", "fer", "fait"}, "état"},
    {"laisser", f::hedge, {}, "entendre"},
    // reveal, inform
    {"révéler"}, {"dévoiler"}, {"divulguer", f::needs_complement}, {"informer", f::needs_complement},
    {"montrer"}, {"démontrer"}, {"établir", f::needs_complement},
    {"prédire", 0, vf{"prédit", "prédisent", "prédis", "prédit", "prédirent", "prédir", "prédit"}},
    // confirm, admit
    {"confirmer"}, {"reconnaître", 0,
    vf{"reconnaît", "reconnaissent", "reconnaiss", "reconnut", "reconnurent", "reconnaîtr", "reconnu"}},
    {"admettre", 0, vf{"admet", "admettent", "admett", "admit", "admirent", "admettr", "admis"}}, {"avouer"},
    {"concéder"}, {"certifier"}, {"attester"}, {"garantir"}, {"jurer", f::needs_complement},
    {"promettre", 0, vf{"promet", "promettent", "promett", "promit", "promirent", "promettr", "promis"}},
    {"soutenir", f::needs_complement, vf{"soutient", "soutiennent", "souten", "soutint", "soutinrent", "soutiendr", "soutenu"}},
    {"maintenir", f::needs_complement,
     vf{"maintient", "maintiennent", "mainten", "maintint", "maintinrent", "maintiendr", "maintenu"}},
    {"prétendre", 0, vf{"prétend", "prétendent", "prétend", "prétendit", "prétendirent", "prétendr", "prétendu"}},
    // deny
    {"nier", f::denial}, {"démentir", f::denial,
    vf{"dément", "démentent", "dément", "démentit", "démentirent", "démentir", "démenti"}},
    {"réfuter", f::denial}, {"contester", f::denial}, {"rejeter", f::denial | f::needs_complement},
    {"exclure", f::denial, vf{"exclut", "excluent", "exclu", "exclut", "exclurent", "exclur", "exclu"}},
    // learn from: « a-t-on appris auprès de la préfecture »
    {"apprendre", f::source_auprès,
     vf{"apprend", "apprennent", "appren", "apprit", "apprirent", "apprendr", "appris"}},
    // incise verbs: « sourit-elle », « tranche-t-il », « se souvient-il »
    {"sourire", f::needs_complement, vf{"sourit", "sourient", "souri", "sourit", "sourirent", "sourir", "souri"}},
    {"trancher", f::needs_complement}, {"ironiser", f::needs_complement}, {"soupirer", f::needs_complement},
    {"plaisanter", f::needs_complement}, {"nuancer", f::needs_complement}, {"tempérer", f::needs_complement},
    {"reprendre", f::needs_complement, vf{"reprend", "reprennent", "repren", "reprit", "reprirent", "reprendr", "repris"}},
    {"enchaîner", f::needs_complement}, {"rétorquer", f::needs_complement}, {"objecter", f::needs_complement},
    {"arguer", f::needs_complement}, {"argumenter", f::needs_complement}, {"analyser", f::needs_complement},
    {"abonder", f::needs_complement}, {"tonner", f::needs_complement}, {"fulminer", f::needs_complement},
    {"convenir", f::needs_complement, vf{"convient", "conviennent", "conven", "convint", "convinrent", "conviendr", "convenu"}},
    {"exclamer", f::pronominal | f::needs_complement}, {"emporter", f::pronominal | f::needs_complement},
    {"agacer", f::pronominal | f::needs_complement}, {"amuser", f::pronominal | f::needs_complement},
    {"désoler", f::pronominal}, {"insurger", f::pronominal}, {"indigner", f::pronominal},
    {"souvenir", f::pronominal, vf{"souvient", "souviennent", "souven", "souvint", "souvinrent", "souviendr", "souvenu"}},
    {"rappeler", f::pronominal}, {"défendre", f::pronominal | f::needs_complement,
     vf{"défend", "défendent", "défend", "défendit", "défendirent", "défendr", "défendu"}},
    {"mobiliser", f::pronominal | f::needs_complement}, {"remémorer", f::pronominal | f::needs_complement},
    // warn
    {"prévenir", f::needs_complement, vf{"prévient", "préviennent", "préven", "prévint", "prévinrent", "préviendr", "prévenu"}},
    {"avertir"}, {"alerter"},
    {"mettre", 0, vf{"met", "mettent", "mett", "mit", "mirent", "mettr", "mis"}, "en garde"},
    {"menacer", f::needs_complement},
    // judge, assess, believe
    {"estimer", f::ambiguous}, {"juger", f::ambiguous}, {"considérer"}, {"évaluer"},
    {"chiffrer"}, {"calculer", f::needs_complement}, {"penser", f::needs_complement},
    {"croire", 0, vf{"croit", "croient", "croy", "crut", "crurent", "croir", "cru"}},
    {"supposer", f::needs_complement}, {"soupçonner"}, {"suggérer", f::hedge},
    {"craindre", 0, vf{"craint", "craignent", "craign", "craignit", "craignirent", "craindr", "craint"}},
    {"redouter"}, {"espérer", f::needs_complement}, {"douter", f::needs_complement},
    {"constater", f::needs_complement}, {"observer", f::needs_complement}, {"noter", f::ambiguous | f::needs_complement},
    {"relever", f::needs_complement}, {"remarquer", f::needs_complement}, {"pointer", f::needs_complement},
    {"souligner"}, {"prévoir", 0,
    vf{"prévoit", "prévoient", "prévoy", "prévit", "prévirent", "prévoir", "prévu"}},
    {"anticiper", f::needs_complement},
    // blame, praise
    {"dénoncer"}, {"accuser"}, {"qualifier"}, {"critiquer", f::ambiguous | f::needs_complement}, {"fustiger"}, {"condamner"},
    {"déplorer"}, {"regretter"}, {"saluer", f::needs_complement}, {"reprocher", f::needs_complement},
    {"revendiquer"},     // pronominal
    {"inquiéter", f::pronominal}, {"féliciter", f::pronominal}, {"alarmer", f::pronominal},
    {"réjouir", f::pronominal}, {"étonner", f::pronominal}, {"interroger", f::pronominal},
    {"plaindre", f::pronominal, vf{"plaint", "plaignent", "plaign", "plaignit", "plaignirent", "plaindr", "plaint"}},
    // semi-auxiliaries: « continue de nier », « vient de confirmer », « refuse de commenter »
    {"continuer", f::semi_auxiliary}, {"refuser", f::semi_auxiliary | f::negative},
    {"venir", f::semi_auxiliary, vf{"vient", "viennent", "ven", "vint", "vinrent", "viendr", "venu"}},
    {"tenir", f::semi_auxiliary, vf{"tient", "tiennent", "ten", "tint", "tinrent", "tiendr", "tenu"}},
    {"aller", f::semi_auxiliary, vf{"va", "vont", "all", "alla", "allèrent", "ir", "allé"}},
    {"devoir", f::semi_auxiliary, vf{"doit", "doivent", "dev", "dut", "durent", "devr", "dû"}},
    {"pouvoir", f::semi_auxiliary, vf{"peut", "peuvent", "pouv", "put", "purent", "pourr", "pu"}},
    {"vouloir", f::semi_auxiliary, vf{"veut", "veulent", "voul", "voulut", "voulurent", "voudr", "voulu"}},
    {"borner", f::semi_auxiliary}, {"contenter", f::semi_auxiliary}, {"empresser", f::semi_auxiliary},
    {"persister", f::semi_auxiliary}, {"oser", f::semi_auxiliary}, {"entendre", f::semi_auxiliary,
    vf{"entend", "entendent", "entend", "entendit", "entendirent", "entendr", "entendu"}},
    {"cesser", f::semi_auxiliary | f::negative}, {"chercher", f::semi_auxiliary},
};

/// Cue phrases other than verbs.
inline constexpr cue_phrase phrases[] = {
    {"selon"}, {"d'après"}, {"aux yeux de"}, {"aux yeux d'"}, {"aux yeux du"}, {"aux yeux des"}, {"à en croire"},
    {"de l'avis de"}, {"de l'avis d'"}, {"de l'avis du"}, {"de l'avis des"}, {"au dire de"}, {"aux dires de"},
    {"aux dires du"}, {"aux dires des"}, {"d'après les dires de"}, {"de l'aveu de"}, {"de l'aveu même de"},
    {"pour", phrase_role::opinion}, {"cité par", phrase_role::agent_follows},
    {"citée par", phrase_role::agent_follows}, {"cités par", phrase_role::agent_follows},
    {"citées par", phrase_role::agent_follows}, {"rapporté par", phrase_role::agent_follows},
    {"rapportés par", phrase_role::agent_follows}, {"rapportée par", phrase_role::agent_follows},
    {"rapportées par", phrase_role::agent_follows}, {"relayé par", phrase_role::agent_follows},
    {"relayée par", phrase_role::agent_follows}, {"relayés par", phrase_role::agent_follows},
    {"relayées par", phrase_role::agent_follows},
    {"de source", phrase_role::source_adjective}, {"de sources", phrase_role::source_adjective},
    {"selon toute vraisemblance", phrase_role::hedge}, {"selon toute probabilité", phrase_role::hedge},
    {"il semble", phrase_role::hedge}, {"il semblerait", phrase_role::hedge}, {"il paraît", phrase_role::hedge},
    {"il est possible", phrase_role::hedge}, {"il est probable", phrase_role::hedge}, {"sans doute", phrase_role::hedge},
    {"peut-être", phrase_role::hedge}, {"a priori", phrase_role::hedge},
    {"pour sa part", phrase_role::adverbial}, {"pour leur part", phrase_role::adverbial},
    {"de son côté", phrase_role::adverbial}, {"de leur côté", phrase_role::adverbial},
    {"par ailleurs", phrase_role::adverbial}, {"en outre", phrase_role::adverbial},
    {"à nouveau", phrase_role::adverbial}, {"de nouveau", phrase_role::adverbial},
    {"d'ailleurs", phrase_role::adverbial}, {"en effet", phrase_role::adverbial},
    {"une nouvelle fois", phrase_role::adverbial}, {"à plusieurs reprises", phrase_role::adverbial},
    {"à son tour", phrase_role::adverbial}, {"à leur tour", phrase_role::adverbial},
    {"d'ores et déjà", phrase_role::adverbial}, {"lui aussi", phrase_role::adverbial},
    {"elle aussi", phrase_role::adverbial}, {"eux aussi", phrase_role::adverbial},
    {"dans la foulée", phrase_role::adverbial}, {"à demi-mot", phrase_role::adverbial},
    {"sans détour", phrase_role::adverbial}, {"sans ambages", phrase_role::adverbial},
};

/// Single-word hedges of the content (the conditional mood is found separately).
inline constexpr std::string_view hedges[] = {
    "possible", "possibles", "possiblement", "probable", "probables", "probablement", "vraisemblablement",
    "apparemment", "présumé", "présumée", "présumés", "présumées", "supposé", "supposée", "supposés", "supposées",
    "potentiellement", "éventuellement", "semble", "semblent", "semblait", "semblaient", "semblerait",
    "sembleraient", "paraît", "paraissent", "paraissait", "pourrait", "pourraient", "présumément",
    "hypothétique", "incertain", "incertaine", "plausible", "plausiblement", "visiblement"};

namespace st = source_flags;
using T = source_type;
using S = source_subtype;

/// Roles and titles: a person (or, indefinite and unnamed, an anonymous source).
inline constexpr source_word titles[] = {
    {"ministre", T::person, S::none, st::title}, {"ministres", T::person, S::none, st::title | st::plural},
    {"président", T::person, S::none, st::title}, {"présidente", T::person, S::none, st::title | st::feminine},
    {"vice-président", T::person, S::none, st::title}, {"vice-présidente", T::person, S::none, st::title | st::feminine},
    {"premier ministre", T::person, S::none, st::title}, {"première ministre", T::person, S::none, st::title | st::feminine},
    {"porte-parole", T::person, S::none, st::title}, {"secrétaire", T::person, S::none, st::title},
    {"secrétaire d'état", T::person, S::none, st::title}, {"secrétaire général", T::person, S::none, st::title},
    {"secrétaire générale", T::person, S::none, st::title | st::feminine}, {"chef", T::person, S::none, st::title},
    {"cheffe", T::person, S::none, st::title | st::feminine}, {"chef d'état-major", T::person, S::none, st::title},
    {"chef de l'état", T::person, S::none, st::title}, {"chef du gouvernement", T::person, S::none, st::title},
    {"chef de la diplomatie", T::person, S::none, st::title}, {"général", T::person, S::none, st::title},
    {"directeur", T::person, S::none, st::title}, {"directrice", T::person, S::none, st::title | st::feminine},
    {"ambassadeur", T::person, S::none, st::title}, {"ambassadrice", T::person, S::none, st::title | st::feminine},
    {"diplomate", T::person, S::none, st::title}, {"chancelier", T::person, S::none, st::title},
    {"chancelière", T::person, S::none, st::title | st::feminine}, {"député", T::person, S::none, st::title},
    {"députée", T::person, S::none, st::title | st::feminine}, {"sénateur", T::person, S::none, st::title},
    {"sénatrice", T::person, S::none, st::title | st::feminine}, {"maire", T::person, S::none, st::title},
    {"gouverneur", T::person, S::none, st::title}, {"commandant", T::person, S::none, st::title},
    {"colonel", T::person, S::none, st::title}, {"amiral", T::person, S::none, st::title},
    {"lieutenant-colonel", T::person, S::none, st::title}, {"capitaine", T::person, S::none, st::title},
    {"sergent", T::person, S::none, st::title}, {"chercheur", T::person, S::none, st::title},
    {"chercheuse", T::person, S::none, st::title | st::feminine}, {"professeur", T::person, S::none, st::title},
    {"professeure", T::person, S::none, st::title | st::feminine}, {"politologue", T::person, S::none, st::title},
    {"économiste", T::person, S::none, st::title}, {"historien", T::person, S::none, st::title},
    {"historienne", T::person, S::none, st::title | st::feminine}, {"sociologue", T::person, S::none, st::title},
    {"géographe", T::person, S::none, st::title}, {"démographe", T::person, S::none, st::title},
    {"épidémiologiste", T::person, S::none, st::title}, {"procureur", T::person, S::none, st::title},
    {"procureure", T::person, S::none, st::title | st::feminine}, {"juge", T::person, S::none, st::title},
    {"avocat", T::person, S::none, st::title}, {"avocate", T::person, S::none, st::title | st::feminine},
    {"conseiller", T::person, S::none, st::title}, {"conseillère", T::person, S::none, st::title | st::feminine},
    {"négociateur", T::person, S::none, st::title}, {"émissaire", T::person, S::none, st::title},
    {"envoyé", T::person, S::none, st::title}, {"envoyée", T::person, S::none, st::title | st::feminine},
    {"représentant", T::person, S::none, st::title}, {"représentante", T::person, S::none, st::title | st::feminine},
    {"dirigeant", T::person, S::none, st::title}, {"dirigeante", T::person, S::none, st::title | st::feminine},
    {"leader", T::person, S::none, st::title}, {"patron", T::person, S::none, st::title},
    {"patronne", T::person, S::none, st::title | st::feminine}, {"pdg", T::person, S::none, st::title},
    {"fondateur", T::person, S::none, st::title}, {"fondatrice", T::person, S::none, st::title | st::feminine},
    {"roi", T::person, S::none, st::title | st::masculine}, {"reine", T::person, S::none, st::title | st::feminine},
    {"prince", T::person, S::none, st::title | st::masculine}, {"pape", T::person, S::none, st::title},
    {"guide suprême", T::person, S::none, st::title}, {"journaliste", T::person, S::none, st::title},
    {"correspondant", T::person, S::none, st::title}, {"correspondante", T::person, S::none, st::title | st::feminine},
    {"reporter", T::person, S::none, st::title}, {"rédacteur", T::person, S::none, st::title},
    {"éditorialiste", T::person, S::none, st::title}, {"militant", T::person, S::none, st::title},
    {"militante", T::person, S::none, st::title | st::feminine}, {"opposant", T::person, S::none, st::title},
    {"opposante", T::person, S::none, st::title | st::feminine}, {"candidat", T::person, S::none, st::title},
    {"candidate", T::person, S::none, st::title | st::feminine}, {"élu", T::person, S::none, st::title},
    {"élue", T::person, S::none, st::title | st::feminine}, {"homologue", T::person, S::none, st::title},
    {"commissaire", T::person, S::none, st::title}, {"haut-commissaire", T::person, S::none, st::title},
    {"médecin", T::person, S::none, st::title}, {"docteur", T::person, S::none, st::title},
    {"infirmier", T::person, S::none, st::title}, {"infirmière", T::person, S::none, st::title | st::feminine},
    {"syndicaliste", T::person, S::none, st::title}, {"préfet", T::person, S::none, st::title},
    {"préfète", T::person, S::none, st::title | st::feminine}, {"officier", T::person, S::none, st::title},
    {"vice-ministre", T::person, S::none, st::title}, {"vice-amiral", T::person, S::none, st::title},
    {"lieutenant", T::person, S::none, st::title}, {"adjoint", T::person, S::none, st::title},
    {"adjointe", T::person, S::none, st::title | st::feminine}, {"coordinateur", T::person, S::none, st::title},
    {"coordinatrice", T::person, S::none, st::title | st::feminine}, {"enquêteur", T::person, S::none, st::title},
    {"ingénieur", T::person, S::none, st::title}, {"entraîneur", T::person, S::none, st::title},
    {"sélectionneur", T::person, S::none, st::title}, {"auteur", T::person, S::none, st::title},
    {"autrice", T::person, S::none, st::title | st::feminine}, {"co-auteur", T::person, S::none, st::title},
    {"directeur général", T::person, S::none, st::title}, {"présidente-directrice", T::person, S::none, st::title},
    {"m.", T::person, S::none, st::title | st::name_part | st::masculine}, {"mme", T::person, S::none, st::title | st::name_part | st::feminine},
    {"mme.", T::person, S::none, st::title | st::name_part | st::feminine}, {"dr", T::person, S::none, st::title | st::name_part},
    {"dr.", T::person, S::none, st::title | st::name_part}, {"pr", T::person, S::none, st::title | st::name_part},
    {"pr.", T::person, S::none, st::title | st::name_part}, {"me", T::person, S::none, st::title | st::name_part},
    {"mgr", T::person, S::none, st::title | st::name_part}, {"monsieur", T::person, S::none, st::title | st::name_part | st::masculine},
    {"madame", T::person, S::none, st::title | st::name_part | st::feminine},
};

/// Heads of unnamed sources.
inline constexpr source_word anonymous[] = {
    {"source", T::anonymous}, {"sources", T::anonymous, S::none, st::plural}, {"responsable", T::anonymous},
    {"responsables", T::anonymous, S::none, st::plural}, {"expert", T::anonymous},
    {"experts", T::anonymous, S::none, st::plural}, {"experte", T::anonymous, S::none, st::feminine},
    {"analyste", T::anonymous}, {"analystes", T::anonymous, S::none, st::plural}, {"observateur", T::anonymous},
    {"observateurs", T::anonymous, S::none, st::plural}, {"observatrice", T::anonymous, S::none, st::feminine},
    {"spécialiste", T::anonymous}, {"spécialistes", T::anonymous, S::none, st::plural}, {"témoin", T::anonymous},
    {"témoins", T::anonymous, S::none, st::plural}, {"proche", T::anonymous}, {"proches", T::anonymous, S::none, st::plural},
    {"entourage", T::anonymous}, {"interlocuteur", T::anonymous}, {"officiel", T::anonymous},
    {"officiels", T::anonymous, S::none, st::plural}, {"diplomates", T::anonymous, S::none, st::plural},
    {"militaires", T::anonymous, S::none, st::plural}, {"habitants", T::anonymous, S::none, st::plural},
    {"habitant", T::anonymous}, {"riverains", T::anonymous, S::none, st::plural}, {"chercheurs", T::anonymous, S::none, st::plural},
    {"scientifiques", T::anonymous, S::none, st::plural}, {"économistes", T::anonymous, S::none, st::plural},
    {"politologues", T::anonymous, S::none, st::plural}, {"historiens", T::anonymous, S::none, st::plural},
    {"médecins", T::anonymous, S::none, st::plural}, {"enquêteurs", T::anonymous, S::none, st::plural},
    {"sondés", T::anonymous, S::none, st::plural}, {"personnes interrogées", T::anonymous, S::none, st::plural},
    {"français", T::anonymous, S::none, st::plural}, {"françaises", T::anonymous, S::none, st::plural},
    {"électeurs", T::anonymous, S::none, st::plural}, {"citoyens", T::anonymous, S::none, st::plural},
    {"participants", T::anonymous, S::none, st::plural}, {"répondants", T::anonymous, S::none, st::plural},
    {"salariés", T::anonymous, S::none, st::plural}, {"manifestants", T::anonymous, S::none, st::plural},
    {"partisans", T::anonymous, S::none, st::plural}, {"critiques", T::anonymous, S::none, st::plural},
    {"détracteurs", T::anonymous, S::none, st::plural}, {"commentateurs", T::anonymous, S::none, st::plural},
    {"connaisseurs", T::anonymous, S::none, st::plural}, {"haut responsable", T::anonymous},
    {"hauts responsables", T::anonymous, S::none, st::plural}, {"haut gradé", T::anonymous},
    {"hauts gradés", T::anonymous, S::none, st::plural}, {"haut fonctionnaire", T::anonymous},
    {"hauts fonctionnaires", T::anonymous, S::none, st::plural}, {"fonctionnaire", T::anonymous},
    {"fonctionnaires", T::anonymous, S::none, st::plural}, {"membres", T::anonymous, S::none, st::plural},
    {"membre", T::anonymous}, {"dirigeants", T::anonymous, S::none, st::plural}, {"élus", T::anonymous, S::none, st::plural},
    {"soldats", T::anonymous, S::none, st::plural}, {"soldat", T::anonymous}, {"combattants", T::anonymous, S::none, st::plural},
    {"prisonniers", T::anonymous, S::none, st::plural}, {"victimes", T::anonymous, S::none, st::plural},
    {"représentants", T::anonymous, S::none, st::plural}, {"négociateurs", T::anonymous, S::none, st::plural},
    {"journalistes", T::anonymous, S::none, st::plural}, {"spectateurs", T::anonymous, S::none, st::plural},
    {"usagers", T::anonymous, S::none, st::plural}, {"parents", T::anonymous, S::none, st::plural},
    {"patients", T::anonymous, S::none, st::plural}, {"familles", T::anonymous, S::none, st::plural},
    {"hommes", T::anonymous, S::none, st::plural}, {"femmes", T::anonymous, S::none, st::plural},
    {"certains", T::anonymous, S::none, st::plural}, {"certaines", T::anonymous, S::none, st::plural},
    {"plusieurs", T::anonymous, S::none, st::plural}, {"beaucoup", T::anonymous, S::none, st::plural},
    {"nombre", T::anonymous}, {"majorité", T::anonymous}, {"la plupart", T::anonymous, S::none, st::plural},
    {"auteurs", T::anonymous, S::none, st::plural}, {"personnes", T::anonymous, S::none, st::plural},
    {"homme", T::anonymous, S::none, st::masculine}, {"femme", T::anonymous, S::none, st::feminine}, {"voisin", T::anonymous},
    {"voisine", T::anonymous, S::none, st::feminine}, {"voisins", T::anonymous, S::none, st::plural},
    {"rescapé", T::anonymous}, {"rescapés", T::anonymous, S::none, st::plural}, {"survivant", T::anonymous},
    {"survivants", T::anonymous, S::none, st::plural}, {"victime", T::anonymous, S::none, st::feminine},
    {"passant", T::anonymous}, {"passants", T::anonymous, S::none, st::plural},
    {"mère", T::person, S::none, st::title | st::feminine}, {"père", T::person, S::none, st::title | st::masculine},
    {"sœur", T::person, S::none, st::title | st::feminine}, {"frère", T::person, S::none, st::title | st::masculine},
    {"fils", T::person, S::none, st::title | st::masculine}, {"fille", T::person, S::none, st::title | st::feminine},
    {"épouse", T::person, S::none, st::title | st::feminine}, {"mari", T::person, S::none, st::title | st::masculine},
    {"veuve", T::person, S::none, st::title | st::feminine}, {"oncle", T::person, S::none, st::title | st::masculine},
    {"tante", T::person, S::none, st::title | st::feminine},
    {"scientifique", T::person, S::none, st::title}, {"pédiatre", T::person, S::none, st::title},
    {"psychiatre", T::person, S::none, st::title}, {"psychologue", T::person, S::none, st::title},
    {"biologiste", T::person, S::none, st::title}, {"climatologue", T::person, S::none, st::title},
    {"glaciologue", T::person, S::none, st::title}, {"virologue", T::person, S::none, st::title},
    {"géopolitologue", T::person, S::none, st::title}, {"stratège", T::person, S::none, st::title},
    {"juriste", T::person, S::none, st::title}, {"notaire", T::person, S::none, st::title},
    {"architecte", T::person, S::none, st::title}, {"délégué", T::person, S::none, st::title},
    {"déléguée", T::person, S::none, st::title | st::feminine}, {"docteure", T::person, S::none, st::title | st::feminine},
    {"intéressé", T::person, S::none, st::title}, {"intéressée", T::person, S::none, st::title | st::feminine},
    {"consultant", T::person, S::none, st::title}, {"consultante", T::person, S::none, st::title | st::feminine},
    {"joueur", T::person, S::none, st::title}, {"joueuse", T::person, S::none, st::title | st::feminine},
    {"attaquant", T::person, S::none, st::title}, {"capitaine", T::person, S::none, st::title},
    {"agent", T::person, S::none, st::title}, {"élève", T::person, S::none, st::title},
    {"adversaire", T::person, S::none, st::title}, {"rival", T::person, S::none, st::title},
    {"organisateurs", T::organization, S::other, st::plural}, {"pays", T::country_or_capital}, {"olympique", T::organization, S::company}, {"media", T::organization, S::media},
    {"jury", T::organization, S::other}, {"souverain", T::person, S::none, st::title},
    {"sport", T::organization, S::media}, {"sports", T::organization, S::media},
    {"capitales", T::country_or_capital, S::none, st::plural},
};

/// Common first names: a lone first name is a person (« Marie, 45 ans, infirmière »).
inline constexpr std::string_view first_names[] = {
    "marie", "anne", "sophie", "julie", "claire", "camille", "léa", "chloé", "emma", "manon", "sarah", "laura",
    "céline", "nathalie", "isabelle", "sylvie", "catherine", "christine", "valérie", "sandrine", "stéphanie",
    "aurélie", "émilie", "élodie", "hélène", "martine", "monique", "françoise", "brigitte", "nadia", "fatima",
    "samia", "leïla", "yasmine", "inès", "amina", "aïcha", "lucie", "pauline", "charlotte", "alice", "jeanne",
    "louise", "margaux", "océane", "agnès", "véronique", "patricia", "corinne", "karine", "virginie", "mathilde",
    "jean", "pierre", "paul", "jacques", "michel", "philippe", "alain", "patrick", "nicolas", "christophe",
    "thomas", "julien", "antoine", "maxime", "alexandre", "lucas", "hugo", "louis", "gabriel", "arthur", "léo",
    "nathan", "théo", "mathieu", "sébastien", "laurent", "olivier", "éric", "frédéric", "stéphane", "david",
    "daniel", "bernard", "françois", "gérard", "andré", "marc", "luc", "yves", "bruno", "vincent", "romain",
    "guillaume", "benoît", "damien", "jérôme", "cédric", "fabrice", "thierry", "pascal", "didier", "franck",
    "karim", "mohamed", "ahmed", "mehdi", "yacine", "rachid", "samir", "youssef", "omar", "ali", "hassan",
    "ibrahim", "moussa", "mamadou", "abdoulaye", "kevin", "jordan", "dylan", "enzo", "quentin", "clément",
    "adrien", "baptiste", "florian", "jonathan", "sylvain", "hervé", "gilles", "serge", "denis", "claude",
    "roger", "henri", "georges", "robert", "raymond", "marcel", "rené", "joseph", "emmanuel", "xavier",
};

/// Well-known persons often named by their surname alone (« Macron a déclaré »).
inline constexpr std::string_view persons[] = {
    "macron", "poutine", "zelensky", "zelenski", "trump", "biden", "obama", "xi", "erdogan", "netanyahou",
    "scholz", "merz", "meloni", "starmer", "sunak", "lula", "modi", "bayrou", "barnier", "attal", "borne",
    "lecornu", "retailleau", "darmanin", "le pen", "bardella", "mélenchon", "lavrov", "peskov", "guterres",
    "stoltenberg", "rutte", "blinken", "rubio", "vance", "musk", "orban", "orbán", "loukachenko", "medvedev",
    "choïgou", "gerasimov", "kim", "kadyrov", "prigojine", "navalny", "tebboune", "sissi", "khamenei",
    "pezeshkian", "hollande", "sarkozy", "chirac", "philippe", "castex", "valls", "kallas", "costa",
    "von der leyen", "lagarde", "tedros", "grossi", "yoon", "lee", "ishiba", "kishida", "albanese", "carney",
    "trudeau", "sánchez", "sanchez", "tusk", "duda", "nawrocki", "fico", "milei", "maduro", "boric", "petro",
};

/// Heads of documents.
inline constexpr source_word documents[] = {
    {"rapport", T::document}, {"rapports", T::document}, {"enquête", T::document}, {"enquêtes", T::document},
    {"étude", T::document}, {"études", T::document}, {"sondage", T::document}, {"sondages", T::document},
    {"note", T::document}, {"notes", T::document}, {"communiqué", T::document}, {"communiqués", T::document},
    {"document", T::document}, {"documents", T::document}, {"données", T::document}, {"estimations", T::document},
    {"estimation", T::document}, {"chiffres", T::document}, {"statistiques", T::document}, {"bilan", T::document},
    {"bilans", T::document}, {"analyse", T::document}, {"analyses", T::document}, {"texte", T::document},
    {"article", T::document}, {"publication", T::document}, {"images", T::document}, {"vidéo", T::document}, {"vidéos", T::document},
    {"dépêche", T::document}, {"câble", T::document},
    {"mémo", T::document}, {"lettre", T::document}, {"courrier", T::document}, {"compte rendu", T::document},
    {"recensement", T::document}, {"projections", T::document}, {"prévisions", T::document},
    {"évaluation", T::document}, {"évaluations", T::document}, {"audit", T::document}, {"baromètre", T::document},
    {"observations", T::document}, {"calculs", T::document}, {"décompte", T::document}, {"relevés", T::document},
    {"résultats", T::document}, {"conclusions", T::document}, 
    {"témoignages", T::document}, {"témoignage", T::document},
    {"registre", T::document}, {"archives", T::document}, {"tweet", T::document}, {"message", T::document},
    {"messages", T::document}, {"post", T::document}, {"publication", T::document}, {"livre blanc", T::document},
    {"indicateurs", T::document}, {"indicateur", T::document}, {"simulations", T::document},
    {"rapport annuel", T::document}, {"bulletin", T::document}, {"journal officiel", T::document},
    {"version", T::document}, {"récit", T::document},
    {"constat", T::document}, {"verdict", T::document}, {"jugement", T::document}, {"arrêt", T::document},
    {"avis", T::document}, {"expertise", T::document}, {"photos", T::document}, {"rapports de presse", T::document},
};

/// Organizations, by kind.
inline constexpr source_word organizations[] = {
    // government
    {"gouvernement", T::organization, S::government}, {"ministère", T::organization, S::government},
    {"ministères", T::organization, S::government}, {"présidence", T::organization, S::government},
    {"autorités", T::organization, S::government}, {"administration", T::organization, S::government},
    {"exécutif", T::organization, S::government}, {"kremlin", T::organization, S::government},
    {"élysée", T::organization, S::government}, {"matignon", T::organization, S::government},
    {"maison blanche", T::organization, S::government}, {"quai d'orsay", T::organization, S::government},
    {"downing street", T::organization, S::government}, {"département d'état", T::organization, S::government},
    {"chancellerie", T::organization, S::government}, {"diplomatie", T::organization, S::government},
    {"ambassade", T::organization, S::government}, {"consulat", T::organization, S::government},
    {"préfecture", T::organization, S::government}, {"mairie", T::organization, S::government},
    {"parquet", T::organization, S::government}, {"police", T::organization, S::government},
    {"gendarmerie", T::organization, S::government}, {"douanes", T::organization, S::government},
    {"bureau", T::organization, S::government}, {"cabinet", T::organization, S::government},
    {"services", T::organization, S::government}, {"régime", T::organization, S::government},
    {"parlement", T::organization, S::government},
    {"assemblée", T::organization, S::government}, {"sénat", T::organization, S::government},
    {"congrès", T::organization, S::government}, {"trésor", T::organization, S::government},
    {"insee", T::organization, S::government}, {"direction", T::organization, S::government},
    {"commission", T::organization, S::government},
    // military
    {"armée", T::organization, S::military}, {"armées", T::organization, S::military},
    {"état-major", T::organization, S::military}, {"état-major général", T::organization, S::military},
    {"pentagone", T::organization, S::military}, {"forces", T::organization, S::military},
    {"forces armées", T::organization, S::military}, {"marine", T::organization, S::military},
    {"commandement", T::organization, S::military}, {"garde nationale", T::organization, S::military},
    {"gardiens de la révolution", T::organization, S::military}, {"tsahal", T::organization, S::military},
    {"jcs", T::organization, S::military}, {"état-major interarmées", T::organization, S::military},
    {"défense", T::organization, S::military}, {"armée de l'air", T::organization, S::military},
    {"brigade", T::organization, S::military}, {"régiment", T::organization, S::military},
    {"wagner", T::organization, S::military},
    // intelligence
    {"renseignement", T::organization, S::intelligence}, {"renseignements", T::organization, S::intelligence},
    {"service de renseignement", T::organization, S::intelligence},
    {"services de renseignement", T::organization, S::intelligence},
    {"services de renseignements", T::organization, S::intelligence},
    {"service de renseignements", T::organization, S::intelligence},
    {"agence de renseignement", T::organization, S::intelligence},
    {"agences de renseignement", T::organization, S::intelligence},
    {"renseignement militaire", T::organization, S::intelligence}, {"nis", T::organization, S::intelligence},
    {"cia", T::organization, S::intelligence}, {"fsb", T::organization, S::intelligence},
    {"sbu", T::organization, S::intelligence}, {"gur", T::organization, S::intelligence},
    {"hur", T::organization, S::intelligence}, {"dgse", T::organization, S::intelligence},
    {"dgsi", T::organization, S::intelligence}, {"mi6", T::organization, S::intelligence},
    {"mossad", T::organization, S::intelligence}, {"nsa", T::organization, S::intelligence},
    {"svr", T::organization, S::intelligence}, {"gru", T::organization, S::intelligence},
    {"dia", T::organization, S::intelligence}, {"shin bet", T::organization, S::intelligence},
    {"odni", T::organization, S::intelligence}, {"fbi", T::organization, S::intelligence},
    // media
    {"agence", T::organization}, {"agences", T::organization}, {"agence de presse", T::organization, S::media},
    {"journal", T::organization, S::media}, {"quotidien", T::organization, S::media},
    {"hebdomadaire", T::organization, S::media}, {"magazine", T::organization, S::media},
    {"chaîne", T::organization, S::media}, {"radio", T::organization, S::media},
    {"télévision", T::organization, S::media}, {"médias", T::organization, S::media},
    {"média", T::organization, S::media}, {"presse", T::organization, S::media}, {"site", T::document},
    {"rédaction", T::organization, S::media}, {"afp", T::organization, S::media}, {"reuters", T::organization, S::media},
    {"ap", T::organization, S::media}, {"associated press", T::organization, S::media},
    {"bloomberg", T::organization, S::media}, {"cnn", T::organization, S::media}, {"bbc", T::organization, S::media},
    {"le monde", T::organization, S::media, st::proper}, {"le figaro", T::organization, S::media, st::proper},
    {"libération", T::organization, S::media, st::proper}, {"les échos", T::organization, S::media, st::proper},
    {"le parisien", T::organization, S::media, st::proper}, {"la croix", T::organization, S::media, st::proper},
    {"l'express", T::organization, S::media, st::proper}, {"le point", T::organization, S::media, st::proper},
    {"l'obs", T::organization, S::media, st::proper}, {"ouest-france", T::organization, S::media},
    {"mediapart", T::organization, S::media}, {"franceinfo", T::organization, S::media},
    {"france info", T::organization, S::media, st::proper}, {"france 24", T::organization, S::media},
    {"rfi", T::organization, S::media}, {"tf1", T::organization, S::media}, {"bfmtv", T::organization, S::media},
    {"lci", T::organization, S::media}, {"france inter", T::organization, S::media, st::proper},
    {"france télévisions", T::organization, S::media, st::proper}, {"arte", T::organization, S::media, st::proper},
    {"new york times", T::organization, S::media}, {"the new york times", T::organization, S::media},
    {"washington post", T::organization, S::media}, {"the washington post", T::organization, S::media},
    {"wall street journal", T::organization, S::media}, {"the wall street journal", T::organization, S::media},
    {"financial times", T::organization, S::media}, {"the guardian", T::organization, S::media},
    {"the economist", T::organization, S::media}, {"politico", T::organization, S::media},
    {"axios", T::organization, S::media}, {"al jazeera", T::organization, S::media}, {"tass", T::organization, S::media},
    {"ria novosti", T::organization, S::media}, {"interfax", T::organization, S::media},
    {"kcna", T::organization, S::media}, {"yonhap", T::organization, S::media}, {"kyodo", T::organization, S::media},
    {"nhk", T::organization, S::media}, {"xinhua", T::organization, S::media}, {"ukrinform", T::organization, S::media},
    {"kyiv independent", T::organization, S::media}, {"der spiegel", T::organization, S::media},
    {"spiegel", T::organization, S::media}, {"bild", T::organization, S::media, st::proper},
    {"el país", T::organization, S::media}, {"izvestia", T::organization, S::media},
    {"kommersant", T::organization, S::media}, {"meduza", T::organization, S::media}, {"ria", T::organization, S::media},
    {"cbs", T::organization, S::media}, {"nbc", T::organization, S::media}, {"abc", T::organization, S::media},
    {"fox news", T::organization, S::media}, {"sky news", T::organization, S::media}, {"dpa", T::organization, S::media},
    {"ansa", T::organization, S::media}, {"efe", T::organization, S::media}, {"belga", T::organization, S::media},
    {"anadolu", T::organization, S::media}, {"irna", T::organization, S::media}, {"wafa", T::organization, S::media},
    {"kns", T::organization, S::media}, {"20 minutes", T::organization, S::media, st::proper},
    {"le journal du dimanche", T::organization, S::media, st::proper}, {"jdd", T::organization, S::media},
    {"l'équipe", T::organization, S::media, st::proper}, {"le canard enchaîné", T::organization, S::media, st::proper},
    {"radio france", T::organization, S::media, st::proper}, {"europe 1", T::organization, S::media},
    {"rtl", T::organization, S::media}, {"france 2", T::organization, S::media}, {"france 3", T::organization, S::media},
    {"m6", T::organization, S::media}, {"cnews", T::organization, S::media}, {"afp-services", T::organization, S::media},
    // think tanks, research
    {"think-tank", T::organization, S::think_tank}, {"think tank", T::organization, S::think_tank},
    {"think-tanks", T::organization, S::think_tank}, {"groupe de réflexion", T::organization, S::think_tank},
    {"institut", T::organization, S::think_tank}, {"centre", T::organization, S::think_tank},
    {"center", T::organization, S::think_tank}, {"fondation", T::organization, S::think_tank},
    {"observatoire", T::organization, S::think_tank}, {"laboratoire", T::organization, S::think_tank},
    {"université", T::organization, S::think_tank}, {"isw", T::organization, S::think_tank},
    {"rusi", T::organization, S::think_tank}, {"ifri", T::organization, S::think_tank},
    {"iris", T::organization, S::think_tank}, {"frs", T::organization, S::think_tank},
    {"sipri", T::organization, S::think_tank}, {"csis", T::organization, S::think_tank},
    {"rand", T::organization, S::think_tank}, {"iiss", T::organization, S::think_tank},
    {"brookings", T::organization, S::think_tank}, {"chatham house", T::organization, S::think_tank},
    {"atlantic council", T::organization, S::think_tank}, {"carnegie", T::organization, S::think_tank},
    {"bruegel", T::organization, S::think_tank}, {"ofce", T::organization, S::think_tank},
    {"open source centre", T::organization, S::think_tank}, {"bellingcat", T::organization, S::think_tank},
    {"kiel institute", T::organization, S::think_tank}, {"cnrs", T::organization, S::think_tank},
    {"inserm", T::organization, S::think_tank}, {"ined", T::organization, S::think_tank},
    {"ipcc", T::organization, S::international}, {"giec", T::organization, S::international},
    // polling institutes
    {"ifop", T::organization, S::company}, {"ipsos", T::organization, S::company}, {"elabe", T::organization, S::company}, {"odoxa", T::organization, S::company},
    {"opinionway", T::organization, S::company}, {"bva", T::organization, S::company}, {"harris interactive", T::organization, S::company},
    {"viavoice", T::organization, S::company}, {"kantar", T::organization, S::company}, {"yougov", T::organization, S::company},
    {"toluna", T::organization, S::company}, {"cluster17", T::organization, S::company}, {"institut de sondage", T::organization, S::company},
    {"credoc", T::organization, S::think_tank}, {"gallup", T::organization, S::company}, {"pew research center", T::organization, S::think_tank},
    // international
    {"onu", T::organization, S::international}, {"otan", T::organization, S::international},
    {"nato", T::organization, S::international}, {"ue", T::organization, S::international},
    {"union européenne", T::organization, S::international}, {"commission européenne", T::organization, S::international},
    {"conseil européen", T::organization, S::international}, {"parlement européen", T::organization, S::international},
    {"nations unies", T::organization, S::international}, {"conseil de sécurité", T::organization, S::international},
    {"aiea", T::organization, S::international}, {"oms", T::organization, S::international},
    {"fmi", T::organization, S::international}, {"osce", T::organization, S::international},
    {"cpi", T::organization, S::international}, {"unicef", T::organization, S::international},
    {"hcr", T::organization, S::international}, {"pam", T::organization, S::international},
    {"banque mondiale", T::organization, S::international}, {"ocde", T::organization, S::international},
    {"omc", T::organization, S::international}, {"g7", T::organization, S::international},
    {"g20", T::organization, S::international}, {"cicr", T::organization, S::international},
    {"croix-rouge", T::organization, S::international}, {"unesco", T::organization, S::international},
    {"bce", T::organization, S::international}, {"frontex", T::organization, S::international},
    {"europol", T::organization, S::international}, {"interpol", T::organization, S::international},
    {"union africaine", T::organization, S::international}, {"ligue arabe", T::organization, S::international},
    {"asean", T::organization, S::international}, {"opep", T::organization, S::international},
    {"cour pénale internationale", T::organization, S::international},
    {"cour internationale de justice", T::organization, S::international},
    {"agence internationale de l'énergie atomique", T::organization, S::international},
    {"organisation mondiale de la santé", T::organization, S::international},
    {"fonds monétaire international", T::organization, S::international},
    {"amnesty international", T::organization, S::ngo}, {"human rights watch", T::organization, S::ngo},
    {"médecins sans frontières", T::organization, S::ngo}, {"msf", T::organization, S::ngo}, {"hrw", T::organization, S::ngo},
    // generic organizations
    {"organisation", T::organization}, {"organisations", T::organization}, {"ong", T::organization, S::ngo},
    {"association", T::organization, S::ngo}, {"associations", T::organization, S::ngo}, {"comité", T::organization},
    {"conseil", T::organization}, {"tribunal", T::organization}, {"cour", T::organization},
    {"entreprise", T::organization, S::company}, {"entreprises", T::organization, S::company}, {"groupe", T::organization, S::company},
    {"société", T::organization, S::company}, {"banque", T::organization, S::company}, {"fonds", T::organization, S::company},
    // private firms whose first word alone names a public body (« le cabinet du ministre », « l'agence »)
    {"agence de notation", T::organization, S::company}, {"agences de notation", T::organization, S::company},
    {"cabinet de conseil", T::organization, S::company}, {"cabinet d'audit", T::organization, S::company},
    {"cabinet d'études", T::organization, S::company}, {"cabinet d'avocats", T::organization, S::company},
    {"cabinet d'expertise", T::organization, S::company}, {"cabinet de recrutement", T::organization, S::company},
    {"syndicat", T::organization, S::other}, {"syndicats", T::organization, S::other}, {"parti", T::organization, S::other},
    {"coalition", T::organization}, {"alliance", T::organization}, {"union", T::organization},
    {"office", T::organization}, {"service", T::organization}, {"département", T::organization},
    {"secrétariat", T::organization}, {"mission", T::organization}, {"délégation", T::organization},
    {"équipe", T::organization}, {"fédération", T::organization, S::other}, {"confédération", T::organization, S::other},
    {"compagnie", T::organization, S::company}, {"constructeur", T::organization, S::company}, {"opérateur", T::organization, S::company},
    {"intersyndicale", T::organization, S::other}, {"direction", T::organization}, {"pompiers", T::organization, S::government},
    {"club", T::organization, S::company}, {"laboratoire pharmaceutique", T::organization, S::company},
    {"fabricant", T::organization, S::company}, {"distributeur", T::organization, S::company},
    {"enseigne", T::organization, S::company}, {"start-up", T::organization, S::company}, {"firme", T::organization, S::company},
    {"ordre", T::organization, S::other}, {"chambre", T::organization, S::other}, {"collectif", T::organization, S::other},
    {"conseil départemental", T::organization, S::government}, {"conseil régional", T::organization, S::government},
    {"conseil municipal", T::organization, S::government}, {"région", T::organization, S::government},
    {"département", T::organization, S::government}, {"municipalité", T::organization, S::government},
    {"ville", T::organization, S::government}, {"agence régionale de santé", T::organization, S::government},
    {"ars", T::organization, S::government}, {"météo-france", T::organization, S::government},
    {"bercy", T::organization, S::government}, {"beauvau", T::organization, S::government},
    {"justice", T::organization, S::government}, {"juges", T::organization, S::government},
    {"enquêteurs", T::anonymous, S::none, st::plural}, {"secours", T::organization, S::government},
    {"sncf", T::organization, S::company}, {"edf", T::organization, S::company}, {"enedis", T::organization, S::company},
    {"médias", T::organization, S::media},
    {"direction générale", T::organization, S::government}, {"haute autorité", T::organization, S::government},
    {"cour des comptes", T::organization, S::government}, {"conseil d'état", T::organization, S::government},
    {"conseil constitutionnel", T::organization, S::government}, {"hamas", T::organization, S::other},
    {"hezbollah", T::organization}, {"talibans", T::organization}, {"houthis", T::organization},
};

/// Countries and capitals (used by metonymy: « Washington prévient », « la Corée du Nord a déclaré »).
inline constexpr std::string_view places[] = {
    // capitals and seats
    "washington", "moscou", "kiev", "kyiv", "séoul", "pyongyang", "pékin", "beijing", "paris", "londres", "berlin",
    "tokyo", "téhéran", "ankara", "jérusalem", "tel-aviv", "bruxelles", "rome", "madrid", "varsovie", "minsk",
    "tbilissi", "damas", "bagdad", "le caire", "riyad", "doha", "new delhi", "islamabad", "kaboul", "ottawa",
    "canberra", "taipei", "hanoï", "bangkok", "manille", "alger", "rabat", "tunis", "dakar", "abidjan", "bamako",
    "niamey", "ouagadougou", "kinshasa", "addis-abeba", "nairobi", "pretoria", "brasilia", "buenos aires",
    "mexico", "la havane", "caracas", "bogota", "lima", "santiago", "beyrouth", "amman", "abou dhabi", "vienne",
    "berne", "athènes", "budapest", "prague", "bucarest", "sofia", "belgrade", "vilnius", "riga", "tallinn",
    "helsinki", "stockholm", "oslo", "copenhague", "la haye", "amsterdam", "lisbonne", "dublin", "chisinau",
    "erevan", "bakou", "astana", "tachkent", "oulan-bator", "jakarta", "kuala lumpur", "singapour", "wellington",
    "n'djamena", "khartoum", "tripoli", "le cap", "lagos", "abuja", "accra", "luanda", "maputo", "bangui",
    "libreville", "yaoundé", "cotonou", "lomé", "conakry", "nouakchott", "antananarivo", "port-au-prince",
    // countries
    "france", "ukraine", "russie", "corée du nord", "corée du sud", "corée", "états-unis", "chine", "japon",
    "iran", "israël", "allemagne", "royaume-uni", "italie", "espagne", "pologne", "biélorussie", "bélarus",
    "turquie", "syrie", "irak", "liban", "jordanie", "égypte", "arabie saoudite", "qatar", "émirats arabes unis",
    "inde", "pakistan", "afghanistan", "taïwan", "vietnam", "thaïlande", "philippines", "indonésie", "australie",
    "canada", "mexique", "brésil", "argentine", "venezuela", "colombie", "cuba", "algérie", "maroc", "tunisie",
    "libye", "sénégal", "mali", "niger", "burkina faso", "tchad", "soudan", "éthiopie", "kenya", "nigeria",
    "afrique du sud", "géorgie", "arménie", "azerbaïdjan", "moldavie", "roumanie", "hongrie", "slovaquie",
    "tchéquie", "république tchèque", "autriche", "suisse", "belgique", "pays-bas", "luxembourg", "danemark",
    "suède", "norvège", "finlande", "estonie", "lettonie", "lituanie", "grèce", "portugal", "irlande", "serbie",
    "kazakhstan", "mongolie", "birmanie", "cambodge", "laos", "nouvelle-zélande", "yémen", "oman", "koweït",
    "bahreïn", "palestine", "cisjordanie", "gaza", "congo", "rdc", "cameroun", "côte d'ivoire", "ghana",
    "madagascar", "haïti", "chili", "pérou", "bolivie", "équateur", "occident", "europe", "afrique", "asie",
    "amérique", "hongkong", "hong kong", "kosovo", "bosnie", "croatie", "slovénie", "albanie", "macédoine du nord",
    "chypre", "malte", "islande",
};

/// Nouns that only mean "what X reported": « les informations de BFMTV » has BFMTV as its source.
inline constexpr std::string_view reporting_nouns[] = {
    "informations", "information", "révélations", "propos", "déclarations", "déclaration", "affirmations",
    "dires", "confidences", "indiscrétions", "précisions", "explications", "termes", "mots"};

/// Verb–object pairs that are not reported speech: « a déclaré forfait », « a reconnu la société coupable ».
struct non_reporting_use {
  std::string_view lemma;
  std::string_view word;  ///< a word among the next few; « @poss » stands for a possessive determiner
};
inline constexpr non_reporting_use non_reporting[] = {
    {"déclarer", "forfait"}, {"déclarer", "guerre"}, {"déclarer", "faillite"}, {"déclarer", "coupable"},
    {"déclarer", "inapte"}, {"déclarer", "apte"}, {"déclarer", "ouverte"}, {"déclarer", "ouvert"},
    {"déclarer", "clos"}, {"déclarer", "close"}, {"déclarer", "revenus"}, {"affirmer", "@poss"},
    {"reconnaître", "coupable"}, {"reconnaître", "coupables"}, {"reconnaître", "responsable"},
    {"reconnaître", "responsables"}, {"reconnaître", "innocent"}, {"indiquer", "chemin"}, {"indiquer", "route"},
    {"annoncer", "couleur"}, {"dire", "adieu"}, {"dire", "merci"}, {"dire", "oui"}, {"dire", "non"},
    {"dire", "bonjour"}, {"rapporter", "@money"}, {"montrer", "@poss"}, {"montrer", "doigt"},
    {"prévoir", "=de"}, {"prévoir", "=d'"}, {"annoncer", "=vouloir"}, {"prévenir", "risques"}, {"prévenir", "risque"}, {"prévenir", "incendies"}, {"lancer", "@any"},
};

/// Words that head no source after « selon » (« selon l'évolution des besoins »: depending on).
/// Nouns of the place or medium where words were said, after « à », « au » behind a postposed source
/// (« a reconnu l'entraîneur au micro de RMC »): they end the source phrase.
inline constexpr std::string_view venue_nouns[] = {
    "micro", "antenne", "tribune", "sortie", "issue", "occasion", "caméra", "journal", "radio", "télévision",
    "quotidien", "hebdomadaire", "magazine", "site", "plateau", "lendemain", "veille",
};

inline constexpr std::string_view non_sources[] = {
    "évolution", "évolutions", "cas", "besoins", "besoin", "circonstances", "conditions", "modalités", "règles",
    "règle", "principe", "méthode", "méthodes", "type", "types", "taille", "niveau", "niveaux", "âge", "sexe",
    "saison", "saisons", "période", "périodes", "moment", "moments", "heure", "heures", "jour", "jours",
    "profil", "profils", "critères", "nature", "gravité", "degré", "intensité", "contexte", "situation",
    "régions", "secteurs", "secteur", "zones", "pays", "catégories", "catégorie", "revenus", "revenu",
    "scénario", "scénarios", "hypothèse", "hypothèses", "formule", "calendrier", "loi",
    "lois", "constitution", "usage", "usages", "coutume", "tradition", "volonté", "envie", "humeur", "météo",
    "disponibilité", "disponibilités", "modèle", "logique", "manière", "façon", "mode", "ordre", "rythme",
    "dose", "doses", "durée", "distance", "position", "lieu", "lieux", "endroit", "endroits", "issue", "tournure", "dynamique", "demande", "offre", "prix", "coût", "budget",
    // amounts and moments ending like agent nouns (« -ant »): « pour un montant de … », « pour l'instant, … »
    "montant", "montants", "total", "somme", "sommes", "coûts", "tarif", "tarifs", "valeur", "instant", "raison",
    "raisons", "motif", "motifs", "restaurant", "carburant",
};

} // namespace cue_data
} // namespace depeche::recognize

#endif
