#!/usr/bin/env python3
"""A second-order HMM of the Wall Street Journal's Penn tags, from festlex-poslex.

    wsj_hmm.py --poslex WSJ.POSLEX --ngram WSJ.NGRAMBIN --out TABLE.bin
    wsj_hmm.py --poslex WSJ.POSLEX --ngram WSJ.NGRAMBIN --check GOLD.conllu

festlex-poslex (Debian, /usr/share/festival/dicts/) ships two files of the
Wall Street Journal: wsj.wp39.poslexR, 33k lower-case forms with
ln P(form | tag), and wsj.wp39.tri.ngrambin, the tag trigram counts in
Edinburgh Speech Tools' binary ngram format:

    "NgramBin_2 3\\n", the state vocabulary (tags, spaces between) "\\n",
    the predicted vocabulary "\\n", then big-endian IEEE doubles: for each
    context (t1, t2), index t1 * V + t2, the count of each predicted tag in
    vocabulary order; a negative value -n after a count says that count is
    repeated n times in all (a run), so zeros take two doubles a run.

--out writes the table src/morph/stacked_tagger.h reads (layout there):
smoothed ln P(t | t2 t1), each known form's ln P(form | tag) for its tags,
and for unknown words classes by shape and final letters, each with
ln P(tag | class) - ln P(tag) for its likeliest tags. --check runs the HMM
on a CoNLL-U file and prints its accuracy with Penn tags mapped to UPOS.
"""
import argparse
import math
import re
import struct
import sys

# Penn tags (festival's wp39 set: "punc" is every punctuation, "of" the word
# "of", "prp" includes prp$, "wp" wp$; "1" and "2" are a few stray entries).
UPOS = {
    "nn": "NOUN", "nns": "NOUN", "nnp": "PROPN", "nnps": "PROPN", "vb": "VERB", "vbp": "VERB", "vbz": "VERB",
    "vbd": "VERB", "vbn": "VERB", "vbg": "VERB", "jj": "ADJ", "jjr": "ADJ", "jjs": "ADJ", "rb": "ADV",
    "rbr": "ADV", "rbs": "ADV", "wrb": "ADV", "cd": "NUM", "fw": "X", "uh": "INTJ", "sym": "SYM", "ls": "X",
    "in": "ADP", "rp": "ADP", "of": "ADP", "dt": "DET", "pdt": "DET", "cc": "CCONJ", "prp": "PRON",
    "wp": "PRON", "wdt": "PRON", "ex": "PRON", "md": "AUX", "to": "PART", "pos": "PART", "punc": "PUNCT",
    "1": "X", "2": "X",
}

MAX_SUFFIX = 4       # unknown words by their last 1..MAX_SUFFIX letters
RARE = 8.0           # forms seen at most this often make the suffix classes
MIN_SUFFIX_COUNT = 5.0
CLASS_TAGS = 6       # the likeliest tags a class keeps
KNOWN_FLOOR = 0.005  # a known form's tag below this share of its uses is dropped


def read_ngram(path):
    data = open(path, "rb").read()
    lines = data.split(b"\n", 3)
    if not lines[0].startswith(b"NgramBin_2 3"):
        sys.exit(f"{path}: not an Edinburgh Speech Tools binary trigram (no 'NgramBin_2 3' header)")
    vocab = [v.decode() for v in lines[1].split()]
    pred = [v.decode() for v in lines[2].split()]
    if vocab != pred:
        sys.exit(f"{path}: state and predicted vocabularies differ")
    raw = lines[3]
    n = len(raw) // 8
    dd = list(struct.unpack(f">{n}d", raw[:8 * n]))
    v = len(vocab)
    counts = []
    j = 0
    for _ in range(v * v * v):
        if j >= n:
            sys.exit(f"{path}: counts end before the last context")
        counts.append(dd[j])
        if j + 1 < n and dd[j + 1] < -1:
            dd[j + 1] += 1
        elif j + 1 < n and dd[j + 1] == -1:
            j += 2
        else:
            j += 1
    if j != n:
        sys.exit(f"{path}: {n - j} doubles left after the last context")
    return vocab, counts


