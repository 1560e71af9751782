#!/usr/bin/env python3
"""Build data/lexicon/freedict-id-en.tsv from FreeDict English-Indonesian.

The offline backend needs an Indonesian -> English word list. FreeDict ships the other
direction (English headwords with Indonesian translations), so this script reverses it:
every Indonesian translation becomes a key, and the English headwords that list it become its
candidate glosses. For each key it keeps one best gloss and a few alternatives.

Input: the Debian package `dict-freedict-eng-ind` (dictd format):
  /usr/share/dictd/freedict-eng-ind.index   headword TAB b64-offset TAB b64-length
  /usr/share/dictd/freedict-eng-ind.dict.dz dictzip (gzip-readable)

Output: a sorted, deterministic TSV with a header naming the edition, the licence
(CC-BY-SA-3.0, because a reversed dictionary is an adaptation) and the attribution.
Running it twice on the same package gives byte-identical output.

It also writes data/lexicon/loanwords.tsv: Indonesian spellings of English Latinate words
(`transition` -> `transisi`, `significant` -> `signifikan`, `strategic` -> `strategis`) made
by the regular loan-word rules (Pedoman Umum Pembentukan Istilah) from the SCOWL British word
list (Debian `wbritish`, /usr/share/dict/british-english; permissive licence, notice kept in
the file). News Indonesian is full of such loans; the offline backend consults this table last.

And it writes data/lexicon/english-words.txt: common English words, which the offline backend
keeps as English when Indonesian copy uses them as they are (`office`, `market`, `happy
ending`, `sold out`), instead of marking them unknown. The words are SCOWL's lower-case words
of sizes 10 to 50 (SCOWL's commonness levels: 50 and below are "the words in most
dictionaries") in its English, American, British and first-variant lists (Debian `scowl`,
/usr/share/dict/scowl/), less every word the Indonesian Hunspell dictionary accepts (Debian
`hunspell-id`, run through `hunspell -l`): a word that is also Indonesian, or an Indonesian form
spelled like English (`air`, `main`, `data`, `bank`, `sore`, `jam`, `mas`), is never taken for
English. Larger SCOWL sizes add rare English words that an Indonesian typo could match.
The words it leaves out go to data/lexicon/english-shared.txt: English words Indonesian
spelling also allows (`as`, `we`, `not`, `data`), which the gist reads as English only
inside a run of English words.

The LibreOffice thesaurus (Debian `mythes-id`) was tried as a source of glosses by synonym
votes and left out: about one gloss in five was wrong (`kelepir` -> `testicle` for "bargain",
`jagat` -> `sky`, `terik` -> `very`), and a wrong gloss misleads where a `*word` marker is honest.

Usage: python3 tools/build-lexicon.py [--dict-dir DIR] [--out PATH] [--words PATH] [--check]
  --check  also lint data/lexicon/supplement.tsv (duplicates, unknown POS, bad columns).
"""

import argparse
import gzip
import os
import re
import sys
from collections import defaultdict

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# FreeDict part-of-speech tags -> the lexicon's short tags (see data/lexicon/README.md).
POS_MAP = {
    "n": "n",
    "v": "v",
    "vt": "v",
    "vi": "v",
    "adj": "adj",
    "adv": "adv",
    "pn": "pn",
    "prep": "prep",
    "conj": "conj",
    "pron": "pron",
    "num": "num",
    "det": "det",
    "art": "det",
    "interjection": "intj",
    "intj": "intj",
    "int": "intj",
    "phraseologicalUnit": "phr",
    "ptcl": "part",
    "particle": "part",
    "numeral": "num",
    "preposition": "prep",
    "conjunction": "conj",
    "pronoun": "pron",
    "determiner": "det",
    "article": "det",
}

# Headword tags that are not words a translator would want (affixes, abbreviations, symbols).
SKIP_POS = {
    "suffix", "prefix", "infix", "affix", "abbr", "symbol", "character", "letter", "proverb",
}

