// Constructions of attribution beyond the basic layouts (issue 10), as
// tables in the notation of table_dump.h. Every passage is written for these
// tests; none comes from an article of the evaluation sets.
#include <catch2/catch.hpp>

#include "table_dump.h"

using whosaid::test::check;
using whosaid::test::check_in;

TEST_CASE("material between the cue and its complement is skipped by category", "[extract][constructions]") {
  check({
      {"Le maire a déclaré jeudi soir que la piscine rouvrirait.",
       {"Le maire | a déclaré | que la piscine rouvrirait | statement | indirect"}},
      {"La préfète a indiqué dans un communiqué que deux routes restaient fermées.",
       {"La préfète | a indiqué | que deux routes restaient fermées | statement | indirect"}},
      {"Le syndicat a annoncé lors d'une conférence de presse que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"La ministre a affirmé sur une radio publique que le budget serait tenu.",
       {"La ministre | a affirmé | que le budget serait tenu | statement | indirect"}},
      {"Le directeur a expliqué le mois dernier que les travaux prendraient du retard.",
       {"Le directeur | a expliqué | que les travaux prendraient du retard | statement | indirect"}},
      {"L'entraîneur a réagi, mardi, devant les journalistes : « Nous avons manqué de rigueur. »",
       {"L'entraîneur | a réagi | Nous avons manqué de rigueur. | statement | direct"}},
      {"Le procureur a précisé à l'AFP, sous couvert de prudence, que l'enquête avançait.",
       {"Le procureur | a précisé | que l'enquête avançait | statement | indirect"}},
      {"La députée a rappelé ce matin à ses collègues que le vote était serré.",
       {"La députée | a rappelé | que le vote était serré | statement | indirect"}},
      {"Les pompiers ont indiqué plus tard que le feu était maîtrisé.",
       {"Les pompiers | ont indiqué | que le feu était maîtrisé | statement | indirect"}},
      {"Le club a confirmé dans un bref communiqué que son capitaine partait.",
       {"Le club | a confirmé | que son capitaine partait | statement | indirect"}},
      {"Le syndicat a annoncé lors d'une conférence de presse que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"Le syndicat a annoncé lors d'une réunion que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"Le syndicat a annoncé lors de son congrès que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"Le syndicat a annoncé dans une réunion que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"Le syndicat a annoncé, lors d'une réunion, que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"Le syndicat a annoncé lors du congrès que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"Le syndicat a annoncé pendant une réunion que la grève continuerait.",
       {"Le syndicat | a annoncé | que la grève continuerait | statement | indirect"}},
      {"La députée a rappelé à ses collègues que le vote était serré.",
       {"La députée | a rappelé | que le vote était serré | statement | indirect"}},
      {"La députée a rappelé ce matin que le vote était serré.",
       {"La députée | a rappelé | que le vote était serré | statement | indirect"}},
  });
}

TEST_CASE("a postposed subject after dates, places and media", "[extract][constructions]") {
  check({
      {"« Le chantier sera fini en mai », a assuré ce lundi dans un entretien le président de la région.",
       {"le président de la région | a assuré | Le chantier sera fini en mai | statement | direct"}},
      {"« Les prix vont baisser », avait déclaré la semaine dernière sur une chaîne privée le patron du groupe.",
       {"le patron du groupe | avait déclaré | Les prix vont baisser | statement | direct"}},
      {"« Nous restons mobilisés », ont indiqué mercredi dans un communiqué les représentants des salariés.",
       {"les représentants des salariés | ont indiqué | Nous restons mobilisés | statement | direct"}},
      {"« Il faut du temps », a rappelé mi-mars la ministre de la Santé.",
       {"la ministre de la Santé | a rappelé | Il faut du temps | statement | direct"}},
      {"« Rien n'est perdu », a confié hier soir à un quotidien régional la capitaine de l'équipe.",
       {"la capitaine de l'équipe | a confié | Rien n'est perdu | statement | direct"}},
  });
}

