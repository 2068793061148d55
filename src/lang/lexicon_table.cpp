#include "lang/lexicon_table.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <span>
#include <type_traits>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace whosaid::lang {
namespace {

// Bumped whenever the layout below or a struct written raw changes; the sizes
// of those structs are checked too, so another compiler's table is not read.
constexpr char kMagic[8] = {'W', 'S', 'L', 'E', 'X', 'T', 'B', '1'};
constexpr uint32_t kVersion = 11;  // 2: a noun's "stateless" use; 3: word roles, the passive auxiliary; 4: the home country; 5: perception verbs; 6: enclitics, wider frames, syntax.tsv; 7: headline_speaker, coordinated_subject; 8: tail_preposition; 9: object_recipient; 10: the form table's arrays, used in place, and data_digest eight bytes a step; 11: relative_source, refusal_object

static_assert(std::is_trivially_copyable_v<LexEntry> && std::is_trivially_copyable_v<VerbForm>);

class Out {
 public:
  template <typename T>
  void raw(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void str(std::string_view s) {
    raw(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  void strings(const std::vector<std::string>& v) {
    raw(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  // Zero bytes up to a multiple of 8, then the array's bytes: an array
  // read in place (In::array) is aligned in the mapped file.
  template <typename T>
  void array(std::span<const T> v) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    raw(static_cast<uint64_t>(v.size()));
    bytes_.append((8 - bytes_.size() % 8) % 8, '\0');
    bytes_.append(reinterpret_cast<const char*>(v.data()), v.size_bytes());
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Reads what Out wrote; any read past the end turns ok() false for good.
class In {
 public:
  explicit In(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  T raw() {
    T value{};
    if (!take(sizeof value)) return value;
    std::memcpy(&value, bytes_.data() + at_ - sizeof value, sizeof value);
    return value;
  }
  std::string str() { return std::string(view()); }
  // The next string in place (valid while the bytes are).
  std::string_view view() {
    const auto n = raw<uint32_t>();
    if (!take(n)) return {};
    return bytes_.substr(at_ - n, n);
  }
  std::vector<std::string> strings() {
    std::vector<std::string> v(count());
    for (std::string& s : v) s = str();
    return v;
  }
  // A count of items that each take at least one byte, so a corrupt count
  // cannot ask for more memory than the file holds.
  uint32_t count() {
    const auto n = raw<uint32_t>();
    if (n > bytes_.size() - at_) ok_ = false;
    return ok_ ? n : 0;
  }
  // An array Out::array wrote, in place (the bytes start 8-aligned).
  template <typename T>
  std::span<const T> array() {
    const auto n = raw<uint64_t>();
    const size_t pad = (8 - at_ % 8) % 8;
    if (!take(pad) || n > (bytes_.size() - at_) / sizeof(T) || !take(n * sizeof(T))) return {};
    return {reinterpret_cast<const T*>(bytes_.data() + at_ - n * sizeof(T)), static_cast<size_t>(n)};
  }
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == bytes_.size(); }

 private:
  bool take(size_t n) {
    if (!ok_ || n > bytes_.size() - at_) return ok_ = false;
    at_ += n;
    return true;
  }
  std::string_view bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

// The whole file in one read into a buffer of its size: growing a string by
// blocks cost a quarter of the start-up in copies and page faults.
bool read_file(const std::filesystem::path& path, std::string& out) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return false;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  out.resize(static_cast<size_t>(size));
  const size_t got = std::fread(out.data(), 1, out.size(), f);
  const bool ok = got == out.size() && std::fgetc(f) == EOF && !std::ferror(f);
  std::fclose(f);
  return ok;
}

// The whole file mapped read-only, unmapped with the last copy of the pointer:
// the form table is used from it in place (no copy, no page of it faulted in
// that no lookup reads).
std::shared_ptr<const char> map_file(const std::filesystem::path& path, size_t& size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return nullptr;
  }
  size = static_cast<size_t>(st.st_size);
  void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return nullptr;
  return std::shared_ptr<const char>(static_cast<const char*>(map), [size](const char* p) {
    munmap(const_cast<char*>(p), size);
  });
}

std::filesystem::path executable_dir() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

// Eight bytes a step, then FNV-1a over the last few: every start checks the
// digests of some 130 KB of data files (a byte at a time it cost 0.6 M
// instructions).
uint64_t data_digest(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ull;
  return h ^ (h >> 32);
}

Status LexiconTable::write(const Lexicon& lex, const std::filesystem::path& file) {
  Out out;
  for (const char c : kMagic) out.raw(c);
  out.raw(kVersion);
  out.raw(static_cast<uint32_t>(sizeof(LexEntry)));
  out.raw(static_cast<uint32_t>(sizeof(VerbForm)));
  out.raw(static_cast<uint32_t>(lex.inputs_.size()));
  for (const auto& [name, digest] : lex.inputs_) {
    out.str(name);
    out.raw(digest);
  }
  // The form table as it is laid out, read back in place.
  const FormTable<LexEntry>::Raw forms = lex.entries_.raw();
  out.array(std::span<const char>(forms.arena.data(), forms.arena.size()));
  out.array(forms.forms);
  out.array(forms.entries);
  out.array(forms.slots);
  out.raw(static_cast<uint32_t>(lex.verbs_.size()));
  for (const Verb& v : lex.verbs_) {
    out.str(v.lemma);
    out.str(v.model);
    out.raw(v.pronominal);
    out.raw(v.etre_auxiliary);
    out.raw(v.auxiliary);
    out.raw(v.modal);
    out.raw(v.passive_auxiliary);
    out.raw(v.perception);
  }
  out.raw(static_cast<uint32_t>(lex.verb_forms_.size()));
  for (const VerbForm& f : lex.verb_forms_) out.raw(f);
  out.raw(static_cast<uint32_t>(lex.cues_.size()));
  for (const Cue& c : lex.cues_) {
    out.str(c.expression);
    out.raw(c.verb);
    out.strings(c.tail);
    out.raw(c.type);
    out.raw(c.belief);
    out.raw(c.frames);
    out.raw(c.negated);
  }
  out.raw(static_cast<uint32_t>(lex.phrases_.size()));
  for (const Phrase& p : lex.phrases_) {
    out.raw(p.kind);
    out.strings(p.words);
    out.str(p.value);
  }
  out.strings(lex.elisions_);
  out.strings(lex.enclitics_);
  out.strings(lex.abbreviations_);
  out.raw(static_cast<uint32_t>(lex.nouns_.size()));
  for (const Noun& n : lex.nouns_) {
    out.str(n.lemma);
    out.raw(n.kind);
    out.raw(n.anonymous_sourcing);
    out.raw(n.stateless);
  }
  out.raw(static_cast<uint64_t>(lex.cue_count_));
  out.str(lex.home_country_);
  out.raw(lex.tag_subject_first_);
  out.raw(lex.resumed_quotation_joins_);
  out.raw(lex.tagger_decides_cues_);
  out.raw(lex.headline_colon_speaks_);
  out.raw(lex.coordinated_subject_one_);
  out.raw(lex.tail_preposition_in_cue_);
  out.raw(lex.object_recipient_in_content_);
  out.raw(lex.relative_pronoun_source_);
  out.raw(lex.refusal_object_in_content_);

  const std::filesystem::path temporary = file.string() + ".tmp";
  {
    std::ofstream f(temporary, std::ios::binary | std::ios::trunc);
    f.write(out.bytes().data(), static_cast<std::streamsize>(out.bytes().size()));
    if (!f.flush()) return Status::io_error(temporary.string(), "cannot write the lexicon table");
  }
  std::error_code ec;
  std::filesystem::rename(temporary, file, ec);
  if (ec) return Status::io_error(file.string(), "cannot write the lexicon table: " + ec.message());
  return {};
}

bool LexiconTable::read(const std::filesystem::path& file, const std::filesystem::path& language_dir, Lexicon& out) {
  size_t size = 0;
  std::shared_ptr<const char> map = map_file(file, size);
  if (map == nullptr) return false;
  In in(std::string_view(map.get(), size));
  for (const char c : kMagic)
    if (in.raw<char>() != c) return false;
  if (in.raw<uint32_t>() != kVersion || in.raw<uint32_t>() != sizeof(LexEntry) ||
      in.raw<uint32_t>() != sizeof(VerbForm))
    return false;
  Lexicon lex;
  // Fresh only while every data file it was built from is byte for byte the same.
  std::string data;
  for (uint32_t n = in.count(); n > 0 && in.ok(); --n) {
    std::string name = in.str();
    const auto digest = in.raw<uint64_t>();
    if (!in.ok() || !read_file(language_dir / name, data) || data_digest(data) != digest) return false;
    lex.inputs_.emplace_back(std::move(name), digest);
  }
  {
    FormTable<LexEntry>::Raw forms;
    const std::span<const char> arena = in.array<char>();
    forms.arena = std::string_view(arena.data(), arena.size());
    forms.forms = in.array<FormTable<LexEntry>::Span>();
    forms.entries = in.array<LexEntry>();
    forms.slots = in.array<FormTable<LexEntry>::Slot>();
    if (!in.ok() || !FormTable<LexEntry>::view(forms, lex.entries_)) return false;
    lex.storage_ = map;
  }
  lex.verbs_.resize(in.count());
  for (Verb& v : lex.verbs_) {
    v.lemma = in.str();
    v.model = in.str();
    v.pronominal = in.raw<bool>();
    v.etre_auxiliary = in.raw<bool>();
    v.auxiliary = in.raw<bool>();
    v.modal = in.raw<bool>();
    v.passive_auxiliary = in.raw<bool>();
    v.perception = in.raw<bool>();
  }
  lex.verb_forms_.resize(in.count());
  for (VerbForm& f : lex.verb_forms_) f = in.raw<VerbForm>();
  lex.cues_.resize(in.count());
  for (Cue& c : lex.cues_) {
    c.expression = in.str();
    c.verb = in.raw<uint16_t>();
    c.tail = in.strings();
    c.type = in.raw<AttributionType>();
    c.belief = in.raw<bool>();
    c.frames = in.raw<uint16_t>();
    c.negated = in.raw<bool>();
  }
  const uint32_t phrases = in.count();
  lex.phrases_.reserve(phrases);
  for (uint32_t i = 0; i < phrases && in.ok(); ++i) {
    Phrase p{in.raw<PhraseKind>(), {}, {}};
    p.words = in.strings();
    p.value = in.str();
    lex.phrases_.push_back(std::move(p));
  }
  lex.elisions_ = in.strings();
  lex.enclitics_ = in.strings();
  lex.abbreviations_ = in.strings();
  lex.nouns_.resize(in.count());
  for (Noun& n : lex.nouns_) {
    n.lemma = in.str();
    n.kind = in.raw<EntityKind>();
    n.anonymous_sourcing = in.raw<bool>();
    n.stateless = in.raw<bool>();
  }
  lex.cue_count_ = static_cast<size_t>(in.raw<uint64_t>());
  lex.home_country_ = in.str();
  lex.tag_subject_first_ = in.raw<bool>();
  lex.resumed_quotation_joins_ = in.raw<bool>();
  lex.tagger_decides_cues_ = in.raw<bool>();
  lex.headline_colon_speaks_ = in.raw<bool>();
  lex.coordinated_subject_one_ = in.raw<bool>();
  lex.tail_preposition_in_cue_ = in.raw<bool>();
  lex.object_recipient_in_content_ = in.raw<bool>();
  lex.relative_pronoun_source_ = in.raw<bool>();
  lex.refusal_object_in_content_ = in.raw<bool>();
  if (!in.ok() || !in.at_end()) return false;
  const std::filesystem::path normal = language_dir.lexically_normal();
  lex.code_ = (normal.has_filename() ? normal.filename() : normal.parent_path().filename()).string();
  out = std::move(lex);
  return true;
}

std::vector<std::filesystem::path> lexicon_table_candidates(const std::filesystem::path& language_dir) {
  const std::filesystem::path normal = language_dir.lexically_normal();
  const std::string code = (normal.has_filename() ? normal.filename() : normal.parent_path().filename()).string();
  std::vector<std::filesystem::path> out = {language_dir / kLexiconTableName};
  if (const std::filesystem::path bin = executable_dir(); !bin.empty()) {
    // Test binaries sit one folder below the build tree's root.
    for (const std::filesystem::path& dir : {bin, bin.parent_path()})
      out.push_back(dir / "lang-tables" / code / kLexiconTableName);
  }
  return out;
}

}  // namespace whosaid::lang
