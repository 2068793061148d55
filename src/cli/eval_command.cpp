// whosaid eval --gold GOLD.json [TEXT] [--predictions PRED.json] [--verbose] [--by-rule] [--json] [--data-dir DIR]
// whosaid eval --gold GOLD_DIR TEXT_DIR | --predictions PRED_DIR  (micro-averaged over the gold files)
//
// Scores attributions against gold (docs/eval.md). Without --predictions the
// pipeline runs on TEXT and its JSON (as `whosaid extract` writes it) is what
// is scored; with --predictions an existing prediction file is scored, and
// TEXT, when given, is only used to check the spans. A gold file ending in
// .ann is brat standoff (PolNeAR), read with its text (eval/brat.h).
#include <algorithm>
#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/document_inputs.h"
#include "eval/brat.h"
#include "eval/by_rule.h"
#include "eval/gold.h"
#include "eval/predictions.h"
#include "eval/report.h"
#include "eval/score.h"
#include "export/document_json.h"
#include "input/read_text.h"
#include "pipeline/pipeline.h"

namespace whosaid::cli {
namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;

// One gold file and where its predictions come from.
struct Job {
  std::string gold;
  std::string text;         // empty: none (only with predictions)
  std::string predictions;  // empty: run the pipeline on text
};

// Runs the pipeline when a job has no prediction file; created on first use.
class Predictor {
 public:
  Predictor(std::string data_dir, std::string lang) : data_dir_(std::move(data_dir)), lang_(std::move(lang)) {}

  Status predict(const Document& analysed_from, eval::Predictions& out) {
    return eval::predictions_from_json(document_to_json(analysed_from), analysed_from.name + " (predictions)", out);
  }
  Status analyze(Document& doc) {
    if (!pipeline_) {
      pipeline_.emplace();
      PipelineOptions options;
      options.data_dir = data_dir_;
      options.lang = lang_;
      if (Status s = Pipeline::create(options, *pipeline_); !s.ok()) {
        pipeline_.reset();
        return s;
      }
    }
    return pipeline_->analyze(doc);
  }

