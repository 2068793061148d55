// Internal to the chunker: finds the appositions of one sentence's chunks and
// sets Chunk::apposition_of on each of their chunks.
//
//   after its noun:  "Jean Dupont, porte-parole du ministère, a déclaré"
//                    "a déclaré Jean Dupont, porte-parole du ministère."
//   before it:       "Porte-parole du ministère, Jean Dupont a déclaré"
#pragma once

#include <cstdint>

#include "core/document.h"
#include "morph/chunk_tokens.h"

namespace whosaid::morph {

// Chunks [first_chunk, end_chunk) of doc.chunks are one sentence's.
void link_appositions(Document& doc, const ChunkTokens& tokens, uint32_t first_chunk, uint32_t end_chunk);

}  // namespace whosaid::morph
