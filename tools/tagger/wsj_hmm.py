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


NUMBER = re.compile(r"^[0-9][0-9.,:/-]*$")


def shape_key(form):
    """The class of an unknown word's shape, or None: then its suffix."""
    if NUMBER.match(form):
        return "number"
    if not any(c.isalnum() for c in form):
        return "punc"
    if any(c.isdigit() for c in form):
        return "digit"
    if "-" in form:
        return "hyphen"
    return None


class Model:
    def __init__(self, poslex_path, ngram_path):
        self.tags, counts = read_ngram(ngram_path)
        self.v = len(self.tags)
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
            kept = [(t, lp) for (t, lp), (_, x) in zip(readings, c) if x / n >= KNOWN_FLOOR]
            self.known[form] = kept
            if n > RARE:
                continue
            keys = [shape_key(form)] if shape_key(form) else ["sfx" + form[-k:] for k in range(1, MAX_SUFFIX + 1)
                                                            if len(form) > k]
            for key in keys + ["any"]:
                d = classes.setdefault(key, [0.0] * self.v)
                for t, x in c:
                    d[t] += x
        self.classes = {}
        for key, d in classes.items():
            n = sum(d)
            if n < MIN_SUFFIX_COUNT and key != "any":
                continue
            best = sorted(range(self.v), key=lambda t: -d[t])[:CLASS_TAGS]
            self.classes[key] = [(t, math.log(d[t] / n) - math.log(self.prior[t])) for t in best if d[t] > 0]
        p = self.tags.index("punc")
        self.classes["punc"] = [(p, 0.0)]
        # The WSJ lexicon has few numbers (69 forms tagged cd): a number is cd.
        self.classes["number"] = [(self.tags.index("cd"), 0.0)] + [(self.tags.index(t), math.log(0.02))
                                                                 for t in ("nnp", "nn", "jj")]
        self.cap = [self.tags.index("nnp"), self.tags.index("nnps")]

    def unknown(self, lower):
        key = shape_key(lower)
        if key and key in self.classes:
            return self.classes[key]
        for k in range(MAX_SUFFIX, 0, -1):
            if len(lower) > k and "sfx" + lower[-k:] in self.classes:
                return self.classes["sfx" + lower[-k:]]
        return self.classes["any"]

    def emissions(self, form, first):
        lower = form.lower()
        e = (None if NUMBER.match(lower) else self.known.get(lower)) or self.unknown(lower)
        if form[:1].isupper() and not first:
            e = [(t, lp + (CAP_BONUS if t in self.cap else 0.0)) for t, lp in e]
            if not any(t in self.cap for t, _ in e):
                e = e + [(self.cap[0], CAP_NEW)]
        return e

    def viterbi(self, forms):
        v, tr = self.v, self.trans
        start = self.tags.index("punc")
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
CAP_NEW = math.log(0.05)

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
            total += 1
            if u == gold:
                right += 1
            else:
                confusion[(gold, u)] = confusion.get((gold, u), 0) + 1
    print(f"{path}: {right} of {total} words, UPOS {100.0 * right / total:.2f}% (Penn tags mapped)")
    for (g, p), c in sorted(confusion.items(), key=lambda x: -x[1])[:12]:
        print(f"  gold {g} tagged {p}: {c}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--poslex", required=True)
    ap.add_argument("--ngram", required=True)
    ap.add_argument("--out")
    ap.add_argument("--check")
    a = ap.parse_args()
    model = Model(a.poslex, a.ngram)
    if a.check:
        check(model, a.check)
    if a.out:
        write(model, a.out)


if __name__ == "__main__":
    main()
