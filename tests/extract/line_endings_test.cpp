// Line breaks of every convention: CR alone (old Mac files, some CMS
// exports), CR LF, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
// SEPARATOR (U+2029) break lines as LF does. With CR alone the seed lost 13 of
// its 35 attributions (issue 8): its lines ran together into sentences.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/french.h"

using namespace whosaid;

namespace {

std::string seed_text() {
  const char* dir = std::getenv("WHOSAID_EXAMPLES");
  REQUIRE(dir != nullptr);
  std::ifstream in(std::filesystem::path(dir) / "reuters-ceasefire-fr.txt", std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Each LF of `text` written as `line_break`.
std::string with_line_breaks(const std::string& text, const std::string& line_break) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += line_break;
    else out += c;
  }
  return out;
}

// The attributions as text, so that documents whose offsets differ compare.
std::vector<std::string> attributions(const Document& doc) {
  std::vector<std::string> out;
  for (const Attribution& a : doc.attributions)
    out.push_back(std::string(doc.slice(a.source)) + " | " + std::string(doc.slice(a.cue)) + " | " +
                  std::to_string(std::count(doc.slice(a.content).begin(), doc.slice(a.content).end(), ' ')) + " | " +
                  std::string(to_string(a.type)) + " | " + std::to_string(a.parent));
  return out;
}

}  // namespace

TEST_CASE("the seed gives the same attributions with every line break convention", "[extract][text]") {
  const std::string lf = seed_text();
  const std::vector<std::string> expected = attributions(test::extract_passage(lf));
  REQUIRE(expected.size() >= 30);
  for (const char* line_break : {"\r", "\r\n", "\xC2\x85", "\xE2\x80\xA8"}) {
    INFO("line break bytes: " << std::string(line_break).size());
    CHECK(attributions(test::extract_passage(with_line_breaks(lf, line_break))) == expected);
  }
}

TEST_CASE("CR, CR LF and the Unicode separators make lines and paragraphs", "[extract][text]") {
  // Two headings and a paragraph: each line is its own sentence.
  for (const char* br : {"\n", "\r", "\r\n", "\xC2\x85", "\xE2\x80\xA8"}) {
    const std::string text = std::string("Un titre sans point") + br + "Un autre titre" + br + br +
                             "Le ministre a déclaré que la réforme serait votée.";
    const Document doc = test::extract_passage(text);
    INFO("line break bytes: " << std::string(br).size());
    REQUIRE(doc.sentences.size() == 3);
    CHECK(doc.sentences[0].heading);
    CHECK(doc.sentences[1].heading);
    CHECK(doc.paragraphs.size() == 2);
    CHECK(doc.attributions.size() == 1);
  }
  // CR LF CR LF is a blank line, as LF LF; one PARAGRAPH SEPARATOR is one too.
  const Document crlf = test::extract_passage("Un titre\r\n\r\nLe ministre a déclaré que la réforme serait votée.");
  CHECK(crlf.paragraphs.size() == 2);
  const Document single_crlf = test::extract_passage("Un titre\r\nUn autre titre");
  CHECK(single_crlf.paragraphs.size() == 1);
  const Document ps = test::extract_passage("Un titre\xE2\x80\xA9Le ministre a déclaré que la réforme serait votée.");
  CHECK(ps.paragraphs.size() == 2);
}
