// The seed article as a flattened web page (site banner, breadcrumb, title,
// byline, standfirst, credits, lede, body, one reader's comment, footer): the
// sections are labelled, the body gives the clean article's attributions, the
// header gives the standfirst's, nothing comes from the chrome, and the comment's
// attributions come only on request, kept apart from the article's.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <tuple>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

// Typography differs between the two copies (’ and ', no-break spaces).
std::string plain(const json& span) {
  if (span.is_null()) return "";
  std::string s = span["text"].get<std::string>(), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\x99") == 0) { out += '\''; i += 2; }
    else if (s.compare(i, 2, "\xC2\xA0") == 0) { out += ' '; i += 1; }
    else out += s[i];
  }
  return out;
}

using Key = std::tuple<std::string, std::string, std::string, std::string>;
Key key(const json& a) { return {plain(a["source"]), plain(a["cue"]), plain(a["content"]), a["type"].get<std::string>()}; }

json extract(const Scratch& scratch, const std::string& file, const std::string& options = "") {
  const CommandResult r = run_whosaid(scratch, "extract " + options + " " + shell_quote(test_data(file).string()));
  INFO(r.err);
  REQUIRE(r.code == 0);
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("the web page seed has its sections labelled", "[cli][input][sections]") {
  Scratch scratch("webpage-sections");
  const json page = extract(scratch, "input/reuters-ceasefire-fr-webpage.txt");
  std::string kinds;
  for (const json& s : page["sections"]) kinds += s["kind"].get<std::string>() + " ";
  CHECK(kinds == "chrome header body comment chrome ");
  // The sections cover the text in code points.
  CHECK(page["sections"].front()["start"] == 0);
  CHECK(page["sections"].back()["end"] == page["stats"]["characters"]);
  for (const json& a : page["attributions"]) {
    INFO(a.dump());
    CHECK(a["section"] != "chrome");
  }
}

TEST_CASE("the web page gives the clean article's body attributions, plus its header and lede", "[cli][input][sections]") {
  Scratch scratch("webpage-body");
  const json clean = extract(scratch, "input/reuters-ceasefire-fr.txt");
  const json page = extract(scratch, "input/reuters-ceasefire-fr-webpage.txt");
  std::set<Key> clean_keys, body_keys;
  for (const json& a : clean["attributions"]) clean_keys.insert(key(a));
  const std::string text = read_file(test_data("input/reuters-ceasefire-fr-webpage.txt"));
  bool standfirst = false, lede = false;
  for (const json& a : page["attributions"]) {
    if (a["section"] == "body") body_keys.insert(key(a));
    if (a["section"] == "header" && plain(a["cue"]) == "selon" && plain(a["source"]) == "des sources") standfirst = true;
    if (a["section"] == "body" && plain(a["source"]) == "trois sources russes au fait des discussions") lede = true;
  }
  for (const Key& k : clean_keys) {
    INFO("clean attribution missing from the page's body: " << std::get<0>(k) << " | " << std::get<1>(k) << " | "
                                                            << std::get<2>(k));
    CHECK(body_keys.count(k) == 1);
  }
  CHECK(standfirst);
  CHECK(lede);
}

TEST_CASE("with --comments the readers' attributions are kept apart, labelled comment", "[cli][input][sections]") {
  Scratch scratch("webpage-comments");
  const json page = extract(scratch, "input/reuters-ceasefire-fr-webpage.txt", "--comments");
  std::set<std::string> comment_entities, article_entities;
  size_t comment = 0;
  for (const json& a : page["attributions"]) {
    CHECK(a["section"] != "chrome");
    if (a["entity"].is_null()) continue;
    if (a["section"] == "comment") {
      ++comment;
      comment_entities.insert(a["entity"].get<std::string>());
    } else {
      article_entities.insert(a["entity"].get<std::string>());
    }
  }
  CHECK(comment >= 1);
  // A reader's sources are never the article's.
  for (const std::string& e : comment_entities) CHECK(article_entities.count(e) == 0);
  // The audit counts the article's attributions only.
  CHECK(page["audit"]["attributions"].get<size_t>() + comment == page["attributions"].size());
  // By default they are left out.
  const json without = extract(scratch, "input/reuters-ceasefire-fr-webpage.txt");
  for (const json& a : without["attributions"]) CHECK(a["section"] != "comment");
  CHECK(without["attributions"].size() + comment == page["attributions"].size());
}
