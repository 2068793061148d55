#include "cli/tag_output.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>
#include <vector>

#include "lang/lexicon.h"
#include "morph/conllu.h"
#include "morph/conllu_tagging.h"
#include "morph/morph_stage.h"
#include "morph/ud_feats.h"
#include "morph/word_list.h"

namespace whosaid::cli {
namespace {

std::string chunk_label(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (t.chunk < 0 || static_cast<size_t>(t.chunk) >= doc.chunks.size()) return "O";
  const Chunk& c = doc.chunks[static_cast<size_t>(t.chunk)];
  std::string label = (c.first_token == i ? "B-" : "I-") + std::string(to_string(c.kind));
  if (c.head == i) label += '*';
  return label;
}

std::string percent(size_t part, size_t whole) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(2) << (whole == 0 ? 0.0 : 100.0 * double(part) / double(whole)) << "%";
  return s.str();
}

}  // namespace

int analyze_text_file(const Pipeline& pipeline, const std::string& path, Document& doc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "whosaid tag: " << path << ": cannot open\n";
    return 74;
  }
  std::ostringstream text;
  text << in.rdbuf();
  doc.text = text.str();
  if (Status s = pipeline.analyze(doc); !s.ok()) {
    std::cerr << "whosaid tag: " << path << ": " << s.message() << "\n";
    return s.exit_code();
  }
  // The pipeline tags only the sentences extraction reads: every token, and the chunks.
  pipeline.morph(doc.lang).run(doc);
  return 0;
}

void write_tagged_document(const Document& doc, std::ostream& out) {
  std::string feats;
  for (const Sentence& s : doc.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      feats.clear();
      morph::append_ud_feats(t.feats, feats);
      out << t.original.in(doc.text) << '\t' << (t.lemma.empty() ? "_" : t.lemma) << '\t' << to_string(t.upos) << '\t'
          << feats << '\t' << chunk_label(doc, i) << '\n';
    }
    out << '\n';
  }
}

int tag_conllu(const Pipeline& pipeline, const std::string& path, bool evaluate, std::ostream& out) {
  std::vector<morph::ConlluSentence> sentences;
  if (Status s = morph::read_conllu(path, sentences); !s.ok()) {
    std::cerr << "whosaid tag: " << s.message() << "\n";
    return s.exit_code();
  }
  // The treebank's tokens as the pipeline's tokenizer would give them.
  text::TokenizerOptions tokenizer;
  tokenizer.elisions = pipeline.lexicon().elisions();
  tokenizer.enclitics = pipeline.lexicon().enclitics();
  tokenizer.abbreviations = pipeline.lexicon().abbreviations();
  morph::split_as_tokenizer(sentences, tokenizer);
  const morph::MorphStage& stage = pipeline.morph();
  morph::WordList tokens, word_scratch;
  std::vector<morph::TaggedWord> tags;
  std::string feats;
  size_t words = 0, upos_right = 0, lemma_right = 0;
  for (const morph::ConlluSentence& s : sentences) {
    morph::tag_conllu_sentence(s, stage.tagger(), stage.forms(), tokens, word_scratch, tags);
    std::vector<std::string> lines = s.lines;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const morph::TaggedWord& t = tags[i];
      ++words;
      upos_right += t.upos == s.words[i].upos;
      lemma_right += t.lemma == s.words[i].lemma;
      feats.clear();
      morph::append_ud_feats(t.feats, feats);
      lines[s.words[i].line] = morph::with_columns(lines[s.words[i].line], t.lemma, to_string(t.upos), feats);
    }
    if (evaluate) continue;
    for (const std::string& line : lines) out << line << '\n';
    out << '\n';
  }
  if (evaluate)
    out << "file\t" << path << "\nwords\t" << words << "\nUPOS accuracy\t" << percent(upos_right, words)
        << "\nlemma accuracy\t" << percent(lemma_right, words) << "\n";
  return 0;
}

int lexicon_coverage(const Pipeline& pipeline, const std::string& dir, std::ostream& out) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  if (ec || files.empty()) {
    std::cerr << "whosaid tag: " << dir << ": no .txt file to measure" << (ec ? ": " + ec.message() : "") << "\n";
    return 74;
  }
  std::sort(files.begin(), files.end());
  size_t lower_words = 0, known = 0;
  std::map<std::string, size_t> unknown;
  for (const auto& path : files) {
    Document doc;
    if (int code = analyze_text_file(pipeline, path.string(), doc); code != 0) return code;
    for (const Token& t : doc.tokens) {
      if (t.kind != TokenKind::word || t.has(kCapitalized) || t.has(kAllCaps)) continue;
      const std::string_view lower = t.normalized.in(doc.view.text);
      ++lower_words;
      if (!pipeline.morph().forms().find(lower).empty()) ++known;
      else ++unknown[std::string(lower)];
    }
  }
  out << "files\t" << files.size() << "\nlower-case word tokens\t" << lower_words << "\nknown to the lexicon\t" << known
      << "\ncoverage\t" << percent(known, lower_words) << "\n";
  std::vector<std::pair<size_t, std::string>> top;
  for (const auto& [form, count] : unknown) top.emplace_back(count, form);
  std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  out << "most frequent unknown\t";
  for (size_t i = 0; i < top.size() && i < 15; ++i) out << (i ? " " : "") << top[i].second << "(" << top[i].first << ")";
  out << "\n";
  return 0;
}

}  // namespace whosaid::cli
