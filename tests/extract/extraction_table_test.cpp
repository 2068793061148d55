// The extraction spec as a table: French sentences written for these tests
// (no article of the evaluation sets), one per pattern and variant, each with
// the attributions it must give in a canonical one-line dump:
//   source | cue | content | type | quote
// ("-" for an absent part). Negatives must give nothing.
#include <catch2/catch.hpp>

#include "table_dump.h"

using whosaid::test::check;


TEST_CASE("reported speech: SRC CUE que CONTENT", "[extract]") {
  check({
      {"Le ministre a déclaré que la réforme serait votée en juin.",
       {"Le ministre | a déclaré | que la réforme serait votée en juin | statement | indirect"}},
      {"Une source diplomatique a indiqué qu'aucun accord n'avait été trouvé.",
       {"Une source diplomatique | a indiqué | qu'aucun accord n'avait été trouvé | statement | indirect"}},
      {"La porte-parole du gouvernement affirme que les négociations continuent.",
       {"La porte-parole du gouvernement | affirme | que les négociations continuent | statement | indirect"}},
      {"Le syndicat avait annoncé que la grève serait reconduite.",
       {"Le syndicat | avait annoncé | que la grève serait reconduite | statement | indirect"}},
      {"Le maire dit que la piscine rouvrira bientôt.",
       {"Le maire | dit | que la piscine rouvrira bientôt | statement | indirect"}},
      {"Deux responsables européens ont expliqué que le texte devait être réécrit.",
       {"Deux responsables européens | ont expliqué | que le texte devait être réécrit | statement | indirect"}},
      {"La présidente de l'association a souligné que les dons avaient doublé.",
       {"La présidente de l'association | a souligné | que les dons avaient doublé | statement | indirect"}},
      {"Le directeur a reconnu que des erreurs avaient été commises.",
       {"Le directeur | a reconnu | que des erreurs avaient été commises | statement | indirect"}},
      {"Un enquêteur a précisé que le suspect avait été relâché.",
       {"Un enquêteur | a précisé | que le suspect avait été relâché | statement | indirect"}},
      {"Mme Durand a rappelé que la loi interdit cette pratique.",
       {"Mme Durand | a rappelé | que la loi interdit cette pratique | statement | indirect"}},
      {"Le général Martin a averti que les combats pourraient reprendre.",
       {"Le général Martin | a averti | que les combats pourraient reprendre | statement | indirect"}},
      {"Paul Morel, l'avocat de la famille, a estimé que la peine était trop légère.",
       {"Paul Morel, l'avocat de la famille | a estimé | que la peine était trop légère | statement | indirect"}},
      {"Le préfet déclarera demain que l'alerte est levée.",
       {"Le préfet | déclarera | que l'alerte est levée | statement | indirect"}},
      {"Le ministre aurait confié que sa décision était prise.",
       {"Le ministre | aurait confié | que sa décision était prise | statement | indirect"}},
  });
}

TEST_CASE("reported speech with recipient, incises and pronoun subjects", "[extract]") {
  check({
      {"Le ministre a déclaré à la presse que la réforme serait votée.",
       {"Le ministre | a déclaré | que la réforme serait votée | statement | indirect"}},
      {"Un conseiller a dit à l'AFP, sous couvert d'anonymat, que le sommet était reporté.",
       {"Un conseiller | a dit | que le sommet était reporté | statement | indirect"}},
      {"Un diplomate, s'exprimant sous couvert d'anonymat, a affirmé que la trêve tenait.",
       {"Un diplomate | a affirmé | que la trêve tenait | statement | indirect"}},
      {"Il a laissé entendre que le projet serait abandonné.",
       {"Il | a laissé entendre | que le projet serait abandonné | statement | indirect"}},
      {"Elle a fait savoir qu'elle ne se représenterait pas.",
       {"Elle | a fait savoir | qu'elle ne se représenterait pas | statement | indirect"}},
      {"Ils ont assuré que les salaires seraient versés.",
       {"Ils | ont assuré | que les salaires seraient versés | statement | indirect"}},
      {"En mars, la ministre a annoncé que le budget serait réduit.",
       {"la ministre | a annoncé | que le budget serait réduit | statement | indirect"}},
      {"Le porte-parole nous a dit que rien n'était décidé.",
       {"Le porte-parole | nous a dit | que rien n'était décidé | statement | indirect"}},
  });
}

