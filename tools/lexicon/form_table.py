"""whosaid's full-form table (src/morph/lexicon.h): the numbering of parts of
speech and packed features of core/morph.h, and the writer of the binary
table, shared by the converters of each language (grammalecte_table.py for
French, english_table.py for English). The layout here and the C++ reader
must agree.
"""
import os
import struct

# ---- core/morph.h: Upos numbering and the packed feature fields ----------
UPOS_NAMES = "_ ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
UPOS = {n: i for i, n in enumerate(UPOS_NAMES)}
FIELDS = {  # name: (shift, width)
    "gender": (0, 2), "number": (2, 2), "person": (4, 2), "verb_form": (6, 3),
    "mood": (9, 3), "tense": (12, 3), "definite": (15, 2), "pron_type": (17, 4),
    "poss": (21, 1), "reflex": (22, 1), "polarity": (23, 1), "num_type": (24, 2),
    "voice": (26, 1), "name_class": (27, 2), "degree": (29, 2),
}
MASC, FEM = 1, 2
SING, PLUR = 1, 2
FIN, INF, PART, GER = 1, 2, 3, 4
IND, SUB, CND, IMP = 1, 2, 3, 4
PRES, PAST, IMPF, FUT = 1, 2, 3, 4
ART, DEM, REL, INT, INDP, TOT, NEG, EXC, PRS = 2, 3, 4, 5, 6, 7, 8, 9, 1
FIRST_NAME, SURNAME, PLACE = 1, 2, 3
POS_DEGREE, CMP, SUP = 1, 2, 3

# UD FEATS values by field, as src/morph/ud_feats.cpp reads them.
UD_FEATS = {
    "Gender": ("gender", ["", "Masc", "Fem", "Com"]),
    "Number": ("number", ["", "Sing", "Plur", "Ptan"]),
    "Person": ("person", ["", "1", "2", "3"]),
    "VerbForm": ("verb_form", ["", "Fin", "Inf", "Part", "Ger"]),
    "Mood": ("mood", ["", "Ind", "Sub", "Cnd", "Imp"]),
    "Tense": ("tense", ["", "Pres", "Past", "Imp", "Fut", "Pqp"]),
    "Definite": ("definite", ["", "Def", "Ind"]),
    "PronType": ("pron_type", ["", "Prs", "Art", "Dem", "Rel", "Int", "Ind", "Tot", "Neg", "Exc", "Emp"]),
    "Poss": ("poss", ["", "Yes"]),
    "Reflex": ("reflex", ["", "Yes"]),
    "Polarity": ("polarity", ["", "Neg"]),
    "NumType": ("num_type", ["", "Card", "Ord"]),
    "Voice": ("voice", ["", "Pass"]),
    "NameType": ("name_class", ["", "Giv", "Sur", "Geo"]),
    "Degree": ("degree", ["", "Pos", "Cmp", "Sup"]),
}


def pack(**values):
    out = 0
    for name, value in values.items():
        shift, width = FIELDS[name]
        out |= (value & ((1 << width) - 1)) << shift
    return out


def get(feats, name):
    shift, width = FIELDS[name]
    return (feats >> shift) & ((1 << width) - 1)


def parse_ud_feats(text, where):
    """'Number=Sing|Person=3' -> packed features; an unknown feature or
    value is an error naming `where` (a file and line)."""
    values = {}
    if text in ("", "_"):
        return 0
    for pair in text.split("|"):
        name, _, value = pair.partition("=")
        if name not in UD_FEATS or value not in UD_FEATS[name][1][1:]:
            raise ValueError("%s: unknown feature '%s'" % (where, pair))
        field, names = UD_FEATS[name]
        values[field] = names.index(value)
    return pack(**values)


def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def write_table(path, entries, sort_key=None):
    """entries: form -> iterable of (lemma, upos name, packed feats), sorted
    by part of speech, the likeliest first (the reader takes the first of a
    part of speech), or put in that order by sort_key. Writes atomically
    (path.tmp, then rename)."""
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
        if sort_key is not None:
            rs.sort(key=sort_key)
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
    with open(path + ".tmp", "wb") as out:
        out.write(header)
        for s in sections:
            out.write(s)
            out.write(b"\0" * ((len(s) + 7) // 8 * 8 - len(s)))
    os.replace(path + ".tmp", path)
