// pipeline.h: a document longer than PipelineOptions::window_bytes is analysed
// in windows. With the window lowered to a few KiB, small documents show it:
// the windows give the attributions the whole document gives, and a cut never
// falls inside a UTF-8 sequence or a token.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/pipeline.h"

using namespace whosaid;

namespace {

const Pipeline& pipeline_with_window(uint32_t window_bytes) {
  static std::map<uint32_t, Pipeline> pipelines;
  auto it = pipelines.find(window_bytes);
  if (it != pipelines.end()) return it->second;
  const char* dir = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(dir != nullptr);
  PipelineOptions options;
  options.data_dir = dir;
  options.window_bytes = window_bytes;
  Pipeline p;
  const Status s = Pipeline::create(options, p);
  INFO(s.message());
  REQUIRE(s.ok());
  return pipelines.emplace(window_bytes, std::move(p)).first->second;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Document analysed(const std::string& text, uint32_t window_bytes) {
  Document doc;
  doc.name = "test";
  doc.text = text;
  const Status s = pipeline_with_window(window_bytes).analyze(doc);
  INFO(s.message());
  REQUIRE(s.ok());
  return doc;
}

// What each attribution says, in the whole document's offsets, one line each.
std::vector<std::string> attributions(const Document& doc) {
  std::vector<std::string> out;
  for (const Attribution& a : doc.attributions) {
    std::ostringstream line;
    line << a.rule << " s" << a.sentence << " type " << static_cast<int>(a.type) << " quote " << static_cast<int>(a.quote)
         << (a.parent >= 0 ? " nested" : "") << " | cue " << doc.slice(a.cue) << "@" << a.cue.begin << " | source "
         << (a.source_mention >= 0 ? doc.slice(a.source) : "") << " | recipient "
         << (a.recipient ? doc.slice(*a.recipient) : "") << " | content@" << a.content.begin << " "
         << doc.slice(a.content);
    out.push_back(line.str());
  }
  return out;
}

// Every index of a windowed document points where it should.
void check_links(const Document& doc) {
  for (size_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    CHECK(a.id == i + 1);
    CHECK(a.parent < static_cast<int32_t>(doc.attributions.size()));
    if (a.source_mention >= 0) {
      REQUIRE(static_cast<size_t>(a.source_mention) < doc.mentions.size());
      CHECK(doc.mentions[static_cast<size_t>(a.source_mention)].span == a.source);
    }
    CHECK(a.content.end <= doc.text.size());
  }
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    CHECK(doc.entities[e].id == e + 1);
    for (uint32_t m : doc.entities[e].mentions) {
      REQUIRE(m < doc.mentions.size());
      CHECK(doc.mentions[m].entity == static_cast<int32_t>(e));
    }
    if (doc.entities[e].member_of) CHECK(*doc.entities[e].member_of < doc.entities.size());
  }
}

// The cut points must be character starts and token boundaries of the whole text.
void check_cuts(const std::string& text, uint32_t window_bytes) {
  const Document whole = analysed(text, 0);
  const std::vector<uint32_t> ends = pipeline_with_window(window_bytes).window_ends(text);
  REQUIRE(!ends.empty());
  CHECK(ends.back() == text.size());
  uint32_t begin = 0;
  for (uint32_t end : ends) {
    INFO("window [" << begin << ", " << end << ") of " << text.size());
    REQUIRE(end > begin);
    if (end < text.size()) {
      CHECK((static_cast<unsigned char>(text[end]) & 0xC0) != 0x80);
      for (const Token& t : whole.tokens) CHECK_FALSE((t.original.begin < end && end < t.original.end));
    }
    begin = end;
  }
}

}  // namespace

TEST_CASE("a document cut in windows gives the attributions of the whole", "[pipeline][windows]") {
  const char* examples = std::getenv("WHOSAID_EXAMPLES");
  REQUIRE(examples != nullptr);
  const std::string text = read_file(std::filesystem::path(examples) / "reuters-ceasefire-fr.txt");
  const Document whole = analysed(text, 0);
  REQUIRE(whole.attributions.size() > 10);
  CHECK(whole.windowed.windows == 0);
  for (const uint32_t window : {2048u, 4096u}) {
    INFO("window " << window);
    REQUIRE(pipeline_with_window(window).window_ends(text).size() > 1);
    const Document parts = analysed(text, window);
    CHECK(parts.windowed.windows == pipeline_with_window(window).window_ends(text).size());
    CHECK(parts.tokens.empty());
    CHECK(parts.windowed.tokens == whole.tokens.size());
    CHECK(parts.windowed.sentences == whole.sentences.size());
    CHECK(parts.windowed.quotations == whole.quotes.size());
    CHECK(attributions(parts) == attributions(whole));
    CHECK(parts.sections.size() == whole.sections.size());
    CHECK(parts.audit.attributions == whole.audit.attributions);
    check_links(parts);
  }
}

