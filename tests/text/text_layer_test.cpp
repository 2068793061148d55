// The text layer on real copy: offsets into the original text, UTF-8
// validation, sentence splitting, quotation finding.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/codepoints.h"
#include "text/analyze_text.h"
#include "text/normalizer.h"
#include "text/utf8.h"

using namespace whosaid;

namespace {

// French elisions and abbreviations as the language data gives them; the text
// layer takes them as options so it stays language-neutral.
const text::TokenizerOptions kFrench{
    {"l'", "d'", "qu'", "n'", "s'", "c'", "j'", "m'", "t'", "lorsqu'", "puisqu'", "jusqu'"},
    {"m.", "mme.", "mm.", "dr.", "st.", "n°"},
    {}};  // French has no enclitic the tokenizer splits

Document analyzed(std::string text) {
  Document doc;
  doc.name = "test";
  doc.text = std::move(text);
  REQUIRE(text::analyze_text(doc, kFrench).ok());
  return doc;
}

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s.original));
  return out;
}

}  // namespace

TEST_CASE("the normalized view is the same for every length of ASCII run between other characters", "[text]") {
  // Pieces put end to end in every order a small generator gives: runs of
  // plain ASCII of 0 to 19 bytes (the view takes them eight at a time),
  // capitals, the ASCII characters the view rewrites, and two-byte and
  // three-byte characters. Each piece's expected view and offsets are known.
  struct Piece {
    std::string text, view;
  };
  const Piece kPieces[] = {{"Marta ", "marta "}, {"VALBOURG", "valbourg"}, {"`", "'"},   {"\t", " "},
                           {"\v", " "},          {"\f", " "},              {"É", "é"},   {"’", "'"},
                           {"«", "\""},          {"z", "z"},                {"@[Z]", "@[z]"}, {"0123456789AZaz", "0123456789azaz"}};
  uint32_t seed = 12345;
  for (int round = 0; round < 400; ++round) {
    std::string original, expected;
    std::vector<uint32_t> offsets;
    const int count = round % 17;
    for (int k = 0; k < count; ++k) {
      seed = seed * 1103515245u + 12345u;
      const Piece& p = kPieces[(seed >> 16) % std::size(kPieces)];
      const auto at = static_cast<uint32_t>(original.size());
      const bool one_to_one = p.text.size() == p.view.size() && static_cast<unsigned char>(p.text[0]) < 0x80;
      for (size_t b = 0; b < p.view.size(); ++b) offsets.push_back(one_to_one ? at + static_cast<uint32_t>(b) : at);
      original += p.text;
      expected += p.view;
    }
    offsets.push_back(static_cast<uint32_t>(original.size()));
    INFO("original: " << original);
    const TextView view = text::normalize(original);
    CHECK(view.text == expected);
    CHECK(view.to_original == offsets);
  }
}

TEST_CASE("the normalized view unifies quotes, apostrophes and spaces and maps back", "[text]") {
  const std::string original = "L\u2019Ukraine a dit\u00A0: \u00ABNon\u202F!\u00BB \u2026 \u201CMerci\u201D";
  const TextView view = text::normalize(original);
  CHECK(view.text == "l'ukraine a dit : \"non !\" ... \"merci\"");
  REQUIRE(view.to_original.size() == view.text.size() + 1);
  // "ukraine" in the view is "Ukraine" in the original, after the 3-byte ’.
  const size_t at = view.text.find("ukraine");
  const Span s = view.original(static_cast<uint32_t>(at), static_cast<uint32_t>(at + 7));
  CHECK(s.in(original) == "Ukraine");
  CHECK(view.to_original.back() == original.size());
}

TEST_CASE("token spans point into the original text, in code points at output", "[text]") {
  const Document doc = analyzed("Selon l\u2019AFP,\u00A0le ministre a déclaré qu\u2019il viendrait.");
  std::vector<std::string> words;
  for (const Token& t : doc.tokens) words.emplace_back(doc.original(t));
  CHECK(words == std::vector<std::string>{"Selon", "l\u2019", "AFP", ",", "le", "ministre", "a", "déclaré",
                                          "qu\u2019", "il", "viendrait", "."});
  // "AFP" starts at code point 8 (S-e-l-o-n-space-l-’), byte 10.
  const Token& afp = doc.tokens[2];
  CHECK(afp.original.begin == 10);
  const CodepointIndex index(doc.text);
  CHECK(index.at(afp.original.begin) == 8);
  CHECK(index.at(afp.original.end) == 11);
  CHECK(doc.tokens[1].has(kElided));
  CHECK(doc.tokens[2].has(kAllCaps));
}

TEST_CASE("words keep inner hyphens and apostrophes, split elisions", "[text]") {
  const Document doc = analyzed("Aujourd'hui, a-t-il dit, les États-Unis et l'entourage du porte-parole.");
  std::vector<std::string> words;
  for (const Token& t : doc.tokens) words.emplace_back(doc.normalized(t));
  CHECK(words == std::vector<std::string>{"aujourd'hui", ",", "a-t-il", "dit", ",", "les", "états-unis", "et", "l'",
                                          "entourage", "du", "porte-parole", "."});
}