TEST_CASE("denials and coordinated cues sharing a subject", "[extract]") {
  check({
      {"Le ministère a démenti que des soldats aient été déployés.",
       {"Le ministère | a démenti | que des soldats aient été déployés | denial | indirect"}},
      {"La société nie qu'il y ait eu une fuite de données.",
       {"La société | nie | qu'il y ait eu une fuite de données | denial | indirect"}},
      {"Un responsable a nié qu'une rencontre ait eu lieu et a déclaré que les discussions étaient gelées.",
       {"Un responsable | a nié | qu'une rencontre ait eu lieu | denial | indirect",
        "Un responsable | a déclaré | que les discussions étaient gelées | statement | indirect"}},
      {"Le club a contesté que le joueur ait été blessé.",
       {"Le club | a contesté | que le joueur ait été blessé | denial | indirect"}},
  });
}

TEST_CASE("a relative clause that describes the source after a comma is part of it", "[extract]") {
  check({
      // A coordinated clause before the tag is the content's: no apposition of a subject.
      {"Le plan prévoyait que M. Varga rencontre l'adjoint du maire, Jean Okafor, et règle les détails, a déclaré une source.",
       {"une source | a déclaré | Le plan prévoyait que M. Varga rencontre l'adjoint du maire, Jean Okafor, et règle les détails | statement | indirect"}},
      {"Cela représente 28% du marché, selon les chiffres publiés jeudi par l'Union des ports, qui représente le secteur.",
       {"les chiffres publiés jeudi par l'Union des ports, qui représente le secteur | selon | Cela représente 28% du marché | statement | indirect"}},
  });
}

TEST_CASE("an adverb of the verb before its object stays out of the content", "[extract]") {
  check({
      {"Le ministère a annoncé plus tard la mort d'un passant.",
       {"Le ministère | a annoncé | la mort d'un passant | statement | indirect"}},
  });
}

TEST_CASE("a possessive object under a modal reports nothing yet", "[extract]") {
  check({
      {"Le ministre doit annoncer ses décisions jeudi.", {}},
  });
}

TEST_CASE("direct quotes after a colon", "[extract]") {
  check({
      {"Le ministre a déclaré : « Nous ne reculerons pas. »",
       {"Le ministre | a déclaré | Nous ne reculerons pas. | statement | direct"}},
      {"La directrice a lancé : \"Il faut agir vite\".",
       {"La directrice | a lancé | Il faut agir vite | statement | direct"}},
      {"Un témoin a raconté : « J'ai entendu deux détonations ».",
       {"Un témoin | a raconté | J'ai entendu deux détonations | statement | direct"}},
      {"Le président a ajouté : \u201CLa France sera au rendez-vous\u201D.",
       {"Le président | a ajouté | La France sera au rendez-vous | statement | direct"}},
  });
}

TEST_CASE("postposed attributions: CONTENT, CUE SRC", "[extract]") {
  check({
      {"« Nous ne céderons pas », a déclaré le ministre.",
       {"le ministre | a déclaré | Nous ne céderons pas | statement | direct"}},
      {"La situation reste tendue, ont indiqué deux sources diplomatiques.",
       {"deux sources diplomatiques | ont indiqué | La situation reste tendue | statement | indirect"}},
      {"Les négociations ont échoué, a déclaré à l'AFP un responsable européen au fait des discussions.",
       {"un responsable européen au fait des discussions | a déclaré | Les négociations ont échoué | statement | indirect"}},
      {"\"Rien n'est joué\", a expliqué, sous couvert d'anonymat, une source proche du dossier.",
       {"une source proche du dossier | a expliqué | Rien n'est joué | statement | direct"}},
      {"Le projet sera présenté en mai, a précisé la mairie, sans donner de date.",
       {"la mairie | a précisé | Le projet sera présenté en mai | statement | indirect"}},
      {"« Le texte est prêt », affirme la rapporteuse.",
       {"la rapporteuse | affirme | Le texte est prêt | statement | direct"}},
      {"Les prix vont baisser, a prédit l'économiste Jean Roux.",
       {"l'économiste Jean Roux | a prédit | Les prix vont baisser | statement | indirect"}},
      {"L'usine fermera, a confirmé Claire Fabre, secrétaire générale du syndicat.",
       {"Claire Fabre, secrétaire générale du syndicat | a confirmé | L'usine fermera | statement | indirect"}},
  });
}

