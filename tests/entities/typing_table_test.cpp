// Typing as a table: a passage written for these tests, the text of one source
// mention in it, and the entity that mention must land in, dumped on one line:
//   kind | anonymous | count | affiliation | role | name | qualifiers | reason
// ("-" for an absent value; qualifiers joined by ";").
#include "entities_test_util.h"

using namespace whosaid;

namespace {

struct Case {
  const char* text;
  const char* mention;
  const char* expected;
};

const Case kCases[] = {
    // A determiner right before a name makes a body ("la Fnac"); a common
    // noun between them, a person with a role. An acronym before a given
    // name is the body's name, not the person's.
    {"Le coach Jean Dupont a déclaré que l'équipe était prête.", "Le coach Jean Dupont",
     "person | named | 1 | - | - | Jean Dupont | - | -"},
    {"Le coach du FCV Jean Dupont a déclaré que l'équipe était prête.", "Le coach du FCV Jean Dupont",
     "person | named | 1 | - | - | Jean Dupont | - | -"},
    {"Le capitaine de l'OSC Paul Martin a déclaré que l'équipe était prête.", "Le capitaine de l'OSC Paul Martin",
     "person | named | 1 | - | capitaine de l'OSC | Paul Martin | - | -"},
    {"La Cofrex a annoncé que l'usine fermerait.", "La Cofrex", "organization | named | 1 | - | - | - | - | -"},
    {"Une source russe de haut rang au fait des négociations a déclaré que le plan était prêt.",
     "Une source russe de haut rang au fait des négociations",
     "person | anonymous | 1 | RU | source | - | de haut rang;au fait des négociations | -"},
    {"Une source diplomatique a déclaré que la réunion aurait lieu.", "Une source diplomatique",
     "person | anonymous | 1 | - | source | - | diplomatique | -"},
    {"Selon trois responsables américains, le texte sera signé.", "trois responsables américains",
     "group | anonymous | 3 | US | responsables | - | - | -"},
    {"Deux diplomates allemands ont affirmé que la ligne tenait.", "Deux diplomates allemands",
     "group | anonymous | 2 | DE | diplomates | - | - | -"},
    {"Le Kremlin a démenti que des troupes aient été déplacées.", "Le Kremlin",
     "organization | named | 1 | RU | - | - | - | -"},
    {"La Maison Blanche a déclaré que la rencontre était annulée.", "La Maison Blanche",
     "organization | named | 1 | US | - | - | - | -"},
    {"Le porte-parole du Kremlin a déclaré que la rencontre était annulée.", "Le porte-parole du Kremlin",
     "person | named | 1 | RU | porte-parole du Kremlin | - | - | -"},
    {"Le président ukrainien a déclaré que la ville tiendrait.", "Le président ukrainien",
     "person | named | 1 | UA | président | - | - | -"},
    {"Le président ukrainien Petro Ivanenko a déclaré que la ville tiendrait.",
     "Le président ukrainien Petro Ivanenko", "person | named | 1 | UA | président | Petro Ivanenko | - | -"},
    {"Les Américains ont affirmé que l'offre restait valable.", "Les Américains",
     "group | named | - | US | - | - | - | -"},
    {"Certains au Kremlin estiment que la guerre sera longue.", "Certains au Kremlin",
     "group | anonymous | - | RU | - | - | - | -"},
    {"La police a indiqué que deux personnes avaient été interpellées.", "La police",
     "organization | named | 1 | - | - | - | - | -"},
    {"Un enquêteur a déclaré que la piste était sérieuse.", "Un enquêteur",
     "person | anonymous | 1 | - | enquêteur | - | - | -"},
    {"Le ministre a déclaré que la loi serait votée.", "Le ministre",
     "person | named | 1 | - | ministre | - | - | -"},
    {"L'Espagne a affirmé que l'accord serait respecté.", "L'Espagne",
     "organization | named | 1 | ES | - | - | - | -"},
    // The reason in an incise of the sentence, around the cue.
    {"« Rien n'est décidé », a déclaré à la presse, sous couvert d'anonymat, une source française proche du "
     "dossier.",
     "une source française proche du dossier",
     "person | anonymous | 1 | FR | source | - | proche du dossier | sous couvert d'anonymat"},
    {"Un responsable américain a déclaré, en raison du caractère sensible de la situation, que rien n'était "
     "signé.",
     "Un responsable américain",
     "person | anonymous | 1 | US | responsable | - | - | en raison du caractère sensible de la situation"},
    // A named person's affiliation from a title elsewhere in the text.
    {"Le président brésilien Carlos Mendes est arrivé lundi. M. Mendes a déclaré que la visite était utile.",
     "M. Mendes", "person | named | 1 | BR | président | Carlos Mendes | - | -"},
    // A description whose antecedent is a person named in the text but not a source.
    {"Une lettre a été adressée à la chercheuse Anne Lavigne. « Je ne comprends pas », affirme la spécialiste.",
     "la spécialiste", "person | named | 1 | - | spécialiste | Anne Lavigne | - | -"},
    // GUIDELINES 10.2: a definite singular role names one person; nouns of
    // anonymous sourcing stay anonymous; a definite plural office is a
    // collective; after an indefinite head, a name is the body's. An age
    // ("de 30 ans") is no count.
    {"Le policier a assuré que la rue serait rouverte.", "Le policier", "person | named | 1 | - | policier | - | - | -"},
    {"La jeune femme de 30 ans a affirmé qu'elle avait porté plainte.", "La jeune femme de 30 ans",
     "person | named | 1 | - | - | - | - | -"},
    {"Le fonctionnaire a déclaré que le dossier était clos.", "Le fonctionnaire",
     "person | anonymous | 1 | - | fonctionnaire | - | - | -"},
    {"Les députés ont affirmé que le texte serait amendé.", "Les députés", "group | named | - | - | députés | - | - | -"},
    {"Les salariés ont affirmé que le site fermerait.", "Les salariés", "group | anonymous | - | - | salariés | - | - | -"},
    {"Un porte-parole du collectif Terre Vive a déclaré que la marche aurait lieu.",
     "Un porte-parole du collectif Terre Vive",
     "person | anonymous | 1 | - | porte-parole du collectif Terre Vive | - | - | -"},
    {"Le roman est « bouleversant », écrit @lectrice_du_nord sur son compte.", "@lectrice_du_nord", "person | named | 1 | - | - | - | - | -"},
    // GUIDELINES 10.4: members listed in parentheses give a group's count,
    // also for the body's later mentions; one item is an abbreviation. A
    // definite collective is named, a person's circle is not (10.2).
    {"Dans un texte, la coalition (Terre Vive, Eau Libre et Air Pur) réclame un débat. La coalition a "
     "affirmé que la marche aurait lieu.",
     "La coalition", "group | named | 3 | - | coalition | - | - | -"},
    {"L'entourage du maire a affirmé que la décision était prise.", "L'entourage du maire",
     "group | anonymous | - | - | entourage du maire | - | - | -"},
    {"L'Office national des forêts (ONF) a déclaré que la coupe était suspendue.",
     "L'Office national des forêts (ONF)", "organization | named | 1 | - | - | - | national | -"},
};

}  // namespace

TEST_CASE("typing: what each mention says about its source", "[entities][typing]") {
  for (const Case& c : kCases) {
    INFO(c.text);
    const Document doc = test::analyse(c.text);
    INFO("mentions:\n" << test::dump_mentions(doc));
    const int32_t e = test::entity_of(doc, c.mention);
    INFO("mention '" << c.mention << "'");
    REQUIRE(e >= 0);
    CHECK(test::dump_entity(doc, doc.entities[e]) == c.expected);
  }
}
