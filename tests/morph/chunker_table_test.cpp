// The chunker on hand-tagged sentences written for these tests, by
// construction: each table gives the tagged sentence (notation in
// chunker_test_notation.h) and the canonical dump of its chunks.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "chunker_test_notation.h"

namespace whosaid::morph::testing {
namespace {

struct Case {
  const char* tagged;
  const char* chunks;
};

void check_table(const std::vector<Case>& table) {
  for (const Case& c : table) {
    INFO(c.tagged);
    CHECK(chunked(c.tagged) == c.chunks);
  }
}

TEST_CASE("chunker: the sentence of the header comment", "[chunker]") {
  check_table({
      {"Le/DET:def porte-parole/NOUN du/ADP+DET ministère/NOUN a/AUX déclaré/VERB hier/ADV soir/NOUN "
       "que/SCONJ la/DET:def réforme/NOUN serait/AUX retirée/VERB ./PUNCT",
       "[NP Le *porte-parole] [PP du *ministère] [VG a *déclaré] [ADVP hier *soir] [CL *que] "
       "[NP la *réforme] [VG serait *retirée] ."},
  });
}

TEST_CASE("chunker: elisions", "[chunker]") {
  check_table({
      {"L'/DET:def avocate/NOUN n'/ADV a/AUX pas/ADV encore/ADV dit/VERB qu'/SCONJ elle/PRON ferait/VERB "
       "appel/NOUN ./PUNCT",
       "[NP L' *avocate] [VG n' a pas encore *dit] [CL *qu'] [NP *elle] [VG *ferait] [NP *appel] ."},
      {"D'/ADP/de après/ADP lui/PRON ,/PUNCT l'/DET:def enquête/NOUN s'/PRON est/AUX arrêtée/VERB ./PUNCT",
       "[PP D' après *lui] , [NP l' *enquête] [VG s' est *arrêtée] ."},
      {"Jusqu'/ADP à/ADP présent/NOUN ,/PUNCT personne/PRON n'/ADV a/AUX réagi/VERB ./PUNCT",
       "[ADVP Jusqu' à *présent] , [NP *personne] [VG n' a *réagi] ."},
      {"Il/PRON vient/VERB/venir d'/ADP/de annoncer/VERB de/DET:ind nouvelles/ADJ mesures/NOUN ./PUNCT",
       "[NP *Il] [VG vient d' *annoncer] [NP de nouvelles *mesures] ."},
  });
}

TEST_CASE("chunker: inverted subjects", "[chunker]") {
  check_table({
      {"«/PUNCT Nous/PRON|Person=1 partirons/VERB|Person=1 »/PUNCT ,/PUNCT a-t-il/AUX ajouté/VERB ./PUNCT",
       "« [NP *Nous] [VG *partirons] » , [VG a-t-il *ajouté] ."},
      {"Pourquoi/ADV a-t-on/AUX attendu/VERB si/ADV longtemps/ADV ?/PUNCT",
       "[ADVP *Pourquoi] [VG a-t-on *attendu] [ADVP si *longtemps] ?"},
      {"Cette/DET:dem décision/NOUN ,/PUNCT estime-t-elle/VERB ,/PUNCT arrive/VERB trop/ADV tard/ADV ./PUNCT",
       "[NP Cette *décision] , [VG *estime-t-elle] , [VG *arrive] [ADVP trop *tard] ."},
      // The clitic as a token of its own, as UD writes it.
      {"Ainsi/ADV a/AUX -t-il/PRON refusé/VERB de/ADP répondre/VERB ./PUNCT",
       "[ADVP *Ainsi] [VG a -t-il *refusé] [VG de *répondre] ."},
      {"Le/DET:def texte/NOUN sera-t-il/AUX adopté/VERB ?/PUNCT", "[NP Le *texte] [VG sera-t-il *adopté] ?"},
  });
}

TEST_CASE("chunker: negation", "[chunker]") {
  check_table({
      {"Le/DET:def ministre/NOUN n'/ADV a/AUX pas/ADV encore/ADV dit/VERB s'/SCONJ il/PRON viendrait/VERB ./PUNCT",
       "[NP Le *ministre] [VG n' a pas encore *dit] [CL *s'] [NP *il] [VG *viendrait] ."},
      {"Elle/PRON ne/ADV dit/VERB rien/PRON de/ADP plus/ADV ./PUNCT",
       "[NP *Elle] [VG ne *dit rien] [ADVP de *plus] ."},
      {"Il/PRON a/AUX préféré/VERB ne/ADV pas/ADV commenter/VERB ./PUNCT",
       "[NP *Il] [VG a *préféré] [VG ne pas *commenter] ."},
      {"La/DET:def police/NOUN n'/ADV a/AUX jamais/ADV confirmé/VERB ces/DET:dem chiffres/NOUN ./PUNCT",
       "[NP La *police] [VG n' a jamais *confirmé] [NP ces *chiffres] ."},
      {"Ils/PRON n'/ADV ont/AUX plus/ADV de/ADP nouvelles/NOUN ./PUNCT",
       "[NP *Ils] [VG n' *ont plus] [PP de *nouvelles] ."},
      {"Le/DET:def maire/NOUN n'/ADV a/AUX rien/PRON dit/VERB ./PUNCT", "[NP Le *maire] [VG n' a rien *dit] ."},
      {"Elle/PRON ne/ADV peut/VERB/pouvoir pas/ADV le/PRON dire/VERB ./PUNCT",
       "[NP *Elle] [VG ne peut pas le *dire] ."},
  });
}

TEST_CASE("chunker: clitics", "[chunker]") {
  check_table({
      {"Le/DET:def maire/NOUN lui/PRON a/AUX dit/VERB de/ADP partir/VERB ./PUNCT",
       "[NP Le *maire] [VG lui a *dit] [VG de *partir] ."},
      {"La/DET:def directrice/NOUN s'/PRON est/AUX dit/VERB surprise/ADJ ./PUNCT",
       "[NP La *directrice] [VG s' est *dit] [NP *surprise] ."},
      {"On/PRON le/PRON lui/PRON a/AUX déjà/ADV reproché/VERB ./PUNCT", "[NP *On] [VG le lui a déjà *reproché] ."},
      {"Le/DET:def syndicat/NOUN nous/PRON|Person=1 a/AUX|Person=3 assuré/VERB qu'/SCONJ il/PRON n'/ADV "
       "en/PRON savait/VERB rien/PRON ./PUNCT",
       "[NP Le *syndicat] [VG nous a *assuré] [CL *qu'] [NP *il] [VG n' en *savait rien] ."},
      // "nous" subject, then reflexive.
      {"Nous/PRON|Person=1 nous/PRON|Person=1 sommes/AUX|Person=1 trompés/VERB ,/PUNCT reconnaît/VERB "
       "la/DET:def direction/NOUN ./PUNCT",
       "[NP *Nous] [VG nous sommes *trompés] , [VG *reconnaît] [NP la *direction] ."},
      // After a relative pronoun, the verb's person decides.
      {"C'/PRON est/AUX la/DET:def femme/NOUN qui/PRON:rel vous/PRON|Person=2 a/AUX|Person=3 appelé/VERB ./PUNCT",
       "[NP *C'] [VG *est] [NP la *femme] [CL *qui] [VG vous a *appelé] ."},
      {"Ce/PRON que/PRON:rel vous/PRON|Person=2 avez/AUX|Person=2 dit/VERB est/AUX faux/ADJ ./PUNCT",
       "[NP *Ce] [CL *que] [NP *vous] [VG avez *dit] [VG *est] [NP *faux] ."},
      {"Le/DET:def club/NOUN y/PRON a/AUX renoncé/VERB ./PUNCT", "[NP Le *club] [VG y a *renoncé] ."},
      // A treebank lemma that merges pronouns ("elle" -> "lui") does not make a clitic.
      {"Anne/PROPN est/AUX quant/ADV à/ADP elle/PRON/lui arrivée/VERB ./PUNCT",
       "[NP *Anne] [VG *est] [PP quant à *elle] [VG *arrivée] ."},
      // "le" the article is not a clitic.
      {"Il/PRON signe/VERB le/DET:def texte/NOUN ./PUNCT", "[NP *Il] [VG *signe] [NP le *texte] ."},
  });
}

TEST_CASE("chunker: verb groups with semi-auxiliaries", "[chunker]") {
  check_table({
      {"La/DET:def Première/ADJ ministre/NOUN a/AUX tenu/VERB/tenir à/ADP rappeler/VERB ses/DET:poss "
       "engagements/NOUN ./PUNCT",
       "[NP La Première *ministre] [VG a tenu à *rappeler] [NP ses *engagements] ."},
      {"Les/DET:def élus/NOUN doivent/VERB/devoir pouvoir/VERB/pouvoir s'/PRON exprimer/VERB ./PUNCT",
       "[NP Les *élus] [VG doivent pouvoir s' *exprimer] ."},
      // A verb of saying heads its own group; its infinitive is another.
      {"Il/PRON affirme/VERB avoir/AUX vu/VERB les/DET:def suspects/NOUN ./PUNCT",
       "[NP *Il] [VG *affirme] [VG avoir *vu] [NP les *suspects] ."},
      {"La/DET:def direction/NOUN a/AUX fait/VERB/faire savoir/VERB qu'/SCONJ elle/PRON refusait/VERB ./PUNCT",
       "[NP La *direction] [VG a fait *savoir] [CL *qu'] [NP *elle] [VG *refusait] ."},
      {"Les/DET:def syndicats/NOUN ont/AUX tous/PRON refusé/VERB de/ADP signer/VERB ./PUNCT",
       "[NP Les *syndicats] [VG ont tous *refusé] [VG de *signer] ."},
      {"Il/PRON n'/ADV a/AUX pas/ADV tardé/VERB/tarder à/ADP réagir/VERB ./PUNCT",
       "[NP *Il] [VG n' a pas tardé à *réagir] ."},
      // "tenir" takes "à", not a bare infinitive.
      {"Elle/PRON tient/VERB/tenir promettre/VERB ./PUNCT", "[NP *Elle] [VG *tient] [VG *promettre] ."},
      // "aller" before a preposition is a verb of motion.
      {"Il/PRON va/VERB/aller à/ADP Valbourg/PROPN ./PUNCT", "[NP *Il] [VG *va] [PP à *Valbourg] ."},
      {"Le/DET:def texte/NOUN a/AUX été/AUX adopté/VERB ./PUNCT", "[NP Le *texte] [VG a été *adopté] ."},
      {"Les/DET:def ministres/NOUN ont/AUX en/ADP effet/NOUN décidé/VERB de/ADP attendre/VERB ./PUNCT",
       "[NP Les *ministres] [VG ont en effet *décidé] [VG de *attendre] ."},
      {"Le/DET:def texte/NOUN a/AUX bien/ADV sûr/ADJ été/AUX écrit/VERB ./PUNCT",
       "[NP Le *texte] [VG a bien sûr été *écrit] ."},
      {"Les/DET:def syndicats/NOUN ont/AUX d'/ADP/de ailleurs/ADV précisé/VERB leurs/DET:poss "
       "revendications/NOUN ./PUNCT",
       "[NP Les *syndicats] [VG ont d' ailleurs *précisé] [NP leurs *revendications] ."},
  });
}

TEST_CASE("chunker: multi-word adverbials", "[chunker]") {
  check_table({
      {"Le/DET:def gouvernement/NOUN a/AUX ,/PUNCT par/ADP ailleurs/ADV ,/PUNCT annoncé/VERB une/DET:ind "
       "hausse/NOUN ./PUNCT",
       "[NP Le *gouvernement] [VG *a] , [ADVP par *ailleurs] , [VG *annoncé] [NP une *hausse] ."},
      {"De/ADP son/DET:poss côté/NOUN ,/PUNCT l'/DET:def opposition/NOUN a/AUX dénoncé/VERB à/ADP "
       "plusieurs/DET reprises/NOUN/reprise un/DET:ind passage/NOUN en/ADP force/NOUN ./PUNCT",
       "[ADVP De son *côté] , [NP l' *opposition] [VG a *dénoncé] [ADVP à plusieurs *reprises] "
       "[NP un *passage] [PP en *force] ."},
      {"Le/DET:def texte/NOUN sera/AUX examiné/VERB dans/ADP la/DET:def foulée/NOUN ./PUNCT",
       "[NP Le *texte] [VG sera *examiné] [ADVP dans la *foulée] ."},
      {"Pour/ADP sa/DET:poss part/NOUN ,/PUNCT la/DET:def maire/NOUN se/PRON tait/VERB ./PUNCT",
       "[ADVP Pour sa *part] , [NP la *maire] [VG se *tait] ."},
      {"Le/DET:def dossier/NOUN avance/VERB de/ADP plus/ADV en/ADP plus/ADV vite/ADV ./PUNCT",
       "[NP Le *dossier] [VG *avance] [ADVP de plus en *plus] [ADVP *vite] ."},
      {"Elle/PRON s'/PRON est/AUX exprimée/VERB une/DET:ind nouvelle/ADJ fois/NOUN ./PUNCT",
       "[NP *Elle] [VG s' est *exprimée] [ADVP une nouvelle *fois] ."},
  });
}

TEST_CASE("chunker: dates and times", "[chunker]") {
  check_table({
      {"Le/DET:def sommet/NOUN aura/AUX lieu/NOUN le/DET:def 3/NUM mars/NOUN à/ADP Valbourg/PROPN ./PUNCT",
       "[NP Le *sommet] [VG *aura] [NP *lieu] [ADVP le 3 *mars] [PP à *Valbourg] ."},
      {"Il/PRON a/AUX démissionné/VERB dès/ADP lundi/NOUN ./PUNCT", "[NP *Il] [VG a *démissionné] [ADVP dès *lundi] ."},
      {"Le/DET:def scrutin/NOUN est/AUX prévu/VERB dimanche/NOUN 12/NUM mai/NOUN 2024/NUM ./PUNCT",
       "[NP Le *scrutin] [VG est *prévu] [ADVP dimanche 12 *mai 2024] ."},
      {"La/DET:def réunion/NOUN s'/PRON est/AUX terminée/VERB vers/ADP 14h30/NUM ./PUNCT",
       "[NP La *réunion] [VG s' est *terminée] [ADVP vers *14h30] ."},
      {"Les/DET:def manifestants/NOUN se/PRON sont/AUX dispersés/VERB à/ADP 18/NUM h/NOUN ./PUNCT",
       "[NP Les *manifestants] [VG se sont *dispersés] [ADVP à 18 *h] ."},
      {"Mardi/NOUN matin/NOUN ,/PUNCT la/DET:def préfecture/NOUN a/AUX interdit/VERB le/DET:def "
       "rassemblement/NOUN ./PUNCT",
       "[ADVP Mardi *matin] , [NP la *préfecture] [VG a *interdit] [NP le *rassemblement] ."},
      {"L'/DET:def accord/NOUN a/AUX été/AUX signé/VERB en/ADP 2019/NUM ./PUNCT",
       "[NP L' *accord] [VG a été *signé] [ADVP en *2019] ."},
      {"Il/PRON y/PRON a/VERB/avoir trois/NUM jours/NOUN/jour ,/PUNCT le/DET:def préfet/NOUN avait/AUX "
       "prévenu/VERB ./PUNCT",
       "[ADVP Il y a trois *jours] , [NP le *préfet] [VG avait *prévenu] ."},
      // "il y a" before what is not time: the words one by one.
      {"Il/PRON y/PRON a/VERB/avoir des/DET:ind blessés/NOUN ./PUNCT", "[NP *Il] [VG y *a] [NP des *blessés] ."},
      {"Le/DET:def lendemain/NOUN ,/PUNCT le/DET:def club/NOUN a/AUX publié/VERB un/DET:ind communiqué/NOUN ./PUNCT",
       "[ADVP Le *lendemain] , [NP le *club] [VG a *publié] [NP un *communiqué] ."},
      // An indefinite article makes a time noun phrase what is talked about.
      {"Une/DET:ind semaine/NOUN difficile/ADJ commence/VERB pour/ADP le/DET:def gouvernement/NOUN ./PUNCT",
       "[NP Une *semaine difficile] [VG *commence] [PP pour le *gouvernement] ."},
      {"Depuis/ADP le/DET:def début/NOUN de/ADP l'/DET:def année/NOUN ,/PUNCT trois/NUM usines/NOUN ont/AUX "
       "fermé/VERB ./PUNCT",
       "[ADVP Depuis le *début de l' année] , [NP trois *usines] [VG ont *fermé] ."},
      {"Elle/PRON a/AUX parlé/VERB la/DET:def semaine/NOUN dernière/ADJ devant/ADP les/DET:def députés/NOUN ./PUNCT",
       "[NP *Elle] [VG a *parlé] [ADVP la *semaine dernière] [PP devant les *députés] ."},
      // After "de", a time noun phrase completes a noun.
      {"La/DET:def conférence/NOUN de/ADP mardi/NOUN a/AUX été/AUX annulée/VERB ./PUNCT",
       "[NP La *conférence] [PP de *mardi] [VG a été *annulée] ."},
      {"Ce/DET:dem matin/NOUN ,/PUNCT à/ADP 7/NUM heures/NOUN/heure ,/PUNCT les/DET:def grévistes/NOUN "
       "étaient/AUX déjà/ADV là/ADV ./PUNCT",
       "[ADVP Ce *matin] , [ADVP à 7 *heures] , [NP les *grévistes] [VG *étaient] [ADVP déjà *là] ."},
      {"Le/DET:def procès/NOUN s'/PRON ouvrira/VERB d'/ADP/de ici/ADV la/DET:def fin/NOUN de/ADP l'/DET:def "
       "été/NOUN ./PUNCT",
       "[NP Le *procès] [VG s' *ouvrira] [ADVP d' ici la *fin de l' été] ."},
      {"Il/PRON appelle/VERB tous/ADJ les/DET:def jours/NOUN/jour ./PUNCT", "[NP *Il] [VG *appelle] [ADVP tous les *jours] ."},
      {"La/DET:def réunion/NOUN reprendra/VERB en/ADP début/NOUN de/ADP semaine/NOUN prochaine/ADJ ./PUNCT",
       "[NP La *réunion] [VG *reprendra] [ADVP en *début de semaine prochaine] ."},
      {"Elle/PRON l'/PRON a/AUX répété/VERB à/ADP la/DET:def fin/NOUN du/ADP+DET/de mois/NOUN ./PUNCT",
       "[NP *Elle] [VG l' a *répété] [ADVP à la *fin du mois] ."},
      {"Le/DET:def vote/NOUN a/AUX eu/VERB lieu/NOUN à/ADP 17:45/NUM ./PUNCT",
       "[NP Le *vote] [VG a *eu] [NP *lieu] [ADVP à *17:45] ."},
      {"Il/PRON travaille/VERB ici/ADV depuis/ADP hier/ADV soir/NOUN ./PUNCT",
       "[NP *Il] [VG *travaille] [ADVP *ici] [ADVP depuis hier *soir] ."},
      // A year alone is a number unless a preposition or a month makes it a date.
      {"2024/NUM sera/AUX décisive/ADJ ./PUNCT", "[NP *2024] [VG *sera] [NP *décisive] ."},
  });
}

TEST_CASE("chunker: names, particles and titles", "[chunker]") {
  check_table({
      {"Hélène/PROPN de/ADP Kervadec/PROPN avait/AUX prononcé/VERB ce/DET:dem discours/NOUN ./PUNCT",
       "[NP Hélène de *Kervadec] [VG avait *prononcé] [NP ce *discours] ."},
      {"Selon/ADP Anna/PROPN von/X der/X Hollen/PROPN ,/PUNCT l'/DET:def accord/NOUN tient/VERB ./PUNCT",
       "[PP Selon Anna von der *Hollen] , [NP l' *accord] [VG *tient] ."},
      {"Karim/PROPN ben/X Youssef/PROPN a/AUX reçu/VERB le/DET:def président/NOUN Paul/PROPN Girard/PROPN ./PUNCT",
       "[NP Karim ben *Youssef] [VG a *reçu] [NP le président Paul *Girard] ."},
      {"Le/DET:def musée/NOUN Pieter/PROPN van/X Dijk/PROPN rouvre/VERB ./PUNCT",
       "[NP Le musée Pieter van *Dijk] [VG *rouvre] ."},
      {"Marine/PROPN Le/DET Goff/PROPN conteste/VERB ./PUNCT", "[NP Marine Le *Goff] [VG *conteste] ."},
      // Two first names the lexicon knows as such still take the particle.
      {"Marie/PROPN|NameType=Giv Anne/PROPN|NameType=Giv de/ADP Kervadec/PROPN signe/VERB ./PUNCT",
       "[NP Marie Anne de *Kervadec] [VG *signe] ."},
      // A name of two words, a surname, a place: "de" is a preposition again.
      {"Jean/PROPN Dupont/PROPN de/ADP Valpresse/PROPN a/AUX confirmé/VERB ./PUNCT",
       "[NP Jean *Dupont] [PP de *Valpresse] [VG a *confirmé] ."},
      {"Les/DET:def propos/NOUN de/ADP Martin/PROPN|NameType=Sur d'/ADP/de Valmont/PROPN ont/AUX "
       "choqué/VERB ./PUNCT",
       "[NP Les *propos] [PP de *Martin] [PP d' *Valmont] [VG ont *choqué] ."},
      {"M./NOUN Durand/PROPN et/CCONJ Mme/NOUN Martin/PROPN ont/AUX signé/VERB ./PUNCT",
       "[NP M. *Durand] [CL *et] [NP Mme *Martin] [VG ont *signé] ."},
      // A title the tagger took for a clitic.
      {"Me/PRON Lefèvre/PROPN plaide/VERB ./PUNCT", "[NP Me *Lefèvre] [VG *plaide] ."},
      {"Le/DET:def Premier/ADJ ministre/NOUN a/AUX parlé/VERB ./PUNCT", "[NP Le Premier *ministre] [VG a *parlé] ."},
  });
}

TEST_CASE("chunker: numbers and counts", "[chunker]") {
  check_table({
      {"Trois/NUM sources/NOUN proches/ADJ du/ADP+DET dossier/NOUN ont/AUX confirmé/VERB l'/DET:def "
       "information/NOUN ./PUNCT",
       "[NP Trois *sources proches] [PP du *dossier] [VG ont *confirmé] [NP l' *information] ."},
      {"Une/DET:ind dizaine/NOUN de/ADP manifestants/NOUN ont/AUX été/AUX interpellés/VERB ./PUNCT",
       "[NP Une dizaine de *manifestants] [VG ont été *interpellés] ."},
      {"Plus/ADV de/ADP 200/NUM personnes/NOUN se/PRON sont/AUX rassemblées/VERB ./PUNCT",
       "[NP Plus de 200 *personnes] [VG se sont *rassemblées] ."},
      {"La/DET:def plupart/NOUN des/ADP+DET experts/NOUN restent/VERB prudents/ADJ ./PUNCT",
       "[NP La plupart des *experts] [VG *restent] [NP *prudents] ."},
      {"Des/DET:ind dizaines/NOUN/dizaine de/ADP milliers/NOUN/millier de/ADP personnes/NOUN ont/AUX "
       "défilé/VERB ./PUNCT",
       "[NP Des dizaines de milliers de *personnes] [VG ont *défilé] ."},
      {"Environ/ADV 300/NUM salariés/NOUN sont/AUX concernés/VERB ,/PUNCT soit/CCONJ 20/NUM %/SYM des/ADP+DET "
       "effectifs/NOUN ./PUNCT",
       "[NP Environ 300 *salariés] [VG sont *concernés] , [CL *soit] [NP *20 %] [PP des *effectifs] ."},
      // An adverb of time before a number is not the number's.
      {"Hier/ADV 300/NUM personnes/NOUN ont/AUX défilé/VERB ./PUNCT",
       "[ADVP *Hier] [NP 300 *personnes] [VG ont *défilé] ."},
      {"Selon/ADP beaucoup/ADV de/ADP témoins/NOUN ,/PUNCT le/DET:def feu/NOUN a/AUX pris/VERB vite/ADV ./PUNCT",
       "[PP Selon beaucoup de *témoins] , [NP le *feu] [VG a *pris] [ADVP *vite] ."},
  });
}

TEST_CASE("chunker: handles and hashtags", "[chunker]") {
  check_table({
      {"@/SYM~jdupont/X a/AUX tweeté/VERB :/PUNCT «/PUNCT Honte/NOUN à/ADP vous/PRON »/PUNCT ./PUNCT",
       "[NP @*jdupont] [VG a *tweeté] : « [NP *Honte] [PP à *vous] » ."},
      {"Le/DET:def compte/NOUN @/SYM~ville/X~_/SYM~nord/X a/AUX publié/VERB une/DET:ind vidéo/NOUN ./PUNCT",
       "[NP Le compte @*ville_nord] [VG a *publié] [NP une *vidéo] ."},
      {"La/DET:def mobilisation/NOUN #/SYM~grève/NOUN s'/PRON étend/VERB ./PUNCT",
       "[NP La mobilisation #*grève] [VG s' *étend] ."},
      // A mark glued to the word before it is not a handle: an address.
      {"Écrivez/VERB à/ADP contact/NOUN~@/SYM~valbourg/X ./PUNCT",
       "[VG *Écrivez] [PP à *contact] [O *@] [O *valbourg] ."},
  });
}

TEST_CASE("chunker: appositions", "[chunker]") {
  check_table({
      {"Me/PRON Lefèvre/PROPN ,/PUNCT avocat/NOUN de/ADP la/DET:def famille/NOUN ,/PUNCT a/AUX dénoncé/VERB "
       "une/DET:ind erreur/NOUN ./PUNCT",
       "[NP Me *Lefèvre] , [NP *avocat >Lefèvre] [PP de la *famille >Lefèvre] , [VG a *dénoncé] [NP une *erreur] ."},
      {"«/PUNCT C'/PRON est/AUX inacceptable/ADJ »/PUNCT ,/PUNCT a/AUX déclaré/VERB Marie/PROPN Durand/PROPN ,/PUNCT "
       "secrétaire/NOUN générale/ADJ du/ADP+DET syndicat/NOUN ./PUNCT",
       "« [NP *C'] [VG *est] [NP *inacceptable] » , [VG a *déclaré] [NP Marie *Durand] , "
       "[NP *secrétaire générale >Durand] [PP du *syndicat >Durand] ."},
      // Before its noun, at the start of the sentence.
      {"Porte-parole/NOUN du/ADP+DET collectif/NOUN ,/PUNCT Léa/PROPN Martin/PROPN a/AUX dénoncé/VERB "
       "des/DET:ind violences/NOUN ./PUNCT",
       "[NP *Porte-parole >Martin] [PP du *collectif >Martin] , [NP Léa *Martin] [VG a *dénoncé] "
       "[NP des *violences] ."},
      {"Ancien/ADJ ministre/NOUN ,/PUNCT il/PRON connaît/VERB bien/ADV le/DET:def dossier/NOUN ./PUNCT",
       "[NP Ancien *ministre >il] , [NP *il] [VG *connaît] [ADVP *bien] [NP le *dossier] ."},
      {"Le/DET:def maire/NOUN ,/PUNCT 54/NUM ans/NOUN/an ,/PUNCT brigue/VERB un/DET:ind troisième/ADJ mandat/NOUN ./PUNCT",
       "[NP Le *maire] , [NP 54 *ans >maire] , [VG *brigue] [NP un troisième *mandat] ."},
      // Over the complements of the noun: "le président de la région".
      {"Le/DET:def président/NOUN de/ADP la/DET:def région/NOUN ,/PUNCT Paul/PROPN Girard/PROPN ,/PUNCT a/AUX "
       "répondu/VERB ./PUNCT",
       "[NP Le *président] [PP de la *région] , [NP Paul *Girard >président] , [VG a *répondu] ."},
      // Two appositions of one noun.
      {"Léa/PROPN Martin/PROPN ,/PUNCT 45/NUM ans/NOUN/an ,/PUNCT infirmière/NOUN ,/PUNCT témoigne/VERB ./PUNCT",
       "[NP Léa *Martin] , [NP 45 *ans >Martin] , [NP *infirmière >Martin] , [VG *témoigne] ."},
      // The apposition of a name after "de" describes the name; a name in
      // apposition goes back to the noun.
      {"C'/PRON est/AUX le/DET:def cas/NOUN de/ADP Paul/PROPN Girard/PROPN ,/PUNCT ancien/ADJ élu/NOUN ,/PUNCT "
       "qui/PRON:rel témoigne/VERB ./PUNCT",
       "[NP *C'] [VG *est] [NP le *cas] [PP de Paul *Girard] , [NP ancien *élu >Girard] , [CL *qui] "
       "[VG *témoigne] ."},
      // After a preposition's object, only a bare noun phrase.
      {"Selon/ADP Paul/PROPN Girard/PROPN ,/PUNCT directeur/NOUN de/ADP l'/DET:def hôpital/NOUN ,/PUNCT "
       "les/DET:def urgences/NOUN sont/AUX saturées/VERB ./PUNCT",
       "[PP Selon Paul *Girard] , [NP *directeur >Girard] [PP de l' *hôpital >Girard] , [NP les *urgences] "
       "[VG sont *saturées] ."},
      {"À/ADP Valbourg/PROPN ,/PUNCT le/DET:def maire/NOUN ,/PUNCT prudent/ADJ ,/PUNCT n'/ADV a/AUX rien/PRON "
       "dit/VERB ./PUNCT",
       "[PP À *Valbourg] , [NP le *maire] , [NP *prudent >maire] , [VG n' a rien *dit] ."},
  });
}

TEST_CASE("chunker: what commas set off that is not an apposition", "[chunker]") {
  check_table({
      {"Valbourg/PROPN ,/PUNCT Montreuil-sur-Lac/PROPN ,/PUNCT Saint-Aubin/PROPN et/CCONJ Castelnau/PROPN "
       "ont/AUX voté/VERB ./PUNCT",
       "[NP *Valbourg] , [NP *Montreuil-sur-Lac] , [NP *Saint-Aubin] [CL *et] [NP *Castelnau] [VG ont *voté] ."},
      {"Le/DET:def député/NOUN ,/PUNCT qui/PRON:rel siège/VERB depuis/ADP 2017/NUM ,/PUNCT a/AUX voté/VERB "
       "contre/ADP ./PUNCT",
       "[NP Le *député] , [CL *qui] [VG *siège] [ADVP depuis *2017] , [VG a *voté] [PP *contre] ."},
      {"Le/DET:def projet/NOUN ,/PUNCT selon/ADP lui/PRON ,/PUNCT reste/VERB flou/ADJ ./PUNCT",
       "[NP Le *projet] , [PP selon *lui] , [VG *reste] [NP *flou] ."},
      {"Le/DET:def ministre/NOUN ,/PUNCT interrogé/VERB par/ADP la/DET:def presse/NOUN ,/PUNCT a/AUX "
       "esquivé/VERB ./PUNCT",
       "[NP Le *ministre] , [VG *interrogé] [PP par la *presse] , [VG a *esquivé] ."},
      {"Selon/ADP le/DET:def ministre/NOUN ,/PUNCT la/DET:def situation/NOUN est/AUX grave/ADJ ./PUNCT",
       "[PP Selon le *ministre] , [NP la *situation] [VG *est] [NP *grave] ."},
      {"En/ADP Valdoine/PROPN ,/PUNCT la/DET:def préfecture/NOUN ,/PUNCT qui/PRON:rel hésite/VERB ,/PUNCT "
       "temporise/VERB ./PUNCT",
       "[PP En *Valdoine] , [NP la *préfecture] , [CL *qui] [VG *hésite] , [VG *temporise] ."},
      {"Il/PRON a/AUX tout/PRON vérifié/VERB :/PUNCT loyers/NOUN ,/PUNCT charges/NOUN ,/PUNCT travaux/NOUN ./PUNCT",
       "[NP *Il] [VG a tout *vérifié] : [NP *loyers] , [NP *charges] , [NP *travaux] ."},
      // A count opens on its subject (not an apposition before an adjective).
      {"Quatre/NUM autres/ADJ élus/NOUN ,/PUNCT tous/ADJ favorables/ADJ à/ADP la/DET:def réforme/NOUN "
       "ont/AUX voté/VERB ./PUNCT",
       "[NP Quatre autres *élus] , [NP tous *favorables] [PP à la *réforme] [VG ont *voté] ."},
      {"Quatre/NUM autres/ADJ élus/NOUN ,/PUNCT tous/ADJ favorables/ADJ à/ADP la/DET:def réforme/NOUN ,/PUNCT "
       "ont/AUX voté/VERB ./PUNCT",
       "[NP Quatre autres *élus] , [NP tous *favorables >élus] [PP à la *réforme >élus] , [VG ont *voté] ."},
      // A list of subjects without a conjunction.
      {"L'/DET:def accueil/NOUN ,/PUNCT les/DET:def horaires/NOUN ,/PUNCT le/DET:def prix/NOUN ont/AUX "
       "changé/VERB ./PUNCT",
       "[NP L' *accueil] , [NP les *horaires] , [NP le *prix] [VG ont *changé] ."},
      {"Belle/ADJ ,/PUNCT grande/ADJ ,/PUNCT claire/ADJ ,/PUNCT la/DET:def maison/NOUN plaît/VERB ./PUNCT",
       "[NP *Belle] , [NP *grande] , [NP *claire] , [NP la *maison] [VG *plaît] ."},
      {"Des/DET:ind Belges/PROPN ,/PUNCT Suisses/PROPN ,/PUNCT Danois/PROPN ,/PUNCT Grecs/PROPN ,/PUNCT etc/ADV ./PUNCT",
       "[NP Des *Belges] , [NP *Suisses] , [NP *Danois] , [NP *Grecs] , [ADVP *etc] ."},
      {"Le/DET:def club/NOUN a/AUX gagné/VERB la/DET:def coupe/NOUN ,/PUNCT 24/NUM ans/NOUN/an après/ADV "
       "son/DET:poss premier/ADJ titre/NOUN ,/PUNCT en/ADP battant/VERB Valbourg/PROPN ./PUNCT",
       "[NP Le *club] [VG a *gagné] [NP la *coupe] , [NP 24 *ans] [ADVP *après] [NP son premier *titre] , "
       "[VG en *battant] [NP *Valbourg] ."},
      // An address opens the sentence: two noun phrases, not an apposition.
      {"Madame/NOUN la/DET:def présidente/NOUN ,/PUNCT je/PRON conclus/VERB ./PUNCT",
       "[NP *Madame] [NP la *présidente] , [NP *je] [VG *conclus] ."},
      {"Police/NOUN ,/PUNCT gendarmerie/NOUN et/CCONJ pompiers/NOUN sont/AUX mobilisés/VERB ./PUNCT",
       "[NP *Police] , [NP *gendarmerie] [CL *et] [NP *pompiers] [VG sont *mobilisés] ."},
  });
}

TEST_CASE("chunker: relative clauses", "[chunker]") {
  check_table({
      {"L'/DET:def homme/NOUN dont/PRON:rel elle/PRON parle/VERB a/AUX disparu/VERB ./PUNCT",
       "[NP L' *homme] [CL *dont] [NP *elle] [VG *parle] [VG a *disparu] ."},
      {"La/DET:def ville/NOUN où/ADV|PronType=Rel il/PRON est/AUX né/VERB vote/VERB ./PUNCT",
       "[NP La *ville] [CL *où] [NP *il] [VG est *né] [VG *vote] ."},
      {"Le/DET:def rapport/NOUN que/PRON:rel le/DET:def ministère/NOUN a/AUX publié/VERB contredit/VERB "
       "cette/DET:dem version/NOUN ./PUNCT",
       "[NP Le *rapport] [CL *que] [NP le *ministère] [VG a *publié] [VG *contredit] [NP cette *version] ."},
      {"Le/DET:def juge/NOUN à/ADP qui/PRON:rel elle/PRON a/AUX écrit/VERB ne/ADV répond/VERB pas/ADV ./PUNCT",
       "[NP Le *juge] [CL à *qui] [NP *elle] [VG a *écrit] [VG ne *répond pas] ."},
      {"La/DET:def société/NOUN ,/PUNCT laquelle/PRON:rel conteste/VERB ,/PUNCT fera/VERB appel/NOUN ./PUNCT",
       "[NP La *société] , [CL *laquelle] [VG *conteste] , [VG *fera] [NP *appel] ."},
      // Without the tagger's PronType, the role still says relative.
      {"Le/DET:def témoin/NOUN qui/PRON a/AUX parlé/VERB ./PUNCT", "[NP Le *témoin] [CL *qui] [VG a *parlé] ."},
  });
}

TEST_CASE("chunker: coordination and clause openers", "[chunker]") {
  check_table({
      {"Le/DET:def ministre/NOUN a/AUX démenti/VERB et/CCONJ a/AUX assuré/VERB qu'/SCONJ il/PRON "
       "resterait/VERB ./PUNCT",
       "[NP Le *ministre] [VG a *démenti] [CL *et] [VG a *assuré] [CL *qu'] [NP *il] [VG *resterait] ."},
      {"Les/DET:def parents/NOUN mais/CCONJ aussi/ADV les/DET:def enseignants/NOUN protestent/VERB ./PUNCT",
       "[NP Les *parents] [CL *mais] [ADVP *aussi] [NP les *enseignants] [VG *protestent] ."},
      {"Ni/CCONJ la/DET:def mairie/NOUN ni/CCONJ la/DET:def préfecture/NOUN n'/ADV ont/AUX souhaité/VERB "
       "réagir/VERB ./PUNCT",
       "[CL *Ni] [NP la *mairie] [CL *ni] [NP la *préfecture] [VG n' ont *souhaité] [VG *réagir] ."},
      {"Elle/PRON reste/VERB parce/ADV que/SCONJ/que le/DET:def contrat/NOUN court/VERB ./PUNCT",
       "[NP *Elle] [VG *reste] [CL parce *que] [NP le *contrat] [VG *court] ."},
      {"Il/PRON est/AUX parti/VERB alors/ADV qu'/SCONJ/que on/PRON l'/PRON attendait/VERB ./PUNCT",
       "[NP *Il] [VG est *parti] [CL alors *qu'] [NP *on] [VG l' *attendait] ."},
  });
}

TEST_CASE("chunker: prepositions before infinitives and gerunds", "[chunker]") {
  check_table({
      {"Il/PRON a/AUX pris/VERB la/DET:def parole/NOUN pour/ADP rétorquer/VERB que/SCONJ rien/PRON n'/ADV "
       "était/AUX décidé/VERB ./PUNCT",
       "[NP *Il] [VG a *pris] [NP la *parole] [VG pour *rétorquer] [CL *que] [NP *rien] [VG n' était *décidé] ."},
      {"Elle/PRON est/AUX partie/VERB sans/ADP entrer/VERB dans/ADP les/DET:def détails/NOUN ./PUNCT",
       "[NP *Elle] [VG est *partie] [VG sans *entrer] [PP dans les *détails] ."},
      {"Il/PRON a/AUX refusé/VERB de/ADP le/PRON confirmer/VERB ./PUNCT", "[NP *Il] [VG a *refusé] [VG de le *confirmer] ."},
      {"Après/ADP avoir/AUX longtemps/ADV hésité/VERB ,/PUNCT le/DET:def club/NOUN a/AUX porté/VERB "
       "plainte/NOUN ./PUNCT",
       "[VG Après avoir longtemps *hésité] , [NP le *club] [VG a *porté] [NP *plainte] ."},
      {"Afin/ADV de/ADP ne/ADV pas/ADV aggraver/VERB la/DET:def crise/NOUN ,/PUNCT elle/PRON se/PRON tait/VERB ./PUNCT",
       "[VG Afin de ne pas *aggraver] [NP la *crise] , [NP *elle] [VG se *tait] ."},
      {"Il/PRON a/AUX conclu/VERB en/ADP précisant/VERB|VerbForm=Ger que/SCONJ la/DET:def grève/NOUN "
       "continuait/VERB ./PUNCT",
       "[NP *Il] [VG a *conclu] [VG en *précisant] [CL *que] [NP la *grève] [VG *continuait] ."},
      {"Tout/ADV en/ADP reconnaissant/VERB son/DET:poss erreur/NOUN ,/PUNCT elle/PRON maintient/VERB "
       "sa/DET:poss position/NOUN ./PUNCT",
       "[ADVP *Tout] [VG en *reconnaissant] [NP son *erreur] , [NP *elle] [VG *maintient] [NP sa *position] ."},
      {"Elle/PRON a/AUX écrit/VERB pour/ADP vous/PRON ./PUNCT", "[NP *Elle] [VG a *écrit] [PP pour *vous] ."},
      // A fused preposition never opens an infinitive.
      {"Il/PRON pense/VERB au/ADP+DET départ/NOUN ./PUNCT", "[NP *Il] [VG *pense] [PP au *départ] ."},
  });
}

TEST_CASE("chunker: prepositional phrases between a verb and its complement", "[chunker]") {
  check_table({
      {"Le/DET:def ministre/NOUN a/AUX déclaré/VERB lors/ADV d'/ADP/de une/DET:ind conférence/NOUN de/ADP "
       "presse/NOUN que/SCONJ le/DET:def texte/NOUN passerait/VERB ./PUNCT",
       "[NP Le *ministre] [VG a *déclaré] [PP lors d' une *conférence] [PP de *presse] [CL *que] "
       "[NP le *texte] [VG *passerait] ."},
      {"Elle/PRON a/AUX affirmé/VERB sur/ADP Radio/PROPN Valmont/PROPN que/SCONJ rien/PRON ne/ADV "
       "changerait/VERB ./PUNCT",
       "[NP *Elle] [VG a *affirmé] [PP sur Radio *Valmont] [CL *que] [NP *rien] [VG ne *changerait] ."},
      {"Il/PRON a/AUX confié/VERB au/ADP+DET journal/NOUN local/ADJ qu'/SCONJ il/PRON partait/VERB ./PUNCT",
       "[NP *Il] [VG a *confié] [PP au *journal local] [CL *qu'] [NP *il] [VG *partait] ."},
      {"Selon/ADP une/DET:ind source/NOUN proche/ADJ de/ADP l'/DET:def enquête/NOUN ,/PUNCT le/DET:def "
       "suspect/NOUN a/AUX avoué/VERB ./PUNCT",
       "[PP Selon une *source proche] [PP de l' *enquête] , [NP le *suspect] [VG a *avoué] ."},
      {"Il/PRON a/AUX parlé/VERB grâce/NOUN à/ADP un/DET:ind interprète/NOUN ./PUNCT",
       "[NP *Il] [VG a *parlé] [PP grâce à un *interprète] ."},
      {"Il/PRON a/AUX parlé/VERB au/ADP+DET/à nom/NOUN du/ADP+DET/de gouvernement/NOUN ./PUNCT",
       "[NP *Il] [VG a *parlé] [PP au nom du *gouvernement] ."},
  });
}

}  // namespace
}  // namespace whosaid::morph::testing