TEST_CASE("infinitive complements: the inf frame of cue_verbs.tsv", "[extract][constructions]") {
  check({
      {"Il affirme avoir vu le suspect quitter les lieux.",
       {"Il | affirme | avoir vu le suspect quitter les lieux | statement | indirect"}},
      {"Le témoin dit ne rien savoir de l'accident.",
       {"Le témoin | dit | ne rien savoir de l'accident | statement | indirect"}},
      {"La chanteuse raconte avoir appris la musique seule.",
       {"La chanteuse | raconte | avoir appris la musique seule | statement | indirect"}},
      {"Le comptable reconnaît avoir commis une erreur.",
       {"Le comptable | reconnaît | avoir commis une erreur | statement | indirect"}},
      {"Le suspect nie avoir participé au vol.",
       {"Le suspect | nie | avoir participé au vol. | denial | indirect"}},
      {"L'élu a déclaré espérer un accord avant l'été.",
       {"L'élu | a déclaré | espérer un accord avant l'été | statement | indirect"}},
      {"Le gardien assure ne jamais avoir reçu la lettre.",
       {"Le gardien | assure | ne jamais avoir reçu la lettre | statement | indirect"}},
      {"L'ancienne ministre confie avoir hésité longtemps.",
       {"L'ancienne ministre | confie | avoir hésité longtemps | statement | indirect"}},
      {"Le coureur a indiqué vouloir poursuivre sa carrière.",
       {"Le coureur | a indiqué | vouloir poursuivre sa carrière | statement | indirect"}},
      {"Le maire conteste avoir signé le permis.",
       {"Le maire | conteste | avoir signé le permis | denial | indirect"}},
      {"Le témoin dit ne rien savoir de l'accident.",
       {"Le témoin | dit | ne rien savoir de l'accident | statement | indirect"}},
      {"Le comptable reconnaît avoir commis une erreur.",
       {"Le comptable | reconnaît | avoir commis une erreur | statement | indirect"}},
      {"Le gardien assure ne jamais avoir reçu la lettre.",
       {"Le gardien | assure | ne jamais avoir reçu la lettre | statement | indirect"}},
      {"Le coureur a indiqué vouloir poursuivre sa carrière.",
       {"Le coureur | a indiqué | vouloir poursuivre sa carrière | statement | indirect"}},
      {"Le suspect nie avoir participé au cambriolage.",
       {"Le suspect | nie | avoir participé au cambriolage | denial | indirect"}},
  });
}

TEST_CASE("a quotation interrupted by its cue is one attribution over the whole quotation", "[extract][constructions]") {
  check({
      {"« Une fête réussie, indique Léa Morel, présidente du comité. Nous reviendrons l'an prochain. »",
       {"Léa Morel, présidente du comité | indique | Une fête réussie, indique Léa Morel, présidente du comité. Nous reviendrons l'an prochain. | statement | direct"}},
      {"« C'était difficile, a-t-il ajouté. Je me suis accroché. »",
       {"il | a-t-il ajouté | C'était difficile, a-t-il ajouté. Je me suis accroché. | statement | direct"}},
      {"« Le village revit, confie un habitant. Les commerces rouvrent un à un. »",
       {"un habitant | confie | Le village revit, confie un habitant. Les commerces rouvrent un à un. | statement | direct"}},
      {"« Nous avons tout tenté, explique la directrice. Il ne restait aucune solution. Le site fermera. »",
       {"la directrice | explique | Nous avons tout tenté, explique la directrice. Il ne restait aucune solution. Le site fermera. | statement | direct"}},
      {"« On ne lâchera rien, prévient le délégué syndical, mais on veut discuter. »",
       {"le délégué syndical | prévient | On ne lâchera rien, prévient le délégué syndical, mais on veut discuter. | statement | direct"}},
  });
}

