#include "entities/mention_reading.h"

#include <algorithm>
#include <array>

#include "entities/place_names.h"

namespace whosaid::entities {

using extract::Context;
using extract::TokenRange;

namespace {

// Lexicon classes that cannot start a name, even capitalized at the start of a
// sentence ("Selon", "Le", "Une", "Mais").
constexpr uint32_t kNotNameStart =
    lang::kDeterminer | lang::kTitle | lang::kStopword | lang::kSourceNoun | lang::kOrganizationNoun |
    lang::kNationality | lang::kNationalityNoun | lang::kSubjectPronoun | lang::kConjunction | lang::kPreposition |
    lang::kAccordingTo | lang::kInstitution | lang::kCueVerbForm | lang::kAuxiliary | lang::kNumberWord |
    lang::kOrdinal | lang::kNegation | lang::kComplementizer | lang::kAdverb | lang::kModal;

// Lower-case words that stand inside a name ("Charles de Gaulle", "Jan van
// Eyck"): the name_particle role of function_words.tsv.
bool particle(const Context& ctx, uint32_t i) { return ctx.role(i, lang::kNameParticle); }

// Words that make what follows a complement ("de Nantes", "à Paris", "du
// Kremlin"): the complement_preposition role.
bool complement_preposition(const Context& ctx, uint32_t i) { return ctx.role(i, lang::kComplementPreposition); }

uint32_t flags_of(const Context& ctx, uint32_t i) {
  const lang::LexEntry* e = ctx.entry(i);
  return e ? e->flags : 0;
}

bool word_token(const Context& ctx, uint32_t i) { return i < ctx.size() && ctx.token(i).kind == TokenKind::word; }

bool name_start(const Context& ctx, uint32_t i) {
  return word_token(ctx, i) && ctx.capitalized(i) && (flags_of(ctx, i) & kNotNameStart) == 0;
}

bool name_continues(const Context& ctx, uint32_t i) {
  const lang::LexEntry* e = ctx.entry(i);
  if (e && (e->flags & lang::kTitle) && e->honorific) return false;  // "M." of "M. Dupont"
  return word_token(ctx, i) && ctx.capitalized(i) &&
         (flags_of(ctx, i) & (lang::kConjunction | lang::kPreposition | lang::kInstitution | lang::kSubjectPronoun |
                              lang::kNationality | lang::kNationalityNoun | lang::kCueVerbForm | lang::kAuxiliary)) == 0 &&
         !((flags_of(ctx, i) & lang::kDeterminer) && !particle(ctx, i));
}

// The name run starting at i (a name_start token), bounded by end.
NameRun run_at(const Context& ctx, uint32_t i, uint32_t end) {
  NameRun run;
  run.first = i;
  uint32_t j = i + 1;
  // An acronym before a given name (the lexicon's first-name class) is a
  // body's name, a run of its own: "le coach du FCV Jean Dupont" (FCV, then
  // Jean Dupont); "RTS Info" stays one name.
  if (ctx.token(i).has(kAllCaps) && j < end && name_continues(ctx, j) &&
      feature(ctx.tagged(j).feats, Feat::name_class) == feat::first_name)
    end = j;
  while (j < end) {
    if (name_continues(ctx, j)) {
      ++j;
    } else if (word_token(ctx, j) && particle(ctx, j) && j + 1 < end && name_continues(ctx, j + 1) &&
               !(flags_of(ctx, j + 1) & lang::kDeterminer)) {
      j += 2;
    } else {
      break;
    }
  }
  run.end = j;
  for (uint32_t k = i; k < j; ++k) {
    if (!run.text.empty()) run.text += ' ';
    run.text += ctx.doc().slice(ctx.token(k).original);
  }
  run.words = j - i;
  run.surname_key = std::string(ctx.word(j - 1));
  if (run.words > 1) run.first_key = std::string(ctx.word(i));
  return run;
}

bool complement_word(const Context& ctx, uint32_t i) {
  return word_token(ctx, i) && (complement_preposition(ctx, i) || (flags_of(ctx, i) & lang::kPreposition));
}

// Whether what starts at token i is the complement of a preposition, looking
// back over determiners (but not past `floor`): "de l'Union", "d'Edwy".
bool after_preposition(const Context& ctx, uint32_t i, uint32_t floor) {
  uint32_t k = i;
  while (k > floor) {
    --k;
    if (complement_word(ctx, k)) return true;
    if (!(flags_of(ctx, k) & lang::kDeterminer) && !ctx.is_quote_mark(k)) return false;
  }
  return false;
}

std::string noun_lemma(const Context& ctx, uint32_t i) {
  const lang::LexEntry* e = ctx.entry(i);
  if (e && e->noun != UINT16_MAX && e->noun < ctx.lexicon().nouns().size()) return ctx.lexicon().nouns()[e->noun].lemma;
  return std::string(ctx.word(i));
}

bool stops_phrase(const Context& ctx, uint32_t i) {
  return ctx.is_comma(i) || ctx.role(i, lang::kRelativePronoun) || ctx.is_que(i) || ctx.is(i, "(") ||
         ctx.is(i, ")") || ctx.is(i, ":") || ctx.is(i, ";") || ctx.is(i, ".") || ctx.is_quote_mark(i);
}

bool ends_with_preposition(const Context& ctx, const lang::Phrase& p) {
  const lang::LexEntry* last = ctx.lexicon().find(p.words.back());
  return last != nullptr && (last->roles & lang::kComplementPreposition) != 0;
}

// Whether token k is a later word of an institution phrase ("Blanche" of "la
// Maison Blanche").
bool inside_institution(const Context& ctx, uint32_t k) {
  for (uint32_t back = 1; back <= 4 && back <= k; ++back) {
    const uint32_t n = phrase_at(ctx, k - back, k + 1, lang::PhraseKind::institution);
    if (n > back) return true;
  }
  return false;
}

bool anonymous_sourcing(const Context& ctx, const lang::LexEntry& e) {
  return e.noun != UINT16_MAX && e.noun < ctx.lexicon().nouns().size() && ctx.lexicon().nouns()[e.noun].anonymous_sourcing;
}

}  // namespace

TokenRange tokens_of(const Context& ctx, Span span) {
  const auto& tokens = ctx.doc().tokens;
  auto lo = std::lower_bound(tokens.begin(), tokens.end(), span.begin,
                             [](const Token& t, uint32_t offset) { return t.original.end <= offset; });
  TokenRange r{static_cast<uint32_t>(lo - tokens.begin()), static_cast<uint32_t>(lo - tokens.begin())};
  while (r.end < tokens.size() && tokens[r.end].original.begin < span.end) ++r.end;
  return r;
}

uint32_t phrase_at(const Context& ctx, uint32_t i, uint32_t end, lang::PhraseKind kind, std::string* value) {
  const lang::LexEntry* e = ctx.entry(i);
  if (!e) return 0;
  uint32_t best = 0;
  const auto& phrases = ctx.lexicon().phrases();
  for (uint32_t p = e->phrases_begin; p < e->phrases_end; ++p) {
    const lang::Phrase& phrase = phrases[p];
    if (phrase.kind != kind || phrase.words.size() <= best || i + phrase.words.size() > end) continue;
    bool match = true;
    for (size_t k = 0; k < phrase.words.size() && match; ++k) match = ctx.word(i + static_cast<uint32_t>(k)) == phrase.words[k];
    if (!match) continue;
    best = static_cast<uint32_t>(phrase.words.size());
    if (value) *value = phrase.value;
  }
  return best;
}

Span phrase_span(const Context& ctx, uint32_t i, uint32_t length, uint32_t end, uint32_t extra) {
  uint32_t j = i + length;
  // A reason may go on into another ("on condition of anonymity because he
  // was not authorized to ..."): one span; any other phrase starts its own.
  const bool reason = phrase_at(ctx, i, end, lang::PhraseKind::anonymity_reason) == length;
  for (uint32_t n = 0; n < extra && j < end && !stops_phrase(ctx, j); ++n) {
    if (phrase_at(ctx, j, end, lang::PhraseKind::knowledge)) break;
    if (const uint32_t more = phrase_at(ctx, j, end, lang::PhraseKind::anonymity_reason)) {
      if (!reason) break;
      j += more;
      continue;
    }
    ++j;
  }
  return ctx.span({i, j});
}

std::string country_at(const Context& ctx, uint32_t i, uint32_t end, uint32_t* length) {
  // PlaceNames::at finds nothing at a word that is not capitalized (most of
  // them: this is asked of every token of a document): not asked there.
  const bool may_be_place = i < end && ctx.capitalized(i) && ctx.token(i).kind == TokenKind::word;
  const lang::LexEntry* e = ctx.entry(i);
  if (!e) {
    if (!may_be_place) return {};
    const PlaceMatch place = places_of(ctx).at(ctx, i, end);
    if (!place.length) return {};
    if (length) *length = place.length;
    return std::string(place.country);
  }
  if (e->flags & lang::kInstitution) {
    std::string value;
    if (const uint32_t n = phrase_at(ctx, i, end, lang::PhraseKind::institution, &value)) {
      if (length) *length = n;
      return value.size() == 2 ? value : std::string();
    }
  }
  if ((e->flags & (lang::kNationality | lang::kNationalityNoun)) && e->country[0]) {
    if (length) *length = 1;
    return std::string(e->country, 2);
  }
  if (!may_be_place) return {};
  if (const PlaceMatch place = places_of(ctx).at(ctx, i, end); place.length) {
    if (length) *length = place.length;
    return std::string(place.country);
  }
  return {};
}

const PlaceNames& places_of(const Context& ctx) {
  // One table per language; remembered per thread so that a token's lookup
  // takes no lock.
  thread_local const lang::Lexicon* lexicon = nullptr;
  thread_local const PlaceNames* table = nullptr;
  if (lexicon != &ctx.lexicon()) {
    table = &PlaceNames::of(ctx.lexicon());
    lexicon = &ctx.lexicon();
  }
  return *table;
}

bool international_at(const Context& ctx, uint32_t i, uint32_t end) {
  const lang::LexEntry* e = ctx.entry(i);
  if (!e || !(e->flags & lang::kInstitution)) return false;
  std::string value = "?";
  // phrases.tsv writes "-" for a body of no one country; the lexicon keeps it empty.
  return phrase_at(ctx, i, end, lang::PhraseKind::institution, &value) && value.empty();
}

namespace {

// The country a mention's words tie it to: the first nationality, institution
// or place name; none when a plural names several countries ("les Etats-Unis
// et le Japon", a coalition); `international` when it names a body of no one
// country ("l'ONU").
void read_country(const Context& ctx, uint32_t first, uint32_t end, Reading& r) {
  for (uint32_t i = first; i < end; ++i) {
    if (international_at(ctx, i, end)) r.international = true;
    uint32_t length = 1;
    const std::string code = country_at(ctx, i, end, &length);
    if (code.empty()) continue;
    if (r.country.empty()) r.country = code;
    else if (code != r.country) r.several_countries = true;
    i += length - 1;
  }
  if (r.several_countries && r.plural) r.country.clear();
  else r.several_countries = false;
  // A place in apposition right after the mention: "l'hôpital X, à Rome, ...".
  const uint32_t sentence_end = ctx.sentence_of(first).end_token;
  if (r.country.empty() && end + 2 < sentence_end && ctx.is_comma(end) && !ctx.capitalized(end + 1) &&
      ctx.token(end + 1).kind == TokenKind::word) {
    uint32_t length = 1;
    const std::string code = country_at(ctx, end + 2, sentence_end, &length);
    if (!code.empty() && (end + 2 + length >= sentence_end || ctx.is_punct(end + 2 + length))) r.country = code;
  }
}

// The members a body lists in parentheses right after its name or inside the
// mention: "la coalition (A, B et C)" -> 3 (GUIDELINES 10.4); 0 when the
// parentheses hold one item ("l'Union européenne (UE)") or are not closed in
// the sentence.
int parenthesised_list_count(const Context& ctx, uint32_t first, uint32_t end) {
  const uint32_t sentence_end = ctx.sentence_of(first).end_token;
  uint32_t open = first;
  while (open <= end && open < sentence_end && !ctx.is(open, "(")) ++open;
  if (open > end || open >= sentence_end) return 0;
  int items = 1;
  bool item_has_word = false;
  for (uint32_t i = open + 1; i < sentence_end && i < open + 64; ++i) {
    if (ctx.is(i, ")")) return items >= 2 && item_has_word ? items : 0;
    if (ctx.is(i, "(")) return 0;
    if (ctx.is_comma(i) || ctx.has(i, lang::kConjunction)) {
      if (!item_has_word) continue;  // ", et": one separator
      ++items;
      item_has_word = false;
    } else if (ctx.token(i).kind == TokenKind::word) {
      item_has_word = true;
    }
  }
  return 0;
}

}  // namespace

namespace {

// What the steps of read_mention find and hand on: where the head noun is,
// the apposition head after a comma, and what kind of word opens the phrase.
struct Parts {
  uint32_t first = 0, end = 0;   // the mention's tokens
  int64_t head = -1;             // the head noun or function title
  int64_t apposition = -1;       // "Jean Dupont, (le) ministre de ...": "ministre"
  bool institution_head = false; // "le Kremlin", "la Maison Blanche"
  bool demonym_head = false;     // "les Américains"
  bool determiner_first = false;
  std::optional<NameRun> complement;  // a name after a preposition ("la maire de Nantes")
  const lang::LexEntry* head_entry(const Context& ctx) const {
    return head >= 0 ? ctx.entry(static_cast<uint32_t>(head)) : nullptr;
  }
};

// Step 1: what extraction already knows, and whether the mention is a
// clause's subject: not the object of a preposition ("de la maire"), nor the
// antecedent of a relative ("X, qui s'est dite ...").
void read_features(const Context& ctx, const Mention& m, Reading& r) {
  r.tokens = tokens_of(ctx, m.span);
  r.pronoun = m.pronoun;
  r.plural = m.plural || (m.count && *m.count > 1);
  r.gender = m.gender;
  r.definite = m.definite;
  r.indefinite = m.indefinite;
  const uint32_t first = r.tokens.first, end = r.tokens.end;
  if (first > 0 && ctx.sentence_index(first - 1) == ctx.sentence_index(first) && complement_word(ctx, first - 1))
    r.subject = false;
  if (ctx.role(end, lang::kSubjectRelative) || (ctx.is_comma(end) && ctx.role(end + 1, lang::kSubjectRelative)))
    r.subject = false;
}

// Step 2: the head, the first source or organization noun (or function title)
// of the first noun group, unless a name comes first ("Jean Dupont, directrice
// de ...": the noun after the comma is an apposition); and the determiner.
Parts find_head(const Context& ctx, Reading& r) {
  Parts p;
  p.first = r.tokens.first;
  p.end = r.tokens.end;
  const uint32_t first = p.first, end = p.end;
  r.demonstrative = ctx.role(first, lang::kDemonstrativeDeterminer);
  p.determiner_first = (flags_of(ctx, first) & lang::kDeterminer) != 0;
  uint32_t k = first;
  for (; k < end && !stops_phrase(ctx, k); ++k) {
    const uint32_t f = flags_of(ctx, k);
    if (k == first || (k > first && (flags_of(ctx, k - 1) & lang::kDeterminer) && k - 1 == first)) {
      if ((f & lang::kInstitution) && !country_at(ctx, k, end).empty()) p.institution_head = true;
      if ((f & lang::kInstitution) && phrase_at(ctx, k, end, lang::PhraseKind::institution)) p.institution_head = true;
    }
    // A nationality before the noun it qualifies ("two German diplomats",
    // "a senior French official"): an adjective, not a name or a demonym.
    if ((f & (lang::kNationality | lang::kNationalityNoun)) && k + 1 < end &&
        (flags_of(ctx, k + 1) & (lang::kSourceNoun | lang::kTitle)))
      continue;
    if (name_start(ctx, k) && p.head < 0) break;
    // A function title heads its phrase even when no source noun lists it
    // ("l'inspecteur de police X": the inspector, not the police).
    const bool function_title = (f & lang::kTitle) && !ctx.entry(k)->honorific;
    if ((f & (lang::kSourceNoun | lang::kOrganizationNoun) || function_title) && !(k > first && name_start(ctx, k - 1))) {
      p.head = k;
      break;
    }
    if ((f & lang::kNationalityNoun) && ctx.capitalized(k) && k > first) {
      p.demonym_head = true;
      p.head = -1;
      break;
    }
  }
  // An apposition head after the first comma: "Jean Dupont, (le) ministre de ...".
  for (uint32_t c = first; c < end; ++c) {
    if (!ctx.is_comma(c)) continue;
    uint32_t a = c + 1;
    while (a < end && (flags_of(ctx, a) & lang::kDeterminer)) ++a;
    if (a < end && (flags_of(ctx, a) & lang::kSourceNoun) && !(flags_of(ctx, a) & lang::kOrganizationNoun)) p.apposition = a;
    break;
  }
  return p;
}

// Step 3: what the head says: its lemma, function title, gender, whether it
// ties to a country at all.
void read_head(const Context& ctx, const Parts& p, Reading& r) {
  const int64_t head = p.head, apposition = p.apposition;
  if (head >= 0) {
    const lang::LexEntry* e = ctx.entry(static_cast<uint32_t>(head));
    r.head_key = noun_lemma(ctx, static_cast<uint32_t>(head));
    r.function_title = (e->flags & lang::kTitle) && !e->honorific;
    if (!r.function_title) {
      // titles.tsv lists an office in the singular: "les députés" is the office of "député".
      const lang::LexEntry* lemma = ctx.lexicon().find(r.head_key);
      r.function_title = lemma && (lemma->flags & lang::kTitle) && !lemma->honorific;
    }
    if (r.gender == Gender::unknown) r.gender = e->gender;
    if (e->noun != UINT16_MAX && e->noun < ctx.lexicon().nouns().size())
      r.stateless = ctx.lexicon().nouns()[e->noun].stateless;
  } else if (apposition >= 0) {
    r.head_key = noun_lemma(ctx, static_cast<uint32_t>(apposition));
  }
}

// Step 4: the name (the first capitalized run that is no complement, with its
// particles) and the complement names ("la maire de Nantes").
void read_names(const Context& ctx, Parts& p, Reading& r) {
  const uint32_t first = p.first, end = p.end;
  const int64_t head = p.head;
  std::optional<NameRun>& complement = p.complement;
  for (uint32_t i = first; i < end; ++i) {
    if (!name_start(ctx, i)) continue;
    if (ctx.is(i > 0 ? i - 1 : i, "(")) continue;
    NameRun run = run_at(ctx, i, end);
    const bool is_complement = after_preposition(ctx, i, first);
    if (is_complement) {
      if (!complement) complement = run;
    } else if (!r.name) {
      r.name = run;
    }
    i = run.end - 1;
  }
  // "un porte-parole du mouvement Les Verts": after an indefinite head, a name
  // with no comma before it names the body, not the speaker (an apposition
  // "un porte-parole, Jean Dupont," names the speaker).
  if (r.indefinite && head >= 0 && r.name && r.name->first > static_cast<uint32_t>(head)) {
    bool comma = false;
    for (uint32_t i = static_cast<uint32_t>(head); i < r.name->first; ++i) comma = comma || ctx.is_comma(i);
    if (!comma) {
      if (!complement) complement = r.name;
      r.name.reset();
    }
  }
  r.complement_name = complement.has_value();
  // An institution as complement names as well: "le porte-parole du Kremlin".
  for (uint32_t i = first + 1; i < end && !r.complement_name; ++i)
    if ((flags_of(ctx, i) & lang::kInstitution) && after_preposition(ctx, i, first) &&
        phrase_at(ctx, i, end, lang::PhraseKind::institution))
      r.complement_name = true;
  // Honorific gender: "M. Dupont", "Mme Dupont".
  for (uint32_t i = first; i < end && r.gender == Gender::unknown; ++i) {
    const lang::LexEntry* e = ctx.entry(i);
    if (e && (e->flags & lang::kTitle) && e->honorific) r.gender = e->gender;
  }
}

// An organization's words without its determiner: "le parti HVM" -> "parti hvm".
std::string key_without_determiner(const Context& ctx, uint32_t from, uint32_t end) {
  std::string key;
  for (uint32_t i = from; i < end && !stops_phrase(ctx, i); ++i) {
    if (i == from && (flags_of(ctx, i) & lang::kDeterminer)) continue;
    if (!key.empty()) key += ' ';
    key += ctx.word(i);
  }
  return key;
}

// Step 5: kind and named vs anonymous (GUIDELINES 10.2, 10.3), from the head's
// class, the determiner and the names.
void classify(const Context& ctx, const Parts& p, Reading& r) {
  const uint32_t first = p.first, end = p.end;
  const bool determiner_first = p.determiner_first;
  const std::optional<NameRun>& complement = p.complement;
  const lang::LexEntry* he = p.head_entry(ctx);
  const int64_t apposition = p.apposition;
  if (p.institution_head) {
    r.kind = r.plural ? EntityKind::group : EntityKind::organization;  // "les Européens": several
    r.named = true;
    r.org_key = key_without_determiner(ctx, first, end);
  } else if (he && (he->flags & lang::kOrganizationNoun)) {
    r.kind = r.plural ? EntityKind::group : EntityKind::organization;
    r.named = r.definite || r.demonstrative || r.name.has_value();
    r.org_key = key_without_determiner(ctx, first, end);
    if (r.name) r.name.reset();  // "le parti HVM": the organization's name, not a person's
  } else if (he && (he->flags & lang::kGroupNoun)) {
    // "la coalition", "l'équipe médicale", "la majorité" name one body; a
    // person's circle ("l'entourage", "la famille": anonymous sourcing) does
    // not (GUIDELINES 10.2).
    r.kind = EntityKind::group;
    r.named = (r.definite || r.demonstrative) && !r.indefinite && !anonymous_sourcing(ctx, *he);
  } else if (he || (apposition >= 0 && r.name)) {
    r.kind = r.plural ? EntityKind::group : EntityKind::person;
    if (r.name && !r.plural) r.named = true;
    else if ((r.definite || r.demonstrative) && r.complement_name) r.named = true;
    else if (r.definite && !r.demonstrative && !r.plural && r.function_title) r.named = true;
    // A definite singular role identifies one person the article knows ("le
    // policier", "la jeune femme"), unless its noun is one of anonymous
    // sourcing ("le fonctionnaire", "la source"); a definite plural office is
    // a political collective ("les députés"). GUIDELINES 10.2.
    else if (he && r.definite && !r.demonstrative && !r.indefinite && !anonymous_sourcing(ctx, *he) &&
             (!r.plural || r.function_title))
      r.named = true;
    if (r.plural) r.name.reset();
  } else if (p.demonym_head) {
    r.kind = r.plural ? EntityKind::group : EntityKind::person;
    r.named = r.definite;
    r.org_key = key_without_determiner(ctx, first, end);
  } else if (r.name) {
    bool honorific = false;
    for (uint32_t i = first; i < r.name->first; ++i) {
      const lang::LexEntry* e = ctx.entry(i);
      honorific = honorific || (e && (e->flags & lang::kTitle));
    }
    // "la Fnac", "le Crédit agricole": a determiner right before a name makes
    // it a body's; a noun between them gives a person and their role ("le
    // coach du club Jean Dupont").
    const bool name_after_determiner = determiner_first && r.name->first == first + 1;
    bool noun_before_name = false;
    const bool body_reading = determiner_first && !honorific && !name_after_determiner;
    for (uint32_t i = first + 1; body_reading && i < r.name->first && !noun_before_name; ++i)
      noun_before_name = ctx.tagged(i).upos == Upos::NOUN && !ctx.capitalized(i) && !complement_word(ctx, i - 1);
    r.kind = determiner_first && !honorific && (name_after_determiner || !noun_before_name) ? EntityKind::organization
                                                                                           : EntityKind::person;
    if (r.plural && determiner_first) r.kind = EntityKind::group;  // "les Européens"
    if (r.kind != EntityKind::person) r.org_key = key_without_determiner(ctx, first, end);
    r.named = true;
  } else if (complement && (!r.plural || (r.definite && !r.indefinite))) {
    // "les déductions de Jean Dupont", "nos confrères de Wired": the named one speaks.
    r.complement_reference = true;
    r.name = complement;
    r.kind = complement->words > 1 ? EntityKind::person : EntityKind::organization;
    if (r.kind == EntityKind::organization) r.org_key = complement->surname_key;
    r.named = true;
  } else if (complement && r.plural) {
    r.kind = EntityKind::group;
    r.named = false;
  } else {
    r.kind = r.plural ? EntityKind::group : EntityKind::person;
    r.named = r.definite && !r.plural && !r.indefinite;
    r.unknown_head = true;
    for (uint32_t i = first; i < end && !stops_phrase(ctx, i); ++i) {
      if (word_token(ctx, i) && !ctx.capitalized(i) &&
          !(flags_of(ctx, i) & (lang::kDeterminer | lang::kOrdinal | lang::kNumberWord | lang::kPreposition))) {
        r.head_key = std::string(ctx.word(i));
        break;
      }
    }
  }
  if (r.kind == EntityKind::person && r.plural && !r.complement_reference) r.kind = EntityKind::group;
  // A body that lists its members is a group of them ("l'intersyndicale (A, B, C)"); a person's
  // parentheses say where they work or live ("Jean Dupont (Paris, 2019)").
  if (!(r.kind == EntityKind::person && r.name)) {
    r.list_count = parenthesised_list_count(ctx, first, end);
    if (r.list_count) r.kind = EntityKind::group;
  }
}

// Step 6: initials of a long organization name: "Institut national de la
// statistique" -> "ins", for its acronym.
void read_initials(const Context& ctx, const Parts& p, Reading& r) {
  const uint32_t first = p.first, end = p.end;
  const bool determiner_first = p.determiner_first;
  if (r.kind == EntityKind::organization && ctx.capitalized(determiner_first ? first + 1 : first)) {
    for (uint32_t i = determiner_first ? first + 1 : first; i < end && !stops_phrase(ctx, i); ++i) {
      if (!word_token(ctx, i) || (flags_of(ctx, i) & (lang::kDeterminer | lang::kPreposition)) ||
          complement_preposition(ctx, i) || ctx.role(i, lang::kNounCoordinator))
        continue;
      r.initials += ctx.word(i).front();
    }
    if (r.initials.size() < 3) r.initials.clear();
  }
}

// Step 7: the role, the head noun and its complement ("directeur de la CIA");
// returns the token after the head, where qualifiers start.
uint32_t read_role(const Context& ctx, const Parts& p, Reading& r) {
  const uint32_t first = p.first, end = p.end;
  const int64_t head = p.head, apposition = p.apposition;
  const int64_t role_head = head >= 0 ? head : apposition;
  uint32_t after_head = first;
  if (role_head >= 0 && r.kind != EntityKind::organization) {
    const uint32_t h = static_cast<uint32_t>(role_head);
    uint32_t j = h + 1;
    while (j < end && (flags_of(ctx, j) & lang::kNationality) && !ctx.capitalized(j)) ++j;
    uint32_t stop = h + 1;
    if (j < end && complement_preposition(ctx, j) && !phrase_at(ctx, j, end, lang::PhraseKind::knowledge) &&
        !phrase_at(ctx, j, end, lang::PhraseKind::anonymity_reason)) {
      stop = j;
      for (uint32_t n = 0; stop < end && n < 10 && !stops_phrase(ctx, stop); ++n, ++stop) {
        if (phrase_at(ctx, stop, end, lang::PhraseKind::knowledge) ||
            phrase_at(ctx, stop, end, lang::PhraseKind::anonymity_reason) || ctx.role(stop, lang::kNounCoordinator))
          break;
        if (r.name && stop == r.name->first) break;
      }
    }
    r.role = std::string(ctx.word(h));
    if (stop > h + 1 && stop > j) {
      r.role += ' ';
      r.role += ctx.doc().slice({ctx.token(j).original.begin, ctx.token(stop - 1).original.end});
    }
    after_head = h + 1;
  } else if (head >= 0) {
    after_head = static_cast<uint32_t>(head) + 1;
  }
  return after_head;
}

// Step 8: qualifiers after the head: knowledge phrases ("au fait des
// discussions"), the anonymity reason, adjectives right after the head.
void read_qualifiers(const Context& ctx, const Parts& p, uint32_t after_head, Reading& r) {
  const uint32_t end = p.end;
  bool adjective_zone = p.head >= 0 || p.apposition >= 0;
  for (uint32_t i = after_head; i < end; ++i) {
    if (const uint32_t n = phrase_at(ctx, i, end, lang::PhraseKind::knowledge)) {
      const lang::LexEntry* e = ctx.entry(i);
      bool open = false;
      for (uint32_t q = e->phrases_begin; q < e->phrases_end; ++q) {
        const lang::Phrase& ph = ctx.lexicon().phrases()[q];
        if (ph.kind == lang::PhraseKind::knowledge && ph.words.size() == n) open = ends_with_preposition(ctx, ph);
      }
      r.qualifiers.push_back(phrase_span(ctx, i, n, end, open ? 3 : 0));
      i += n - 1;
      adjective_zone = false;
      continue;
    }
    if (const uint32_t n = phrase_at(ctx, i, end, lang::PhraseKind::anonymity_reason)) {
      if (!r.anonymity_reason) r.anonymity_reason = phrase_span(ctx, i, n, end, kReasonTail);
      i += n - 1;
      adjective_zone = false;
      continue;
    }
    const uint32_t f = flags_of(ctx, i);
    if (adjective_zone && i > after_head - 1 && (f & lang::kNationality)) continue;
    if (adjective_zone && word_token(ctx, i) && !ctx.capitalized(i) && !ctx.role(i, lang::kOther) &&
        (f & (lang::kDeterminer | lang::kPreposition | lang::kConjunction | lang::kCueVerbForm | lang::kAuxiliary |
              lang::kComplementizer | lang::kNegation | lang::kStopword | lang::kSourceNoun | lang::kNumberWord |
              lang::kOrdinal | lang::kAdverb)) == 0 &&
        !complement_preposition(ctx, i)) {
      r.qualifiers.push_back(ctx.token(i).original);
      continue;
    }
    adjective_zone = false;
  }
}

}  // namespace

Reading read_mention(const Context& ctx, const Mention& m) {
  Reading r;
  read_features(ctx, m, r);
  if (r.pronoun || r.tokens.empty()) {
    r.kind = r.plural ? EntityKind::group : EntityKind::person;
    return r;
  }
  Parts parts = find_head(ctx, r);
  read_head(ctx, parts, r);
  read_names(ctx, parts, r);
  read_country(ctx, parts.first, parts.end, r);
  classify(ctx, parts, r);
  // "@compte": an account's handle is a proper name (GUIDELINES 10.2), glued to its sign.
  if (ctx.is(parts.first, "@") && parts.first + 1 < parts.end &&
      ctx.token(parts.first + 1).original.begin == ctx.token(parts.first).original.end) {
    r.named = true;
    r.account = true;
    if (r.kind == EntityKind::group) r.kind = EntityKind::person;
  }
  read_initials(ctx, parts, r);
  const uint32_t after_head = read_role(ctx, parts, r);
  read_qualifiers(ctx, parts, after_head, r);
  return r;
}

std::vector<std::pair<std::string, int>> listed_members(const Context& ctx) {
  std::vector<std::pair<std::string, int>> out;
  for (uint32_t i = 1; i < ctx.size(); ++i) {
    if (!ctx.is(i, "(") || ctx.token(i - 1).kind != TokenKind::word) continue;
    if (ctx.sentence_index(i - 1) != ctx.sentence_index(i)) continue;
    const int n = parenthesised_list_count(ctx, i, i);
    if (n < 2) continue;
    const std::string_view word = ctx.word(i - 1);
    if (std::none_of(out.begin(), out.end(), [&](const auto& p) { return p.first == word; }))
      out.emplace_back(std::string(word), n);
  }
  return out;
}

std::vector<NameOccurrence> find_person_names(const Context& ctx, std::vector<NameOccurrence>* complement_runs) {
  std::vector<NameOccurrence> out;
  const uint32_t n = ctx.size();
  for (uint32_t i = 0; i < n; ++i) {
    if (!name_start(ctx, i) || (i > 0 && ctx.is(i - 1, "("))) continue;  // "(UE)": an abbreviation
    const Sentence& s = ctx.sentence_of(i);
    NameOccurrence occ;
    occ.run = run_at(ctx, i, s.end_token);
    occ.sentence = ctx.sentence_index(i);
    const uint32_t run_end = occ.run.end;
    if (after_preposition(ctx, i, s.first_token)) {
      bool place = inside_institution(ctx, i);
      for (uint32_t k = i; k < run_end && !place; ++k) place = !country_at(ctx, k, run_end).empty();
      if (complement_runs && occ.run.words >= 2 && !place) complement_runs->push_back(occ);  // not "Gemelli de Rome"
      i = run_end - 1;
      continue;
    }
    // Before it: [det] honorific | title | person noun [nationality] [complement] [,] NAME.
    uint32_t k = i;
    bool comma_seen = false;
    for (uint32_t steps = 0; k > s.first_token && steps < 12; ++steps) {
      --k;
      if (ctx.is_comma(k)) {
        if (comma_seen || k + 1 != i) break;
        comma_seen = true;
        continue;
      }
      if (ctx.is(k, ".") || ctx.is(k, ":") || ctx.role(k, lang::kRelativePronoun) || ctx.role(k, lang::kNounCoordinator) ||
          ctx.is_quote_mark(k) ||
          ctx.is(k, "(") || ctx.is(k, ")"))
        break;
      const lang::LexEntry* e = ctx.entry(k);
      const uint32_t f = e ? e->flags : 0;
      if (f & (lang::kCueVerbForm | lang::kAuxiliary)) break;
      if (name_start(ctx, k) && !inside_institution(ctx, k)) break;  // another name, not "Maison Blanche"
      if (occ.country.empty()) occ.country = country_at(ctx, k, i);
      if (f & (lang::kTitle | lang::kSourceNoun)) {
        if (f & lang::kOrganizationNoun) break;
        occ.introduced = true;
        occ.gender = e->gender;
        if (e->honorific) {
          occ.role_key.clear();
        } else {
          occ.role_key = noun_lemma(ctx, k);
          occ.role_is_title = (f & lang::kTitle) != 0;
        }
        if (occ.gender == Gender::unknown && k > s.first_token) {
          const lang::LexEntry* d = ctx.entry(k - 1);
          if (d && (d->flags & lang::kDeterminer)) occ.gender = d->gender;
        }
        // A nationality between the title and the name: "le président russe X".
        for (uint32_t c = k + 1; c < i && occ.country.empty(); ++c) occ.country = country_at(ctx, c, i);
        break;
      }
    }
    // After it: ", (le) directeur de l'Institut ...".
    if (run_end < s.end_token && ctx.is_comma(run_end)) {
      uint32_t a = run_end + 1;
      while (a < s.end_token && (flags_of(ctx, a) & lang::kDeterminer)) ++a;
      const lang::LexEntry* e = a < s.end_token ? ctx.entry(a) : nullptr;
      if (e && (e->flags & (lang::kSourceNoun | lang::kTitle)) && !(e->flags & lang::kOrganizationNoun)) {
        if (!occ.introduced) {
          occ.introduced = true;
          occ.role_key = noun_lemma(ctx, a);
          occ.role_is_title = (e->flags & lang::kTitle) && !e->honorific;
          if (occ.gender == Gender::unknown) occ.gender = e->gender;
        }
        for (uint32_t c = a; c < s.end_token && c < a + 12 && occ.country.empty(); ++c) {
          if (ctx.is_comma(c) || ctx.is(c, ".")) break;
          occ.country = country_at(ctx, c, s.end_token);
        }
      }
    }
    out.push_back(std::move(occ));
    i = run_end - 1;
  }
  return out;
}

}  // namespace whosaid::entities
