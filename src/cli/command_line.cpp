#include "cli/command_line.h"

#include <iostream>

namespace whosaid::cli {

namespace po = boost::program_options;

std::string version_line() { return "whosaid " WHOSAID_VERSION; }

std::optional<int> parse_command_line(std::string_view command, const Args& args, const po::options_description& visible,
                                      po::variables_map& vm, std::vector<std::string>& positionals) {
  // Every subcommand knows --version (and each declares --help itself).
  po::options_description common;
  common.add_options()("version", "print the version and exit");
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>(&positionals), "arguments");
  po::options_description all;
  all.add(visible).add(common).add(hidden);
  po::positional_options_description positional;
  positional.add("positional", -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "whosaid " << command << ": " << e.what() << "\n" << visible << common;
    return 64;
  }
  if (vm.count("help")) {
    std::cout << visible << common;
    return 0;
  }
  if (vm.count("version")) {
    std::cout << version_line() << "\n";
    return 0;
  }
  return std::nullopt;
}

}  // namespace whosaid::cli
