// Lexicon::load: reads every table of a language folder, validates each line,
// generates the verb forms and flattens it all into the one hash map find()
// looks in. See docs/language-data.md for the file formats.
#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "lang/conjugation.h"
#include "lang/lexicon_table.h"
#include "lang/lexicon.h"
#include "lang/tsv.h"

namespace whosaid::lang {

namespace {

enum Number : uint8_t { kSingular = 1, kPlural = 2, kBothNumbers = 3 };

bool parse_gender(std::string_view s, Gender& g) {
  if (s == "m") g = Gender::masculine;
  else if (s == "f") g = Gender::feminine;
  else if (s == "-") g = Gender::unknown;
  else return false;
  return true;
}

bool parse_number(std::string_view s, uint8_t& n) {
  if (s == "sg") n = kSingular;
  else if (s == "pl") n = kPlural;
  else if (s == "-") n = kBothNumbers;
  else return false;
  return true;
}

bool parse_country(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

bool parse_int(std::string_view s, int& value) {
  if (s.empty() || s.size() > 6) return false;
  value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// The spellings a phrase is also written with when capitals drop accents:
// every combination of stripping the first accent of its words (at most 3 such words).
std::vector<std::vector<std::string>> accent_variants(const std::vector<std::string>& words) {
  std::vector<std::vector<std::string>> out{words};
  size_t stripped = 0;
  for (size_t i = 0; i < words.size() && stripped < 3; ++i) {
    std::string plain = strip_initial_accent(words[i]);
    if (plain.empty()) continue;
    ++stripped;
    size_t n = out.size();
    for (size_t k = 0; k < n; ++k) {
      out.push_back(out[k]);
      out.back()[i] = plain;
    }
  }
  return out;
}

// The classes of function_words.tsv other than elision and abbreviation:
// each sets a flag (LexFlag) or a role (LexRole).
struct WordClass {
  std::string_view name;
  uint32_t flag = 0;
  uint32_t role = 0;
};
constexpr WordClass kWordClasses[] = {
    {"complementizer", kComplementizer, 0},
    {"negation", kNegation, 0},
    {"conjunction", kConjunction, 0},
    {"adverb", kAdverb, 0},
    {"preposition", kPreposition, 0},
    {"comparative", kComparative, 0},
    {"time", kTimeWord, 0},
    {"hypothetical", kHypothetical, 0},
    {"purpose", kPurpose, 0},
    {"privative", kPrivative, 0},
    {"reflexive_clitic", 0, kReflexiveClitic},
    {"dative_clitic", 0, kDativeClitic},
    {"accusative_clitic", 0, kAccusativeClitic},
    {"adverbial_clitic", 0, kAdverbialClitic},
    {"neuter_clitic", 0, kNeuterClitic},
    {"relative_pronoun", 0, kRelativePronoun},
    {"subject_relative", 0, kSubjectRelative},
    {"genitive", 0, kGenitive},
    {"dative", 0, kDative},
    {"contracted", 0, kContracted},
    {"agent_preposition", 0, kAgentPreposition},
    {"attached_preposition", 0, kAttachedPreposition},
    {"informant_preposition", 0, kInformantPreposition},
    {"document_preposition", 0, kDocumentPreposition},
    {"negation_particle", 0, kNegationParticle},
    {"impersonal_pronoun", 0, kImpersonalPronoun},
    {"generic_pronoun", 0, kGenericPronoun},
    {"gerund_marker", 0, kGerundMarker},
    {"gerund_preposition", 0, kGerundPreposition},
    {"comparison", 0, kComparison},
    {"other", 0, kOther},
    {"noun_coordinator", 0, kNounCoordinator},
    {"demonstrative_pronoun", 0, kDemonstrativePronoun},
    {"name_particle", 0, kNameParticle},
    {"complement_preposition", 0, kComplementPreposition},
    {"demonstrative_determiner", 0, kDemonstrativeDeterminer},
    {"interrogative", 0, kInterrogative},
};

bool class_bits(std::string_view name, uint32_t& flag, uint32_t& role) {
  for (const WordClass& c : kWordClasses)
    if (c.name == name) {
      flag = c.flag;
      role = c.role;
      return true;
    }
  return false;
}

std::string class_names() {
  std::string out;
  for (const WordClass& c : kWordClasses) out += std::string(c.name) + ", ";
  return out + "elision, abbreviation";
}

}  // namespace

class LexiconBuilder {
 public:
  explicit LexiconBuilder(std::filesystem::path dir) : dir_(std::move(dir)) {}

  Status build(Lexicon& out) {
    std::filesystem::path normal = dir_.lexically_normal();
    lex_.code_ = (normal.has_filename() ? normal.filename() : normal.parent_path().filename()).string();
    using Step = Status (LexiconBuilder::*)();
    // Elisions first: every later table splits its phrases with them.
    for (Step step : {&LexiconBuilder::load_function_words, &LexiconBuilder::load_models,
                      &LexiconBuilder::load_verbs, &LexiconBuilder::load_cues,
                      &LexiconBuilder::load_nouns, &LexiconBuilder::load_nationalities,
                      &LexiconBuilder::load_titles, &LexiconBuilder::load_numbers,
                      &LexiconBuilder::load_determiners, &LexiconBuilder::load_pronouns,
                      &LexiconBuilder::load_phrases, &LexiconBuilder::load_stopwords,
                      &LexiconBuilder::load_syntax,
                      &LexiconBuilder::generate_verbs}) {
      if (Status s = (this->*step)(); !s.ok()) return s;
    }
    finish();
    out = std::move(lex_);
    return {};
  }

 private:
  // An entry while the tables are read; flattened by finish().
  struct Draft {
    LexEntry entry;
    bool gender_set = false;
    uint8_t numbers = 0;            // Number bits of every reading
    std::vector<uint32_t> forms;    // into forms_
    std::vector<uint16_t> verbs;    // the verbs those forms belong to
  };
  struct PendingVerb {
    Verb verb;
    size_t model = 0;               // into models_
    bool auxiliary = false, modal = false, cue = false;
    std::string where;              // "file:line" of the first row naming it, for errors
  };
  struct PendingPhrase {
    Phrase phrase;
    uint32_t order = 0;             // file order, so sorting keeps it among equals
  };

  std::filesystem::path path(std::string_view file) const { return dir_ / file; }

  Draft& draft(const std::string& form) { return drafts_[form]; }

  // Applies f to the entry of `form` and, softly, to its accent-stripped
  // spelling ("état" -> "etat"). f(draft, variant) returns a Status; a variant
  // never fails, it keeps what it already had.
  template <typename F>
  Status add(const std::string& form, F&& f) {
    if (Status s = f(draft(form), false); !s.ok()) return s;
    if (std::string plain = strip_initial_accent(form); !plain.empty()) f(draft(plain), true);
    return {};
  }

  static void read(Draft& d, Gender g, uint8_t numbers) {
    if (!d.gender_set) {
      d.entry.gender = g;
      d.gender_set = true;
    } else if (d.entry.gender != g) {
      d.entry.gender = Gender::unknown;
    }
    d.numbers |= numbers;
  }

  Status set_country(Draft& d, bool variant, std::string_view code, const std::string& form,
                     const TsvFile& file, const TsvRow& row) {
    if (d.entry.country[0] != 0 && std::string_view(d.entry.country, 2) != code) {
      if (variant) return {};
      return file.error(row, in_quotes(form) + " already belongs to the country " + std::string(d.entry.country, 2) +
                                 ", not " + std::string(code));
    }
    d.entry.country[0] = code[0];
    d.entry.country[1] = code[1];
    return {};
  }

  Status set_number(Draft& d, bool variant, int value, const std::string& form, const TsvFile& file,
                    const TsvRow& row) {
    if (d.entry.number != 0 && d.entry.number != value) {
      if (variant) return {};
      return file.error(row, in_quotes(form) + " already has the value " + std::to_string(d.entry.number));
    }
    d.entry.number = static_cast<int16_t>(value);
    return {};
  }

  // Reads a table and rejects rows whose words are empty.
  // Reads one data file, and notes it with its digest: a compiled table of
  // this lexicon is fresh only while every file read here is unchanged.
  Status open(std::string_view file, TsvFile& out) {
    if (Status s = read_tsv(path(file), out); !s.ok()) return s;
    lex_.inputs_.emplace_back(std::string(file), data_digest(out.text));
    return {};
  }

  // ---- function_words.tsv: form, class -------------------------------------
  Status load_function_words() {
    TsvFile f;
    if (Status s = open("function_words.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 2, 2); !s.ok()) return s;
      std::string form = normalize_word(row.fields[0]);
      std::string_view cls = row.fields[1];
      if (form.empty() || form.find(' ') != std::string::npos) return f.error(row, "bad form " + in_quotes(form) + " (one word)");
      uint32_t flag = 0, role = 0;
      if (cls == "elision") {
        if (form.size() < 2 || form.back() != '\'') return f.error(row, "elision " + in_quotes(form) + " must end in an apostrophe");
        lex_.elisions_.push_back(form);
        flag = kElision;
      } else if (cls == "enclitic") {
        const size_t apostrophe = form.find('\'');
        if (apostrophe == std::string::npos || apostrophe > 1 || form.size() < apostrophe + 2) {
          return f.error(row, "enclitic " + in_quotes(form) + " must start with an apostrophe (or one letter and one: \"n't\")");
        }
        lex_.enclitics_.push_back(form);
      } else if (cls == "abbreviation") {
        if (form.back() != '.' && form.find("°") == std::string::npos) {
          return f.error(row, "abbreviation " + in_quotes(form) + " must end in a period (or hold °)");
        }
        lex_.abbreviations_.push_back(form);
        flag = kAbbreviation;
      } else if (!class_bits(cls, flag, role)) {
        return f.error(row, "unknown class " + in_quotes(cls) + " (" + class_names() + ")");
      }
      // Elisions and abbreviations are matched as written: no accent variants.
      draft(form).entry.flags |= flag;
      draft(form).entry.roles |= role;
    }
    // Longest first, so "lorsqu'" is peeled before "qu'" could be.
    auto longest_first = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
    std::stable_sort(lex_.elisions_.begin(), lex_.elisions_.end(), longest_first);
    std::stable_sort(lex_.enclitics_.begin(), lex_.enclitics_.end(), longest_first);
    return {};
  }

  // ---- conjugation_models.tsv ----------------------------------------------
  Status load_models() {
    TsvFile f;
    if (Status s = open("conjugation_models.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      ConjugationModel m;
      if (Status s = parse_model(f, row, m); !s.ok()) return s;
      if (model_index_.count(m.name) != 0) return f.error(row, "duplicate model " + in_quotes(m.name));
      model_index_[m.name] = models_.size();
      models_.push_back(std::move(m));
    }
    return {};
  }

  // Finds or creates the verb (lemma, pronominal) under `model`.
  Status verb(const TsvFile& f, const TsvRow& row, const std::string& lemma, bool pronominal,
              std::string_view model, size_t& index) {
    auto m = model_index_.find(std::string(model));
    if (m == model_index_.end()) return f.error(row, "unknown conjugation model " + in_quotes(model));
    std::string key = lemma + (pronominal ? "\x1fpron" : "");
    auto it = verb_index_.find(key);
    if (it != verb_index_.end()) {
      PendingVerb& v = pending_verbs_[it->second];
      if (v.model != m->second) {
        return f.error(row, "verb " + in_quotes(lemma) + " already uses model " + in_quotes(models_[v.model].name) +
                                " (" + v.where + ")");
      }
      index = it->second;
      return {};
    }
    PendingVerb v;
    v.verb.lemma = lemma;
    v.verb.pronominal = pronominal;
    v.verb.etre_auxiliary = pronominal;
    v.verb.model = models_[m->second].name;
    v.model = m->second;
    v.where = f.name + ":" + std::to_string(row.line);
    // Check now, so the error points at this row.
    std::vector<GeneratedForm> forms;
    std::string error;
    if (!conjugate(models_[v.model], lemma, {}, forms, error)) return f.error(row, error);
    index = pending_verbs_.size();
    verb_index_[key] = index;
    pending_verbs_.push_back(std::move(v));
    return {};
  }

  // ---- verbs.tsv: lemma, model, role, auxiliary ----------------------------
  Status load_verbs() {
    TsvFile f;
    if (Status s = open("verbs.tsv", f); !s.ok()) return s;
    struct OwnAuxiliary {
      size_t verb;
      std::string lemma;
      const TsvRow* row;
    };
    std::vector<OwnAuxiliary> own_auxiliaries;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 4, 4); !s.ok()) return s;
      std::string lemma = normalize_word(row.fields[0]);
      if (lemma.empty() || lemma.find(' ') != std::string::npos) return f.error(row, "bad lemma " + in_quotes(lemma) + " (one word)");
      std::string_view role = row.fields[2];
      if (role != "auxiliary" && role != "passive_auxiliary" && role != "modal" && role != "perception" && role != "plain") {
        return f.error(row, "unknown role " + in_quotes(role) + " (auxiliary, passive_auxiliary, modal, perception, plain)");
      }
      size_t v = 0;
      if (Status s = verb(f, row, lemma, false, row.fields[1], v); !s.ok()) return s;
      pending_verbs_[v].auxiliary |= role == "auxiliary" || role == "passive_auxiliary";
      pending_verbs_[v].verb.passive_auxiliary |= role == "passive_auxiliary";
      pending_verbs_[v].modal |= role == "modal" || role == "perception";
      pending_verbs_[v].verb.perception |= role == "perception";
      own_auxiliaries.push_back({v, normalize_word(row.fields[3]), &row});
    }
    // The fourth column names the auxiliary of the verb's own compound tenses,
    // a verb of this file with an auxiliary role; the one that also makes
    // passives (French "être") is the one pronominal verbs take.
    for (const OwnAuxiliary& own : own_auxiliaries) {
      auto it = verb_index_.find(own.lemma);
      const bool known = it != verb_index_.end() && pending_verbs_[it->second].auxiliary;
      if (!known) {
        return f.error(*own.row, "auxiliary " + in_quotes(own.lemma) +
                                     " is not a verb of this file with role auxiliary or passive_auxiliary");
      }
      pending_verbs_[own.verb].verb.etre_auxiliary |= pending_verbs_[it->second].verb.passive_auxiliary;
    }
    return {};
  }

  // ---- cue_verbs.tsv: expression, model, type, belief, frames --------------
  Status load_cues() {
    TsvFile f;
    if (Status s = open("cue_verbs.tsv", f); !s.ok()) return s;
    std::set<std::string> seen;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 5, 5); !s.ok()) return s;
      Cue cue;
      cue.expression = normalize_word(row.fields[0]);
      if (!seen.insert(cue.expression).second) return f.error(row, "duplicate cue " + in_quotes(cue.expression));
      std::vector<std::string> words = split_phrase(cue.expression, lex_.elisions_);
      // Leading negation words (function_words.tsv, read first) make a cue
      // that holds only under negation: "ne pas souhaiter", "not respond";
      // a reflexive clitic after them, a pronominal verb: "s'indigner".
      auto word_has = [&](const std::string& w, uint32_t flag, uint32_t role) {
        auto d = drafts_.find(w);
        return d != drafts_.end() && ((d->second.entry.flags & flag) || (d->second.entry.roles & role));
      };
      size_t i = 0;
      while (i + 1 < words.size() && word_has(words[i], kNegation, 0)) ++i;
      cue.negated = i > 0;
      bool pronominal = false;
      if (i < words.size() && word_has(words[i], 0, kReflexiveClitic)) {
        pronominal = true;
        ++i;
      }
      if (i >= words.size()) return f.error(row, "cue " + in_quotes(cue.expression) + " has no verb");
      std::string lemma = words[i++];
      cue.tail.assign(words.begin() + static_cast<std::ptrdiff_t>(i), words.end());

