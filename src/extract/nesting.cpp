#include "extract/nesting.h"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace whosaid::extract {
namespace {

// (content size, attribution index): the better parent is the smaller.
using Candidate = std::pair<uint32_t, uint32_t>;
constexpr Candidate kNone{UINT32_MAX, UINT32_MAX};

// Minimum over a range of slots, slots filled one at a time.
class MinTree {
 public:
  explicit MinTree(size_t n) : size_(n), tree_(2 * n, kNone) {}
  void offer(size_t slot, Candidate c) {
    for (size_t i = slot + size_; i > 0; i /= 2) tree_[i] = std::min(tree_[i], c);
  }
  Candidate min(size_t first, size_t end) const {  // over [first, end)
    Candidate best = kNone;
    for (size_t lo = first + size_, hi = end + size_; lo < hi; lo /= 2, hi /= 2) {
      if (lo & 1) best = std::min(best, tree_[lo++]);
      if (hi & 1) best = std::min(best, tree_[--hi]);
    }
    return best;
  }

 private:
  size_t size_;
  std::vector<Candidate> tree_;
};

// What an attribution's parent must hold: its cue and its source.
Span held(const Attribution& a) {
  if (a.source.empty()) return a.cue;
  return {std::min(a.cue.begin, a.source.begin), std::max(a.cue.end, a.source.end)};
}

}  // namespace

void link_parents(Document& doc) {
  std::vector<Attribution>& all = doc.attributions;
  // The distinct contents, ordered by end (a slot each); an attribution's own
  // content is left out of its query by splitting the range around its slot.
  std::vector<Span> contents;
  for (const Attribution& a : all)
    if (!a.content.empty()) contents.push_back(a.content);
  const auto by_end = [](Span a, Span b) { return a.end != b.end ? a.end < b.end : a.begin < b.begin; };
  std::sort(contents.begin(), contents.end(), by_end);
  contents.erase(std::unique(contents.begin(), contents.end()), contents.end());
  const auto slot_of = [&](Span s) {
    return static_cast<size_t>(std::lower_bound(contents.begin(), contents.end(), s, by_end) - contents.begin());
  };

  // Sweep by where things begin: an outer content enters the tree once it
  // begins at or before what an inner attribution's parent must hold.
  std::vector<uint32_t> outers(all.size()), inners(all.size());
  std::iota(outers.begin(), outers.end(), 0u);
  std::iota(inners.begin(), inners.end(), 0u);
  std::sort(outers.begin(), outers.end(), [&](uint32_t a, uint32_t b) { return all[a].content.begin < all[b].content.begin; });
  std::sort(inners.begin(), inners.end(), [&](uint32_t a, uint32_t b) { return held(all[a]).begin < held(all[b]).begin; });
  MinTree tree(contents.size());
  size_t next_outer = 0;
  for (const uint32_t i : inners) {
    Attribution& inner = all[i];
    inner.parent = -1;
    if (inner.cue.empty()) continue;
    const Span need = held(inner);
    for (; next_outer < outers.size() && all[outers[next_outer]].content.begin <= need.begin; ++next_outer) {
      const Attribution& outer = all[outers[next_outer]];
      if (!outer.content.empty()) tree.offer(slot_of(outer.content), {outer.content.size(), outers[next_outer]});
    }
    // Contents ending at or after the end of what is needed: a suffix of the slots.
    const size_t first = static_cast<size_t>(
        std::lower_bound(contents.begin(), contents.end(), need.end, [](Span s, uint32_t e) { return s.end < e; }) -
        contents.begin());
    Candidate best = tree.min(first, contents.size());
    if (!inner.content.empty()) {
      const size_t own = slot_of(inner.content);
      if (own >= first && own < contents.size() && contents[own] == inner.content)
        best = std::min(tree.min(first, own), tree.min(own + 1, contents.size()));
    }
    if (best != kNone) inner.parent = static_cast<int32_t>(best.second);
  }
}

namespace {

// How many kept contents cover each elementary segment: add one over a
// range, the maximum over a range. Each node's count includes the additions
// that covered it whole, so no push-down is needed.
class CoverTree {
 public:
  explicit CoverTree(size_t n) : n_(n), max_(4 * n + 4, 0), added_(4 * n + 4, 0) {}
  uint32_t max(size_t first, size_t end) const { return max_in(1, 0, n_, first, end); }
  void add(size_t first, size_t end) { add_in(1, 0, n_, first, end); }

 private:
  uint32_t max_in(size_t node, size_t lo, size_t hi, size_t first, size_t end) const {
    if (end <= lo || hi <= first) return 0;
    if (first <= lo && hi <= end) return max_[node];
    const size_t mid = (lo + hi) / 2;
    return added_[node] + std::max(max_in(2 * node, lo, mid, first, end), max_in(2 * node + 1, mid, hi, first, end));
  }
  void add_in(size_t node, size_t lo, size_t hi, size_t first, size_t end) {
    if (end <= lo || hi <= first) return;
    if (first <= lo && hi <= end) {
      ++max_[node];
      ++added_[node];
      return;
    }
    const size_t mid = (lo + hi) / 2;
    add_in(2 * node, lo, mid, first, end);
    add_in(2 * node + 1, mid, hi, first, end);
    max_[node] = added_[node] + std::max(max_[2 * node], max_[2 * node + 1]);
  }

  size_t n_;
  std::vector<uint32_t> max_, added_;
};

}  // namespace

std::vector<bool> within_nesting_depth(const std::vector<Attribution>& attributions) {
  std::vector<bool> keep(attributions.size(), true);
  // Elementary segments between the contents' distinct ends.
  std::vector<uint32_t> ends;
  for (const Attribution& a : attributions)
    if (!a.content.empty()) ends.insert(ends.end(), {a.content.begin, a.content.end});
  std::sort(ends.begin(), ends.end());
  ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
  if (ends.size() < 2) return keep;
  const auto at = [&](uint32_t offset) {
    return static_cast<size_t>(std::lower_bound(ends.begin(), ends.end(), offset) - ends.begin());
  };
  CoverTree cover(ends.size() - 1);
  for (size_t k = 0; k < attributions.size(); ++k) {
    const Span c = attributions[k].content;
    if (c.empty()) continue;
    const size_t first = at(c.begin), end = at(c.end);
    if (cover.max(first, end) >= kMaxNestingDepth) {
      keep[k] = false;
      continue;
    }
    cover.add(first, end);
  }
  return keep;
}

}  // namespace whosaid::extract
