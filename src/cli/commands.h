// The whosaid subcommands. Each takes its arguments (without the program and
// subcommand names), writes results to stdout and messages to stderr, and
// returns the process exit code: 0 success, 64 usage, 65 bad input data,
// 74 I/O error, 78 bad language data.
#pragma once

#include <string>
#include <vector>

namespace whosaid::cli {

using Args = std::vector<std::string>;

int run_extract(const Args& args);  // extract_command.cpp
int run_eval(const Args& args);     // eval_command.cpp
int run_graph(const Args& args);    // graph_command.cpp
int run_audit(const Args& args);    // audit_command.cpp
int run_merge(const Args& args);    // merge_command.cpp
int run_report(const Args& args);   // report_command.cpp
int run_tag(const Args& args);      // tag_command.cpp

}  // namespace whosaid::cli