TEST_CASE("postposed with inverted clitic: CONTENT, CUE-t-il", "[extract]") {
  check({
      {"« C'est une victoire », a-t-il ajouté.",
       {"il | a-t-il ajouté | C'est une victoire | statement | direct"}},
      {"« Je reste confiante », estime-t-elle.",
       {"elle | estime-t-elle | Je reste confiante | statement | direct"}},
      {"\"Nous allons gagner\", dit-il.",
       {"il | dit-il | Nous allons gagner | statement | direct"}},
      {"La décision est injuste, ont-ils déploré.",
       {"ils | ont-ils déploré | La décision est injuste | statement | indirect"}},
      {"« Tout est prêt », assure-t-on à la mairie.",
       {"on | assure-t-on | Tout est prêt | statement | direct"}},
      {"« Nous verrons », a-t-elle répondu.",
       {"elle | a-t-elle répondu | Nous verrons | statement | direct"}},
      // After a closed quotation, what follows the tag's complements is no
      // more of the content unless it is a quotation too.
      {"« Nous verrons », explique-t-il à la radio depuis Valbourg, une commune du littoral.",
       {"il | explique-t-il | Nous verrons | statement | direct"}},
      {"« Nous verrons », explique-t-il, « et nous jugerons ».",
       {"il | explique-t-il | « Nous verrons », explique-t-il, « et nous jugerons » | statement | mixed"}},
  });
}

TEST_CASE("according to: selon X, d'après X", "[extract]") {
  check({
      {"Selon le ministère, le nombre de victimes a doublé.",
       {"le ministère | Selon | le nombre de victimes a doublé | statement | indirect"}},
      {"Le chômage a baissé en mars, selon l'Insee.",
       {"l'Insee | selon | Le chômage a baissé en mars | statement | indirect"}},
      {"D'après deux témoins, la voiture roulait vite.",
       {"deux témoins | D'après | la voiture roulait vite | statement | indirect"}},
      {"Selon une source proche du dossier, l'enquête sera close en juin.",
       {"une source proche du dossier | Selon | l'enquête sera close en juin | statement | indirect"}},
      {"Mais selon elle, rien n'a changé.",
       {"elle | selon | rien n'a changé | statement | indirect"}},
      {"Le vote aura lieu jeudi, d'après plusieurs députés.",
       {"plusieurs députés | d'après | Le vote aura lieu jeudi | statement | indirect"}},
  });
}

