// The chunker's rules. Each sentence is read left to right; at each token one
// rule decides the chunk that starts there and how far it goes. Look-ahead is
// bounded by the chunk itself (a rule reads at most the tokens it keeps plus
// one or two), so the pass is linear. docs/chunks.md lists the rules with
// examples; the comments here say why a rule is shaped as it is.
#include "morph/chunker.h"

#include "morph/appositions.h"
#include "morph/chunk_tokens.h"

namespace whosaid::morph {

namespace {

constexpr uint32_t kNone = UINT32_MAX;

// What the noun phrase reader found.
struct NounPhrase {
  bool found = false;
  uint32_t end = 0;
  uint32_t head = 0;
  bool determined = false;  // starts with a determiner
  bool indefinite = false;  // an indefinite article or a possessive: "une semaine", "sa journée"
  bool time = false;        // headed by a time noun, a day, a month, a clock time, or a date
  bool time_part = false;   // headed by a time_part noun: "début", "fois"
  bool year = false;        // a year alone: "2024"
  bool duration = false;    // a count of time without determiner: "54 ans", "trois jours"
};

struct VerbGroup {
  bool found = false;
  uint32_t end = 0;
  uint32_t head = 0;
};

class SentenceChunker {
 public:
  SentenceChunker(Document& doc, const ChunkTokens& t, uint32_t begin, uint32_t end)
      : doc_(doc), t_(t), begin_(begin), end_(end), first_chunk_(static_cast<uint32_t>(doc.chunks.size())) {}

  void run() {
    uint32_t i = begin_;
    while (i < end_) i = chunk_at(i);
    link_appositions(doc_, t_, first_chunk_, static_cast<uint32_t>(doc_.chunks.size()));
  }

 private:
  // ---- dispatch -------------------------------------------------------------

  // Emits the chunk that starts at token i; returns the token after it.
  uint32_t chunk_at(uint32_t i) {
    // Before punctuation: a tagger may take the mark of "@jdupont" for one.
    if (handle_start(i)) return noun_phrase(i);
    if (t_.punct(i)) return emit(ChunkKind::punct, i, i + 1, i);
    if (uint32_t next = locution_at(i); next != kNone) return next;
    if (t_.relative(i)) return emit(ChunkKind::clause_opener, i, i + 1, i);
    // A title before a name heads a noun phrase whatever the tagger made of
    // it ("Me Dupont": Me is also a clitic).
    if (t_.has(i, Role::title) && i + 1 < end_ && t_.is(i + 1, Upos::PROPN)) return noun_phrase(i);
    switch (t_.upos(i)) {
      case Upos::ADP: return prepositional(i, i + 1);
      case Upos::CCONJ:
      case Upos::SCONJ: return emit(ChunkKind::clause_opener, i, i + 1, i);
      case Upos::AUX:
      case Upos::VERB: return verb_group(i, i);
      case Upos::PRON: return pronoun(i);
      case Upos::ADV: return adverb(i);
      case Upos::PART: return particle(i);
      case Upos::DET:
      case Upos::NOUN:
      case Upos::PROPN:
      case Upos::NUM:
      case Upos::ADJ: return noun_phrase(i);
      default: return emit(ChunkKind::other, i, i + 1, i);
    }
  }

  uint32_t pronoun(uint32_t i) {
    if (clitic(i, false)) {
      VerbGroup vg = read_verb_group(i, false);
      if (vg.found) return emit(ChunkKind::verb_group, i, vg.end, vg.head);
    }
    return emit(ChunkKind::noun_phrase, i, i + 1, i);
  }

  uint32_t adverb(uint32_t i) {
    if (t_.has(i, Role::negation_particle)) {
      VerbGroup vg = read_verb_group(i, false);
      if (vg.found) return emit(ChunkKind::verb_group, i, vg.end, vg.head);
      return emit(ChunkKind::adverbial, i, i + 1, i);
    }
    if (count_adverb(i)) return noun_phrase(i);
    // Adverbs before an adjective or a number belong to its phrase: "très inquiet", "environ 300".
    if (modifies_next(i)) return noun_phrase(i);
    uint32_t k = i;
    while (k < end_ && plain_adverb(k)) ++k;
    // "hier soir", "demain matin": a bare time noun phrase after the adverbs.
    NounPhrase np = read_noun_phrase(k);
    if (np.found && np.time && !np.determined) return emit(ChunkKind::adverbial, i, np.end, np.head);
    return emit(ChunkKind::adverbial, i, k, k - 1);
  }