      std::string_view type = row.fields[2];
      if (type == "statement") cue.type = AttributionType::statement;
      else if (type == "denial") cue.type = AttributionType::denial;
      else if (type == "refusal") cue.type = AttributionType::refusal;
      else return f.error(row, "unknown type " + in_quotes(type) + " (statement, denial, refusal)");

      std::string_view belief = row.fields[3];
      if (belief != "yes" && belief != "no") return f.error(row, "belief must be yes or no, not " + in_quotes(belief));
      cue.belief = belief == "yes";

      cue.frames = 0;
      std::string_view frames = row.fields[4];
      size_t pos = 0;
      while (pos <= frames.size()) {
        size_t end = frames.find(',', pos);
        if (end == std::string_view::npos) end = frames.size();
        std::string_view name = frames.substr(pos, end - pos);
        pos = end + 1;
        static constexpr struct { std::string_view name; uint16_t bit; } kFrames[] = {
            {"que", kFrameQue}, {"colon", kFrameColon}, {"postposed", kFramePostposed},
            {"object", kFrameObject}, {"de_inf", kFrameDeInfinitive}, {"a_inf", kFrameAInfinitive},
            {"inf", kFrameInfinitive}, {"passive", kFramePassive}, {"clause", kFrameClause},
            {"recipient", kFrameRecipient}, {"possessive", kFramePossessive}, {"raising", kFrameRaising},
            {"question", kFrameQuestion}};
        uint16_t bit = 0;
        for (const auto& fr : kFrames) {
          if (fr.name == name) bit = fr.bit;
        }
        if (bit == 0) {
          return f.error(row, "unknown frame " + in_quotes(name) +
                                  " (que, colon, postposed, object, de_inf, a_inf, inf, passive, clause, recipient, possessive, raising, question)");
        }
        cue.frames |= bit;
      }

