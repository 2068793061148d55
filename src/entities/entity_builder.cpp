#include "entities/entity_builder.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <unordered_map>

#include "entities/audit.h"
#include "entities/mention_reading.h"

namespace whosaid::entities {
namespace {

using extract::Context;

// How far back a pronoun or a description looks for its antecedent.
constexpr uint32_t kPronounWindow = 5;      // sentences
constexpr uint32_t kDescriptionWindow = 6;  // sentences
// How many earlier mentions resolution reads back for an antecedent: an
// article has far fewer; a document of thousands of articles' worth of text
// (a feed run together) resolves each mention in constant time, no longer
// against every mention before it (docs/reliability.md, "Limits").
constexpr size_t kLookBack = 2000;  // mentions

// Nouns of anonymous sourcing ("une source", "un responsable": source_nouns.tsv
// column "use"): a definite description with one of these heads refers back
// only to a source with the same noun ("le fonctionnaire" -> "un
// fonctionnaire"), never to a named person.
bool anonymous_noun(const lang::Lexicon& lexicon, std::string_view lemma) {
  const lang::LexEntry* e = lexicon.find(lemma);
  return e && e->noun != UINT16_MAX && lexicon.nouns()[e->noun].anonymous_sourcing;
}

// An acronym and a long name's initials: the first three letters agree (copy
// often cuts the long name short: "l'Institut national de la statistique" for
// the INSEE).
bool shares_initials(std::string_view acronym, std::string_view initials) {
  return acronym.size() >= 3 && initials.size() >= 3 && acronym.substr(0, 3) == initials.substr(0, 3);
}

bool compatible_country(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }
bool compatible_gender(Gender a, Gender b) { return a == Gender::unknown || b == Gender::unknown || a == b; }

// What resolution keeps about an entity while it grows.
struct State {
  std::vector<std::pair<std::string, std::string>> names;  // (first key, surname key)
  std::vector<std::string> org_keys;
  std::vector<std::string> role_keys;   // head and apposition nouns of its mentions, roles of its name
  std::vector<std::string> title_keys;  // the function titles among them
  std::string initials;
  Gender gender = Gender::unknown;
  std::string country;
  std::vector<uint32_t> sentences;
  bool named_person = false;
  bool no_country = false;  // a mention ties it to no one country: international, several, a stateless noun
  // Per name form (first key, surname key): how many of that surname's
  // occurrences add_name has already folded in, so each is read once.
  std::map<std::pair<std::string, std::string>, size_t> names_read;
};

bool has(const std::vector<std::string>& v, const std::string& s) {
  return !s.empty() && std::find(v.begin(), v.end(), s) != v.end();
}

bool same_person_name(const State& st, const NameRun& run) {
  for (const auto& [first, surname] : st.names) {
    if (surname != run.surname_key) continue;
    if (first.empty() || run.first_key.empty() || first == run.first_key) return true;
  }
  return false;
}

class Resolver {
 public:
  Resolver(const Context& ctx, Document& doc) : ctx_(ctx), doc_(doc) {}

  void run() {
    doc_.entities.clear();
    readings_.reserve(doc_.mentions.size());
    for (const Mention& m : doc_.mentions) readings_.push_back(read_mention(ctx_, m));
    names_ = find_person_names(ctx_, &complement_names_);
    for (uint32_t k = 0; k < names_.size(); ++k) names_by_surname_[names_[k].run.surname_key].push_back(k);
    order_.resize(doc_.mentions.size());
    for (uint32_t i = 0; i < order_.size(); ++i) order_[i] = i;
    std::stable_sort(order_.begin(), order_.end(), [&](uint32_t a, uint32_t b) {
      return doc_.mentions[a].span.begin < doc_.mentions[b].span.begin;
    });
    for (size_t pos = 0; pos < order_.size(); ++pos) resolve(pos);
    link_members();
    finish_entities();
    attach_sentence_reasons();
  }

