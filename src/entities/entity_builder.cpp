#include "entities/entity_builder.h"

#include <algorithm>
#include <string>

namespace whosaid::entities {
namespace {

using extract::Context;
using extract::TokenRange;

// What typing reads off a mention's words.
struct MentionInfo {
  TokenRange tokens;
  EntityKind kind = EntityKind::person;
  bool named = false;           // a named person, organization or people
  std::string name;             // a person's name without title: "Vladimir Poutine"
  std::string surname_key;      // normalized last name: "poutine"
  std::string org_key;          // normalized organization text without determiner
  std::string head_key;         // normalized head noun: "source", "fonctionnaire"
  std::string role;             // the source noun as written
  std::string country;          // ISO code
};

TokenRange tokens_of(const Context& ctx, Span span) {
  const auto& tokens = ctx.doc().tokens;
  auto lo = std::lower_bound(tokens.begin(), tokens.end(), span.begin,
                             [](const Token& t, uint32_t offset) { return t.original.end <= offset; });
  TokenRange r{static_cast<uint32_t>(lo - tokens.begin()), static_cast<uint32_t>(lo - tokens.begin())};
  while (r.end < tokens.size() && tokens[r.end].original.begin < span.end) ++r.end;
  return r;
}

MentionInfo describe(const Context& ctx, const Mention& m) {
  MentionInfo info;
  info.tokens = tokens_of(ctx, m.span);
  if (m.pronoun) {
    info.kind = m.plural ? EntityKind::group : EntityKind::person;
    return info;
  }
  bool determiner_first = false, org_noun = false, institution = false, demonym = false;
  bool in_name = false, name_done = false;
  for (uint32_t i = info.tokens.first; i < info.tokens.end; ++i) {
    const lang::LexEntry* e = ctx.entry(i);
    const uint32_t flags = e ? e->flags : 0;
    if (i == info.tokens.first && (flags & lang::kDeterminer)) determiner_first = true;
    if (ctx.is_comma(i) || ctx.is(i, "qui")) name_done = name_done || in_name;
    if (info.country.empty() && (flags & (lang::kNationality | lang::kInstitution | lang::kNationalityNoun)) && e->country[0])
      info.country = std::string(e->country, 2);
    if (flags & lang::kInstitution) institution = true;
    if (flags & lang::kNationalityNoun && ctx.capitalized(i)) demonym = true;
    if (info.head_key.empty() && (flags & (lang::kSourceNoun | lang::kOrganizationNoun))) {
      info.head_key = ctx.lexicon().nouns().size() > e->noun && e->noun != UINT16_MAX
                          ? ctx.lexicon().nouns()[e->noun].lemma
                          : std::string(ctx.word(i));
      info.role = std::string(ctx.doc().slice(ctx.token(i).original));
      if (flags & lang::kOrganizationNoun) org_noun = true;
    }
    // A name: capitalized words that are not function words, titles or demonyms.
    const bool name_word = ctx.capitalized(i) && ctx.token(i).kind == TokenKind::word &&
                           !(flags & (lang::kDeterminer | lang::kTitle | lang::kStopword | lang::kNationalityNoun |
                                      lang::kSourceNoun | lang::kOrganizationNoun | lang::kNationality));
    if (name_word && !name_done) {
      if (!info.name.empty() && !in_name) name_done = true;
      if (!name_done) {
        if (!info.name.empty()) info.name += ' ';
        info.name += ctx.doc().slice(ctx.token(i).original);
        info.surname_key = std::string(ctx.word(i));
        in_name = true;
      }
    } else if (in_name && !(flags & lang::kTitle)) {
      name_done = true;
    }
  }
  const bool has_name = !info.name.empty();
  if (institution || org_noun || (has_name && determiner_first && !m.plural && info.head_key.empty())) {
    // "Le Kremlin", "la Maison Blanche", "l'Insee", "le ministère de l'Intérieur"
    info.kind = EntityKind::organization;
    info.named = has_name || institution;
    std::string key;
    for (uint32_t i = info.tokens.first; i < info.tokens.end; ++i) {
      if (i == info.tokens.first && determiner_first) continue;
      if (!key.empty()) key += ' ';
      key += ctx.word(i);
    }
    info.org_key = key;
    info.surname_key.clear();
    info.name.clear();
  } else if (demonym && m.plural) {
    info.kind = EntityKind::group;  // "les Américains"
    info.named = true;
  } else if (m.plural || (m.count && *m.count > 1)) {
    info.kind = EntityKind::group;
  } else if (has_name) {
    info.kind = EntityKind::person;
    info.named = true;
  }
  return info;
}

bool compatible_country(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

}  // namespace

void build_entities(const Context& ctx, Document& doc) {
  doc.entities.clear();
  std::vector<MentionInfo> infos;
  infos.reserve(doc.mentions.size());
  for (const Mention& m : doc.mentions) infos.push_back(describe(ctx, m));

  // Mentions in text order.
  std::vector<uint32_t> order(doc.mentions.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return doc.mentions[a].span.begin < doc.mentions[b].span.begin; });