TEST_CASE("invalid UTF-8 is an error naming the input and the byte offset", "[text]") {
  struct Case {
    std::string bytes;
    uint32_t offset;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"abc\xFF", 3, "invalid UTF-8 sequence"},
      {"caf\xC3", 3, "truncated UTF-8 sequence"},
      {"\xC0\xAF", 0, "invalid UTF-8 sequence"},          // overlong '/'
      {"ok \xED\xA0\x80", 3, "invalid UTF-8 sequence"},   // a surrogate
      {std::string("a\0b", 3), 1, "NUL byte (binary file?)"},
  };
  for (const Case& c : cases) {
    const text::Utf8Error e = text::validate_utf8(c.bytes);
    CHECK(e.found);
    CHECK(e.offset == c.offset);
    CHECK(e.reason == c.reason);
  }
  CHECK_FALSE(text::validate_utf8("Élysée « ok » 😀").found);

  Document doc;
  doc.name = "article.txt";
  doc.text = "Bonjour\xFE";
  const Status s = text::analyze_text(doc, kFrench);
  CHECK(s.code() == StatusCode::invalid_input);
  CHECK(s.exit_code() == 65);
  CHECK(s.message() == "article.txt: byte 7: invalid UTF-8 sequence");
}

TEST_CASE("sentences split on final punctuation but not on abbreviations, initials or decimals", "[text]") {
  struct Case {
    std::string text;
    std::vector<std::string> expected;
  };
  const std::vector<Case> cases = {
      {"M. Poutine a parlé. Mme Dupont aussi.", {"M. Poutine a parlé.", "Mme Dupont aussi."}},
      {"La dette atteint 111,6 % du PIB. Elle baisse.", {"La dette atteint 111,6 % du PIB.", "Elle baisse."}},
      {"Le président J. Biden est venu. Il est reparti.", {"Le président J. Biden est venu.", "Il est reparti."}},
      {"Il a dit « c'est fini. » Puis il est parti.", {"Il a dit « c'est fini. »", "Puis il est parti."}},
      {"« C'est fini ! » a-t-il lancé.", {"« C'est fini ! » a-t-il lancé."}},
      {"Quoi ? Non... Si.", {"Quoi ?", "Non...", "Si."}},
      {"Le dossier n° 12 est clos. Fin.", {"Le dossier n° 12 est clos.", "Fin."}},
      {"CONTACTS\n\nLes intermédiaires se sont vus.", {"CONTACTS", "Les intermédiaires se sont vus."}},
      {"Une ligne\ncoupée en deux.", {"Une ligne\ncoupée en deux."}},
      // A period glued to the next word is inside a code or an abbreviation.
      {"La députée (R-N.C.) a voté. Fin.", {"La députée (R-N.C.) a voté.", "Fin."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(sentences(analyzed(c.text)) == c.expected);
  }
}

TEST_CASE("headings are lines with no final punctuation", "[text]") {
  const Document doc = analyzed("LES ÉTATS-UNIS NE VEULENT PAS DE \"CANAUX DÉTOURNÉS\n\nLe texte suit.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].heading);
  CHECK_FALSE(doc.sentences[1].heading);
  CHECK(doc.paragraphs.size() == 2);
}

TEST_CASE("quotations survive unbalanced real copy", "[text]") {
  struct Case {
    std::string text;
    std::vector<std::string> inner;  // every quotation's inner text, in the order found
    std::vector<bool> closed;
  };
  const std::vector<Case> cases = {
      {"Il a dit « Non » et « Oui ».", {"Non", "Oui"}, {true, true}},
      {"Elle a écrit \u201CBonjour\u201D.", {"Bonjour"}, {true}},
      {"\"Ça va\", a-t-il dit.", {"Ça va"}, {true}},
      // A quotation of a quotation, French style.
      {"Il a dit : « Elle m'a dit \u201Cnon\u201D hier ».", {"non", "Elle m'a dit \u201Cnon\u201D hier"}, {true, true}},
      // The seed's broken line: the outer mark was lost.
      {"Une source a déclaré : \"Tout s'est effondré : \"Tout s'est effondré\". Selon cette source, non.",
       {"Tout s'est effondré", "Tout s'est effondré : \"Tout s'est effondré"},
       {true, false}},
      // A heading with a lone opening mark.
      {"POUTINE \"PRÊT À CONTINUER LE COMBAT\n\nSuite.", {"PRÊT À CONTINUER LE COMBAT"}, {false}},
      // Left open at the end of the paragraph: ends there, final period outside.
      {"\"Ils ont coupé les contacts.\n\nUne autre phrase.", {"Ils ont coupé les contacts"}, {false}},
      // A quotation over two sentences.
      {"\"Non. Jamais\", a dit la source.", {"Non. Jamais"}, {true}},
      // A straight mark after an elision opens; after the apostrophe that
      // closes a single-quoted text inside, with a space next, it closes.
      {"Il parle de l'\"ouverture\" du pont.", {"ouverture"}, {true}},
      // A right mark that opens a line opens (copy that uses it both ways).
      {"\u201DLe pont est fermé.\u201D \u2015 Jeanne Martin", {"Le pont est fermé."}, {true}},
      {"\"Ils disent 'pas maintenant'\" dit-elle.", {"Ils disent 'pas maintenant'"}, {true}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const Document doc = analyzed(c.text);
    std::vector<std::string> inner;
    std::vector<bool> closed;
    for (const Quotation& q : doc.quotes) {
      inner.emplace_back(doc.slice(q.inner));
      closed.push_back(q.closed);
    }
    CHECK(inner == c.inner);
    CHECK(closed == c.closed);
  }
}

TEST_CASE("a paragraph that reopens a quotation continues it", "[text]") {
  const Document doc = analyzed("« Nous avons tout tenté.\n\n« Mais rien n'a marché », a-t-il dit.");
  REQUIRE(doc.quotes.size() == 2);
  // The first (left open) is marked as running on into the next paragraph.
  const Quotation& first = doc.quotes[0].closed ? doc.quotes[1] : doc.quotes[0];
  CHECK_FALSE(first.closed);
  CHECK(first.continues_next_paragraph);
}

TEST_CASE("deeply nested quotations each hold the next, marks included", "[text]") {
  // 2,000 levels: the pairing, the parents and the token marks are one pass
  // each (a stack), not one pass per level.
  constexpr int kDepth = 2000;
  std::string text;
  for (int i = 0; i < kDepth; ++i) text += "\u00AB ";
  text += "mot";
  for (int i = 0; i < kDepth; ++i) text += " \u00BB";
  text += ".";
  const Document doc = analyzed(text);
  REQUIRE(doc.quotes.size() == static_cast<size_t>(kDepth));
  // Quotations close innermost first: quote k is level kDepth - 1 - k.
  for (size_t k = 0; k < doc.quotes.size(); ++k) {
    INFO(k);
    CHECK(doc.quotes[k].closed);
    CHECK(doc.quotes[k].parent == (k + 1 < doc.quotes.size() ? static_cast<int32_t>(k + 1) : -1));
  }
  // Each mark belongs to the quotation it opens or closes; the word to the innermost.
  for (uint32_t level = 0; level < kDepth; ++level) {
    const int32_t q = static_cast<int32_t>(kDepth - 1 - level);
    CHECK(doc.tokens[level].quote == q);
    CHECK(doc.tokens[2 * kDepth - level].quote == q);
  }
  CHECK(doc.tokens[kDepth].quote == 0);
  CHECK(doc.tokens.back().quote == -1);  // the final period
}

TEST_CASE("unbalanced opening marks each run to the paragraph's end, nested in the one before", "[text]") {
  constexpr int kMarks = 1000;
  std::string text;
  for (int i = 0; i < kMarks; ++i) text += "\u00AB mot ";
  const Document doc = analyzed(text + "fin.\n\nSuite.");
  REQUIRE(doc.quotes.size() == static_cast<size_t>(kMarks));
  for (size_t k = 0; k < doc.quotes.size(); ++k) {
    INFO(k);
    CHECK(!doc.quotes[k].closed);
    CHECK(doc.quotes[k].end_token == doc.quotes[0].end_token);  // before the final period
    CHECK(doc.quotes[k].parent == (k + 1 < doc.quotes.size() ? static_cast<int32_t>(k + 1) : -1));
  }
  CHECK(doc.tokens.back().quote == -1);  // the next paragraph
}

TEST_CASE("an open quotation that ends inside a closed one leaves the closed one the holder", "[text]") {
  // « A « B « C ». D »: the first mark never closes and ends with « C »,
  // which « B ... D » holds too.
  const Document doc = analyzed("\u00AB A \u00AB B \u00AB C \u00BB. D \u00BB");
  REQUIRE(doc.quotes.size() == 3);
  const Quotation& c = doc.quotes[0];
  const Quotation& bd = doc.quotes[1];
  const Quotation& open = doc.quotes[2];
  CHECK(doc.slice(c.inner) == "C");
  CHECK(doc.slice(bd.inner) == "B \u00AB C \u00BB. D");
  CHECK(!open.closed);
  CHECK(doc.slice(open.inner) == "A \u00AB B \u00AB C");
  CHECK(c.parent == 1);
  CHECK(bd.parent == -1);
  CHECK(open.parent == -1);
  CHECK(doc.tokens[1].quote == 2);  // A
  CHECK(doc.tokens[3].quote == 1);  // B
  CHECK(doc.tokens[5].quote == 0);  // C
}
