// Shared by the language-stage tests: where the data is (CTest hands the
// folders over in WHOSAID_DATA_DIR and WHOSAID_TEST_DATA) and the French
// lexicon, loaded once.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "lang/lexicon.h"

namespace whosaid::lang::testing {

inline std::filesystem::path env_dir(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') {
    FAIL(std::string(name) + " is not set: run the tests through ctest, which sets it");
  }
  return std::filesystem::path(value);
}

// WHOSAID_DATA_DIR, else the data folder CMake compiled into whosaid_lang
// (the same folder; tests/CMakeLists.txt currently passes only the first
// variable of its ENVIRONMENT list to catch_discover_tests).
inline std::filesystem::path data_dir() {
  const char* value = std::getenv("WHOSAID_DATA_DIR");
  if (value != nullptr && *value != '\0') return std::filesystem::path(value);
  return std::filesystem::path(WHOSAID_SOURCE_DATA_DIR);
}
inline std::filesystem::path test_data_dir() { return env_dir("WHOSAID_TEST_DATA"); }

inline const Lexicon& french() {
  static Lexicon lexicon;
  static bool loaded = false;
  if (!loaded) {
    Status s = Lexicon::load(data_dir() / "lang" / "fr", lexicon);
    INFO(s.message());
    REQUIRE(s.ok());
    loaded = true;
  }
  return lexicon;
}

// The entry of a form, failing the test when the form is unknown.
inline const LexEntry& entry(std::string_view form) {
  const LexEntry* e = french().find(form);
  INFO("form: " << form);
  REQUIRE(e != nullptr);
  return *e;
}

}  // namespace whosaid::lang::testing
