// Roles::load: reads roles.tsv, locutions.tsv and titles.tsv, validates each
// line, and flattens them into one hash map from a word to its roles, its
// semi-auxiliary links and the locutions it starts.
#include "morph/roles.h"

#include <algorithm>
#include <array>
#include <map>

#include "lang/tsv.h"

namespace whosaid::morph {

namespace {

constexpr std::array<std::string_view, kRoleCount> kRoleNames = {
    "complementizer",  "relative_pronoun", "coordinating_conjunction", "subject_pronoun",
    "reflexive_clitic", "object_clitic",   "negation_particle",        "negation",
    "auxiliary",       "semi_auxiliary",   "floating_quantifier",      "recipient_preposition",
    "agent_preposition", "genitive_preposition", "time_noun",          "time_part_noun",
    "time_unit",       "day_name",         "month_name",               "quantity_noun",
    "quantity_adverb", "number_modifier",  "name_particle",            "handle_mark",
    "title",
};

constexpr std::array<std::string_view, 4> kLocutionKindNames = {
    "adverbial", "preposition", "time_preposition", "conjunction"};

bool locution_kind_from_string(std::string_view name, LocutionKind& out) {
  for (size_t i = 0; i < kLocutionKindNames.size(); ++i) {
    if (kLocutionKindNames[i] == name) {
      out = static_cast<LocutionKind>(i);
      return true;
    }
  }
  return false;
}

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

// A placeholder is written in ASCII capitals: "DET", "NUM".
bool looks_like_placeholder(std::string_view w) {
  if (w.empty()) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::vector<std::string_view> split_on_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) out.push_back(s.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

}  // namespace

RoleSet lemma_roles() {
  static const RoleSet set = [] {
    RoleSet s = 0;
    for (int i = 0; i < kRoleCount; ++i) {
      if (matches_lemma(static_cast<Role>(i))) s |= role_bit(static_cast<Role>(i));
    }
    return s;
  }();
  return set;
}

std::string_view to_string(Role r) {
  const auto i = static_cast<size_t>(r);
  return i < kRoleNames.size() ? kRoleNames[i] : "?";
}

bool role_from_string(std::string_view name, Role& out) {
  for (size_t i = 0; i < kRoleNames.size(); ++i) {
    if (kRoleNames[i] == name) {
      out = static_cast<Role>(i);
      return true;
    }
  }
  return false;
}

std::string_view to_string(LocutionKind k) {
  const auto i = static_cast<size_t>(k);
  return i < kLocutionKindNames.size() ? kLocutionKindNames[i] : "?";
}

// Collects the three files into ordered maps (deterministic, easy to check
// for duplicates), then flattens them into the Roles' pools.
class RolesBuilder {
 public:
  RolesBuilder(const std::filesystem::path& dir, const std::vector<std::string>& elisions)
      : dir_(dir), elisions_(elisions) {}

  Status build(Roles& out) {
    if (Status s = load_roles(); !s.ok()) return s;
    if (Status s = load_titles(); !s.ok()) return s;
    if (Status s = load_locutions(); !s.ok()) return s;
    flatten(out);
    return {};
  }

 private:
  struct Word {
    RoleSet roles = 0;
    std::array<uint32_t, kRoleCount> line{};  // where each role was given, for duplicates
    std::vector<std::string> links;           // semi_auxiliary constructions; "" = bare
    std::vector<uint32_t> link_lines;
  };

  Status open(const char* name, lang::TsvFile& f) { return lang::read_tsv(dir_ / name, f); }