  // PART is how UD tags English "not" and "to"; French has none.
  uint32_t particle(uint32_t i) {
    if (t_.has(i, Role::negation)) return emit(ChunkKind::adverbial, i, i + 1, i);
    if (uint32_t next = verb_group(i, i + 1); next != kNone) return next;
    return emit(ChunkKind::other, i, i + 1, i);
  }

  // ---- noun phrases -----------------------------------------------------------

  uint32_t noun_phrase(uint32_t i) {
    NounPhrase np = read_noun_phrase(i);
    if (!np.found) return emit(ChunkKind::other, i, i + 1, i);
    // "ce matin", "la semaine dernière", "le 3 mars", "lundi" are adverbials;
    // "une semaine difficile", "sa journée" are what a verb says something
    // about, and "54 ans" a count (an age, a duration) until a preposition
    // makes it an adverbial ("pendant trois ans").
    const bool adverbial = np.time && !np.indefinite && !np.duration;
    const ChunkKind kind = adverbial ? ChunkKind::adverbial : ChunkKind::noun_phrase;
    return emit(kind, i, np.end, np.head);
  }

  // A noun phrase from token j, counts included: "une dizaine de manifestants"
  // and "plus de 200 personnes" are one phrase headed by what is counted.
  // A loop, not recursion: "des dizaines de milliers de" chains.
  NounPhrase read_noun_phrase(uint32_t j) const {
    NounPhrase out;
    uint32_t k = j;
    bool first = true;
    while (k < end_) {
      if (count_adverb(k)) {
        k += 2;
        first = false;
        continue;
      }
      NounPhrase base = read_base_noun_phrase(k);
      if (!base.found) break;
      if (first) {
        out = base;
      } else {
        out.end = base.end;
        out.head = base.head;
        out.time = base.time;
        out.time_part = base.time_part;
        out.year = base.year;
        out.duration = base.duration;
      }
      out.found = true;
      first = false;
      if (t_.has(base.head, Role::quantity_noun) && counted_after(base.end)) {
        k = base.end + 1;
        continue;
      }
      break;
    }
    return out;
  }

  // "beaucoup de", "plus de" before a noun phrase.
  bool count_adverb(uint32_t k) const {
    return k < end_ && t_.is(k, Upos::ADV) && t_.has(k, Role::quantity_adverb) && counted_after(k + 1);
  }
  // A genitive preposition at k and a noun phrase after it.
  bool counted_after(uint32_t k) const {
    return k + 1 < end_ && t_.has(k, Role::genitive_preposition) && !t_.punct(k) && noun_phrase_can_start(k + 1);
  }
  bool noun_phrase_can_start(uint32_t k) const {
    if (k >= end_) return false;
    switch (t_.upos(k)) {
      case Upos::DET: case Upos::NOUN: case Upos::PROPN: case Upos::NUM: case Upos::ADJ: return true;
      case Upos::ADV: return modifies_next(k);
      default: return handle_start(k);
    }
  }

