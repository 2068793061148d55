#!/usr/bin/python3
"""Converts Grammalecte's French dictionary (python3-grammalecte, Dicollecte
data, MPL-2.0) into whosaid's full-form table (src/morph/lexicon.h).

Run by the build (CMake custom command), never by hand:
    grammalecte_table.py OUTPUT.bin

Each form gets its readings: lemma, UD part of speech and packed features
(core/morph.h's layout, repeated below), most likely reading first. The
binary layout is documented in src/morph/lexicon.h; the two must agree.
"""
import struct
import sys

from grammalecte.graphspell.ibdawg import IBDAWG

# ---- core/morph.h: Upos numbering and the packed feature fields ----------
UPOS = {n: i for i, n in enumerate(
    "_ ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split())}
FIELDS = {  # name: (shift, width)
    "gender": (0, 2), "number": (2, 2), "person": (4, 2), "verb_form": (6, 3),
    "mood": (9, 3), "tense": (12, 3), "definite": (15, 2), "pron_type": (17, 4),
    "poss": (21, 1), "reflex": (22, 1), "polarity": (23, 1), "num_type": (24, 2),
    "voice": (26, 1), "name_class": (27, 2),
}
MASC, FEM = 1, 2
SING, PLUR = 1, 2
FIN, INF, PART = 1, 2, 3
IND, SUB, CND, IMP = 1, 2, 3, 4
PRES, PAST, IMPF, FUT = 1, 2, 3, 4
ART, DEM, REL, INT, INDP, NEG, EXC, PRS = 2, 3, 4, 5, 6, 8, 9, 1
FIRST_NAME, SURNAME, PLACE = 1, 2, 3


def pack(**values):
    out = 0
    for name, value in values.items():
        shift, width = FIELDS[name]
        out |= (value & ((1 << width) - 1)) << shift
    return out


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


def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


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
    strings = bytearray()
    string_at = {}

    def intern(s):
        b = s.encode("utf-8")
        if b not in string_at:
            string_at[b] = len(strings)
            strings.extend(b)
        return string_at[b], len(b)

    forms = sorted(entries)
    entry_rows = bytearray()
    reading_rows = bytearray()
    reading_count = 0
    hashes = []
    for form in forms:
        rs = list(entries[form])
        rs.sort(key=lambda r: (list(UPOS).index(r[1]), preference(r)))
        offset, length = intern(form)
        entry_rows += struct.pack("<IHHI", offset, length, len(rs), reading_count)
        for lemma, upos, feats in rs:
            loff, llen = intern(lemma)
            reading_rows += struct.pack("<IIHBB", loff, feats, llen, UPOS[upos], 0)
        reading_count += len(rs)
        hashes.append(fnv1a(form.encode("utf-8")))
    slot_count = 1
    while slot_count < 2 * len(forms):
        slot_count *= 2
    slots = [0] * (2 * slot_count)  # (entry index + 1, high 32 bits of the hash)
    for index, h in enumerate(hashes):
        s = h & (slot_count - 1)
        while slots[2 * s]:
            s = (s + 1) & (slot_count - 1)
        slots[2 * s] = index + 1
        slots[2 * s + 1] = h >> 32
    slot_bytes = struct.pack("<%dI" % (2 * slot_count), *slots)
    header_size = 64
    sections = [slot_bytes, bytes(entry_rows), bytes(reading_rows), bytes(strings)]
    offsets = []
    at = header_size
    for s in sections:
        offsets.append(at)
        at += (len(s) + 7) // 8 * 8
    header = struct.pack("<8sIIII4Q", b"WSLEX002", len(forms), slot_count, reading_count, len(strings), *offsets)
    header += b"\0" * (header_size - len(header))
    with open(sys.argv[1] + ".tmp", "wb") as out:
        out.write(header)
        for s in sections:
            out.write(s)
            out.write(b"\0" * ((len(s) + 7) // 8 * 8 - len(s)))
    import os
    os.replace(sys.argv[1] + ".tmp", sys.argv[1])


if __name__ == "__main__":
    main()
