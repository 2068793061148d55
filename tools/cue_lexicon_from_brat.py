#!/usr/bin/env python3
"""Cue candidates from a brat attribution corpus: the one-word cues its
annotators marked, with the share of their uses in the corpus texts that are
marked (how often the word is a cue when it appears), for a reviewer to add
to data/lang/<code>/cue_verbs.tsv with their frames.

  tools/cue_lexicon_from_brat.py ../shared/corpus/polnear/train [--min-count 4] [--min-share 0.3]

Reads DIR/attributions/*.ann and DIR/text/NAME.txt (the annotator suffix
_XXXX of an .ann names its text). Prints count, share and form, most marked
first. A form is counted as written (lower case); the reviewer maps forms to
lemmas. Never run on the split that is evaluated.
"""
import argparse
import collections
import pathlib
import re
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=pathlib.Path)
    ap.add_argument("--min-count", type=int, default=4)
    ap.add_argument("--min-share", type=float, default=0.3)
    args = ap.parse_args()
    marked, seen = collections.Counter(), collections.Counter()
    texts = set()
    for ann in sorted((args.corpus / "attributions").glob("*.ann")):
        name = re.sub(r"_[^_]+$", "", ann.stem)
        text = args.corpus / "text" / (name + ".txt")
        if not text.exists():
            print(f"{ann}: no text {text}", file=sys.stderr)
            continue
        for line in ann.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) > 2 and fields[0].startswith("T") and fields[1].startswith("Cue "):
                form = fields[2].strip().lower()
                if re.fullmatch(r"[a-z]+", form):
                    marked[form] += 1
        if name not in texts:  # a text annotated twice is counted once
            texts.add(name)
            for word in re.findall(r"[A-Za-z]+", text.read_text(encoding="utf-8")):
                seen[word.lower()] += 1
    rows = [(count, count / seen[form], form) for form, count in marked.items()
            if count >= args.min_count and seen[form] and count / seen[form] >= args.min_share]
    for count, share, form in sorted(rows, reverse=True):
        print(f"{count}\t{share:.2f}\t{form}")


if __name__ == "__main__":
    main()