  // Determiners, numbers and adjectives, a noun or a name, then what follows
  // a noun: adjectives, a name ("le président Emmanuel Macron" is headed by
  // the name), a handle, the parts of a date ("lundi 3 mars 2024").
  NounPhrase read_base_noun_phrase(uint32_t j) const {
    NounPhrase np;
    uint32_t k = j;
    bool counted = false;
    while (k < end_) {
      if (t_.is(k, Upos::NUM)) counted = true;
      if (t_.is(k, Upos::DET)) {
        np.determined = true;
        if (indefinite_determiner(k)) np.indefinite = true;
      } else if (t_.is(k, Upos::ADV)) {
        const uint32_t m = modified_after(k);
        if (m == kNone) break;
        k = m;
        continue;
      } else if (!(t_.is(k, Upos::NUM) || t_.is(k, Upos::ADJ))) {
        break;
      }
      ++k;
    }
    if (k < end_ && (t_.nominal(k) || handle_start(k) || title_before_name(k))) {
      read_noun_and_after(k, np);
    } else if (k > j) {
      // No noun: the last word heads ("les deux", "très inquiet", "300"),
      // with a unit after a number ("20 %", "14 h").
      np.head = k - 1;
      if (k < end_ && t_.is(k - 1, Upos::NUM) && (t_.has(k, Role::time_unit) || unit_symbol(k))) {
        if (t_.has(k, Role::time_unit)) np.head = k;
        ++k;
      }
      np.end = k;
    } else if (k < end_ && t_.is(k, Upos::PRON)) {
      np.head = k;
      np.end = k + 1;
    } else {
      return np;
    }
    np.found = true;
    np.time = np.time || t_.time_word(np.head);
    np.time_part = t_.has(np.head, Role::time_part_noun);
    np.year = np.end == j + 1 && t_.year(j);
    np.duration = counted && !np.determined && t_.has(np.head, Role::time_noun);
    return np;
  }

  void read_noun_and_after(uint32_t k, NounPhrase& np) const {
    uint32_t head = k;
    uint32_t name_start = t_.is(k, Upos::PROPN) ? k : kNone;
    if (handle_start(k)) {
      head = k + 1;
      k = handle_end(k);
    } else {
      ++k;
    }
    bool date = t_.has(head, Role::day_name) || t_.has(head, Role::month_name);
    while (k < end_) {
      if (t_.is(k, Upos::PROPN)) {
        if (name_start == kNone) name_start = k;
        head = k++;
      } else if (uint32_t after = particle_bridge(k, name_start); after != kNone) {
        head = after - 1;
        k = after;
      } else if (handle_start(k)) {
        head = k + 1;
        k = handle_end(k);
      } else if (t_.is(k, Upos::ADJ)) {
        ++k;
      } else if (t_.is(k, Upos::ADV) && k + 1 < end_ && t_.is(k + 1, Upos::ADJ) && plain_adverb(k)) {
        k += 2;
      } else if (t_.is(k, Upos::NUM)) {
        // "lundi 3 mars": a day, a number, a month.
        if (t_.has(head, Role::day_name) && k + 1 < end_ && t_.has(k + 1, Role::month_name)) {
          head = k + 1;
          k += 2;
          date = true;
          continue;
        }
        // A number closes the phrase ("mars 2024", "l'article 49", "14 h 30")
        // unless it counts the next noun ("... 300 personnes").
        if (k + 1 < end_ && (t_.nominal(k + 1) || t_.is(k + 1, Upos::NUM))) break;
        ++k;
      } else if (t_.is(k, Upos::NOUN) && (t_.has(head, Role::day_name)) && t_.has(k, Role::time_noun)) {
        head = k++;  // "mardi soir"
      } else if (unit_symbol(k) && t_.is(k - 1, Upos::NUM)) {
        ++k;  // "20 %"
      } else {
        break;
      }
    }
    np.head = head;
    np.end = k;
    np.time = date;
  }

  // Lower-case particles inside a person's name, between a first name and
  // the rest: "Charles de Gaulle", "Ursula von der Leyen". Returns the token
  // after the name part that follows, or kNone. A name already of two words
  // does not go on ("Jean Dupont de Reuters"), nor a surname or a place.
  uint32_t particle_bridge(uint32_t k, uint32_t name_start) const {
    if (name_start == kNone || !t_.is(k - 1, Upos::PROPN) || !t_.has(k, Role::name_particle)) return kNone;
    const uint8_t cls = t_.feat(k - 1, Feat::name_class);
    const bool first_name = cls == feat::first_name || (k - name_start == 1 && cls != feat::surname && cls != feat::place);
    if (!first_name) return kNone;
    uint32_t m = k;
    while (m < end_ && m < k + 3 && t_.has(m, Role::name_particle) && !t_.is(m, Upos::PROPN)) ++m;
    if (m >= end_ || !t_.is(m, Upos::PROPN) || !t_.capitalized(m)) return kNone;
    while (m < end_ && t_.is(m, Upos::PROPN)) ++m;
    return m;
  }

