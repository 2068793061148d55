#include "core/morph.h"

#include <array>

namespace whosaid {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "_",   "ADJ",  "ADP",  "ADV",   "AUX",  "CCONJ", "DET",   "INTJ", "NOUN",
    "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
};

}  // namespace

Upos upos_from_string(std::string_view name) {
  for (size_t i = 1; i < kUposNames.size(); ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return Upos::unknown;
}

std::string_view to_string(Upos upos) {
  const auto i = static_cast<size_t>(upos);
  return i < kUposNames.size() ? kUposNames[i] : "_";
}

std::string_view to_string(ChunkKind kind) {
  switch (kind) {
    case ChunkKind::noun_phrase: return "NP";
    case ChunkKind::verb_group: return "VG";
    case ChunkKind::prep_phrase: return "PP";
    case ChunkKind::adverbial: return "ADVP";
    case ChunkKind::clause_opener: return "CL";
    case ChunkKind::punct: return "PUNCT";
    case ChunkKind::other: return "O";
  }
  return "O";
}

}  // namespace whosaid
