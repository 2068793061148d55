// Lexicon: the language knowledge extraction needs, loaded once from
// data/lang/<code>/*.tsv and read-only afterwards (share one across threads).
//
// Every token's normalized form (lower-cased, quotes and apostrophes unified,
// see core/text_view.h) is looked up ONCE by `find()`; the entry carries flag
// bits and indices into the tables below, so patterns test bits, not strings.
//
//   Lexicon fr;
//   Status s = Lexicon::load(data_dir / "lang" / "fr", fr);
//   if (const LexEntry* e = fr.find("déclaré"); e && (e->flags & kCueVerbForm)) ...
//
// Cue verbs are listed by lemma with their conjugation model; the loader
// generates every inflected form news copy uses (present, passé composé
// participles, imparfait, plus-que-parfait, passé simple, futur, conditionnel,
// present participle, infinitive, and inverted forms "a-t-il", "estime-t-elle",
// "ont-ils", "a-t-on", "dit-il").
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/attribution.h"
#include "core/status.h"
#include "core/form_table.h"

namespace whosaid::lang {

enum LexFlag : uint32_t {
  kCueVerbForm = 1u << 0,     // an inflected form of a cue verb (or of a cue expression's head verb)
  kAuxiliary = 1u << 1,       // a finite form of avoir/être usable as auxiliary: a, ont, avait, est, sont, aurait, "a-t-il"
  kAccordingTo = 1u << 2,     // starts an according-to phrase: "selon", "d'" of "d'après" (see phrases)
  kSourceNoun = 1u << 3,      // source, responsable, fonctionnaire, diplomate, porte-parole, proche (sing. or plural)
  kTitle = 1u << 4,           // m., mme, mm., dr, me, président, général, ministre (before a name)
  kNationality = 1u << 5,     // russe, américain, américaines -> country code
  kNumberWord = 1u << 6,      // deux, trois, dix, "2" is a number token, not this
  kOrdinal = 1u << 7,         // deuxième, troisième, second, seconde, quatrième
  kDeterminer = 1u << 8,      // le la les l' un une des ce cette ces son sa ses leur certains plusieurs
  kSubjectPronoun = 1u << 9,  // il elle ils elles on
  kInverted = 1u << 10,       // a form with an inverted subject clitic: "a-t-il", "estime-t-elle"
  kInstitution = 1u << 11,    // first word of an institution phrase (see institutions)
  kComplementizer = 1u << 12, // que, qu'
  kNegation = 1u << 13,       // ne, n', pas, jamais, plus, guère, point
  kOrganizationNoun = 1u << 14,  // ministère, gouvernement, syndicat, parti, police, agence, institut
  kGroupNoun = 1u << 15,      // a noun that names a collective of people: entourage, proches? (see source_nouns kind)
  kNationalityNoun = 1u << 16,// les Américains, les Russes (capitalized demonym used as noun)
  kStopword = 1u << 17,       // frequent function word, used by language detection
  // Added by the language stage:
  kModal = 1u << 18,          // a form of a verb that governs an infinitive: va, peut, doit, veut, vient (de)
  kElision = 1u << 19,        // an elided prefix the tokenizer splits off: l' d' qu' lorsqu'
  kAbbreviation = 1u << 20,   // a period-final abbreviation that does not end a sentence: "m.", "mme.", "dr."
  kPreposition = 1u << 21,    // opens a prepositional phrase: dans, par, sur, lors, devant, via
  kComparative = 1u << 22,    // makes the next "que" a comparison, not a complementizer: plus, moins, autant
  // Used by extraction (high bits, so the language stage can keep adding below):
  kPurpose = 1u << 27,        // introduces a purpose infinitive: pour ("pour rétorquer que")
  kPrivative = 1u << 26,      // a preposition that negates its infinitive: sans ("sans donner plus de détails")
  kHypothetical = 1u << 28,   // opens a hypothesis: si, s' ("s'il jugeait que" reports no one)
  kTimeWord = 1u << 29,       // a noun or adverb of time that makes its noun phrase an adverbial: matin, soir, mois, veille, mi-mars
  kConjunction = 1u << 30,    // joins clauses or noun phrases: et, ou, mais, puis, car, or, donc, ni
  kAdverb = 1u << 31,         // may stand between auxiliary and participle: tous, déjà, aussi, ensuite, d'ailleurs
};

// What a closed-class word does in a clause, as the patterns ask it (a
// reflexive clitic, the preposition of a passive's agent ...): the code
// names roles, function_words.tsv and pronouns.tsv say which words have them,
// so another language is another data folder. A word may have several.
enum LexRole : uint32_t {
  kReflexiveClitic = 1u << 0,      // se, s': a pronominal verb's clitic ("s'est dit")
  kDativeClitic = 1u << 1,         // lui, leur, me, nous, vous before a verb: its recipient ("lui a dit")
  kAccusativeClitic = 1u << 2,     // le, la, les, l' before a verb: its object ("les a informés")
  kAdverbialClitic = 1u << 3,      // en, y before a verb: part of the verb group ("en appelle à")
  kNeuterClitic = 1u << 4,         // le, l' standing for a clause: "comme le rapporte X"
  kDisjunctivePronoun = 1u << 5,   // lui, elle, eux, elles after a preposition: "selon elle"
  kRelativePronoun = 1u << 6,      // qui, dont, où, lequel: opens a relative clause
  kSubjectRelative = 1u << 7,      // qui: a relative whose antecedent is the clause's subject
  kGenitive = 1u << 8,             // de, d', du, des: a noun's complement, an infinitive's link
  kDative = 1u << 9,               // à, au, aux: a recipient, an infinitive's link
  kContracted = 1u << 10,          // du, des, au, aux: a preposition fused with the article
  kAgentPreposition = 1u << 11,    // par: a passive's agent
  kAttachedPreposition = 1u << 12, // en, par: stays inside the noun phrase before it ("une source en poste")
  kInformantPreposition = 1u << 13,// auprès (de): whom the information came from
  kDocumentPreposition = 1u << 14, // dans, selon: the document an impersonal passive cites
  kNegationParticle = 1u << 15,    // ne, n': opens a negation that another negation word closes
  kImpersonalPronoun = 1u << 16,   // il as in "est-il précisé": a subject that names no one
  kGenericPronoun = 1u << 17,      // on: "a-t-on appris"
  kGerundMarker = 1u << 18,        // en: "en précisant que"
  kComparison = 1u << 19,          // comme: "comme le rapporte X"
  kOther = 1u << 20,               // autre(s): "d'autres sources" is another mention
  kNounCoordinator = 1u << 21,     // et, ou: the conjunctions that also join noun phrases
  kDemonstrativePronoun = 1u << 22,// ce: "ce qu'ils qualifient de"
  kNameParticle = 1u << 23,        // de, van, von, ben, al ...: a lower-case word inside a name ("Charles de Gaulle")
  kComplementPreposition = 1u << 24,  // de, à, du, dans, chez ...: what follows is a noun's complement ("le maire de Nantes")
  kDemonstrativeDeterminer = 1u << 25,  // ce, cet, cette, ces: a demonstrative noun phrase ("ce responsable")
  kInterrogative = 1u << 26,       // si, pourquoi, comment: opens an indirect question after a cue ("se demande si")
  kGerundPreposition = 1u << 27,   // English by, after, for: before a participle cue, outside the cue ("by saying that")
};

// Which tense a finite verb form is in (Tense::none for the non-finite moods).
enum class Tense : uint8_t { none, present, imparfait, passe_simple, futur, conditionnel, subjonctif };

enum class Mood : uint8_t { finite, infinitive, past_participle, present_participle };

// A verb the lexicon can conjugate.
struct Verb {
  std::string lemma;          // "déclarer", "dire", "indigner" (pronominal verbs without "se")
  bool pronominal = false;    // "s'indigner": forms appear with se/s'/"s'est"
  bool etre_auxiliary = false;// compound tenses with être (pronominal verbs, "venir")
  std::string model;          // the conjugation model that generated its forms: "er", "dire"
  bool auxiliary = false;     // avoir, être: its finite forms carry kAuxiliary
  bool modal = false;         // governs an infinitive ("a tenu à rappeler", "n'a pas tardé à dénoncer")
  bool passive_auxiliary = false;  // être: with a participle it makes a passive ("est condamnée")
  bool perception = false;    // entendre, voir: a modal whose object is the infinitive's subject ("on l'entend dire")
};

// One inflected form of one verb. A token may be a form of several verbs
// ("dit": dire; "fait": faire; "est": être) or several forms of one verb.
struct VerbForm {
  uint16_t verb = 0;          // index into verbs()
  Mood mood = Mood::finite;
  uint8_t person = 3;         // 1, 2, 3 for finite forms; 0 otherwise
  bool plural = false;
  Gender gender = Gender::unknown;  // for participles: déclaré (m), déclarée (f)
  bool inverted = false;      // "a-t-il"
  Gender inverted_gender = Gender::unknown;  // -il / -ils masculine, -elle(s) feminine, -on unknown
  Tense tense = Tense::none;  // finite forms: which tense
};

// What a cue verb (or expression) licenses, as bits.
enum CueFrame : uint16_t {
  kFrameQue = 1u << 0,        // X CUE que CONTENT
  kFrameColon = 1u << 1,      // X CUE : « QUOTE »
  kFramePostposed = 1u << 2,  // CONTENT, CUE X  /  « QUOTE », CUE-t-il
  kFrameObject = 1u << 3,     // X CUE NP (a nié les faits, dénonce un coup de force)
  kFrameDeInfinitive = 1u << 4,  // X CUE de INF: "a demandé de", refusal "a refusé de commenter"
  kFrameAInfinitive = 1u << 5,   // X CUE à INF: refusal "s'est refusé à commenter"
  kFrameInfinitive = 1u << 6,    // X CUE INF: refusal "n'a pas souhaité commenter"
  kFramePassive = 1u << 7,       // CONTENT est CUE par X: "est condamnée par les Européens"
  kFrameClause = 1u << 8,        // X CUE CONTENT, no complementizer: English "said the talks failed"
  kFrameRecipient = 1u << 9,     // X CUE NP (COMPLEMENTIZER) CONTENT, the NP its recipient: "told reporters that"
  kFramePossessive = 1u << 10,   // X CUE POSSESSIVE NP: the object is what was said ("outlined his plan")
  kFrameRaising = 1u << 11,      // X CUE to INF, X and INF what is reported, by no one named: "seemed to", "is expected to"
  kFrameQuestion = 1u << 12,     // X CUE (NP) if CLAUSE: a cue that asks, so a hypothetical word opens its question ("asked if")
};

// A reporting verb or expression: "déclarer", "laisser entendre", "faire savoir", "faire part".
struct Cue {
  std::string expression;           // as listed: "laisser entendre"
  uint16_t verb = 0;                // the head verb (the conjugated one)
  std::vector<std::string> tail;    // normalized words that must follow the head form: {"entendre"}
  AttributionType type = AttributionType::statement;
  bool belief = false;              // considérer, croire, penser, estimer? (see data file)
  uint16_t frames = kFrameQue | kFrameColon | kFramePostposed;
  bool negated = false;             // a cue only under negation: "ne pas souhaiter", "ne pas donner suite"
};

// A multi-word phrase, matched on consecutive normalized tokens: "d' après",
// "sous couvert d' anonymat", "au fait de". The first token's entry points to
// the phrases that start with it.
enum class PhraseKind : uint8_t {
  according_to,       // selon, d'après, de source, pour (as "according to")
  anonymity_reason,   // sous couvert d'anonymat, sous le couvert de l'anonymat, ayant requis l'anonymat
  knowledge,          // au fait de, ayant connaissance de, au courant de, proche de, informé de
  refusal_object,     // commenter, faire de(s) commentaire(s), donner des détails, réagir, s'exprimer
  refusal_head,       // refuser de, décliner, se refuser à, ne pas souhaiter, ne pas vouloir
  institution,        // maison blanche, département d'état, kremlin, pentagone (with a country)
  title,              // a multi-word title before a name: "premier ministre", "secrétaire d' état"
  cleft,              // opens a sentence whose cue reports the previous one: "c'est ce qu'"
};

struct Phrase {
  PhraseKind kind;
  std::vector<std::string> words;   // normalized tokens: {"d'", "après"}
  std::string value;                // kind-specific: a country code for institutions, a lemma for refusal heads
};

// according_to phrases: whether the phrase means "according to" only at the
// start of a sentence (value "initial": "Pour le ministre, ..."), and whether
// its words are the cue_lemma of every according-to attribution (value
// "lemma": "selon").
bool initial_only(const Phrase& p);
bool names_according_to(const Phrase& p);

struct LexEntry {
  uint32_t flags = 0;               // LexFlag bits
  uint32_t roles = 0;               // LexRole bits
  // Index ranges into the shared pools (verb_forms(), cues(), phrases()).
  uint32_t verb_forms_begin = 0, verb_forms_end = 0;
  uint32_t cues_begin = 0, cues_end = 0;      // cues whose head verb has this form
  uint32_t phrases_begin = 0, phrases_end = 0;  // phrases starting with this word
  // Word-class payloads (valid when the matching flag is set).
  char country[3] = {0, 0, 0};      // kNationality, kNationalityNoun, kInstitution: "RU"
  int16_t number = 0;               // kNumberWord, kOrdinal: 3
  bool plural = false;              // determiners, pronouns, nouns, adjectives
  Gender gender = Gender::unknown;
  bool definite = false;            // determiners: le la les l' ce cette ces son sa ses leur
  bool indefinite = false;          // determiners: un une des certains plusieurs
  bool possessive = false;          // determiners: son sa ses leur (definite too)
  EntityKind noun_kind = EntityKind::person;  // kSourceNoun / kOrganizationNoun: what the noun names
  // Added by the language stage:
  bool any_number = false;          // the form is singular and plural: "français", "porte-parole"
  bool honorific = false;           // kTitle: a civility before a name (m., mme, dr, me), not a function
  bool approximate = false;         // kNumberWord: "dizaine", "centaines" (number holds the round value)
  uint16_t noun = UINT16_MAX;       // kSourceNoun: index into nouns() ("conseillères" -> "conseiller")
};

// A source noun's lemma and what it names: "conseiller" person, "ministère"
// organization, "entourage" group.
struct Noun {
  std::string lemma;
  EntityKind kind = EntityKind::person;
  bool anonymous_sourcing = false;  // "source", "responsable": names no one, refers back only to itself
  bool stateless = false;           // "expert", "analyste": ties its holder to no country
};

class Lexicon {
 public:
  // Loads every table of one language folder and generates the verb forms.
  // Errors name the file and the line: "data/lang/fr/cue_verbs.tsv:12: unknown conjugation model 'xyz'".
  // Reads the compiled table (lexicon_table.h) instead when one built from
  // these very files is found: same lexicon, a few milliseconds.
  static Status load(const std::filesystem::path& language_dir, Lexicon& out);
  // Always from the data files (what the table compiler runs).
  static Status load_from_data_files(const std::filesystem::path& language_dir, Lexicon& out);

