#include "core/document.h"

namespace whosaid {

SectionKind Document::section_at(uint32_t offset) const {
  for (const Section& s : sections)
    if (s.span.contains(offset)) return s.kind;
  return SectionKind::body;
}

}  // namespace whosaid