TEST_CASE("a cue whose own preposition opens its content", "[extract][constructions]") {
  check({
      {"La ministre a insisté sur la sécurité des agents.",
       {"La ministre | a insisté | sur la sécurité des agents | statement | indirect"}},
      {"Les élus ont insisté sur le manque de moyens.",
       {"Les élus | ont insisté | sur le manque de moyens | statement | indirect"}},
      {"Le médecin alerte sur les risques de la chaleur.",
       {"Le médecin | alerte | sur les risques de la chaleur | statement | indirect"}},
      {"Le préfet met en garde contre les baignades sauvages.",
       {"Le préfet | met en garde | contre les baignades sauvages | statement | indirect"}},
      {"La présidente a mis l'accent sur la formation des jeunes.",
       {"La présidente | a mis l'accent | sur la formation des jeunes | statement | indirect"}},
  });
}

TEST_CASE("handles, coordination, participles, relatives and documents", "[extract][constructions]") {
  check({
      {"« Un roman sombre et drôle », résume @lectrice_du_soir.",
       {"@lectrice_du_soir | résume | Un roman sombre et drôle | statement | direct"}},
      {"« Je le relirai », conclut @club.lecture.",
       {"@club.lecture | conclut | Je le relirai | statement | direct"}},
      // A handle before its cue, or after "selon", is the source as written.
      {"@club_lecture a estimé que le roman était trop long.",
       {"@club_lecture | a estimé | que le roman était trop long | statement | indirect"}},
      {"Sur son compte, @mairie_du_village a annoncé que la fête était annulée.",
       {"@mairie_du_village | a annoncé | que la fête était annulée | statement | indirect"}},
      {"@lecteur_75 a tweeté : « Quel livre ! »", {"@lecteur_75 | a tweeté | Quel livre ! | statement | direct"}},
      {"Selon @lecteur_75, le livre est trop long.",
       {"@lecteur_75 | Selon | le livre est trop long | statement | indirect"}},
      {"Le livre est trop long, selon @lecteur.du.soir.",
       {"@lecteur.du.soir | selon | Le livre est trop long | statement | indirect"}},
      {"Le message de @mairie_du_village a circulé toute la journée.", {}},
      {"La mairie s'était voulue rassurante et avait assuré que l'eau était potable.",
       {"La mairie | avait assuré | que l'eau était potable | statement | indirect"}},
      {"Le ministre a démenti et a assuré que rien n'était décidé.",
       {"Le ministre | a assuré | que rien n'était décidé | statement | indirect"}},
      {"Le maire a démissionné et accuse le préfet de l'avoir lâché.",
       {"Le maire | accuse | le préfet de l'avoir lâché | statement | indirect"}},
      {"La directrice a répondu aux questions en précisant que le site resterait ouvert.",
       {"La directrice | en précisant | que le site resterait ouvert | statement | indirect"}},
      {"Le président a quitté la salle, affirmant que le débat était truqué.",
       {"Le président | affirmant | que le débat était truqué | statement | indirect"}},
      {"La juge, qui a assuré que le dossier était complet, a levé la séance.",
       {"La juge | a assuré | que le dossier était complet | statement | indirect"}},
      {"Les habitants, qui ont affirmé que le bruit était insupportable, ont manifesté.",
       {"Les habitants | ont affirmé | que le bruit était insupportable | statement | indirect"}},
      {"Selon un rapport de la Cour des comptes, la dépense a doublé.",
       {"un rapport de la Cour des comptes | Selon | la dépense a doublé | statement | indirect"}},
      {"Dans un communiqué, le club a annoncé le départ de son entraîneur.",
       {"le club | a annoncé | le départ de son entraîneur | statement | indirect"}},
      {"« Nous rouvrirons lundi », a indiqué Marie Dupont.",
       {"Marie Dupont | a indiqué | Nous rouvrirons lundi | statement | direct"}},
      {"Le préfet s'est dit « soulagé » par l'accord.",
       {"Le préfet | s'est dit | soulagé | statement | direct"}},
  });
}

TEST_CASE("not attributions: editorial formulas, hypotheses, literal cue nouns, questions, titles", "[extract][constructions]") {
  check({
      {"Ce qu'il faut retenir de la réunion du conseil municipal.", {}},
      {"On fait le point sur les horaires des trains.", {}},
      {"Voici ce qu'il faut savoir avant les élections.", {}},
      {"S'il jugeait que la sécurité n'était pas assurée, le maire annulerait la fête.", {}},
      {"Le conseil a voté sans attendre l'avis de la commission.", {}},
      {"Faut-il croire que la crise est finie ?", {}},
      {"Le public a applaudi la pièce « Les Vents contraires ».", {}},
      {"Elle a lu « Le Silence de la mer » à ses élèves.", {}},
  });
}

