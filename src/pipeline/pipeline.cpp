#include "pipeline/pipeline.h"

#include <cstring>

#include <algorithm>
#include <limits>

#include "core/byte_words.h"
#include "entities/audit.h"
#include "entities/entity_builder.h"
#include "extract/context.h"
#include "extract/extractor.h"
#include "input/page_sections.h"
#include "input/provenance.h"
#include "input/web_chrome.h"
#include "lang/detect.h"
#include "lang/lexicon.h"
#include "morph/morph_stage.h"
#include "text/analyze_text.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace whosaid {
namespace {

// Drops the attributions of sections that are not analysed, and the mentions
// only they used, renumbering what stays (ids, parents, mention indices).
void drop_unanalysed(Document& doc, bool comments) {
  auto dropped = [&](const Attribution& a) {
    return a.section == SectionKind::chrome || (!comments && a.section == SectionKind::comment);
  };
  bool any = false;
  for (const Attribution& a : doc.attributions) any = any || dropped(a);
  if (!any) return;
  std::vector<int32_t> new_index(doc.attributions.size(), -1);
  std::vector<Attribution> kept;
  for (size_t i = 0; i < doc.attributions.size(); ++i) {
    if (dropped(doc.attributions[i])) continue;
    new_index[i] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move(doc.attributions[i]));
  }
  // Mentions keep their order, as extraction wrote them.
  std::vector<bool> used(doc.mentions.size(), false);
  for (const Attribution& a : kept)
    if (a.source_mention >= 0) used[static_cast<size_t>(a.source_mention)] = true;
  std::vector<int32_t> new_mention(doc.mentions.size(), -1);
  std::vector<Mention> mentions;
  for (size_t m = 0; m < doc.mentions.size(); ++m) {
    if (!used[m]) continue;
    new_mention[m] = static_cast<int32_t>(mentions.size());
    mentions.push_back(std::move(doc.mentions[m]));
  }
  for (Attribution& a : kept) {
    a.id = static_cast<uint32_t>(&a - kept.data() + 1);
    a.parent = a.parent >= 0 ? new_index[static_cast<size_t>(a.parent)] : -1;
    if (a.source_mention >= 0) a.source_mention = new_mention[static_cast<size_t>(a.source_mention)];
  }
  doc.attributions = std::move(kept);
  doc.mentions = std::move(mentions);
}

}  // namespace

Pipeline::Pipeline() = default;
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

Status Pipeline::load_language(const std::filesystem::path& dir, Language& out) {
  out.lexicon = std::make_unique<lang::Lexicon>();
  if (Status s = lang::Lexicon::load(dir, *out.lexicon); !s.ok()) return s;
  out.chrome = std::make_unique<input::WebChrome>();
  if (Status s = input::WebChrome::load(dir / "web_chrome.tsv", *out.chrome); !s.ok()) return s;
  out.morph = std::make_unique<morph::MorphStage>();
  if (Status s = morph::MorphStage::load(dir, out.lexicon->elisions(), *out.morph); !s.ok()) return s;
  out.tokenizer = std::make_unique<text::TokenizerOptions>();
  out.tokenizer->elisions = out.lexicon->elisions();
  out.tokenizer->enclitics = out.lexicon->enclitics();
  out.tokenizer->abbreviations = out.lexicon->abbreviations();
  return {};
}

Status Pipeline::create(const PipelineOptions& options, Pipeline& out) {
  const std::filesystem::path data = options.data_dir.empty() ? lang::Lexicon::default_data_dir() : options.data_dir;
  const bool detect = options.lang == "auto";
  std::vector<std::string> codes;
  if (detect) {
    if (Status s = language_codes(data, codes); !s.ok()) return s;
    if (codes.empty()) return Status::io_error((data / "lang").string(), "no language folder with cue_verbs.tsv");
  } else {
    codes.push_back(options.lang);
  }
  Pipeline p;
  for (const std::string& code : codes) {
    auto language = std::make_unique<Language>();
    language->code = code;
    language->dir = data / "lang" / code;
    if (detect) {
      lang::StopwordSet& set = p.stopwords_.emplace_back();
      if (Status s = lang::load_stopwords(data / "lang" / code, set); !s.ok()) return s;
      set.code = code;
    }
    if (code == options.default_lang) p.default_ = p.languages_.size();
    p.languages_.push_back(std::move(language));
  }
  // The default language now (its errors are the start-up's), the others
  // when a document first needs them.
  Language& first = *p.languages_[p.default_];
  if (Status s = loaded(first); !s.ok()) return s;
  first.code = std::string(first.lexicon->code());  // "en" for a --lang given as "en/"
  p.stopword_index_ = lang::StopwordIndex(p.stopwords_);
  p.comments_ = options.comments;
  p.window_bytes_ = options.window_bytes;
  out = std::move(p);
  return {};
}

