#!/usr/bin/python3
"""Candidate cue verbs for data/lang/fr/cue_verbs.tsv, from public resources.

Seeds are verbs of saying, denying, refusing and believing. Their synonyms in
the mythes-fr thesaurus (/usr/share/mythes/th_fr_FR_v2.dat, the LibreOffice
French thesaurus) that Grammalecte's conjugation tables know as verbs, and that
cue_verbs.tsv does not hold yet, are printed with the seeds they came from and
a guessed conjugation model. The output is a list to REVIEW BY HAND: a
thesaurus gives "marcher" under "affirmer"; only real verbs of communication
(or belief, marked as such) go into cue_verbs.tsv, each with its type and
frames chosen by a person.

usage: /usr/bin/python3 tools/cue_lexicon_candidates.py [--thesaurus PATH] [--lexicon PATH] > candidates.tsv
"""
import argparse
import collections
import sys

SEEDS = {
    "statement": ["dire", "déclarer", "affirmer", "annoncer", "expliquer", "indiquer", "préciser", "ajouter",
                  "raconter", "répondre", "critiquer", "dénoncer", "demander", "exiger", "avertir", "avouer",
                  "promettre", "conseiller", "parler", "exprimer", "crier", "souligner", "protester", "accuser",
                  "prétendre", "se plaindre", "féliciter", "confier", "insister", "murmurer", "railler"],
    "denial": ["nier", "démentir", "contester", "réfuter", "rejeter", "désavouer"],
    "refusal": ["refuser", "décliner", "se taire"],
    "belief": ["penser", "croire", "estimer", "juger", "craindre", "espérer", "douter", "soupçonner"],
}


def read_thesaurus(path):
    """lemma -> list of verb synonyms (only the '(Verbe)' senses)."""
    out = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        f.readline()  # encoding line
        while True:
            head = f.readline()
            if not head:
                break
            word, _, count = head.rstrip("\n").partition("|")
            for _ in range(int(count or 0)):
                sense = f.readline().rstrip("\n").split("|")
                if sense and "Verbe" in sense[0]:
                    out[word].extend(sense[1:])
    return out


def known_expressions(path):
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")}


def guess_model(verb):
    """The conjugation model of data/lang/fr/conjugation_models.tsv a lemma most likely takes."""
    head = verb.split(" ")[0]
    if head.startswith("se ") or head.startswith("s'"):
        head = head.split(" ", 1)[-1].split("'", 1)[-1]
    for ending, model in (("cer", "cer"), ("ger", "ger"), ("yer", "yer"), ("eler", "eler"), ("eter", "eter"),
                          ("crire", "crire"), ("clure", "clure"), ("dire", "dire"), ("mettre", "mettre"),
                          ("prendre", "prendre"), ("venir", "enir"), ("tenir", "enir"), ("indre", "indre"),
                          ("dre", "dre"), ("faire", "faire")):
        if head.endswith(ending):
            return model
    if head.endswith("er"):
        stem = head[:-2]
        if len(stem) >= 2 and stem[-2] == "é":
            return "é*er"
        if len(stem) >= 2 and stem[-2] == "e" and stem[-1] not in "aeiouy":
            return "e*er"
        return "er"
    if head.endswith("ir"):
        return "ir"
    return "?"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thesaurus", default="/usr/share/mythes/th_fr_FR_v2.dat")
    ap.add_argument("--lexicon", default="data/lang/fr/cue_verbs.tsv")
    args = ap.parse_args()
    try:
        from grammalecte.fr import conj
    except ImportError:
        sys.exit("needs Debian's python3-grammalecte: run with /usr/bin/python3")
    thesaurus = read_thesaurus(args.thesaurus)
    known = known_expressions(args.lexicon)
    found = collections.defaultdict(set)
    kinds = collections.defaultdict(set)
    for kind, seeds in SEEDS.items():
        for seed in seeds:
            for synonym in thesaurus.get(seed, []):
                verb = synonym.strip()
                if verb in known or " " in verb.replace("se ", "", 1).replace("s'", "", 1):
                    continue
                bare = verb[3:] if verb.startswith("se ") else verb[2:] if verb.startswith("s'") else verb
                if not conj.isVerb(bare):
                    continue
                found[verb].add(seed)
                kinds[verb].add(kind)
    print("# candidate\tguessed model\tseed kinds\tseeds (REVIEW BY HAND before use)")
    for verb in sorted(found, key=lambda v: (-len(found[v]), v)):
        print(f"{verb}\t{guess_model(verb)}\t{','.join(sorted(kinds[verb]))}\t{','.join(sorted(found[verb]))}")


if __name__ == "__main__":
    main()
