// whosaid-train-tagger: trains the part-of-speech tagger (src/morph/tagger.h)
// on CoNLL-U treebanks and writes its model file. docs/morph.md gives the
// recipe that made data/lang/fr/tagger.bin.
//
//   whosaid-train-tagger --forms build/generated/lang/fr/forms.bin --out data/lang/fr/tagger.bin
//                        [--epochs 10] [--bits 17] [--held-out DEV.conllu [--errors OUT.tsv]]
//                        [--map FORM=UPOS]... [--lang-dir DIR] [--stacked TABLE] TRAIN.conllu... [--repeat N TRAIN.conllu...]
//
// --repeat N: the treebanks after it (up to the next --repeat) are trained on
// N times an epoch, so a small one in the register the tagger is for weighs
// more. --map FORM=UPOS: every training word FORM gets UPOS, so that
// treebanks that disagree on a convention ("%" NOUN in one, SYM in the
// other) teach one. --errors writes, after the last epoch, one line per
// held-out word: form, gold and predicted UPOS, the lexicon's classes.
// --lang-dir DIR (a language folder, data/lang/en): the multi-word tokens its
// tokenizer splits into their words ("don't" -> "do" "n't") are trained on,
// and scored, as those words, as the pipeline will see them. --stacked TABLE
// (build/generated/lang/en/stacked_tags.bin): the stacked tagger's tags are
// features (morph/stacked_tagger.h); the pipeline reads them when that table
// lies beside the language's full-form table.
//
// Averaged perceptron, greedy left to right with the tags it predicts itself
// (as the tagger will see them), sentences in a fixed shuffled order (seeded),
// so the same data and options always give the same model. Sentences are
// trained on as the pipeline's tokenizer gives them: a multi-word token as
// written ("du" one token, tagged as its first word with the article's
// features), its words' tags kept in the model. --held-out prints the accuracy after
// each epoch on a treebank not trained on (to pick --epochs, never a test set).
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "lang/lexicon.h"
#include "morph/conllu.h"
#include "morph/conllu_tagging.h"
#include "morph/lexicon.h"
#include "morph/tagger.h"
#include "morph/ud_feats.h"
#include "morph/word_list.h"

using namespace whosaid;
using namespace whosaid::morph;

namespace {

struct Example {
  std::vector<std::string> forms;
  std::vector<Upos> tags;
  std::vector<std::string> lemmas;
  std::vector<uint32_t> feats;
  std::vector<std::array<Upos, 3>> words;  // a multi-word token's words' tags, else unknown
};

// A sentence as the pipeline's tokenizer gives it: each multi-word token as
// written ("du" one token, tagged as its first word with the article's
// features; "auquel" as its pronoun), keeping its words' tags.
Example surface_example(const ConlluSentence& s) {
  Example out;
  size_t next = 0;
  for (size_t i = 0; i < s.words.size();) {
    while (next < s.fused.size() && s.fused[next].end_word <= i) ++next;
    const bool fused = next < s.fused.size() && s.fused[next].first_word == i && s.fused[next].end_word > i + 1;
    const size_t end = fused ? s.fused[next].end_word : i + 1;
    const size_t head = fused && s.words[end - 1].upos == Upos::PRON ? end - 1 : i;
    out.forms.push_back(fused ? s.fused[next].form : s.words[i].form);
    out.tags.push_back(s.words[head].upos);
    out.lemmas.push_back(s.words[head].lemma);
    out.feats.push_back(parse_ud_feats(s.words[end - 1].feats));
    std::array<Upos, 3> words{};
    for (size_t k = i; fused && k < end && k - i < 3; ++k) words[k - i] = s.words[k].upos;
    out.words.push_back(words);
    i = end;
  }
  return out;
}

// The same sentence word by word, as the treebank splits it: more contexts
// for the words that multi-word tokens hide ("de" + "le").
Example word_example(const ConlluSentence& s) {
  Example out;
  for (const ConlluWord& w : s.words) {
    out.forms.push_back(w.form);
    out.tags.push_back(w.upos);
    out.lemmas.push_back(w.lemma);
    out.feats.push_back(parse_ud_feats(w.feats));
    out.words.push_back({});
  }
  return out;
}

class Perceptron {
 public:
  explicit Perceptron(uint32_t bits)
      : bits_(bits), mask_((1u << bits) - 1), weights_((size_t{1} << bits) * kTagSlots, 0.0f),
        totals_(weights_.size(), 0.0), stamps_(weights_.size(), 0) {}

  Upos predict(std::span<const uint32_t> rows) const {
    float scores[kTagSlots] = {};
    for (const uint32_t row : rows)
      for (int c = 0; c < kTagSlots; ++c) scores[c] += weights_[size_t{row} * kTagSlots + c];
    int best = 1;
    for (int c = 2; c < kTagSlots; ++c)
      if (scores[c] > scores[best]) best = c;
    return static_cast<Upos>(best);
  }

  void update(std::span<const uint32_t> rows, Upos truth, Upos guess) {
    ++clock_;
    if (truth == guess) return;
    for (const uint32_t row : rows) {
      bump(size_t{row} * kTagSlots + static_cast<size_t>(truth), 1.0f);
      bump(size_t{row} * kTagSlots + static_cast<size_t>(guess), -1.0f);
    }
  }

