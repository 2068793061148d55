#include "morph/conllu.h"

#include <fstream>

namespace whosaid::morph {
namespace {

std::vector<std::string_view> columns(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const size_t tab = line.find('\t');
    out.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Status read_conllu(const std::filesystem::path& path, std::vector<ConlluSentence>& out) {
  std::ifstream in(path);
  if (!in) return Status::io_error(path.string(), "cannot open the CoNLL-U file");
  ConlluSentence sentence;
  std::string line;
  size_t number = 0;
  size_t pending_end = 0;  // word id one past the open multi-word token's range
  auto finish = [&] {
    if (!sentence.lines.empty()) out.push_back(std::move(sentence));
    sentence = {};
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    sentence.lines.push_back(line);
    if (line[0] == '#') continue;
    const auto cols = columns(line);
    if (cols.size() != 10)
      return Status::invalid_input(path.string() + ":" + std::to_string(number), "a CoNLL-U line needs 10 tab-separated columns");
    const std::string_view id = cols[0];
    if (const size_t dash = id.find('-'); dash != std::string_view::npos) {
      if (!all_digits(id.substr(0, dash)) || !all_digits(id.substr(dash + 1)))
        return Status::invalid_input(path.string() + ":" + std::to_string(number), "bad multi-word token range '" + std::string(id) + "'");
      const size_t first = std::stoul(std::string(id.substr(0, dash))), last = std::stoul(std::string(id.substr(dash + 1)));
      sentence.fused.push_back({std::string(cols[1]), sentence.words.size(), sentence.words.size()});
      pending_end = last + 1 > first ? last - first + 1 : 0;
      continue;
    }
    if (!all_digits(id)) continue;  // an empty node ("8.1")
    ConlluWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = upos_from_string(cols[3]);
    w.feats = cols[5];
    w.line = sentence.lines.size() - 1;
    sentence.words.push_back(std::move(w));
    if (pending_end > 0) {
      sentence.fused.back().end_word = sentence.words.size();
      --pending_end;
    }
  }
  finish();
  return {};
}

std::string with_columns(const std::string& line, std::string_view lemma, std::string_view upos, std::string_view feats) {
  auto cols = columns(line);
  if (cols.size() != 10) return line;
  std::string out;
  for (size_t c = 0; c < cols.size(); ++c) {
    if (c > 0) out += '\t';
    out += c == 2 ? lemma : c == 3 ? upos : c == 5 ? feats : cols[c];
  }
  return out;
}

}  // namespace whosaid::morph
