#include "pipeline/pipeline.h"

#include "entities/entity_builder.h"
#include "extract/context.h"
#include "extract/extractor.h"
#include "input/page_sections.h"
#include "input/provenance.h"
#include "input/web_chrome.h"
#include "lang/lexicon.h"
#include "morph/morph_stage.h"
#include "text/analyze_text.h"
#include "text/tokenizer.h"

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

Status Pipeline::create(const PipelineOptions& options, Pipeline& out) {
  const std::filesystem::path data = options.data_dir.empty() ? lang::Lexicon::default_data_dir() : options.data_dir;
  auto lexicon = std::make_unique<lang::Lexicon>();
  if (Status s = lang::Lexicon::load(data / "lang" / options.lang, *lexicon); !s.ok()) return s;
  auto chrome = std::make_unique<input::WebChrome>();
  if (Status s = input::WebChrome::load(data / "lang" / options.lang / "web_chrome.tsv", *chrome); !s.ok()) return s;
  auto morph = std::make_unique<morph::MorphStage>();
  if (Status s = morph::MorphStage::load(data / "lang" / options.lang, lexicon->elisions(), *morph); !s.ok()) return s;
  auto tokenizer = std::make_unique<text::TokenizerOptions>();
  tokenizer->elisions = lexicon->elisions();
  tokenizer->abbreviations = lexicon->abbreviations();
  out.lexicon_ = std::move(lexicon);
  out.tokenizer_ = std::move(tokenizer);
  out.chrome_ = std::move(chrome);
  out.morph_ = std::move(morph);
  out.comments_ = options.comments;
  return {};
}

Status Pipeline::analyze(Document& doc) const {
  if (Status s = text::analyze_text(doc, *tokenizer_); !s.ok()) return s;
  // The page's lines are classified once, for the sections and the provenance.
  const std::vector<input::PageLine> lines = input::classify_lines(doc.text, *chrome_);
  if (doc.sections.empty()) input::detect_sections(doc, lines);
  input::detect_provenance(doc, lines, *chrome_);
  doc.lang = std::string(lexicon_->code());
  // Extraction reads the part of speech of few sentences and no chunk: a
  // sentence is tagged when it first asks (extract::Context::tagged).
  // `whosaid tag` runs the whole morph stage after this.
  morph::SentenceTags tags(*morph_, doc);
  extract::Context context(doc, *lexicon_, &tags);
  extract::extract_attributions(context, doc);
  drop_unanalysed(doc, comments_);
  entities::build_entities(context, doc);
  return {};
}

}  // namespace whosaid
