#!/usr/bin/env python3
"""Candidate English cue verbs from WordNet (Debian package wordnet-base).

Prints the verb lemmas of WordNet's lexicographer files verb.communication (32)
and verb.cognition (31) whose synset allows the frame "Somebody ----s that
CLAUSE" (frame 26), most frequent first (the sense counts of cntlist.rev), one
"lemma<TAB>lexfile<TAB>count" a line. The output is a list to review by hand,
not data: data/lang/en/cue_verbs.tsv holds the reviewed choice.

  python3 tools/cue_lexicon_candidates_en.py [/usr/share/wordnet] | head -400
"""
import collections
import os
import sys

LEXFILES = {31: "cognition", 32: "communication"}
THAT_CLAUSE = 26


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    counts = collections.Counter()
    with open(os.path.join(root, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma = key.split("%")[0]
            if "%2:" in key:
                counts[lemma] += int(count)
    found = {}
    with open(os.path.join(root, "data.verb"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            lexfile = int(fields[1])
            if lexfile not in LEXFILES:
                continue
            words = int(fields[3], 16)
            lemmas = [fields[4 + 2 * i] for i in range(words)]
            pos = 4 + 2 * words
            pointers = int(fields[pos])
            pos += 1 + 4 * pointers
            frames = int(fields[pos]) if pos < len(fields) else 0
            frame_ids = {int(fields[pos + 2 + 3 * i]) for i in range(frames)}
            if THAT_CLAUSE not in frame_ids:
                continue
            for lemma in lemmas:
                if "_" not in lemma:
                    found.setdefault(lemma.lower(), LEXFILES[lexfile])
    for lemma in sorted(found, key=lambda w: (-counts[w], w)):
        print(f"{lemma}\t{found[lemma]}\t{counts[lemma]}")


if __name__ == "__main__":
    main()