  // The folder that holds data/lang/<code>: --data-dir, else $WHOSAID_DATA_DIR,
  // else the source tree's data/ (compiled in), else ../share/whosaid/data
  // beside the executable.
  static std::filesystem::path default_data_dir();

  // One hash and probe on a normalized form (core/form_table.h); nullptr when the form is unknown.
  const LexEntry* find(std::string_view normalized_form) const { return entries_.find(normalized_form); }
  // The same in two steps, for a loop over many words: the hash, its slot
  // fetched, then the probe (core/form_table.h).
  uint64_t hash_and_prefetch(std::string_view normalized_form) const {
    const uint64_t h = form_hash(normalized_form);
    entries_.prefetch(h);
    return h;
  }
  const LexEntry* find(std::string_view normalized_form, uint64_t hash) const {
    return entries_.find(normalized_form, hash);
  }

  std::string_view code() const { return code_; }  // "fr"
  // A digest of the data files the lexicon was read from (each one's name and
  // bytes): a table made from a lexicon at build time is for lexicons of the
  // same fingerprint only (entities/place_index.h).
  uint64_t data_fingerprint() const;
  const std::vector<Verb>& verbs() const { return verbs_; }
  const std::vector<VerbForm>& verb_forms() const { return verb_forms_; }
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<Phrase>& phrases() const { return phrases_; }
  // The words of the according_to phrase marked "lemma" ("selon"), or empty.
  std::string according_to_lemma() const;
  // Apostrophe-final prefixes the tokenizer splits off: "l'", "d'", "qu'", "lorsqu'".
  const std::vector<std::string>& elisions() const { return elisions_; }
  // Apostrophe suffixes the tokenizer splits off a word, longest first:
  // English "n't", "'s", "'re" ("didn't" -> "did" + "n't").
  const std::vector<std::string>& enclitics() const { return enclitics_; }
  // Abbreviations that end in a period but do not end a sentence: "m.", "mme.", "dr.", "n°".
  const std::vector<std::string>& abbreviations() const { return abbreviations_; }
  // The language's home country (ISO 3166 alpha-2, nationalities.tsv "home"),
  // or empty: the default country of a document that names none.
  std::string_view home_country() const { return home_country_; }
  // Word order the patterns ask the language about (syntax.tsv).
  // Whether the subject of a speech tag after a quotation may stand before
  // its verb: English "'...,' he said" beside "'...,' said Lindqvist";
  // French inverts it ("« ... », a-t-il dit", "a déclaré X").
  bool tag_subject_first() const { return tag_subject_first_; }
  // Whether a quotation that resumes in the next sentence of the paragraph,
  // with no cue of its own, continues the content of the attribution before
  // it ("'A,' he said. 'B.'": the convention of English attribution corpora)
  // rather than standing apart (syntax.tsv resumed_quotation join | apart).
  bool resumed_quotation_joins() const { return resumed_quotation_joins_; }
  // syntax.tsv headline_speaker colon: a title "NAME: CLAIM" quotes NAME
  // without quotation marks (English headline style).
  bool headline_colon_speaks() const { return headline_colon_speaks_; }
  // syntax.tsv coordinated_subject one: "X and Y said" is one source.
  bool coordinated_subject_one() const { return coordinated_subject_one_; }
  // syntax.tsv tail_preposition cue: the preposition that ends a cue's tail
  // ("call for", "insist on") belongs to the cue, as English attribution
  // corpora mark it; with content it opens the content ("insister | sur").
  bool tail_preposition_in_cue() const { return tail_preposition_in_cue_; }
  // syntax.tsv object_recipient content: the object a cue's infinitive
  // follows is that infinitive's subject and opens the content ("urged
  // voters to leave": T "voters to leave"), where a language marks its
  // addressee apart from what it is asked (apart: "demande à X de partir").
  bool object_recipient_in_content() const { return object_recipient_in_content_; }
  // syntax.tsv relative_source pronoun: a cue in a subject relative clause
  // ("Okafor, who said") has the relative pronoun as its written source, as
  // English attribution corpora mark it; with antecedent the source is the
  // antecedent's phrase (GUIDELINES 3: "qui" stands for it). The mention,
  // and so the entity, is the antecedent's in both.
  bool relative_pronoun_source() const { return relative_pronoun_source_; }
  // syntax.tsv refusal_object content: what a refusal's verb governs
  // ("declined to comment", "refused to sign the deal") is its content, as
  // English attribution corpora mark it (C "declined", T "to comment"); with
  // cue it belongs to the cue and the refusal has no content (GUIDELINES:
  // C "a refusé de commenter"). With content, a refusal cue's infinitive
  // that is no refusal object ("refused to sign") gives a refusal too.
  bool refusal_object_in_content() const { return refusal_object_in_content_; }
  // Whether the language's verbs and nouns share most of their forms
  // (English "state", "note", "charges"), so that the morph stage, not the
  // lexicon, decides whether a cue form is a verb in a sentence (syntax.tsv
  // cue_homographs tagger | lexicon).
  bool tagger_decides_cues() const { return tagger_decides_cues_; }
  // Added by the language stage:
  const std::vector<Noun>& nouns() const { return nouns_; }
  // How many cues the data lists (one per cue_verbs.tsv row). cues() may hold,
  // after these, copies grouped for a form shared by unrelated verbs, so that
  // every entry's [cues_begin, cues_end) stays one contiguous range.
  size_t cue_count() const { return cue_count_; }
  size_t size() const { return entries_.size(); }  // distinct normalized forms
  // Calls f(form, entry) for every entry, in no particular order (tests, tools).
  template <typename F>
  void for_each(F&& f) const {
    entries_.for_each(f);
  }

