// `whosaid extract` and `whosaid graph` over real inputs: an HTML page written
// from the seed (navigation, scripts, an aside, a comment thread), JSON Lines
// corpora with broken lines (--on-error fail and skip, what is kept of the
// output), a 50 MB line, and the provenance of the web page seed.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <sstream>
#include <tuple>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

using Key = std::tuple<std::string, std::string, std::string>;
std::string text_of(const json& span) { return span.is_null() ? "" : span["text"].get<std::string>(); }
Key key(const json& a) { return {text_of(a["source"]), text_of(a["cue"]), text_of(a["content"])}; }

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

std::string jsonl_line(const std::string& id, const std::string& text) {
  return json{{"id", id}, {"text", text}, {"feed", "test"}}.dump() + "\n";
}

std::vector<json> lines_of(const std::string& out) {
  std::vector<json> docs;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) docs.push_back(json::parse(line));
  return docs;
}

}  // namespace

TEST_CASE("an HTML page gives the plain text's body attributions and carries its text", "[cli][input][html]") {
  Scratch scratch("html-page");
  const CommandResult text = run_whosaid(scratch, "extract " + q(test_data("input/reuters-ceasefire-fr.txt")));
  const CommandResult html = run_whosaid(scratch, "extract " + q(test_data("input/reuters-ceasefire-fr.html")));
  INFO(html.err);
  REQUIRE(text.code == 0);
  REQUIRE(html.code == 0);
  const json t = json::parse(text.out), h = json::parse(html.out);
  std::vector<Key> from_text, from_html;
  for (const json& a : t["attributions"]) from_text.push_back(key(a));
  for (const json& a : h["attributions"])
    if (a["section"] == "body") from_html.push_back(key(a));
  CHECK(from_text.size() >= 30);
  CHECK(from_html == from_text);
  // Spans point into the carried text.
  REQUIRE(h.contains("text"));
  const std::string carried = h["text"];
  CHECK(carried.find("ce script ne compte pas") == std::string::npos);
  CHECK(carried.find("Lire aussi") == std::string::npos);
  CHECK(carried.find("Accueil") == std::string::npos);
  CHECK(carried.find("Mentions légales") == std::string::npos);
  CHECK(carried.find("Mon voisin m'a dit") != std::string::npos);
  std::string kinds;
  for (const json& s : h["sections"]) kinds += s["kind"].get<std::string>() + " ";
  CHECK(kinds == "header body comment ");
  CHECK(h["provenance"]["publisher"] == "Le Journal");
  CHECK(h["provenance"]["agency"] == "Reuters");
  // --input html reads a page whatever its name.
  scratch.write("page.txt", read_file(test_data("input/reuters-ceasefire-fr.html")));
  const CommandResult forced = run_whosaid(scratch, "extract --input html " + q(scratch.path("page.txt")));
  REQUIRE(forced.code == 0);
  CHECK(json::parse(forced.out)["attributions"] == h["attributions"]);
}

TEST_CASE("the web page seed's provenance names the wire story", "[cli][input][provenance]") {
  Scratch scratch("webpage-provenance");
  const CommandResult r = run_whosaid(scratch, "extract " + q(test_data("input/reuters-ceasefire-fr-webpage.txt")));
  REQUIRE(r.code == 0);
  const json p = json::parse(r.out)["provenance"];
  CHECK(p["agency"] == "Reuters");
  CHECK(p["authors"] == json::array({"Guy Faulconbridge", "Darya Korsunskaya"}));
  CHECK(p["date"] == "13 février 2024");
  CHECK(p["original_url"] == "https://www.zonebourse.com/actualit…");
  const CommandResult g = run_whosaid(scratch, "graph --format json " + q(test_data("input/reuters-ceasefire-fr-webpage.txt")));
  REQUIRE(g.code == 0);
  size_t republishes = 0;
  const json graph = json::parse(g.out);
  for (const json& e : graph["edges"])
    if (e["kind"] == "republishes") ++republishes;
  CHECK(republishes == 1);
}

TEST_CASE("extract reads JSON Lines and writes one line per document, metadata carried", "[cli][input][jsonl]") {
  Scratch scratch("jsonl-good");
  const std::string corpus = jsonl_line("d1", "Le ministre a déclaré que la réforme serait votée en juin.") +
                             json{{"id", "d2"}, {"html", "<article><p>Selon la police, la manifestation a réuni 3000 personnes.</p></article>"}}.dump() + "\n" +
                             jsonl_line("d3", "Une source a affirmé que rien n'était décidé.");
  scratch.write("corpus.jsonl", corpus);
  const CommandResult r = run_whosaid(scratch, "extract --format jsonl " + q(scratch.path("corpus.jsonl")));
  INFO(r.err);
  REQUIRE(r.code == 0);
  const std::vector<json> docs = lines_of(r.out);
  REQUIRE(docs.size() == 3);
  CHECK(docs[0]["id"] == "d1");
  CHECK(docs[0]["name"] == "d1");
  CHECK(docs[0]["metadata"] == json{{"feed", "test"}});
  CHECK(docs[0]["attributions"].size() == 1);
  CHECK(docs[1]["text"] == "Selon la police, la manifestation a réuni 3000 personnes.\n");
  CHECK(docs[1]["attributions"].size() == 1);
  // Standard input with --input jsonl gives the same documents.
  const CommandResult piped = run_whosaid(scratch, "extract --input jsonl --format jsonl -", scratch.path("corpus.jsonl").string());
  REQUIRE(piped.code == 0);
  CHECK(lines_of(piped.out).size() == 3);
}

