// whosaid tag [FILE...] [--conllu GOLD.conllu] [--eval GOLD.conllu] [--coverage DIR] [--benchmark FILE...]
//            [--data-dir DIR]
//
// Shows what the morph stage gives (src/morph/, docs/morph.md): each token's
// lemma, part of speech, features and chunk; or re-tags a CoNLL-U treebank,
// scores the tagger on one, or measures the full-form lexicon's coverage.
#include <boost/program_options.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/document_inputs.h"
#include "cli/tag_output.h"
#include "lang/lexicon.h"
#include "morph/morph_stage.h"

namespace whosaid::cli {

namespace po = boost::program_options;

namespace {

int tag_text_file(const Pipeline& pipeline, const std::string& path, std::ostream& out) {
  Document doc;
  if (int code = analyze_text_file(pipeline, path, doc); code != 0) return code;
  write_tagged_document(doc, out);
  return 0;
}

}  // namespace

int run_tag(const Args& args) {
  po::options_description options("whosaid tag [OPTIONS] FILE... (plain-text articles)");
  std::string conllu, eval, coverage;
  options.add_options()
      ("help,h", "show this help")
      ("conllu", po::value(&conllu), "re-tag this CoNLL-U file: its tokens as given, predicted LEMMA, UPOS, FEATS")
      ("eval", po::value(&eval), "print the UPOS and lemma accuracy of the tagger on this CoNLL-U file")
      ("coverage", po::value(&coverage), "print the share of lower-case word tokens of DIR/*.txt the lexicon knows")
      ("benchmark", "print the tagging throughput over FILE... (tokens per second, one thread)");
  std::string data_dir;
  add_pipeline_options(options, data_dir);
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("tag", args, options, vm, inputs)) return *stop;
  const bool benchmark = vm.count("benchmark") > 0;
  const int modes = !conllu.empty() + !eval.empty() + !coverage.empty() + !inputs.empty();
  if (modes != 1 || (benchmark && inputs.empty())) {
    std::cerr << "whosaid tag: give FILE..., --conllu, --eval or --coverage (one of them; --benchmark with FILE...)\n"
              << options;
    return 64;
  }
  Pipeline pipeline;
  // Tagging prints every token: the whole text layer, never windows.
  PipelineOptions pipeline_options;
  pipeline_options.data_dir = data_dir;
  pipeline_options.lang = vm["lang"].as<std::string>();
  pipeline_options.window_bytes = 0;
  if (std::string problem = check_language(pipeline_options); !problem.empty()) {
    std::cerr << "whosaid tag: " << problem << "\n";
    return 64;
  }
  // A treebank or a folder is tagged in one language: under auto, the one
  // its start is in (text files are each tagged in their own).
  const std::string& one_file = !conllu.empty() ? conllu : !eval.empty() ? eval : benchmark ? inputs.front() : "";
  if (pipeline_options.lang == "auto" && !one_file.empty()) {
    std::ifstream in(one_file, std::ios::binary);
    std::string start(8 * 1024, '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<size_t>(in.gcount()));
    if (std::string code = language_of_text(data_dir, start); !code.empty()) pipeline_options.lang = code;
  }
  if (pipeline_options.lang == "auto" && (!coverage.empty() || benchmark)) pipeline_options.lang = pipeline_options.default_lang;
  if (Status s = Pipeline::create(pipeline_options, pipeline); !s.ok()) {
    std::cerr << "whosaid tag: " << s.message() << "\n";
    return s.exit_code();
  }
  if (!pipeline.morph().available()) {
    std::cerr << "whosaid tag: the language data has no tagger model (lang/" << pipeline.lexicon().code() << "/tagger.bin)\n";
    return 78;
  }
  if (!conllu.empty()) return tag_conllu(pipeline, conllu, false, std::cout);
  if (!eval.empty()) return tag_conllu(pipeline, eval, true, std::cout);
  if (!coverage.empty()) return lexicon_coverage(pipeline, coverage, std::cout);
  const std::filesystem::path data = data_dir.empty() ? lang::Lexicon::default_data_dir() : std::filesystem::path(data_dir);
  if (benchmark) return tag_benchmark(pipeline, data / "lang" / std::string(pipeline.lexicon().code()), inputs, std::cout);
  for (const std::string& path : inputs)
    if (const int code = tag_text_file(pipeline, path, std::cout); code != 0) return code;
  return 0;
}

}  // namespace whosaid::cli
