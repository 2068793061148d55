// The one Catch2 main, compiled once and shared by every stage's test binary.
// It hands the tests their paths: each WHOSAID_* variable the environment does
// not set already gets the value the build configured (tests/CMakeLists.txt),
// so a test binary run by CTest or by hand finds its data the same way and
// tests never guess paths.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

int main(int argc, char* argv[]) {
  const char* defaults[][2] = {
      {"WHOSAID_TEST_DATA", WHOSAID_TEST_DATA_DEFAULT}, {"WHOSAID_DATA_DIR", WHOSAID_DATA_DIR_DEFAULT},
      {"WHOSAID_EXAMPLES", WHOSAID_EXAMPLES_DEFAULT},   {"WHOSAID_GRAPHS", WHOSAID_GRAPHS_DEFAULT},
      {"WHOSAID_DOCS", WHOSAID_DOCS_DEFAULT},           {"WHOSAID_BIN", WHOSAID_BIN_DEFAULT},
  };
  for (const auto& [name, value] : defaults) setenv(name, value, /*overwrite=*/0);
  return Catch::Session().run(argc, argv);
}
