// whosaid-train-tagger: trains the part-of-speech tagger (src/morph/tagger.h)
// on CoNLL-U treebanks and writes its model file. docs/morph.md gives the
// recipe that made data/lang/fr/tagger.bin.
//
//   whosaid-train-tagger --forms build/generated/lang/fr/forms.bin --out data/lang/fr/tagger.bin
//                        [--epochs 10] [--bits 17] [--held-out DEV.conllu] TRAIN.conllu...
//
// Averaged perceptron, greedy left to right with the tags it predicts itself
// (as the tagger will see them), sentences in a fixed shuffled order (seeded),
// so the same data and options always give the same model. A sentence with
// multi-word tokens is also trained on once with each such token as written
// ("du" one word, tagged as its first word with the article's features), the
// way the pipeline's tokenizer gives it. --held-out prints the accuracy after
// each epoch on a treebank not trained on (to pick --epochs, never a test set).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "morph/conllu.h"
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
};

// The sentence's words; and, when it has multi-word tokens, the same
// sentence with those tokens as written.
void add_examples(const ConlluSentence& s, std::vector<Example>& out) {
  Example words;
  for (const ConlluWord& w : s.words) {
    words.forms.push_back(w.form);
    words.tags.push_back(w.upos);
    words.lemmas.push_back(w.lemma);
    words.feats.push_back(parse_ud_feats(w.feats));
  }
  if (!s.fused.empty()) {
    Example surface;
    size_t next_fused = 0;
    for (size_t i = 0; i < s.words.size();) {
      if (next_fused < s.fused.size() && s.fused[next_fused].first_word == i && s.fused[next_fused].end_word > i + 1) {
        const ConlluToken& t = s.fused[next_fused++];
        const Upos first = words.tags[i], last = words.tags[t.end_word - 1];
        // "du", "aux": the preposition with the article's features; "auquel": the pronoun.
        const bool pronoun = last == Upos::PRON;
        surface.forms.push_back(t.form);
        surface.tags.push_back(pronoun ? last : first);
        surface.lemmas.push_back(pronoun ? words.lemmas[t.end_word - 1] : words.lemmas[i]);
        surface.feats.push_back(words.feats[t.end_word - 1]);
        i = t.end_word;
        continue;
      }
      if (next_fused < s.fused.size() && s.fused[next_fused].first_word <= i) ++next_fused;
      surface.forms.push_back(words.forms[i]);
      surface.tags.push_back(words.tags[i]);
      surface.lemmas.push_back(words.lemmas[i]);
      surface.feats.push_back(words.feats[i]);
      ++i;
    }
    out.push_back(std::move(surface));
  }
  out.push_back(std::move(words));
}

class Perceptron {
 public:
  explicit Perceptron(uint32_t bits)
      : bits_(bits), mask_((1u << bits) - 1), weights_((size_t{1} << bits) * kTagSlots, 0.0f),
        totals_(weights_.size(), 0.0), stamps_(weights_.size(), 0) {}

  Upos predict(const uint32_t (&rows)[kFeatureCount]) const {
    float scores[kTagSlots] = {};
    for (const uint32_t row : rows)
      for (int c = 0; c < kTagSlots; ++c) scores[c] += weights_[size_t{row} * kTagSlots + c];
    int best = 1;
    for (int c = 2; c < kTagSlots; ++c)
      if (scores[c] > scores[best]) best = c;
    return static_cast<Upos>(best);
  }