  // ---- roles.tsv: role, word [, link] ------------------------------------
  Status load_roles() {
    lang::TsvFile f;
    if (Status s = open("roles.tsv", f); !s.ok()) return s;
    for (const lang::TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 2, 3); !s.ok()) return s;
      Role role;
      if (!role_from_string(row.fields[0], role)) return f.error(row, "unknown role " + in_quotes(row.fields[0]));
      if (role == Role::title) return f.error(row, "title words are read from titles.tsv, not listed here");
      std::string word;
      if (Status s = one_word(f, row, row.fields[1], word); !s.ok()) return s;
      const bool has_link = row.fields.size() == 3;
      if (has_link && role != Role::semi_auxiliary) {
        return f.error(row, "only semi_auxiliary takes a third column (the link), not " + in_quotes(row.fields[0]));
      }
      std::string link;
      if (has_link) {
        if (Status s = one_word(f, row, row.fields[2], link); !s.ok()) return s;
      }
      Word& w = words_[word];
      if (role == Role::semi_auxiliary) {
        auto it = std::find(w.links.begin(), w.links.end(), link);
        if (it != w.links.end()) {
          return f.error(row, in_quotes(link.empty() ? word : word + " " + link) + " is already listed as semi_auxiliary (line " +
                                  std::to_string(w.link_lines[it - w.links.begin()]) + ")");
        }
        w.links.push_back(link);
        w.link_lines.push_back(row.line);
      } else if (has_role(w.roles, role)) {
        return f.error(row, in_quotes(word) + " is already listed as " + std::string(to_string(role)) + " (line " +
                                std::to_string(w.line[static_cast<int>(role)]) + ")");
      }
      w.roles |= role_bit(role);
      w.line[static_cast<int>(role)] = row.line;
    }
    return {};
  }

  // One normalized word, no space, not empty.
  Status one_word(const lang::TsvFile& f, const lang::TsvRow& row, std::string_view field, std::string& out) {
    if (field.empty()) return f.error(row, "empty word");
    out = lang::normalize_word(field);
    if (out.find(' ') != std::string::npos) {
      return f.error(row, in_quotes(field) + ": a role names one word; put phrases in locutions.tsv");
    }
    return {};
  }

  // ---- titles.tsv: its one-word forms are titles --------------------------
  // Its format and checks belong to the language stage (lang/lexicon_loader);
  // only the first column is read here.
  Status load_titles() {
    lang::TsvFile f;
    if (Status s = open("titles.tsv", f); !s.ok()) return s;
    for (const lang::TsvRow& row : f.rows) {
      if (row.fields.empty() || row.fields[0].empty()) continue;
      std::string word = lang::normalize_word(row.fields[0]);
      if (lang::split_phrase(word, elisions_).size() != 1) continue;
      Word& w = words_[word];
      w.roles |= role_bit(Role::title);
    }
    return {};
  }