  bool indefinite_determiner(uint32_t k) const {
    return (t_.feat(k, Feat::pron_type) == feat::art && t_.feat(k, Feat::definite) == feat::ind_def) ||
           t_.feat(k, Feat::poss) != 0;
  }
  // Adverbs inside a noun phrase, before the adjective or number they
  // modify ("très inquiet", "environ 300"): the token after the run when an
  // adjective or a number follows it, else kNone.
  uint32_t modified_after(uint32_t k) const {
    uint32_t m = k;
    while (m < end_ && plain_adverb(m)) ++m;
    if (m == k || m >= end_) return kNone;
    if (t_.is(m, Upos::ADJ)) return m;
    // Before a number only a number's own modifier: "hier 300 personnes" is two chunks.
    return t_.is(m, Upos::NUM) && t_.has(m - 1, Role::number_modifier) ? m : kNone;
  }
  bool modifies_next(uint32_t k) const { return modified_after(k) != kNone; }
  bool title_before_name(uint32_t k) const {
    return t_.has(k, Role::title) && k + 1 < end_ && t_.is(k + 1, Upos::PROPN);
  }
  bool unit_symbol(uint32_t k) const { return t_.is(k, Upos::SYM) && !t_.has(k, Role::handle_mark); }
  bool plain_adverb(uint32_t k) const {
    return t_.is(k, Upos::ADV) && !t_.has(k, Role::negation_particle) && !t_.relative(k);
  }

  // "@jdupont", "#grève": a mark not glued to a word before it, then the
  // tokens glued to it.
  bool handle_start(uint32_t k) const {
    if (k + 1 >= end_ || !t_.has(k, Role::handle_mark)) return false;
    const bool free_before = k == begin_ || t_.space_before(k) || t_.punct(k - 1);
    return free_before && !t_.space_before(k + 1) && glued_part(k + 1);
  }
  uint32_t handle_end(uint32_t k) const {
    uint32_t m = k + 1;
    while (m < end_ && !t_.space_before(m) && glued_part(m)) ++m;
    return m;
  }
  bool glued_part(uint32_t k) const {
    const TokenKind kind = t_.token(k).kind;
    return (kind == TokenKind::word || kind == TokenKind::number || kind == TokenKind::symbol) &&
           !t_.has(k, Role::handle_mark) && !t_.punct(k);
  }

  // ---- prepositions -----------------------------------------------------------

  // The preposition is tokens [i, j). What follows decides the chunk: an
  // infinitive or a gerund makes a verb group ("pour rétorquer", "en
  // précisant"), a time noun phrase an adverbial ("dès lundi", "à plusieurs
  // reprises"), any other noun phrase a prepositional phrase.
  uint32_t prepositional(uint32_t i, uint32_t j) {
    if (j >= end_) return emit(ChunkKind::prep_phrase, i, j, j - 1);
    const bool fused = t_.fused_article(j - 1);
    // "la conférence de mardi": after "de" a time noun phrase completes a noun.
    const bool genitive = j == i + 1 && t_.has(i, Role::genitive_preposition);
    if (!fused) {
      if (t_.relative(j)) return emit(ChunkKind::clause_opener, i, j + 1, j);  // "à qui", "dans lequel"
      VerbGroup vg = read_verb_group(j, true);
      if (vg.found) return emit(ChunkKind::verb_group, i, vg.end, vg.head);
      if (plain_adverb(j) && !count_adverb(j) && !modifies_next(j)) {
        uint32_t k = j;
        while (k < end_ && plain_adverb(k)) ++k;
        NounPhrase np = read_noun_phrase(k);  // "depuis hier soir"
        if (np.found && np.time && !np.determined) return emit(ChunkKind::adverbial, i, np.end, np.head);
        return emit(ChunkKind::adverbial, i, k, k - 1);  // "depuis longtemps"
      }
    }
    NounPhrase np = read_noun_phrase(j);
    if (!np.found) return emit(ChunkKind::prep_phrase, i, j, j - 1);
    if (!genitive) {
      if (uint32_t end = time_object_end(np); end != kNone) return emit(ChunkKind::adverbial, i, end, np.head);
    }
    return emit(ChunkKind::prep_phrase, i, np.end, np.head);
  }

