// An apposition is a noun phrase (with its complements) set off by commas
// that describes the noun phrase beside it. It is told from the other things
// commas set off by what it is made of: noun phrases, prepositional phrases
// and adverbials only, no verb group and no clause opener ("X, qui a dit,"
// is a relative clause; "X, selon Y," an incise; "X, interrogé," a participle).
#include "morph/appositions.h"

namespace whosaid::morph {

namespace {

class SentenceAppositions {
 public:
  SentenceAppositions(Document& doc, const ChunkTokens& t, uint32_t first, uint32_t end)
      : doc_(doc), t_(t), first_(first), end_(end) {}

  void run() {
    uint32_t from = before_their_noun();
    for (uint32_t p = from; p < end_; ++p) {
      if (comma(p) && p > first_) p = after_their_noun(p);
    }
  }

 private:
  const Chunk& chunk(uint32_t c) const { return doc_.chunks[c]; }
  ChunkKind kind(uint32_t c) const { return doc_.chunks[c].kind; }

  bool comma(uint32_t c) const {
    const Chunk& k = chunk(c);
    return k.kind == ChunkKind::punct && t_.form(k.first_token) == ",";
  }
  // Nothing but punctuation from c to the end of the sentence (its final
  // stop, a closing quotation mark).
  bool only_punct_from(uint32_t c) const {
    for (; c < end_; ++c) {
      if (kind(c) != ChunkKind::punct || comma(c)) return false;
    }
    return true;
  }
  bool closes(uint32_t c) const { return c >= end_ || comma(c) || only_punct_from(c); }
  bool nominal_part(uint32_t c) const {
    const ChunkKind k = kind(c);
    return k == ChunkKind::noun_phrase || k == ChunkKind::prep_phrase || k == ChunkKind::adverbial;
  }
  bool pronoun(uint32_t c) const { return t_.is(chunk(c).head, Upos::PRON); }
  bool noun_phrase(uint32_t c) const { return kind(c) == ChunkKind::noun_phrase && !pronoun(c); }
  bool determined(uint32_t c) const {
    const uint32_t f = chunk(c).first_token;
    return t_.is(f, Upos::DET) || t_.fused_article(f);
  }
  bool coordination(uint32_t c) const {
    return kind(c) == ChunkKind::clause_opener && t_.has(chunk(c).head, Role::coordinating_conjunction);
  }
  // The end of the run of noun-phrase-like chunks from c.
  uint32_t nominal_run_end(uint32_t c) const {
    while (c < end_ && nominal_part(c)) ++c;
    return c;
  }

  void link(uint32_t from, uint32_t to, uint32_t anchor) {
    for (uint32_t c = from; c < to; ++c) doc_.chunks[c].apposition_of = static_cast<int32_t>(anchor);
  }

  // "Porte-parole du ministère, Jean Dupont a déclaré": a sentence that opens
  // on a noun phrase without determiner (not a name: "Paris, le 3 mars"),
  // then a comma and the noun phrase it describes. Returns where to go on.
  uint32_t before_their_noun() {
    uint32_t c = first_;
    while (c < end_ && kind(c) == ChunkKind::punct) ++c;
    if (c >= end_ || !noun_phrase(c) || determined(c)) return first_;
    const Upos head = t_.upos(chunk(c).head);
    if (head != Upos::NOUN && head != Upos::ADJ) return first_;
    // A count opens on its subject: "Seuls 4 autres caporaux, tous ..."
    for (uint32_t k = chunk(c).first_token; k < chunk(c).end_token; ++k) {
      if (t_.is(k, Upos::NUM)) return first_;
    }
    // Its complements only: a second noun phrase ("Madame la Présidente,")
    // is an address, not an apposition.
    uint32_t r = c + 1;
    while (r < end_ && (kind(r) == ChunkKind::prep_phrase || kind(r) == ChunkKind::adverbial)) ++r;
    if (r + 1 >= end_ || !comma(r) || kind(r + 1) != ChunkKind::noun_phrase) return first_;
    const Upos anchor_head = t_.upos(chunk(r + 1).head);
    if (anchor_head != Upos::NOUN && anchor_head != Upos::PROPN && anchor_head != Upos::PRON) return first_;
    // "Police, gendarmerie et armée": an enumeration.
    if (r + 2 < end_ && (coordination(r + 2) || comma(r + 2))) return first_;
    link(c, r, r + 1);
    return r + 1;
  }

