// Reported speech with the subject first:
//   "SRC CUE (à RECIPIENT) que CONTENT"   "Une source a déclaré que ..."
//   "SRC CUE (à RECIPIENT) : « QUOTE »"   "Il a déclaré : « ... »"
//   "SRC CUE que A et CUE que B"           coordinated cues share the subject
// with incises anywhere between cue and "que" (", en public et en privé,");
// and, for the cues whose frames allow it (data/lang/fr/cue_verbs.tsv):
//   "SRC CUE (à R) de INF ..."             "demande au gouvernement d'intervenir"
//   "SRC CUE à ..."                        "appelle à résister", "en appelle à l'action"
//   "SRC CUE NP ..."                       "a salué les prises de position", "accuse X de Y"
// A frame followed by ": « QUOTE »" also gives the quotation to the same cue.
#include "extract/circumstance.h"
#include "extract/finding.h"
#include "extract/noun_phrase.h"

namespace whosaid::extract {
namespace {

// A clause that a comma closes: the content ends at its first comma outside
// a quotation.
void end_at_first_comma(const Context& ctx, TokenRange& content) {
  for (uint32_t i = content.first; i < content.end; ++i)
    if (ctx.is_comma(i) && ctx.token(i).quote < 0) {
      content.end = i;
      return;
    }
}

// "Asked whether ...,", "When asked how ...,": a past participle that opens
// the sentence (after a subordinating conjunction or an interrogative at
// most) heads a clause whose subject is the main clause's, the one asked.
bool opens_participial_clause(const Context& ctx, uint32_t sentence_first, const CueMatch& m) {
  const bool opener = ctx.tagged(sentence_first).upos == Upos::SCONJ || ctx.role(sentence_first, lang::kInterrogative);
  const bool at_start = m.range.first == sentence_first || (m.range.first == sentence_first + 1 && opener);
  const Token& t = ctx.tagged(m.head);
  return at_start && m.head == m.range.first && t.upos == Upos::VERB && feature(t.feats, Feat::verb_form) == feat::part;
}

// "On vous explique pourquoi ...", "on vous dit tout": the outlet addressing
// its reader (a generic subject, a second-person recipient clitic) reports
// no one's words.
bool addresses_the_reader(const Context& ctx, TokenRange subject, const CueMatch& m) {
  if (subject.end != subject.first + 1 || !ctx.role(subject.first, lang::kGenericPronoun)) return false;
  for (uint32_t i = subject.end; i < m.range.end && i <= m.head; ++i)
    if (ctx.role(i, lang::kDativeClitic) && feature(ctx.tagged(i).feats, Feat::person) == 2) return true;
  return false;
}

// The quotation that opens right at token i (skipping nothing), or -1.
int32_t quotation_opening_at(const Context& ctx, uint32_t i) {
  if (i >= ctx.size() || ctx.token(i).kind != TokenKind::quote_open) return -1;
  const int32_t q = ctx.token(i).quote;
  if (q < 0 || ctx.doc().quotes[q].first_token != i + 1) return -1;
  return q;
}

// After the cue (and recipient), find "que", ":" or an indirect question
// (`asks`: the cue's frame question) — possibly after comma-delimited
// incises. Returns its token, or UINT32_MAX.
uint32_t find_complement(const Context& ctx, uint32_t i, uint32_t end, bool asks) {
  constexpr uint32_t kNone = UINT32_MAX;
  // Circumstances between the cue and what it introduces: "a déclaré mardi
  // que", "a dit aussi que", "a indiqué dans un communiqué que", "a réagi,
  // jeudi, lors d'une conférence de presse : « ... »".
  for (int hops = 0; hops < 6 && i < end; ++hops) {
    i = skip_circumstances(ctx, i, end, true);
    if (i >= end) return kNone;
    // "complète plus que jamais": a comparison's "que" introduces nothing.
    if (ctx.is_que(i) && i > 0 && ctx.has(i - 1, lang::kComparative)) return kNone;
    if (ctx.is_que(i) || ctx.is(i, ":") || indirect_question_at(ctx, i, end, asks)) return i;
    if (!ctx.is_comma(i)) return kNone;
    // 'He said, "We have plans."': a comma before a quotation reads as a colon.
    if (quotation_opening_at(ctx, i + 1) >= 0) return i;
    uint32_t k = i + 1;
    while (k < end && !ctx.is_comma(k) && !ctx.is(k, ":") && k - i < 30) {
      // A verb of saying, a quotation or a clause inside: not an incise.
      if (ctx.has(k, lang::kCueVerbForm | lang::kAuxiliary) || ctx.is_quote_mark(k) || ctx.is_que(k)) return kNone;
      ++k;
    }
    if (k >= end) return kNone;
    // ", sous couvert d'anonymat, que" / ", jeudi : « ... »": the incise closes on the complement.
    if (ctx.is(k, ":")) return k;
    if (!ctx.is_comma(k)) return kNone;
    if (k + 1 < end && ctx.is_que(k + 1)) return k + 1;
    i = k + 1;
  }
  return kNone;
}

// Does an object noun phrase start at i? Not a clause or punctuation; a
// possessive only when `possessive` (see possessive_object_reports).
bool object_at(const Context& ctx, uint32_t i, uint32_t end, bool possessive) {
  if (i >= end) return false;
  if (ctx.token(i).kind == TokenKind::quote_open) return true;  // s'est dite « très préoccupée »
  if (ctx.role(i, lang::kDemonstrativePronoun) && i + 1 < end && ctx.is_que(i + 1)) return true;  // dénoncer ce qu'ils qualifient
  const lang::LexEntry* e = ctx.entry(i);
  if (e && (e->flags & lang::kDeterminer)) return possessive || !e->possessive;
  if (ctx.has(i, lang::kNumberWord) || ctx.token(i).kind == TokenKind::number) return true;  // "a annoncé deux interpellations"
  if (ctx.capitalized(i) && !ctx.has(i, lang::kStopword)) return true;
  if (ctx.has(i, lang::kPreposition | lang::kSubjectPronoun) || ctx.is_que(i)) return false;
  const Token& t = ctx.tagged(i);
  // An object pronoun after the verb ("called it a mistake", "cited them"),
  // a gerund ("called for reducing the rate").
  if (t.upos == Upos::PRON && !ctx.role(i, lang::kRelativePronoun | lang::kDemonstrativePronoun)) return true;
  const uint8_t form = feature(t.feats, Feat::verb_form);
  if (t.upos == Upos::VERB && (form == feat::ger || (form == feat::part && feature(t.feats, Feat::tense) == feat::pres)))
    return true;
  // A bare noun, or one after its adjectives: "denied reports that",
  // "condemned violence", "cited derogatory comments".
  uint32_t k = i;
  // (Its adjectives may be quantities: "called for more spending".)
  while (k < end && k < i + 3 && ctx.tagged(k).upos == Upos::ADJ) ++k;
  return k < end && !ctx.has(k, lang::kStopword | lang::kPreposition) && ctx.tagged(k).upos == Upos::NOUN;
}

// Where a noun-phrase content ends: before an adjunct that follows it after
// a comma (", après un attentat", ", une semaine plus tard") or right after a quotation ("un « geste »
// dans ce contexte"); the noun's own complements ("de ...") stay.
// Whether the quotation closed at `close` holds an adjective alone (with its
// adverbs): "se disant « confiante » pour la suite", where the preposition
// after it opens the adjective's complement, not a circumstance of the cue
// ("dénonce « une manœuvre » dans un communiqué").
bool quoted_adjective_before(const Context& ctx, uint32_t close) {
  const int32_t qi = ctx.token(close).quote;
  if (qi < 0) return false;
  const Quotation& q = ctx.doc().quotes[qi];
  if (q.end_token != close || q.end_token <= q.first_token) return false;
  bool adjective = false;
  for (uint32_t k = q.first_token; k < q.end_token; ++k) {
    const Upos u = ctx.tagged(k).upos;
    if (u == Upos::ADJ) adjective = true;
    else if (u != Upos::ADV) return false;
  }
  return adjective;
}

uint32_t object_end(const Context& ctx, uint32_t first, uint32_t end) {
  for (uint32_t i = first + 1; i + 1 < end; ++i) {
    // ", une semaine après le scrutin": a time adverbial after a comma.
    if (ctx.is_comma(i) && time_adverbial_end(ctx, i + 1, end) > i + 1) return i;
    // ", the crews knew it": a clause after a comma, its verb before the
    // next comma, is no part of a noun phrase (", Anna Berg, qui ..." is an
    // apposition, then a relative clause on it).
    if (ctx.is_comma(i) && ctx.token(i).quote < 0 && !ctx.role(i + 1, lang::kRelativePronoun | lang::kSubjectRelative)) {
      uint32_t next = i + 1;
      while (next < end && !ctx.is_comma(next)) ++next;
      if (bare_clause_at(ctx, i + 1, next)) return i;
    }
    if (!ctx.has(i + 1, lang::kPreposition)) continue;
    if (ctx.is_comma(i)) return i;
    if (ctx.token(i).kind == TokenKind::quote_close && !quoted_adjective_before(ctx, i)) return i + 1;
  }
  return end;
}

// The subject of the main clause before a participle or purpose cue at
// `limit`: the sentence's subject, or else the phrase before its first
// auxiliary ("Le parti X, de l'ancien président Y, a interpellé ... pour regretter").
TokenRange main_clause_subject(const Context& ctx, uint32_t first, uint32_t limit) {
  if (const TokenRange subject = sentence_subject(ctx, first, limit); !subject.empty()) {
    // A pronoun subject is one word: "il faut ... pour solliciter" is impersonal, no speaker.
    if (ctx.has(subject.first, lang::kSubjectPronoun) && subject.end > subject.first + 1) return {};
    return subject;
  }
  for (uint32_t i = first + 1; i < limit; ++i)
    if (ctx.has(i, lang::kAuxiliary)) {
      const TokenRange subject = subject_before(ctx, i, first, false);
      return !subject.empty() && names_a_speaker(ctx, subject) ? subject : TokenRange{};
    }
  return {};
}

// Whether the lexicon conjugates token i as an infinitive ("avoir", "être",
// "savoir"), rather than guessing from its ending.
bool known_infinitive(const Context& ctx, uint32_t i) {
  const lang::LexEntry* e = ctx.entry(i);
  if (!e) return false;
  const auto& forms = ctx.lexicon().verb_forms();
  for (uint32_t f = e->verb_forms_begin; f < e->verb_forms_end; ++f)
    if (forms[f].mood == lang::Mood::infinitive) return true;
  return false;
}

// "the rules that could close ...", "a show that aired": in a language whose
// cue forms are also nouns (syntax.tsv cue_homographs tagger), a cue right
// before "that" and a verb is a noun with its relative clause, since a
// complementizer is followed by its clause's subject.
bool relative_after_noun(const Context& ctx, const CueMatch& m, uint32_t que, uint32_t end) {
  if (!ctx.lexicon().tagger_decides_cues() || que != m.range.end || que + 1 >= end) return false;
  if (!ctx.may_be(m.head, 1u << static_cast<unsigned>(Upos::NOUN))) return false;
  const uint32_t next = que + 1;
  if (ctx.has(next, lang::kAuxiliary | lang::kModal) || finite_verb_at(ctx, next)) return true;
  // A base form ("rules that promise"), a past form ("a show that aired");
  // not an -ing form, which may open the subject ("fear that rising rents").
  const Token& t = ctx.tagged(next);
  const uint8_t form = feature(t.feats, Feat::verb_form);
  return t.upos == Upos::VERB &&
         (form == feat::inf || (form == feat::part && feature(t.feats, Feat::tense) == feat::past));
}

// The complement frame after a cue: the content's first token and the rule, or {end, ""}.
struct Frame {
  uint32_t first = 0;
  std::string_view rule;
};

// A possessive object reports what the source said when the cue's data says
// its object is the thing said (frame possessive: "outlined his plan",
// "defended her record"; not "called her mother", "a confirmé sa place"),
// and when the cue is said, not only to come: under a modal or another verb
// ("cannot defend his record"), or an infinitive ("to defend her record").
bool possessive_object_reports(const Context& ctx, const CueMatch& m) {
  if (!(m.cue->frames & lang::kFramePossessive) || m.purpose || m.mood == lang::Mood::infinitive) return false;
  for (uint32_t k = m.range.first; k < m.head; ++k)
    if (ctx.has(k, lang::kModal) || ctx.tagged(k).upos == Upos::VERB) return false;
  return true;
}

Frame complement_frame(const Context& ctx, const CueMatch& m, uint32_t i, uint32_t end) {
  const lang::Cue& cue = *m.cue;
  uint32_t start = i;
  i = skip_circumstances(ctx, i, end, false);
  // An incise between the verb and its object: "ont insisté, dans la salle du conseil, sur".
  if (i < end && ctx.is_comma(i)) {
    const uint32_t close = incise_end(ctx, i, end);
    if (close == i) return {};
    start = i = skip_circumstances(ctx, close + 1, end, false);
  }
  if (i >= end) return {};
  // "affirme avoir vu", "dit ne rien savoir": an infinitive (behind its negation) is the content.
  if (cue.frames & lang::kFrameInfinitive) {
    uint32_t k = i;
    while (k < end && ctx.has(k, lang::kNegation)) ++k;
    if (k < end && !ctx.has(k, lang::kDeterminer) && infinitive_at(ctx, k, end) &&
        (known_infinitive(ctx, k) || !ctx.has(k, lang::kStopword | lang::kPreposition))) {
      // The negation of the infinitive is content: "dit ne rien savoir".
      while (k > start && ctx.has(k - 1, lang::kNegation)) --k;
      return {k, "fr.infinitive"};
    }
  }
  const bool contracted = ctx.role(i, lang::kContracted);
  if (ctx.role(i, lang::kGenitive) && !contracted && (cue.frames & lang::kFrameDeInfinitive) && infinitive_at(ctx, i + 1, end))
    return {i, "fr.de_infinitive"};
  if (ctx.role(i, lang::kDative) && !contracted && (cue.frames & lang::kFrameAInfinitive)) return {i, "fr.a_complement"};
  if ((cue.frames & lang::kFrameClause) && bare_clause_at(ctx, i, end)) return {i, "fr.clause"};
  if ((cue.frames & lang::kFrameObject) && object_at(ctx, i, end, possessive_object_reports(ctx, m))) return {i, "fr.object"};
  // The preposition of a multi-word or pronominal cue: "fait part de sa
  // colère", "s'inquiète des menaces", "se félicite du résultat".
  const bool own_preposition = !cue.tail.empty() || ctx.lexicon().verbs()[cue.verb].pronominal;
  if ((cue.frames & lang::kFrameObject) && own_preposition &&
      ctx.role(i, lang::kGenitive) && i + 1 < end && !ctx.is_punct(i + 1))
    return {i, "fr.object"};
  return {};
}

std::string_view coordinated_rule(std::string_view rule) {
  if (rule == "fr.que") return "fr.que.coordinated";
  if (rule == "fr.colon.quote" || rule == "fr.colon") return "fr.colon.coordinated";
  return "fr.frame.coordinated";
}

}  // namespace

void find_reported_speech(const SentenceInput& in, std::vector<Finding>& out) {
  const Context& ctx = in.ctx;
  const uint32_t end = in.sentence.end_token;
  for (size_t c = 0; c < in.cues.size(); ++c) {
    const CueMatch& m = in.cues[c];
    if (in.used[c] || m.passive) continue;
    Finding f = finding_for(in, m);
    const bool asks = (m.cue->frames & lang::kFrameQuestion) != 0;
    uint32_t after = m.range.end;
    if (m.object_clitic != UINT32_MAX) f.recipient = TokenRange{m.object_clitic, m.object_clitic + 1};
    // "à X" is a recipient ("a déclaré à la presse"), unless the cue takes
    // "à" as its complement ("appelle à la grève").
    // Circumstances may come first: "a rappelé ce matin à ses collègues que".
    if (!(m.cue->frames & lang::kFrameAInfinitive)) {
      const uint32_t past = skip_circumstances(ctx, after, end, false);
      if (TokenRange r = recipient_at(ctx, past, end); !r.empty()) {
        f.recipient = r;
        after = r.end;
      }
    }
    // "told reporters that": the cue's object is its recipient.
    // Not when nothing follows it and the cue takes an object: "called for
    // a vote." reports the vote.
    if (m.cue->frames & lang::kFrameRecipient) {
      const uint32_t past = skip_circumstances(ctx, after, end, false);
      if (TokenRange r = object_recipient_at(ctx, past, end, asks);
          !r.empty() && !((m.cue->frames & lang::kFrameObject) && (r.end >= end || ctx.is_punct(r.end)))) {
        f.recipient = r;
        after = r.end;
      }
    }
    const uint32_t complement = find_complement(ctx, after, end, asks);
    Frame frame;
    if (complement == UINT32_MAX) {
      if (m.cue->type == AttributionType::refusal) continue;
      frame = complement_frame(ctx, m, after, end);
      // A headline drops its copula: "Okafor says harbour board 'quite wrong'
      // on fees" reports a clause with no verb (syntax.tsv headline_speaker
      // colon: a language whose headlines are so written). Not in a title
      // in title case, whose capitals hide which word is the verb ("Power
      // Plant Rules Face Test"), nor in a text of one paragraph, which may be
      // a sentence alone rather than a title.
      if (frame.rule.empty() && (m.cue->frames & lang::kFrameClause) && ctx.lexicon().headline_colon_speaks() &&
          is_title(in) && ctx.doc().paragraphs.size() > 1 && m.mood == lang::Mood::finite && !ctx.capitalized(m.head))
        if (const uint32_t k = skip_circumstances(ctx, after, end, false); k + 1 < end && ctx.starts_noun_phrase(k))
          frame = {k, "fr.headline.clause"};
      if (frame.rule.empty()) continue;
      f.content = {frame.first, content_end(in, frame.first)};
      if (frame.rule == "fr.object") f.content.end = object_end(ctx, frame.first, f.content.end);
      // A cue whose tail ends in its own preposition ("insister sur", "mettre
      // en garde contre"): the preposition opens the content, as for "de".
      if (!ctx.lexicon().tail_preposition_in_cue() && !m.cue->tail.empty() && f.cue.end == frame.first &&
          ctx.has(f.cue.end - 1, lang::kPreposition) && f.cue.end - 1 > m.head) {
        --f.cue.end;
        --f.content.first;
      }
      f.rule = frame.rule;
      // "urged voters to leave": the object is the infinitive's subject.
      if (ctx.lexicon().object_recipient_in_content() && frame.rule == "fr.a_complement" && f.recipient &&
          !f.recipient->empty() && f.recipient->end <= frame.first && f.recipient->first >= m.range.end &&
          !ctx.has(f.recipient->first, lang::kPreposition) && m.object_clitic == UINT32_MAX)
        f.content.first = f.recipient->first;
      // An object that is a quotation ends with it: s'est dite « très
      // préoccupée ». Not when the noun phrase goes on: déplore « l'échec » de la rencontre.
      const Token& opening = ctx.token(frame.first);
      if (opening.kind == TokenKind::quote_open && opening.quote >= 0) {
        const Quotation& q = ctx.doc().quotes[opening.quote];
        const uint32_t after_quote = q.end_token + 1;
        const bool phrase_goes_on = after_quote < end && !ctx.is_punct(after_quote) &&
                                    (!ctx.has(after_quote, lang::kPreposition) || quoted_adjective_before(ctx, q.end_token));
        if (q.first_token == frame.first + 1 && q.closed && !phrase_goes_on) f.content.end = after_quote;
      }
    } else if (ctx.is_que(complement)) {
      if (!(m.cue->frames & lang::kFrameQue)) continue;
      if (relative_after_noun(ctx, m, complement, end)) continue;
      f.content = {complement, content_end(in, complement)};
      f.rule = "fr.que";
    } else if (!ctx.is(complement, ":") && !ctx.is_comma(complement)) {
      // "se demande si ...", "a expliqué pourquoi ...": any cue reports an
      // indirect question, whatever its frames (a question is a statement,
      // GUIDELINES 6).
      if (m.cue->type == AttributionType::refusal) continue;
      f.content = {complement, content_end(in, complement)};
      f.rule = "fr.interrogative";
    } else {
      if (!(m.cue->frames & lang::kFrameColon)) continue;
      const int32_t q = quotation_opening_at(ctx, complement + 1);
      if (q >= 0) {
        const Quotation& quote = ctx.doc().quotes[q];
        f.content = {quote.first_token, quote.end_token};
        f.rule = "fr.colon.quote";
      } else {
        f.content = {complement + 1, content_end(in, complement + 1)};
        f.rule = "fr.colon";
      }
    }
    if (f.content.empty()) continue;
    if (m.narrative) f.rule = "fr.narrative_infinitive";
    if (!frame.rule.empty() && f.content.end < end && !ctx.is(f.content.end, ":") &&
        f.content.end - f.content.first < 2)
      continue;
    // The subject: an inverted clitic, the phrase before the cue, or the
    // subject of the cue this one is coordinated with.
    if (asks && f.rule == "fr.interrogative" && opens_participial_clause(ctx, in.sentence.first_token, m)) {
      // "Asked whether the quay was safe, Varga said ...": who asked is not
      // named (the reporter); the question ends with its clause.
      end_at_first_comma(ctx, f.content);
      f.rule = "fr.participle.question";
    } else if (m.inverted) {
      take_clitic_source(f, m);
    } else if (m.mood == lang::Mood::present_participle || m.purpose) {
      // ", estimant que ...": the subject of the sentence's main clause, which
      // an earlier attribution of the sentence may already have found.
      const bool earlier = !out.empty() && out.back().sentence == in.sentence_index;
      // "demande à X d'intervenir pour rappeler ...": a purpose inside another
      // attribution's content is part of what that one reports.
      if (m.purpose && earlier && out.back().content.first <= m.range.first && m.range.first < out.back().content.end)
        continue;
      if (earlier) {
        f.inherits_source_of = static_cast<int>(out.size() - 1);
      } else {
        const TokenRange subject = main_clause_subject(ctx, in.sentence.first_token, m.range.first);
        if (subject.empty()) continue;
        f.source = subject;
      }
      f.rule = m.purpose ? "fr.purpose" : "fr.participle";
    } else {
      const TokenRange subject = m.speaker_clitic != UINT32_MAX
                                     ? TokenRange{m.speaker_clitic, m.speaker_clitic + 1}
                                     : subject_before(ctx, m.range.first, in.sentence.first_token, false);
      if (!subject.empty() && addresses_the_reader(ctx, subject, m)) continue;
      if (m.speaker_clitic != UINT32_MAX) {
        // The clitic stands for a person named before: a pronoun, resolved
        // as the inverted clitics are ("a-t-il").
        const lang::LexEntry* e = ctx.entry(m.speaker_clitic);
        f.clitic = ctx.token(m.speaker_clitic).original;
        f.clitic_gender = e ? e->gender : Gender::unknown;
        f.clitic_plural = e && e->plural;
        f.rule = "fr.perception";
      } else if (!subject.empty()) {
        // A bare noun phrase before an object frame must name a speaker ("Le film raconte ..." does not).
        // An infinitive complement is itself the mark of speech ("Le gardien assure n'avoir rien vu").
        // A belief ("espère mobiliser") keeps the test.
        // So is a clause without its complementizer, which only a verb of
        // speech or thought takes ("The carpenter said she was tired").
        const bool speech_infinitive = frame.rule == "fr.infinitive" && !m.cue->belief;
        const bool bare_clause = frame.rule == "fr.clause";
        if (!frame.rule.empty() && !speech_infinitive && !bare_clause && !names_a_speaker(ctx, subject)) continue;
        take_subject_source(ctx, f, subject, m.range.first, in.sentence.first_token);
      } else if (m.range.first > in.sentence.first_token && ctx.is_conjunction(m.range.first - 1) && !out.empty() &&
                 out.back().sentence == in.sentence_index) {
        f.inherits_source_of = static_cast<int>(out.size() - 1);
        f.rule = coordinated_rule(f.rule);
      } else if (m.range.first > in.sentence.first_token && ctx.is_conjunction(m.range.first - 1) && c > 0) {
        // "X fait part de sa colère et demande ...": the earlier cue gave no
        // attribution, but its subject is this one's too.
        const TokenRange shared = subject_before(ctx, in.cues[c - 1].range.first, in.sentence.first_token, false);
        if (shared.empty()) continue;
        f.source = shared;
        f.rule = coordinated_rule(f.rule);
      } else if (m.range.first > in.sentence.first_token && ctx.is_conjunction(m.range.first - 1)) {
        // "X s'était voulu rassurant et avait assuré que", "X démissionne et
        // accuse Y de": the verb before the conjunction is no cue; the
        // sentence's subject is this cue's.
        const TokenRange shared = sentence_subject(ctx, in.sentence.first_token, m.range.first);
        if (shared.empty()) continue;
        f.source = shared;
        f.rule = coordinated_rule(f.rule);
      } else {
        continue;
      }
    }
    // "Même si le maire affirme que tout va bien, les habitants doutent": a
    // subordinate clause's content ends at the comma that closes it; so does
    // a relative clause's between commas ("Okafor, who said the quay was
    // safe, left").
    const bool subordinate = !f.source.empty() && f.source.first > in.sentence.first_token &&
                             ctx.has(f.source.first - 1, lang::kHypothetical);
    const uint32_t relative = subject_relative_before(ctx, m.range.first, in.sentence.first_token);
    const bool incise_relative = relative != UINT32_MAX && relative > in.sentence.first_token && ctx.is_comma(relative - 1);
    if (subordinate || incise_relative) end_at_first_comma(ctx, f.content);
    in.used[c] = true;
    out.push_back(f);
    // "X appelle à résister : « QUOTE »": the quotation is X's words too.
    const uint32_t colon = out.back().content.end;
    if (!frame.rule.empty() && colon + 1 < end && ctx.is(colon, ":")) {
      const int32_t q = quotation_opening_at(ctx, colon + 1);
      if (q >= 0) {
        Finding quoted = out.back();
        quoted.content = {ctx.doc().quotes[q].first_token, ctx.doc().quotes[q].end_token};
        quoted.rule = "fr.colon.quote";
        out.push_back(quoted);
      }
    }
  }
}

}  // namespace whosaid::extract