  // Where a preposition's object ends when it makes the preposition an
  // adverbial of time, else kNone. "à la fin de la réunion", "en début de
  // semaine": a part of a period takes its complement.
  uint32_t time_object_end(const NounPhrase& np) const {
    if (!(np.time || np.time_part || np.year)) return kNone;
    if (np.time_part && counted_after(np.end)) return read_noun_phrase(np.end + 1).end;
    return np.end;
  }

  // ---- locutions ----------------------------------------------------------------

  // A fixed expression of locutions.tsv starting at i; emits it and returns
  // the token after it, or kNone when none applies.
  uint32_t locution_at(uint32_t i) {
    uint32_t end = 0;
    const Locution* loc = longest_locution(i, end);
    if (loc == nullptr) return kNone;
    switch (loc->kind) {
      case LocutionKind::adverbial: return emit(ChunkKind::adverbial, i, end, end - 1);
      case LocutionKind::conjunction: return emit(ChunkKind::clause_opener, i, end, end - 1);
      case LocutionKind::preposition: return prepositional(i, end);
      case LocutionKind::time_preposition: {
        NounPhrase np = read_noun_phrase(end);
        const uint32_t object_end = np.found ? time_object_end(np) : kNone;
        if (object_end != kNone) return emit(ChunkKind::adverbial, i, object_end, np.head);
        return kNone;  // "il y a des manifestants": the words one by one
      }
    }
    return kNone;
  }

  // Candidates are indexed by their first word, which may be the token's
  // form or its lemma; each list is longest first.
  const Locution* longest_locution(uint32_t i, uint32_t& end) const {
    const Locution* best = nullptr;
    size_t best_len = 0;
    auto consider = [&](const Roles::WordEntry* key) {
      for (uint32_t index : t_.roles().locutions_of(key)) {
        const Locution& loc = t_.roles().locutions()[index];
        if (loc.words.size() <= best_len) return;
        if (matches(loc, i)) {
          best = &loc;
          best_len = loc.words.size();
          return;
        }
      }
    };
    consider(t_.entries(i).form);
    consider(t_.entries(i).lemma);  // null when the lemma is the form
    end = i + static_cast<uint32_t>(best_len);
    return best;
  }

  // Whether a token's form or lemma is the word of entry `id`: the same as
  // comparing the strings, since every locution word has an entry and the
  // lemma's entry is null only when the lemma is the form (or unknown to the roles).
  static bool same_word(const Roles::TokenEntries& e, uint32_t id) {
    return (e.form != nullptr && e.form->id == id) || (e.lemma != nullptr && e.lemma->id == id);
  }

  bool matches(const Locution& loc, uint32_t i) const {
    if (i + loc.words.size() > end_) return false;
    for (size_t w = 0; w < loc.words.size(); ++w) {
      const uint32_t k = i + static_cast<uint32_t>(w);
      const LocutionWord& word = loc.words[w];
      if (t_.punct(k)) return false;
      if (word.placeholder != Upos::unknown) {
        if (!t_.is(k, word.placeholder)) return false;
      } else if (!same_word(t_.entries(k), word.entry_id)) {
        return false;
      }
    }
    return true;
  }

  // ---- verb groups --------------------------------------------------------------

  // A verb group from `first` (which may be a preposition or particle
  // marking an infinitive) whose own words start at j.
  uint32_t verb_group(uint32_t first, uint32_t j) {
    VerbGroup vg = read_verb_group(j, first != j);
    if (!vg.found) {
      if (first != j) return kNone;
      return emit(ChunkKind::other, first, first + 1, first);
    }
    return emit(ChunkKind::verb_group, first, vg.end, vg.head);
  }