TEST_CASE("refusals, one per coordinated source", "[extract]") {
  check({
      // A negated or multi-word refusal cue with nothing after it refuses by itself.
      {"Le maire n'a pas répondu.", {"Le maire | n'a pas répondu | - | refusal | none"}},
      {"Contacté, le ministère n'a pas commenté.", {"le ministère | n'a pas commenté | - | refusal | none"}},
      {"Sollicitée, la préfecture n'a pas donné suite.",
       {"la préfecture | n'a pas donné suite | - | refusal | none"}},
      {"Le club a gardé le silence et a quitté la salle.", {"Le club | a gardé le silence | - | refusal | none"}},
      // Not alone: a cue that needs its infinitive, a bare "refuser", an
      // object that is no refusal's, an adverb of manner.
      {"Le maire n'a pas souhaité.", {}},
      {"Le maire a refusé.", {}},
      {"Le maire n'a pas répondu à la lettre de son rival.", {}},
      {"Les élèves n'ont pas répondu correctement.", {}},
      {"Le ministère a refusé de commenter.",
       {"Le ministère | a refusé de commenter | - | refusal | none"}},
      {"La société a refusé de faire des commentaires.",
       {"La société | a refusé de faire des commentaires | - | refusal | none"}},
      {"Le parquet, la police et la mairie ont tous refusé de faire des commentaires.",
       {"Le parquet | ont tous refusé de faire des commentaires | - | refusal | none",
        "la police | ont tous refusé de faire des commentaires | - | refusal | none",
        "la mairie | ont tous refusé de faire des commentaires | - | refusal | none"}},
      {"L'avocat n'a pas souhaité réagir.",
       {"L'avocat | n'a pas souhaité réagir | - | refusal | none"}},
      {"Le directeur a refusé de donner des détails sur le contrat.",
       {"Le directeur | a refusé de donner des détails | - | refusal | none"}},
      {"La Commission européenne s'est refusée à tout commentaire.",
       {"La Commission européenne | s'est refusée à tout commentaire | - | refusal | none"}},
  });
}

TEST_CASE("mixed and scare quotes in reported speech", "[extract]") {
  check({
      {"Le ministre a déclaré que la réforme était « une nécessité absolue pour le pays ».",
       {"Le ministre | a déclaré | que la réforme était « une nécessité absolue pour le pays » | statement | mixed"}},
      // A scare-quoted term inside a reported content still makes it mixed
      // (GUIDELINES 6, "even one word"); a content with no mark is indirect.
      {"La maire a affirmé que la ville était prête au \"dialogue\".",
       {"La maire | a affirmé | que la ville était prête au \"dialogue\" | statement | mixed"}},
      {"Le maire s'est dit « inquiet » pour la saison.",
       {"Le maire | s'est dit | « inquiet » pour la saison | statement | mixed"}},
      {"Le maire s'est dit « très inquiet ».", {"Le maire | s'est dit | très inquiet | statement | direct"}},
      // A participle with its reflexive clitic after a comma: ", se disant".
      {"La ministre a quitté la salle, se disant « confiante » pour la suite.",
       {"La ministre | se disant | « confiante » pour la suite | statement | mixed"}},
      {"Le club a perdu, se montrant « inquiet » pour la suite.",
       {"Le club | se montrant | « inquiet » pour la suite | statement | mixed"}},
      // A quoted noun phrase then a circumstance: the object ends with the quotation.
      {"Le syndicat dénonce « une manœuvre » dans un communiqué.",
       {"Le syndicat | dénonce | une manœuvre | statement | direct"}},
      {"La maire a affirmé que la ville était prête au dialogue.",
       {"La maire | a affirmé | que la ville était prête au dialogue | statement | indirect"}},
  });
}

TEST_CASE("nested attributions keep both", "[extract]") {
  check({
      {"Le conseiller a dit au ministre que la banque était prête, a déclaré une source.",
       {"Le conseiller | a dit | que la banque était prête | statement | indirect",
        "une source | a déclaré | Le conseiller a dit au ministre que la banque était prête | statement | indirect"}},
      {"Une source a déclaré que le ministre avait dit que rien n'était joué.",
       {"Une source | a déclaré | que le ministre avait dit que rien n'était joué | statement | indirect",
        "le ministre | avait dit | que rien n'était joué | statement | indirect"}},
  });
}

