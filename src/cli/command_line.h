// Parsing a subcommand's command line with Boost.ProgramOptions, the same way
// for every command: the options in `visible` (what --help prints) and every
// other argument as a positional (files, folders, "-").
#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace whosaid::cli {

// "whosaid 0.1.0": what --version prints, at the top level and in every command.
std::string version_line();

// Fills `vm` and `positionals`. Returns the exit code when the command must
// stop now (0 after printing --help or --version, 64 after printing a usage
// error), or std::nullopt to go on.
std::optional<int> parse_command_line(std::string_view command, const Args& args,
                                      const boost::program_options::options_description& visible,
                                      boost::program_options::variables_map& vm, std::vector<std::string>& positionals);

}  // namespace whosaid::cli
