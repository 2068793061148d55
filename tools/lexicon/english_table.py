#!/usr/bin/python3
"""Converts English dictionaries packaged by Debian into whosaid's full-form
table (src/morph/lexicon.h), the format of the French one (form_table.py).

Run by the build (CMake custom command), never by hand:
    english_table.py --poslex WSJ.POSLEX --wordnet WORDNET_DIR --closed CLOSED.tsv OUTPUT.bin

Sources:
- festlex-poslex (/usr/share/festival/dicts/wsj.wp39.poslexR): 33k word forms
  of the Wall Street Journal with log P(form | Penn tag); licence of the
  Centre for Speech Technology Research, Edinburgh (permissive). Each form
  gets the readings of its tags that are likely enough given the form.
- wordnet-base (/usr/share/wordnet): the lemmas of the open classes (index.*)
  and their irregular forms (*.exc), WordNet 3.0 licence (permissive). Every
  one-word lemma gets its regular inflections (plural; -s, -ing, -ed; -er,
  -est of short adjectives) unless the exception lists give them; a Penn
  form's lemma is found the way WordNet's morphy finds it. A form the WSJ
  lexicon has keeps the readings it has there: WordNet's rare senses ("fair" a verb) only
  blur what the tagger learns of frequent words.
- CLOSED.tsv (data/lang/en/closed_forms.tsv): pronouns, determiners,
  auxiliaries, prepositions, conjunctions with their UD readings, written
  by hand; a form listed there gets exactly its listed readings.

Features follow UD English (EWT): Number on nouns, Degree on adjectives,
VerbForm, Mood, Tense, Person on verbs.
"""
import argparse
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from form_table import (CMP, FIN, GER, IMP, IND, INF, PART, PAST, PLUR, POS_DEGREE, PRES, PRS, REL,  # noqa: E402
                        SING, SUP, INT, UPOS, pack, parse_ud_feats, write_table)

# UD features the packed table has no field for: kept in the data file, dropped here.
UNPACKED = ("Case=", "Gender=Neut", "NumForm=", "Abbr=", "Typo=", "Style=", "ExtPos=", "NumType=Mult")

# Penn tag -> (UPOS, packed features); None: not a reading ("punc" is
# punctuation, which the tagger knows by its shape).
PENN = {
    "nn": ("NOUN", pack(number=SING)), "nns": ("NOUN", pack(number=PLUR)),
    "nnp": ("PROPN", pack(number=SING)), "nnps": ("PROPN", pack(number=PLUR)),
    "vb": ("VERB", pack(verb_form=INF)),
    "vbp": ("VERB", pack(verb_form=FIN, mood=IND, tense=PRES)),
    "vbz": ("VERB", pack(verb_form=FIN, mood=IND, tense=PRES, person=3, number=SING)),
    "vbd": ("VERB", pack(verb_form=FIN, mood=IND, tense=PAST)),
    "vbn": ("VERB", pack(verb_form=PART, tense=PAST)),
    "vbg": ("VERB", pack(verb_form=PART, tense=PRES)),
    "jj": ("ADJ", pack(degree=POS_DEGREE)), "jjr": ("ADJ", pack(degree=CMP)), "jjs": ("ADJ", pack(degree=SUP)),
    "rb": ("ADV", 0), "rbr": ("ADV", pack(degree=CMP)), "rbs": ("ADV", pack(degree=SUP)),
    "wrb": ("ADV", pack(pron_type=INT)),
    "cd": ("NUM", pack(num_type=1)), "fw": ("X", 0), "uh": ("INTJ", 0), "sym": ("SYM", 0), "ls": ("X", 0),
    "in": ("ADP", 0), "rp": ("ADP", 0), "dt": ("DET", 0), "pdt": ("DET", 0), "cc": ("CCONJ", 0),
    "prp": ("PRON", pack(pron_type=PRS)), "prp$": ("PRON", pack(pron_type=PRS, poss=1)),
    "wp": ("PRON", pack(pron_type=REL)), "wp$": ("PRON", pack(pron_type=REL, poss=1)),
    "wdt": ("PRON", pack(pron_type=REL)), "ex": ("PRON", 0),
    "md": ("AUX", pack(verb_form=FIN)), "to": ("PART", 0), "pos": ("PART", 0),
}
# Share of each Penn tag among the Wall Street Journal's words (rounded), to
# turn P(form | tag) into P(tag | form).
PRIOR = {
    "nn": .131, "in": .104, "nnp": .094, "dt": .086, "jj": .061, "nns": .061, "cd": .037, "rb": .032,
    "vbd": .031, "vb": .027, "cc": .025, "to": .023, "vbz": .022, "vbn": .021, "prp": .018, "vbg": .015,
    "vbp": .013, "md": .010, "pos": .009, "prp$": .009, "wdt": .0045, "jjr": .0033, "nnps": .0027,
    "rp": .0026, "wp": .0024, "wrb": .0022, "jjs": .0019, "rbr": .0018, "ex": .0009, "rbs": .0004,
    "pdt": .0004, "fw": .0002, "uh": .0001, "sym": .0001, "ls": .0001, "wp$": .0002,
}
# A tag below this share of a form's uses is not a reading of it; a proper
# noun's below PROPN_SHARE (the WSJ's capitalised "Team", "Gas" in names) not
# either. Chosen on held-out parts of EWT dev (docs/morph.md).
MIN_SHARE = 0.05
PROPN_SHARE = 0.3