SUPPLEMENT_POS = {
    "n", "v", "adj", "adv", "prep", "conj", "det", "pron", "num", "pn", "part", "intj",
    "phr", "cls", "aux", "q",
}

NAME_GLOSS = re.compile(r"given name|surname|family name|male name|female name|first name")
SENSE_RE = re.compile(r"^\s*(\d+)\.\s*(.*)$")
GLUED_SENSE_RE = re.compile(r"\s+\d+\.$")
HEAD_RE = re.compile(r"^(.*?)\s+(?:/[^<]*/\s*)?<([^>]+)>\s*$")
# An Indonesian key must look like a word or a short phrase of words.
KEY_RE = re.compile(r"^[a-zà-ÿ][a-zà-ÿ'’\- ]*[a-zà-ÿ]$|^[a-z]$")


def b64(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def read_entries(dict_dir):
    """Yields (headword, pos, senses, glosses); senses is a list of lists of translations."""
    index = os.path.join(dict_dir, "freedict-eng-ind.index")
    data_path = os.path.join(dict_dir, "freedict-eng-ind.dict.dz")
    with gzip.open(data_path, "rb") as f:
        data = f.read()
    edition = None
    with open(index, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            head, off, length = parts
            chunk = data[b64(off): b64(off) + b64(length)].decode("utf-8")
            if head.startswith("00database"):
                m = re.search(r"Edition:\s*(\S+)", chunk)
                if m:
                    edition = m.group(1)
                continue
            yield from parse_chunk(chunk)
    read_entries.edition = edition


def parse_chunk(chunk):
    """Parses one dictd article; an article may hold several entries (one per POS)."""
    lines = chunk.split("\n")
    entry = None
    expect_translation = True
    for raw in lines:
        if not raw.strip():
            continue
        m = HEAD_RE.match(raw)
        if m and not raw.startswith(" ") and "<" in raw and raw.rstrip().endswith(">"):
            if entry:
                yield entry
            entry = (m.group(1).strip(), m.group(2).strip(), [], [])
            expect_translation = True
            continue
        if entry is None:
            continue
        line = raw
        numbered = SENSE_RE.match(line)
        if numbered:
            text = numbered.group(2)
            text = GLUED_SENSE_RE.sub("", text)
            if text.strip():
                entry[2].append(split_translations(text))
            expect_translation = False
            continue
        if expect_translation:
            text = GLUED_SENSE_RE.sub("", line)
            entry[2].append(split_translations(text))
            expect_translation = False
        else:
            # An English gloss line: it ends the sense.
            entry[3].append(line.strip())
            expect_translation = True
    if entry:
        yield entry


def split_translations(text):
    out = []
    for t in text.split(","):
        t = t.strip().strip(";").strip()
        if t:
            out.append(t)
    return out


def clean_key(t):
    """The Indonesian key for a translation, or None when it is not a usable word/phrase."""
    t = re.sub(r"\s*\([^)]*\)", "", t).strip()
    t = t.replace("’", "'")
    if not t or "..." in t or "…" in t:
        return None
    key = t.lower()
    if not KEY_RE.match(key):
        return None
    if key.startswith("-") or key.endswith("-"):
        return None
    if len(key.split()) > 4:
        return None
    return key


def english_ok(h):
    if not h or len(h) > 40:
        return False
    if any(ch.isdigit() for ch in h):
        return False
    return True


def score(cand, repeats):
    """Lower is better. cand = (english, pos, sense, position, key_cased)."""
    english, pos, sense, position, key_cased = cand
    words = english.split()
    s = -1.0 * (repeats - 1)
    s += position * 3.0  # the Indonesian word listed first in a sense is its main rendering
    s += sense * 1.5  # earlier senses are the headword's main meanings
    s += (len(words) - 1) * 2.5  # prefer single English words over phrases
    s += len(english) * 0.08  # shorter English words are usually the commoner ones
    lower_key = key_cased == key_cased.lower()
    if pos == "pn" and lower_key:
        s += 6.0  # a lower-case Indonesian word is rarely a proper noun
    if english[:1].isupper() and lower_key:
        s += 4.0
    if pos == "phr":
        s += 5.0
    if english.endswith(("ism", "ology")):
        s += 0.5
    return (s, english.lower(), english, pos)


def build(dict_dir):
    pairs = defaultdict(list)
    entries = 0
    for head, pos_raw, senses, glosses in read_entries(dict_dir):
        pos_tag = pos_raw.split()[0] if pos_raw else ""
        if pos_tag in SKIP_POS:
            continue
        pos = POS_MAP.get(pos_tag, "")
        if not english_ok(head):
            continue
        # Personal names (`Viktor` -> `Victor`) and place names with qualifiers
        # (`Washington, D.C.`): a name in a news text must be kept as written.
        if pos == "pn" and ("," in head or any(NAME_GLOSS.search(g) for g in glosses)):
            continue
        entries += 1
        for si, sense in enumerate(senses):
            for pi, t in enumerate(sense):
                key = clean_key(t)
                if key is None:
                    continue
                pairs[key].append((head, pos, si, pi, t))
    rows = []
    for key in sorted(pairs):
        # The same pairing found in several senses or headword entries is a stronger one.
        repeats = defaultdict(int)
        for c in pairs[key]:
            repeats[c[0]] += 1
        ranked = sorted(pairs[key], key=lambda c: score(c, repeats[c[0]]))
        best = ranked[0]
        seen = {best[0].lower()}
        alts = []
        for c in ranked[1:]:
            if c[0].lower() in seen:
                continue
            seen.add(c[0].lower())
            alts.append(c[0])
            if len(alts) == 4:
                break
        rows.append((key, best[0], best[1], "; ".join(alts)))
    return rows, entries


# English suffix -> Indonesian suffix(es), POS. Longest first.
SUFFIXES = [
    ("isation", ["isasi"], "n"), ("ization", ["isasi"], "n"),
    ("ication", ["ikasi"], "n"),
    ("ation", ["asi"], "n"),
    ("ction", ["ksi"], "n"),
    ("ption", ["psi"], "n"),
    ("ntion", ["nsi"], "n"),
    ("ssion", ["si"], "n"),
    ("ition", ["isi"], "n"),
    ("ution", ["usi"], "n"),
    ("otion", ["osi"], "n"),
    ("sion", ["si"], "n"),
    ("tion", ["si"], "n"),
    ("gement", ["jemen"], "n"),
    ("rtment", ["rtemen"], "n"),
    ("ment", ["men"], "n"),
    ("ism", ["isme"], "n"),
    ("ist", ["is"], "n"),
    ("ity", ["itas", "iti"], "n"),
    ("yst", ["is"], "n"),
    ("sis", ["sis"], "n"),
    # Killers and chemical compounds (`herbicide` -> `herbisida`, `chloride` -> `klorida`);
    # not every `-ide` (`decide`, `inside`).
    ("icide", ["isida"], "n"), ("ocide", ["osida"], "n"),
    ("oride", ["orida"], "n"), ("omide", ["omida"], "n"), ("xide", ["ksida"], "n"),
    ("rbide", ["rbida"], "n"),
    ("ence", ["ensi"], "n"), ("ency", ["ensi"], "n"),
    ("ance", ["ansi"], "n"), ("ancy", ["ansi"], "n"),
    ("logy", ["logi"], "n"), ("graphy", ["grafi"], "n"), ("nomy", ["nomi"], "n"),
    ("cracy", ["krasi"], "n"),
    ("ure", ["ur"], "n"),
    ("ical", ["is", "ikal"], "adj"),
    ("ive", ["if"], "adj"),
    ("ics", ["ika"], "n"),
    ("ic", ["ik", "is"], "adj"),
    ("ary", ["er", "ari"], "adj"),
    ("ory", ["ori"], "n"),
    ("ery", ["eri"], "n"),
    ("ry", ["ri"], "n"),
    ("cy", ["si"], "n"),
    ("gy", ["gi"], "n"),
    ("al", ["al"], "adj"),
    ("ant", ["an"], "adj"),
    ("ent", ["en"], "adj"),
    ("ar", ["er"], "adj"),
    ("ate", ["at"], "adj"),
    ("or", ["or"], "n"),
    ("us", ["us"], "n"),
    ("um", ["um"], "n"),
]

def map_letters(s, after):
    """English spelling -> Indonesian spelling for a stem; `after` is the next English letter."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        nxt = s[i + 1] if i + 1 < n else after
        if s.startswith("ph", i):
            out.append("f"); i += 2; continue
        if s.startswith("th", i):
            out.append("t"); i += 2; continue
        if s.startswith("ch", i):
            out.append("k"); i += 2; continue
        if s.startswith("qu", i):
            out.append("ku"); i += 2; continue
        if s.startswith("ck", i):
            out.append("k"); i += 2; continue
        if s.startswith("tion", i) or s.startswith("tia", i):
            out.append("si"); i += 2; continue
        if s.startswith("ou", i):
            out.append("u"); i += 2; continue
        if s.startswith("ae", i):
            out.append("e"); i += 2; continue
        if c == "x":
            out.append("ks"); i += 1; continue
        if c == "c":
            out.append("s" if nxt in "eiy" else "k"); i += 1; continue
        if c == "y":
            out.append("i"); i += 1; continue
        if c == "w":
            out.append("w"); i += 1; continue
        if i + 1 < n and s[i + 1] == c and c not in "aeiou":
            out.append(c); i += 2; continue
        out.append(c); i += 1
    return "".join(out)

def indonesian_forms(eng):
    for suf, ids, pos in SUFFIXES:
        if eng.endswith(suf) and len(eng) - len(suf) >= 2:
            stem = eng[: -len(suf)]
            base = map_letters(stem, suf[0])
            return [(base + i, pos) for i in ids]
    return []



SCOWL_NOTICE = """\
# Copyright 2000-2011 by Kevin Atkinson
#
# Permission to use, copy, modify, distribute and sell these word lists, the associated
# scripts, the output created from the scripts, and its documentation for any purpose is
# hereby granted without fee, provided that the above copyright notice appears in all copies
# and that both that copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the suitability of this array
# for any purpose. It is provided "as is" without express or implied warranty.
#
# SCOWL also builds on WordNet 1.6, Copyright 1997 by Princeton University. All rights
# reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the
# software and/or database. (Full notices: /usr/share/doc/wbritish/copyright.)
"""


def build_loanwords(words_path, taken, common):
    """Indonesian loan spellings of English words: {indonesian: (english, pos)}."""
    cands = defaultdict(list)
    with open(words_path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w.isalpha() or not w.islower() or not w.isascii() or len(w) < 5:
                continue
            for form, pos in indonesian_forms(w):
                if len(form) < 5 or form in taken:
                    continue
                cands[form].append((w, pos))
    out = {}
    for form, lst in cands.items():
        # Prefer an English word the dictionary also uses (a commoner word), then the shortest.
        lst.sort(key=lambda c: (c[0] not in common, len(c[0]), c[0]))
        out[form] = lst[0]
    return out


ENGLISH_LISTS = ("english-words", "american-words", "british-words", "variant_1-words")
# SCOWL keeps contractions (`don't`, `they're`) in lists of their own; `'s` forms (`it's`,
# `office's`) are in the word lists.
ENGLISH_CONTRACTIONS = ("english-contractions", "variant_1-contractions")
ENGLISH_SIZES = (10, 20, 35, 40, 50)
HUNSPELL_ID = "/usr/share/hunspell/id_ID"


def build_english_words(scowl_dir):
    """Common English words that Indonesian Hunspell rejects, sorted; the ones it accepts
    (English and Indonesian spell them alike: `as`, `we`, `not`, `data`), sorted; and the
    number of words read."""
    import subprocess

    words, apostrophed = set(), set()
    for name in ENGLISH_LISTS + ENGLISH_CONTRACTIONS:
        for size in ENGLISH_SIZES:
            path = os.path.join(scowl_dir, f"{name}.{size}")
            if not os.path.exists(path):
                continue
            with open(path, encoding="latin-1") as f:
                for line in f:
                    w = line.strip()
                    # Lower case only (names and acronyms are handled as names), letters and
                    # inner hyphens only, two letters or more.
                    if len(w) >= 2 and w.islower() and re.fullmatch(r"[a-z]+(-[a-z]+)*", w):
                        words.add(w)
                    # Contractions and `'s` forms (`it's`, `don't`, `we're`): English-only
                    # (Indonesian spelling has no such endings), so kept without asking
                    # Hunspell, which would split them at the apostrophe.
                    elif re.fullmatch(r"[a-z]+'[a-z]+", w):
                        apostrophed.add(w)
    ordered = sorted(words)
    run = subprocess.run(
        ["hunspell", "-d", HUNSPELL_ID, "-l"],
        input="\n".join(ordered) + "\n",
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    # `-l` lists the words Hunspell does not accept: those are not Indonesian.
    rejected = set(run.stdout.split())
    kept = sorted([w for w in ordered if w in rejected] + sorted(apostrophed - words))
    shared = [w for w in ordered if w not in rejected]
    return kept, shared, len(ordered) + len(apostrophed)


def lint_supplement(path):
    problems = []
    seen = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                problems.append(f"{path}:{n}: expected at least 3 tab-separated columns")
                continue
            key, english, pos = cols[0], cols[1], cols[2]
            if key != key.strip() or english != english.strip():
                problems.append(f"{path}:{n}: stray spaces around a column")
            if pos not in SUPPLEMENT_POS:
                problems.append(f"{path}:{n}: unknown POS {pos!r}")
            # A key with capitals is its own, case-sensitive entry (`Minggu` vs `minggu`).
            k = key if key != key.lower() else key.lower()
            if k in seen:
                problems.append(f"{path}:{n}: duplicate of line {seen[k]}: {key}")
            seen[k] = n
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dict-dir", default="/usr/share/dictd")
    ap.add_argument("--out", default=os.path.join(root, "data/lexicon/freedict-id-en.tsv"))
    ap.add_argument("--words", default="/usr/share/dict/british-english")
    ap.add_argument(
        "--loan-out", default=os.path.join(root, "data/lexicon/loanwords.tsv")
    )
    ap.add_argument("--scowl-dir", default="/usr/share/dict/scowl")
    ap.add_argument(
        "--english-out", default=os.path.join(root, "data/lexicon/english-words.txt")
    )
    ap.add_argument(
        "--shared-out", default=os.path.join(root, "data/lexicon/english-shared.txt")
    )
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()

    if args.check:
        problems = lint_supplement(os.path.join(root, "data/lexicon/supplement.tsv"))
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            sys.exit(1)

    rows, entries = build(args.dict_dir)
    edition = getattr(read_entries, "edition", None) or "unknown"
    header = [
        "# Indonesian -> English lexicon reversed from FreeDict English-Bahasa Indonesia",
        f"# (FreeDict+WikDict dictionary, edition {edition}, maintainer Karl Bartel;",
        "# base data from Wiktionary via DBnary). https://freedict.org/ http://www.wikdict.com/",
        "# Licence: CC-BY-SA-3.0 (Creative Commons Attribution-ShareAlike 3.0 Unported).",
        "# This file is an adaptation of that work and is distributed under the same licence.",
        "# Generated by tools/build-lexicon.py from the Debian package dict-freedict-eng-ind;",
        "# do not edit by hand (put corrections in supplement.tsv, which wins).",
        f"# {entries} English headwords read, {len(rows)} Indonesian keys written.",
        "# Columns: indonesian<TAB>english<TAB>pos<TAB>other English headwords (; separated)",
    ]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(h + "\n")
        for key, english, pos, alts in rows:
            f.write(f"{key}\t{english}\t{pos}\t{alts}\n")
    print(f"wrote {args.out}: {len(rows)} keys from {entries} headwords (edition {edition})")

    # Loan words: skip forms the dictionaries already have (they would never be consulted).
    taken = {r[0] for r in rows}
    sup = os.path.join(root, "data/lexicon/supplement.tsv")
    if os.path.exists(sup):
        with open(sup, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    taken.add(line.split("\t")[0].lower())
    common = set()
    for r in rows:
        common.add(r[1].lower())
        common.update(a.strip().lower() for a in r[3].split(";") if a.strip())
    loans = build_loanwords(args.words, taken, common)
    with open(args.loan_out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Indonesian loan-word spellings of English words, generated by tools/build-lexicon.py\n")
        f.write("# from the SCOWL British English word list (Debian wbritish,\n")
        f.write("# /usr/share/dict/british-english) with the regular loan rules (-tion -> -si,\n")
        f.write("# -ive -> -if, -ity -> -itas, c -> k/s, ph -> f, ...). Guesses, consulted last.\n")
        f.write("# Do not edit by hand. Columns: indonesian<TAB>english<TAB>pos\n#\n")
        f.write("# The word list's licence:\n#\n")
        f.write(SCOWL_NOTICE)
        for form in sorted(loans):
            w, pos = loans[form]
            f.write(f"{form}\t{w}\t{pos}\n")
    print(f"wrote {args.loan_out}: {len(loans)} loan spellings")


    english, shared, read = build_english_words(args.scowl_dir)
    sizes = f"# words of sizes {', '.join(map(str, ENGLISH_SIZES))} in its lists {', '.join(ENGLISH_LISTS)}\n"
    write_scowl_list(args.english_out, english,
        "# Common English words, kept as English when Indonesian copy uses them as they are.\n", [
        sizes,
        "# (Debian scowl, /usr/share/dict/scowl/), less the words the Indonesian Hunspell\n",
        "# dictionary (Debian hunspell-id) accepts, which are Indonesian too or could be.\n",
        f"# {read} words read, {len(english)} kept. One word a line.\n#\n",
    ])
    print(f"wrote {args.english_out}: {len(english)} English words of {read}")

    # The words left out above: read as English only inside a run of English (the gist's
    # `english_runs`), as Indonesian everywhere else.
    write_scowl_list(args.shared_out, shared,
        "# Common English words that Indonesian spelling also allows (`as`, `we`, `not`, `data`).\n", [
        sizes,
        "# (Debian scowl, /usr/share/dict/scowl/) that the Indonesian Hunspell dictionary\n",
        "# (Debian hunspell-id) accepts: the complement of english-words.txt in the same lists.\n",
        f"# {len(shared)} words. One word a line.\n#\n",
    ])
    print(f"wrote {args.shared_out}: {len(shared)} words English and Indonesian spell alike")


def write_scowl_list(path, words, title, details):
    """A word list made from SCOWL: its title line, the note that it is generated, the lines
    saying which words it holds, SCOWL's licence notice, then one word a line."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(title)
        f.write("# Generated by tools/build-lexicon.py; do not edit by hand. SCOWL's lower-case\n")
        for line in details:
            f.write(line)
        f.write("# The word list's licence:\n#\n")
        f.write(SCOWL_NOTICE)
        for w in words:
            f.write(w + "\n")


if __name__ == "__main__":
    main()