  // ---- locutions.tsv: kind, phrase ----------------------------------------
  Status load_locutions() {
    lang::TsvFile f;
    if (Status s = open("locutions.tsv", f); !s.ok()) return s;
    std::map<std::pair<LocutionKind, std::string>, uint32_t> seen;
    for (const lang::TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 2, 2); !s.ok()) return s;
      Locution loc;
      loc.line = row.line;
      if (!locution_kind_from_string(row.fields[0], loc.kind)) {
        return f.error(row, "unknown locution kind " + in_quotes(row.fields[0]) +
                                " (adverbial, preposition, time_preposition, conjunction)");
      }
      if (Status s = split_locution(f, row, loc); !s.ok()) return s;
      std::string key;
      for (const LocutionWord& w : loc.words) key += (w.word.empty() ? std::string(to_string(w.placeholder)) : w.word) + " ";
      auto [it, inserted] = seen.emplace(std::make_pair(loc.kind, key), row.line);
      if (!inserted) {
        return f.error(row, in_quotes(row.fields[1]) + " is already listed as " + std::string(to_string(loc.kind)) +
                                " (line " + std::to_string(it->second) + ")");
      }
      locutions_.push_back(std::move(loc));
    }
    return {};
  }

  Status split_locution(const lang::TsvFile& f, const lang::TsvRow& row, Locution& loc) {
    for (std::string_view raw : split_on_spaces(row.fields[1])) {
      if (looks_like_placeholder(raw)) {
        LocutionWord w;
        w.placeholder = upos_from_string(raw);
        if (w.placeholder == Upos::unknown) {
          return f.error(row, in_quotes(raw) + " is not a part of speech (a word in capitals is a placeholder: DET, NUM, ADJ...)");
        }
        if (loc.words.empty()) return f.error(row, "a locution starts with a word, not a placeholder " + in_quotes(raw));
        loc.words.push_back(std::move(w));
        continue;
      }
      for (std::string& piece : lang::split_phrase(lang::normalize_word(raw), elisions_)) {
        LocutionWord w;
        w.word = std::move(piece);
        loc.words.push_back(std::move(w));
      }
    }
    if (loc.words.size() < 2) {
      return f.error(row, in_quotes(row.fields[1]) + ": a locution has at least two words (one word is the tagger's)");
    }
    return {};
  }

  void flatten(Roles& out) {
    out = Roles{};
    // Locutions by first word, longest first (ties: file order).
    std::map<std::string, std::vector<uint32_t>> starting;
    for (uint32_t i = 0; i < locutions_.size(); ++i) starting[locutions_[i].words[0].word].push_back(i);
    for (auto& [word, list] : starting) {
      std::stable_sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
        return locutions_[a].words.size() > locutions_[b].words.size();
      });
      words_[word];  // a locution's first word gets an entry, maybe with no role
    }
    // And its other words, which the chunker matches by entry id.
    for (const Locution& loc : locutions_)
      for (const LocutionWord& w : loc.words)
        if (w.placeholder == Upos::unknown) words_[w.word];
    uint32_t next_id = 1;
    for (auto& [word, w] : words_) {
      Roles::WordEntry e;
      e.id = next_id++;
      e.roles = w.roles;
      e.links_begin = static_cast<uint32_t>(out.links_.size());
      for (std::string& l : w.links) out.links_.push_back(std::move(l));
      e.links_end = static_cast<uint32_t>(out.links_.size());
      e.locutions_begin = static_cast<uint32_t>(out.locution_index_.size());
      if (auto it = starting.find(word); it != starting.end()) {
        out.locution_index_.insert(out.locution_index_.end(), it->second.begin(), it->second.end());
      }
      e.locutions_end = static_cast<uint32_t>(out.locution_index_.size());
      out.words_.insert(word, e);
    }
    out.locutions_ = std::move(locutions_);
    for (Locution& loc : out.locutions_)
      for (LocutionWord& w : loc.words)
        if (w.placeholder == Upos::unknown) w.entry_id = out.words_.find(w.word)->id;
  }

  std::filesystem::path dir_;
  const std::vector<std::string>& elisions_;
  std::map<std::string, Word> words_;
  std::vector<Locution> locutions_;
};

Status Roles::load(const std::filesystem::path& language_dir, const std::vector<std::string>& elisions, Roles& out) {
  return RolesBuilder(language_dir, elisions).build(out);
}

RoleSet Roles::of_word(std::string_view word) const {
  const WordEntry* e = find(word);
  return e ? e->roles : 0;
}

Roles::TokenEntries Roles::entries(const Document& doc, const Token& token) const {
  const std::string_view form = doc.normalized(token);
  TokenEntries e;
  e.form = find(form);
  if (!token.lemma.empty() && token.lemma != form) e.lemma = find(token.lemma);
  return e;
}

RoleSet Roles::of(const Document& doc, const Token& token) const { return roles_of(entries(doc, token)); }

bool Roles::links_infinitive(std::string_view verb, std::string_view link) const {
  const WordEntry* e = find(verb);
  if (e == nullptr) return false;
  for (uint32_t i = e->links_begin; i < e->links_end; ++i) {
    if (links_[i] == link) return true;
  }
  return false;
}

std::span<const uint32_t> Roles::locutions_starting(std::string_view word) const { return locutions_of(find(word)); }

}  // namespace whosaid::morph