WORD = re.compile(r"^[a-z][a-z0-9'.-]*$")
VOWELS = set("aeiou")


def vowel_groups(word):
    groups, previous = 0, False
    for c in word.rstrip("e"):
        v = c in VOWELS or c == "y"
        if v and not previous:
            groups += 1
        previous = v
    return groups


def sibilant(word):
    return word.endswith(("s", "x", "z", "ch", "sh"))


def consonant_y(word):
    return len(word) > 1 and word.endswith("y") and word[-2] not in VOWELS


def plural(noun):  # also the third person singular of a verb
    if sibilant(noun):
        return noun + "es"
    if consonant_y(noun):
        return noun[:-1] + "ies"
    if noun.endswith("o") and len(noun) > 1 and noun[-2] not in VOWELS:
        return noun + "es"
    return noun + "s"


def present_participle(verb):
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def past(verb):
    if verb.endswith("e"):
        return verb + "d"
    if consonant_y(verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def read_index(path):
    lemmas = set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue  # the licence at the top
            lemma = line.split(" ", 1)[0]
            if WORD.match(lemma):
                lemmas.add(lemma)
    return lemmas


def read_exceptions(path):
    """form -> bases, from WordNet's "form base [base...]" lines."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and WORD.match(parts[0]):
                out.setdefault(parts[0], []).extend(b for b in parts[1:] if WORD.match(b))
    return out


class WordNet:
    RULES = {
        "noun": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                 ("men", "man"), ("ies", "y")],
        "verb": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                 ("ing", "")],
        "adj": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        "adv": [],
    }

    def __init__(self, folder):
        self.index = {p: read_index(os.path.join(folder, "index." + p)) for p in self.RULES}
        self.exc = {p: read_exceptions(os.path.join(folder, p + ".exc")) for p in self.RULES}

    def base(self, form, pos):
        """The lemma of an inflected form, as WordNet's morphy finds it; None
        when it finds none."""
        if form in self.exc[pos]:
            return self.exc[pos][form][0]
        for ending, replacement in self.RULES[pos]:
            if form.endswith(ending) and len(form) > len(ending):
                candidate = form[: len(form) - len(ending)] + replacement
                if candidate in self.index[pos]:
                    return candidate
        return None


def read_closed(path):
    """form -> [(lemma, upos, feats)] in file order; errors name the line."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            where = "%s:%d" % (path, number)
            cols = line.split("\t")
            if len(cols) != 4 or cols[2] not in UPOS or cols[2] == "_":
                sys.exit("%s: expected form, lemma, UPOS, FEATS separated by tabs" % where)
            feats = "|".join(p for p in cols[3].split("|") if not p.startswith(UNPACKED)) or "_"
            try:
                packed = parse_ud_feats(feats, where)
            except ValueError as e:
                sys.exit(str(e))
            out.setdefault(cols[0], []).append((cols[1], cols[2], packed))
    return out


def read_poslex(path):
    """form -> [(penn tag, share of the form's uses)], likelier first."""
    entry = re.compile(r'^\("((?:[^"\\]|\\.)*)" \((.*)\) \(\) \)$')
    reading = re.compile(r"\(([a-z$]+) (-?[0-9.]+)\)")
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            m = entry.match(line.strip())
            if not m:
                continue
            form = m.group(1).replace('\\"', '"')
            scores = [(tag, math.exp(float(logp)) * PRIOR[tag]) for tag, logp in reading.findall(m.group(2))
                      if tag in PRIOR]
            total = sum(s for _, s in scores)
            if total > 0:
                out[form] = sorted(((t, s / total) for t, s in scores), key=lambda x: -x[1])
    return out


def penn_lemma(form, tag, wordnet):
    lower = form.lower()
    if tag in ("nnp", "nnps", "cd", "sym", "fw", "ls"):
        return form
    if tag == "nns":
        return wordnet.base(lower, "noun") or (lower[:-1] if lower.endswith("s") and len(lower) > 2 else lower)
    if tag in ("vbz", "vbd", "vbn", "vbg", "vbp"):
        return wordnet.base(lower, "verb") or lower
    if tag in ("jjr", "jjs"):
        return wordnet.base(lower, "adj") or lower
    if tag in ("rbr", "rbs"):
        return wordnet.base(lower, "adv") or wordnet.base(lower, "adj") or lower
    return lower


def generated(wordnet, poslex):
    """(form, lemma, upos, feats) of every one-word WordNet lemma and its
    inflections."""
    def inverse(pos):
        out = {}
        for form, bases in wordnet.exc[pos].items():
            for b in bases:
                out.setdefault(b, []).append(form)
        return out

    noun_exc, verb_exc, adj_exc = inverse("noun"), inverse("verb"), inverse("adj")
    for n in sorted(wordnet.index["noun"]):
        yield n, n, "NOUN", pack(number=SING)
        for p in noun_exc.get(n) or ([] if n.endswith("s") else [plural(n)]):
            yield p, n, "NOUN", pack(number=PLUR)
    for v in sorted(wordnet.index["verb"]):
        yield v, v, "VERB", pack(verb_form=INF)
        yield v, v, "VERB", pack(verb_form=FIN, mood=IND, tense=PRES)
        yield v, v, "VERB", pack(verb_form=FIN, mood=IMP)
        irregular = verb_exc.get(v, [])
        third = [f for f in irregular if f.endswith("s") and not f.endswith(("ss", "us"))]
        ing = [f for f in irregular if f.endswith("ing")]
        pasts = [f for f in irregular if f not in third and f not in ing]
        for f in third or [plural(v)]:
            yield f, v, "VERB", pack(verb_form=FIN, mood=IND, tense=PRES, person=3, number=SING)
        for f in ing or [present_participle(v)]:
            yield f, v, "VERB", pack(verb_form=PART, tense=PRES)
            yield f, v, "VERB", pack(verb_form=GER)
        for f in pasts or [past(v)]:
            tags = [t for t, _ in poslex.get(f, []) if t in ("vbd", "vbn")] or ["vbd", "vbn"]
            for t in tags:
                yield f, v, "VERB", PENN[t][1]
    for a in sorted(wordnet.index["adj"]):
        yield a, a, "ADJ", pack(degree=POS_DEGREE)
        forms = adj_exc.get(a)
        if forms is None and "-" not in a and (vowel_groups(a) == 1 or (consonant_y(a) and vowel_groups(a) == 2)):
            stem = a[:-1] + "i" if consonant_y(a) else a[:-1] if a.endswith("e") else a
            forms = [stem + "er", stem + "est"]
        for f in forms or []:
            if f.endswith("er"):
                yield f, a, "ADJ", pack(degree=CMP)
            elif f.endswith("est"):
                yield f, a, "ADJ", pack(degree=SUP)
    for r in sorted(wordnet.index["adv"]):
        yield r, r, "ADV", 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--poslex", required=True)
    parser.add_argument("--wordnet", required=True)
    parser.add_argument("--closed", required=True)
    parser.add_argument("output")
    args = parser.parse_args()
    for path in (args.poslex, os.path.join(args.wordnet, "index.noun"), args.closed):
        if not os.path.exists(path):
            sys.exit("english_table.py: %s: no such file (see .ci/packages.txt)" % path)
    wordnet = WordNet(args.wordnet)
    poslex = read_poslex(args.poslex)
    closed = read_closed(args.closed)
    entries = {}  # form -> {(lemma, upos, feats): score}

    def add(form, lemma, upos, feats, score):
        readings = entries.setdefault(form, {})
        key = (lemma, upos, feats)
        readings[key] = max(readings.get(key, -1.0), score)

    for form, tags in poslex.items():
        # The WSJ lexicon is in lower case: a proper noun's reading goes to
        # the form as a name is written ("paris" -> "Paris", "u.s." -> "U.S.").
        for tag, share in tags:
            if share < MIN_SHARE or tag not in PENN:
                continue
            upos, feats = PENN[tag]
            if upos == "PROPN":
                if share < PROPN_SHARE:
                    continue
                for cased in sorted({form[:1].upper() + form[1:], form.upper() if "." in form else None} - {None, form}):
                    add(cased, cased, upos, feats, share)
            elif form not in closed:
                add(form, penn_lemma(form, tag, wordnet), upos, feats, share)
    # WordNet's forms, but for those the WSJ lexicon gave readings of their own.
    wsj_forms = {form for form in poslex if form in entries}
    for form, lemma, upos, feats in generated(wordnet, poslex):
        if form not in closed and form not in wsj_forms:
            add(form, lemma, upos, feats, 0.0)
    for form, readings in closed.items():
        entries[form] = {}
        for k, (lemma, upos, feats) in enumerate(readings):
            add(form, lemma, upos, feats, 2.0 - k / 100.0)
    # A form's readings by part of speech, then the likelier (the Penn
    # share, the closed list's order) first.
    ordered = {form: [r for r, _ in sorted(rs.items(), key=lambda x: (UPOS[x[0][1]], -x[1], x[0][0], x[0][2]))]
               for form, rs in entries.items()}
    write_table(args.output, ordered)


if __name__ == "__main__":
    main()
