#include "graph/text_store.h"

#include <algorithm>
#include <limits>

namespace whosaid::graph {

char* TextStore::allocate(std::size_t n) {
  if (n > left_) {
    // A string larger than a block gets a block of its own; the current
    // block stays open for the small strings that follow.
    if (n > kBlockBytes / 4) {
      blocks_.push_back(std::make_unique<char[]>(n));
      bytes_ += n;
      return blocks_.back().get();
    }
    blocks_.push_back(std::make_unique<char[]>(kBlockBytes));
    bytes_ += kBlockBytes;
    free_ = blocks_.back().get();
    left_ = kBlockBytes;
  }
  char* at = free_;
  free_ += n;
  left_ -= n;
  return at;
}

Text TextStore::keep(std::string_view s) {
  if (s.empty()) return {};
  // Longer than 4 GiB cannot come from a document (inputs are capped far lower).
  const auto n = static_cast<uint32_t>(std::min<std::size_t>(s.size(), std::numeric_limits<uint32_t>::max()));
  char* at = allocate(sizeof n + n);
  std::memcpy(at, &n, sizeof n);
  std::memcpy(at + sizeof n, s.data(), n);
  return Text(at + sizeof n);
}

Text TextStore::intern(std::string_view s) {
  if (s.empty()) return {};
  if (auto it = interned_.find(s); it != interned_.end()) return Text(it->data());
  Text t = keep(s);
  interned_.insert(t.view());
  return t;
}

}  // namespace whosaid::graph