def split_possessives(vocab, counts):
    """The WSJ's "prp" is prp and prp$ in one ("us" and "his"): a possessive
    determiner's share of it (a third of its uses in the WSJ) is taken out of
    the counts of "prp" as if it were "dt" (what a possessive is in context),
    so that "prp" is the personal pronoun, and the possessives read as "dt"."""
    v = len(vocab)
    p, d = vocab.index("prp"), vocab.index("dt")
    share = 1.0 / 3.0
    out = list(counts)

    def row(a, b):
        return counts[(a * v + b) * v:(a * v + b + 1) * v]

    for a in range(v):
        pr, dr = row(a, p), row(a, d)
        n, nd = sum(pr), sum(dr)
        if n <= 0 or nd <= 0:
            continue
        for c in range(v):
            out[(a * v + p) * v + c] = max(0.0, pr[c] - share * n * dr[c] / nd)
    for b in range(v):
        pr, dr = row(p, b), row(d, b)
        n, nd = sum(pr), sum(dr)
        if n <= 0 or nd <= 0:
            continue
        for c in range(v):
            out[(p * v + b) * v + c] = max(0.0, out[(p * v + b) * v + c] - share * n * dr[c] / nd)
    return out


def transitions(vocab, counts):
    """ln P(t | t1 t2) [(t1 * V + t2) * V + t], deleted interpolation (Brants 2000)."""
    v = len(vocab)
    tri = counts
    bi = [0.0] * (v * v)    # (t2, t)
    uni = [0.0] * v
    ctx2 = [0.0] * (v * v)  # (t1, t2) totals
    for a in range(v):
        for b in range(v):
            for c in range(v):
                x = tri[(a * v + b) * v + c]
                bi[b * v + c] += x
                uni[c] += x
                ctx2[a * v + b] += x
    uni_ctx = [sum(bi[b * v:(b + 1) * v]) for b in range(v)]
    total = sum(uni)
    lam = [0.0, 0.0, 0.0]
    for a in range(v):
        for b in range(v):
            for c in range(v):
                x = tri[(a * v + b) * v + c]
                if x <= 0:
                    continue
                p3 = (x - 1) / (ctx2[a * v + b] - 1) if ctx2[a * v + b] > 1 else 0
                p2 = (bi[b * v + c] - 1) / (uni_ctx[b] - 1) if uni_ctx[b] > 1 else 0
                p1 = (uni[c] - 1) / (total - 1)
                lam[max(range(3), key=lambda k: (p1, p2, p3)[k])] += x
    s = sum(lam)
    l1, l2, l3 = (x / s for x in lam)
    out = []
    for a in range(v):
        for b in range(v):
            for c in range(v):
                p3 = tri[(a * v + b) * v + c] / ctx2[a * v + b] if ctx2[a * v + b] > 0 else 0
                p2 = bi[b * v + c] / uni_ctx[b] if uni_ctx[b] > 0 else 0
                p1 = (uni[c] + 0.5) / (total + 0.5 * v)
                out.append(math.log(l1 * p1 + l2 * p2 + l3 * p3))
    return out, uni, (l1, l2, l3)


def read_poslex(path, tags):
    entry = re.compile(r'^\("((?:[^"\\]|\\.)*)" \((.*)\) \(\) \)$')
    reading = re.compile(r"\(([a-z0-9$]+) (-?[0-9.]+)\)")
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            m = entry.match(line.strip())
            if not m:
                continue
            form = m.group(1).replace('\\"', '"')
            out[form] = [(tags.index(t), float(lp)) for t, lp in reading.findall(m.group(2)) if t in tags]
    return out


NUMBER_BYTES = set(b"0123456789.,:/-")
DIGITS = set(b"0123456789")


def shape_key(form):
    """The class key of a word's shape (bytes of its UTF-8 lower-case form), or None: then its suffix.
    As src/morph/stacked_tagger.cpp reads it: ASCII digits, letters are ASCII letters and non-ASCII bytes."""
    if form and form[0] in DIGITS and all(c in NUMBER_BYTES for c in form):
        return b"\x02number"
    if not any(c >= 0x80 or chr(c).isalnum() for c in form):
        return b"\x02punc"
    if any(c in DIGITS for c in form):
        return b"\x02digit"
    if b"-" in form:
        return b"\x02hyphen"
    return None


def suffix_key(form, k):
    return b"\x01" + form[-k:]


ANY = b"\x02any"
MAX_KNOWN_TAGS = 7   # a known form keeps its likeliest tags, at most this many


