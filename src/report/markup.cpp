#include "report/markup.h"

#include <algorithm>

namespace whosaid::report {
namespace {

struct Placed {
  Span span;           // clipped to the range
  uint32_t id;
  bool goes_on;        // the mark continues past the range
  uint32_t pieces;     // pieces opened so far
};

class Layout {
 public:
  Layout(Span range, std::vector<Placed> marks) : range_(range), marks_(std::move(marks)) {}

  std::vector<MarkupEvent> run() {
    uint32_t pos = range_.begin;
    std::size_t next_mark = 0;
    for (;;) {
      uint32_t next = range_.end;
      if (next_mark < marks_.size()) next = std::min(next, marks_[next_mark].span.begin);
      for (std::size_t m : stack_) next = std::min(next, marks_[m].span.end);
      if (next > pos) {
        events_.push_back({MarkupEvent::text, 0, 0, true, {pos, next}});
        pos = next;
      }
      close_at(pos);
      while (next_mark < marks_.size() && marks_[next_mark].span.begin == pos) open(next_mark++);
      if (pos >= range_.end && next_mark == marks_.size() && stack_.empty()) break;
    }
    return std::move(events_);
  }

 private:
  void open(std::size_t m) {
    events_.push_back({MarkupEvent::open, marks_[m].id, marks_[m].pieces++, true, {}});
    stack_.push_back(m);
  }

  // Closes the marks that end at `pos`. A mark below them in the stack that
  // goes on is unaffected; marks above them that go on are closed with them
  // and reopened, in the same order, as their next piece.
  void close_at(uint32_t pos) {
    std::size_t lowest = stack_.size();
    for (std::size_t k = 0; k < stack_.size(); ++k)
      if (marks_[stack_[k]].span.end <= pos) {
        lowest = k;
        break;
      }
    if (lowest == stack_.size()) return;
    reopen_.clear();
    for (std::size_t k = stack_.size(); k-- > lowest;) {
      const Placed& p = marks_[stack_[k]];
      const bool ends = p.span.end <= pos;
      events_.push_back({MarkupEvent::close, p.id, 0, ends && !p.goes_on, {}});
      if (!ends) reopen_.push_back(stack_[k]);
    }
    stack_.resize(lowest);
    for (std::size_t k = reopen_.size(); k-- > 0;) open(reopen_[k]);
  }

  Span range_;
  std::vector<Placed> marks_;
  std::vector<std::size_t> stack_, reopen_;
  std::vector<MarkupEvent> events_;
};

}  // namespace

std::vector<MarkupEvent> lay_out_marks(Span range, std::vector<Mark> marks) {
  std::vector<Placed> placed;
  placed.reserve(marks.size());
  for (const Mark& m : marks) {
    Span s{std::max(m.span.begin, range.begin), std::min(m.span.end, range.end)};
    if (m.span.empty() || s.empty()) continue;
    placed.push_back({s, m.id, m.span.end > range.end, m.span.begin < range.begin ? 1u : 0u});
  }
  // Outer first: by start, then longest. Of marks with the same span the
  // higher id is outside, so the lower one closes first (what follows each
  // mark, like a number after a cue, then reads in the caller's order).
  std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.id > b.id;
  });
  return Layout(range, std::move(placed)).run();
}

}  // namespace whosaid::report