 private:
  std::string code_;
  FormTable<LexEntry> entries_;
  std::vector<Verb> verbs_;
  std::vector<VerbForm> verb_forms_;
  std::vector<Cue> cues_;
  std::vector<Phrase> phrases_;
  std::vector<std::string> elisions_;
  std::vector<std::string> enclitics_;
  std::vector<std::string> abbreviations_;
  std::string home_country_;
  bool tag_subject_first_ = false;
  bool resumed_quotation_joins_ = false;
  bool headline_colon_speaks_ = false;
  bool coordinated_subject_one_ = false;
  bool tail_preposition_in_cue_ = false;
  bool object_recipient_in_content_ = false;
  bool relative_pronoun_source_ = false;
  bool refusal_object_in_content_ = false;
  bool tagger_decides_cues_ = false;
  std::vector<Noun> nouns_;
  size_t cue_count_ = 0;

  // The data files the loader read, each with its digest (lexicon_table.h).
  std::vector<std::pair<std::string, uint64_t>> inputs_;
  // The compiled table's mapped file, when entries_ is read from it in place.
  std::shared_ptr<const char> storage_;

  friend class LexiconBuilder;  // the loader (lexicon_loader.cpp) fills the tables
  friend class LexiconTable;    // the compiled table (lexicon_table.h) writes and reads them
};

}  // namespace whosaid::lang
