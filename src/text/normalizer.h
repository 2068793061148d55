// Builds a Document's normalized view (core/text_view.h): the lower-cased text
// with quotation marks, apostrophes, spaces, dashes and ellipses unified, and
// invisible characters (soft hyphen, zero-width space, BOM) dropped, plus the
// byte map back to the original. One pass; the text must be valid UTF-8.
#pragma once

#include <string_view>

#include "core/text_view.h"

namespace whosaid::text {

TextView normalize(std::string_view original);

}  // namespace whosaid::text
