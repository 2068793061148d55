// The one Catch2 main, compiled once and shared by every stage's test binary.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
