#include "report/article_context.h"

namespace whosaid::report {

ArticleContext::ArticleContext(const Document& d, const ReportLabels& l, uint32_t ordinal)
    : doc(d), labels(l), prefix_("d" + std::to_string(ordinal)), index_(d.text),
      entity_of_(d.attributions.size(), -1), colour_(d.entities.size(), -1),
      attribution_of_mention_(d.mentions.size(), -1), attributions_of_(d.entities.size()) {
  int next_colour = 0;
  auto give_colour = [&](std::size_t e) {
    if (colour_[e] < 0) colour_[e] = next_colour++ % kColours;
  };
  for (std::size_t a = 0; a < d.attributions.size(); ++a) {
    const int32_t m = d.attributions[a].source_mention;
    if (m < 0 || static_cast<std::size_t>(m) >= d.mentions.size()) continue;
    if (attribution_of_mention_[m] < 0) attribution_of_mention_[m] = static_cast<int32_t>(a);
    const int32_t e = d.mentions[m].entity;
    if (e < 0 || static_cast<std::size_t>(e) >= d.entities.size()) continue;
    entity_of_[a] = e;
    attributions_of_[e].push_back(static_cast<uint32_t>(a));
    give_colour(static_cast<std::size_t>(e));
  }
  for (std::size_t e = 0; e < d.entities.size(); ++e) give_colour(e);
}

std::string ArticleContext::attribution_anchor(std::size_t a) const { return prefix_ + "-" + attribution_key(a); }
std::string ArticleContext::attribution_row(std::size_t a) const { return attribution_anchor(a) + "-info"; }
std::string ArticleContext::entity_anchor(std::size_t e) const { return prefix_ + "-" + entity_key(e); }

std::string ArticleContext::colour_class(int32_t entity) const {
  const int c = colour(entity);
  return c < 0 ? "cx" : "c" + std::to_string(c);
}

std::string ArticleContext::cp_range(Span s) const {
  if (!valid(s)) return "";
  return std::to_string(cp(s.begin)) + "\u2013" + std::to_string(cp(s.end));
}

std::string ArticleContext::entity_name(std::size_t e) const {
  const Entity& entity = doc.entities[e];
  if (!entity.label.empty()) return entity.label;
  if (!entity.name.empty()) return entity.name;
  for (uint32_t m : entity.mentions)
    if (m < doc.mentions.size()) return std::string(text(doc.mentions[m].span));
  return entity_key(e);
}

std::string ArticleContext::source_name(std::size_t a) const {
  if (entity_of_[a] >= 0) return entity_name(static_cast<std::size_t>(entity_of_[a]));
  std::string written(text(doc.attributions[a].source));
  return written.empty() ? std::string(labels.get(Label::no_source)) : written;
}

}  // namespace whosaid::report
