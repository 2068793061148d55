// The roles the patterns read from the language data (function_words.tsv,
// pronouns.tsv, verbs.tsv, phrases.tsv; docs/extraction.md, "Roles, not
// words"), one table per role family, on sentences written for these tests.
// Each row fails if its role is missing from the data or the pattern stops
// reading it: "était-il précisé" needs the impersonal pronoun and the passive
// auxiliary in any tense, "lui a confié" the dative clitic, "selon eux" the
// disjunctive pronoun.
#include <catch2/catch.hpp>

#include "table_dump.h"

using whosaid::test::check;

TEST_CASE("roles: clitics before the verb and inverted after it", "[extract][roles]") {
  check({
      // impersonal_pronoun + passive_auxiliary, whatever the tense of the auxiliary
      {"L'incendie a été maîtrisé, était-il précisé dans le rapport.",
       {"le rapport | était-il précisé | L'incendie a été maîtrisé | statement | indirect"}},
      {"Le pont restera fermé, sera-t-il indiqué dans le communiqué.",
       {"le communiqué | sera-t-il indiqué | Le pont restera fermé | statement | indirect"}},
      // generic_pronoun + informant_preposition + genitive
      {"Le chantier est arrêté, a-t-on appris auprès de la mairie.",
       {"la mairie | a-t-on appris | Le chantier est arrêté | statement | indirect"}},
      // dative_clitic: the recipient before the verb is no subject
      {"L'entraîneur lui a confié que l'équipe était fatiguée.",
       {"L'entraîneur | lui a confié | que l'équipe était fatiguée | statement | indirect"}},
      {"Le directeur nous a assuré que les salaires seraient versés.",
       {"Le directeur | nous a assuré | que les salaires seraient versés | statement | indirect"}},
      // reflexive_clitic + dative link of the refusal
      {"Le club s'est refusé à tout commentaire.", {"Le club | s'est refusé à tout commentaire | - | refusal | none"}},
      // accusative_clitic before an infinitive
      {"Le conseil demande à la mairie de la retirer.",
       {"Le conseil | demande | de la retirer | statement | indirect"}},
  });
}

TEST_CASE("roles: comparison, relative, agent, negation, gerund", "[extract][roles]") {
  check({
      // comparison + neuter_clitic
      {"La gare est fermée, comme l'a annoncé la direction régionale.",
       {"la direction régionale | comme l'a annoncé | La gare est fermée | statement | indirect"}},
      {"La gare est fermée, comme le rapporte le quotidien régional.",
       {"le quotidien régional | comme le rapporte | La gare est fermée | statement | indirect"}},
      // subject_relative: the antecedent speaks
      {"L'avocate, qui a rappelé que la loi est claire, a quitté la salle.",
       {"L'avocate | a rappelé | que la loi est claire | statement | indirect"}},
      // agent_preposition
      {"Le projet a été dénoncé par les riverains.", {"les riverains | a été dénoncé | Le projet | statement | indirect"}},
      // negation_particle, closed by another negation word
      {"Le préfet n'a jamais dit que la route était sûre.",
       {"Le préfet | n'a jamais dit | que la route était sûre | statement | indirect"}},
      // gerund_marker
      {"La présidente a quitté la salle, en précisant que le vote était reporté.",
       {"La présidente | en précisant | que le vote était reporté | statement | indirect"}},
      // genitive link of the refusal
      {"Le club a refusé de commenter la décision.", {"Le club | a refusé de commenter | - | refusal | none"}},
  });
}

TEST_CASE("roles: disjunctive pronouns and adverbs by part of speech", "[extract][roles]") {
  check({
      {"Selon eux, la réforme est injuste.", {"eux | Selon | la réforme est injuste | statement | indirect"}},
      {"D'après elle, le calendrier sera tenu.", {"elle | D'après | le calendrier sera tenu | statement | indirect"}},
      // an adverb no table lists: the morph stage tags it ADV
      {"Le ministre a fermement démenti que la taxe augmenterait.",
       {"Le ministre | a fermement démenti | que la taxe augmenterait | denial | indirect"}},
      {"Le syndicat a longuement expliqué que la grève continuerait.",
       {"Le syndicat | a longuement expliqué | que la grève continuerait | statement | indirect"}},
      // genitive + adverb: "de même" stands between auxiliary and participle
      {"Le maire a de même déclaré que la piscine rouvrira.",
       {"Le maire | a de même déclaré | que la piscine rouvrira | statement | indirect"}},
      // an interrogative adverb opens a question, it is not stepped over
      {"On vous explique pourquoi les prix augmentent.", {}},
  });
}