  // [ne] [negation, before an infinitive] [clitics] VERB [-t-il] then, while
  // the verb so far is an auxiliary or a semi-auxiliary, the adverbs,
  // negation and floated quantifiers before the next verb, and that verb.
  // The head is the last verb: "n'a pas encore déclaré", "vient de dire".
  // `marked`: a preposition before it ("pour ne pas dire").
  VerbGroup read_verb_group(uint32_t j, bool marked) const {
    VerbGroup vg;
    uint32_t k = j;
    const bool negated = k < end_ && t_.has(k, Role::negation_particle) && !t_.verbal(k);
    if (negated) ++k;
    if (negated || marked) {
      while (k < end_ && negation_word(k)) ++k;  // "ne pas commenter", "pour ne rien dire"
    }
    k = skip_clitics(k, negated || marked);
    if (k >= end_ || !t_.verbal(k)) return vg;
    uint32_t head = k;
    k = skip_inverted(k + 1);
    while (true) {
      const uint32_t next = chained_verb(head, skip_inside_group(k, head));
      if (next == kNone) break;
      head = next;
      k = skip_inverted(next + 1);
    }
    if (negated) {
      while (k < end_ && negation_word(k)) ++k;  // "ne dit rien", "n'a pas"
    }
    vg.found = true;
    vg.end = k;
    vg.head = head;
    return vg;
  }

  // The verb that continues the group at m (after the in-between words), or kNone.
  uint32_t chained_verb(uint32_t head, uint32_t m) const {
    if (m >= end_) return kNone;
    // "a déclaré", "a été entendu"; a VERB-tagged avoir before a participle too.
    const bool auxiliary = t_.is(head, Upos::AUX) ||
                           (t_.has(head, Role::auxiliary) && t_.feat(m, Feat::verb_form) == feat::part);
    if (auxiliary && t_.verbal(m)) return m;
    if (!t_.has(head, Role::semi_auxiliary)) return kNone;
    if (takes_infinitive(head, "")) {
      if (uint32_t v = infinitive_at(m); v != kNone) return v;  // "peut dire", "va le dire"
    }
    if (takes_infinitive(head, t_.form(m)) || takes_infinitive(head, t_.lemma(m))) {
      return infinitive_at(m + 1);  // "vient de dire", "a tenu à rappeler"
    }
    return kNone;
  }

  bool takes_infinitive(uint32_t verb, std::string_view link) const {
    return t_.roles().links_infinitive(t_.lemma(verb), link) || t_.roles().links_infinitive(t_.form(verb), link);
  }

  // The verb of an infinitive starting at p: [ne] [negation] [clitics] VERB.
  uint32_t infinitive_at(uint32_t p) const {
    uint32_t q = p;
    if (q < end_ && t_.has(q, Role::negation_particle) && !t_.verbal(q)) ++q;
    while (q < end_ && negation_word(q)) ++q;
    q = skip_clitics(q, true);
    return q < end_ && t_.verbal(q) ? q : kNone;
  }

  // The words between two verbs of a group: adverbs, negation, floated
  // quantifiers, adverbial locutions ("a d'ailleurs précisé", "a en effet dit").
  uint32_t skip_inside_group(uint32_t m, uint32_t head) const {
    while (m < end_) {
      // A locution first: "bien sûr" starts with an adverb.
      uint32_t end = 0;
      const Locution* loc = longest_locution(m, end);
      if (loc != nullptr && loc->kind == LocutionKind::adverbial) {
        m = end;
      } else if (inside_group(m, head)) {
        ++m;
      } else {
        break;
      }
    }
    return m;
  }

