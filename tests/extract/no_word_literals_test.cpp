// The extractor names roles, never words (issue 10): no string or character
// literal of src/extract/ holds a letter, outside comments, so the same C++
// reads another language's data folder. The one exception is a rule id
// ("fr.que"): an identifier of the output, not a word matched against text,
// and only when docs/extraction.md documents it. Punctuation literals (",",
// ":", "(") are no words and pass.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Literal {
  std::string text;  // between the quotes, as written
  int line = 0;
};

// The string and character literals of C++ source, outside comments and
// #include lines. A small lexer: comments, literals with their escapes, and
// raw strings R"(...)" (read whole, delimiter included).
std::vector<Literal> literals_of(const std::string& src) {
  std::vector<Literal> out;
  int line = 1;
  size_t i = 0;
  bool line_start = true;
  while (i < src.size()) {
    const char c = src[i];
    if (c == '\n') {
      ++line;
      line_start = true;
      ++i;
      continue;
    }
    if (line_start && c == '#') {  // a preprocessor line: its quotes are a file name
      while (i < src.size() && src[i] != '\n') ++i;
      continue;
    }
    if (c != ' ' && c != '\t') line_start = false;
    if (src.compare(i, 2, "//") == 0) {
      while (i < src.size() && src[i] != '\n') ++i;
      continue;
    }
    if (src.compare(i, 2, "/*") == 0) {
      const size_t close = src.find("*/", i + 2);
      const size_t stop = close == std::string::npos ? src.size() : close + 2;
      for (size_t k = i; k < stop; ++k) line += src[k] == '\n';
      i = stop;
      continue;
    }
    if (c == 'R' && src.compare(i + 1, 1, "\"") == 0 && (i == 0 || !isalnum(static_cast<unsigned char>(src[i - 1])))) {
      const size_t open = src.find('(', i + 2);
      const std::string delimiter = ")" + src.substr(i + 2, open - i - 2) + "\"";
      const size_t close = src.find(delimiter, open);
      const size_t stop = close == std::string::npos ? src.size() : close + delimiter.size();
      out.push_back({src.substr(open + 1, close - open - 1), line});
      for (size_t k = i; k < stop; ++k) line += src[k] == '\n';
      i = stop;
      continue;
    }
    if (c == '"' || c == '\'') {
      // A digit separator (1'000'000) is no character literal.
      if (c == '\'' && i > 0 && isxdigit(static_cast<unsigned char>(src[i - 1]))) {
        ++i;
        continue;
      }
      size_t k = i + 1;
      std::string text;
      while (k < src.size() && src[k] != c && src[k] != '\n') {
        if (src[k] == '\\' && k + 1 < src.size()) text += src[k++];
        text += src[k++];
      }
      out.push_back({text, line});
      i = k + 1;
      continue;
    }
    ++i;
  }
  return out;
}

// A letter of any script: ASCII letters, and every byte of a multi-byte
// UTF-8 character (é, ç, ß). An escape's letter (\n, \t, \x27) is none.
bool holds_a_letter(const std::string& text) {
  for (size_t k = 0; k < text.size(); ++k) {
    const unsigned char b = static_cast<unsigned char>(text[k]);
    if (b == '\\') {
      ++k;
      if (k < text.size() && (text[k] == 'x' || text[k] == 'u' || text[k] == 'U'))
        while (k + 1 < text.size() && isxdigit(static_cast<unsigned char>(text[k + 1]))) ++k;
      continue;
    }
    if (b >= 0x80 || isalpha(b)) return true;
  }
  return false;
}

// "fr.que", "fr.postposed.inverted": the shape of a rule id.
bool rule_id_shape(const std::string& text) {
  if (text.rfind("fr.", 0) != 0 || text.size() < 4) return false;
  for (const char c : text)
    if (!(islower(static_cast<unsigned char>(c)) || c == '_' || c == '.')) return false;
  return true;
}

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every literal of `src` that is a word: "file:line: "literal"". A rule id
// documented in `rule_doc` passes: of the extractor's shape ("fr.que"), or any
// shape when `any_shape` (the entity stage's merge rules: "same-name").
std::vector<std::string> word_literals(const std::string& name, const std::string& src, const std::string& rule_doc,
                                       bool any_shape = false) {
  std::vector<std::string> out;
  for (const Literal& l : literals_of(src)) {
    if (!holds_a_letter(l.text)) continue;
    if ((any_shape || rule_id_shape(l.text)) && rule_doc.find("`" + l.text + "`") != std::string::npos) continue;
    out.push_back(name + ":" + std::to_string(l.line) + ": \"" + l.text + "\"");
  }
  return out;
}