  // The comma at p may open an apposition of the chunk before it. Returns the
  // chunk to go on from (the closing comma when one was linked).
  uint32_t after_their_noun(uint32_t p) {
    const uint32_t q = p + 1;
    if (q >= end_ || !noun_phrase(q)) return p;
    const uint32_t anchor = anchor_before(p, q);
    if (anchor == UINT32_MAX) return p;
    const uint32_t r = nominal_run_end(q);
    if (!closes(r)) return p;
    // After a preposition's object only a bare noun phrase: "selon Jean
    // Dupont, porte-parole du parti," but not "En France, le gouvernement, ...".
    if (kind(anchor) == ChunkKind::prep_phrase && (determined(q) || t_.is(chunk(q).head, Upos::PROPN))) return p;
    if (enumeration_after(r)) return past_list(r) - 1;
    // "24 ans après son premier titre": a duration with its adverb is an adverbial.
    if (t_.has(chunk(q).head, Role::time_noun) && q + 1 < r) return p;
    if (kind(anchor) == ChunkKind::noun_phrase && determined(q) && list_of_subjects_after(r)) return p;
    link(q, r, anchor);
    return r < end_ && comma(r) ? r - 1 : r;
  }

  // The chunk an apposition after comma p would describe: the noun phrase
  // before it, over the genitive complements that end it ("le porte-parole
  // du ministère, X," describes "le porte-parole"), or the anchor of an
  // apposition just closed ("X, 45 ans, porte-parole du parti,").
  // A name's apposition stays with it: "le cas de Joseph Bari, toujours
  // présent," describes Bari; a name in apposition goes back to the noun:
  // "le chef de l'État, Paul Girard,".
  uint32_t anchor_before(uint32_t p, uint32_t q) const {
    uint32_t a = p - 1;
    if (chunk(a).apposition_of >= 0) return static_cast<uint32_t>(chunk(a).apposition_of);
    const bool name_before = kind(a) == ChunkKind::prep_phrase && t_.is(chunk(a).head, Upos::PROPN);
    if (name_before && !t_.is(chunk(q).head, Upos::PROPN)) return a;
    while (a > first_ && kind(a) == ChunkKind::prep_phrase &&
           t_.has(chunk(a).first_token, Role::genitive_preposition) &&
           (kind(a - 1) == ChunkKind::noun_phrase || kind(a - 1) == ChunkKind::prep_phrase) &&
           chunk(a - 1).apposition_of < 0) {
      --a;
    }
    // A noun or a name: adjectives in a row ("Belle, grande, claire,") are
    // a list of attributes.
    const Upos head = t_.upos(chunk(a).head);
    if (head != Upos::NOUN && head != Upos::PROPN) return UINT32_MAX;
    if (noun_phrase(a) || kind(a) == ChunkKind::prep_phrase) return a;
    return UINT32_MAX;
  }

  // "Paris, Lyon, Marseille et Lille", "Italiens, Espagnols, Allemands,
  // etc.", "appartement, loyers, relations...": the item after the closing
  // comma r is itself followed by a coordination, by a comma and one more
  // item, or by the end of the sentence, so the commas separate a list (an
  // apposition's closing comma is followed by the verb). Two items at most
  // are read: the test stays local.
  bool enumeration_after(uint32_t r) const {
    if (r < end_ && coordination(r)) return true;
    if (r >= end_ || !comma(r) || r + 1 >= end_ || !noun_phrase(r + 1)) return false;
    const uint32_t next = nominal_run_end(r + 1);
    if (next >= end_ || coordination(next) || only_punct_from(next)) return true;
    return comma(next) && next + 1 < end_ && noun_phrase(next + 1);
  }

  // The chunk after the last item of the list whose item closed by the
  // comma r: no item of a list is an apposition of the one before.
  uint32_t past_list(uint32_t r) const {
    while (r + 1 < end_ && comma(r) && noun_phrase(r + 1)) r = nominal_run_end(r + 1);
    return r;
  }

  // "l'espace, les couleurs, le silence du lieu ne peuvent": after the
  // closing comma r comes a third noun phrase and then its verb, so the
  // commas separate a list of subjects. (An apposition's closing comma is
  // followed by the verb, or by another apposition and a comma.)
  bool list_of_subjects_after(uint32_t r) const {
    if (r >= end_ || !comma(r) || r + 1 >= end_ || !noun_phrase(r + 1)) return false;
    const uint32_t next = nominal_run_end(r + 1);
    return next < end_ && kind(next) == ChunkKind::verb_group;
  }

  Document& doc_;
  const ChunkTokens& t_;
  const uint32_t first_, end_;
};

}  // namespace

void link_appositions(Document& doc, const ChunkTokens& tokens, uint32_t first_chunk, uint32_t end_chunk) {
  SentenceAppositions(doc, tokens, first_chunk, end_chunk).run();
}

}  // namespace whosaid::morph
