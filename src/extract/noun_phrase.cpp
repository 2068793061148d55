#include "extract/noun_phrase.h"

#include "extract/circumstance.h"

namespace whosaid::extract {
namespace {

constexpr uint32_t kMaxPhrase = 40;

// Whether token i acts as a verb: an auxiliary or a reporting verb's form,
// unless an article or a contracted preposition makes it a noun ("au fait
// des discussions", "le dit", "un avis").
// A past participle alone is an adjective ("candidat déclaré", "un
// communiqué"): only a finite form, or a participle after an auxiliary, is one.
// In a language whose tagger decides homographs (syntax.tsv cue_homographs
// tagger), a cue's or an auxiliary's form the tagger reads as something else
// is no verb: "press secretary", the possessive of "the campaign's".
bool tagger_denies_verb(const Context& ctx, uint32_t i) {
  if (!ctx.lexicon().tagger_decides_cues()) return false;
  const Upos u = ctx.tagged(i).upos;
  return u != Upos::VERB && u != Upos::AUX;
}

// A past form (or one the tagger left untensed) right after a noun, a name
// or a pronoun, with an object after it, is a clause's verb ("reporters met
// the head of the agency", "the firm paid the tax"), not a participle that
// qualifies the noun ("a poll released in August", "the firm hired by the
// city").
bool verb_with_object(const Context& ctx, uint32_t j) {
  if (j == 0) return false;
  const Token& t = ctx.tagged(j);
  const Upos before = ctx.tagged(j - 1).upos;
  const bool after_subject =
      t.upos == Upos::VERB && (before == Upos::NOUN || before == Upos::PROPN || before == Upos::PRON) &&
      (feature(t.feats, Feat::verb_form) == feat::fin || finite_after_subject(ctx, j));
  // Its object opens on a determiner, a number, a pronoun or a name ("met Tomas Varga").
  const Upos object = ctx.tagged(j + 1).upos;
  return after_subject && (ctx.has(j + 1, lang::kDeterminer | lang::kNumberWord) || object == Upos::PRON || object == Upos::PROPN);
}

bool is_verb(const Context& ctx, uint32_t i) {
  if (!ctx.has(i, lang::kAuxiliary | lang::kCueVerbForm) || tagger_denies_verb(ctx, i)) return false;
  if (i > 0 && (ctx.has(i - 1, lang::kDeterminer) || ctx.role(i - 1, lang::kContracted))) return false;
  // A capital after a word is a name's: "the Valbourg Post reports".
  if (i > 0 && ctx.capitalized(i) && ctx.token(i - 1).kind == TokenKind::word && !ctx.has(i, lang::kAuxiliary)) return false;
  if (ctx.has(i, lang::kAuxiliary)) return true;
  const lang::LexEntry* e = ctx.entry(i);
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
    if (forms[f].mood == lang::Mood::finite) return true;
  return i > 0 && ctx.has(i - 1, lang::kAuxiliary);
}

// A present participle or gerund of a cue ("en précisant", "affirmant"):
// a clause of its own, which no noun phrase runs into.
bool is_present_participle(const Context& ctx, uint32_t i) {
  const lang::LexEntry* e = ctx.has(i, lang::kCueVerbForm) ? ctx.entry(i) : nullptr;
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
    if (forms[f].mood == lang::Mood::present_participle) return true;
  return false;
}

bool is_relative(const Context& ctx, uint32_t i) { return ctx.role(i, lang::kRelativePronoun); }

// de, d' (not du, des): "de commenter", "lors d'une conférence".
bool bare_genitive(const Context& ctx, uint32_t i) {
  return ctx.role(i, lang::kGenitive) && !ctx.role(i, lang::kContracted);
}

// A token that may belong to a source phrase (scanning leftwards).
bool phrase_token(const Context& ctx, uint32_t i) {
  const Token& t = ctx.token(i);
  if (t.kind == TokenKind::word || t.kind == TokenKind::number) return !ctx.is_que(i);
  if (t.kind == TokenKind::punct) {
    const std::string_view w = ctx.word(i);
    return w == "(" || w == ")" || w == "-" || w == "'" || w == "&" || w == "." ;
  }
  return t.kind == TokenKind::symbol && ctx.word(i) == "&";
}

// Does the incise (first, end) read like an apposition (a noun phrase that
// names or describes the source) rather than a participle or prepositional clause?
bool is_apposition(const Context& ctx, uint32_t first, uint32_t end) {
  if (first >= end) return false;
  if (ctx.has(first, lang::kCueVerbForm | lang::kAuxiliary) || is_relative(ctx, first)) return false;
  for (uint32_t i = first; i < end; ++i)
    if ((ctx.has(i, lang::kAuxiliary | lang::kCueVerbForm) && !tagger_denies_verb(ctx, i)) || ctx.is_que(i))
      return false;
  // A finite verb outside a relative clause makes it a clause with its own
  // subject: "According to two officials, the ministry will appoint ...".
  // A bare verb form after a noun, not after an infinitive marker, is one the
  // tagger left untensed ("the data, Christians make up less ...").
  auto bare_verb = [&](uint32_t i) {
    const Token& t = ctx.tagged(i);
    return i > first && t.upos == Upos::VERB && feature(t.feats, Feat::verb_form) == feat::inf &&
           ctx.tagged(i - 1).upos != Upos::PART && ctx.tagged(i - 1).upos != Upos::AUX;
  };
  // In a language whose verb forms the tagger must decide (syntax.tsv
  // cue_homographs tagger: English, whose past tense and participle share
  // their forms), so is a verb with its object right after the head:
  // "According to the ministry, the firm paid the tax".
  auto verb_and_object = [&](uint32_t i) {
    return ctx.lexicon().tagger_decides_cues() && i > first && i + 1 < end && verb_with_object(ctx, i);
  };
  // So is a past form right after a name, which a participle after a noun
  // may not be ("people involved in the talks"): "According to a poll, Varga
  // won most votes".
  auto name_and_past = [&](uint32_t i) {
    return ctx.lexicon().tagger_decides_cues() && i > first && ctx.tagged(i - 1).upos == Upos::PROPN &&
           finite_after_subject(ctx, i);
  };
  for (uint32_t i = first; i < end && !is_relative(ctx, i); ++i)
    if ((finite_verb_at(ctx, i) && !tagger_denies_verb(ctx, i)) || bare_verb(i) || verb_and_object(i) || name_and_past(i))
      return false;
  // "ministre de l'Intérieur", "le leader du parti", "Jean Dupont", "l'avocat du journaliste"
  if (ctx.has(first, lang::kDeterminer)) {
    if (ctx.has(first + 1, lang::kSourceNoun | lang::kTitle | lang::kOrganizationNoun) ||
        ctx.has(first + 2, lang::kSourceNoun | lang::kTitle))
      return true;
  }
  if (ctx.has(first, lang::kSourceNoun | lang::kTitle)) return true;
  // Modifiers before the head, as English puts them: "a former Obama
  // administration official", "senior associate for education", "a lawyer".
  constexpr uint32_t kMaxModifiers = 4;
  const uint32_t from = ctx.has(first, lang::kDeterminer) ? first + 1 : first;
  bool noun_head = false;
  for (uint32_t k = from; k < end && k <= from + kMaxModifiers; ++k) {
    if (ctx.has(k, lang::kSourceNoun | lang::kTitle)) return true;
    const Upos u = ctx.tagged(k).upos;
    if (u != Upos::ADJ && u != Upos::NOUN && u != Upos::PROPN && u != Upos::NUM) break;
    noun_head = u == Upos::NOUN || u == Upos::PROPN;
  }
  // A determiner and a noun, and no verb, not even a participle, describe
  // the source whatever the noun: "Brandt, a senior harbour pilot, said"
  // (not "la plainte, les articles publiés par ...", a clause's subject).
  if (ctx.has(first, lang::kDeterminer)) {
    if (!noun_head || ctx.entry(first)->possessive) return false;
    for (uint32_t k = first; k < end; ++k)
      if (ctx.tagged(k).upos == Upos::VERB || ctx.tagged(k).upos == Upos::AUX) return false;
    return true;
  }
  return ctx.capitalized(first) && !ctx.has(first, lang::kStopword | lang::kConjunction);
}

}  // namespace

// Does an infinitive start at i (after "de"), perhaps behind a quotation mark: d'"intervenir"?
bool infinitive_at(const Context& ctx, uint32_t i, uint32_t end) {
  if (i < end && ctx.token(i).kind == TokenKind::quote_open) ++i;
  // An object clitic before the infinitive: "de la retirer", "de lui répondre", "d'y aller".
  constexpr uint32_t kClitics =
      lang::kAccusativeClitic | lang::kDativeClitic | lang::kAdverbialClitic | lang::kReflexiveClitic;
  if (i + 1 < end && ctx.role(i, kClitics) && infinitive_at(ctx, i + 1, end)) return true;
  if (i >= end || ctx.token(i).kind != TokenKind::word || ctx.capitalized(i)) return false;
  if (const lang::LexEntry* e = ctx.entry(i)) {
    const auto& forms = ctx.lexicon().verb_forms();
    for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
      if (forms[f].mood == lang::Mood::infinitive) return true;
    if (e->flags & (lang::kDeterminer | lang::kSubjectPronoun)) return false;
  }
  // A verb the lexicon does not conjugate: the morph stage's reading. After
  // the infinitive's particle ("to apologize") a base form the tagger read
  // as a present is the infinitive it shares its form with.
  const Token& t = ctx.tagged(i);
  if (t.upos != Upos::VERB && t.upos != Upos::AUX) return false;
  const uint8_t form = feature(t.feats, Feat::verb_form);
  if (form == feat::inf) return true;
  return i > 0 && ctx.tagged(i - 1).upos == Upos::PART && ctx.role(i - 1, lang::kDative) && form == feat::fin &&
         feature(t.feats, Feat::tense) == feat::pres;
}

bool names_a_speaker(const Context& ctx, TokenRange r) {
  // An account's handle names its holder: "selon @compte".
  if (!r.empty() && handle_at(ctx, r.first, r.end).end == r.end) return true;
  // A possessive names its possessor: "selon ses proches", "selon son allocution".
  if (const lang::LexEntry* e = ctx.entry(r.first); e && e->possessive) return true;
  for (uint32_t i = r.first; i < r.end; ++i) {
    if (ctx.has(i, lang::kSourceNoun | lang::kOrganizationNoun | lang::kTitle | lang::kNationalityNoun |
                       lang::kInstitution | lang::kSubjectPronoun))
      return true;
    const bool sentence_initial = i == ctx.sentence_of(i).first_token;
    if (ctx.capitalized(i) && !sentence_initial && !ctx.has(i, lang::kStopword | lang::kDeterminer)) return true;
    if (ctx.capitalized(i) && sentence_initial && !ctx.has(i, lang::kStopword | lang::kDeterminer | lang::kConjunction))
      return true;
  }
  return r.end == r.first + 1 && ctx.role(r.first, lang::kDisjunctivePronoun);
}

namespace {
// A title or a name without a determiner, and a lower-case noun, adjective
// or participle that may qualify it before ("retired general").
bool title_or_name(const Context& ctx, uint32_t i) {
  return (ctx.capitalized(i) || ctx.has(i, lang::kTitle | lang::kSourceNoun)) &&
         !ctx.has(i, lang::kDeterminer | lang::kSubjectPronoun | lang::kNumberWord | lang::kStopword);
}

bool modifier_before_name(const Context& ctx, uint32_t i) {
  if (ctx.token(i).kind != TokenKind::word || ctx.capitalized(i) || ctx.has(i, lang::kStopword | lang::kPreposition))
    return false;
  const Token& t = ctx.tagged(i);
  // A form in -ed the tagger may read as a past tense ("retired").
  return t.upos == Upos::NOUN || t.upos == Upos::ADJ ||
         (t.upos == Upos::VERB && (feature(t.feats, Feat::verb_form) == feat::part || feature(t.feats, Feat::tense) == feat::past));
}
}  // namespace

bool plausible_source(const Context& ctx, TokenRange r) {
  if (r.empty() || r.end - r.first > kMaxPhrase) return false;
  uint32_t head = r.first;  // past the modifiers of a title or name ("retired general")
  while (head + 1 < r.end && !ctx.starts_noun_phrase(head) && modifier_before_name(ctx, head)) ++head;
  if (!ctx.starts_noun_phrase(head) || (head > r.first && !title_or_name(ctx, head))) return false;
  // A verb makes it a clause, except inside a relative clause that qualifies
  // the source ("une source ... au fait des discussions qui se sont déroulées").
  for (uint32_t i = r.first; i < r.end; ++i) {
    if (is_relative(ctx, i)) break;
    if (is_verb(ctx, i)) return false;
  }
  return true;
}

uint32_t incise_end(const Context& ctx, uint32_t comma, uint32_t end) {
  if (!ctx.is_comma(comma)) return comma;
  for (uint32_t i = comma + 1; i < end && i <= comma + 40; ++i) {
    if (ctx.is_comma(i)) return i;
    // A closed quotation inside the incise is stepped over whole.
    const Token& t = ctx.token(i);
    if (t.kind == TokenKind::quote_open && t.quote >= 0) {
      const Quotation& q = ctx.doc().quotes[t.quote];
      if (q.first_token == i + 1 && q.closed && q.end_token < end) {
        i = q.end_token;
        continue;
      }
    }
    if (ctx.is_quote_mark(i) || ctx.is(i, ":") || ctx.is(i, ";")) return comma;
  }
  return comma;
}

bool apposition_before(const Context& ctx, uint32_t before, uint32_t sentence_first) {
  if (before < sentence_first + 3 || !ctx.is_comma(before - 1)) return false;
  const uint32_t close = before - 1;
  uint32_t open = close;
  while (open > sentence_first && !ctx.is_comma(open - 1) && !ctx.is_quote_mark(open - 1) && close - open < 30) --open;
  if (open <= sentence_first + 1 || !ctx.is_comma(open - 1)) return false;
  if (!is_apposition(ctx, open, close)) return false;
  // The phrase before the apposition runs from the sentence start.
  const TokenRange head{sentence_first, open - 1};
  return plausible_source(ctx, head) && names_a_speaker(ctx, head);
}

static bool is_at_sign(const Context& ctx, uint32_t i) {
  return ctx.token(i).kind == TokenKind::symbol && ctx.doc().slice(ctx.token(i).original) == "@";
}

TokenRange handle_at(const Context& ctx, uint32_t i, uint32_t end) {
  if (i + 1 >= end || !is_at_sign(ctx, i)) return {};
  uint32_t k = i + 1;
  while (k < end && ctx.token(k).original.begin == ctx.token(k - 1).original.end &&
         ctx.token(k).kind != TokenKind::quote_open && ctx.token(k).kind != TokenKind::quote_close) {
    // A final period ends the sentence, not the handle.
    if (ctx.is_punct(k) && (k + 1 >= end || ctx.token(k + 1).original.begin != ctx.token(k).original.end)) break;
    ++k;
  }
  return k > i + 1 ? TokenRange{i, k} : TokenRange{};
}

TokenRange handle_before(const Context& ctx, uint32_t before, uint32_t sentence_first) {
  if (before < sentence_first + 2) return {};
  // Back over the tokens glued to each other (a handle has no space), to its "@".
  uint32_t first = before - 1;
  while (first > sentence_first && !is_at_sign(ctx, first) &&
         ctx.token(first).original.begin == ctx.token(first - 1).original.end)
    --first;
  if (!is_at_sign(ctx, first)) return {};
  const TokenRange handle = handle_at(ctx, first, before);
  return handle.end == before ? handle : TokenRange{};
}

namespace {

// Whether the words before a conjunction at j, back to the sentence start or
// a comma, are a noun phrase the tagger reads without a verb: "the mayor" of
// "the mayor and the prefect said", not "the polls closed" of "the polls
// closed and officials said".
bool nominal_before(const Context& ctx, uint32_t j, uint32_t sentence_first) {
  const Upos last = ctx.tagged(j - 1).upos;
  if (last != Upos::NOUN && last != Upos::PROPN && last != Upos::PRON) return false;
  for (uint32_t k = j; k > sentence_first && !ctx.is_comma(k - 1); --k) {
    const Upos u = ctx.tagged(k - 1).upos;
    if (u == Upos::VERB || u == Upos::AUX || ctx.is_que(k - 1)) return false;
  }
  return true;
}

}  // namespace


namespace {
// A word that cannot stand inside a subject before its verb: a subordinating
// conjunction, an infinitive's marker, a verb in the present or an
// infinitive of another clause. A past form may qualify the subject ("a poll
// released in August found", "people briefed on the talks said").
bool clause_word_before_subject(const Context& ctx, uint32_t j) {
  if (ctx.has(j, lang::kSourceNoun | lang::kTitle | lang::kNegation)) return false;
  const Token& t = ctx.tagged(j);
  if (t.upos == Upos::SCONJ || (t.upos == Upos::PART && ctx.role(j, lang::kDative))) return true;
  const uint8_t form = feature(t.feats, Feat::verb_form);
  if (t.upos != Upos::VERB) return false;
  if (form == feat::inf || (form == feat::fin && feature(t.feats, Feat::tense) == feat::pres)) return true;
  return verb_with_object(ctx, j);  // "reporters met the head of the agency, who said"
}
}  // namespace

uint32_t subject_relative_before(const Context& ctx, uint32_t before, uint32_t sentence_first) {
  // Circumstances may stand between them: "Okafor, who in 2019 said".
  constexpr uint32_t kMaxCircumstance = 5;
  if (before <= sentence_first) return UINT32_MAX;
  for (uint32_t r = before - 1; r > sentence_first && before - r <= kMaxCircumstance + 1; --r) {
    if (!ctx.role(r, lang::kSubjectRelative)) continue;
    if (r + 1 < before && skip_circumstances(ctx, r + 1, before, true) != before) break;
    return r;
  }
  return UINT32_MAX;
}

TokenRange subject_before(const Context& ctx, uint32_t before, uint32_t sentence_first, bool allow_coordination) {
  if (before <= sentence_first) return {};
  // "@club_lecture a estimé que": an account speaks under its handle.
  if (const TokenRange handle = handle_before(ctx, before, sentence_first); !handle.empty()) return handle;
  // A relative clause's subject is its antecedent: "la maire de Nantes qui
  // propose que", "Rima Abdul Malak, qui s'est dite".
  if (const uint32_t r = subject_relative_before(ctx, before, sentence_first); r != UINT32_MAX) {
    uint32_t antecedent_end = r;
    if (ctx.is_comma(antecedent_end - 1)) --antecedent_end;
    // The antecedent is the noun phrase nearest the relative pronoun: after a
    // preposition, its object when that names a speaker ("a quarrel with
    // Okafor, who said"); a noun's own complement stays ("the head of the
    // agency, who said", "people familiar with the talks, who said").
    TokenRange antecedent = subject_before(ctx, antecedent_end, sentence_first, false);
    for (uint32_t k = antecedent.end; k > antecedent.first + 1; --k)
      if (ctx.has(k - 1, lang::kPreposition) && !ctx.role(k - 1, lang::kGenitive)) {
        const TokenRange object{k, antecedent.end};
        if (plausible_source(ctx, object) && names_a_speaker(ctx, object)) antecedent.first = k;
        break;
      }
    return antecedent;
  }
  uint32_t end = before;
  uint32_t scan = before;
  // An incise between subject and verb: "Un fonctionnaire, s'exprimant à Washington, a déclaré"
  // (dropped), or an apposition: "Jean Dupont, ministre de l'Intérieur, a déclaré" (kept).
  if (ctx.is_comma(before - 1)) {
    const uint32_t close = before - 1;
    uint32_t open = close;  // becomes the incise's first token
    while (open > sentence_first && !ctx.is_comma(open - 1) && !ctx.is_quote_mark(open - 1) && close - open < 30) --open;
    if (open <= sentence_first + 1 || !ctx.is_comma(open - 1)) return {};
    end = is_apposition(ctx, open, close) ? close : open - 1;
    scan = open - 1;
    // A dropped incise after an apposition: "X, the harbour master, one of
    // the ports fighting the levy, said" keeps "X, the attorney general".
    // (Not after a coordinated clause: "que X rencontre Y, Z, et règle
    // ..., a déclaré" is the content's, not a subject's incise.)
    const auto clause_inside = [&] {
      if (ctx.is_conjunction(open)) return true;
      for (uint32_t k = open; k < close; ++k)
        if (finite_verb_at(ctx, k) && !tagger_denies_verb(ctx, k)) return true;
      return false;
    };
    if (end == open - 1 && !clause_inside()) {
      const uint32_t close2 = open - 1;
      uint32_t open2 = close2;
      while (open2 > sentence_first && !ctx.is_comma(open2 - 1) && !ctx.is_quote_mark(open2 - 1) && close2 - open2 < 30)
        --open2;
      if (open2 > sentence_first + 1 && open2 < close2 && ctx.is_comma(open2 - 1) && is_apposition(ctx, open2, close2)) {
        end = close2;
        scan = open2 - 1;
      }
    }
  }
  // "Un enquêteur les a informés": le/la/les/l' right before the verb is an
  // object pronoun, not a determiner (a determiner never precedes a verb).
  if (scan == before && scan > sentence_first + 1 && ctx.has(scan - 1, lang::kDeterminer) &&
      ctx.role(scan - 1, lang::kAccusativeClitic))
    end = scan = scan - 1;
  uint32_t first = scan;
  // A subject pronoun is the whole subject: "In an interview last week he
  // said", "September 27 they said".
  const bool pronoun = scan == before && scan > sentence_first && ctx.has(scan - 1, lang::kSubjectPronoun);
  if (pronoun) first = scan - 1;
  while (!pronoun && first > sentence_first) {
    const uint32_t j = first - 1;
    // Where the tagger reads the verbs (syntax.tsv cue_homographs tagger), a
    // subordinator or another clause's verb ends the scan: "when opponents
    // said", "his push to help people said".
    if (ctx.lexicon().tagger_decides_cues() && clause_word_before_subject(ctx, j)) break;
    if (ctx.is_comma(j)) {
      if (!allow_coordination) break;
      first = j;
      continue;
    }
    if (ctx.is_conjunction(j)) {
      // Nouns sharing one determiner ("le président et directeur de la
      // publication") are one phrase; phrases or clauses joined by et/ou are
      // one only where coordination is allowed.
      const bool bare_noun_follows = ctx.role(j, lang::kNounCoordinator) && j + 1 < before &&
                                     ctx.has(j + 1, lang::kSourceNoun | lang::kTitle) &&
                                     !ctx.has(j + 1, lang::kDeterminer | lang::kSubjectPronoun) &&
                                     j > sentence_first && nominal_before(ctx, j, sentence_first);
      // A language that counts a coordination as one source (syntax.tsv
      // coordinated_subject one) crosses and/or between noun phrases:
      // "the mayor and the prefect said".
      const bool one_source = ctx.lexicon().coordinated_subject_one() && ctx.role(j, lang::kNounCoordinator) &&
                              j > sentence_first && nominal_before(ctx, j, sentence_first);
      if (!bare_noun_follows && !one_source && (!allow_coordination || !ctx.role(j, lang::kNounCoordinator))) break;
      first = j;
      continue;
    }
    if (!phrase_token(ctx, j) || is_verb(ctx, j) || is_relative(ctx, j)) break;
    if (before - j > kMaxPhrase) return {};
    first = j;
  }
  // Drop what cannot open a phrase: a leading comma or conjunction picked up
  // by coordination, a preposition or adverb ("Ensuite le ministre").
  const uint32_t scanned_first = first;
  while (first < end && !ctx.starts_noun_phrase(first)) ++first;
  // ... but the modifiers of a phrase that opens on a title or a name without
  // a determiner: "retired general Marta Lindqvist", "council Chairman Varga".
  while (first > scanned_first && first < end && title_or_name(ctx, first) && modifier_before_name(ctx, first - 1))
    --first;
  // An adverb or a negation before the verb is no part of its subject
  // ("Roberts also said"); a subject never ends on an auxiliary or a modal
  // ("he didn't believe", "few people would have described": the verb group
  // was not read whole).
  while (end > first + 1 && ctx.is_adverb(end - 1) && !ctx.starts_noun_phrase(end - 1)) --end;
  if (end > first && ctx.has(end - 1, lang::kAuxiliary | lang::kModal) && !ctx.capitalized(end - 1)) return {};
  const TokenRange r{first, end};
  if (!plausible_source(ctx, r)) return {};
  return r;
}

// Whether a clause starts at token i: a subordinator ("tandis que", "alors
// que", "parce qu'": a word followed by que), or a conjunction other than the
// et/ou that coordinate noun phrases.
bool clause_starts(const Context& ctx, uint32_t i, uint32_t end) {
  if (i + 1 < end && ctx.is_que(i + 1) && !ctx.is_que(i)) return true;
  return ctx.is_conjunction(i) && !ctx.role(i, lang::kNounCoordinator);
}

// Whether a source phrase read rightwards ends before token i: a
// circumstance ("dans un communiqué", "avant le match", "contre 2823
// milliards"), the outlet it spoke to ("à Wired", "auprès de l'AFP"), or a
// second noun phrase ("l'établissement français le communiqué").
bool phrase_ends(const Context& ctx, uint32_t from, uint32_t i, uint32_t end) {
  if (i == from) return false;
  // "en" and "par" stay: "une source en poste", "les chiffres publiés par l'Union".
  if (ctx.has(i, lang::kPreposition) && !ctx.role(i, lang::kAttachedPreposition)) return true;
  if (ctx.role(i, lang::kInformantPreposition)) return true;
  // A subordinating conjunction opens a clause of its own: "said Varga as
  // he left the quay", "a dit le maire lorsqu'il est arrivé".
  if (ctx.tagged(i).upos == Upos::SCONJ && !ctx.is_que(i) && bare_clause_at(ctx, i + 1, end)) return true;
  if (ctx.role(i, lang::kDative) &&
      (ctx.capitalized(i + 1) || (ctx.has(i + 1, lang::kDeterminer) && ctx.capitalized(i + 2))))
    return true;
  // A determiner right after a noun or adjective (not after de/à/et) opens
  // another phrase; du/des/au/aux (de/à + article) attach a complement instead.
  const bool contracted = ctx.role(i, lang::kContracted);
  if (ctx.has(i, lang::kDeterminer) && !contracted && !ctx.has(i, lang::kNumberWord) && ctx.token(i - 1).kind == TokenKind::word &&
      !ctx.has(i - 1, lang::kDeterminer | lang::kPreposition | lang::kConjunction) && !bare_genitive(ctx, i - 1) &&
      !(ctx.role(i - 1, lang::kDative) && !ctx.role(i - 1, lang::kContracted)) && !ctx.role(i - 1, lang::kSubjectRelative))
    return true;
  return i + 1 < end && clause_starts(ctx, i, end);
}

namespace {
// Whether the parenthesis opened at i holds a remark: a verb, or more words
// than a party code, an age or an acronym take.
bool remark_in_parentheses(const Context& ctx, uint32_t open, uint32_t end) {
  constexpr uint32_t kMaxAside = 6;
  for (uint32_t k = open + 1; k < end && k <= open + kMaxAside + 1; ++k) {
    if (ctx.is(k, ")")) return false;
    if (ctx.has(k, lang::kCueVerbForm | lang::kAuxiliary) || finite_verb_at(ctx, k)) return true;
  }
  return true;
}
}  // namespace

namespace {
// A hyphen inside a word the tokenizer cut ("X-ray", "well-known"): no boundary.
bool glued_hyphen(const Context& ctx, uint32_t k, uint32_t end) {
  return ctx.is(k, "-") && !ctx.token(k).has(kSpaceBefore) && k + 1 < end && !ctx.token(k + 1).has(kSpaceBefore);
}

// A relative pronoun at i: one the data lists, or a word the tagger reads as
// one ("that", also a complementizer).
bool relative_at(const Context& ctx, uint32_t i) {
  const Token& t = ctx.tagged(i);
  return is_relative(ctx, i) || (t.upos == Upos::PRON && feature(t.feats, Feat::pron_type) == feat::rel);
}

// Words after a source and a comma that describe it without a cue of their
// own (GUIDELINES 3: the source's appositions and relative clauses): an
// age ("Okafor, 82"), a relative clause ("Okafor, who has four children"),
// an apposition with its relative clause ("a lawyer who has worked on ...").
bool describing_words(const Context& ctx, uint32_t first, uint32_t end) {
  if (first >= end) return false;
  if (end == first + 1) return ctx.token(first).kind == TokenKind::number;
  uint32_t relative = first;
  while (relative < end && !relative_at(ctx, relative)) ++relative;
  if (relative == end || relative + 1 >= end) return false;
  if (relative > first && !is_apposition(ctx, first, relative)) return false;
  // An auxiliary is no cue there, even one that heads a multi-word cue
  // ("has four children", not "has no comment").
  for (uint32_t k = relative + 1; k < end; ++k)
    if ((ctx.has(k, lang::kCueVerbForm) && !ctx.has(k, lang::kAuxiliary) && !tagger_denies_verb(ctx, k)) || ctx.is_que(k))
      return false;
  return true;
}
}  // namespace

TokenRange phrase_after(const Context& ctx, uint32_t from, uint32_t end) {
  uint32_t i = from;
  bool relative = false;
  int parentheses = 0;
  // Inside parentheses a period is an abbreviation's: "Sen. Tomas Varga (D-N.C.)".
  while (i < end && !ctx.is_comma(i) && !ctx.is(i, ":") && !ctx.is(i, ";") && !ctx.is_quote_mark(i) &&
         !(ctx.is(i, ")") && parentheses == 0) &&
         !(ctx.is_punct(i) && parentheses == 0 &&
           (ctx.is(i, ".") || ctx.is(i, "!") || ctx.is(i, "?") || ctx.word(i).starts_with("..")))) {
    // Inside a relative clause ("qui se sont déroulées fin 2023") anything goes to the comma.
    if (is_relative(ctx, i)) relative = true;
    // A parenthesis that is a remark, not a code or a title ("Mr. Varga (a
    // view most of the council shares)"), ends the phrase.
    if (ctx.is(i, "(") && parentheses == 0 && i > from && remark_in_parentheses(ctx, i, end)) break;
    if (ctx.is(i, "(")) ++parentheses;
    if (ctx.is(i, ")")) --parentheses;
    if (!relative && phrase_ends(ctx, from, i, end)) break;
    if (i - from > kMaxPhrase) return {};
    ++i;
  }
  TokenRange r{from, i};
  if (!plausible_source(ctx, r)) return {};
  // An apposition after a comma: "X, ministre de l'Intérieur," / "le ministre, Jean Dupont."
  // A second one may follow the first: "X, a lawyer for the club, who has
  // challenged the firm for years".
  constexpr uint32_t kMaxDescribing = 30;
  for (int group = 0; group < 2 && i < end && ctx.is_comma(i); ++group) {
    uint32_t k = i + 1;
    while (k < end && !ctx.is_comma(k) && !ctx.is_quote_mark(k) && k - i < kMaxDescribing &&
           (!ctx.is_punct(k) || glued_hyphen(ctx, k, end)))
      ++k;
    if (k < end && ctx.is(k, "(")) break;
    // It closes on a comma or the sentence's end: words that run into a
    // quotation are a clause ("According to X, the move reeks of \"fear\"").
    if (k < end && ctx.is_quote_mark(k)) break;
    if (!(group == 0 && is_apposition(ctx, i + 1, k)) && !describing_words(ctx, i + 1, k)) break;
    r.end = k;
    i = k;
  }
  return r;
}

namespace {
// The noun phrase after a preposition at `from`, up to where a new phrase opens.
TokenRange object_of_preposition(const Context& ctx, uint32_t from, uint32_t end);
}  // namespace

TokenRange recipient_at(const Context& ctx, uint32_t from, uint32_t end) {
  if (from >= end || !ctx.role(from, lang::kDative)) return {};
  return object_of_preposition(ctx, from, end);
}

uint32_t skip_prepositional_phrase(const Context& ctx, uint32_t from, uint32_t end, bool dative) {
  if (from >= end || !(ctx.has(from, lang::kPreposition) || (dative && ctx.role(from, lang::kDative)))) return from;
  const TokenRange r = object_of_preposition(ctx, from, end);
  return r.empty() ? from : r.end;
}

namespace {
// The end of a title in quotation marks that names what a preposition's
// object is (a programme, a book, a motto: 'on the network's "Morning Forum"',
// « sur le plateau de "Quotidien" »), or `i` when the quotation at i is none:
// short, capitalised, closed, and right after the preposition, a determiner,
// a genitive or a possessive ending. Quoted speech ("told them "we will
// win"") is none.
uint32_t quoted_title_end(const Context& ctx, uint32_t i, uint32_t first, uint32_t end) {
  constexpr uint32_t kMaxTitle = 8;
  if (ctx.token(i).kind != TokenKind::quote_open || i + 1 >= end || !ctx.capitalized(i + 1)) return i;
  const int32_t q = ctx.token(i + 1).quote;
  if (q < 0) return i;
  const Quotation& quote = ctx.doc().quotes[q];
  if (!quote.closed || quote.first_token != i + 1 || quote.end_token >= end || quote.end_token - quote.first_token > kMaxTitle)
    return i;
  const std::string_view before = ctx.word(i - 1);
  const bool names = i == first || ctx.has(i - 1, lang::kDeterminer) || ctx.role(i - 1, lang::kGenitive) ||
                     (ctx.token(i - 1).kind == TokenKind::word && before.size() > 1 && before[0] == '\'');
  if (!names) return i;
  // Inside, words only, but a final period or comma ('"Meet the Press."').
  for (uint32_t k = quote.first_token; k < quote.end_token; ++k)
    if (ctx.is_punct(k) && !(k + 1 == quote.end_token && (ctx.is(k, ".") || ctx.is_comma(k)))) return i;
  return quote.end_token + 1;
}

TokenRange object_of_preposition(const Context& ctx, uint32_t from, uint32_t end) {
  uint32_t i = from + 1;
  const uint32_t first = i;
  bool content_word = false;
  while (i < end) {
    if (const uint32_t title_end = quoted_title_end(ctx, i, first, end); title_end > i) {
      content_word = true;
      i = title_end;
      continue;
    }
    if (ctx.is_comma(i) || ctx.is_que(i) || ctx.is(i, ":") || ctx.is_quote_mark(i) || ctx.is_punct(i)) break;
    // "demande au ministre d'intervenir": the infinitive is not the recipient's.
    if (bare_genitive(ctx, i) && infinitive_at(ctx, i + 1, end)) break;
    // A new phrase opens: "à Reuters trois sources russes".
    // Not right after "de": "lors d'une conférence", "près de trois heures".
    const bool after_de = bare_genitive(ctx, i - 1);
    if (content_word && !after_de && ctx.has(i, lang::kNumberWord | lang::kSubjectPronoun | lang::kDeterminer)) break;
    // So does another preposition or a dative, but the genitive, a noun's own
    // complement: "on Monday | at the dinner", "lors d'une conférence de
    // presse | à Paris", "in a message | to the board".
    if (content_word && (ctx.has(i, lang::kPreposition) || ctx.role(i, lang::kDative)) && !ctx.role(i, lang::kGenitive)) break;
    // "a écrit aux maires pour rappeler que": a purpose clause is no part of the phrase.
    if (is_verb(ctx, i) || is_present_participle(ctx, i) || ctx.has(i, lang::kPurpose)) break;
    if (!ctx.has(i, lang::kDeterminer)) content_word = true;
    ++i;
    if (i - first > 15) return {};
  }
  if (!content_word) return {};
  return {first, i};
}
}  // namespace

// A past form right after its subject's noun or pronoun is finite, which a
// form shared by the past tense and the participle may not tell ("he
// realized", "the council approved"); so is a form shared by the
// infinitive and the present ("they erase", "the demands erase"), which
// the tagger reads as the infinitive it most often is. An adverb may stand
// between the subject and the present ("the demands sometimes erase"), as
// it does not before an infinitive, which follows its particle or modal;
// not before the past form, where it is the participle's ("the report
// recently published").
bool finite_after_subject(const Context& ctx, uint32_t k) {
  constexpr uint32_t kMaxAdverbs = 2;
  if (k == 0) return false;
  const Token& t = ctx.tagged(k);
  const uint8_t form = feature(t.feats, Feat::verb_form);
  if (t.upos != Upos::VERB || (form != feat::part && form != feat::inf)) return false;
  uint32_t before = k - 1;
  // A quotation may open on the verb: 'said Ann Berg "caused delays"'.
  if (before > 0 && ctx.token(before).kind == TokenKind::quote_open) --before;
  if (form == feat::inf)
    while (before > 0 && k - before <= kMaxAdverbs && ctx.tagged(before).upos == Upos::ADV) --before;
  // After a subject pronoun, which no participle qualifies, adverbs may
  // stand before the past form too: "he then measured".
  if (form == feat::part) {
    uint32_t b = before;
    while (b > 0 && k - b <= kMaxAdverbs && ctx.tagged(b).upos == Upos::ADV) --b;
    if (b != before && ctx.has(b, lang::kSubjectPronoun)) return true;
  }
  const Upos subject = ctx.tagged(before).upos;
  return subject == Upos::PRON || subject == Upos::NOUN || subject == Upos::PROPN;
}

TokenRange sentence_subject(const Context& ctx, uint32_t sentence_first, uint32_t limit) {
  uint32_t first = sentence_first;
  uint32_t i = first;
  while (i < limit) {
    if (ctx.is_comma(i)) {  // a leading adverbial: start again after it
      first = i + 1;
      ++i;
      continue;
    }
    if (ctx.has(i, lang::kNegation | lang::kModal) || is_verb(ctx, i) || ctx.role(i, lang::kReflexiveClitic) ||
        ctx.is_que(i) || ctx.is_quote_mark(i) || ctx.is(i, ":"))
      break;
    // In a language whose tagger reads its verbs (syntax.tsv cue_homographs
    // tagger: English, whose simple tenses have no auxiliary), any finite
    // verb ends the subject: "The mayor left the room, saying ...".
    if (i > first && ctx.lexicon().tagger_decides_cues() &&
        ((finite_verb_at(ctx, i) && !tagger_denies_verb(ctx, i)) || finite_after_subject(ctx, i)))
      break;
    ++i;
  }
  if (i >= limit) return {};
  // An adverb before the verb is no part of its subject: "He recently
  // pitched ...", "Okafor then appeared ...".
  uint32_t subject_end = i;
  while (subject_end > first + 1 && ctx.is_adverb(subject_end - 1) && !ctx.starts_noun_phrase(subject_end - 1)) --subject_end;
  const TokenRange r{first, subject_end};
  if (!plausible_source(ctx, r) || !names_a_speaker(ctx, r)) return {};
  return r;
}

std::vector<TokenRange> split_coordination(const Context& ctx, TokenRange phrase) {
  std::vector<TokenRange> parts;
  uint32_t start = phrase.first;
  int depth = 0;
  for (uint32_t i = phrase.first; i < phrase.end; ++i) {
    if (ctx.is(i, "(")) ++depth;
    if (ctx.is(i, ")")) --depth;
    if (depth > 0) continue;
    if (ctx.is_comma(i) || ctx.role(i, lang::kNounCoordinator)) {
      if (i > start) parts.push_back({start, i});
      start = i + 1;
    }
  }
  if (phrase.end > start) parts.push_back({start, phrase.end});
  return parts;
}

bool finite_verb_at(const Context& ctx, uint32_t k) {
  if (ctx.has(k, lang::kAuxiliary | lang::kModal)) return true;
  const Token& t = ctx.tagged(k);
  return (t.upos == Upos::VERB || t.upos == Upos::AUX) && feature(t.feats, Feat::verb_form) == feat::fin;
}

namespace {
// Whether the words [first, end) between commas qualify the noun before
// them: a relative clause, a participle's phrase, an apposition.
bool qualifies_subject(const Context& ctx, uint32_t first, uint32_t end) {
  if (is_relative(ctx, first)) return true;
  const Token& t = ctx.tagged(first);
  if (t.upos == Upos::VERB && feature(t.feats, Feat::verb_form) == feat::part) return true;
  return is_apposition(ctx, first, end);
}
}  // namespace

namespace {
// The verb of a subject relative clause opened at k ("tolls that go",
// "people who know"): a relative pronoun after a noun or a name, its verb
// right after it. Returns that verb's token, or k when there is none. A word
// that is also a complementizer ("that") is relative when the tagger reads
// it so.
uint32_t relative_verb_after_noun(const Context& ctx, uint32_t k, uint32_t end) {
  if (k == 0 || k + 1 >= end || !relative_at(ctx, k)) return k;
  const Upos noun = ctx.tagged(k - 1).upos;
  if (noun != Upos::NOUN && noun != Upos::PROPN) return k;
  const Upos verb = ctx.tagged(k + 1).upos;
  return verb == Upos::VERB || verb == Upos::AUX ? k + 1 : k;
}
}  // namespace

bool bare_clause_at(const Context& ctx, uint32_t i, uint32_t end) {
  // A subject's words before its verb: "the flurry of late-night tweets
  // targeting the former champion is"; a quotation may open on the verb
  // ('voter fraud "would be ...').
  constexpr uint32_t kMaxSubject = 14;
  if (i >= end) return false;
  // The clause may open a quotation: 'said "budget reforms" would pay'.
  const uint32_t opening = i;
  if (ctx.token(i).kind == TokenKind::quote_open && i + 1 < end) ++i;
  const Upos first = ctx.tagged(i).upos;
  // A subject may open on an adjective or a number, or on the adverb that
  // qualifies its number: "local officials should", "12 people were hurt",
  // "nearly 40 boats have".
  const bool number_adverb = (first == Upos::ADV || first == Upos::ADP) && i + 2 < end && ctx.tagged(i + 1).upos == Upos::NUM &&
                             (ctx.tagged(i + 2).upos == Upos::NOUN || ctx.tagged(i + 2).upos == Upos::ADJ);
  // Or on a negative conjunction before its noun phrase: "neither the pilots nor".
  const bool negative_pair = first == Upos::CCONJ && ctx.has(i, lang::kNegation) && ctx.starts_noun_phrase(i + 1);
  // Or on a gerund, which the tagger may read as a present participle:
  // "says running for office is hard", "said widening the quay could".
  const Token& opener = ctx.tagged(i);
  const uint8_t opener_form = feature(opener.feats, Feat::verb_form);
  const bool gerund = opener.upos == Upos::VERB && (opener_form == feat::ger ||
                                                   (opener_form == feat::part && feature(opener.feats, Feat::tense) == feat::pres));
  const bool subject = gerund || ctx.starts_noun_phrase(i) || first == Upos::PRON || first == Upos::DET || first == Upos::NOUN ||
                       first == Upos::PROPN || first == Upos::ADJ || first == Upos::NUM || number_adverb ||
                       negative_pair;
  if (!subject || ctx.is_que(i)) return false;
  // A pronoun that is only ever a personal subject ("they", "she") cannot
  // be the cue's object: a clause opens on it, whatever the tagger made of
  // the verb after it ("said they back ...", "back" read as an adposition).
  // Not one that is also impersonal, which may be an object ("said it again").
  if (ctx.has(i, lang::kSubjectPronoun) && !ctx.role(i, lang::kDisjunctivePronoun | lang::kImpersonalPronoun) &&
      i + 1 < end && !ctx.is_punct(i + 1))
    return true;
  uint32_t limit = i + kMaxSubject;
  for (uint32_t k = i + 1; k < end && k <= limit; ++k) {
    if (ctx.token(k).kind == TokenKind::quote_open) continue;
    // A quotation that opened inside the clause may close in it: 'the
    // words "ebb" the ships with the tide'.
    if (const Token& t = ctx.token(k); t.kind == TokenKind::quote_close && t.quote >= 0 &&
                                       ctx.doc().quotes[t.quote].first_token > opening)
      continue;
    // A hyphen inside a word the tokenizer cut ("X-ray") is no boundary.
    if (glued_hyphen(ctx, k, end)) continue;
    // An apposition or participle between commas inside the subject: "the
    // program, run by the department, has brought".
    if (ctx.is_comma(k) && k > i + 1) {
      const uint32_t close = incise_end(ctx, k, end);
      if (close > k + 1 && close + 1 < end && !ctx.is_comma(close + 1) && close - k <= kMaxSubject &&
          qualifies_subject(ctx, k + 1, close)) {
        limit += close - k;
        k = close;
        continue;
      }
    }
    // A relative clause on the subject's noun ("the tolls that go with
    // the licence exceed ..."): its verb is not the clause's, which comes after.
    if (const uint32_t verb = relative_verb_after_noun(ctx, k, end); verb != k) {
      limit += verb - k;
      k = verb;
      continue;
    }
    // A lone apostrophe the tagger reads as the possessive: "Varga' boat".
    if (ctx.is_punct(k) && ctx.tagged(k).upos == Upos::PART) continue;
    if (ctx.is_punct(k) || ctx.is_quote_mark(k) || ctx.is_que(k)) return false;
    if (finite_verb_at(ctx, k) || finite_after_subject(ctx, k)) return true;
  }
  return false;
}

// The start of a clause's subject: a determiner, a pronoun, a noun, a name, a number.
bool indirect_question_at(const Context& ctx, uint32_t i, uint32_t end, bool asks) {
  if (i + 1 >= end || !(ctx.role(i, lang::kInterrogative) || (asks && ctx.has(i, lang::kHypothetical)))) return false;
  const auto opens_clause = [&](uint32_t k) {
    const Upos u = ctx.tagged(k).upos;
    return u == Upos::DET || u == Upos::PRON || u == Upos::NOUN || u == Upos::PROPN || u == Upos::NUM;
  };
  if (opens_clause(i + 1)) return true;
  // The interrogative may qualify an adjective or adverb before the clause:
  // "explained how hard the winter was", "asked how often the ferries run".
  const Upos next = ctx.tagged(i + 1).upos;
  return (next == Upos::ADJ || next == Upos::ADV) && i + 2 < end && opens_clause(i + 2);
}

TokenRange object_recipient_at(const Context& ctx, uint32_t from, uint32_t end, bool asks) {
  // Room for a name and what it belongs to: "told the rowing members at the
  // harbour club that", "told Anna Berg of the Valbourg Herald".
  constexpr uint32_t kMaxRecipient = 10;
  if (from >= end || ctx.is_que(from)) return {};
  if (ctx.role(from, lang::kDisjunctivePronoun)) return {from, from + 1};
  const Upos first = ctx.tagged(from).upos;
  if (!ctx.starts_noun_phrase(from) && first != Upos::NOUN && first != Upos::PROPN) return {};
  if (ctx.has(from, lang::kSubjectPronoun)) return {};
  uint32_t limit = from + kMaxRecipient;
  for (uint32_t k = from + 1; k < end && k <= limit; ++k) {
    // A programme's title counts as one word: "told the network's \"Morning Forum\" that".
    if (const uint32_t title_end = quoted_title_end(ctx, k, from, end); title_end > k) {
      limit += title_end - k - 1;
      k = title_end - 1;
      continue;
    }
    // Up to the complementizer, a colon, a comma or the end: "told
    // reporters that", "'...,' the mayor told reporters."
    if (ctx.is_que(k) || ctx.is_punct(k)) return {from, k};
    // Or up to an indirect question: "asked the skipper whether the quay was safe".
    if (indirect_question_at(ctx, k, end, asks)) return {from, k};
    if (ctx.is_quote_mark(k) || finite_verb_at(ctx, k)) return {};
    // A time adverbial that closes the clause is no part of the recipient:
    // "told the group this week."
    if (const uint32_t past = time_adverbial_end(ctx, k, end); past > k && (past >= end || ctx.is_punct(past)))
      return {from, k};
    // "urged residents to stay": the infinitive's link after the recipient.
    if (ctx.role(k, lang::kDative) && !ctx.role(k, lang::kContracted) && k + 1 < end && infinitive_at(ctx, k + 1, end))
      return {from, k};
    // "told reporters the talks had failed": a clause after the recipient.
    // (Its subject may be any pronoun: "told the panel it was clear that".)
    if (bare_clause_at(ctx, k, end) &&
        (ctx.has(k, lang::kDeterminer | lang::kSubjectPronoun) || ctx.capitalized(k) || ctx.tagged(k).upos == Upos::PRON))
      return {from, k};
  }
  return {};
}

}  // namespace whosaid::extract
