// Sections of a flattened web page: the shape of each line (a table of lines
// and shapes), the sections of small pages (a table of pages and their
// kind-by-line dump), and the web chrome data file (loads; bad files fail
// with file and line).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "input/page_sections.h"
#include "input/web_chrome.h"

namespace whosaid::input {
namespace {

namespace fs = std::filesystem;

fs::path data_dir() {
  const char* dir = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(dir != nullptr);
  return dir;
}

const WebChrome& french_chrome() {
  static WebChrome chrome;
  static bool loaded = false;
  if (!loaded) {
    const Status s = WebChrome::load(data_dir() / "lang" / "fr" / "web_chrome.tsv", chrome);
    INFO(s.message());
    REQUIRE(s.ok());
    loaded = true;
  }
  return chrome;
}

// One letter per line: c chrome, h header, b body, m comment ("" for a blank line's).
std::string dump(const std::string& text) {
  Document doc;
  doc.text = text;
  detect_sections(doc, french_chrome());
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos && !(end == pos + 1 && text[pos] == '\r')) {
      switch (doc.section_at(static_cast<uint32_t>(pos))) {
        case SectionKind::chrome: out += 'c'; break;
        case SectionKind::header: out += 'h'; break;
        case SectionKind::body: out += 'b'; break;
        case SectionKind::comment: out += 'm'; break;
      }
    }
    pos = end + 1;
  }
  return out;
}

const std::string kPara1 =
    "Le ministre de l'Intérieur a déclaré mardi que la réforme serait présentée au Parlement avant l'été, "
    "malgré l'opposition des syndicats qui dénoncent un texte écrit sans eux et sans concertation préalable.";
const std::string kPara2 =
    "Selon plusieurs sources parlementaires, le gouvernement pourrait recourir à l'article 49.3 si les débats "
    "s'enlisent, une hypothèse que l'entourage du Premier ministre n'a pas démentie lundi soir à Paris.";

}  // namespace

TEST_CASE("each line of a flattened page has a shape", "[input][sections]") {
  struct Row {
    const char* line;
    LineShape shape;
  };
  const Row rows[] = {
      {"Accueil > Monde > Europe", LineShape::navigation},
      {"Accueil du site > Comment publier un article > Un titre (...)", LineShape::navigation},
      {"Politique › Réforme › Les retraites en débat", LineShape::navigation},
      {"SPIP | squelette | | Plan du site | Suivre la vie du site RSS 2.0", LineShape::navigation},
      {"Mentions légales · Contact · © 2024 Le Journal", LineShape::navigation},
      {"Plan du site", LineShape::navigation},
      {"  Partager  ", LineShape::navigation},
      {"Répondre à ce message", LineShape::comment_control},
      {"    Répondre à cet article", LineShape::comment_control},
      {"1 Message", LineShape::comment_heading},
      {"12 commentaires", LineShape::comment_heading},
      {"Vos réactions", LineShape::comment_heading},
      {"https://www.zonebourse.com/actualit…", LineShape::url},
      {"13 février 2024 à 17:36", LineShape::date},
      {"mardi 19 mars 2024, par anonyme (Date de rédaction antérieure : 19 mars 2024).", LineShape::date},
      {"Publié le 03/04/2024", LineShape::date},
      {"Par Jean Dupont", LineShape::byline},
      {"Source : Reuters Guy Faulconbridge et Darya Korsunskaya 13 février 2024", LineShape::credit},
      {"La réforme des retraites adoptée", LineShape::heading},
      {"CONTACTS", LineShape::heading},
      {"Le ministre a déclaré que la réforme serait votée en juin prochain.", LineShape::prose},
      {"Il pleut.", LineShape::short_text},
      {"", LineShape::blank},
      {" \t ", LineShape::blank},
      // Separators inside prose do not make a breadcrumb.
      {"Le taux est passé de 3 > 2 % en un an, a indiqué la banque centrale dans un communiqué publié mardi.",
       LineShape::prose},
  };
  for (const Row& row : rows) {
    INFO("line: '" << row.line << "'");
    const std::vector<PageLine> lines = classify_lines(row.line, french_chrome());
    const LineShape got = lines.empty() ? LineShape::blank : lines[0].shape;
    CHECK(to_string(got) == to_string(row.shape));
  }
}