  void update(const uint32_t (&rows)[kFeatureCount], Upos truth, Upos guess) {
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

// The usual lemma and features of each (lower-case form, tag) in the training data.
std::vector<LemmaEntry> lemma_table(const std::vector<Example>& examples) {
  std::map<std::pair<std::string, int>, std::map<std::pair<std::string, uint32_t>, int>> counts;
  std::string lower;
  for (const Example& e : examples)
    for (size_t i = 0; i < e.forms.size(); ++i) {
      lower_form(e.forms[i], lower);
      ++counts[{lower, static_cast<int>(e.tags[i])}][{e.lemmas[i], e.feats[i]}];
    }
  std::vector<LemmaEntry> out;
  for (const auto& [key, choices] : counts) {
    const auto best = std::max_element(choices.begin(), choices.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    out.push_back({key.first, static_cast<Upos>(key.second), best->first.first, best->first.second});
  }
  return out;  // std::map order: sorted by (form, upos)
}

double accuracy(const std::vector<ConlluSentence>& sentences, const Tagger& tagger, const FormLexicon& lexicon) {
  size_t total = 0, right = 0;
  WordList list;
  std::vector<std::string> forms;
  for (const ConlluSentence& s : sentences) {
    forms.clear();
    for (const ConlluWord& w : s.words) forms.push_back(w.form);
    list.assign(forms, lexicon);
    list.tag(tagger, lexicon);
    for (size_t i = 0; i < s.words.size(); ++i, ++total) right += list.tags[i].upos == s.words[i].upos;
  }
  return total == 0 ? 0.0 : 100.0 * double(right) / double(total);
}

int usage() {
  std::cerr << "usage: whosaid-train-tagger --forms FORMS.bin --out MODEL [--epochs N] [--bits B] "
               "[--held-out DEV.conllu] TRAIN.conllu...\n";
  return 64;
}

}  // namespace

int main(int argc, char** argv) {
  std::string forms_path, out_path, held_out_path;
  int epochs = 10;
  uint32_t bits = 17;
  std::vector<std::string> inputs;
  for (int a = 1; a < argc; ++a) {
    const std::string arg = argv[a];
    auto value = [&]() -> std::string { return a + 1 < argc ? argv[++a] : ""; };
    if (arg == "--forms") forms_path = value();
    else if (arg == "--out") out_path = value();
    else if (arg == "--held-out") held_out_path = value();
    else if (arg == "--epochs") epochs = std::atoi(value().c_str());
    else if (arg == "--bits") bits = static_cast<uint32_t>(std::atoi(value().c_str()));
    else if (arg.starts_with("--")) return usage();
    else inputs.push_back(arg);
  }
  if (forms_path.empty() || out_path.empty() || inputs.empty() || epochs < 1 || bits < 8 || bits > 24) return usage();
  FormLexicon lexicon;
  if (Status s = FormLexicon::open(forms_path, lexicon); !s.ok()) {
    std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
    return 74;
  }
  std::vector<Example> examples;
  for (const std::string& path : inputs) {
    std::vector<ConlluSentence> sentences;
    if (Status s = read_conllu(path, sentences); !s.ok()) {
      std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
      return 65;
    }
    for (const ConlluSentence& s : sentences) add_examples(s, examples);
  }
  std::vector<ConlluSentence> held_out;
  if (!held_out_path.empty()) {
    if (Status s = read_conllu(held_out_path, held_out); !s.ok()) {
      std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
      return 65;
    }
  }
  std::vector<WordList> prepared(examples.size());
  for (size_t e = 0; e < examples.size(); ++e) prepared[e].assign(examples[e].forms, lexicon);
  const std::vector<LemmaEntry> lemmas = lemma_table(examples);
  Perceptron perceptron(bits);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 random(20261202);
  uint32_t rows[kFeatureCount];
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), random);
    size_t total = 0, right = 0;
    for (const size_t e : order) {
      const Example& ex = examples[e];
      Upos prev1 = Upos::unknown, prev2 = Upos::unknown;
      for (size_t i = 0; i < ex.forms.size(); ++i) {
        feature_rows(prepared[e].info, i, prev1, prev2, perceptron.mask(), rows);
        const Upos guess = perceptron.predict(rows);
        perceptron.update(rows, ex.tags[i], guess);
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
      std::cerr << ", held-out UPOS " << accuracy(held_out, Tagger::from_model(std::move(m)), lexicon) << "%";
    }
    std::cerr << "\n";
  }
  TaggerModel model = perceptron.finish();
  model.lemmas = lemmas;
  if (Status s = model.save(out_path); !s.ok()) {
    std::cerr << "whosaid-train-tagger: " << s.message() << "\n";
    return 74;
  }
  std::cerr << "wrote " << out_path << " (" << examples.size() << " training sentences, " << lemmas.size()
            << " lemma entries)\n";
  return 0;
}