TEST_CASE("complement frames: de + infinitive, à, object", "[extract]") {
  check({
      {"Le syndicat demande au ministre d'intervenir rapidement.",
       {"Le syndicat | demande | d'intervenir rapidement | statement | indirect"}},
      {"La fédération appelle à la grève générale.",
       {"La fédération | appelle | à la grève générale | statement | indirect"}},
      {"Le maire a salué le travail des pompiers.",
       {"Le maire | a salué | le travail des pompiers | statement | indirect"}},
      {"Le député accuse le gouvernement de mentir.",
       {"Le député | accuse | le gouvernement de mentir | statement | indirect"}},
      {"L'association a fait part de son inquiétude.",
       {"L'association | a fait part | de son inquiétude | statement | indirect"}},
      {"La ministre s'est dite « très inquiète de la situation ».",
       {"La ministre | s'est dite | très inquiète de la situation | statement | direct"}},
      {"La syndicaliste appelle à la mobilisation : « Il ne faut rien lâcher ».",
       {"La syndicaliste | appelle | à la mobilisation | statement | indirect",
        "La syndicaliste | appelle | Il ne faut rien lâcher | statement | direct"}},
      {"Le collectif dénonce une décision et demande au préfet de la retirer.",
       {"Le collectif | dénonce | une décision | statement | indirect",
        "Le collectif | demande | de la retirer | statement | indirect"}},
  });
}

TEST_CASE("modal verbs governing a cue, relative subjects, circumstances", "[extract]") {
  check({
      {"Les syndicats n'ont pas tardé à dénoncer un passage en force.",
       {"Les syndicats | n'ont pas tardé à dénoncer | un passage en force | statement | indirect"}},
      {"Le ministre a tenu à rappeler que la loi s'applique à tous.",
       {"Le ministre | a tenu à rappeler | que la loi s'applique à tous | statement | indirect"}},
      {"Elle a rencontré la maire de la ville, qui a assuré que le projet continuerait.",
       {"la maire de la ville | a assuré | que le projet continuerait | statement | indirect"}},
      {"« Le climat se tend », écrivent dans un communiqué les représentants de trois pays.",
       {"les représentants de trois pays | écrivent | Le climat se tend | statement | direct"}},
      {"La directrice de l'école, Anne Moreau, s'inquiète de la fermeture des classes.",
       {"La directrice de l'école, Anne Moreau | s'inquiète | de la fermeture des classes | statement | indirect"}},
  });
}

TEST_CASE("passives: an agent is the source, none gives nothing", "[extract]") {
  check({
      {"La réforme est dénoncée par les syndicats enseignants.",
       {"les syndicats enseignants | est dénoncée | La réforme | statement | indirect"}},
      {"Les élus sont sommés de se taire.", {}},
      {"La décision a été annoncée mardi.", {}},
      {"L'acte a été grave, est-il relevé dans le rapport.",
       {"le rapport | est-il relevé | L'acte a été grave | statement | indirect"}},
      {"L'acte a été grave, est-il relevé.", {}},
  });
}

TEST_CASE("quotes with no cue word: pulled quotes and a colon after the speaker", "[extract]") {
  check({
      {"« Nous avons tout donné. Il faut maintenant se reposer. »\n\nMarc Petit, entraîneur de l'équipe\n\nà la radio",
       {"Marc Petit, entraîneur de l'équipe | - | Nous avons tout donné. Il faut maintenant se reposer. | statement | direct"}},
      {"Le sénateur Paul Marchand ne compte pas renoncer : « Je serai candidat en septembre ».",
       {"Le sénateur Paul Marchand | - | Je serai candidat en septembre | statement | direct"}},
      {"« Une phrase entre guillemets sans auteur. »\n\nLa suite de l'article continue ici normalement.", {}},
      {"Le bilan est lourd : « trois morts et dix blessés ».", {}},
  });
}

TEST_CASE("comme le rapporte X", "[extract]") {
  check({
      {"Les comptes étaient surveillés, comme le rapporte le quotidien régional.",
       {"le quotidien régional | comme le rapporte | Les comptes étaient surveillés | statement | indirect"}},
      {"Comme l'a rappelé le préfet, la circulation reste interdite.",
       {"le préfet | Comme l'a rappelé | la circulation reste interdite | statement | indirect"}},
  });
}

TEST_CASE("beliefs under negation and words inside quotations give nothing", "[extract]") {
  check({
      {"Les électeurs ne croyaient pas que le maire tiendrait parole.", {}},
      {"Il veut croire que tout ira bien.", {}},
      {"« Mon père disait que rien n'est jamais perdu », a confié la chanteuse.",
       {"la chanteuse | a confié | Mon père disait que rien n'est jamais perdu | statement | direct"}},
  });
}