TEST_CASE("the dev articles cut in windows give the attributions of the whole", "[pipeline][windows]") {
  const char* data = std::getenv("WHOSAID_TEST_DATA");
  REQUIRE(data != nullptr);
  size_t articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(data) / "cli" / "fr-dev" / "text")) {
    if (entry.path().extension() != ".txt") continue;
    ++articles;
    INFO(entry.path().filename().string());
    const std::string text = read_file(entry.path());
    const Document whole = analysed(text, 0);
    const Document parts = analysed(text, 1024);
    CHECK(parts.windowed.windows > 1);
    CHECK(parts.windowed.sentences == whole.sentences.size());
    CHECK(attributions(parts) == attributions(whole));
    check_links(parts);
  }
  CHECK(articles >= 5);
}

TEST_CASE("a single line of sentences is cut at sentence starts and gives the same attributions",
          "[pipeline][windows]") {
  const char* examples = std::getenv("WHOSAID_EXAMPLES");
  REQUIRE(examples != nullptr);
  std::string text = read_file(std::filesystem::path(examples) / "reuters-ceasefire-fr.txt");
  for (char& c : text)
    if (c == '\n') c = ' ';
  const Document whole = analysed(text, 0);
  const Document parts = analysed(text, 4096);
  REQUIRE(parts.windowed.windows > 1);
  CHECK(parts.windowed.sentences == whole.sentences.size());
  CHECK(attributions(parts) == attributions(whole));
  // Each cut is the start of one of the whole text's sentences.
  const std::vector<uint32_t> ends = pipeline_with_window(4096).window_ends(text);
  for (size_t i = 0; i + 1 < ends.size(); ++i) {
    bool sentence_start = false;
    for (const Sentence& s : whole.sentences) sentence_start = sentence_start || s.original.begin == ends[i];
    CHECK(sentence_start);
  }
  check_links(parts);
}

TEST_CASE("a cut never splits a UTF-8 sequence or a token", "[pipeline][windows]") {
  // Accented words, words joined by apostrophes and hyphens, quotation marks,
  // a long word with no space in it, and a run of quotation marks.
  std::string text;
  for (int i = 0; i < 40; ++i) text += "L'été dernier, « déjà » à Zürich–Genève l’aujourd’hui 😀 œuvre ";
  text += std::string(40, 'x');
  for (int i = 0; i < 60; ++i) text += "é";
  text += " fin ";
  for (int i = 0; i < 50; ++i) text += "«»\"“”„‹›";
  text += " très très très bien.\n";
  for (const uint32_t window : {61u, 64u, 97u, 128u, 257u, 1000u}) {
    INFO("window " << window);
    check_cuts(text, window);
    const std::vector<uint32_t> ends = pipeline_with_window(window).window_ends(text);
    CHECK(ends.size() > 1);
    // Windows are no longer than asked, but for the one holding the long word.
    uint32_t begin = 0, longer = 0;
    for (uint32_t end : ends) {
      if (end - begin > window) ++longer;
      begin = end;
    }
    CHECK(longer <= (window < 160 ? 1u : 0u));
    const Document parts = analysed(text, window);
    check_links(parts);
  }
}

TEST_CASE("windows of a few bytes still cut between tokens and analyse", "[pipeline][windows]") {
  const std::string text = "  Il a dit : « oui ».\n\n  Elle a répondu que non, à Zürich 😀 «»«»\"\" fin.  ";
  for (const uint32_t window : {1u, 2u, 7u}) {
    INFO("window " << window);
    check_cuts(text, window);
    CHECK(pipeline_with_window(window).window_ends(text).size() > 3);
    check_links(analysed(text, window));
  }
}

TEST_CASE("a document no longer than the window is analysed whole", "[pipeline][windows]") {
  const std::string text = "Le ministre a déclaré que la situation était grave.\n";
  const Document doc = analysed(text, static_cast<uint32_t>(text.size()));
  CHECK(doc.windowed.windows == 0);
  CHECK(!doc.tokens.empty());
  CHECK(pipeline_with_window(static_cast<uint32_t>(text.size())).window_ends(text) ==
        std::vector<uint32_t>{static_cast<uint32_t>(text.size())});
}