TEST_CASE("a flattened page gets chrome, header, body and comment sections", "[input][sections]") {
  struct Row {
    const char* name;
    std::string text;
    const char* kinds;  // one letter per non-blank line
  };
  const Row rows[] = {
      {"plain article", kPara1 + "\n\n" + kPara2 + "\n", "bb"},
      {"article with a title", "La réforme en débat\n\n" + kPara1 + "\n\n" + kPara2 + "\n", "hbb"},
      {"full page",
       "LE JOURNAL\nAccueil > Politique > La réforme en débat\n\nLa réforme en débat\n\nPar Jean Dupont\n\n"
       "12 mars 2024 à 10:00\n\n" + kPara1 + "\n\n" + kPara2 + "\n\nINTERTITRE\n\n" + kPara2 +
           "\n\n2 commentaires\n\nJe ne suis pas d'accord avec cette réforme, elle est injuste.\n\nMarcel\n\n"
           "Répondre à ce message\n\nRépondre à cet article\n\nSPIP | squelette | Plan du site | RSS 2.0",
       "cchhhbbbbmmmccc"},
      {"standfirst and credit before the lede",
       "Un titre\n\nUn chapô sans point final, selon des sources\n\nSource : Reuters 13 février 2024\n\n" + kPara1 +
           "\n\n" + kPara2,
       "hhhbb"},
      {"footer without comments", kPara1 + "\n\n" + kPara2 + "\n\nMentions légales | Contact\n", "bbc"},
      {"a lone paragraph", kPara1, "b"},
      {"CRLF lines", "Un titre\r\n\r\n" + kPara1 + "\r\n\r\n" + kPara2 + "\r\n", "hbb"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    CHECK(dump(row.text) == row.kinds);
  }
}

TEST_CASE("sections cover the text in order, without gaps", "[input][sections]") {
  Document doc;
  doc.text = "LE JOURNAL\nAccueil > Politique\n\nTitre\n\n" + kPara1 + "\n\n" + kPara2 + "\n\n1 Message\n\nBof.\n";
  detect_sections(doc, french_chrome());
  REQUIRE(!doc.sections.empty());
  CHECK(doc.sections.front().span.begin == 0);
  CHECK(doc.sections.back().span.end == doc.text.size());
  for (size_t i = 1; i < doc.sections.size(); ++i) {
    CHECK(doc.sections[i].span.begin == doc.sections[i - 1].span.end);
    CHECK(doc.sections[i].kind != doc.sections[i - 1].kind);
  }
  Document empty;
  detect_sections(empty, french_chrome());
  REQUIRE(empty.sections.size() == 1);
  CHECK(empty.sections[0].kind == SectionKind::body);
}

TEST_CASE("a line folds the same whatever the length of its ASCII runs", "[input][sections]") {
  // Pieces end to end in the orders a small generator gives: words of 1 to
  // 13 bytes (folded up to eight bytes at a time), spaces of every kind,
  // '`', two- and three-byte letters. A run of spaces is one space, none at
  // either end; each other piece folds to a known text.
  struct Piece {
    const char* text;
    const char* folded;  // nullptr: a space
  };
  const Piece kPieces[] = {{"Valbourg", "valbourg"}, {"MARTA", "marta"},   {"x", "x"},     {"Lindqvist-Ost", "lindqvist-ost"},
                           {"2026/12", "2026/12"},   {"`", "'"},           {"É", "é"},     {"’", "'"},
                           {"\v", "\v"},             {"Ü", "ü"},           {" ", nullptr}, {"   ", nullptr},
                           {"\t", nullptr},          {"\u00A0", nullptr},  {"\r\n", nullptr}, {"ABCDEFGHIJ", "abcdefghij"}};
  uint32_t seed = 777;
  for (int round = 0; round < 500; ++round) {
    std::string line, expected;
    bool space = false;
    for (int k = 0; k < round % 23; ++k) {
      seed = seed * 1103515245u + 12345u;
      const Piece& p = kPieces[(seed >> 16) % std::size(kPieces)];
      line += p.text;
      if (p.folded == nullptr) {
        space = true;
        continue;
      }
      if (space && !expected.empty()) expected += ' ';
      space = false;
      expected += p.folded;
    }
    INFO("line: " << line);
    CHECK(fold_line(line) == expected);
  }
}

TEST_CASE("the web chrome table folds phrases and rejects bad lines", "[input][sections][bad-data]") {
  CHECK(fold_line("  Répondre   à CET\u00A0article ") == "répondre à cet article");
  CHECK(fold_line("S’abonner") == "s'abonner");
  CHECK(french_chrome().is(WebChrome::comment_control, "répondre à ce message"));
  CHECK(french_chrome().is(WebChrome::agency, "afp"));

  struct Row {
    const char* name;
    const char* content;
    const char* message;  // after the path
  };
  const Row rows[] = {
      {"unknown kind", "separator\t>\ncomment_count\tmessage\nmonth\tmars\nmenu\tAccueil\n", ":4: unknown kind 'menu' near 'menu'"},
      {"one column", "separator\t>\ncomment_count\tmessage\nmonth\tmars\nsite_line\n",
       ":4: expected 2 tab-separated columns, got 1"},
      {"three columns", "separator\t>\nsite_line\tMenu\textra\n", ":2: expected 2 tab-separated columns, got 3"},
      {"no separator", "comment_count\tmessage\nmonth\tmars\n", ": no 'separator' line: the page reader needs at least one"},
  };
  const fs::path dir = fs::temp_directory_path() / ("whosaid-chrome-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const Row& row : rows) {
    INFO(row.name);
    const fs::path file = dir / "web_chrome.tsv";
    std::ofstream(file, std::ios::binary) << row.content;
    WebChrome chrome;
    const Status s = WebChrome::load(file, chrome);
    REQUIRE(!s.ok());
    CHECK(s.code() == StatusCode::bad_data);
    CHECK(s.message() == file.string() + row.message);
  }
  WebChrome none;
  CHECK(WebChrome::load(dir / "missing.tsv", none).code() == StatusCode::io_error);
  fs::remove_all(dir);
}

}  // namespace whosaid::input