TEST_CASE("purpose infinitives and privative refusals take the main clause subject", "[extract][constructions]") {
  check({
      {"Le parti a interpellé la commission pour regretter des dérives injustifiées.",
       {"Le parti | pour regretter | des dérives injustifiées | statement | indirect"}},
      {"Le sénateur a pris la parole pour rétorquer que la loi était inutile.",
       {"Le sénateur | pour rétorquer | que la loi était inutile | statement | indirect"}},
      {"La ministre a écrit aux maires pour rappeler que les écoles restaient ouvertes.",
       {"La ministre | pour rappeler | que les écoles restaient ouvertes | statement | indirect"}},
      {"L'association demande à la mairie d'agir pour rappeler ses engagements.",
       {"L'association | demande | d'agir pour rappeler ses engagements | statement | indirect"}},
      {"Le club a confirmé le départ de son gardien, sans donner plus de détails.",
       {"Le club | a confirmé | le départ de son gardien | statement | indirect",
        "Le club | sans donner plus de détails | - | refusal | none"}},
      {"La police a annoncé deux interpellations, sans donner dans l'immédiat plus de détails.",
       {"La police | a annoncé | deux interpellations | statement | indirect",
        "La police | sans donner dans l'immédiat plus de détails | - | refusal | none"}},
      {"L'entreprise a reconnu une panne, sans entrer dans les détails.",
       {"L'entreprise | a reconnu | une panne | statement | indirect",
        "L'entreprise | sans entrer dans les détails | - | refusal | none"}},
      {"La gendarmerie a indiqué que la route était coupée, sans fournir de précisions.",
       {"La gendarmerie | a indiqué | que la route était coupée | statement | indirect",
        "La gendarmerie | sans fournir de précisions | - | refusal | none"}},
  });
}

TEST_CASE("noun-phrase contents stop before adjuncts, and locutions between auxiliary and participle", "[extract][constructions]") {
  check({
      {"La mairie a annoncé la fermeture du pont, après un orage violent.",
       {"La mairie | a annoncé | la fermeture du pont | statement | indirect"}},
      {"Le maire a dénoncé un « abandon » dans ce dossier.",
       {"Le maire | a dénoncé | un « abandon » | statement | mixed"}},
      {"Le syndicat a dénoncé « le mépris » de la direction envers les salariés.",
       {"Le syndicat | a dénoncé | « le mépris » de la direction envers les salariés | statement | mixed"}},
      {"La députée a réclamé une enquête, une semaine après les faits.",
       {"La députée | a réclamé | une enquête | statement | indirect"}},
      {"La ministre a par ailleurs annoncé que les aides seraient prolongées.",
       {"La ministre | a par ailleurs annoncé | que les aides seraient prolongées | statement | indirect"}},
      {"Le syndicat a en effet appelé à une nouvelle grève.",
       {"Le syndicat | a en effet appelé | à une nouvelle grève | statement | indirect"}},
      {"Le préfet a en outre rappelé que les feux étaient interdits.",
       {"Le préfet | a en outre rappelé | que les feux étaient interdits | statement | indirect"}},
  });
}

