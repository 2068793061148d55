#!/usr/bin/python3
"""Converts Grammalecte's French dictionary (python3-grammalecte, Dicollecte
data, MPL-2.0) into whosaid's full-form table (src/morph/lexicon.h).

Run by the build (CMake custom command), never by hand:
    grammalecte_table.py OUTPUT.bin

Each form gets its readings: lemma, UD part of speech and packed features
(core/morph.h's layout, repeated below), most likely reading first. The
binary layout is documented in src/morph/lexicon.h and written by
form_table.py (shared with the English converter).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from form_table import (ART, CND, DEM, FEM, FIELDS, FIN, FIRST_NAME, FUT, IMP, IMPF, IND, INDP, INF, INT, MASC,  # noqa: E402
                        NEG, PART, PAST, PLACE, PLUR, PRES, PRS, REL, SING, SUB, SURNAME, EXC, UPOS, pack, write_table)
from grammalecte.graphspell.ibdawg import IBDAWG  # noqa: E402

# ---- Grammalecte tags (graphspell/lexgraph_fr.py lists them) -------------
MOODS = {"Ip": (IND, PRES), "Iq": (IND, IMPF), "Is": (IND, PAST), "If": (IND, FUT),
         "K": (CND, PRES), "Sp": (SUB, PRES), "Sq": (SUB, IMPF), "E": (IMP, PRES)}
PERSONS = {"1s": (1, SING), "1ŝ": (1, SING), "1ś": (1, SING), "2s": (2, SING), "3s": (3, SING),
           "1p": (1, PLUR), "2p": (2, PLUR), "3p": (3, PLUR), "3p!": (3, PLUR)}
GENDERS = {"m": MASC, "f": FEM}
NUMBERS = {"s": SING, "p": PLUR}
# Grammatical words: each class atom gives one reading.
GRAMMATICAL = {
    "D": ("DET", dict(pron_type=ART)), "Dd": ("DET", dict(pron_type=DEM)),
    "Dp": ("DET", dict(poss=1)), "Di": ("DET", dict(pron_type=INDP)),
    "Dn": ("DET", dict(pron_type=NEG)), "De": ("DET", dict(pron_type=EXC)),
    "R": ("ADP", {}), "Cc": ("CCONJ", {}), "Cs": ("SCONJ", {}),
    "Os": ("PRON", dict(pron_type=PRS)), "Oo": ("PRON", dict(pron_type=PRS)),
    "Od": ("PRON", dict(pron_type=DEM)), "Oi": ("PRON", dict(pron_type=INDP)),
    "On": ("PRON", dict(pron_type=NEG)), "Ot": ("PRON", dict(pron_type=INT)),
    "Or": ("PRON", dict(pron_type=REL)), "Ow": ("PRON", dict(pron_type=PRS)),
    "X": ("ADV", dict(polarity=1)), "U": ("ADV", dict(pron_type=INT)), "W": ("ADV", {}),
}


def agreement(atoms):
    values = {}
    for a in atoms:
        if a in GENDERS:
            values["gender"] = GENDERS[a]
        elif a in NUMBERS:
            values["number"] = NUMBERS[a]
    return values


def verb_readings(atoms, lemma, participle):
    """':V1__t___zz:Ip:Sp:1s:3s' -> one reading per mood and person."""
    upos_list = ["VERB"]
    if atoms[0].startswith("V0"):  # être, avoir: auxiliary or main verb
        upos_list = ["AUX", "VERB"]
    moods = [a for a in atoms if a in MOODS]
    persons = [PERSONS[a] for a in atoms if a in PERSONS]
    out = []
    for upos in upos_list:
        for m in moods:
            mood, tense = MOODS[m]
            for person, number in persons or [(0, 0)]:
                out.append((lemma, upos, pack(verb_form=FIN, mood=mood, tense=tense, person=person, number=number)))
        if "Y" in atoms:
            out.append((lemma, upos, pack(verb_form=INF)))
        if "P" in atoms:
            out.append((lemma, upos, pack(verb_form=PART, tense=PRES)))
        if "Q" in atoms:
            out.append((lemma, upos, pack(verb_form=PART, tense=PAST, **agreement(atoms))))
    return out


def readings(form, lemma, tag, participle):
    """All (lemma, upos, feats) readings of one Grammalecte entry;
    participle: verb lemma -> its masculine singular past participle."""
    tag = tag.split("/")[0]
    classes = tag.split("#")[1:]
    atoms = [a.split(";")[0] for a in tag.split("#")[0].split(":") if a]
    if not atoms:
        return []
    head = atoms[0]
    agree = agreement(atoms)
    if head.startswith("V"):
        out = verb_readings(atoms, lemma, participle)
        if "A" in atoms:  # a past participle used as an adjective: "une mesure annoncée" (lemma annoncé)
            out.append((participle.get(lemma, form), "ADJ", pack(**agree)))
        return out
    out = []
    place = "P" in classes or "C" in classes
    if head == "G":
        for a in atoms[1:]:
            if a in GRAMMATICAL:
                upos, extra = GRAMMATICAL[a]
                values = dict(extra)
                if upos in ("PRON", "DET"):
                    values.update(agree)
                    person = next((int(p[1]) for p in atoms if p in ("O1", "O2", "O3")), 0)
                    if person:
                        values["person"] = person
                out.append((lemma, upos, pack(**values)))
        if "R" in atoms and "D" in atoms:  # au, du, aux: preposition fused with the article
            out = [(lemma, "ADP", pack(pron_type=ART, definite=1, **agree))]
        return out
    for a in atoms:
        if a == "N":
            out.append((lemma, "NOUN", pack(**agree)))
        elif a == "A":
            out.append((lemma, "ADJ", pack(**agree)))
        elif a == "M1":
            out.append((lemma, "PROPN", pack(name_class=FIRST_NAME, **agree)))
        elif a == "M2":
            out.append((lemma, "PROPN", pack(name_class=SURNAME, **agree)))
        elif a == "MP":
            out.append((lemma, "PROPN", pack(name_class=PLACE if place else 0, **agree)))
        elif a == "W":
            out.append((lemma, "ADV", 0))
        elif a == "J":
            out.append((lemma, "INTJ", 0))
        elif a == "B":
            out.append((lemma, "NUM", pack(num_type=1)))
        elif a == "T":
            out.append((lemma, "NOUN", pack(**agree)))
    if place and form[:1].isupper() and not any(r[1] == "PROPN" for r in out):
        out.append((lemma, "PROPN", pack(name_class=PLACE, **agree)))  # "France" is :N#P
    return out


def preference(reading):
    """Sort key: among a form's readings of one part of speech, the likelier
    features first (indicative, third person, masculine singular)."""
    _, _, feats = reading
    def get(name):
        shift, width = FIELDS[name]
        return (feats >> shift) & ((1 << width) - 1)
    mood_rank = [9, 0, 2, 3, 4][get("mood")] if get("mood") else 1
    person_rank = {3: 0, 1: 1, 2: 2, 0: 3}[get("person")]
    return (mood_rank, person_rank, get("tense"), get("number"), get("gender"))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: grammalecte_table.py OUTPUT.bin")
    dictionary = [(f.replace("’", "'"), l.replace("’", "'"), t) for f, l, t in IBDAWG("fr-allvars.json").select()]
    participle = {}
    for form, lemma, tag in dictionary:
        atoms = tag.split("/")[0].split(":")
        if "Q" in atoms and ("m" in atoms or "e" in atoms) and ("s" in atoms or "i" in atoms):
            participle.setdefault(lemma, form)
    entries = {}
    for form, lemma, tag in dictionary:
        for r in readings(form, lemma, tag, participle):
            entries.setdefault(form, {})[r] = None
    write_table(sys.argv[1], entries, lambda r: (list(UPOS).index(r[1]), preference(r)))


if __name__ == "__main__":
    main()
