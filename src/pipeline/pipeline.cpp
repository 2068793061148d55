#include "pipeline/pipeline.h"

#include "entities/entity_builder.h"
#include "extract/context.h"
#include "extract/extractor.h"
#include "lang/lexicon.h"
#include "text/analyze_text.h"
#include "text/tokenizer.h"

namespace whosaid {

Pipeline::Pipeline() = default;
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

Status Pipeline::create(const PipelineOptions& options, Pipeline& out) {
  const std::filesystem::path data = options.data_dir.empty() ? lang::Lexicon::default_data_dir() : options.data_dir;
  auto lexicon = std::make_unique<lang::Lexicon>();
  if (Status s = lang::Lexicon::load(data / "lang" / options.lang, *lexicon); !s.ok()) return s;
  auto tokenizer = std::make_unique<text::TokenizerOptions>();
  tokenizer->elisions = lexicon->elisions();
  tokenizer->abbreviations = lexicon->abbreviations();
  out.lexicon_ = std::move(lexicon);
  out.tokenizer_ = std::move(tokenizer);
  return {};
}

Status Pipeline::analyze(Document& doc) const {
  if (Status s = text::analyze_text(doc, *tokenizer_); !s.ok()) return s;
  doc.lang = std::string(lexicon_->code());
  extract::Context context(doc, *lexicon_);
  extract::extract_attributions(context, doc);
  entities::build_entities(context, doc);
  return {};
}

}  // namespace whosaid