 private:
  const Context& ctx_;
  Document& doc_;
  std::vector<Reading> readings_;
  std::vector<NameOccurrence> names_;
  std::vector<NameOccurrence> complement_names_;  // "pour Jean Dupont": a pronoun's last resort
  std::unordered_map<std::string, std::vector<uint32_t>> names_by_surname_;  // text order
  std::unordered_map<std::string, std::vector<uint32_t>> entities_by_surname_;  // entities bearing it

  // The occurrences of the names an entity bears, in text order.
  std::vector<uint32_t> occurrences_of(const State& st) const {
    std::vector<uint32_t> out;
    for (const auto& [first, surname] : st.names)
      if (const auto it = names_by_surname_.find(surname); it != names_by_surname_.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  std::vector<uint32_t> order_;
  std::vector<State> states_;

  Entity& entity(int32_t e) { return doc_.entities[static_cast<size_t>(e)]; }

  // A reader's comment is another voice: its mentions never resolve to the
  // article's sources, nor the article's to a comment's.
  bool in_comment(uint32_t mention) const {
    return doc_.section_at(doc_.mentions[mention].span.begin) == SectionKind::comment;
  }

  // Earlier mentions that already belong to an entity, in the same voice
  // (article or comments), nearest first; f returns true to stop.
  template <typename F>
  void back(size_t pos, F&& f) {
    const bool comment = in_comment(order_[pos]);
    const size_t floor = pos > kLookBack ? pos - kLookBack : 0;
    for (size_t b = pos; b-- > floor;) {
      const uint32_t prev = order_[b];
      if (doc_.mentions[prev].entity >= 0 && in_comment(prev) == comment && f(prev)) return;
    }
  }

  void resolve(size_t pos) {
    const uint32_t m = order_[pos];
    const Mention& mention = doc_.mentions[m];
    Reading& r = readings_[m];
    int32_t target = -1;
    const char* rule = "";
    const bool fresh = mention.other || mention.ordinal || mention.one_of;

    if (r.pronoun) {
      target = pronoun_antecedent(pos);
      rule = "pronoun";
      if (target < 0) {
        target = pronoun_named_antecedent(pos);
        rule = "pronoun-name";
      }
    } else if (fresh) {
      // "une autre source", "une deuxième source", "l'une des sources": a new one.
    } else if (r.name && r.kind == EntityKind::person) {
      target = by_surname(pos, *r.name);
      rule = r.complement_reference ? "possessor" : "surname";
    } else if (r.kind == EntityKind::organization && (!r.org_key.empty() || r.name)) {
      target = by_org_name(pos, r, &rule);
    } else if (r.kind == EntityKind::group && !r.org_key.empty() && r.named) {
      back(pos, [&](uint32_t prev) {
        if (has(states_[doc_.mentions[prev].entity].org_keys, r.org_key)) target = doc_.mentions[prev].entity;
        return target >= 0;
      });
      rule = "same-name";
    } else if (r.kind == EntityKind::group && !r.head_key.empty()) {
      target = group_antecedent(pos);
      rule = "group-description";
    } else if ((r.definite || r.demonstrative) && !r.indefinite && r.kind == EntityKind::person &&
               !r.head_key.empty()) {
      target = description_antecedent(pos);
      rule = "definite-description";
      if (target < 0 && !anonymous_noun(ctx_.lexicon(), r.head_key)) {
        target = role_antecedent(pos);
        rule = "role-antecedent";
      }
    }
    if (target < 0) {
      target = new_entity(m);
      rule = "";
    }
    join(m, target, rule);
  }

  int32_t new_entity(uint32_t m) {
    const Reading& r = readings_[m];
    Entity e;
    e.id = static_cast<uint32_t>(doc_.entities.size() + 1);
    e.kind = r.kind;
    e.anonymous = !r.named;
    e.label = std::string(doc_.slice(doc_.mentions[m].span));
    doc_.entities.push_back(std::move(e));
    states_.emplace_back();
    return static_cast<int32_t>(doc_.entities.size() - 1);
  }

  void add_name(int32_t e, const NameRun& run, uint32_t before_offset) {
    State& st = states_[e];
    const std::pair<std::string, std::string> form{run.first_key, run.surname_key};
    if (std::find(st.names.begin(), st.names.end(), form) == st.names.end()) {
      st.names.push_back(form);
      std::vector<uint32_t>& bearers = entities_by_surname_[run.surname_key];
      if (std::find(bearers.begin(), bearers.end(), static_cast<uint32_t>(e)) == bearers.end())
        bearers.push_back(static_cast<uint32_t>(e));
    }
    st.named_person = true;
    Entity& ent = entity(e);
    if (ent.name.empty() || run.words > 1) {
      if (ent.name.empty() || std::count(ent.name.begin(), ent.name.end(), ' ') + 1 < static_cast<long>(run.words))
        ent.name = run.text;
    }
    // Roles, gender and country of that name elsewhere in the text before
    // here. Mentions join in text order, so what an earlier join of this name
    // form read needs no second reading (folding is idempotent).
    const auto same_surname = names_by_surname_.find(run.surname_key);
    if (same_surname == names_by_surname_.end()) return;
    const std::vector<uint32_t>& occurrences = same_surname->second;
    size_t& read = st.names_read[{run.first_key, run.surname_key}];
    for (; read < occurrences.size(); ++read) {
      const NameOccurrence& occ = names_[occurrences[read]];
      if (ctx_.token(occ.run.first).original.begin > before_offset) break;
      if (!occ.run.first_key.empty() && !run.first_key.empty() && occ.run.first_key != run.first_key) continue;
      if (!occ.role_key.empty() && !has(st.role_keys, occ.role_key)) st.role_keys.push_back(occ.role_key);
      if (occ.role_is_title && !has(st.title_keys, occ.role_key)) st.title_keys.push_back(occ.role_key);
      if (st.gender == Gender::unknown) st.gender = occ.gender;
    }
  }

  void join(uint32_t m, int32_t e, const char* rule) {
    Mention& mention = doc_.mentions[m];
    const Reading& r = readings_[m];
    mention.entity = e;
    Entity& ent = entity(e);
    State& st = states_[e];
    ent.mentions.push_back(m);
    if (ent.mentions.size() > 1) ent.merge_rules.emplace_back(rule);
    st.sentences.push_back(mention.sentence);
    if (r.pronoun) {
      if (st.gender == Gender::unknown && ent.mentions.size() > 1) st.gender = r.gender;
      return;
    }
    if (r.named && ent.anonymous) {
      ent.anonymous = false;
      // A named mention is the better label: "Jean Dupont" over "il".
      ent.label = std::string(doc_.slice(mention.span));
    }
    if (ent.kind != r.kind && ent.mentions.size() > 1 && r.name && r.kind == EntityKind::person) ent.kind = r.kind;
    if (r.name && r.kind == EntityKind::person) add_name(e, *r.name, mention.span.begin);
    if (!r.org_key.empty() && !has(st.org_keys, r.org_key)) st.org_keys.push_back(r.org_key);
    if (r.kind == EntityKind::organization && r.name) {
      std::string key;
      for (uint32_t i = r.name->first; i < r.name->end; ++i) {
        if (!key.empty()) key += ' ';
        key += ctx_.word(i);
      }
      if (!has(st.org_keys, key)) st.org_keys.push_back(key);
    }
    if (st.initials.empty()) st.initials = r.initials;
    if (!r.head_key.empty() && !has(st.role_keys, r.head_key)) st.role_keys.push_back(r.head_key);
    if (r.function_title && !has(st.title_keys, r.head_key)) st.title_keys.push_back(r.head_key);
    if (st.gender == Gender::unknown) st.gender = r.gender;
    if (st.country.empty()) st.country = r.country;
    if (r.international || r.several_countries || r.stateless || r.account) st.no_country = true;
    if (ent.role.empty()) ent.role = r.role;
    if (ent.affiliation.empty()) ent.affiliation = r.country;
    if (r.list_count && ent.kind != EntityKind::group && ent.mentions.size() == 1) ent.kind = EntityKind::group;
    if (!ent.count && r.list_count && ent.kind == EntityKind::group) ent.count = r.list_count;
    if (!ent.count && mention.count && ent.kind == EntityKind::group) {
      ent.count = mention.count;
      if (ent.anonymous) ent.label = std::string(doc_.slice(mention.span));  // "trois sources" over "les sources"
    }
    for (Span q : r.qualifiers) {
      const std::string_view text = doc_.slice(q);
      const bool seen = std::any_of(ent.qualifiers.begin(), ent.qualifiers.end(),
                                    [&](Span s) { return doc_.slice(s) == text; });
      if (!seen) ent.qualifiers.push_back(q);
    }
    if (!ent.anonymity_reason && r.anonymity_reason) ent.anonymity_reason = r.anonymity_reason;
  }

  int32_t pronoun_antecedent(size_t pos) {
    const Mention& mention = doc_.mentions[order_[pos]];
    for (int pass = 0; pass < 2; ++pass) {
      int32_t found = -1;
      back(pos, [&](uint32_t prev) {
        const Mention& pm = doc_.mentions[prev];
        if (pm.sentence + kPronounWindow < mention.sentence) return true;
        if (pm.sentence > mention.sentence) return false;
        if (pass == 0 && !readings_[prev].subject) return false;
        const Entity& cand = doc_.entities[pm.entity];
        const State& st = states_[pm.entity];
        // Grammatical number: "elle" for "l'équipe" (a group named in the
        // singular), "ils" for "trois sources"; an organization is singular.
        const bool antecedent_plural = readings_[prev].plural || (cand.kind == EntityKind::group && readings_[prev].pronoun);
        if (antecedent_plural != mention.plural) return false;
        if (!compatible_gender(mention.gender, st.gender)) return false;
        found = pm.entity;
        return true;
      });
      if (found >= 0) return found;
    }
    return -1;
  }

  // Rule "pronoun-name": a pronoun no source antecedes stands for the latest
  // person the text names before it in the window, a subject first ("En cas de
  // vote, Jean Dupont devra trancher. Il a dit ..."), else a full name after a
  // preposition ("une visite pour Jean Dupont. « ... », a-t-il déclaré"), of
  // compatible gender. The name becomes a named entity, which later mentions
  // of that name join.
  int32_t pronoun_named_antecedent(size_t pos) {
    const uint32_t m = order_[pos];
    const Mention& mention = doc_.mentions[m];
    if (mention.plural) return -1;
    // The names before the pronoun, nearest first, back to the window's start:
    // both lists are in text order, so each pronoun reads only its window.
    const auto latest = [&](const std::vector<NameOccurrence>& names) -> const NameOccurrence* {
      const auto after = std::partition_point(names.begin(), names.end(), [&](const NameOccurrence& occ) {
        return ctx_.token(occ.run.first).original.begin < mention.span.begin;
      });
      for (size_t k = static_cast<size_t>(after - names.begin()); k-- > 0;) {
        const NameOccurrence& occ = names[k];
        const uint32_t at = ctx_.token(occ.run.first).original.begin;
        if (occ.sentence + kPronounWindow < mention.sentence) break;
        if ((doc_.section_at(at) == SectionKind::comment) != in_comment(m)) continue;
        Gender gender = occ.gender;
        if (const auto same = names_by_surname_.find(occ.run.surname_key); same != names_by_surname_.end())
          for (const uint32_t o : same->second)
            if (gender == Gender::unknown) gender = names_[o].gender;
        if (!compatible_gender(gender, mention.gender)) continue;
        return &occ;
      }
      return nullptr;
    };
    const NameOccurrence* occ = latest(names_);
    if (!occ) occ = latest(complement_names_);
    if (!occ) return -1;
    if (const auto bearers = entities_by_surname_.find(occ->run.surname_key); bearers != entities_by_surname_.end())
      for (const uint32_t i : bearers->second)
        if (doc_.entities[i].kind == EntityKind::person && same_person_name(states_[i], occ->run) &&
            in_comment(doc_.entities[i].mentions.front()) == in_comment(m))
          return static_cast<int32_t>(i);
    const int32_t e = new_entity(m);
    Entity& ent = entity(e);
    ent.anonymous = false;
    ent.label = occ->run.text;
    if (occ->gender != Gender::unknown) states_[e].gender = occ->gender;
    add_name(e, occ->run, mention.span.begin);
    return e;
  }

  int32_t by_surname(size_t pos, const NameRun& run) {
    int32_t found = -1;
    back(pos, [&](uint32_t prev) {
      const int32_t e = doc_.mentions[prev].entity;
      if (doc_.entities[e].kind == EntityKind::person && same_person_name(states_[e], run)) found = e;
      return found >= 0;
    });
    return found;
  }

  int32_t by_org_name(size_t pos, const Reading& r, const char** rule) {
    std::string name_key;
    if (r.name) {
      for (uint32_t i = r.name->first; i < r.name->end; ++i) {
        if (!name_key.empty()) name_key += ' ';
        name_key += ctx_.word(i);
      }
    }
    int32_t found = -1;
    back(pos, [&](uint32_t prev) {
      const int32_t e = doc_.mentions[prev].entity;
      const State& st = states_[e];
      if (doc_.entities[e].kind != EntityKind::organization) return false;
      if (has(st.org_keys, r.org_key) || has(st.org_keys, name_key)) {
        found = e;
        *rule = "same-name";
        return true;
      }
      // An acronym and the long name it abbreviates (copy may shorten the
      // long name: its initials need only begin the acronym).
      const bool acronym_here = r.name && r.name->words == 1 && r.initials.empty();
      if (acronym_here && shares_initials(name_key, st.initials)) {
        found = e;
        *rule = "acronym";
        return true;
      }
      if (!r.initials.empty()) {
        for (const std::string& k : st.org_keys) {
          if (k.find(' ') == std::string::npos && shares_initials(k, r.initials)) {
            found = e;
            *rule = "acronym";
            return true;
          }
        }
      }
      return false;
    });
    return found;
  }

  int32_t group_antecedent(size_t pos) {
    const uint32_t m = order_[pos];
    const Mention& mention = doc_.mentions[m];
    const Reading& r = readings_[m];
    if (mention.indefinite && !mention.count) return -1;  // "des sources russes": new
    int32_t found = -1;
    back(pos, [&](uint32_t prev) {
      const int32_t e = doc_.mentions[prev].entity;
      const Entity& cand = doc_.entities[e];
      if (cand.kind != EntityKind::group || !has(states_[e].role_keys, r.head_key)) return false;
      if (!compatible_country(states_[e].country, r.country)) return false;
      if (mention.count && cand.count && *cand.count != *mention.count) return false;
      found = e;
      return true;
    });
    return found;
  }

  int32_t description_antecedent(size_t pos) {
    const uint32_t m = order_[pos];
    const Reading& r = readings_[m];
    int32_t found = -1;
    back(pos, [&](uint32_t prev) {
      const int32_t e = doc_.mentions[prev].entity;
      const Entity& cand = doc_.entities[e];
      const State& st = states_[e];
      if (cand.kind == EntityKind::group || !has(st.role_keys, r.head_key)) return false;
      if (!compatible_country(st.country, r.country) || !compatible_gender(st.gender, r.gender)) return false;
      found = e;
      return true;
    });
    return found;
  }

  // A definite description with no source antecedent: the latest person named
  // in the preceding sentences (an introduced name, or a source's name) whose
  // gender, title and country fit, and who is not named in this sentence.
  int32_t role_antecedent(size_t pos) {
    const uint32_t m = order_[pos];
    const Mention& mention = doc_.mentions[m];
    const Reading& r = readings_[m];
    if (r.complement_name && r.function_title) return -1;  // "la maire de X" introduces
    // Names before the mention, nearest first (names_ is in text order).
    const auto after = std::partition_point(names_.begin(), names_.end(), [&](const NameOccurrence& occ) {
      return ctx_.token(occ.run.first).original.begin < mention.span.begin;
    });
    for (size_t k = static_cast<size_t>(after - names_.begin()); k-- > 0;) {
      const NameOccurrence& occ = names_[k];
      if (occ.sentence + kDescriptionWindow < mention.sentence) break;
      // A name in the article is no antecedent for a reader's comment, nor the reverse.
      const bool name_in_comment =
          doc_.section_at(ctx_.token(occ.run.first).original.begin) == SectionKind::comment;
      if (name_in_comment != in_comment(m)) continue;
      if (occ.sentence == mention.sentence) continue;
      // Which entity has that name, if any; else only an introduced name counts.
      int32_t e = -1;
      if (const auto bearers = entities_by_surname_.find(occ.run.surname_key); bearers != entities_by_surname_.end())
        for (const uint32_t i : bearers->second)
          if ((e < 0 || i < static_cast<uint32_t>(e)) && doc_.entities[i].kind == EntityKind::person &&
              same_person_name(states_[i], occ.run) && !doc_.entities[i].mentions.empty() &&
              in_comment(doc_.entities[i].mentions.front()) == in_comment(m))
            e = static_cast<int32_t>(i);
      bool introduced = occ.introduced;
      Gender gender = occ.gender;
      std::string title = occ.role_is_title ? occ.role_key : std::string();
      for (const uint32_t o : names_by_surname_[occ.run.surname_key]) {
        const NameOccurrence& other = names_[o];
        if (!other.introduced) continue;
        introduced = true;
        if (gender == Gender::unknown) gender = other.gender;
        if (title.empty() && other.role_is_title) title = other.role_key;
      }
      if (e < 0 && (!introduced || r.unknown_head)) continue;  // "la plainte" names no one new
      if (e >= 0) {
        const State& st = states_[e];
        if (gender == Gender::unknown) gender = st.gender;
        // Mentions join in text order: an entity's sentences are sorted.
        if (std::binary_search(st.sentences.begin(), st.sentences.end(), mention.sentence)) continue;
        if (r.function_title && !st.title_keys.empty() && !has(st.title_keys, r.head_key)) continue;
        if (!compatible_country(st.country, r.country)) continue;
      }
      if (!compatible_gender(gender, r.gender)) continue;
      if (r.function_title && !title.empty() && title != r.head_key) continue;
      if (e >= 0) return e;
      // A person named in the text but not yet a source: this mention names them.
      readings_[m].name = occ.run;
      readings_[m].named = true;
      const int32_t created = new_entity(m);
      return created;
    }
    return -1;
  }

  // "une deuxième source russe", "l'une des sources russes" -> the group.
  void link_members() {
    // Groups by the nouns of their mentions, in entity order (so in the text
    // order of their first mentions: entities are made as mentions come).
    std::unordered_map<std::string, std::vector<uint32_t>> groups_by_role;
    for (uint32_t g = 0; g < doc_.entities.size(); ++g)
      if (doc_.entities[g].kind == EntityKind::group)
        for (const std::string& key : states_[g].role_keys) groups_by_role[key].push_back(g);
    for (uint32_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mention = doc_.mentions[m];
      const Reading& r = readings_[m];
      if (!(mention.ordinal || mention.one_of) || r.head_key.empty() || mention.entity < 0) continue;
      Entity& member = entity(mention.entity);
      if (member.member_of) continue;
      // The latest group that fits: first mentioned before, with its noun.
      int32_t group = -1;
      const auto candidates = groups_by_role.find(r.head_key);
      if (candidates == groups_by_role.end()) continue;
      const std::vector<uint32_t>& groups = candidates->second;
      const auto past = std::partition_point(groups.begin(), groups.end(), [&](uint32_t g) {
        return doc_.mentions[doc_.entities[g].mentions.front()].span.begin <= mention.span.begin;
      });
      for (auto it = past; it != groups.begin() && group < 0;) {
        const uint32_t g = *--it;
        const Entity& cand = doc_.entities[g];
        if (static_cast<int32_t>(g) == mention.entity || !compatible_country(states_[g].country, r.country)) continue;
        if (mention.ordinal && cand.count && *mention.ordinal > *cand.count) continue;
        group = static_cast<int32_t>(g);
      }
      if (group < 0) continue;
      member.member_of = static_cast<uint32_t>(group);
      if (member.affiliation.empty()) member.affiliation = doc_.entities[group].affiliation;
    }
  }

  void finish_entities() {
    for (uint32_t i = 0; i < doc_.entities.size(); ++i) {
      Entity& e = doc_.entities[i];
      const State& st = states_[i];
      if (e.kind == EntityKind::group) {
        if (!e.count) {
          for (uint32_t m : e.mentions)
            if (doc_.mentions[m].count && !e.count) e.count = doc_.mentions[m].count;
        }
      } else {
        e.count = 1;
      }
      if (!st.named_person) e.name.clear();
      const std::vector<uint32_t> occurrences = occurrences_of(st);
      if (e.affiliation.empty() && st.named_person) {
        // A title or apposition anywhere in the text: "le président russe X".
        for (const uint32_t o : occurrences) {
          const NameOccurrence& occ = names_[o];
          if (occ.country.empty() || !same_person_name(st, occ.run)) continue;
          e.affiliation = occ.country;
          break;
        }
      }
      // The fullest form of the name the text gives: "M. Dupont" -> "Jean Dupont".
      for (const uint32_t o : occurrences) {
          const NameOccurrence& occ = names_[o];
        if (!st.named_person || !same_person_name(st, occ.run)) continue;
        if (static_cast<size_t>(std::count(e.name.begin(), e.name.end(), ' ')) + 1 < occ.run.words) e.name = occ.run.text;
      }
      if (e.role.empty()) {
        for (const uint32_t o : occurrences) {
          const NameOccurrence& occ = names_[o];
          if (occ.role_key.empty() || !same_person_name(st, occ.run)) continue;
          e.role = occ.role_key;
          break;
        }
      }
    }
    count_listed_members();
    infer_home_country();
  }

  // "l'intersyndicale (A, B, C)" anywhere in the text gives the count of every
  // mention of that body ("l'intersyndicale indique ..."): GUIDELINES 10.4.
  void count_listed_members() {
    const auto lists = listed_members(ctx_);
    if (lists.empty()) return;
    for (uint32_t i = 0; i < doc_.entities.size(); ++i) {
      Entity& e = doc_.entities[i];
      if (states_[i].named_person || (e.kind == EntityKind::group && e.count)) continue;
      for (uint32_t m : e.mentions) {
        const Reading& r = readings_[m];
        if (r.pronoun || r.tokens.empty()) continue;
        const std::string_view last = ctx_.word(r.tokens.end - 1);
        const auto it = std::find_if(lists.begin(), lists.end(), [&](const auto& p) { return p.first == last; });
        if (it == lists.end()) continue;
        e.kind = EntityKind::group;
        e.count = it->second;
        break;
      }
    }
  }

  // The country with the most votes, its votes and the runner-up's (the
  // first in code order on a tie, as std::map orders them).
  struct Lead {
    std::string code;
    int best = 0, second = 0;
  };
  static Lead leader(const std::map<std::string, int>& votes) {
    Lead l;
    for (const auto& [code, n] : votes) {
      if (n > l.best) {
        l.second = l.best;
        l.best = n;
        l.code = code;
      } else if (n > l.second) {
        l.second = n;
      }
    }
    return l;
  }

  // How often the document's words name each country (country and city
  // names, nationality adjectives, national institutions, in the article
  // rather than its readers' comments).
  std::map<std::string, int> named_countries() const {
    std::map<std::string, int> votes;
    for (const Sentence& s : doc_.sentences) {
      if (s.first_token >= s.end_token) continue;
      if (doc_.section_at(ctx_.token(s.first_token).original.begin) == SectionKind::comment) continue;
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        uint32_t length = 1;
        const std::string code = country_at(ctx_, i, s.end_token, &length);
        if (!code.empty()) ++votes[code];
        i += length - 1;
      }
    }
    return votes;
  }

  // The document's country: the one its words name most, at least twice and
  // half again as often as any other (a clear lead, not a story between two
  // states). Else, when no country is named twice and none more often than
  // the language's home country, that home country (rule "language-home": a
  // domestic story of the language's national press seldom names its own
  // country, GUIDELINES 10.5). Else none.
  std::string document_country() const {
    const std::map<std::string, int> votes = named_countries();
    const auto [lead, best, second] = leader(votes);
    if (best >= 2) return 2 * best >= 3 * second ? lead : std::string();
    const std::string home(ctx_.lexicon().home_country());
    if (home.empty()) return {};
    const auto at_home = votes.find(home);
    const int home_votes = at_home == votes.end() ? 0 : at_home->second;
    return home_votes >= best ? home : std::string();
  }

  // The country most of the document's sources are stated to belong to, at
  // least two and ahead of any other.
  std::string sources_country() const {
    std::map<std::string, int> votes;
    for (const Entity& e : doc_.entities)
      if (!e.affiliation.empty() && !e.affiliation_inferred) ++votes[e.affiliation];
    const auto [lead, best, second] = leader(votes);
    return best >= 2 && best > second ? lead : std::string();
  }

  // Rule "home-country" (affiliation_basis "inferred"): a source the text
  // places in no country takes the document's country (document_country()),
  // unless a mention ties it to none (an international body, several
  // countries, an expert, a social-media account) or it is a reader's comment.
  // When the document has no country (a story between two states, or a
  // foreign country named once), only a named person takes the country most
  // of the sources share (rule "sources-country"): a politician quoted by
  // name in a story told by one country's sources.
  void infer_home_country() {
    std::string home = document_country();
    const bool persons_only = home.empty();
    if (persons_only) home = sources_country();
    if (home.empty()) return;
    for (uint32_t i = 0; i < doc_.entities.size(); ++i) {
      Entity& e = doc_.entities[i];
      if (!e.affiliation.empty() || states_[i].no_country || e.mentions.empty() || in_comment(e.mentions.front()))
        continue;
      if (persons_only && !states_[i].named_person) continue;
      e.affiliation = home;
      e.affiliation_inferred = true;
    }
  }

  // "a déclaré, sous couvert d'anonymat, une source ..., en raison du
  // caractère sensible de la situation": a reason in the sentence, outside
  // any mention, goes to the nearest anonymous source of that sentence.
  void attach_sentence_reasons() {
    std::unordered_map<uint32_t, std::vector<uint32_t>> mentions_in;  // by sentence, in mention order
    for (uint32_t o = 0; o < doc_.mentions.size(); ++o) mentions_in[doc_.mentions[o].sentence].push_back(o);
    for (uint32_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mention = doc_.mentions[m];
      if (mention.entity < 0) continue;
      Entity& e = entity(mention.entity);
      if (!e.anonymous || e.anonymity_reason || mention.sentence >= doc_.sentences.size()) continue;
      const Sentence& s = doc_.sentences[mention.sentence];
      int64_t best_distance = -1;
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        const lang::LexEntry* le = ctx_.entry(i);
        if (!le || le->phrases_begin == le->phrases_end) continue;
        const uint32_t n = phrase_at(ctx_, i, s.end_token, lang::PhraseKind::anonymity_reason);
        if (!n) continue;
        const Span span = phrase_span(ctx_, i, n, s.end_token, kReasonTail);
        bool inside_other = false;
        int64_t nearest_anonymous = -1;
        for (const uint32_t o : mentions_in[mention.sentence]) {
          const Mention& om = doc_.mentions[o];
          if (om.entity < 0) continue;
          if (om.span.contains(span)) inside_other = true;
          if (!doc_.entities[om.entity].anonymous) continue;
          const int64_t d = span.begin >= om.span.end ? span.begin - om.span.end
                                                      : (om.span.begin >= span.end ? om.span.begin - span.end : 0);
          if (nearest_anonymous < 0 || d < nearest_anonymous) nearest_anonymous = d;
        }
        if (inside_other) continue;
        const int64_t mine = span.begin >= mention.span.end ? span.begin - mention.span.end
                                                            : (mention.span.begin >= span.end ? mention.span.begin - span.end : 0);
        if (mine > nearest_anonymous) continue;  // another anonymous source stands nearer
        if (best_distance < 0 || mine < best_distance) {
          best_distance = mine;
          e.anonymity_reason = span;
        }
        i += n - 1;
      }
    }
  }
};

}  // namespace

void build_entities(const Context& ctx, Document& doc) {
  Resolver(ctx, doc).run();
  doc.audit = compute_audit(doc);
}

}  // namespace whosaid::entities
