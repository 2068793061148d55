// Internal to src/report: what every part of one article's report (text,
// sources, audit, graph, table) needs to agree on: element ids, the colour of
// each source entity, which entity speaks each attribution, code point spans.
// Built once per document, in linear time; indices in the Document are
// checked once here, so the parts can trust them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/codepoints.h"
#include "core/document.h"
#include "report/report_labels.h"

namespace whosaid::report {

// Source colours: a palette of this many (CSS classes c0 ... c9), given to
// entities in the order they first speak; cx for a source without an entity.
inline constexpr int kColours = 10;

class ArticleContext {
 public:
  // `ordinal` is the article's 1-based place in the report: ids are "d1-...".
  ArticleContext(const Document& doc, const ReportLabels& labels, uint32_t ordinal);

  const Document& doc;
  const ReportLabels& labels;
  std::string_view label(Label l) const { return labels.get(l); }

  const std::string& prefix() const { return prefix_; }                  // "d1"
  std::string attribution_anchor(std::size_t a) const;                   // "d1-a3": the focusable mark
  std::string attribution_row(std::size_t a) const;                      // "d1-a3-info": its table row
  std::string entity_anchor(std::size_t e) const;                        // "d1-e2": its panel entry
  static std::string attribution_key(std::size_t a) { return "a" + std::to_string(a + 1); }  // extract JSON id
  static std::string entity_key(std::size_t e) { return "e" + std::to_string(e + 1); }

  // The entity that speaks attribution `a`, or -1.
  int32_t entity_of(std::size_t a) const { return entity_of_[a]; }
  // "c3", or "cx" for no entity.
  std::string colour_class(int32_t entity) const;
  int colour(int32_t entity) const { return entity >= 0 ? colour_[static_cast<std::size_t>(entity)] : -1; }
  // The first attribution whose source is mention `m`, or -1 (a mention that only refers).
  int32_t attribution_of_mention(std::size_t m) const { return attribution_of_mention_[m]; }
  // The attributions each entity speaks, in text order.
  const std::vector<uint32_t>& attributions_of(std::size_t e) const { return attributions_of_[e]; }

  bool valid(Span s) const { return s.begin <= s.end && s.end <= doc.text.size(); }
  std::string_view text(Span s) const { return valid(s) ? doc.slice(s) : std::string_view(); }
  uint32_t cp(uint32_t byte) const { return index_.at(byte); }
  // "12–40" in code points.
  std::string cp_range(Span s) const;

  // How an entity is named on the page: its label, else its name, else its first mention.
  std::string entity_name(std::size_t e) const;
  // The source of an attribution as the page names it: its entity, else its source text.
  std::string source_name(std::size_t a) const;

 private:
  std::string prefix_;
  CodepointIndex index_;
  std::vector<int32_t> entity_of_;
  std::vector<int> colour_;
  std::vector<int32_t> attribution_of_mention_;
  std::vector<std::vector<uint32_t>> attributions_of_;
};

}  // namespace whosaid::report
