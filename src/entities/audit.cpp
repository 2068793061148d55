#include "entities/audit.h"

#include <algorithm>
#include <vector>

namespace whosaid::entities {

namespace {

int32_t entity_of(const Document& doc, const Attribution& a) {
  return a.source_mention >= 0 ? doc.mentions[static_cast<size_t>(a.source_mention)].entity : -1;
}

bool generic_role(const std::string& role) { return role.empty() || role == "source" || role == "sources"; }

// The audit is about the article's sourcing: readers' comments stay out.
bool in_comment(const Attribution& a) { return a.section == SectionKind::comment; }
bool in_comment(const Document& doc, const Entity& e) {
  return !e.mentions.empty() && doc.section_at(doc.mentions[e.mentions.front()].span.begin) == SectionKind::comment;
}

// Who speaks in a sentence, refusals aside: the first source's entity and
// whether another one does too. Enough to tell, for any source, whether a
// different one speaks there.
struct SentenceVoices {
  int32_t first = -1;
  bool several = false;
};

std::vector<SentenceVoices> voices_by_sentence(const Document& doc) {
  uint32_t sentences = static_cast<uint32_t>(doc.sentences.size());
  for (const Attribution& a : doc.attributions) sentences = std::max(sentences, a.sentence + 1);
  std::vector<SentenceVoices> voices(sentences);
  for (const Attribution& b : doc.attributions) {
    const int32_t f = entity_of(doc, b);
    if (f < 0 || b.type == AttributionType::refusal) continue;
    SentenceVoices& v = voices[b.sentence];
    if (v.first < 0) v.first = f;
    else if (v.first != f) v.several = true;
  }
  return voices;
}

}  // namespace

Audit compute_audit(const Document& doc) {
  Audit audit;
  std::vector<Audit::Source> per_entity(doc.entities.size());
  for (const Attribution& a : doc.attributions) {
    if (in_comment(a)) continue;
    ++audit.attributions;
    const int32_t e = entity_of(doc, a);
    if (e < 0) {
      ++audit.unsourced;
      continue;
    }
    Audit::Source& s = per_entity[static_cast<size_t>(e)];
    ++s.attributions;
    switch (a.type) {
      case AttributionType::statement: ++s.statements; break;
      case AttributionType::denial: ++s.denials; break;
      case AttributionType::refusal: ++s.refusals; break;
    }
  }
  for (uint32_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (per_entity[i].attributions == 0) continue;
    per_entity[i].entity = i;
    audit.by_source.push_back(per_entity[i]);
    ++audit.sources;
    if (e.anonymous) {
      ++audit.anonymous;
      if (!e.anonymity_reason) audit.anonymous_without_reason.push_back(i);
      if (e.qualifiers.empty() && e.affiliation.empty() && generic_role(e.role) && e.kind != EntityKind::group)
        audit.unqualified.push_back(i);
    } else {
      ++audit.named;
    }
  }
  // Members listed under their group in one pass (in entity order).
  std::vector<std::vector<uint32_t>> members(doc.entities.size());
  for (uint32_t j = 0; j < doc.entities.size(); ++j)
    if (doc.entities[j].member_of && *doc.entities[j].member_of < members.size())
      members[*doc.entities[j].member_of].push_back(j);
  for (uint32_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (e.kind != EntityKind::group || in_comment(doc, e)) continue;
    Audit::Group g;
    g.entity = i;
    g.size = e.count;
    g.members = std::move(members[i]);
    audit.groups.push_back(std::move(g));
  }
  // A claim rests on one anonymous person when no other source speaks in its sentence.
  const std::vector<SentenceVoices> voices = voices_by_sentence(doc);
  for (uint32_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    const int32_t e = entity_of(doc, a);
    if (e < 0 || a.type == AttributionType::refusal || a.content.empty() || in_comment(a)) continue;
    const Entity& ent = doc.entities[static_cast<size_t>(e)];
    if (!ent.anonymous || ent.kind == EntityKind::group) continue;
    const SentenceVoices& v = voices[a.sentence];
    const bool corroborated = v.several || (v.first >= 0 && v.first != e);
    if (!corroborated) audit.single_anonymous_claims.push_back(i);
  }
  return audit;
}

}  // namespace whosaid::entities
