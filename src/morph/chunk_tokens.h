// Internal to the chunker: the questions its rules ask about a token (part
// of speech, roles, shape), answered from the tagged document and the role
// sets computed once per token.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "morph/roles.h"

namespace whosaid::morph {

class ChunkTokens {
 public:
  ChunkTokens(const Document& doc, const Roles& roles, std::span<const Roles::TokenEntries> entries,
              std::span<const RoleSet> token_roles)
      : doc_(doc), roles_(roles), entries_(entries), token_roles_(token_roles) {}

  const Document& doc() const { return doc_; }
  const Roles& roles() const { return roles_; }
  const Token& token(uint32_t i) const { return doc_.tokens[i]; }
  Upos upos(uint32_t i) const { return doc_.tokens[i].upos; }
  bool is(uint32_t i, Upos u) const { return doc_.tokens[i].upos == u; }
  bool has(uint32_t i, Role r) const { return has_role(token_roles_[i], r); }
  // The role entries of its form and (when it differs) its lemma.
  const Roles::TokenEntries& entries(uint32_t i) const { return entries_[i]; }
  uint8_t feat(uint32_t i, Feat f) const { return feature(doc_.tokens[i].feats, f); }
  std::string_view form(uint32_t i) const { return doc_.normalized(doc_.tokens[i]); }
  std::string_view lemma(uint32_t i) const {
    const Token& t = doc_.tokens[i];
    return t.lemma.empty() ? form(i) : t.lemma;
  }

  bool punct(uint32_t i) const {
    const TokenKind k = doc_.tokens[i].kind;
    return k == TokenKind::punct || k == TokenKind::quote_open || k == TokenKind::quote_close ||
           (doc_.tokens[i].upos == Upos::PUNCT);
  }
  bool verbal(uint32_t i) const { return is(i, Upos::VERB) || is(i, Upos::AUX); }
  bool nominal(uint32_t i) const { return is(i, Upos::NOUN) || is(i, Upos::PROPN); }
  bool capitalized(uint32_t i) const { return doc_.tokens[i].has(kCapitalized); }
  bool space_before(uint32_t i) const { return doc_.tokens[i].has(kSpaceBefore); }

  // A preposition fused with the article ("du", "au", "des" after a noun):
  // the tagger marks it ADP with the article's features.
  bool fused_article(uint32_t i) const {
    return is(i, Upos::ADP) && (feat(i, Feat::pron_type) == feat::art || feat(i, Feat::definite) != 0);
  }
  bool relative(uint32_t i) const {
    if (feat(i, Feat::pron_type) == feat::rel) return is(i, Upos::PRON) || is(i, Upos::ADV);
    return is(i, Upos::PRON) && has(i, Role::relative_pronoun);
  }
  // Any time word a noun phrase can be headed by (not time_part: that needs a preposition).
  bool time_word(uint32_t i) const {
    return has(i, Role::time_noun) || has(i, Role::day_name) || has(i, Role::month_name) ||
           has(i, Role::time_unit) || clock_time(i);
  }

  // "17:36" (a number with a colon) or "14h30", "9h" (digits glued to a
  // time unit, then digits or nothing).
  bool clock_time(uint32_t i) const {
    const std::string_view f = form(i);
    if (f.empty() || f[0] < '0' || f[0] > '9') return false;
    if (doc_.tokens[i].kind == TokenKind::number) return f.find(':') != std::string_view::npos;
    size_t p = 0;
    while (p < f.size() && f[p] >= '0' && f[p] <= '9') ++p;
    size_t unit_end = p;
    while (unit_end < f.size() && (f[unit_end] < '0' || f[unit_end] > '9')) ++unit_end;
    for (size_t k = unit_end; k < f.size(); ++k) {
      if (f[k] < '0' || f[k] > '9') return false;
    }
    return unit_end > p && has_role(roles_.of_word(f.substr(p, unit_end - p)), Role::time_unit);
  }

  // Four digits starting with 1 or 2: a year, read as time only where a date
  // or a preposition makes it one ("mars 2024", "en 2024").
  bool year(uint32_t i) const {
    const std::string_view f = form(i);
    if (doc_.tokens[i].kind != TokenKind::number || f.size() != 4 || (f[0] != '1' && f[0] != '2')) return false;
    for (char c : f) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

 private:
  const Document& doc_;
  const Roles& roles_;
  std::span<const Roles::TokenEntries> entries_;
  std::span<const RoleSet> token_roles_;
};

}  // namespace whosaid::morph