TEST_CASE("more negatives: reader-facing formulas, questions, hypotheses, cue nouns, titles, deeds", "[extract][constructions]") {
  check({
      {"Ce qu'il faut savoir sur la nouvelle ligne de tramway.", {}},
      {"On vous explique pourquoi les prix augmentent.", {}},
      {"Nous avons demandé à trois experts de décrypter la réforme.", {}},
      {"Découvrez notre sélection des meilleurs marchés de Noël.", {}},
      {"Retrouvez toutes nos informations sur le site de la mairie.", {}},
      {"Pourquoi la mairie a-t-elle fermé la piscine ?", {}},
      {"Le maire va-t-il démissionner ?", {}},
      {"Faut-il s'inquiéter de la hausse des loyers ?", {}},
      {"Si le préfet estimait que le risque était trop grand, il fermerait la route.", {}},
      {"S'ils pensaient que la grève durerait, les parents garderaient leurs enfants.", {}},
      {"Si la direction affirmait que le site fermerait, les salariés se mettraient en grève.", {}},
      {"Le conseil a adopté le budget sans attendre le rapport de la commission.", {}},
      {"L'annonce du départ du directeur a surpris les salariés.", {}},
      {"Le communiqué du club a été publié dans la soirée.", {}},
      {"La déclaration de revenus doit être remplie avant mai.", {}},
      {"Elle a relu « Les Misérables » pendant l'été.", {}},
      {"Le film « Dites-lui que je l'aime » sort mercredi.", {}},
      {"Le groupe a joué « On ne dit pas ça » en rappel.", {}},
      {"Le tribunal a ouvert une enquête sur l'incendie.", {}},
      {"La commune a signé un accord avec la région.", {}},
      {"Les habitants ont voté pour le nouveau plan.", {}},
      {"La ministre doit s'exprimer demain.", {}},
      {"Le directeur publiera le rapport la semaine prochaine.", {}},
      {"La police a diffusé la vidéo de l'accident.", {}},
      {"Les pompiers ont éteint le feu en deux heures.", {}},
      {"La question de la dette reste entière.", {}},
      {"Le conseiller a quitté la réunion avant la fin.", {}},
      {"Comme chacun sait, la ville manque de logements.", {}},
      {"Le récit de la course a enchanté le public.", {}},
      {"La réponse de la préfecture est attendue lundi.", {}},
      {"Les critiques du film ont été élogieuses.", {}},
  });
}

TEST_CASE("a concessive clause reports a real statement and ends at its comma", "[extract][constructions]") {
  check({
      {"Même si le maire affirme que tout va bien, les habitants doutent.",
       {"le maire | affirme | que tout va bien | statement | indirect"}},
  });
}

TEST_CASE("a cleft reports the sentence before it: C'est ce qu'a dit X", "[extract][constructions]") {
  check({
      {"Deux routes sont coupées par la neige. C'est ce qu'a indiqué jeudi la préfecture du département.",
       {"la préfecture du département | a indiqué | Deux routes sont coupées par la neige | statement | indirect"}},
      {"Le maire démissionnera. C'est du moins ce qu'affirment ses proches.",
       {"ses proches | affirment | Le maire démissionnera | statement | indirect"}},
      {"C'est ce que je pense.", {}},
      {"Le stade restera fermé. Voilà ce qu'a annoncé la mairie.",
       {"la mairie | a annoncé | Le stade restera fermé | statement | indirect"}},
      {"« La saison est lancée. » C'est ce qu'a déclaré le président du club.",
       {"le président du club | a déclaré | La saison est lancée. | statement | direct"}},
      {"C'est ce qu'il faut retenir.", {}},
  });
}

TEST_CASE("selon after a long clause, inside parentheses, and no speaker in an impersonal clause", "[extract][constructions]") {
  check({
      {"Ce sont dix mille foyers qui sont éligibles à cette aide, qui représente une remise de dix centimes par litre, selon le gouvernement.",
       {"le gouvernement | selon | Ce sont dix mille foyers qui sont éligibles à cette aide, qui représente une remise de dix centimes par litre | statement | indirect"}},
      {"Trois cents personnes ont défilé jeudi (mille selon les organisateurs), pour la troisième fois.",
       {"les organisateurs | selon | mille | statement | indirect"}},
      {"La remise représente dix centimes par litre, selon le gouvernement.",
       {"le gouvernement | selon | La remise représente dix centimes par litre | statement | indirect"}},
      {"Il faut remplir un dossier pour solliciter une aide.", {}},
  });
}