 private:
  std::string data_dir_;
  std::string lang_;
  std::optional<Pipeline> pipeline_;
};

// brat standoff gold (PolNeAR): NAME.ann, read with the text it annotates.
bool is_brat(const fs::path& gold) { return gold.extension() == ".ann"; }

// The text of a brat file: the TEXT given, else NAME.txt beside NAME.ann.
std::string brat_text(const Job& job) {
  if (!job.text.empty()) return job.text;
  fs::path beside = fs::path(job.gold).replace_extension(".txt");
  std::error_code ec;
  return fs::is_regular_file(beside, ec) ? beside.string() : std::string();
}

Status score_job(const Job& job, Predictor& predictor, eval::DocumentScore& out) {
  eval::Gold gold;
  Document doc;
  if (is_brat(job.gold)) {
    const std::string text = brat_text(job);
    if (text.empty())
      return Status::io_error(job.gold, "a brat file is read with its text: give TEXT (or TEXT_DIR), or put " +
                                            fs::path(job.gold).replace_extension(".txt").filename().string() +
                                            " beside it");
    if (Status s = read_text_input(text, doc); !s.ok()) return s;
    doc.lang.clear();  // unknown: under --lang auto the pipeline tells it from the text
    if (Status s = eval::read_brat_gold(job.gold, doc.text, fs::path(text).filename().string(), gold); !s.ok())
      return s;
  } else {
    if (Status s = eval::read_gold(job.gold, gold); !s.ok()) return s;
    if (!job.text.empty()) {
      if (Status s = read_text_input(job.text, doc); !s.ok()) return s;
      if (Status s = eval::check_gold_text(gold, doc.text); !s.ok()) return s;
      doc.lang = gold.lang;  // the language the gold says the text is in, under --lang auto
    }
  }
  const bool have_text = !job.text.empty() || is_brat(job.gold);
  eval::Predictions predictions;
  if (!job.predictions.empty()) {
    if (Status s = eval::read_predictions(job.predictions, predictions); !s.ok()) return s;
  } else {
    if (Status s = predictor.analyze(doc); !s.ok()) return s;
    if (Status s = predictor.predict(doc, predictions); !s.ok()) return s;
  }
  if (have_text) {
    if (Status s = eval::check_predictions_text(predictions, doc.text); !s.ok()) return s;
  }
  out = eval::score_document(gold, predictions);
  return {};
}

// gold/NAME.json pairs with DIR/<its "document">, else DIR/NAME.txt; `out`
// stays empty when DIR holds neither.
Status text_for(const fs::path& gold_path, const fs::path& dir, std::string& out) {
  eval::Gold gold;
  if (Status s = eval::read_gold(gold_path.string(), gold); !s.ok()) return s;
  fs::path by_document = dir / gold.document;
  fs::path by_name = dir / (gold_path.stem().string() + ".txt");
  std::error_code ec;
  if (!gold.document.empty() && fs::is_regular_file(by_document, ec)) out = by_document.string();
  else if (fs::is_regular_file(by_name, ec)) out = by_name.string();
  return {};
}

// brat gold in a folder (PolNeAR's dev/attributions/NAME_XXXX.ann, XXXX the
// annotator) pairs with DIR/NAME_XXXX.txt, else DIR/NAME.txt; `article` gets
// the text's stem, empty when DIR holds neither.
void brat_text_for(const fs::path& ann, const fs::path& dir, std::string& text, std::string& article) {
  std::error_code ec;
  const std::string stem = ann.stem().string();
  std::vector<std::string> candidates = {stem};
  if (size_t cut = stem.rfind('_'); cut != std::string::npos && cut > 0) candidates.push_back(stem.substr(0, cut));
  for (const std::string& candidate : candidates) {
    fs::path t = dir / (candidate + ".txt");
    if (fs::is_regular_file(t, ec)) {
      text = t.string();
      article = candidate;
      return;
    }
  }
}

Status plan_directory(const fs::path& gold_dir, const std::string& text_dir, const std::string& predictions_dir,
                      std::vector<Job>& jobs) {
  std::error_code ec;
  std::vector<fs::path> golds;
  for (fs::directory_iterator it(gold_dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json" || is_brat(it->path())) golds.push_back(it->path());
  if (ec) return Status::io_error(gold_dir.string(), "cannot list directory: " + ec.message());
  if (golds.empty())
    return Status::io_error(gold_dir.string(), "no gold files (*.json or brat *.ann) in this directory");
  std::sort(golds.begin(), golds.end());
  // A gold folder may annotate more texts than one text folder holds (the seeds
  // and a dev set side by side): golds with no text there are skipped and named.
  std::vector<std::string> skipped;
  // An article annotated by several people (NAME_4b22.ann, NAME_4e07.ann) is
  // scored once, against the first file in sorted order; the others are named.
  std::map<std::string, std::vector<std::string>> annotators;  // article -> its .ann files, the first used
  for (const fs::path& g : golds) {
    Job job{g.string(), "", ""};
    std::string article = g.stem().string();
    if (is_brat(g)) {
      // Without TEXT_DIR a brat file's text is beside it (brat's own layout).
      brat_text_for(g, text_dir.empty() ? g.parent_path() : fs::path(text_dir), job.text, article);
      if (job.text.empty()) {
        if (text_dir.empty()) {
          return Status::io_error(g.string(), "a brat file is read with its text: give TEXT_DIR, or put " +
                                                  g.stem().string() + ".txt beside it");
        }
        skipped.push_back(g.filename().string());
        continue;
      }
      std::vector<std::string>& files = annotators[article];
      files.push_back(g.filename().string());
      if (files.size() > 1) continue;
    } else if (!text_dir.empty()) {
      if (Status s = text_for(g, text_dir, job.text); !s.ok()) return s;
      if (job.text.empty()) {
        skipped.push_back(g.filename().string());
        continue;
      }
    }
    if (!predictions_dir.empty()) {
      // NAME.json; for a brat file, the article's name (the predictions of
      // NAME.txt) before the annotation file's own.
      fs::path p = fs::path(predictions_dir) / (article + ".json");
      if (!fs::is_regular_file(p, ec)) p = fs::path(predictions_dir) / (g.stem().string() + ".json");
      if (!fs::is_regular_file(p, ec))
        return Status::io_error(p.string(), "no predictions for gold " + g.string());
      job.predictions = p.string();
    }
    jobs.push_back(std::move(job));
  }
  for (const auto& [article, files] : annotators) {
    if (files.size() < 2) continue;
    std::string others;
    for (size_t i = 1; i < files.size(); ++i) others += (i > 1 ? ", " : "") + files[i];
    std::cerr << "whosaid eval: " << article << " has " << files.size() << " annotation files: scored against "
              << files.front() << ", not " << others << "\n";
  }
  if (!skipped.empty()) {
    std::string names;
    for (const std::string& n : skipped) names += (names.empty() ? "" : ", ") + n;
    if (jobs.empty())
      return Status::io_error(text_dir, "no text for any gold of " + gold_dir.string() + " (" + names + ")");
    std::cerr << "whosaid eval: skipped " << skipped.size() << " gold file(s) with no text in " << text_dir << ": "
              << names << "\n";
  }
  return {};
}

}  // namespace

int run_eval(const Args& args) {
  po::options_description options(
      "whosaid eval --gold GOLD.json (TEXT | --predictions PRED.json [TEXT]) [OPTIONS]\n"
      "whosaid eval --gold GOLD_DIR (TEXT_DIR | --predictions PRED_DIR [TEXT_DIR]) [OPTIONS]\n"
      "  (GOLD.json: our gold; NAME.ann: brat standoff, read with TEXT or NAME.txt beside it)\n"
      "Scores the attributions found in TEXT against its gold (docs/eval.md)");
  std::string gold, predictions, data_dir, lang;
  options.add_options()
      ("help,h", "show this help")
      ("gold,g", po::value(&gold), "a gold file, or a folder of them (each NAME.json pairs with TEXT_DIR/<its "
                                   "\"document\"> or TEXT_DIR/NAME.txt); brat NAME.ann (PolNeAR) is read too, "
                                   "with TEXT_DIR/NAME.txt or the text beside it")
      ("predictions,p", po::value(&predictions), "score this prediction file (whosaid extract JSON) instead of "
                                                 "running the pipeline; a folder of NAME.json with a gold folder")
      ("verbose,v", "list each miss, false positive, wrong type, quote and nesting")
      ("by-rule", "add precision and recall per extractor rule (the predictions' \"rule\" field)")
      ("json", "write the report as JSON")
      ("data-dir", po::value(&data_dir), "the folder holding lang/<code>/ language data")
      ("lang", po::value(&lang)->default_value("auto"),
       "the language of the texts: a folder of lang/ (fr, en), or auto: the gold's \"lang\", else told from the text");
  po::variables_map vm;
  std::vector<std::string> texts;
  if (const auto stop = parse_command_line("eval", args, options, vm, texts)) return *stop;
  if (gold.empty()) {
    std::cerr << "whosaid eval: no gold (give --gold GOLD.json or --gold GOLD_DIR)\n" << options;
    return 64;
  }
  if (texts.size() > 1) {
    std::cerr << "whosaid eval: one TEXT (or TEXT_DIR) only, got " << texts.size() << "\n";
    return 64;
  }
  std::string text = texts.empty() ? std::string() : texts.front();
  if (text.empty() && predictions.empty()) {
    std::cerr << "whosaid eval: nothing to score: give the TEXT to analyse, or --predictions\n" << options;
    return 64;
  }

  std::error_code ec;
  bool gold_is_dir = fs::is_directory(gold, ec);
  if (!gold_is_dir && !fs::exists(gold, ec)) {
    std::cerr << "whosaid eval: " << gold << ": no such file or directory\n";
    return 74;
  }
  if (gold_is_dir) {
    for (const auto& [what, path] : {std::pair<const char*, const std::string&>{"TEXT_DIR", text},
                                     {"--predictions", predictions}})
      if (!path.empty() && !fs::is_directory(path, ec)) {
        std::cerr << "whosaid eval: " << path << ": with a gold folder, " << what << " must be a folder\n";
        return 64;
      }
  } else if (!predictions.empty() && fs::is_directory(predictions, ec)) {
    std::cerr << "whosaid eval: " << predictions << ": with one gold file, --predictions is one file\n";
    return 64;
  }

  std::vector<Job> jobs;
  if (gold_is_dir) {
    if (Status s = plan_directory(gold, text, predictions, jobs); !s.ok()) {
      std::cerr << "whosaid eval: " << s.message() << "\n";
      return s.exit_code();
    }
  } else {
    jobs.push_back({gold, text, predictions});
  }

  PipelineOptions language_options;
  language_options.data_dir = data_dir;
  language_options.lang = lang;
  if (std::string problem = check_language(language_options); !problem.empty()) {
    std::cerr << "whosaid eval: " << problem << "\n";
    return 64;
  }
  Predictor predictor(data_dir, lang);
  std::vector<eval::DocumentScore> scores;
  for (const Job& job : jobs) {
    eval::DocumentScore score;
    if (Status s = score_job(job, predictor, score); !s.ok()) {
      std::cerr << "whosaid eval: " << s.message() << "\n";
      return s.exit_code();
    }
    scores.push_back(std::move(score));
  }
  bool verbose = vm.count("verbose") > 0;
  std::vector<eval::RuleCounts> rules;
  for (const eval::DocumentScore& d : scores) eval::add_rule_counts(rules, d.rules);
  const uint64_t required_gold = eval::total_counts(scores).gold;
  if (vm.count("json")) {
    nlohmann::json report = eval::report_json(scores, verbose);
    if (vm.count("by-rule")) report["by_rule"] = eval::by_rule_json(rules, required_gold);
    std::cout << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << eval::report_text(scores, verbose);
    if (vm.count("by-rule")) std::cout << "by rule\n" << eval::by_rule_text(rules, required_gold);
  }
  // A write error is reported and made exit 74 by main (check_standard_output).
  return 0;
}

}  // namespace whosaid::cli
