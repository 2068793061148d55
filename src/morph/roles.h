// Roles: what the closed-class words of a language do, as the chunker and the
// patterns above it need to know (a complementizer, a reflexive clitic, a
// recipient preposition, a time noun ...). Read once from the language folder
// and read-only afterwards: share one Roles across threads.
//
// The code names roles, never words, so a language is a data folder:
//   data/lang/<code>/roles.tsv      role <TAB> word [<TAB> link]
//   data/lang/<code>/locutions.tsv  kind <TAB> phrase of several words
//   data/lang/<code>/titles.tsv     its one-word forms get the title role
// (formats in docs/chunks.md; every line is validated, errors name file:line).
//
//   morph::Roles roles;
//   Status s = morph::Roles::load(data_dir / "lang" / "fr", lexicon.elisions(), roles);
//   if (roles.of(doc, token) & morph::role_bit(morph::Role::reflexive_clitic)) ...
//
// A word is matched against a token's normalized form, and for the roles of
// inflected words (verbs, nouns: see matches_lemma) against its lemma too:
// listing the lemma "avoir" as auxiliary covers "a", "ont", "avait" once the
// tagger has set lemmas. Closed-class forms match as written, since a
// treebank's lemmas merge them (UD French gives "elle" the lemma "lui", which
// must not make it an object clitic).
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/form_table.h"
#include "core/morph.h"
#include "core/status.h"

namespace whosaid::morph {

enum class Role : uint8_t {
  // Clause openers.
  complementizer,            // introduces a clause: que, qu' (en: that)
  relative_pronoun,          // qui, que, dont, où, lequel (en: who, which, that)
  coordinating_conjunction,  // et, ou, mais, ni (en: and, or, but)
  // Pronouns and clitics.
  subject_pronoun,           // il, elle, on, nous, vous: decides "nous" subject or object
  reflexive_clitic,          // se, s', me, nous, vous: "s'est dit"
  object_clitic,             // le, la, les, lui, leur, y, en: "lui a dit"
  // Negation.
  negation_particle,         // ne, n': opens a negated verb group
  negation,                  // pas, jamais, plus, rien (en: not, never)
  // Verbs.
  auxiliary,                 // avoir, être (en: have, be, will)
  semi_auxiliary,            // pouvoir, devoir, venir de, tenir à: one group with the infinitive
  floating_quantifier,       // tous: "ils ont tous refusé" (en: all)
  // Prepositions.
  recipient_preposition,     // à, au, aux: "a dit à l'AFP" (en: to)
  agent_preposition,         // par: a passive's agent (en: by)
  genitive_preposition,      // de, du, des: a noun's complement, a count's link (en: of)
  // Time.
  time_noun,                 // soir, semaine, année: its noun phrase is an adverbial
  time_part_noun,            // début, fin, fois, reprise: an adverbial after a preposition
  time_unit,                 // h: "14 h 30", "14h30" (en: pm, am)
  day_name,                  // lundi (en: Monday)
  month_name,                // mars (en: March)
  // Counts.
  quantity_noun,             // dizaine, plupart: "une dizaine de manifestants"
  quantity_adverb,           // beaucoup, plus: "plus de 200 personnes"
  number_modifier,           // environ: "environ 300 personnes"
  // Names and handles.
  name_particle,             // de, von, van, ben inside a name: "Charles de Gaulle"
  handle_mark,               // @, #: "@jdupont", "#grève"
  title,                     // from titles.tsv: m., mme, président
  count
};
inline constexpr int kRoleCount = static_cast<int>(Role::count);

// A set of roles, one bit each.
using RoleSet = uint32_t;
static_assert(kRoleCount <= 32, "RoleSet holds one bit per role");
constexpr RoleSet role_bit(Role r) { return RoleSet{1} << static_cast<int>(r); }
constexpr bool has_role(RoleSet set, Role r) { return (set & role_bit(r)) != 0; }

// Whether a role's words are lemmas of inflected words (auxiliary,
// semi_auxiliary, time nouns, days, months, quantity nouns, titles), matched
// against a token's lemma as well as its form. The others are closed-class
// forms, matched against the form only.
constexpr bool matches_lemma(Role r) {
  switch (r) {
    case Role::auxiliary: case Role::semi_auxiliary: case Role::time_noun: case Role::time_part_noun:
    case Role::time_unit: case Role::day_name: case Role::month_name: case Role::quantity_noun:
    case Role::title: return true;
    default: return false;
  }
}
// The roles matches_lemma() says are read on lemmas.
RoleSet lemma_roles();

// "relative_pronoun" <-> Role::relative_pronoun, the names roles.tsv uses.
std::string_view to_string(Role);
bool role_from_string(std::string_view name, Role& out);

// A fixed expression of several tokens (locutions.tsv).
enum class LocutionKind : uint8_t {
  adverbial,         // "en effet", "de son côté": one adverbial chunk
  preposition,       // "lors de", "grâce à": a preposition, then its object
  time_preposition,  // "il y a": a preposition only before a time noun phrase
  conjunction,       // "parce que", "alors que": a clause opener
};
std::string_view to_string(LocutionKind);

struct LocutionWord {
  std::string word;                  // normalized; empty for a placeholder
  Upos placeholder = Upos::unknown;  // DET, NUM...: any token with this part of speech
  uint32_t entry_id = 0;             // the id of its word's WordEntry (every locution word has one)
};

struct Locution {
  LocutionKind kind = LocutionKind::adverbial;
  std::vector<LocutionWord> words;   // at least two; the first is a word
  uint32_t line = 0;                 // in locutions.tsv, for messages
};

class Roles {
 public:
  // What the data says of one word: its roles, its infinitive links and the
  // locutions it starts.
  struct WordEntry {
    RoleSet roles = 0;
    uint32_t links_begin = 0, links_end = 0;          // into links_ (semi_auxiliary)
    uint32_t locutions_begin = 0, locutions_end = 0;  // into locution_index_
    // 1 + its index among the words: two entries are of the same word when
    // their ids are. Every word of a locution has an entry (maybe with no
    // role), so that a token matches a locution word by its entries' ids,
    // without comparing strings.
    uint32_t id = 0;
  };
  // A token's entries: of its normalized form, and of its lemma when that
  // differs (else null). The morph stage keeps them per word type, so that
  // the chunker looks nothing up again.
  struct TokenEntries {
    const WordEntry* form = nullptr;
    const WordEntry* lemma = nullptr;
  };

