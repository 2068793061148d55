// escape.h: each format's escaping, as tables of input and exact output.
#include <catch2/catch.hpp>

#include "export/escape.h"

using namespace whosaid;

TEST_CASE("dot_label quotes and escapes", "[export][dot]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"plain", R"("plain")"},
      {"node", R"("node")"},
      {R"("]; a -> b [)", R"("\"]; a -> b [")"},
      {"trailing \\", R"("trailing \\")"},
      {"\\N \\G \\l", R"("\\N \\G \\l")"},  // not Graphviz's escapes
      {"a\nb", R"("a\nb")"},
      {"a\x01" "b\tc\x7f", R"("a b c ")"},
      {"<b> & &amp;", R"("<b> &amp; &amp;amp;")"},
      {"🔥 שלום", R"("🔥 שלום")"},
      {"", R"("")"},
  };
  for (const Row& r : rows) CHECK(escape::dot_label(r.in) == r.out);
}

TEST_CASE("dot_id keeps an id one token and unique", "[export][dot]") {
  CHECK(escape::dot_id("graph") == R"("graph")");
  CHECK(escape::dot_id(R"(a"b\)") == R"("a\"b\\")");
  CHECK(escape::dot_id("a\nb\x01") == R"("a<U+000A>b<U+0001>")");
  CHECK(escape::dot_id("a & b") == R"("a & b")");
}

TEST_CASE("xml escapes markup and drops what XML 1.0 forbids", "[export][graphml]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"<b>&</b>", "&lt;b&gt;&amp;&lt;/b&gt;"},
      {R"("it's")", "&quot;it&apos;s&quot;"},
      {"]]>", "]]&gt;"},
      {"a\x01" "b\x1f" "c\x7f", "abc\x7f"},  // DEL is allowed in XML 1.0
      {"tab\tline\ncr\r", "tab\tline\ncr&#13;"},
      {"x\xEF\xBF\xBEy\xEF\xBF\xBFz", "xyz"},  // U+FFFE, U+FFFF
      {"é 🔥 עברית", "é 🔥 עברית"},
  };
  for (const Row& r : rows) CHECK(escape::xml(r.in) == r.out);
}

TEST_CASE("csv_cell quotes per RFC 4180 and defuses formulas", "[export][csv]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\r\nlf", "\"cr\r\nlf\""},
      {"=1+1", "'=1+1"},
      {"+33", "'+33"},
      {"-2", "'-2"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\tx", "'\tx"},
      {"\rx", "\"'\rx\""},
      {"=HYPERLINK(\"u\",\"t\")", "\"'=HYPERLINK(\"\"u\"\",\"\"t\"\")\""},
      {"a=b", "a=b"},
  };
  for (const Row& r : rows) CHECK(escape::csv_cell(r.in) == r.out);
}

TEST_CASE("shorten counts code points and never splits one", "[export]") {
  CHECK(escape::shorten("abcdef", 6) == "abcdef");
  CHECK(escape::shorten("abcdef", 4) == "abc…");
  CHECK(escape::shorten("éééééé", 4) == "ééé…");
  CHECK(escape::shorten("🔥🔥🔥🔥", 3) == "🔥🔥…");
  CHECK(escape::shorten("ab cdef", 4) == "ab…");  // no space before the ellipsis
  CHECK(escape::codepoint_count("é🔥a") == 3);
}

TEST_CASE("wrap breaks at spaces, cuts long words, marks what it leaves out", "[export]") {
  using Lines = std::vector<std::string>;
  CHECK(escape::wrap("le Kremlin a démenti", 10, 3) == Lines{"le Kremlin", "a démenti"});
  CHECK(escape::wrap("  a \n b  ", 10, 3) == Lines{"a b"});
  CHECK(escape::wrap("abcdefghijkl", 5, 3) == Lines{"abcde", "fghij", "kl"});
  CHECK(escape::wrap("un deux trois quatre cinq", 6, 2) == Lines{"un", "deux…"});
  CHECK(escape::wrap(std::string(100, 'x'), 10, 2) == Lines{std::string(10, 'x'), std::string(9, 'x') + "…"});
  CHECK(escape::wrap("", 10, 2) == Lines{""});
  for (const std::string& line : escape::wrap(std::string(10000, 'y'), 40, 6))
    CHECK(escape::codepoint_count(line) <= 40);
}
