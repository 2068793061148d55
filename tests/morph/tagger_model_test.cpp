// The tagger's model file: the committed one loads; a damaged one is an error
// naming the file, found before anything the header announces is allocated.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "morph/tagger.h"

using namespace whosaid;
using namespace whosaid::morph;

namespace {

std::filesystem::path committed_model() {
  return std::filesystem::path(std::getenv("WHOSAID_DATA_DIR")) / "lang" / "fr" / "tagger.bin";
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::filesystem::path write_temp(const std::string& bytes, std::string_view name) {
  const auto path = std::filesystem::temp_directory_path() / ("whosaid-model-test-" + std::string(name));
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("the committed tagger model loads") {
  Tagger tagger;
  const Status s = Tagger::load(committed_model(), tagger);
  INFO(s.message());
  CHECK(s.ok());
}

TEST_CASE("a damaged tagger model is an error naming the file") {
  const std::string model = read_all(committed_model());
  REQUIRE(model.size() > 1000);
  Tagger tagger;
  const auto truncated = write_temp(model.substr(0, model.size() / 2), "truncated");
  Status s = Tagger::load(truncated, tagger);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find(truncated.string()) != std::string::npos);
  // A header announcing a table of 2^24 rows over a file of a few bytes.
  std::string huge = model.substr(0, 64);
  huge[8] = 24;
  const auto lying = write_temp(huge, "lying");
  CHECK_FALSE(Tagger::load(lying, tagger).ok());
  const auto garbage = write_temp(std::string(100, 'x'), "garbage");
  s = Tagger::load(garbage, tagger);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("magic") != std::string::npos);
  for (const auto& p : {truncated, lying, garbage}) std::filesystem::remove(p);
}
