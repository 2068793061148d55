#include "core/attribution.h"

namespace whosaid {

std::string_view to_string(AttributionType t) {
  switch (t) {
    case AttributionType::statement: return "statement";
    case AttributionType::denial: return "denial";
    case AttributionType::refusal: return "refusal";
  }
  return "statement";
}

std::string_view to_string(QuoteKind q) {
  switch (q) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: return "mixed";
    case QuoteKind::none: return "none";
  }
  return "none";
}

std::string_view to_string(SectionKind s) {
  switch (s) {
    case SectionKind::header: return "header";
    case SectionKind::body: return "body";
    case SectionKind::comment: return "comment";
    case SectionKind::chrome: return "chrome";
  }
  return "body";
}

std::string_view to_string(EntityKind k) {
  switch (k) {
    case EntityKind::person: return "person";
    case EntityKind::organization: return "organization";
    case EntityKind::group: return "group";
  }
  return "person";
}

}  // namespace whosaid