  // The averaged weights, quantized to 16 bits.
  TaggerModel finish() {
    TaggerModel m;
    m.bits = bits_;
    std::vector<float> averaged(weights_.size());
    float largest = 1e-6f;
    for (size_t i = 0; i < weights_.size(); ++i) {
      const double total = totals_[i] + double(clock_ - stamps_[i]) * weights_[i];
      averaged[i] = static_cast<float>(total / double(std::max<uint64_t>(clock_, 1)));
      largest = std::max(largest, std::fabs(averaged[i]));
    }
    m.scale = 32000.0f / largest;
    m.weights.resize(weights_.size());
    for (size_t i = 0; i < weights_.size(); ++i)
      m.weights[i] = static_cast<int16_t>(std::lround(averaged[i] * m.scale));
    return m;
  }

  uint32_t mask() const { return mask_; }

 private:
  void bump(size_t i, float delta) {
    totals_[i] += double(clock_ - stamps_[i]) * weights_[i];
    stamps_[i] = clock_;
    weights_[i] += delta;
  }

  uint32_t bits_, mask_;
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<uint64_t> stamps_;
  uint64_t clock_ = 0;
};

// The usual lemma and features of each (lower-case form, tag) in the
// training data, and the usual tags of a multi-word token's words.
std::vector<LemmaEntry> lemma_table(const std::vector<Example>& examples) {
  using Reading = std::tuple<std::string, uint32_t, std::array<Upos, 3>>;
  std::map<std::pair<std::string, int>, std::map<Reading, int>> counts;
  std::string lower;
  for (const Example& e : examples)
    for (size_t i = 0; i < e.forms.size(); ++i) {
      lower_form(e.forms[i], lower);
      ++counts[{lower, static_cast<int>(e.tags[i])}][{e.lemmas[i], e.feats[i], e.words[i]}];
    }
  std::vector<LemmaEntry> out;
  for (const auto& [key, choices] : counts) {
    const auto best = std::max_element(choices.begin(), choices.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    LemmaEntry entry{key.first, static_cast<Upos>(key.second), std::get<0>(best->first), std::get<1>(best->first), {}};
    for (int k = 0; k < 3; ++k) entry.words[k] = std::get<2>(best->first)[k];
    out.push_back(std::move(entry));
  }
  return out;  // std::map order: sorted by (form, upos)
}

double accuracy(const std::vector<ConlluSentence>& sentences, const Tagger& tagger, const FormLexicon& lexicon,
                std::ostream* errors = nullptr) {
  size_t total = 0, right = 0;
  WordList tokens, words;
  std::vector<TaggedWord> tags;
  for (const ConlluSentence& s : sentences) {
    tag_conllu_sentence(s, tagger, lexicon, tokens, words, tags);
    for (size_t i = 0; i < s.words.size(); ++i, ++total) {
      right += tags[i].upos == s.words[i].upos;
      if (errors == nullptr) continue;
      // form, gold, predicted, the lexicon's classes of the word
      *errors << s.words[i].form << '\t' << to_string(s.words[i].upos) << '\t' << to_string(tags[i].upos) << '\t';
      const uint32_t classes = words.info[i].classes;
      for (int u = 1; u < kUposCount; ++u)
        if (classes >> u & 1u) *errors << to_string(static_cast<Upos>(u)) << ',';
      *errors << '\t' << (words.info[i].cased_classes != 0) << '\n';
    }
  }
  return total == 0 ? 0.0 : 100.0 * double(right) / double(total);
}

int usage() {
  std::cerr << "usage: whosaid-train-tagger --forms FORMS.bin --out MODEL [--epochs N] [--bits B] "
               "[--held-out DEV.conllu [--errors OUT.tsv]] [--map FORM=UPOS]... [--lang-dir DIR] [--stacked TABLE] TRAIN.conllu... "
               "[--repeat N TRAIN.conllu...]\n";
  return 64;
}

}  // namespace

int main(int argc, char** argv) {
  std::string forms_path, out_path, held_out_path, errors_path, lang_dir, stacked_path;
  int epochs = 10;
  uint32_t bits = 17;
  std::vector<std::pair<std::string, int>> inputs;  // treebank, times an epoch
  std::vector<std::pair<std::string, Upos>> maps;
  int repeat = 1;
  for (int a = 1; a < argc; ++a) {
    const std::string arg = argv[a];
    auto value = [&]() -> std::string { return a + 1 < argc ? argv[++a] : ""; };
    if (arg == "--forms") forms_path = value();
    else if (arg == "--out") out_path = value();
    else if (arg == "--held-out") held_out_path = value();
    else if (arg == "--errors") errors_path = value();
    else if (arg == "--lang-dir") lang_dir = value();
    else if (arg == "--stacked") stacked_path = value();
    else if (arg == "--epochs") epochs = std::atoi(value().c_str());
    else if (arg == "--bits") bits = static_cast<uint32_t>(std::atoi(value().c_str()));
    else if (arg == "--repeat") repeat = std::atoi(value().c_str());
    else if (arg == "--map") {
      const std::string m = value();
      const size_t eq = m.rfind('=');
      if (eq == std::string::npos || eq == 0 || upos_from_string(m.substr(eq + 1)) == Upos::unknown) return usage();
      maps.emplace_back(m.substr(0, eq), upos_from_string(m.substr(eq + 1)));
    }
    else if (arg.starts_with("--")) return usage();
    else inputs.emplace_back(arg, repeat);
  }
  if (forms_path.empty() || out_path.empty() || inputs.empty() || repeat < 1 || epochs < 1 || bits < 8 || bits > 24) return usage();
  FormLexicon lexicon;
  if (Status s = FormLexicon::open(forms_path, lexicon); !s.ok()) {
    std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
    return 74;
  }
  text::TokenizerOptions tokenizer;
  if (!lang_dir.empty()) {
    lang::Lexicon language;
    if (Status s = lang::Lexicon::load(lang_dir, language); !s.ok()) {
      std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
      return 78;
    }
    tokenizer.elisions = language.elisions();
    tokenizer.enclitics = language.enclitics();
    tokenizer.abbreviations = language.abbreviations();
  }
  std::vector<Example> examples;
  for (const auto& [path, times] : inputs) {
    std::vector<ConlluSentence> sentences;
    if (Status s = read_conllu(path, sentences); !s.ok()) {
      std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
      return 65;
    }
    if (!lang_dir.empty()) split_as_tokenizer(sentences, tokenizer);
    for (ConlluSentence& s : sentences)
      for (ConlluWord& w : s.words)
        for (const auto& [form, upos] : maps)
          if (w.form == form) w.upos = upos;
    for (int t = 0; t < times; ++t)
      for (const ConlluSentence& s : sentences) {
        examples.push_back(surface_example(s));
        if (!s.fused.empty()) examples.push_back(word_example(s));
      }
  }
  std::vector<ConlluSentence> held_out;
  if (!held_out_path.empty()) {
    if (Status s = read_conllu(held_out_path, held_out); !s.ok()) {
      std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
      return 65;
    }
    if (!lang_dir.empty()) split_as_tokenizer(held_out, tokenizer);
  }
  std::shared_ptr<StackedTagger> stacked;
  if (!stacked_path.empty()) {
    stacked = std::make_shared<StackedTagger>();
    if (Status s = StackedTagger::load(stacked_path, *stacked); !s.ok()) {
      std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
      return 74;
    }
  }
  // A tagger of the model, reading the stacked tags as the trained one will.
  auto tagger_of = [&stacked](TaggerModel m) {
    Tagger t = Tagger::from_model(std::move(m));
    t.set_stacked(stacked);
    return t;
  };
  std::vector<WordList> prepared(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) {
    prepared[e].assign(examples[e].forms, lexicon);
    if (stacked) prepared[e].stack(*stacked);
  }
  const std::vector<LemmaEntry> lemmas = lemma_table(examples);
  Perceptron perceptron(bits);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(20261202);
  uint32_t rows[kFeatureCount + kStackedFeatureCount];
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), random);
    size_t total = 0, right = 0;
    for (const size_t e : order) {
      const Example& ex = examples[e];
      Upos prev1 = Upos::unknown, prev2 = Upos::unknown;
      for (size_t i = 0; i < ex.forms.size(); ++i) {
        uint32_t base[kFeatureCount], stacked_rows[kStackedFeatureCount];
        feature_rows(prepared[e].info, i, prev1, prev2, perceptron.mask(), base);
        const int stacked_count = stacked_feature_rows(prepared[e].info, i, perceptron.mask(), stacked_rows);
        std::copy(std::begin(base), std::end(base), rows);
        std::copy(stacked_rows, stacked_rows + stacked_count, rows + kFeatureCount);
        const std::span<const uint32_t> used(rows, kFeatureCount + stacked_count);
        const Upos guess = perceptron.predict(used);
        perceptron.update(used, ex.tags[i], guess);
        right += guess == ex.tags[i];
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    std::cerr << "epoch " << epoch << ": training accuracy " << 100.0 * double(right) / double(total) << "%";
    if (!held_out.empty()) {
      Perceptron copy = perceptron;
      TaggerModel m = copy.finish();
      m.lemmas = lemmas;
      std::cerr << ", held-out UPOS " << accuracy(held_out, tagger_of(std::move(m)), lexicon) << "%";
    }
    std::cerr << "\n";
  }
  TaggerModel model = perceptron.finish();
  model.lemmas = lemmas;
  model.stacked = stacked != nullptr;
  if (!errors_path.empty() && !held_out.empty()) {
    std::ofstream errors(errors_path);
    TaggerModel copy = model;
    accuracy(held_out, tagger_of(std::move(copy)), lexicon, &errors);
  }
  if (Status s = model.save(out_path); !s.ok()) {
    std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
    return 74;
  }
  std::cerr << "wrote " << out_path << " (" << examples.size() << " training sentences, " << lemmas.size()
            << " lemma entries)\n";
  return 0;
}
