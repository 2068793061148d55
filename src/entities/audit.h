// The sourcing audit of one document (core/audit.h), read off its resolved
// entities and attributions. Run by build_entities after resolution; a pure
// function of the Document, so tests and tools may call it again.
//
//   Audit a = entities::compute_audit(doc);
//   a.sources, a.anonymous, a.anonymous_without_reason ...
#pragma once

#include "core/audit.h"
#include "core/document.h"

namespace whosaid::entities {

Audit compute_audit(const Document& doc);

}  // namespace whosaid::entities
