// Full-form lexicon: every inflected form of a language with its readings
// (lemma, universal part of speech, packed features, proper-noun class). The
// table is built at build time from a packaged dictionary (for French,
// Grammalecte's, by tools/lexicon/grammalecte_table.py) and mapped read-only
// from disk: loading costs one mmap, a lookup one hash probe, no allocation.
//
//   morph::FormLexicon lex;
//   if (Status s = morph::FormLexicon::open(path, lex); !s.ok()) ...
//   for (const morph::Reading& r : lex.find("déclarait"))
//     ... lex.lemma(r) == "déclarer", r.upos == Upos::VERB ...
//
// Binary layout (little-endian, every section 8-byte aligned), written by the
// converter; the header and the sections' bounds are checked on open, an
// entry and its readings when a lookup finds it:
//   header   "WSLEX002", u32 forms, u32 slots (a power of two), u32 readings,
//            u32 string bytes, u64 offsets of the four sections; 64 bytes
//   slots    two u32 per slot: entry index + 1 (0 when empty) and the high 32
//            bits of the form's hash; open addressing by FNV-1a 64 of the
//            form's UTF-8 bytes, linear probing (the high bits spare most
//            string comparisons)
//   entries  per form: u32 form offset, u16 form length, u16 reading count,
//            u32 first reading
//   readings per reading: u32 lemma offset, u32 feats, u16 lemma length,
//            u8 upos, u8 zero; a form's readings sorted by part of speech,
//            the likelier features first
//   strings  the forms and lemmas, UTF-8, not terminated
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

#include "core/morph.h"
#include "core/status.h"

namespace whosaid::morph {

struct Reading {
  uint32_t lemma_offset;
  uint32_t feats;
  uint16_t lemma_length;
  Upos upos;
  uint8_t reserved;
};
static_assert(sizeof(Reading) == 12);

class FormLexicon {
 public:
  FormLexicon() = default;
  ~FormLexicon();
  FormLexicon(FormLexicon&&) noexcept;
  FormLexicon& operator=(FormLexicon&&) noexcept;
  FormLexicon(const FormLexicon&) = delete;
  FormLexicon& operator=(const FormLexicon&) = delete;

  // Maps the table at `path`. Errors name the file and what is wrong with it
  // (missing, truncated, bad magic, a section out of bounds).
  static Status open(const std::filesystem::path& path, FormLexicon& out);

  // The readings of `form` exactly as written (case and accents matter);
  // empty when the form is unknown.
  std::span<const Reading> find(std::string_view form) const;
  std::string_view lemma(const Reading& r) const {
    return std::string_view(strings_ + r.lemma_offset, r.lemma_length);
  }
  size_t size() const { return form_count_; }
  bool empty() const { return form_count_ == 0; }

 private:
  struct Entry {
    uint32_t form_offset;
    uint16_t form_length;
    uint16_t reading_count;
    uint32_t first_reading;
  };
  static_assert(sizeof(Entry) == 12);

  void release();

  const void* map_ = nullptr;
  size_t map_size_ = 0;
  const uint32_t* slots_ = nullptr;  // pairs: entry index + 1, hash high bits
  uint32_t slot_mask_ = 0;
  const Entry* entries_ = nullptr;
  uint32_t form_count_ = 0;
  const Reading* readings_ = nullptr;
  uint32_t reading_count_ = 0;
  const char* strings_ = nullptr;
  uint32_t string_bytes_ = 0;
};

// Where a language's full-form table is: <data>/lang/<code>/forms.bin when
// the data folder holds it (an installed tree), else the table this build
// made (a build tree keeps generated files out of the source data folder;
// the build writes their folder into whosaid-generated-dir beside the binary).
std::filesystem::path form_table_path(const std::filesystem::path& language_dir);

}  // namespace whosaid::morph
