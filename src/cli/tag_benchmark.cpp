#include "cli/tag_output.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <vector>

#include "morph/morph_stage.h"

namespace whosaid::cli {

// Tags the documents again and again for at least a second, the text stage
// done once beforehand, on this one thread: tokens per second of tagging
// alone (describing words, the lexicon lookups, the perceptron, lemmas).
// Per second of this thread's CPU time (what one core does, also on a
// machine other work shares) and per second of wall-clock time.
namespace {

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

struct Throughput {
  size_t rounds = 0;
  double wall = 0, cpu = 0;
};

// Tags the documents again and again for at least a second. `cold`: this
// thread's cache of word types is emptied before each document, so each is
// tagged as on first sight (its repeated words still share their work);
// otherwise every word has been seen before (a long stream of articles
// comes close to that for its frequent words).
Throughput time_tagging(const Pipeline& pipeline, std::vector<Document>& docs, bool cold) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const double cpu_start = thread_cpu_seconds();
  Throughput t;
  do {
    for (Document& doc : docs) {
      if (cold) morph::MorphStage::forget_word_types();
      pipeline.morph().tag(doc);
    }
    ++t.rounds;
    t.wall = std::chrono::duration<double>(Clock::now() - start).count();
  } while (t.wall < 1.0);
  t.cpu = thread_cpu_seconds() - cpu_start;
  return t;
}

}  // namespace

int tag_benchmark(const Pipeline& pipeline, const std::filesystem::path& language_dir, const std::vector<std::string>& paths,
                  std::ostream& out) {
  // Opening the full-form table again, alone: what loading it costs.
  const auto open_start = std::chrono::steady_clock::now();
  morph::FormLexicon table;
  if (Status s = morph::FormLexicon::open(morph::form_table_path(language_dir), table); !s.ok()) {
    std::cerr << "whosaid tag: " << s.message() << "\n";
    return s.exit_code();
  }
  const double open_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - open_start).count();
  std::vector<Document> docs;
  size_t tokens = 0;
  for (const std::string& path : paths) {
    Document doc;
    if (int code = analyze_text_file(pipeline, path, doc); code != 0) return code;
    tokens += doc.tokens.size();
    docs.push_back(std::move(doc));
  }
  if (tokens == 0) {
    std::cerr << "whosaid tag: --benchmark: no token in the inputs\n";
    return 65;
  }
  const Throughput cold = time_tagging(pipeline, docs, true), warm = time_tagging(pipeline, docs, false);
  const double tagged = double(tokens);
  out << "form table open ms\t" << std::fixed << std::setprecision(1) << open_ms << "\n";
  out << "documents\t" << docs.size() << "\ntokens\t" << tokens << "\nrounds\t" << cold.rounds << std::fixed
      << std::setprecision(3) << "\nwall seconds\t" << cold.wall << "\ncpu seconds\t" << cold.cpu
      << std::setprecision(0) << "\ntokens per cpu second (one thread)\t" << tagged * double(cold.rounds) / cold.cpu
      << "\ntokens per wall second\t" << tagged * double(cold.rounds) / cold.wall
      << "\ntokens per cpu second, words seen before\t" << tagged * double(warm.rounds) / warm.cpu << "\n";
  return 0;
}

}  // namespace whosaid::cli
