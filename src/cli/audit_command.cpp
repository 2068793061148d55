// whosaid audit FILE... [-o OUT] [--input ...] [--comments] [--data-dir DIR]:
// the sourcing audit of each article as a readable table (the same figures as
// the extract JSON's "audit"), from the same inputs as `whosaid extract`.
#include <boost/program_options.hpp>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/document_inputs.h"
#include "cli/output_file.h"
#include "pipeline/pipeline.h"

namespace whosaid::cli {

namespace po = boost::program_options;

namespace {

std::string entity_label(const Document& doc, uint32_t e) {
  std::string label = doc.entities[e].label;
  for (char& c : label)
    if (c == '\n') c = ' ';
  if (label.size() > 44) {
    size_t cut = 41;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // a UTF-8 boundary
    label = label.substr(0, cut) + "...";
  }
  return "e" + std::to_string(e + 1) + " " + label;
}

// Pads to `width` columns counting code points, not bytes.
std::string pad(const std::string& s, size_t width) {
  size_t columns = 0;
  for (unsigned char c : s) columns += (c & 0xC0) != 0x80;
  return columns >= width ? s + " " : s + std::string(width - columns, ' ');
}

void print_audit(std::ostream& out, const Document& doc) {
  const Audit& a = doc.audit;
  out << doc.name << "\n";
  out << "  sources " << a.sources << " (named " << a.named << ", anonymous " << a.anonymous << "); attributions "
      << a.attributions << " (" << a.unsourced << " without a source)\n\n";
  out << "  " << pad("source", 50) << pad("kind", 13) << pad("anon", 6) << pad("aff", 5) << pad("attr", 6)
      << pad("stmt", 6) << pad("deny", 6) << "refuse\n";
  for (const Audit::Source& s : a.by_source) {
    const Entity& e = doc.entities[s.entity];
    out << "  " << pad(entity_label(doc, s.entity), 50) << pad(std::string(to_string(e.kind)), 13)
        << pad(e.anonymous ? "yes" : "no", 6)
        << pad(e.affiliation.empty() ? "-" : e.affiliation + (e.affiliation_inferred ? "*" : ""), 5)
        << pad(std::to_string(s.attributions), 6) << pad(std::to_string(s.statements), 6)
        << pad(std::to_string(s.denials), 6) << s.refusals << "\n";
  }
  out << "  affiliation: " << a.affiliation_stated << " stated, " << a.affiliation_inferred
      << " inferred (*: the document's country, not stated)\n";
  out << "\n  groups:";
  if (a.groups.empty()) out << " none";
  out << "\n";
  for (const Audit::Group& g : a.groups) {
    out << "    " << entity_label(doc, g.entity) << ": announced size "
        << (g.size ? std::to_string(*g.size) : std::string("not given"));
    if (!g.members.empty()) {
      out << "; members";
      for (uint32_t m : g.members) out << " e" << m + 1;
    }
    out << "\n";
  }
  out << "  claims resting on a single anonymous source: " << a.single_anonymous_claims.size();
  for (uint32_t i : a.single_anonymous_claims) out << " a" << i + 1;
  out << "\n  anonymous sources given without a reason: " << a.anonymous_without_reason.size() << "\n";
  for (uint32_t e : a.anonymous_without_reason) out << "    " << entity_label(doc, e) << "\n";
  out << "  \"a source\" with no qualifier at all: " << a.unqualified.size() << "\n";
  for (uint32_t e : a.unqualified) out << "    " << entity_label(doc, e) << "\n";
}

}  // namespace

int run_audit(const Args& args) {
  po::options_description options("whosaid audit [OPTIONS] FILE... (- for standard input)");
  std::string output, data_dir;
  options.add_options()
      ("help,h", "show this help")
      ("output,o", po::value(&output), "write to this file (written whole, or not at all) instead of stdout");
  add_pipeline_options(options, data_dir);
  InputOptions input_options;
  add_input_options(options, input_options);
  po::variables_map vm;
  std::vector<std::string> inputs;
  if (const auto stop = parse_command_line("audit", args, options, vm, inputs)) return *stop;
  Pipeline pipeline;
  if (const auto stop = prepare_analysis("audit", input_options, inputs, options, vm, data_dir, pipeline)) return *stop;
  OutputFile out(output);
  if (!out.ok()) {
    std::cerr << "whosaid audit: " << out.error() << "\n";
    return 74;
  }
  DocumentSink sink;
  sink.render = [](const Document& doc, std::string& rendered) {
    std::ostringstream table;
    print_audit(table, doc);
    rendered = std::move(table).str();
  };
  bool first = true;
  sink.emit = [&](Document&, std::string& rendered) {
    if (!first) out.stream() << "\n";
    first = false;
    out.stream() << rendered;
    if (out.end_record()) return 0;  // on a terminal, each table as soon as it is ready
    std::cerr << "whosaid audit: " << out.error() << "\n";
    return 74;
  };
  DocumentInputs reader("audit", pipeline, input_options);
  if (const int code = reader.run(inputs, sink); code != 0) return code;
  if (!out.commit()) {
    std::cerr << "whosaid audit: " << out.error() << "\n";
    return 74;
  }
  return 0;
}

}  // namespace whosaid::cli
