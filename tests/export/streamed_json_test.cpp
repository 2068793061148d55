// document_json.h: a document's JSON handed on in pieces (the extract command
// streams long documents so) is byte for byte the JSON written whole, in both
// styles, whatever the piece size, with the text of an HTML page cut in pieces
// that never split a character.
#include <catch2/catch.hpp>

#include <string>

#include "export/document_json.h"
#include "hostile_fixture.h"

using namespace whosaid;

TEST_CASE("a document's JSON in pieces is its JSON written whole", "[export][json][stream]") {
  Document doc = testing::hostile_document();
  doc.provenance.input_format = "html";  // the text is written too, in pieces
  doc.text += " é😀«»\\\"\t fin";
  doc.windowed.tokens = 7;
  for (const JsonWriter::Style style : {JsonWriter::Style::one_line, JsonWriter::Style::indented}) {
    std::string whole;
    write_document_json(doc, style, whole);
    REQUIRE(whole.find("\"tokens\":") != std::string::npos);
    for (const size_t piece : {size_t{1}, size_t{3}, size_t{64}, size_t{4096}, size_t{1} << 20}) {
      INFO("piece " << piece);
      std::string buffer, joined;
      size_t pieces = 0, largest = 0;
      write_document_json(doc, style, buffer, [&](std::string_view p) {
        joined += p;
        ++pieces;
        largest = std::max(largest, p.size());
      }, piece);
      CHECK(joined == whole);
      if (piece < 64) CHECK(pieces > doc.attributions.size());
      if (piece == 4096) CHECK(largest < whole.size() / 2);  // the text went in pieces too
    }
  }
}

TEST_CASE("a windowed document's counts are its stats", "[export][json]") {
  Document doc;
  doc.text = "texte";
  doc.windowed = {3, 1200, 80, 9};
  std::string out;
  write_document_json(doc, JsonWriter::Style::one_line, out);
  CHECK(out.find(R"("stats":{"characters":5,"quotations":9,"sentences":80,"tokens":1200})") != std::string::npos);
}