      size_t v = 0;
      if (Status s = verb(f, row, lemma, pronominal, row.fields[1], v); !s.ok()) return s;
      pending_verbs_[v].cue = true;
      cue.verb = static_cast<uint16_t>(v);
      if (cue.type == AttributionType::refusal) {
        // The refusal heads as phrases too (PhraseKind::refusal_head), written
        // with the lemma; match inflected forms through the cue.
        PendingPhrase p;
        p.phrase.kind = PhraseKind::refusal_head;
        p.phrase.words = words;
        p.phrase.value = lemma;
        add_phrase(std::move(p));
      }
      lex_.cues_.push_back(std::move(cue));
    }
    return {};
  }

  // ---- source_nouns.tsv: lemma, kind, m.sg, f.sg, m.pl, f.pl ---------------
  Status load_nouns() {
    TsvFile f;
    if (Status s = open("source_nouns.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 6, 7); !s.ok()) return s;
      Noun noun;
      noun.lemma = normalize_word(row.fields[0]);
      std::string_view kind = row.fields[1];
      uint32_t flags = kSourceNoun;
      if (kind == "person") noun.kind = EntityKind::person;
      else if (kind == "organization") noun.kind = EntityKind::organization, flags |= kOrganizationNoun;
      else if (kind == "group") noun.kind = EntityKind::group, flags |= kGroupNoun;
      else return f.error(row, "unknown kind " + in_quotes(kind) + " (person, organization, group)");
      if (lex_.nouns_.size() >= UINT16_MAX) return f.error(row, "too many source nouns");
      auto index = static_cast<uint16_t>(lex_.nouns_.size());
      if (row.fields.size() > 6 && !row.fields[6].empty() && row.fields[6] != "-") {
        // One or more uses, comma-separated: "anonymous", "stateless".
        std::string_view uses = row.fields[6];
        while (!uses.empty()) {
          const size_t comma = uses.find(',');
          const std::string_view use = uses.substr(0, comma);
          if (use == "anonymous") noun.anonymous_sourcing = true;
          else if (use == "stateless") noun.stateless = true;
          else return f.error(row, "bad use " + in_quotes(use) + " (anonymous, stateless, or -)");
          uses = comma == std::string_view::npos ? std::string_view() : uses.substr(comma + 1);
        }
      }
      lex_.nouns_.push_back(noun);
      static constexpr Gender kGender[4] = {Gender::masculine, Gender::feminine, Gender::masculine, Gender::feminine};
      static constexpr uint8_t kNumber[4] = {kSingular, kSingular, kPlural, kPlural};
      bool any = false;
      for (size_t k = 0; k < 4; ++k) {
        std::string form = normalize_word(row.fields[2 + k]);
        if (form == "-") continue;
        if (form.empty() || form.find(' ') != std::string::npos) {
          return f.error(row, "bad form " + in_quotes(form) + " (one word, or - for none)");
        }
        any = true;
        Status s = add(form, [&](Draft& d, bool variant) -> Status {
          if (d.entry.noun != UINT16_MAX && lex_.nouns_[d.entry.noun].lemma != noun.lemma) {
            if (variant) return {};
            return f.error(row, in_quotes(form) + " is already a form of the noun " + in_quotes(lex_.nouns_[d.entry.noun].lemma));
          }
          d.entry.flags |= flags;
          d.entry.noun = index;
          d.entry.noun_kind = noun.kind;
          read(d, kGender[k], kNumber[k]);
          return {};
        });
        if (!s.ok()) return s;
      }
      if (!any) return f.error(row, "noun " + in_quotes(noun.lemma) + " has no form");
    }
    return {};
  }

  // ---- syntax.tsv: option, value ----------------------------------------------
  // Each option takes one of two values; the second sets its flag.
  struct SyntaxOption {
    std::string_view name, off, on;
    bool Lexicon::*flag;
  };

  Status load_syntax() {
    static constexpr SyntaxOption kOptions[] = {
        {"tag_subject", "after", "either", &Lexicon::tag_subject_first_},
        {"resumed_quotation", "apart", "join", &Lexicon::resumed_quotation_joins_},
        {"cue_homographs", "lexicon", "tagger", &Lexicon::tagger_decides_cues_},
        {"headline_speaker", "quoted", "colon", &Lexicon::headline_colon_speaks_},
        {"coordinated_subject", "each", "one", &Lexicon::coordinated_subject_one_},
        {"tail_preposition", "content", "cue", &Lexicon::tail_preposition_in_cue_},
        {"object_recipient", "apart", "content", &Lexicon::object_recipient_in_content_},
        {"relative_source", "antecedent", "pronoun", &Lexicon::relative_pronoun_source_},
        {"refusal_object", "cue", "content", &Lexicon::refusal_object_in_content_},
    };
    constexpr size_t kCount = sizeof(kOptions) / sizeof(kOptions[0]);
    TsvFile f;
    if (Status s = open("syntax.tsv", f); !s.ok()) return s;
    bool seen[kCount] = {};
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 2, 2); !s.ok()) return s;
      const std::string_view option = row.fields[0], value = row.fields[1];
      size_t k = 0;
      while (k < kCount && kOptions[k].name != option) ++k;
      if (k == kCount) {
        std::string names;
        for (const SyntaxOption& o : kOptions) names += (names.empty() ? "" : ", ") + std::string(o.name);
        return f.error(row, "unknown option " + in_quotes(option) + " (" + names + ")");
      }
      const SyntaxOption& o = kOptions[k];
      if (value != o.off && value != o.on)
        return f.error(row, std::string(o.name) + " must be " + std::string(o.off) + " or " + std::string(o.on) +
                                ", not " + in_quotes(value));
      if (seen[k]) return f.error(row, std::string(o.name) + " given twice");
      seen[k] = true;
      lex_.*o.flag = value == o.on;
    }
    return {};
  }

  // ---- nationalities.tsv: code, m.sg, f.sg, m.pl, f.pl, [home] -------------
  Status load_nationalities() {
    TsvFile f;
    if (Status s = open("nationalities.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 5, 6); !s.ok()) return s;
      std::string_view code = row.fields[0];
      if (!parse_country(code)) return f.error(row, "bad country code " + in_quotes(code) + " (ISO 3166 alpha-2, e.g. RU)");
      if (row.fields.size() == 6) {
        if (row.fields[5] != "home") return f.error(row, "unknown sixth column " + in_quotes(row.fields[5]) + " (home or nothing)");
        if (!lex_.home_country_.empty())
          return f.error(row, "a second home country " + in_quotes(code) + " (the first is " + lex_.home_country_ + ")");
        lex_.home_country_ = std::string(code);
      }
      static constexpr Gender kGender[4] = {Gender::masculine, Gender::feminine, Gender::masculine, Gender::feminine};
      static constexpr uint8_t kNumber[4] = {kSingular, kSingular, kPlural, kPlural};
      for (size_t k = 0; k < 4; ++k) {
        std::string form = normalize_word(row.fields[1 + k]);
        if (form.empty() || form == "-" || form.find(' ') != std::string::npos) {
          return f.error(row, "bad form " + in_quotes(form) + " (one word)");
        }
        Status s = add(form, [&](Draft& d, bool variant) -> Status {
          if (Status c = set_country(d, variant, code, form, f, row); !c.ok()) return c;
          d.entry.flags |= kNationality | kNationalityNoun;
          read(d, kGender[k], kNumber[k]);
          return {};
        });
        if (!s.ok()) return s;
      }
    }
    return {};
  }

  // ---- titles.tsv: form, kind, gender, number ------------------------------
  Status load_titles() {
    TsvFile f;
    if (Status s = open("titles.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 4, 4); !s.ok()) return s;
      std::string form = normalize_word(row.fields[0]);
      std::string_view kind = row.fields[1];
      Gender g = Gender::unknown;
      uint8_t n = 0;
      if (kind != "honorific" && kind != "function") return f.error(row, "unknown kind " + in_quotes(kind) + " (honorific, function)");
      if (!parse_gender(row.fields[2], g)) return f.error(row, "bad gender " + in_quotes(row.fields[2]) + " (m, f, -)");
      if (!parse_number(row.fields[3], n)) return f.error(row, "bad number " + in_quotes(row.fields[3]) + " (sg, pl, -)");
      std::vector<std::string> words = split_phrase(form, lex_.elisions_);
      if (words.empty()) return f.error(row, "empty title");
      if (words.size() > 1) {
        PendingPhrase p;
        p.phrase.kind = PhraseKind::title;
        p.phrase.words = std::move(words);
        add_phrase(std::move(p));
        continue;
      }
      (void)add(form, [&](Draft& d, bool) -> Status {
        d.entry.flags |= kTitle;
        d.entry.honorific |= kind == "honorific";
        read(d, g, n);
        return {};
      });
    }
    return {};
  }

  // ---- numbers.tsv: form, value, kind, gender, number ----------------------
  Status load_numbers() {
    TsvFile f;
    if (Status s = open("numbers.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 5, 5); !s.ok()) return s;
      std::string form = normalize_word(row.fields[0]);
      if (form.empty() || form.find(' ') != std::string::npos) return f.error(row, "bad form " + in_quotes(form) + " (one word)");
      int value = 0;
      if (!parse_int(row.fields[1], value) || value == 0 || value > INT16_MAX) {
        return f.error(row, "bad value " + in_quotes(row.fields[1]) + " (a whole number from 1 to 32767)");
      }
      std::string_view kind = row.fields[2];
      uint32_t flag = 0;
      if (kind == "cardinal" || kind == "approximate") flag = kNumberWord;
      else if (kind == "ordinal") flag = kOrdinal;
      if (flag == 0) return f.error(row, "unknown kind " + in_quotes(kind) + " (cardinal, ordinal, approximate)");
      Gender g = Gender::unknown;
      uint8_t n = 0;
      if (!parse_gender(row.fields[3], g)) return f.error(row, "bad gender " + in_quotes(row.fields[3]) + " (m, f, -)");
      if (!parse_number(row.fields[4], n)) return f.error(row, "bad number " + in_quotes(row.fields[4]) + " (sg, pl, -)");
      Status s = add(form, [&](Draft& d, bool variant) -> Status {
        if (Status c = set_number(d, variant, value, form, f, row); !c.ok()) return c;
        d.entry.flags |= flag;
        d.entry.approximate |= kind == "approximate";
        read(d, g, n);
        return {};
      });
      if (!s.ok()) return s;
    }
    return {};
  }

  // ---- determiners.tsv: form, kind, gender, number -------------------------
  Status load_determiners() {
    TsvFile f;
    if (Status s = open("determiners.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 4, 4); !s.ok()) return s;
      std::string form = normalize_word(row.fields[0]);
      if (form.empty() || form.find(' ') != std::string::npos) return f.error(row, "bad form " + in_quotes(form) + " (one word)");
      std::string_view kind = row.fields[1];
      if (kind != "definite" && kind != "indefinite" && kind != "possessive")
        return f.error(row, "unknown kind " + in_quotes(kind) + " (definite, indefinite, possessive)");
      Gender g = Gender::unknown;
      uint8_t n = 0;
      if (!parse_gender(row.fields[2], g)) return f.error(row, "bad gender " + in_quotes(row.fields[2]) + " (m, f, -)");
      if (!parse_number(row.fields[3], n)) return f.error(row, "bad number " + in_quotes(row.fields[3]) + " (sg, pl, -)");
      (void)add(form, [&](Draft& d, bool) -> Status {
        d.entry.flags |= kDeterminer;
        d.entry.definite |= kind == "definite" || kind == "possessive";
        d.entry.possessive |= kind == "possessive";
        d.entry.indefinite |= kind == "indefinite";
        read(d, g, n);
        return {};
      });
    }
    return {};
  }

  // ---- pronouns.tsv: form, gender, number, inversion -----------------------
  Status load_pronouns() {
    TsvFile f;
    if (Status s = open("pronouns.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 5, 5); !s.ok()) return s;
      std::string form = normalize_word(row.fields[0]);
      if (form.empty() || form.find(' ') != std::string::npos) return f.error(row, "bad form " + in_quotes(form) + " (one word)");
      Gender g = Gender::unknown;
      uint8_t n = 0;
      if (!parse_gender(row.fields[1], g)) return f.error(row, "bad gender " + in_quotes(row.fields[1]) + " (m, f, -)");
      if (!parse_number(row.fields[2], n)) return f.error(row, "bad number " + in_quotes(row.fields[2]) + " (sg, pl, -)");
      std::string_view inversion = row.fields[3];
      if (inversion != "yes" && inversion != "no") return f.error(row, "inversion must be yes or no, not " + in_quotes(inversion));
      std::string_view use = row.fields[4];
      if (use != "subject" && use != "disjunctive") return f.error(row, "use must be subject or disjunctive, not " + in_quotes(use));
      if (inversion == "yes") {
        if (n == kBothNumbers) return f.error(row, "an inversion clitic needs a number (sg or pl)");
        if (use != "subject") return f.error(row, "only a subject pronoun is an inversion clitic");
        clitics_.push_back({form, n == kPlural, g});
      }
      (void)add(form, [&](Draft& d, bool) -> Status {
        if (use == "subject") d.entry.flags |= kSubjectPronoun;
        else d.entry.roles |= kDisjunctivePronoun;
        read(d, g, n);
        return {};
      });
    }
    return {};
  }

  // ---- phrases.tsv: kind, phrase, value ------------------------------------
  void add_phrase(PendingPhrase p) {
    for (std::vector<std::string>& words : accent_variants(p.phrase.words)) {
      std::string key = std::to_string(static_cast<int>(p.phrase.kind)) + '\x1f' + join(words);
      if (!phrase_keys_.insert(key).second) continue;
      PendingPhrase v = p;
      v.phrase.words = std::move(words);
      v.order = static_cast<uint32_t>(phrases_.size());
      phrases_.push_back(std::move(v));
    }
  }

  Status load_phrases() {
    TsvFile f;
    if (Status s = open("phrases.tsv", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 2, 3); !s.ok()) return s;
      std::string_view kind = row.fields[0];
      std::string_view value = row.fields.size() > 2 ? row.fields[2] : std::string_view();
      PendingPhrase p;
      if (kind == "according_to") p.phrase.kind = PhraseKind::according_to;
      else if (kind == "anonymity_reason") p.phrase.kind = PhraseKind::anonymity_reason;
      else if (kind == "knowledge") p.phrase.kind = PhraseKind::knowledge;
      else if (kind == "refusal_object") p.phrase.kind = PhraseKind::refusal_object;
      else if (kind == "institution") p.phrase.kind = PhraseKind::institution;
      else if (kind == "cleft") p.phrase.kind = PhraseKind::cleft;
      else return f.error(row, "unknown kind " + in_quotes(kind) +
                                   " (according_to, anonymity_reason, knowledge, refusal_object, institution, cleft)");
      if (p.phrase.kind == PhraseKind::institution && value != "-" && !parse_country(value)) {
        return f.error(row, "bad country code " + in_quotes(value) + " (ISO 3166 alpha-2, or - for none)");
      }
      if (p.phrase.kind == PhraseKind::according_to && !value.empty() && value != "initial" && value != "lemma") {
        return f.error(row, "bad value " + in_quotes(value) + " for according_to (empty, initial or lemma)");
      }
      p.phrase.value = value == "-" ? std::string() : std::string(value);
      std::vector<std::string> spellings;
      if (!expand_optional(normalize_word(row.fields[1]), spellings)) {
        return f.error(row, "unbalanced ( ) in " + in_quotes(row.fields[1]));
      }
      for (const std::string& spelling : spellings) {
        p.phrase.words = split_phrase(spelling, lex_.elisions_);
        if (p.phrase.words.empty()) return f.error(row, "empty phrase");
        add_phrase(p);
      }
    }
    return {};
  }

  // ---- stopwords.txt: one word a line --------------------------------------
  Status load_stopwords() {
    TsvFile f;
    if (Status s = open("stopwords.txt", f); !s.ok()) return s;
    for (const TsvRow& row : f.rows) {
      if (Status s = f.expect_columns(row, 1, 1); !s.ok()) return s;
      std::string form = normalize_word(row.fields[0]);
      if (form.find(' ') != std::string::npos) return f.error(row, "bad stopword " + in_quotes(form) + " (one word)");
      draft(form).entry.flags |= kStopword;
    }
    return {};
  }

  // ---- verbs: sort, conjugate, index ---------------------------------------
  Status generate_verbs() {
    // Sorted by lemma then pronominal, so "dire" and "se dire", which share
    // every form, have adjacent cue ranges.
    std::vector<size_t> order(pending_verbs_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const Verb& x = pending_verbs_[a].verb;
      const Verb& y = pending_verbs_[b].verb;
      return std::tie(x.lemma, x.pronominal) < std::tie(y.lemma, y.pronominal);
    });
    if (order.size() > UINT16_MAX) return Status::bad_data(dir_.string(), "too many verbs");
    std::vector<uint16_t> new_index(order.size());
    for (size_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<uint16_t>(i);
    for (Cue& c : lex_.cues_) c.verb = new_index[c.verb];
    std::stable_sort(lex_.cues_.begin(), lex_.cues_.end(), [](const Cue& a, const Cue& b) { return a.verb < b.verb; });
    lex_.cue_count_ = lex_.cues_.size();
    cue_range_.assign(order.size(), {0, 0});
    for (size_t i = 0; i < lex_.cues_.size(); ++i) {
      auto& r = cue_range_[lex_.cues_[i].verb];
      if (r.second == 0) r.first = static_cast<uint32_t>(i);
      r.second = static_cast<uint32_t>(i + 1);
    }

    for (size_t i = 0; i < order.size(); ++i) {
      const PendingVerb& pv = pending_verbs_[order[i]];
      lex_.verbs_.push_back(pv.verb);
      lex_.verbs_.back().auxiliary = pv.auxiliary;
      lex_.verbs_.back().modal = pv.modal;
      std::vector<GeneratedForm> forms;
      std::string error;
      if (!conjugate(models_[pv.model], pv.verb.lemma, clitics_, forms, error)) return Status::bad_data(pv.where, error);
      for (GeneratedForm& g : forms) {
        g.features.verb = static_cast<uint16_t>(i);
        bool finite = g.features.mood == Mood::finite;
        uint32_t flags = 0;
        if (pv.cue) flags |= kCueVerbForm;
        if (pv.auxiliary && finite) flags |= kAuxiliary;
        if (pv.modal && finite) flags |= kModal;
        if (g.features.inverted) flags |= kInverted;
        auto index = static_cast<uint32_t>(all_forms_.size());
        all_forms_.push_back(g.features);
        (void)add(g.form, [&](Draft& d, bool) -> Status {
          d.entry.flags |= flags;
          d.forms.push_back(index);
          if (d.verbs.empty() || d.verbs.back() != i) d.verbs.push_back(static_cast<uint16_t>(i));
          if (g.features.inverted) read(d, g.features.inverted_gender, g.features.plural ? kPlural : kSingular);
          return {};
        });
      }
    }
    return {};
  }

  // ---- flatten -------------------------------------------------------------
  void finish() {
    // Phrases grouped by first word, file order within a group.
    std::stable_sort(phrases_.begin(), phrases_.end(), [](const PendingPhrase& a, const PendingPhrase& b) {
      return a.phrase.words[0] < b.phrase.words[0];
    });
    for (size_t i = 0; i < phrases_.size(); ++i) {
      const Phrase& p = phrases_[i].phrase;
      Draft& d = draft(p.words[0]);
      if (d.entry.phrases_end == 0) d.entry.phrases_begin = static_cast<uint32_t>(i);
      d.entry.phrases_end = static_cast<uint32_t>(i + 1);
      if (p.kind == PhraseKind::according_to) d.entry.flags |= kAccordingTo;
      if (p.kind == PhraseKind::institution) {
        d.entry.flags |= kInstitution;
        if (p.words.size() == 1 && p.value.size() == 2 && d.entry.country[0] == 0) {
          d.entry.country[0] = p.value[0];
          d.entry.country[1] = p.value[1];
        }
      }
      lex_.phrases_.push_back(p);
    }

    lex_.entries_.reserve(drafts_.size());
    for (auto& [form, d] : drafts_) {
      LexEntry e = d.entry;
      e.plural = d.numbers == kPlural;
      e.any_number = d.numbers == kBothNumbers;
      e.verb_forms_begin = static_cast<uint32_t>(lex_.verb_forms_.size());
      for (uint32_t k : d.forms) lex_.verb_forms_.push_back(all_forms_[k]);
      e.verb_forms_end = static_cast<uint32_t>(lex_.verb_forms_.size());
      cue_range(d.verbs, e);
      lex_.entries_.insert(form, e);
    }
  }

  // The cues of an entry's verbs as one range of cues(): the verbs' own ranges
  // when they are adjacent, else a copy appended after cue_count().
  void cue_range(std::vector<uint16_t> verbs, LexEntry& e) {
    std::sort(verbs.begin(), verbs.end());
    verbs.erase(std::unique(verbs.begin(), verbs.end()), verbs.end());
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    for (uint16_t v : verbs) {
      if (cue_range_[v].second != 0) ranges.push_back(cue_range_[v]);
    }
    if (ranges.empty()) return;
    bool adjacent = true;
    for (size_t k = 1; k < ranges.size(); ++k) adjacent &= ranges[k].first == ranges[k - 1].second;
    if (adjacent) {
      e.cues_begin = ranges.front().first;
      e.cues_end = ranges.back().second;
      return;
    }
    e.cues_begin = static_cast<uint32_t>(lex_.cues_.size());
    for (const auto& r : ranges) {
      for (uint32_t k = r.first; k < r.second; ++k) {
        Cue copy = lex_.cues_[k];
        lex_.cues_.push_back(std::move(copy));
      }
    }
    e.cues_end = static_cast<uint32_t>(lex_.cues_.size());
  }

  std::filesystem::path dir_;
  Lexicon lex_;
  std::map<std::string, Draft> drafts_;
  std::vector<ConjugationModel> models_;
  std::unordered_map<std::string, size_t> model_index_;
  std::vector<PendingVerb> pending_verbs_;
  std::unordered_map<std::string, size_t> verb_index_;
  std::vector<VerbForm> all_forms_;
  std::vector<std::pair<uint32_t, uint32_t>> cue_range_;  // per verb, into cues_
  std::vector<PendingPhrase> phrases_;
  std::set<std::string> phrase_keys_;
  std::vector<Clitic> clitics_;  // from pronouns.tsv, for inverted forms
};

Status Lexicon::load(const std::filesystem::path& language_dir, Lexicon& out) {
  // The table compiled at build time, when the data files are those it was
  // built from (it cannot be read otherwise: it checks them).
  for (const std::filesystem::path& table : lexicon_table_candidates(language_dir))
    if (LexiconTable::read(table, language_dir, out)) return {};
  return load_from_data_files(language_dir, out);
}

Status Lexicon::load_from_data_files(const std::filesystem::path& language_dir, Lexicon& out) {
  std::error_code ec;
  if (!std::filesystem::is_directory(language_dir, ec)) {
    return Status::io_error(language_dir.string(), "no such language data folder");
  }
  return LexiconBuilder(language_dir).build(out);
}

}  // namespace whosaid::lang
