// SHA-256 (FIPS 180-4), for the page's Content-Security-Policy: the report
// allows exactly its own inline style and script by their hashes, so even an
// escaping bug could not make the browser run a script the article carried.
//
//   csp_hash("body{}")  -> "'sha256-<base64 of the digest>'"
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace whosaid::report {

std::array<uint8_t, 32> sha256(std::string_view data);
std::string base64(const uint8_t* data, std::size_t size);
// The CSP source expression that allows an inline element whose text is `text`.
std::string csp_hash(std::string_view text);

}  // namespace whosaid::report
