// Affiliation as a table: a passage written for these tests, the text of one
// source mention in it, and that mention's entity's affiliation with its basis:
// "BE stated", "FR inferred", or "-" for none (GUIDELINES 10.5).
#include "entities_test_util.h"

using namespace whosaid;

namespace {

struct Case {
  const char* rule;
  const char* text;
  const char* mention;
  const char* expected;
};

std::string affiliation_of(const Document& doc, int32_t e) {
  if (e < 0) return "no entity";
  const Entity& ent = doc.entities[static_cast<size_t>(e)];
  if (ent.affiliation.empty()) return "-";
  return ent.affiliation + (ent.affiliation_inferred ? " inferred" : " stated");
}

const Case kCases[] = {
    // Country names come from ICU's display names, with or without the
    // accent on the capital.
    {"country name", "La Belgique a protesté, affirmant que la frontière restait ouverte.", "La Belgique", "BE stated"},
    {"country name unaccented", "Les Etats-Unis ont affirmé que l'offre restait valable.", "Les Etats-Unis",
     "US stated"},
    {"country in a complement", "Un porte-parole de la police du Portugal a indiqué que la route était fermée.",
     "Un porte-parole de la police du Portugal", "PT stated"},
    // A city (ICU's exemplar cities of time zones) places the source.
    {"city in a complement", "Le procureur de Madrid a indiqué que l'enquête se poursuivait.",
     "Le procureur de Madrid", "ES stated"},
    // A region (ISO 3166-2 subdivision names of iso-codes).
    {"region in a complement", "Selon la préfecture de la Gironde, la route restera fermée.",
     "la préfecture de la Gironde", "FR stated"},
    {"place in apposition after the mention", "Selon la clinique Saint-Luc, à Lisbonne, le patient va mieux.",
     "la clinique Saint-Luc", "PT stated"},
    // "Maurice" is also a country's name (Mauritius): as a first name it
    // states nothing, and a text that names no country takes the language's
    // home country.
    {"first name, not a country", "Maurice Garnier a déclaré que le club tiendrait bon.", "Maurice Garnier",
     "FR inferred"},
    // The language's home country (nationalities.tsv "home"): a story that
    // names no country twice, and no foreign one more often than the home
    // country, is a domestic story.
    {"language home: no country named",
     "Le maire a annoncé que la piscine rouvrirait. Un habitant a affirmé que l'eau était froide.", "Un habitant",
     "FR inferred"},
    {"language home: the home country named once",
     "Le gouvernement français a annoncé une aide. Un boulanger a estimé que l'aide arrivait trop tard.",
     "Un boulanger", "FR inferred"},
    {"language home: a tie with a foreign country",
     "Le festival accueille un groupe belge et un chanteur français. L'organisatrice a dit que les billets étaient "
     "vendus.",
     "L'organisatrice", "FR inferred"},
    {"no language home when a foreign country is named more",
     "La Finlande a durci ses règles. Le maire a déclaré que le port rouvrirait.", "Le maire", "-"},
    // A social-media account is tied to no country unless the text says one
    // (GUIDELINES 10.5: social-media users with no institution or place).
    {"account: no inferred country",
     "Le maire a annoncé que la piscine rouvrirait. « L'eau est froide », a écrit @nageur_du_dimanche.",
     "@nageur_du_dimanche", "-"},
    {"account: a stated country stays",
     "« La saison est perdue », a écrit @pecheur_breton, militant belge.", "@pecheur_breton", "BE stated"},
    // The document's country: a clear lead of its words.
    {"home country",
     "La Finlande a durci ses règles. En Finlande, les ports restent ouverts. Le maire a déclaré que le port rouvrirait.",
     "Le maire", "FI inferred"},
    {"home country, anonymous too",
     "La Finlande a durci ses règles. À Helsinki, les quais sont calmes. Un pêcheur a affirmé que la saison était perdue.",
     "Un pêcheur", "FI inferred"},
    {"no home country from one word", "La Finlande a durci ses règles. Un pêcheur a affirmé que la saison était perdue.",
     "Un pêcheur", "-"},
    {"stated wins over home",
     "La Finlande a durci ses règles. En Finlande, les ports restent ouverts. Un diplomate suédois a affirmé que "
     "l'accord tenait.",
     "Un diplomate suédois", "SE stated"},
    // Sources tied to no country keep none (GUIDELINES 10.5).
    {"expert: stateless noun",
     "La Finlande a durci ses règles. En Finlande, les ports restent ouverts. Un expert a estimé que la mesure était "
     "tardive.",
     "Un expert", "-"},
    {"international body",
     "La Finlande a durci ses règles. En Finlande, les ports restent ouverts. Un porte-parole de l'ONU a déclaré que "
     "l'aide arriverait.",
     "Un porte-parole de l'ONU", "-"},
    {"Europe is several countries",
     "La Finlande a durci ses règles. En Finlande, les ports restent ouverts. Les Européens ont affirmé que l'accord "
     "tenait.",
     "Les Européens", "-"},
    {"several countries in a plural",
     "Selon les ambassades allemande et italienne, les sanctions resteront en vigueur.",
     "les ambassades allemande et italienne", "-"},
    {"one country in a plural", "Selon les ambassades allemandes, les sanctions resteront en vigueur.",
     "les ambassades allemandes", "DE stated"},
    // Two states alike: no home country; a named person takes the country
    // most of the sources are stated to share.
    {"two-state story: named person",
     "Un responsable russe a déclaré que la Russie négocierait. Un diplomate russe a ajouté que la Russie attendait. "
     "Un officier russe a dit que la Russie tiendrait. Un responsable américain a affirmé que les Etats-Unis répondraient. Un fonctionnaire américain a dit que les "
     "Etats-Unis restaient prudents. M. Orlov a déclaré que la porte restait ouverte.",
     "M. Orlov", "RU inferred"},
};

}  // namespace

TEST_CASE("entities: affiliation table", "[entities][affiliation]") {
  for (const Case& c : kCases) {
    INFO(c.rule << ": " << c.text);
    const Document doc = test::analyse(c.text);
    INFO(test::dump_mentions(doc));
    CHECK(affiliation_of(doc, test::entity_of(doc, c.mention)) == c.expected);
  }
}
