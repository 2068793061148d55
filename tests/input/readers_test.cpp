// The input readers alone: provenance from credit lines (a table of headers
// and the provenance each gives), HTML to text and sections, and JSON Lines
// (good lines, and a table of bad lines with the error each gives).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "input/page_sections.h"
#include "input/provenance.h"
#include "input/read_html.h"
#include "input/read_jsonl.h"

namespace whosaid::input {
namespace {

const WebChrome& chrome() {
  static WebChrome loaded;
  static bool done = false;
  if (!done) {
    const char* dir = std::getenv("WHOSAID_DATA_DIR");
    REQUIRE(dir != nullptr);
    const Status s = WebChrome::load(std::filesystem::path(dir) / "lang" / "fr" / "web_chrome.tsv", loaded);
    INFO(s.message());
    REQUIRE(s.ok());
    done = true;
  }
  return loaded;
}

const std::string kBody =
    "Le ministre de l'Intérieur a déclaré mardi que la réforme serait présentée au Parlement avant l'été, "
    "malgré l'opposition des syndicats qui dénoncent un texte écrit sans eux et sans concertation préalable.\n\n"
    "Selon plusieurs sources parlementaires, le gouvernement pourrait recourir à l'article 49.3 si les débats "
    "s'enlisent, une hypothèse que l'entourage du Premier ministre n'a pas démentie lundi soir à Paris.\n";

std::string dump(const Provenance& p) {
  std::string authors;
  for (const std::string& a : p.authors) authors += (authors.empty() ? "" : "+") + a;
  return "agency=" + p.agency + " authors=" + authors + " date=" + p.date + " url=" + p.original_url;
}

// Writes `content` to a temporary file and reads it back with a JsonlReader.
struct JsonlFile {
  explicit JsonlFile(const std::string& content) : file(std::tmpfile()) {
    REQUIRE(file != nullptr);
    std::fwrite(content.data(), 1, content.size(), file);
    std::rewind(file);
  }
  ~JsonlFile() { std::fclose(file); }
  std::FILE* file;
};

}  // namespace

TEST_CASE("credits, bylines and datelines give the provenance", "[input][provenance]") {
  struct Row {
    const char* header;  // lines before the body
    const char* body_start;
    const char* expected;
  };
  const Row rows[] = {
      {"Un titre\n\nSource : Reuters Guy Faulconbridge et Darya Korsunskaya 13 février 2024\n\n", "",
       "agency=Reuters authors=Guy Faulconbridge+Darya Korsunskaya date=13 février 2024 url="},
      {"Un titre\n\nPar Jean Dupont avec AFP\n\n", "", "agency=AFP authors=Jean Dupont date= url="},
      {"Un titre\n\nhttps://example.org/original-article\n\n13 février 2024 à 17:36\n\n", "",
       "agency= authors= date=13 février 2024 à 17:36 url=https://example.org/original-article"},
      {"Un titre\n\nmardi 19 mars 2024, par anonyme (Date de rédaction antérieure : 19 mars 2024).\n\n", "",
       "agency= authors= date=mardi 19 mars 2024 url="},
      {"Un titre\n\nSource : Le Monde, 2 mars 2024\n\n", "", "agency=Le Monde authors= date=2 mars 2024 url="},
      {"", "MOSCOU (Reuters) - ", "agency=Reuters authors= date= url="},
      {"Un titre\n\n", "", "agency= authors= date= url="},
  };
  for (const Row& row : rows) {
    INFO(row.header << row.body_start);
    Document doc;
    doc.text = std::string(row.header) + row.body_start + kBody;
    detect_sections(doc, chrome());
    detect_provenance(doc, chrome());
    CHECK(dump(doc.provenance) == row.expected);
  }
}

TEST_CASE("an HTML page becomes header, body and comment text without its chrome", "[input][html]") {
  const std::string page =
      "<!DOCTYPE html><html><head><title>Titre de page</title><meta name=\"author\" content=\"Jean Dupont\">"
      "<meta property=\"og:site_name\" content=\"Le Journal\"><script>var x = 'a déclaré que';</script></head>"
      "<body><header><nav><a>Accueil</a> <a>Monde</a></nav></header>"
      "<article><h1>La  réforme\n en débat</h1><p class=\"byline\">Par Jean Dupont</p>"
      "<p>Le ministre a déclaré que la réforme<br>serait votée.</p><aside>Lire aussi : autre chose</aside>"
      "<div class=\"share-buttons\">Partager</div><p>Deuxième &amp; dernier paragraphe.</p></article>"
      "<section id=\"comments\"><div class=\"comment\"><p>Un lecteur dit non.</p>"
      "<a class=\"comment-reply-link\">Répondre</a></div></section>"
      "<footer>Mentions légales</footer><style>p { color: red; }</style></body></html>";
  Document doc;
  const Status s = html_to_document(page, "page.html", chrome(), doc);
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(doc.text ==
        "La réforme en débat\n\nPar Jean Dupont\n\nLe ministre a déclaré que la réforme\nserait votée.\n\n"
        "Deuxième & dernier paragraphe.\n\nUn lecteur dit non.\n");
  REQUIRE(doc.sections.size() == 3);
  CHECK(doc.sections[0].kind == SectionKind::header);
  CHECK(doc.slice(doc.sections[0].span) == "La réforme en débat\n\nPar Jean Dupont\n\n");
  CHECK(doc.sections[1].kind == SectionKind::body);
  CHECK(doc.sections[2].kind == SectionKind::comment);
  CHECK(doc.slice(doc.sections[2].span) == "Un lecteur dit non.\n");
  CHECK(doc.provenance.publisher == "Le Journal");
  CHECK(doc.provenance.input_format == "html");
  REQUIRE(doc.provenance.authors.size() == 1);

  struct Bad {
    const char* html;
    const char* message;
  };
  const Bad bad[] = {
      {"<html><body><nav>Accueil</nav><script>x</script></body></html>", "p.html: no article text in the HTML page"},
      {"<p>caf\xC3</p>", "p.html:1: byte 6: invalid UTF-8 sequence near '<p>caf\\xC3</p>'"},
  };
  for (const Bad& b : bad) {
    Document d;
    const Status e = html_to_document(b.html, "p.html", chrome(), d);
    CHECK(e.code() == StatusCode::invalid_input);
    CHECK(e.message() == b.message);
  }
}

// Found probing the reader: 40,000 nested <div> took 16 s (tree construction
// is quadratic in depth), 100,000 unclosed <b> over a minute.
TEST_CASE("HTML nested deeper than 512 elements is refused before parsing, flat markup is not", "[input][html]") {
  auto repeat = [](std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::string text = "Le porte-parole a dit que tout allait bien.";
  struct Case {
    std::string html;
    bool ok;
  };
  const Case cases[] = {
      {repeat("<div>", 512) + text + repeat("</div>", 512), true},
      // Siblings, and elements the next one closes, do not deepen the tree.
      {repeat("<div>" + text + "</div>\n", 5000), true},
      {repeat("<p>" + text + "\n", 5000), true},
      {repeat("<li><p>" + text + "<br><img src=x>", 2000), true},
      {repeat("<span>" + text + "</span>", 2000), true},
      // Markup in comments and scripts is text.
      {"<!--" + repeat("<div>", 2000) + "--><script>" + repeat("<div>", 2000) + "</SCRIPT><p>" + text, true},
      {repeat("<div>", 513) + text, false},
      {repeat("<b>", 600) + text, false},
      {"<article>\n" + repeat("<section><div>", 300) + text, false},
  };
  for (const Case& c : cases) {
    Document d;
    const Status s = html_to_document(c.html, "p.html", chrome(), d);
    INFO(c.html.substr(0, 80));
    CHECK(s.ok() == c.ok);
    if (!c.ok) CHECK(s.message().find("HTML nested deeper than 512 elements") != std::string::npos);
  }
  Document d;
  const Status s = html_to_document("<html>\n<body>\n" + repeat("<div>", 600), "p.html", chrome(), d);
  // The 513th <div>: 14 bytes of <html> and <body> lines, then 512 of 5 bytes.
  CHECK(s.message() == "p.html:3: byte 2574: HTML nested deeper than 512 elements");
}

TEST_CASE("JSON Lines give one document per line, metadata carried through", "[input][jsonl]") {
  JsonlFile f("{\"id\": \"a\", \"text\": \"Le ministre a déclaré que oui.\", \"source\": \"x\", \"n\": 3}\r\n"
              "\n"
              "{\"id\": 7, \"html\": \"<article><p>Il a dit non.</p></article>\"}\n"
              "{\"text\": \"Sans identifiant.\"}");
  JsonlReader reader(f.file, "corpus.jsonl", chrome());
  Document doc;
  Status s;
  REQUIRE(reader.next(doc, s));
  REQUIRE(s.ok());
  CHECK(doc.id == "a");
  CHECK(doc.name == "a");
  CHECK(doc.text == "Le ministre a déclaré que oui.");
  CHECK(doc.metadata_json == "{\"n\":3,\"source\":\"x\"}");
  REQUIRE(reader.next(doc, s));
  REQUIRE(s.ok());
  CHECK(doc.id == "7");
  CHECK(doc.name == "7");
  CHECK(doc.text == "Il a dit non.\n");
  CHECK(doc.provenance.input_format == "html");
  REQUIRE(reader.next(doc, s));
  REQUIRE(s.ok());
  CHECK(doc.id == "corpus.jsonl:4");
  CHECK(!reader.next(doc, s));
  CHECK(reader.io_status().ok());
}

TEST_CASE("a broken JSON line gives an error with its line number, and the next line still reads", "[input][jsonl]") {
  struct Row {
    std::string line;
    std::string message;
  };
  const Row rows[] = {
      {"{\"id\": \"a\", \"text\": ", "c.jsonl:1: byte 20: not JSON: parse error at line 1, column 21: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal near '{\"id\": \"a\", \"text\": '"},
      {"[1, 2]", "c.jsonl:1: a line must be a JSON object"},
      {"{\"id\": \"a\"}", "c.jsonl:1: missing \"text\" or \"html\""},
      {"{\"id\": \"a\", \"text\": 3}", "c.jsonl:1: \"text\" must be a string"},
      {"{\"id\": [1], \"text\": \"x\"}", "c.jsonl:1: \"id\" must be a string or an integer"},
      {"{\"id\": \"a\", \"text\": \"  \"}", "c.jsonl:1: empty \"text\": nothing to analyse"},
      {"{\"id\": \"a\", \"text\": \"caf\xC3\"}", "c.jsonl:1: byte 24: invalid UTF-8 sequence near 'a\", \"text\": \"caf\\xC3\"}'"},
      {"{\"id\": \"a\", \"text\": \"nul \\u0000\"}", "c.jsonl:1: NUL byte (binary file?)"},
      {"{\"id\": \"a\", \"text\": \"" + std::string(300, 'x') + "\"}", "c.jsonl:1: line of 323 bytes is longer than the limit of 256 bytes"},
  };
  for (const Row& row : rows) {
    INFO(row.line.substr(0, 60));
    JsonlFile f(row.line + "\n{\"id\": \"next\", \"text\": \"Une ligne saine.\"}\n");
    JsonlReader reader(f.file, "c.jsonl", chrome(), 256);
    Document doc;
    Status s;
    REQUIRE(reader.next(doc, s));
    CHECK(s.code() == StatusCode::invalid_input);
    CHECK(s.message() == row.message);
    REQUIRE(reader.next(doc, s));
    CHECK(s.ok());
    CHECK(doc.id == "next");
    CHECK(reader.line() == 2);
  }
}

}  // namespace whosaid::input
