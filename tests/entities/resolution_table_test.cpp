// Resolution as a table: short French passages written for these tests (no
// article of the evaluation sets), each with its source mentions in text order
// and a tag per mention: mentions with one tag must land in one entity,
// mentions with different tags in different entities. The traps of the spec
// are here: ordinal members, "l'une des", "une autre", pronouns across two
// candidates, definite descriptions, surnames behind titles.
#include "entities_test_util.h"

using namespace whosaid;

namespace {

struct Expect {
  std::string mention;  // the mention's text
  char tag;             // same tag = same entity
};

struct Chain {
  const char* name;
  const char* text;
  std::vector<Expect> mentions;
};

void check(const Chain& c) {
  INFO(c.name << "\n" << c.text);
  const Document doc = test::analyse(c.text);
  INFO("mentions:\n" << test::dump_mentions(doc));
  std::vector<int32_t> entities;
  std::vector<int> seen_count;
  for (size_t i = 0; i < c.mentions.size(); ++i) {
    int nth = 0;
    for (size_t j = 0; j < i; ++j) nth += c.mentions[j].mention == c.mentions[i].mention;
    const int32_t e = test::entity_of(doc, c.mentions[i].mention, nth);
    INFO("mention '" << c.mentions[i].mention << "' #" << nth);
    REQUIRE(e >= 0);
    entities.push_back(e);
  }
  for (size_t i = 0; i < c.mentions.size(); ++i) {
    for (size_t j = i + 1; j < c.mentions.size(); ++j) {
      INFO("'" << c.mentions[i].mention << "' and '" << c.mentions[j].mention << "'");
      if (c.mentions[i].tag == c.mentions[j].tag)
        CHECK(entities[i] == entities[j]);
      else
        CHECK(entities[i] != entities[j]);
    }
  }
}

const std::vector<Chain> kChains = {
    {"surname behind title and honorific",
     "Le ministre italien Marco Bellini a déclaré que le projet avançait. M. Bellini a ajouté que le calendrier "
     "serait tenu. Selon Bellini, les travaux commenceront en mai.",
     {{"Le ministre italien Marco Bellini", 'A'}, {"M. Bellini", 'A'}, {"Bellini", 'A'}}},
    {"two people, one surname each",
     "Anne Roussel a déclaré que la grève continuerait. Paul Garnier a affirmé que la direction céderait. "
     "Mme Roussel a ajouté que le mouvement était suivi.",
     {{"Anne Roussel", 'A'}, {"Paul Garnier", 'B'}, {"Mme Roussel", 'A'}}},
    {"definite description refers back",
     "Un fonctionnaire canadien a déclaré que les discussions se poursuivaient. Le fonctionnaire canadien a "
     "précisé que rien n'était signé.",
     {{"Un fonctionnaire canadien", 'A'}, {"Le fonctionnaire canadien", 'A'}}},
    {"an indefinite description is a new source",
     "Un fonctionnaire canadien a déclaré que les discussions se poursuivaient. Un fonctionnaire canadien a "
     "affirmé que rien n'était signé.",
     {{"Un fonctionnaire canadien", 'A'}, {"Un fonctionnaire canadien", 'B'}}},
    {"cette source",
     "Une source policière a déclaré que l'homme était connu des services. Selon cette source, il avait déjà "
     "été condamné.",
     {{"Une source policière", 'A'}, {"cette source", 'A'}}},
    {"group, ordinal member, une autre, the group again",
     "Selon quatre sources syndicales, la direction a proposé un accord. Une deuxième source syndicale a "
     "déclaré que le texte était prêt. Une autre source syndicale a affirmé que rien n'était décidé. Les "
     "sources syndicales ont indiqué que le vote aurait lieu lundi.",
     {{"quatre sources syndicales", 'G'},
      {"Une deuxième source syndicale", 'B'},
      {"Une autre source syndicale", 'C'},
      {"Les sources syndicales", 'G'}}},
    {"l'une des: each time a member, never merged",
     "Trois sources allemandes ont déclaré que l'accord était proche. L'une des sources allemandes a ajouté "
     "que Berlin attendait un geste. L'une des sources allemandes a précisé que rien n'était signé.",
     {{"Trois sources allemandes", 'G'}, {"L'une des sources allemandes", 'B'}, {"L'une des sources allemandes", 'C'}}},
    {"pronouns across two candidates of different gender",
     "La juge Claire Fontaine a déclaré que l'enquête était close. L'avocat Paul Morel a répondu que son "
     "client ferait appel. Elle a ajouté que le dossier était complet. Il a affirmé que la décision était "
     "injuste.",
     {{"La juge Claire Fontaine", 'A'}, {"L'avocat Paul Morel", 'B'}, {"Elle", 'A'}, {"Il", 'B'}}},
    {"pronouns across two candidates of different number",
     "Deux experts belges ont affirmé que le pont était fragile. Le maire a déclaré que les travaux "
     "débuteraient en juin. Ils ont ajouté que la circulation devait cesser.",
     {{"Deux experts belges", 'G'}, {"Le maire", 'B'}, {"Ils", 'G'}}},
    {"an inverted clitic after a quotation",
     "Le porte-parole du gouvernement a déclaré que la réforme passerait. « Nous avons le temps », a-t-il "
     "ajouté.",
     {{"Le porte-parole du gouvernement", 'A'}, {"il", 'A'}}},
    {"a role noun from an apposition",
     "Sophie Marchal, directrice de l'association, a déclaré que les dons avaient baissé. La directrice a "
     "ajouté que l'hiver serait difficile.",
     {{"Sophie Marchal, directrice de l'association", 'A'}, {"La directrice", 'A'}}},
    {"a description the named source never had: the latest named person",
     "Yann Kervella a déclaré que la course serait difficile. « Je suis prêt », a confié le navigateur.",
     {{"Yann Kervella", 'A'}, {"le navigateur", 'A'}}},
    {"a conflicting title keeps them apart",
     "La ministre Hélène Vasseur a déclaré que le budget serait voté. La présidente de la région a estimé "
     "que c'était trop tard.",
     {{"La ministre Hélène Vasseur", 'A'}, {"La présidente de la région", 'B'}}},
    {"the named one behind a noun of his",
     "Selon les calculs de Jean Dufresne, le déficit atteindra 3 %. Jean Dufresne a ajouté que la dette "
     "suivrait.",
     {{"les calculs de Jean Dufresne", 'A'}, {"Jean Dufresne", 'A'}}},
    {"an organization and its acronym",
     "Selon l'Observatoire national des prix, les loyers ont augmenté. L'ONP a précisé que la hausse "
     "ralentissait.",
     {{"l'Observatoire national des prix", 'A'}, {"L'ONP", 'A'}}},
    {"an organization by its name",
     "Le Kremlin a démenti que des troupes aient franchi la frontière. La Maison Blanche a déclaré que les "
     "images étaient claires. Le Kremlin a répété que rien n'avait changé.",
     {{"Le Kremlin", 'A'}, {"La Maison Blanche", 'B'}, {"Le Kremlin", 'A'}}},
    {"a pronoun no source antecedes: the latest person named, a subject",
     "La séance reprendra lundi. En cas d'accord, Claire Montel devra signer le texte. Elle a déclaré que les élus "
     "seraient consultés. Selon Mme Montel, le calendrier tiendra.",
     {{"Elle", 'A'}, {"Mme Montel", 'A'}}},
    {"a pronoun no source antecedes: a full name after a preposition",
     "La journée a commencé par une visite du port pour Paul Berthier. « Nous tiendrons », a-t-il déclaré.",
     {{"il", 'A'}}},
    {"a singular pronoun for a group named in the singular",
     "Selon l'équipe de secours, trois randonneurs ont été retrouvés. Elle a précisé qu'ils étaient sains et saufs.",
     {{"l'équipe de secours", 'A'}, {"Elle", 'A'}}},
    {"a function title heads its phrase, not the body after it",
     "Le lieutenant de gendarmerie Marc Levasseur a déclaré que deux suspects étaient recherchés. Le lieutenant "
     "de gendarmerie a précisé qu'ils étaient armés. Il a ajouté que la ville restait calme.",
     {{"Le lieutenant de gendarmerie Marc Levasseur", 'A'}, {"Le lieutenant de gendarmerie", 'A'}, {"Il", 'A'}}},
};

}  // namespace

