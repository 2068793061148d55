#include "cli/command_line.h"

#include <iostream>

namespace whosaid::cli {

namespace po = boost::program_options;

std::optional<int> parse_command_line(std::string_view command, const Args& args, const po::options_description& visible,
                                      po::variables_map& vm, std::vector<std::string>& positionals) {
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>(&positionals), "arguments");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("positional", -1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "whosaid " << command << ": " << e.what() << "\n" << visible;
    return 64;
  }
  if (vm.count("help")) {
    std::cout << visible;
    return 0;
  }
  return std::nullopt;
}

}  // namespace whosaid::cli