  // Reads roles.tsv, locutions.tsv and titles.tsv from `language_dir`.
  // `elisions` are the apostrophe-final prefixes the tokenizer splits off
  // (lang::Lexicon::elisions()), so that "d'après" is split as the text is.
  // Errors are bad_data with file:line ("roles.tsv:12: unknown role 'xyz'"),
  // or io_error for a missing file.
  static Status load(const std::filesystem::path& language_dir, const std::vector<std::string>& elisions,
                     Roles& out);

  // The roles of one normalized word (one hash lookup, no allocation).
  RoleSet of_word(std::string_view word) const;
  // The roles of a token: those of its normalized form, and those of its
  // lemma that matches_lemma() allows.
  RoleSet of(const Document& doc, const Token& token) const;

  // Whether a semi-auxiliary verb (given by form or lemma) takes its
  // infinitive after `link` (a preposition's form or lemma; empty: a bare
  // infinitive): links_infinitive("venir", "de"), links_infinitive("pouvoir", "").
  bool links_infinitive(std::string_view verb, std::string_view link) const;

  // Indices into locutions() of those whose first word is `word`, longest first.
  std::span<const uint32_t> locutions_starting(std::string_view word) const;

  // The same three questions for words already looked up.
  const WordEntry* entry(std::string_view word) const { return find(word); }
  TokenEntries entries(const Document& doc, const Token& token) const;
  static RoleSet roles_of(TokenEntries e) {
    return (e.form != nullptr ? e.form->roles : 0) | (e.lemma != nullptr ? e.lemma->roles & lemma_roles() : 0);
  }
  std::span<const uint32_t> locutions_of(const WordEntry* e) const {
    if (e == nullptr) return {};
    return std::span<const uint32_t>(locution_index_.data() + e->locutions_begin, e->locutions_end - e->locutions_begin);
  }
  const std::vector<Locution>& locutions() const { return locutions_; }

  // How many distinct words have a role (tests).
  size_t size() const { return words_.size(); }

 private:
  const WordEntry* find(std::string_view word) const { return words_.find(word); }

  friend class RolesBuilder;
  FormTable<WordEntry> words_;  // read for every token and lemma: one probe, no allocation
  std::vector<std::string> links_;
  std::vector<Locution> locutions_;
  std::vector<uint32_t> locution_index_;
};

}  // namespace whosaid::morph