TEST_CASE("resolution: mention chains land in their entities", "[entities][resolution]") {
  for (const Chain& c : kChains) check(c);
}

TEST_CASE("resolution: ordinals and l'une des are members of the group", "[entities][resolution]") {
  const Document doc = test::analyse(
      "Selon quatre sources syndicales, la direction a proposé un accord. Une deuxième source syndicale a "
      "déclaré que le texte était prêt. L'une des sources syndicales a ajouté que le vote aurait lieu lundi. "
      "Une cinquième source syndicale a affirmé que rien n'était décidé.");
  INFO(test::dump_mentions(doc));
  const int32_t group = test::entity_of(doc, "quatre sources syndicales");
  const int32_t second = test::entity_of(doc, "Une deuxième source syndicale");
  const int32_t one_of = test::entity_of(doc, "L'une des sources syndicales");
  const int32_t fifth = test::entity_of(doc, "Une cinquième source syndicale");
  REQUIRE(group >= 0);
  REQUIRE(second >= 0);
  REQUIRE(one_of >= 0);
  REQUIRE(fifth >= 0);
  CHECK(doc.entities[group].kind == EntityKind::group);
  CHECK(doc.entities[group].count == 4);
  CHECK(doc.entities[second].member_of == static_cast<uint32_t>(group));
  CHECK(doc.entities[one_of].member_of == static_cast<uint32_t>(group));
  // A fifth source cannot belong to a group of four.
  CHECK_FALSE(doc.entities[fifth].member_of.has_value());
}

TEST_CASE("resolution: a pronoun takes the name of the person it stands for", "[entities][resolution]") {
  const Document doc = test::analyse(
      "La journée a commencé par une visite du port pour Paul Berthier. « Nous tiendrons », a-t-il déclaré.");
  const int32_t e = test::entity_of(doc, "il");
  REQUIRE(e >= 0);
  CHECK(doc.entities[e].name == "Paul Berthier");
  CHECK_FALSE(doc.entities[e].anonymous);
}

TEST_CASE("resolution: every later mention records its rule", "[entities][resolution]") {
  const Document doc = test::analyse(
      "Le ministre italien Marco Bellini a déclaré que le projet avançait. M. Bellini a ajouté que le "
      "calendrier serait tenu. Il a précisé que le budget était prêt.");
  const int32_t e = test::entity_of(doc, "M. Bellini");
  REQUIRE(e >= 0);
  CHECK(doc.entities[e].merge_rules == std::vector<std::string>{"surname", "pronoun"});
  CHECK(doc.entities[e].mentions.size() == 3);
}