  auto new_entity = [&](uint32_t m) {
    Entity e;
    e.id = static_cast<uint32_t>(doc.entities.size() + 1);
    const MentionInfo& info = infos[m];
    const Mention& mention = doc.mentions[m];
    e.kind = info.kind;
    e.anonymous = !info.named;
    e.affiliation = info.country;
    e.role = info.role;
    e.name = info.name;
    e.label = std::string(doc.slice(mention.span));
    if (info.kind == EntityKind::group) {
      if (mention.count) e.count = mention.count;
    } else {
      e.count = 1;
    }
    doc.entities.push_back(std::move(e));
    return static_cast<int32_t>(doc.entities.size() - 1);
  };
  auto join = [&](uint32_t m, int32_t entity, const char* rule) {
    doc.mentions[m].entity = entity;
    Entity& e = doc.entities[entity];
    e.mentions.push_back(m);
    if (e.mentions.size() > 1) e.merge_rules.emplace_back(rule);
    if (e.affiliation.empty()) e.affiliation = infos[m].country;
    if (!e.count && doc.mentions[m].count) e.count = doc.mentions[m].count;
    if (e.name.empty() && !infos[m].name.empty() && e.kind == EntityKind::person) {
      e.name = infos[m].name;
      e.anonymous = false;
    }
  };

  for (size_t pos = 0; pos < order.size(); ++pos) {
    const uint32_t m = order[pos];
    const Mention& mention = doc.mentions[m];
    const MentionInfo& info = infos[m];
    int32_t target = -1;
    const char* rule = "";
    // Look back over earlier mentions, nearest first.
    for (size_t back = pos; back-- > 0 && target < 0;) {
      const uint32_t prev = order[back];
      const int32_t pe = doc.mentions[prev].entity;
      if (pe < 0) continue;
      const Entity& candidate = doc.entities[pe];
      const MentionInfo& pinfo = infos[prev];
      if (mention.pronoun) {
        if (doc.mentions[prev].pronoun) continue;
        if (mention.sentence < doc.mentions[prev].sentence) continue;
        const bool plural_candidate = candidate.kind == EntityKind::group;
        if (plural_candidate != mention.plural) continue;
        if (mention.gender != Gender::unknown && doc.mentions[prev].gender != Gender::unknown &&
            mention.gender != doc.mentions[prev].gender)
          continue;
        target = pe;
        rule = "pronoun";
      } else if (!info.surname_key.empty() && info.kind == EntityKind::person) {
        if (pinfo.surname_key == info.surname_key && candidate.kind == EntityKind::person) { target = pe; rule = "surname"; }
      } else if (!info.org_key.empty()) {
        if (pinfo.org_key == info.org_key) { target = pe; rule = "same-name"; }
      } else if (info.kind == EntityKind::group && !info.head_key.empty() && !mention.other) {
        if (candidate.kind == EntityKind::group && pinfo.head_key == info.head_key &&
            compatible_country(pinfo.country, info.country) &&
            (!mention.count || !candidate.count || *candidate.count == *mention.count)) {
          target = pe;
          rule = "group-description";
        }
      } else if (mention.definite && !mention.one_of && !mention.other && !mention.ordinal && !info.head_key.empty()) {
        if (candidate.kind == info.kind && pinfo.head_key == info.head_key &&
            compatible_country(pinfo.country, info.country)) {
          target = pe;
          rule = "definite-description";
        }
      }
    }
    if (target < 0) {
      target = new_entity(m);
      rule = "";
    }
    join(m, target, rule);
  }

  // Members: "une deuxième source russe", "l'une des sources russes" belong to
  // the group with the same head noun and a compatible affiliation.
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    const MentionInfo& info = infos[m];
    if (!(mention.ordinal || mention.one_of) || info.head_key.empty() || mention.entity < 0) continue;
    for (uint32_t g = 0; g < doc.entities.size(); ++g) {
      const Entity& group = doc.entities[g];
      if (group.kind != EntityKind::group || static_cast<int32_t>(g) == mention.entity) continue;
      const MentionInfo& ginfo = infos[group.mentions.front()];
      if (ginfo.head_key != info.head_key || !compatible_country(ginfo.country, info.country)) continue;
      doc.entities[mention.entity].member_of = g;
      if (doc.entities[mention.entity].affiliation.empty()) doc.entities[mention.entity].affiliation = group.affiliation;
      break;
    }
  }
}

}  // namespace whosaid::entities
