#include "graph/source_key.h"

#include <cstdint>

#include "core/utf8.h"

namespace whosaid::graph {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009;
}

}  // namespace

std::string normalize_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < name.size();) {
    const char32_t c = utf8::decode(name, i);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    utf8::append(utf8::to_lower(c), out);
  }
  return out;
}

std::string source_key(const Entity& entity) {
  if (entity.anonymous || entity.name.empty()) return {};
  return normalize_name(entity.name);
}

}  // namespace whosaid::graph