TEST_CASE("source spans stop where the phrase does", "[extract]") {
  check({
      // A circumstance or the outlet after a postposed source is not part of it.
      {"« Je veux gagner », assure Marie Curtis avant la finale.",
       {"Marie Curtis | assure | Je veux gagner | statement | direct"}},
      {"« Le pays change », a confié la sociologue à Libération.",
       {"la sociologue | a confié | Le pays change | statement | direct"}},
      {"« Tout est prêt », souligne la direction dans un communiqué.",
       {"la direction | souligne | Tout est prêt | statement | direct"}},
      // ... but a complement and a relative clause are.
      {"Le vote est reporté, selon les chiffres publiés par l'Observatoire national.",
       {"les chiffres publiés par l'Observatoire national | selon | Le vote est reporté | statement | indirect"}},
      {"« C'est fini », a déclaré une source au fait des discussions qui ont eu lieu lundi.",
       {"une source au fait des discussions qui ont eu lieu lundi | a déclaré | C'est fini | statement | direct"}},
      // An object pronoun before the verb is not the subject's determiner.
      {"Un enquêteur les a informés que la plainte était classée.",
       {"Un enquêteur | a informés | que la plainte était classée | statement | indirect"}},
      // Nouns sharing one determiner are one source.
      {"Le président et directeur du journal affirme que les faits sont graves.",
       {"Le président et directeur du journal | affirme | que les faits sont graves | statement | indirect"}},
      // The informant of an impersonal "on".
      {"Le suspect a été relâché, a-t-on appris de source policière.",
       {"source policière | a-t-on appris | Le suspect a été relâché | statement | indirect"}},
  });
}

TEST_CASE("negatives give nothing", "[extract]") {
  check({
      {"L'information n'a pas été rapportée auparavant.", {}},
      {"Le président fait pression sur le Parlement depuis des mois.", {}},
      {"Il a interdit tout contact avec les journalistes.", {}},
      {"La réforme annoncée en janvier entre en vigueur.", {}},
      {"Les députés ont voté la loi mardi soir.", {}},
      {"La ville a dit adieu à son ancien maire.", {}},
      {"Le gouvernement a ajouté une taxe sur les billets.", {}},
      {"Les manifestants se sont rassemblés devant la mairie.", {}},
      {"Le film raconte l'histoire d'une famille.", {}},
      {"Cette décision marque un tournant pour le secteur.", {}},
      {"Le texte prévoit une hausse des cotisations.", {}},
      {"L'équipe a confirmé sa place en finale.", {}},
      {"Le témoin a été entendu par les enquêteurs.", {}},
      {"CONTACTS", {}},
      {"Selon les cas, la durée varie.", {}},
      {"Les chiffres publiés indiquent une hausse.", {}},
  });
}

TEST_CASE("a content that ends on a quotation leaves out the apposition after it", "[extract]") {
  check({
      {"Le maire a indiqué que « les travaux reprendront à Valbourg », une commune voisine.",
       {"Le maire | a indiqué | que « les travaux reprendront à Valbourg » | statement | mixed"}},
      // A clause after the comma is no apposition.
      {"Le maire a indiqué que « la route est fermée », la pluie ayant tout inondé, et que le pont tient.",
       {"Le maire | a indiqué | que « la route est fermée », la pluie ayant tout inondé, et que le pont tient | statement | mixed"}},
  });
}

TEST_CASE("a cue after the apposition of a subordinate clause's subject is that clause's verb, not a tag", "[extract]") {
  check({
      {"« Le pont tiendra », a assuré la maire, alors que son adjoint, Paul Renard, a critiqué des travaux bâclés.",
       {"la maire | a assuré | Le pont tiendra | statement | direct",
        "son adjoint, Paul Renard | a critiqué | des travaux bâclés | statement | indirect"}},
  });
}
