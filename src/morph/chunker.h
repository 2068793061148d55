// Chunker: groups the tagged tokens of each sentence into chunks (core/morph.h):
// noun phrases, verb groups, prepositional phrases, adverbials and clause
// openers, each with a head token, and links appositions to the noun phrase
// they describe. It reads what the tagger set (upos, feats, lemma) and the
// language's roles (morph/roles.h); it knows no word of any language.
//
//   morph::Chunker chunker(roles);     // roles: morph::Roles::load, once per language
//   chunker.run(doc);                  // doc.chunks, tokens[i].chunk
//
//   "Le porte-parole du ministère a déclaré hier soir que ..."
//   [NP Le *porte-parole] [PP du *ministère] [VG a *déclaré] [ADVP hier *soir] [CL *que] ...
//
// One left-to-right pass per sentence with bounded look-ahead: linear time,
// and no allocation per token once doc.chunks and the scratch have grown.
// The rules, with examples, are in docs/chunks.md.
#pragma once

#include <span>

#include "core/document.h"
#include "morph/roles.h"

namespace whosaid::morph {

class Chunker {
 public:
  explicit Chunker(const Roles& roles) : roles_(roles) {}

  // Replaces doc.chunks and sets every token's chunk index. Every token of
  // the document ends up in exactly one chunk; chunks never cross a sentence.
  // Const and thread-safe: its one buffer (the roles of each token) lives in
  // the call, allocated once per document.
  void run(Document& doc) const;
  // The same, each token's role entries given (entries[i] for doc.tokens[i],
  // as Roles::entries gives them): the morph stage keeps them per word type.
  void run(Document& doc, std::span<const Roles::TokenEntries> entries) const;
  // Chunks one sentence, tokens [begin, end): appends its chunks to
  // doc.chunks and sets those tokens' chunk index, as run() does for each
  // sentence, reading those tokens only. `entries` and `token_roles` have one
  // element per token of the document; [begin, end) of `entries` is read and
  // of `token_roles` written.
  void run_sentence(Document& doc, uint32_t begin, uint32_t end, std::span<const Roles::TokenEntries> entries,
                    std::span<RoleSet> token_roles) const;

 private:
  const Roles& roles_;
};

inline void chunk_document(Document& doc, const Roles& roles) { Chunker(roles).run(doc); }

}  // namespace whosaid::morph
