// The chunker tests' two notations: a hand-tagged sentence in, a canonical
// dump of its chunks out, so that chunking is tested apart from the tagger.
//
// In:  tokens separated by spaces, each FORM/TAG[/LEMMA][|Feat=Value...]
//      "Le/DET porte-parole/NOUN du/ADP+DET ministère/NOUN a/AUX déclaré/VERB"
//   TAG is a UD part of speech, or one of these shorthands:
//      ADP+DET   a preposition fused with the definite article (du, au, des,
//                aux): ADP with PronType=Art|Definite=Def
//      DET:def   DET with PronType=Art|Definite=Def     (le, la, les)
//      DET:ind   DET with PronType=Art|Definite=Ind     (un, une, des)
//      DET:poss  DET with Poss=Yes                      (son, sa, leur)
//      DET:dem   DET with PronType=Dem                  (ce, cette)
//      PRON:rel  PRON with PronType=Rel                 (qui, que, dont)
//   LEMMA, when given, is the token's lemma (else none: roles then match
//   the form alone). Features: Person=1..3, VerbForm=Fin|Inf|Part|Ger,
//   NameType=Giv|Sur|Geo (the proper-noun class, as the tagger writes it),
//   PronType=..., Definite=Def|Ind, Poss=Yes, Number=Sing|Plur.
//   "~" glues two tokens with no space between them: "@/SYM~jdupont/X".
//
// Out: one chunk after another; "[KIND words]" with the head starred, a
//   punctuation chunk as its bare mark, and an apposition's chunks followed
//   by ">HEAD" of the chunk they describe:
//      "[NP Le *porte-parole] [PP du *ministère] [VG a *déclaré]"
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "lang/lexicon.h"
#include "lang/tsv.h"
#include "morph/chunker.h"
#include "morph/roles.h"