const Status& Pipeline::loaded(Language& language) {
  std::call_once(language.once, [&language] { language.status = load_language(language.dir, language); });
  return language.status;
}

const lang::Lexicon* Pipeline::lexicon(std::string_view code) const {
  for (const auto& l : languages_)
    if (l->code == code) return loaded(*l).ok() ? l->lexicon.get() : nullptr;
  return nullptr;
}

const morph::MorphStage& Pipeline::morph(std::string_view code) const {
  for (const auto& l : languages_)
    if (l->code == code && loaded(*l).ok()) return *l->morph;
  return morph();
}

std::vector<std::string> Pipeline::languages() const {
  std::vector<std::string> codes;
  for (const auto& l : languages_) codes.push_back(l->code);
  return codes;
}

namespace {

// How much of a text language detection reads: a few hundred words tell
// French from English, and the cost stays flat on a long document.
constexpr size_t kDetectionBytes = 8 * 1024;

// The start of `text`, lower-cased and with the apostrophes unified as
// lang::detect_language reads it (ASCII letters are lowered here; the
// stopword lists are lower-case). Cut on a UTF-8 boundary.
std::string detection_view(std::string_view text) {
  size_t n = std::min(text.size(), kDetectionBytes);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  // Written through a pointer: the view is never longer than the text.
  std::string out(n, '\0');
  char* d = out.data();
  for (size_t i = 0; i < n; ++i) {
    // Eight bytes at a time while none starts a ’ or ‘ (0xE2): A..Z
    // lowered, every other byte (from 0x80 up too) copied.
    while (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, text.data() + i, 8);
      if (byte_words::bytes_equal(w, 0xE2) != 0) break;
      w = byte_words::lower_ascii_letters(w);
      std::memcpy(d, &w, 8);
      d += 8;
      i += 8;
    }
    if (i >= n) break;
    const char c = text[i];
    if (c >= 'A' && c <= 'Z') {
      *d++ = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xE2' && i + 2 < n && text[i + 1] == '\x80' && (text[i + 2] == '\x99' || text[i + 2] == '\x98')) {
      *d++ = '\'';  // ’ and ‘ as an apostrophe
      i += 2;
    } else {
      *d++ = c;
    }
  }
  out.resize(static_cast<size_t>(d - out.data()));
  return out;
}

}  // namespace

Status language_codes(const std::filesystem::path& data_dir, std::vector<std::string>& out) {
  const std::filesystem::path data = data_dir.empty() ? lang::Lexicon::default_data_dir() : data_dir;
  out.clear();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data / "lang", ec))
    if (entry.is_directory(ec) && std::filesystem::exists(entry.path() / "cue_verbs.tsv", ec))
      out.push_back(entry.path().filename().string());
  if (ec) return Status::io_error((data / "lang").string(), "cannot list the language folders: " + ec.message());
  std::sort(out.begin(), out.end());
  return {};
}

std::string language_of_text(const std::filesystem::path& data_dir, std::string_view text) {
  const std::filesystem::path data = data_dir.empty() ? lang::Lexicon::default_data_dir() : data_dir;
  std::vector<lang::StopwordSet> sets;
  if (!lang::load_stopword_sets(data / "lang", sets).ok()) return "";
  std::vector<std::string> codes;
  if (!language_codes(data, codes).ok()) return "";
  std::erase_if(sets, [&](const lang::StopwordSet& set) {
    return !std::binary_search(codes.begin(), codes.end(), set.code);
  });
  return lang::detect_language(detection_view(text), sets);
}