TEST_CASE("headlines: a speaker then a quotation, with no verb", "[extract][constructions]") {
  check({
      {"Jeanne Martin : « Nous ne lâcherons rien »\n\nLa grève continue.",
       {"Jeanne Martin | - | Nous ne lâcherons rien | statement | direct"}},
      {"Grève des bus : la directrice du réseau « confiante »\n\nLa grève continue.",
       {"la directrice du réseau | - | confiante | statement | direct"}},
      {"Le ministre de la Santé « Nous sommes prêts »\n\nLes hôpitaux attendent.",
       {"Le ministre de la Santé | - | Nous sommes prêts | statement | direct"}},
      // No one named before the quotation: no attribution (GUIDELINES 5.5).
      {"Vidéo : « Une journée historique »\n\nLa foule était nombreuse.", {}},
      {"Municipales : « un scrutin serré »\n\nLe vote a lieu dimanche.", {}},
      // A participle or a clause before the quotation: a sentence about
      // someone, not a quotation of them.
      {"Le maire opéré du genou, son état « rassurant »\n\nIl sortira lundi.", {}},
  });
}

TEST_CASE("indirect questions: si, pourquoi, comment after a cue", "[extract][constructions]") {
  check({
      {"Le maire se demande si la piscine rouvrira.",
       {"Le maire | se demande | si la piscine rouvrira | statement | indirect"}},
      {"Les habitants se demandent pourquoi la route est fermée.",
       {"Les habitants | se demandent | pourquoi la route est fermée | statement | indirect"}},
      {"La ministre a expliqué comment la réforme serait financée.",
       {"La ministre | a expliqué | comment la réforme serait financée | statement | indirect"}},
      {"Le juge dira jeudi s'il accepte la demande.",
       {"Le juge | dira | s'il accepte la demande | statement | indirect"}},
      // The outlet addressing its reader ("on" and a second-person
      // recipient) reports no one, with a question or a que-clause.
      {"On vous explique que les prix augmentent.", {}},
      {"On vous dit pourquoi la route est fermée.", {}},
      {"On nous a expliqué que les prix augmentaient.",
       {"On | nous a expliqué | que les prix augmentaient | statement | indirect"}},
      // An intensifier or a hypothesis is no question.
      {"Il a dit si souvent que la ville était sûre.", {}},
      {"Si la piscine rouvre, le maire sera content.", {}},
  });
}

TEST_CASE("narrative infinitives: Et X d'ajouter", "[extract][constructions]") {
  check({
      {"Et le ministre d'ajouter : « Rien n'est décidé. »",
       {"le ministre | d'ajouter | Rien n'est décidé. | statement | direct"}},
      {"Et la maire de conclure que la fête aurait lieu.",
       {"la maire | de conclure | que la fête aurait lieu | statement | indirect"}},
      {"Et le ministre de l'Intérieur de préciser que la route est fermée.",
       {"le ministre de l'Intérieur | de préciser | que la route est fermée | statement | indirect"}},
      {"Et Jeanne Martin de conclure : « Merci à tous. »",
       {"Jeanne Martin | de conclure | Merci à tous. | statement | direct"}},
      // A "de" after a verb is that verb's; another preposition, no narrative.
      {"Reste à la ministre de préciser que le budget tient.", {}},
      {"Et le public d'applaudir.", {}},
  });
}

TEST_CASE("embedded posts: the text, then its signature line", "[extract][constructions]") {
  check({
      {"Le maire a réagi en ligne.\n\nLa fête aura lieu comme prévu, venez nombreux ! pic.twitter.com/abc\n\n"
       "— Jeanne Martin (@jmartin) March 3, 2023\n\nLa préfecture a confirmé la date.",
       {"Jeanne Martin (@jmartin) | - | La fête aura lieu comme prévu, venez nombreux ! | statement | direct",
        "La préfecture | a confirmé | la date | statement | indirect"}},
      {"Nous serons présents samedi.\n\n– Le club des nageurs (@nageurs_club) 12 juin 2024",
       {"Le club des nageurs (@nageurs_club) | - | Nous serons présents samedi. | statement | direct"}},
      // A dash line with no handle, or a handle with no name, signs no post.
      {"Nous serons présents samedi.\n\n— Jeanne Martin, 12 juin 2024", {}},
      {"Nous serons présents samedi.\n\n— (@nageurs_club) 12 juin 2024", {}},
  });
}