  bool inside_group(uint32_t m, uint32_t head) const {
    if (plain_adverb(m) || negation_word(m)) return true;
    return t_.has(m, Role::floating_quantifier) && t_.verbal(head) && !t_.is(m, Upos::DET);
  }
  bool negation_word(uint32_t k) const {
    if (!t_.has(k, Role::negation)) return false;
    const Upos u = t_.upos(k);
    return u == Upos::ADV || u == Upos::PRON || u == Upos::PART;
  }
  // The inverted subject when it is a token of its own: "-t-il" after "a".
  uint32_t skip_inverted(uint32_t k) const {
    while (k < end_ && t_.is(k, Upos::PRON) && !t_.form(k).empty() && t_.form(k)[0] == '-') ++k;
    return k;
  }

  uint32_t skip_clitics(uint32_t k, bool in_group) const {
    while (k < end_ && clitic(k, in_group)) {
      ++k;
      in_group = true;
    }
    return k;
  }

  // Whether the pronoun at k is a clitic of the verb group that follows. A
  // word that is also a subject pronoun (nous, vous) is a clitic inside a
  // group, after a subject, or before a verb of another person ("qui nous a
  // dit"); at the start of a clause, before a verb of its own person, it is
  // the subject ("nous avons dit").
  bool clitic(uint32_t k, bool in_group) const {
    if (!t_.is(k, Upos::PRON) || !(t_.has(k, Role::object_clitic) || t_.has(k, Role::reflexive_clitic))) return false;
    if (!t_.has(k, Role::subject_pronoun) || in_group) return true;
    if (previous_chunk_is(ChunkKind::noun_phrase)) return true;
    if (k + 1 >= end_) return false;
    if (t_.is(k + 1, Upos::PRON)) return false;
    if (!t_.verbal(k + 1)) return false;
    const uint8_t own = t_.feat(k, Feat::person), verb = t_.feat(k + 1, Feat::person);
    return own != 0 && verb != 0 && own != verb;
  }

  bool previous_chunk_is(ChunkKind kind) const {
    return doc_.chunks.size() > first_chunk_ && doc_.chunks.back().kind == kind;
  }

  // ---- output ---------------------------------------------------------------------

  uint32_t emit(ChunkKind kind, uint32_t first, uint32_t end, uint32_t head) {
    Chunk c;
    c.kind = kind;
    c.first_token = first;
    c.end_token = end;
    c.head = head;
    const auto index = static_cast<int32_t>(doc_.chunks.size());
    doc_.chunks.push_back(c);
    for (uint32_t k = first; k < end; ++k) doc_.tokens[k].chunk = index;
    return end;
  }

  Document& doc_;
  const ChunkTokens& t_;
  const uint32_t begin_, end_;
  const uint32_t first_chunk_;
};

}  // namespace

void Chunker::run(Document& doc) const {
  std::vector<Roles::TokenEntries> entries(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) entries[i] = roles_.entries(doc, doc.tokens[i]);
  run(doc, entries);
}

void Chunker::run(Document& doc, std::span<const Roles::TokenEntries> entries) const {
  doc.chunks.clear();
  doc.chunks.reserve(doc.tokens.size());
  std::vector<RoleSet> token_roles(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) token_roles[i] = Roles::roles_of(entries[i]);
  const ChunkTokens tokens(doc, roles_, entries, token_roles);
  // Sentences in order; tokens outside every sentence (none, normally) are
  // chunked as runs of their own so that every token has a chunk.
  uint32_t next = 0;
  auto run_range = [&](uint32_t begin, uint32_t end) {
    if (begin < end) SentenceChunker(doc, tokens, begin, end).run();
  };
  for (const Sentence& s : doc.sentences) {
    if (s.first_token < next) continue;
    run_range(next, s.first_token);
    run_range(s.first_token, s.end_token);
    next = s.end_token;
  }
  run_range(next, static_cast<uint32_t>(doc.tokens.size()));
}

void Chunker::run_sentence(Document& doc, uint32_t begin, uint32_t end, std::span<const Roles::TokenEntries> entries,
                           std::span<RoleSet> token_roles) const {
  for (uint32_t i = begin; i < end; ++i) token_roles[i] = Roles::roles_of(entries[i]);
  const ChunkTokens tokens(doc, roles_, entries, token_roles);
  if (begin < end) SentenceChunker(doc, tokens, begin, end).run();
}

}  // namespace whosaid::morph