Pipeline::Language& Pipeline::language_for(const Document& doc) const {
  if (languages_.size() == 1) return *languages_.front();
  for (const auto& l : languages_)
    if (!doc.lang.empty() && l->code == doc.lang) return *l;
  const std::string code = lang::detect_language(detection_view(doc.text), stopwords_, stopword_index_);
  for (const auto& l : languages_)
    if (l->code == code) return *l;
  return *languages_[default_];
}

std::string_view Pipeline::language_of(const Document& doc) const { return language_for(doc).code; }

Status Pipeline::analyze(Document& doc) const {
  Language& language = language_for(doc);
  if (const Status& s = loaded(language); !s.ok()) return s;
  if (window_bytes_ == 0 || doc.text.size() <= window_bytes_) return analyze_part(doc, language, true);
  return analyze_in_windows(doc, language);
}

Status Pipeline::analyze_part(Document& doc, const Language& language, bool page) const {
  if (Status s = text::analyze_text(doc, *language.tokenizer); !s.ok()) return s;
  if (page) {
    // The page's lines are classified once, for the sections and the provenance.
    const std::vector<input::PageLine> lines = input::classify_lines(doc.text, *language.chrome);
    if (doc.sections.empty()) input::detect_sections(doc, lines);
    input::detect_provenance(doc, lines, *language.chrome);
  }
  doc.lang = std::string(language.lexicon->code());
  // Extraction reads the part of speech of few sentences and no chunk: a
  // sentence is tagged when it first asks (extract::Context::tagged).
  // `whosaid tag` runs the whole morph stage after this.
  morph::SentenceTags tags(*language.morph, doc);
  extract::Context context(doc, *language.lexicon, &tags);
  extract::extract_attributions(context, doc);
  drop_unanalysed(doc, comments_);
  entities::build_entities(context, doc);
  return {};
}

std::vector<uint32_t> Pipeline::window_ends(std::string_view text) const {
  return window_ends(text, *languages_[default_]);
}

std::vector<uint32_t> Pipeline::window_ends(std::string_view text, const Language& language) const {
  std::vector<uint32_t> ends;
  const auto size = static_cast<uint32_t>(text.size());
  uint32_t begin = 0;
  if (window_bytes_ != 0)
    while (size - begin > window_bytes_) {
      begin = cut_after(text, begin, language);
      if (begin >= size) break;
      ends.push_back(begin);
    }
  ends.push_back(size);
  return ends;
}