const fs::path docs_dir() {
  const char* docs = std::getenv("WHOSAID_DOCS");
  REQUIRE(docs != nullptr);
  return docs;
}

}  // namespace

TEST_CASE("the scanner finds a word literal in code and none in a comment", "[extract][literals]") {
  const std::string doc = "| `fr.que` | ... |";
  const std::string src =
      "#include \"extract/context.h\"\n"
      "// ctx.is(i, \"que\") in a comment\n"
      "/* \"selon\"\n \"dans\" */\n"
      "bool f(const Context& ctx) { return ctx.is(i, \"que\") || ctx.is(i, \",\"); }\n"
      "const char* rule = \"fr.que\";\n"
      "const char* other = \"fr.undocumented\";\n"
      "char c = 'y'; char n = '\\n'; int big = 1'000;\n"
      "auto w = \"à\";\n";
  CHECK(word_literals("x.cpp", src, doc) == std::vector<std::string>{
                                               "x.cpp:5: \"que\"",
                                               "x.cpp:7: \"fr.undocumented\"",
                                               "x.cpp:8: \"y\"",
                                               "x.cpp:9: \"à\"",
                                           });
}

TEST_CASE("no word of any language in the extractor's code outside comments", "[extract][literals]") {
  const fs::path extract = docs_dir().parent_path() / "src" / "extract";
  REQUIRE(fs::is_directory(extract));
  const std::string rule_doc = read(docs_dir() / "extraction.md");
  std::vector<std::string> found;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(extract)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cpp" && ext != ".h") continue;
    ++files;
    for (std::string& w : word_literals(entry.path().filename().string(), read(entry.path()), rule_doc))
      found.push_back(std::move(w));
  }
  CHECK(files >= 10);
  INFO("a word belongs in data/lang/<code>/ as a role (lang::LexRole) or a class; a rule id in docs/extraction.md");
  CHECK(found == std::vector<std::string>{});
}

// The entity stage reads mentions with the same roles (name particles,
// complement prepositions, demonstratives: function_words.tsv), so its mention
// reader and resolver hold no word either; their literals are the merge rules'
// ids that docs/entities.md documents.
TEST_CASE("no word of any language in the mention reader and resolver outside comments", "[entities][literals]") {
  const fs::path entities = docs_dir().parent_path() / "src" / "entities";
  const std::string rule_doc = read(docs_dir() / "entities.md");
  std::vector<std::string> found;
  for (const char* file : {"mention_reading.cpp", "mention_reading.h", "entity_builder.cpp", "entity_builder.h"}) {
    REQUIRE(fs::exists(entities / file));
    for (std::string& w : word_literals(file, read(entities / file), rule_doc, true)) found.push_back(std::move(w));
  }
  INFO("a word belongs in data/lang/<code>/ as a role (lang::LexRole) or a class; a rule id in docs/entities.md");
  CHECK(found == std::vector<std::string>{});
}

// CTest splits a test name at ';' (a CMake list), so a TEST_CASE named with a
// semicolon becomes two filters that match no test case, and "passes" without
// running: three table tests did until this check.
TEST_CASE("no test case name holds a semicolon", "[tests]") {
  const fs::path tests = docs_dir().parent_path() / "tests";
  REQUIRE(fs::is_directory(tests));
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(tests)) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string src = read(entry.path());
    for (size_t at = src.find("TEST_CASE(\""); at != std::string::npos; at = src.find("TEST_CASE(\"", at + 1)) {
      const size_t open = at + 11;
      const size_t close = src.find('"', open);
      if (close == std::string::npos) break;
      const std::string name = src.substr(open, close - open);
      if (name.find(';') != std::string::npos) found.push_back(entry.path().filename().string() + ": " + name);
    }
  }
  CHECK(found == std::vector<std::string>{});
}
