#include "morph/lexicon.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace whosaid::morph {
namespace {

constexpr char kMagic[8] = {'W', 'S', 'L', 'E', 'X', '0', '0', '2'};
constexpr size_t kHeaderSize = 64;

struct Header {
  char magic[8];
  uint32_t forms, slots, readings, string_bytes;
  uint64_t slots_at, entries_at, readings_at, strings_at;
};
static_assert(sizeof(Header) <= kHeaderSize);

uint64_t fnv1a(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

bool fits(uint64_t at, uint64_t count, uint64_t size, uint64_t file_size) {
  return at % 4 == 0 && at <= file_size && count <= (file_size - at) / size;
}

}  // namespace

FormLexicon::~FormLexicon() { release(); }

FormLexicon::FormLexicon(FormLexicon&& other) noexcept { *this = std::move(other); }

FormLexicon& FormLexicon::operator=(FormLexicon&& other) noexcept {
  if (this == &other) return *this;
  release();
  map_ = std::exchange(other.map_, nullptr);
  map_size_ = std::exchange(other.map_size_, 0);
  slots_ = std::exchange(other.slots_, nullptr);
  slot_mask_ = std::exchange(other.slot_mask_, 0);
  entries_ = std::exchange(other.entries_, nullptr);
  form_count_ = std::exchange(other.form_count_, 0);
  readings_ = std::exchange(other.readings_, nullptr);
  reading_count_ = std::exchange(other.reading_count_, 0);
  strings_ = std::exchange(other.strings_, nullptr);
  string_bytes_ = std::exchange(other.string_bytes_, 0);
  return *this;
}

void FormLexicon::release() {
  if (map_ != nullptr) munmap(const_cast<void*>(map_), map_size_);
  map_ = nullptr;
  form_count_ = 0;
}

Status FormLexicon::open(const std::filesystem::path& path, FormLexicon& out) {
  const std::string name = path.string();
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::io_error(name, std::string("cannot open the form table: ") + std::strerror(errno));
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::io_error(name, "the form table is not a regular file");
  }
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size < kHeaderSize) {
    ::close(fd);
    return Status::bad_data(name, "the form table is truncated (no header)");
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::io_error(name, std::string("cannot map the form table: ") + std::strerror(errno));
  FormLexicon lex;
  lex.map_ = map;
  lex.map_size_ = size;
  Header h;
  std::memcpy(&h, map, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
    return Status::bad_data(name, "not a whosaid form table (bad magic; rebuild it)");
  const bool power_of_two = h.slots != 0 && (h.slots & (h.slots - 1)) == 0;
  if (!power_of_two || h.slots <= h.forms || !fits(h.slots_at, h.slots, 8, size) ||
      !fits(h.entries_at, h.forms, 12, size) || !fits(h.readings_at, h.readings, 12, size) ||
      !fits(h.strings_at, h.string_bytes, 1, size))
    return Status::bad_data(name, "the form table is truncated or inconsistent (a section lies outside the file)");
  const char* base = static_cast<const char*>(map);
  lex.slots_ = reinterpret_cast<const uint32_t*>(base + h.slots_at);
  lex.slot_mask_ = h.slots - 1;
  lex.entries_ = reinterpret_cast<const Entry*>(base + h.entries_at);
  lex.form_count_ = h.forms;
  lex.readings_ = reinterpret_cast<const Reading*>(base + h.readings_at);
  lex.reading_count_ = h.readings;
  lex.strings_ = base + h.strings_at;
  lex.string_bytes_ = h.string_bytes;
  out = std::move(lex);
  return {};
}

std::span<const Reading> FormLexicon::find(std::string_view form) const {
  if (form_count_ == 0) return {};
  // At most slot_mask_ + 1 probes: the table always has an empty slot, but a
  // damaged file might not, and a lookup must still end.
  const uint64_t hash = fnv1a(form);
  const auto high = static_cast<uint32_t>(hash >> 32);
  uint32_t slot = static_cast<uint32_t>(hash) & slot_mask_;
  for (uint32_t probes = 0; probes <= slot_mask_; ++probes, slot = (slot + 1) & slot_mask_) {
    const uint32_t index = slots_[2 * slot];
    if (index == 0) return {};
    if (slots_[2 * slot + 1] != high) continue;
    // A damaged file answers nothing rather than read outside itself: each
    // entry is checked when found (checking them all on open read the whole
    // table, 30 M instructions of every start-up, for the few hundred forms
    // a document asks).
    if (index > form_count_) return {};
    const Entry& e = entries_[index - 1];
    if (uint64_t{e.form_offset} + e.form_length > string_bytes_) return {};
    if (std::string_view(strings_ + e.form_offset, e.form_length) != form) continue;
    if (uint64_t{e.first_reading} + e.reading_count > reading_count_) return {};
    const std::span<const Reading> readings(readings_ + e.first_reading, e.reading_count);
    for (const Reading& r : readings)
      if (uint64_t{r.lemma_offset} + r.lemma_length > string_bytes_ || static_cast<int>(r.upos) >= kUposCount) return {};
    return readings;
  }
  return {};
}

std::filesystem::path form_table_path(const std::filesystem::path& language_dir) {
  std::error_code ec;
  const std::filesystem::path installed = language_dir / "forms.bin";
  if (std::filesystem::is_regular_file(installed, ec)) return installed;
  const std::filesystem::path code = language_dir.filename();
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path bin = exe.parent_path();
    for (const std::filesystem::path& dir : {bin, bin.parent_path(), bin.parent_path().parent_path()}) {
      std::ifstream marker(dir / "whosaid-generated-dir");
      std::string line;
      if (marker && std::getline(marker, line)) return std::filesystem::path(line) / "lang" / code / "forms.bin";
    }
  }
  return installed;
}

}  // namespace whosaid::morph