// Where the window that starts at `begin` ends (> begin). The text stage runs
// on the window's bytes, and the cut goes at the latest of (in this order of
// preference):
//   1. a clean paragraph start outside every quotation (after a final mark,
//      on a capital), in the window's second half,
//   2. a clean sentence start outside every quotation, in its second half,
//   3. and 4. the same in its second quarter,
//   5. and 6. a paragraph, a sentence start outside quotations, second half,
//   7. a token after white space, in its second half,
//   8. any other token start, in its second half,
// never at the window's last sentence or its last two tokens (the window's
// end may have changed how they were read). A window with none (one token
// longer than the window) runs to the next white space, or the text's end.
// Each window but the last is at least a quarter of window_bytes, so the
// text stage runs at most five times on each byte (four probes, the window).
uint32_t Pipeline::cut_after(std::string_view text, uint32_t begin, const Language& language) const {
  const auto size = static_cast<uint32_t>(text.size());
  uint32_t limit = begin + window_bytes_;
  if (limit >= size) return size;
  // The window's last byte must end a character: limit is a character start.
  while (limit > begin && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  Document probe;
  probe.text.assign(text.substr(begin, limit - begin));
  probe.text_checked = true;
  if (limit > begin && text::analyze_text(probe, *language.tokenizer).ok() && probe.tokens.size() > 3) {
    const std::vector<Token>& tokens = probe.tokens;
    const auto n = static_cast<uint32_t>(tokens.size());
    // inside[k]: a cut before token k would split a quotation (from its
    // opening mark to its closing one, or to the next paragraph's start when
    // the quotation continues there).
    std::vector<int32_t> open(n + 2, 0);
    std::vector<uint32_t> paragraph_start(n + 1, n);  // the next paragraph's first token at or after k
    for (uint32_t k = n; k-- > 0;)
      paragraph_start[k] = tokens[k].has(kParagraphStart) ? k : paragraph_start[k + 1];
    for (const Quotation& q : probe.quotes) {
      const uint32_t from = q.first_token > 0 ? q.first_token - 1 : 0;  // the opening mark
      uint32_t to = std::min(q.end_token, n);                           // the closing mark, or the last token
      if (q.continues_next_paragraph && to < n) to = paragraph_start[to];
      ++open[from + 1];
      --open[std::min(to, n) + 1];
    }
    std::vector<bool> inside(n + 1, false);
    int64_t depth = 0;
    for (uint32_t k = 0; k <= n; ++k) {
      depth += open[k];
      inside[k] = depth > 0;
    }
    // sentence_start[k]: token k starts a sentence (not the window's last);
    // prose_start[k]: that sentence and the one before are no headings (a
    // line without a final mark: a title, a pulled quotation's credit).
    std::vector<bool> sentence_start(n, false), prose_start(n, false);
    for (size_t i = 0; i + 1 < probe.sentences.size(); ++i) {
      sentence_start[probe.sentences[i].first_token] = true;
      prose_start[probe.sentences[i].first_token] =
          !probe.sentences[i].heading && (i == 0 || !probe.sentences[i - 1].heading);
    }
    // A clean start: after a sentence's final mark (and its closing quotation
    // mark), on a capital, a number or an opening mark, neither it nor the
    // sentence before a heading. Not a credit line after a pulled quotation,
    // nor what a colon or a heading introduces.
    auto final_mark = [&](uint32_t k) {
      const std::string_view t = probe.normalized(tokens[k]);
      return tokens[k].kind == TokenKind::punct && (t == "." || t == "!" || t == "?" || t == "...");
    };
    auto clean = [&](uint32_t k) {
      const Token& t = tokens[k];
      const bool opens = t.has(kCapitalized) || t.kind == TokenKind::number || t.kind == TokenKind::quote_open;
      const bool closed = final_mark(k - 1) || (k >= 2 && tokens[k - 1].kind == TokenKind::quote_close && final_mark(k - 2));
      return opens && closed && prose_start[k];
    };
    const uint32_t quarter = (limit - begin) / 4, half = (limit - begin) / 2;
    uint32_t best[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    for (uint32_t k = 1; k + 2 < n; ++k) {
      const uint32_t at = tokens[k].original.begin;
      if (at < quarter) continue;
      const bool late = at >= half;
      const bool sentence = sentence_start[k] && !inside[k];
      const bool paragraph = sentence && tokens[k].has(kParagraphStart);
      if (sentence && clean(k)) {
        if (paragraph) best[late ? 0 : 2] = k;
        best[late ? 1 : 3] = k;
      }
      if (!late) continue;
      if (paragraph) best[4] = k;
      if (sentence) best[5] = k;
      if (tokens[k].has(kSpaceBefore)) best[6] = k;
      best[7] = k;
    }
    for (uint32_t k : best)
      if (k != 0) return begin + tokens[k].original.begin;
  }
  // No token boundary in the window's second half: on to the next white space.
  for (uint32_t i = std::max(limit, begin + 1); i < size; ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return i;
  }
  return size;
}

namespace {

// A window's span moved into its document; the unset span (0, 0), written as
// null, stays unset.
Span shifted(Span s, uint32_t by) {
  if (s.begin == 0 && s.end == 0) return s;
  return {s.begin + by, s.end + by};
}

// Appends what the window `part`, which starts at byte `at`, found to `doc`.
void append_window(Document& part, uint32_t at, Document& doc) {
  const auto mention_base = static_cast<int32_t>(doc.mentions.size());
  const auto attribution_base = static_cast<int32_t>(doc.attributions.size());
  const auto entity_base = static_cast<uint32_t>(doc.entities.size());
  const auto sentence_base = static_cast<uint32_t>(doc.windowed.sentences);
  for (Mention& m : part.mentions) {
    m.span = shifted(m.span, at);
    m.head = shifted(m.head, at);
    m.sentence += sentence_base;
    if (m.entity >= 0) m.entity += static_cast<int32_t>(entity_base);
    doc.mentions.push_back(std::move(m));
  }
  for (Attribution& a : part.attributions) {
    a.id = static_cast<uint32_t>(doc.attributions.size() + 1);
    if (a.source_mention >= 0) a.source_mention += mention_base;
    a.source = shifted(a.source, at);
    a.cue = shifted(a.cue, at);
    a.content = shifted(a.content, at);
    if (a.recipient) a.recipient = shifted(*a.recipient, at);
    if (a.parent >= 0) a.parent += attribution_base;
    a.sentence += sentence_base;
    doc.attributions.push_back(std::move(a));
  }
  for (Entity& e : part.entities) {
    e.id = static_cast<uint32_t>(doc.entities.size() + 1);
    if (e.member_of) *e.member_of += entity_base;
    for (uint32_t& m : e.mentions) m += static_cast<uint32_t>(mention_base);
    for (Span& q : e.qualifiers) q = shifted(q, at);
    if (e.anonymity_reason) e.anonymity_reason = shifted(*e.anonymity_reason, at);
    doc.entities.push_back(std::move(e));
  }
  ++doc.windowed.windows;
  doc.windowed.tokens += part.tokens.size();
  doc.windowed.sentences += part.sentences.size();
  doc.windowed.quotations += part.quotes.size();
}

// After the first window (`first` bytes): room for what the whole document
// would hold at that rate, a tenth more, so that the arrays are not grown by
// doubling (twice the memory, and both copies at once while it moves).
void reserve_for(Document& doc, uint32_t first) {
  const double scale = 1.1 * static_cast<double>(doc.text.size()) / std::max<uint32_t>(first, 1);
  auto reserve = [&](auto& v) { v.reserve(static_cast<size_t>(static_cast<double>(v.size()) * scale) + 16); };
  reserve(doc.mentions);
  reserve(doc.attributions);
  reserve(doc.entities);
}

// The document's sections within [begin, end), as offsets of that window.
std::vector<Section> sections_within(const std::vector<Section>& sections, uint32_t begin, uint32_t end) {
  std::vector<Section> out;
  for (const Section& s : sections) {
    const uint32_t b = std::max(s.span.begin, begin), e = std::min(s.span.end, end);
    if (b < e) out.push_back({s.kind, {b - begin, e - begin}});
  }
  if (out.empty()) out.push_back({SectionKind::body, {0, end - begin}});
  return out;
}

}  // namespace

Status Pipeline::analyze_in_windows(Document& doc, const Language& language) const {
  if (doc.text.size() >= std::numeric_limits<uint32_t>::max())
    return Status::invalid_input(doc.name, "document larger than 4 GiB");
  if (!doc.text_checked)
    if (text::Utf8Error e = text::validate_utf8(doc.text); e.found)
      return Status::invalid_input(doc.name, e.reason).at_byte(e.offset);
  doc.text_checked = true;
  {
    const std::vector<input::PageLine> lines = input::classify_lines(doc.text, *language.chrome);
    if (doc.sections.empty()) input::detect_sections(doc, lines);
    input::detect_provenance(doc, lines, *language.chrome);
  }
  doc.lang = std::string(language.lexicon->code());
  doc.mentions.clear();
  doc.attributions.clear();
  doc.entities.clear();
  doc.windowed = {};
  uint32_t begin = 0;
  for (const uint32_t end : window_ends(doc.text, language)) {
    Document part;
    part.id = doc.id;
    part.name = doc.name;
    part.text.assign(doc.text, begin, end - begin);
    part.text_checked = true;
    part.sections = sections_within(doc.sections, begin, end);
    part.provenance = doc.provenance;
    if (Status s = analyze_part(part, language, false); !s.ok()) return s;
    append_window(part, begin, doc);
    if (begin == 0 && end < doc.text.size()) reserve_for(doc, end);
    begin = end;
  }
  doc.audit = entities::compute_audit(doc);
  return {};
}

}  // namespace whosaid