TEST_CASE("a broken JSON line stops the run (65) or is skipped and counted", "[cli][input][jsonl]") {
  Scratch scratch("jsonl-bad");
  const std::string corpus = jsonl_line("d1", "Le ministre a déclaré que la réforme serait votée en juin.") +
                             "{\"id\": \"d2\", \"text\": oops}\n" + "{\"id\": \"d3\"}\n" +
                             "{\"id\": \"d4\", \"text\": \"caf\xC3\"}\n" +
                             jsonl_line("d5", "Une source a affirmé que rien n'était décidé.");
  scratch.write("corpus.jsonl", corpus);

  // fail (default): exit 65 at line 2; the line written before stays whole on stdout.
  const CommandResult fail = run_whosaid(scratch, "extract --format jsonl " + q(scratch.path("corpus.jsonl")));
  CHECK(fail.code == 65);
  CHECK(fail.err.find("corpus.jsonl:2: byte 21: not JSON") != std::string::npos);
  REQUIRE(lines_of(fail.out).size() == 1);
  CHECK(lines_of(fail.out)[0]["id"] == "d1");

  // fail with -o: OUT is not written; what was written is kept in OUT.partial.
  const CommandResult to_file =
      run_whosaid(scratch, "extract --format jsonl -o " + q(scratch.path("out.jsonl")) + " " + q(scratch.path("corpus.jsonl")));
  CHECK(to_file.code == 65);
  CHECK(!std::filesystem::exists(scratch.path("out.jsonl")));
  REQUIRE(std::filesystem::exists(scratch.path("out.jsonl.partial")));
  CHECK(lines_of(read_file(scratch.path("out.jsonl.partial"))).size() == 1);

  // skip: every bad line is reported with its number, counted, and the good ones written.
  const CommandResult skip = run_whosaid(scratch, "extract --format jsonl --on-error skip " + q(scratch.path("corpus.jsonl")));
  INFO(skip.err);
  CHECK(skip.code == 0);
  CHECK(skip.err.find("corpus.jsonl:3: missing \"text\" or \"html\"") != std::string::npos);
  CHECK(skip.err.find("corpus.jsonl:4: byte 25: invalid UTF-8") != std::string::npos);
  CHECK(skip.err.find("3 bad documents skipped, 2 written") != std::string::npos);
  const std::vector<json> docs = lines_of(skip.out);
  REQUIRE(docs.size() == 2);
  CHECK(docs[1]["id"] == "d5");

  // graph takes the same options.
  const CommandResult graph = run_whosaid(scratch, "graph --format csv --on-error skip " + q(scratch.path("corpus.jsonl")));
  CHECK(graph.code == 0);
  CHECK(run_whosaid(scratch, "graph " + q(scratch.path("corpus.jsonl"))).code == 65);
  CHECK(run_whosaid(scratch, "extract --on-error maybe " + q(scratch.path("corpus.jsonl"))).code == 64);
  CHECK(run_whosaid(scratch, "extract --input xml " + q(scratch.path("corpus.jsonl"))).code == 64);
}

TEST_CASE("a 50 MB line is reported, not held, and the run goes on", "[cli][input][jsonl]") {
  Scratch scratch("jsonl-huge");
  std::string corpus = jsonl_line("small", "Le ministre a déclaré que la réforme serait votée en juin.");
  corpus += "{\"id\": \"huge\", \"text\": \"" + std::string(50u << 20, 'a') + "\"}\n";
  corpus += jsonl_line("after", "Une source a affirmé que rien n'était décidé.");
  scratch.write("huge.jsonl", corpus);
  const CommandResult r = run_whosaid(scratch, "extract --format jsonl --on-error skip " + q(scratch.path("huge.jsonl")));
  CHECK(r.code == 0);
  CHECK(r.err.find("huge.jsonl:2: line of 52428826 bytes is longer than the limit of 16777216 bytes") != std::string::npos);
  const std::vector<json> docs = lines_of(r.out);
  REQUIRE(docs.size() == 2);
  CHECK(docs[1]["id"] == "after");
}