class Model:
    def __init__(self, poslex_path, ngram_path, closed_path=None, readings_path=None):
        self.tags, counts = read_ngram(ngram_path)
        self.v = len(self.tags)
        if closed_path:
            counts = split_possessives(self.tags, counts)
        self.trans, self.uni, self.lam = transitions(self.tags, counts)
        total = sum(self.uni)
        self.prior = [max(u, 0.5) / total for u in self.uni]
        lex = read_poslex(poslex_path, self.tags)
        self.known = {}
        classes = {}
        for form, readings in lex.items():
            # count(form, tag) = P(form | tag) * count(tag)
            c = [(t, math.exp(lp) * self.uni[t]) for t, lp in readings]
            n = sum(x for _, x in c)
            if n <= 0:
                continue
            kept = sorted(((t, lp) for (t, lp), (_, x) in zip(readings, c) if x / n >= KNOWN_FLOOR),
                          key=lambda r: -(math.exp(r[1]) * self.uni[r[0]]))[:MAX_KNOWN_TAGS]
            b = form.encode("utf-8")
            self.known[b] = sorted(kept)
            if n > RARE:
                continue
            keys = [shape_key(b)] if shape_key(b) else [suffix_key(b, k) for k in range(1, MAX_SUFFIX + 1)
                                                        if len(b) > k]
            for key in keys + [ANY]:
                d = classes.setdefault(key, [0.0] * self.v)
                for t, x in c:
                    d[t] += x
        self.classes = {}
        for key, d in classes.items():
            n = sum(d)
            if n < MIN_SUFFIX_COUNT and key != ANY:
                continue
            best = sorted(range(self.v), key=lambda t: -d[t])[:CLASS_TAGS]
            self.classes[key] = sorted((t, math.log(d[t] / n) - math.log(self.prior[t])) for t in best if d[t] > 0)
        self.start = self.tags.index("punc")
        self.classes[b"\x02punc"] = [(self.start, 0.0)]
        # The WSJ lexicon has few numbers (69 forms tagged cd): a number is cd.
        self.classes[b"\x02number"] = sorted([(self.tags.index("cd"), 0.0)] + [(self.tags.index(t), math.log(0.02))
                                                                            for t in ("nnp", "nn", "jj")])
        self.cap = [self.tags.index("nnp"), self.tags.index("nnps")]
        self.possessives = set()
        if closed_path:
            # The possessive determiners of the closed list (Case=Gen, Poss=Yes,
            # PronType=Prs) are "dt"; a form with a personal reading too ("her") both.
            poss, personal = set(), set()
            with open(closed_path, encoding="utf-8") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if line.startswith("#") or len(cols) < 4 or cols[2] != "PRON":
                        continue
                    feats = set(cols[3].split("|"))
                    if {"Case=Gen", "Poss=Yes", "PronType=Prs"} <= feats:
                        poss.add(cols[0].encode("utf-8"))
                    elif "Poss=Yes" not in feats and "PronType=Prs" in feats:
                        personal.add(cols[0].encode("utf-8"))
            d, p = self.tags.index("dt"), self.tags.index("prp")
            self.possessives = poss
            for form in poss:
                self.known[form] = sorted([(d, 0.0)] + ([(p, 0.0)] if form in personal else []))
        if readings_path:
            with open(readings_path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if line.startswith("#") or not line.strip():
                        continue
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) != 2 or cols[1] not in self.tags:
                        sys.exit(f"{readings_path}:{number}: not 'form<TAB>tag' with a tag of {' '.join(self.tags)}")
                    form, tag = cols[0].encode("utf-8"), self.tags.index(cols[1])
                    e = [r for r in self.known.get(form, []) if r[0] != tag]
                    self.known[form] = sorted(e + [(tag, max((lp for _, lp in e), default=0.0))])

    def unknown(self, lower):
        key = shape_key(lower)
        if key and key in self.classes:
            return self.classes[key]
        for k in range(MAX_SUFFIX, 0, -1):
            if len(lower) > k and suffix_key(lower, k) in self.classes:
                return self.classes[suffix_key(lower, k)]
        return self.classes[ANY]

    def emissions(self, form, first):
        lower = form.lower().replace("\u2019", "'").encode("utf-8")
        known = None if shape_key(lower) == b"\x02number" else self.known.get(lower)
        e = known or self.unknown(lower)
        # A capital is a name's mark but at the start of a sentence, where it
        # still is one for a word the WSJ never had.
        if "A" <= form[:1] <= "Z" and (not first or not known):
            e = [(t, lp + (CAP_BONUS if t in self.cap else 0.0)) for t, lp in e]
            if not any(t in self.cap for t, _ in e):
                e = e + [(self.cap[0], CAP_NEW)]
        return e

    def viterbi(self, forms):
        v, tr = self.v, self.trans
        start = self.start
        # states (t_prev, t) -> (score, backpointer path index)
        layer = {(start, start): 0.0}
        back = []
        for i, form in enumerate(forms):
            em = self.emissions(form, i == 0)
            nxt, bp = {}, {}
            for (a, b), s in layer.items():
                for t, lp in em:
                    x = s + tr[(a * v + b) * v + t] + lp
                    if (b, t) not in nxt or x > nxt[(b, t)]:
                        nxt[(b, t)] = x
                        bp[(b, t)] = (a, b)
            back.append(bp)
            layer = nxt
        state = max(layer, key=layer.get)
        out = []
        for bp in reversed(back):
            out.append(state[1])
            state = bp[state]
        return [self.tags[t] for t in reversed(out)]


