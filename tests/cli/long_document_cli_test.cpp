// A document longer than a pipeline window (512 KiB) is analysed in windows
// and its extract JSON written in pieces as it is made: the output is still
// what nlohmann writes for the same values (bare, in an array between short
// documents, as JSON Lines, with --jobs), its attributions are those of its
// parts, and an HTML page's text travels whole.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/command.h"

using namespace whosaid::test;
using nlohmann::json;

namespace {

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

// The seed article, its line breaks made spaces: one line.
std::string article_line() {
  std::string article = read_file(test_data("cli/reuters-ceasefire-fr.txt"));
  for (char& c : article)
    if (c == '\n') c = ' ';
  return article;
}

// That line repeated past 600 KiB, and how many times.
std::string long_line(size_t& repeats) {
  const std::string article = article_line();
  std::string text;
  for (repeats = 0; text.size() < 600 * 1024; ++repeats) text += article;
  return text + "\n";
}

}  // namespace

TEST_CASE("a long document's streamed JSON is the JSON of its values, alone, in an array and as lines",
          "[cli][windows]") {
  Scratch scratch("long-doc");
  size_t repeats = 0;
  const auto big = scratch.write("big.txt", long_line(repeats));
  const auto small = test_data("cli/reuters-ceasefire-fr.txt");
  const CommandResult bare = run_whosaid(scratch, "extract " + q(big));
  REQUIRE(bare.code == 0);
  const json doc = json::parse(bare.out);
  CHECK(bare.out == doc.dump(2) + "\n");
  CHECK(doc["stats"]["characters"].get<size_t>() > 512 * 1024);
  // Every repetition of the article gives what a repetition gives in a short
  // document analysed whole (the windows are cut between sentences; the first
  // and the last repetition differ).
  auto attributions_of = [&](int times) {
    std::string text;
    for (int i = 0; i < times; ++i) text += article_line();
    const auto file = scratch.write("times.txt", text + "\n");
    return json::parse(run_whosaid(scratch, "extract " + q(file)).out)["attributions"].size();
  };
  const size_t per_article = (attributions_of(4) - attributions_of(2)) / 2;
  REQUIRE(per_article > 10);
  CHECK(doc["attributions"].size() >= (repeats - 2) * per_article);
  CHECK(doc["attributions"].size() <= (repeats + 2) * per_article);

  const CommandResult one_small = run_whosaid(scratch, "extract " + q(small));
  const CommandResult array = run_whosaid(scratch, "extract " + q(small) + " " + q(big) + " " + q(small));
  REQUIRE(array.code == 0);
  const json items = json::parse(array.out);
  CHECK(array.out == items.dump(2) + "\n");
  REQUIRE(items.size() == 3);
  CHECK(items[0] == json::parse(one_small.out));
  CHECK(items[1] == doc);
  CHECK(items[2] == items[0]);

  const CommandResult lines = run_whosaid(scratch, "extract --format jsonl " + q(small) + " " + q(big));
  REQUIRE(lines.code == 0);
  const size_t newline = lines.out.find('\n');
  REQUIRE(newline != std::string::npos);
  CHECK(json::parse(lines.out.substr(newline + 1)) == doc);
  CHECK(lines.out.substr(newline + 1) == doc.dump() + "\n");

  const CommandResult jobs = run_whosaid(scratch, "extract --jobs 2 " + q(small) + " " + q(big) + " " + q(small));
  CHECK(jobs.out == array.out);
  const CommandResult to_file = run_whosaid(scratch, "extract -o " + q(scratch.path("out.json")) + " " + q(big));
  CHECK(to_file.code == 0);
  CHECK(read_file(scratch.path("out.json")) == bare.out);
}

TEST_CASE("a long HTML page's text is written whole, in pieces", "[cli][windows]") {
  Scratch scratch("long-html");
  std::string article = read_file(test_data("cli/reuters-ceasefire-fr.txt"));
  std::string page = "<html><head><title>Long</title></head><body>";
  while (page.size() < 700 * 1024) {
    size_t start = 0;
    for (size_t end; (end = article.find('\n', start)) != std::string::npos; start = end + 1)
      if (end > start) page += "<p>" + article.substr(start, end - start) + "</p>\n";
  }
  page += "</body></html>\n";
  const auto html = scratch.write("long.html", page);
  const CommandResult r = run_whosaid(scratch, "extract " + q(html));
  REQUIRE(r.code == 0);
  const json doc = json::parse(r.out);
  CHECK(r.out == doc.dump(2) + "\n");
  const std::string text = doc["text"].get<std::string>();
  CHECK(text.size() > 512 * 1024);
  // Every span is the text's own, in code points.
  const auto code_points = [](const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size(); ++i)
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out += U'x';
    return out.size();
  };
  CHECK(doc["stats"]["characters"].get<size_t>() == code_points(text));
  REQUIRE(!doc["attributions"].empty());
  for (const json& a : doc["attributions"])
    if (!a["content"].is_null()) CHECK(a["content"]["end"].get<size_t>() <= code_points(text));
}
