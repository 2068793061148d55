// WebChrome: the words of web page furniture (menus, breadcrumbs, footers,
// comment-form controls, bylines, credits, dates), loaded from
// data/lang/<code>/web_chrome.tsv. Section detection (page_sections.h) and
// provenance (provenance.h) use it to read a page flattened to plain text; the
// shapes of lines are code, the words are data, so another site's footer or
// another language is a data edit.
//
//   WebChrome chrome;
//   if (Status s = WebChrome::load(data_dir / "lang" / "fr" / "web_chrome.tsv", chrome); !s.ok()) ...
//   chrome.is(WebChrome::site_line, fold_line("Plan du site"))  // true
//
// File format (documented in the file's header): two tab-separated columns,
// kind and phrase; '#' comments. An unknown kind, a missing or extra column or
// an empty phrase fails with the file name and line number.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/status.h"

namespace whosaid::input {

// Lower-cased (Latin letters), apostrophes unified, white space (including
// no-break spaces) collapsed to one space and trimmed: how lines and phrases
// are compared.
std::string fold_line(std::string_view line);
// The same into `out` (cleared first): a buffer reused line after line allocates
// only while lines grow.
void fold_line(std::string_view line, std::string& out);

class WebChrome {
 public:
  enum Kind : uint8_t {
    site_line, footer_word, home, separator, comment_heading, comment_count, comment_control,
    byline, credit, with_agency, agency, month, weekday,
    html_chrome_class, html_comment_class, html_header_class,
  };
  static constexpr int kKinds = 16;
  static std::string_view kind_name(Kind k);

  static Status load(const std::filesystem::path& path, WebChrome& out);
  // The built-in-free empty vocabulary recognises shapes only (URLs, pipes).
  WebChrome() = default;

  // Whether the folded text is a phrase of this kind.
  // A text longer than every phrase of the kind (a paragraph) is none, and is not copied to be looked up.
  bool is(Kind k, std::string_view folded) const {
    return folded.size() <= longest_[k] && sets_[k].contains(std::string(folded));
  }
  // The folded phrases of a kind, in file order (for prefix and word searches).
  const std::vector<std::string>& phrases(Kind k) const { return lists_[k]; }
  // The phrases as written in the file (agencies keep their spelling).
  const std::vector<std::string>& written(Kind k) const { return written_[k]; }

 private:
  std::array<std::unordered_set<std::string>, kKinds> sets_;
  std::array<size_t, kKinds> longest_ = {};  // the longest folded phrase of each kind
  std::array<std::vector<std::string>, kKinds> lists_;
  std::array<std::vector<std::string>, kKinds> written_;
};

}  // namespace whosaid::input