namespace whosaid::morph::testing {

inline std::filesystem::path french_dir() {
  const char* dir = std::getenv("WHOSAID_DATA_DIR");
  REQUIRE(dir != nullptr);
  return std::filesystem::path(dir) / "lang" / "fr";
}

// The French elisions, as the language stage reads them.
inline const std::vector<std::string>& french_elisions() {
  static const std::vector<std::string> elisions = [] {
    lang::Lexicon lex;
    const Status s = lang::Lexicon::load(french_dir(), lex);
    INFO(s.message());
    REQUIRE(s.ok());
    return lex.elisions();
  }();
  return elisions;
}

inline const Roles& french_roles() {
  static const Roles roles = [] {
    Roles r;
    const Status s = Roles::load(french_dir(), french_elisions(), r);
    INFO(s.message());
    REQUIRE(s.ok());
    return r;
  }();
  return roles;
}

// A document built from the notation, with the storage its lemmas point into.
struct Tagged {
  Document doc;
  std::unique_ptr<std::deque<std::string>> lemmas = std::make_unique<std::deque<std::string>>();
};

namespace detail {

inline uint32_t parse_feature(std::string_view kv, uint32_t feats) {
  const size_t eq = kv.find('=');
  REQUIRE(eq != std::string_view::npos);
  const std::string_view key = kv.substr(0, eq), value = kv.substr(eq + 1);
  struct Entry { std::string_view key, value; Feat feat; uint8_t code; };
  static constexpr Entry kTable[] = {
      {"Person", "1", Feat::person, 1},          {"Person", "2", Feat::person, 2},
      {"Person", "3", Feat::person, 3},          {"VerbForm", "Fin", Feat::verb_form, feat::fin},
      {"VerbForm", "Inf", Feat::verb_form, feat::inf}, {"VerbForm", "Part", Feat::verb_form, feat::part},
      {"VerbForm", "Ger", Feat::verb_form, feat::ger}, {"NameType", "Giv", Feat::name_class, feat::first_name},
      {"NameType", "Sur", Feat::name_class, feat::surname}, {"NameType", "Geo", Feat::name_class, feat::place},
      {"PronType", "Art", Feat::pron_type, feat::art}, {"PronType", "Dem", Feat::pron_type, feat::dem},
      {"PronType", "Rel", Feat::pron_type, feat::rel}, {"PronType", "Prs", Feat::pron_type, feat::prs},
      {"PronType", "Ind", Feat::pron_type, feat::ind_pron}, {"Definite", "Def", Feat::definite, feat::def},
      {"Definite", "Ind", Feat::definite, feat::ind_def}, {"Poss", "Yes", Feat::poss, 1},
      {"Number", "Sing", Feat::number, feat::sing},    {"Number", "Plur", Feat::number, feat::plur},
  };
  for (const Entry& e : kTable) {
    if (e.key == key && e.value == value) return with_feature(feats, e.feat, e.code);
  }
  FAIL("unknown feature in the test notation: " << std::string(kv));
  return feats;
}

inline void parse_tag(std::string_view tag, Token& t) {
  struct Alias { std::string_view name; Upos upos; std::string_view feats; };
  static constexpr Alias kAliases[] = {
      {"ADP+DET", Upos::ADP, "PronType=Art|Definite=Def"}, {"DET:def", Upos::DET, "PronType=Art|Definite=Def"},
      {"DET:ind", Upos::DET, "PronType=Art|Definite=Ind"}, {"DET:poss", Upos::DET, "Poss=Yes"},
      {"DET:dem", Upos::DET, "PronType=Dem"},              {"PRON:rel", Upos::PRON, "PronType=Rel"},
  };
  for (const Alias& a : kAliases) {
    if (a.name != tag) continue;
    t.upos = a.upos;
    std::string_view f = a.feats;
    while (!f.empty()) {
      const size_t bar = f.find('|');
      t.feats = parse_feature(f.substr(0, bar), t.feats);
      f = bar == std::string_view::npos ? std::string_view() : f.substr(bar + 1);
    }
    return;
  }
  t.upos = upos_from_string(tag);
  if (t.upos == Upos::unknown) FAIL("unknown tag in the test notation: " << std::string(tag));
}

inline TokenKind kind_of(std::string_view form, Upos upos) {
  if (upos == Upos::PUNCT) {
    if (form == "«" || form == "“") return TokenKind::quote_open;
    if (form == "»" || form == "”") return TokenKind::quote_close;
    return TokenKind::punct;
  }
  if (upos == Upos::SYM) return TokenKind::symbol;
  if (!form.empty() && form[0] >= '0' && form[0] <= '9' &&
      form.find_first_not_of("0123456789,.:") == std::string_view::npos)
    return TokenKind::number;
  return TokenKind::word;
}

}  // namespace detail

// Builds one sentence from the notation.
inline Tagged tagged(std::string_view notation) {
  Tagged out;
  Document& doc = out.doc;
  doc.name = "test";
  struct Spec { std::string form; Token token; std::string lemma; bool glued; };
  std::vector<Spec> specs;
  size_t pos = 0;
  while (pos < notation.size()) {
    while (pos < notation.size() && notation[pos] == ' ') ++pos;
    size_t end = notation.find(' ', pos);
    if (end == std::string_view::npos) end = notation.size();
    std::string_view item = notation.substr(pos, end - pos);
    pos = end;
    bool glued = false;
    while (!item.empty()) {
      const size_t tilde = item.find('~');
      std::string_view spec = item.substr(0, tilde);
      item = tilde == std::string_view::npos ? std::string_view() : item.substr(tilde + 1);
      const size_t bar = spec.find('|');
      std::string_view feats = bar == std::string_view::npos ? std::string_view() : spec.substr(bar + 1);
      spec = spec.substr(0, bar);
      const size_t slash = spec.find('/', 1);  // a form may be "/" itself
      REQUIRE(slash != std::string_view::npos);
      Spec s;
      s.form = std::string(spec.substr(0, slash));
      std::string_view rest = spec.substr(slash + 1);
      const size_t slash2 = rest.find('/');
      detail::parse_tag(rest.substr(0, slash2), s.token);
      if (slash2 != std::string_view::npos) s.lemma = std::string(rest.substr(slash2 + 1));
      while (!feats.empty()) {
        const size_t b = feats.find('|');
        s.token.feats = detail::parse_feature(feats.substr(0, b), s.token.feats);
        feats = b == std::string_view::npos ? std::string_view() : feats.substr(b + 1);
      }
      s.glued = glued;
      glued = true;
      specs.push_back(std::move(s));
    }
  }
  for (Spec& s : specs) {
    const bool first = doc.tokens.empty();
    if (!first && !s.glued) {
      doc.text += ' ';
      doc.view.text += ' ';
    }
    Token t = s.token;
    const std::string normalized = lang::normalize_word(s.form);
    t.original = {static_cast<uint32_t>(doc.text.size()), static_cast<uint32_t>(doc.text.size() + s.form.size())};
    t.normalized = {static_cast<uint32_t>(doc.view.text.size()),
                    static_cast<uint32_t>(doc.view.text.size() + normalized.size())};
    doc.text += s.form;
    doc.view.text += normalized;
    t.kind = detail::kind_of(s.form, t.upos);
    if (!first && !s.glued) t.shape |= kSpaceBefore;
    // Capitalized when lower-casing changes the first letter ("Le", "État").
    const auto lead = static_cast<unsigned char>(s.form[0]);
    const size_t first_len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (t.kind == TokenKind::word && normalized.compare(0, first_len, s.form, 0, first_len) != 0)
      t.shape |= kCapitalized;
    if (!s.lemma.empty()) {
      out.lemmas->push_back(s.lemma);
      t.lemma = out.lemmas->back();
    }
    doc.tokens.push_back(t);
  }
  Sentence sentence;
  sentence.first_token = 0;
  sentence.end_token = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(sentence);
  return out;
}

// The canonical dump of a chunked document.
inline std::string dump(const Document& doc) {
  std::string out;
  for (const Chunk& c : doc.chunks) {
    if (!out.empty()) out += ' ';
    if (c.kind == ChunkKind::punct) {
      out += doc.original(doc.tokens[c.first_token]);
      continue;
    }
    out += '[';
    out += to_string(c.kind);
    for (uint32_t k = c.first_token; k < c.end_token; ++k) {
      // Glued tokens ("@" "jdupont") print glued.
      if (k == c.first_token || doc.tokens[k].has(kSpaceBefore)) out += ' ';
      if (k == c.head) out += '*';
      out += doc.original(doc.tokens[k]);
    }
    if (c.apposition_of >= 0) {
      out += " >";
      out += doc.original(doc.tokens[doc.chunks[c.apposition_of].head]);
    }
    out += ']';
  }
  return out;
}

// Tags, chunks and dumps one sentence of the notation.
inline std::string chunked(std::string_view notation) {
  Tagged t = tagged(notation);
  Chunker(french_roles()).run(t.doc);
  return dump(t.doc);
}

}  // namespace whosaid::morph::testing