CAP_BONUS = math.log(4.0)
# An unknown word with a capital, or a known one without a proper noun
# reading, gets one with this score (a class's scores are ln P(t | class) -
# ln P(t)): ln(0.8 / P(nnp)).
CAP_NEW = math.log(0.8 / 0.094)

AUX_LEMMAS = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
BE_HAVE_DO = {"be", "is", "are", "was", "were", "been", "being", "am", "'m", "'re", "'s", "have", "has", "had",
              "'ve", "'d", "do", "does", "did"}


def read_conllu(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    sent.append((cols[1], cols[3]))
    if sent:
        yield sent


def check(model, path):
    right = total = 0
    confusion = {}
    for sent in read_conllu(path):
        tags = model.viterbi([f for f, _ in sent])
        for (form, gold), t in zip(sent, tags):
            u = UPOS[t]
            if u == "VERB" and form.lower() in BE_HAVE_DO:
                u = "AUX"
            if t == "dt" and form.lower().encode() in model.possessives:
                u = "PRON"  # UD's possessives are PRON
            total += 1
            if u == gold:
                right += 1
            else:
                confusion[(gold, u)] = confusion.get((gold, u), 0) + 1
    print(f"{path}: {right} of {total} words, UPOS {100.0 * right / total:.2f}% (Penn tags mapped)")
    for (g, p), c in sorted(confusion.items(), key=lambda x: -x[1])[:12]:
        print(f"  gold {g} tagged {p}: {c}")


def write(model, path):
    """The table of src/morph/stacked_tagger.h (little-endian):
    "WSHMM001", u32 tags T, u32 slots S (a power of two), u32 emissions E,
    u32 string bytes B, u32 start tag, u32 proper noun tags (2), f32 capital
    bonus, f32 capital new; T tag names of 8 bytes (NUL-padded);
    f32 ln P(t | t1 t2) [(t1 * T + t2) * T + t]; S slots of u32 key offset,
    u16 key length, u8 emission count, u8 0, u32 first emission (an empty
    slot has count 0); E emissions of u8 tag, 3 bytes 0, f32 score; the keys.
    A key is a lower-case form, \\x01 and a final byte string (a class of
    unknown words), or \\x02 and a shape class (number, punc, digit, hyphen,
    any). Slot of a key: FNV-1a 64 of its bytes, then the next free slot."""
    entries = sorted(list(model.known.items()) + list(model.classes.items()))
    slots = 1
    while slots < 2 * len(entries):
        slots *= 2
    table = [None] * slots
    emissions, keys = [], bytearray()
    for key, em in entries:
        assert 0 < len(em) <= 7 and len(key) < 65536  # the capital bonus may add one: 8 at most
        h = 0xcbf29ce484222325
        for c in key:
            h = ((h ^ c) * 0x100000001b3) & 0xffffffffffffffff
        s = h & (slots - 1)
        while table[s] is not None:
            s = (s + 1) & (slots - 1)
        table[s] = (len(keys), len(key), len(em), len(emissions))
        keys += key
        emissions += em
    out = bytearray(b"WSHMM001")
    out += struct.pack("<7I", model.v, slots, len(emissions), len(keys), model.start, model.cap[0], model.cap[1])
    out += struct.pack("<2f", CAP_BONUS, CAP_NEW)
    for t in model.tags:
        out += t.encode().ljust(8, b"\0")
    out += struct.pack(f"<{len(model.trans)}f", *model.trans)
    for e in table:
        out += struct.pack("<IHBBI", *(e[:3] + (0, e[3]))) if e else struct.pack("<IHBBI", 0, 0, 0, 0, 0)
    for t, lp in emissions:
        out += struct.pack("<B3xf", t, lp)
    out += keys
    with open(path, "wb") as f:
        f.write(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--poslex", required=True)
    ap.add_argument("--ngram", required=True)
    ap.add_argument("--closed", help="data/lang/en/closed_forms.tsv: its possessive determiners read as dt")
    ap.add_argument("--readings", help="data/lang/en/stacked_readings.tsv: more readings of some forms")
    ap.add_argument("--out")
    ap.add_argument("--check")
    a = ap.parse_args()
    model = Model(a.poslex, a.ngram, a.closed, a.readings)
    if a.check:
        check(model, a.check)
    if a.out:
        write(model, a.out)


if __name__ == "__main__":
    main()
