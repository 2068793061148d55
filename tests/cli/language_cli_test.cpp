// --lang on the command line: each document analysed in its own language
// under auto (the default), a JSON Lines "lang" honoured, one language forced,
// and an unknown code refused with the list of the languages there.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

const char* kEnglish = "The mayor of Valbourg said on Tuesday that the bridge would reopen in May.\n";
const char* kFrench = "Le maire de Valbourg a déclaré mardi que le pont rouvrirait en mai.\n";

json extract(const Scratch& scratch, const std::string& args, const std::string& file) {
  const CommandResult r = run_whosaid(scratch, "extract " + args + " " + shell_quote(file));
  INFO(r.err);
  REQUIRE(r.code == 0);
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("auto: an English and a French text are each read in their language", "[cli][lang]") {
  Scratch scratch("lang-auto");
  const json en = extract(scratch, "", scratch.write("en.txt", kEnglish).string());
  CHECK(en["lang"] == "en");
  REQUIRE(en["attributions"].size() == 1);
  CHECK(en["attributions"][0]["rule"] == "en.que");
  CHECK(en["attributions"][0]["cue"]["text"] == "said");
  const json fr = extract(scratch, "", scratch.write("fr.txt", kFrench).string());
  CHECK(fr["lang"] == "fr");
  REQUIRE(fr["attributions"].size() == 1);
  CHECK(fr["attributions"][0]["rule"] == "fr.que");
}

TEST_CASE("a JSON Lines corpus mixes languages, and a document's \"lang\" is honoured", "[cli][lang]") {
  Scratch scratch("lang-jsonl");
  const std::string corpus = json({{"id", "a"}, {"text", kEnglish}}).dump() + "\n" +
                             json({{"id", "b"}, {"text", kFrench}}).dump() + "\n" +
                             json({{"id", "c"}, {"text", kEnglish}, {"lang", "fr"}}).dump() + "\n";
  const CommandResult r =
      run_whosaid(scratch, "extract --format jsonl " + shell_quote(scratch.write("c.jsonl", corpus).string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  std::vector<json> docs;
  size_t start = 0;
  for (size_t nl; (nl = r.out.find('\n', start)) != std::string::npos; start = nl + 1)
    docs.push_back(json::parse(r.out.substr(start, nl - start)));
  REQUIRE(docs.size() == 3);
  CHECK(docs[0]["lang"] == "en");
  CHECK(docs[0]["attributions"].size() == 1);
  CHECK(docs[1]["lang"] == "fr");
  CHECK(docs[1]["attributions"].size() == 1);
  // Read as French, the English text gives nothing.
  CHECK(docs[2]["lang"] == "fr");
  CHECK(docs[2]["attributions"].empty());
}

TEST_CASE("a forced language is used, and an unknown one is a usage error naming the known", "[cli][lang]") {
  Scratch scratch("lang-force");
  const std::string en = scratch.write("en.txt", kEnglish).string();
  const json forced = extract(scratch, "--lang fr", en);
  CHECK(forced["lang"] == "fr");
  CHECK(forced["attributions"].empty());
  const json english = extract(scratch, "--lang en", en);
  CHECK(english["attributions"].size() == 1);
  const CommandResult bad = run_whosaid(scratch, "extract --lang xx " + shell_quote(en));
  CHECK(bad.code == 64);
  CHECK(bad.err.find("unknown --lang 'xx' (auto, en, fr)") != std::string::npos);
  CHECK(bad.out.empty());
  const CommandResult path = run_whosaid(scratch, "graph --lang ../fr " + shell_quote(en));
  CHECK(path.code == 64);
}