TEST_CASE("a quotation sentence after its speaker's sentence", "[extract][constructions]") {
  check({
      {"La directrice de l'usine a visité l'atelier. « Tout le monde a bien travaillé. »",
       {"La directrice de l'usine | - | Tout le monde a bien travaillé. | statement | direct"}},
      {"Le capitaine est sorti du terrain sous les applaudissements. « Nous avons tout donné ce soir. »",
       {"Le capitaine | - | Nous avons tout donné ce soir. | statement | direct"}},
      // A quotation that goes on into the next sentence belongs to that
      // sentence's cue; a new paragraph is no continuation; a sentence with
      // no speaker before it gives none.
      {"Le capitaine est sorti. « Nous avons tout donné. Nous reviendrons », a-t-il promis.",
       {"il | a-t-il promis | Nous avons tout donné. Nous reviendrons | statement | direct"}},
      {"Le capitaine est sorti du terrain.\n\n« Nous avons tout donné ce soir. »", {}},
      {"Il pleuvait depuis le matin. « Quelle journée. »", {}},
  });
}

TEST_CASE("perception verbs: the object clitic of entendre, voir is who speaks", "[extract][constructions]") {
  check({
      {"Le maire est arrivé tôt. On l'entend dire que la réforme passera.",
       {"l' | entend dire | que la réforme passera | statement | indirect"}},
      {"La ministre était là. On la voit affirmer que le budget tiendra.",
       {"la | voit affirmer | que le budget tiendra | statement | indirect"}},
      {"Le président était furieux. On l'a entendu dire que rien ne changerait.",
       {"l' | a entendu dire | que rien ne changerait | statement | indirect"}},
      // With no object, "on entend dire" is hearsay told by "on"; seeing
      // documents says nothing.
      {"On entend dire que la réforme passera.", {"On | entend dire | que la réforme passera | statement | indirect"}},
      {"Le maire a vu les documents.", {}},
  });
}

TEST_CASE("a contrastive conjunction after a comma opens a clause of its own: the content ends before it",
          "[extract][constructions]") {
  check({
      {"Le maire a dit que le pont rouvrirait en mai, mais les travaux n'ont pas commencé.",
       {"Le maire | a dit | que le pont rouvrirait en mai | statement | indirect"}},
      // "et", which also joins noun phrases, may coordinate what was said.
      {"Le maire a dit que le pont rouvrirait en mai, et que les travaux finiraient en juin.",
       {"Le maire | a dit | que le pont rouvrirait en mai, et que les travaux finiraient en juin | statement | indirect"}},
  });
  check_in("en", {
      {"The harbour master said the quay would reopen in May, but the works have not started.",
       {"The harbour master | said | the quay would reopen in May | statement | indirect"}},
      {"The harbour master said the quay would reopen in May, and the works would end in June.",
       {"The harbour master | said | the quay would reopen in May, and the works would end in June | statement | indirect"}},
  });
}

TEST_CASE("a dative after a circumstance's noun belongs to it: the tag still ends the sentence", "[extract][constructions]") {
  check({
      {"Le pont rouvrira en mai, a écrit la maire dans une lettre aux habitants.",
       {"la maire | a écrit | Le pont rouvrira en mai | statement | indirect"}},
  });
}

TEST_CASE("a refusal's object is part of its cue in French (syntax.tsv refusal_object cue), an act refused is none",
          "[extract][constructions]") {
  check({
      {"Le maire a refusé de commenter.", {"Le maire | a refusé de commenter | - | refusal | none"}},
      {"Le maire a refusé de signer le bail.", {}},
  });
}

TEST_CASE("an object's apposition and its relative clause stay in the object", "[extract][constructions]") {
  check({
      {"La maire a salué le travail de la capitaine du port, Anna Berg, qui s'était montrée patiente.",
       {"La maire | a salué | le travail de la capitaine du port, Anna Berg, qui s'était montrée patiente | statement | indirect"}},
  });
}
