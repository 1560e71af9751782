#!/usr/bin/env python3
"""Scores terjemah's segmenter and general-purpose sentence splitters on the same gold.

Usage: pip install pysbd sentencex; cargo build;
       python3 tools/compare-splitters.py [--only NAME,NAME] [--errors NAME]

Gold sets, each scored as inner sentence starts per paragraph (precision, recall, F1), as
tests/segmentation.rs does:
- PUD: ../shared/data/seg-dev-pud.jsonl (UD Indonesian PUD), paragraphs without multi-sentence
  units ("clean");
- UD gsd-dev / gsd-train-a / gsd-train-b / csui-train-a / csui-train-b / gsd-test / csui-test:
  tests/data/ud/*.tsv, sentences of other UD Indonesian treebanks (GSD dev, two parts of GSD
  train and CSUI train to tune on; GSD test and CSUI test held out, only scored), grouped 3, 4, 5, 6
  consecutive sentences a paragraph as tests/segmentation.rs does, paragraphs without
  multi-sentence units ("clean");
- examples: tests/data/news-gold.jsonl (the example articles, boundaries checked by hand);
- unseen tune / tune-2 / ... / heldout-5 / ...: every tests/data/news-unseen/*.txt (news from outlets
  and years not in examples/, annotated by hand; the held-out files are only ever scored), and
  "unseen heldout-5+6", both held-out files together.

`--body` scores, on the unseen-news sets, only the paragraphs whose gold kind is `body` (terjemah
still reads the whole article): the regime of clean article text, where the general splitters are
strongest, so the margin there is the one that matters for prose.

`--only` scores the named sets alone (`--only "unseen tune-2"`), so a set can be scored
before the others, or without scoring the held-out half again.

terjemah is run as `target/{debug,release}/translate segment --json` (the newer) on each
article, one paragraph per line, as a scraped article arrives; the peers see each paragraph
alone (they have no notion of an article). For terjemah the boilerplate F1 of paragraph kinds
is printed too (a paragraph counts as boilerplate when its kind is `boilerplate`).
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEP = "‖"


def parse_unseen(path):
    """Articles of an annotated file: [(id, source, [(kind, text, [segment starts])])]."""
    articles = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# article:"):
            parts = [p.strip() for p in line[len("# article:"):].split("|")]
            articles.append((parts[0], parts[1], []))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, body = line.partition("] ")
        kind = kind.lstrip("[")
        text, starts = "", []
        for i, piece in enumerate(body.split(SEP)):
            if i > 0:
                # ` ‖ ` is a boundary at a space; a bare `‖` one with no space (as scraped).
                if text.endswith(" "):
                    text = text[:-1]
                    piece = piece[1:] if piece.startswith(" ") else piece
                    text += " "
                starts.append(len(text.encode("utf-8")))
            text += piece
        articles[-1][2].append((kind, text, starts))
    return articles


def unseen_sets():
    """The annotated unseen-news files, tuning sets first, each kind in the order built."""
    names = [f[:-4] for f in os.listdir(os.path.join(ROOT, "tests/data/news-unseen")) if f.endswith(".txt")]
    number = lambda n: int(n.rsplit("-", 1)[1]) if n[-1].isdigit() else 1
    return sorted(names, key=lambda n: (n.startswith("heldout"), number(n)))


def ud_paragraphs(path):
    """Clean paragraphs of a transcribed UD file: [(text, starts)], grouped as the Rust test does."""
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        _, multi, text = line.split("\t", 2)
        rows.append((multi == "1", text))
    out, at, k = [], 0, 0
    while at < len(rows):
        group = rows[at:at + (3, 4, 5, 6)[k % 4]]
        at, k = at + len(group), k + 1
        if not any(m for m, _ in group):
            sents = [s for _, s in group]
            text = " ".join(sents)
            out.append((text, starts_of(text, sents)))
    return out


def starts_of(text, pieces):
    """Byte offsets (after the first) at which `pieces` start, found in order in `text`."""
    out, at = [], 0
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        pos = text.find(p, at)
        if pos < 0:
            pos = text.find(p[:20], at)
        if pos < 0:
            continue
        if pos > 0:
            out.append(len(text[:pos].encode("utf-8")))
        at = pos + len(p)
    return set(out)


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, ours):
        gold, ours = set(gold), set(ours)
        self.tp += len(gold & ours)
        self.fp += len(ours - gold)
        self.fn += len(gold - ours)

    def f1(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self):
        return f"{self.f1():.4f}"


def translate_binary():
    """The most recently built `translate` (release or debug), so a stale one is not scored."""
    if os.environ.get("TRANSLATE"):
        # Another build to compare with (`TRANSLATE=/path/to/translate`).
        return os.environ["TRANSLATE"]
    found = [os.path.join(ROOT, "target", p, "translate") for p in ("release", "debug")]
    found = [exe for exe in found if os.path.exists(exe)]
    return max(found, key=os.path.getmtime) if found else None


def terjemah_article(exe, paragraphs):
    """(kinds, starts per paragraph) from `translate segment --json` on the joined article."""
    text = "\n".join(paragraphs) + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        name = f.name
    try:
        out = subprocess.run([exe, "segment", "--json", name], capture_output=True, check=True)
    finally:
        os.unlink(name)
    doc = json.loads(out.stdout)
    kinds, starts = [], []
    for p in doc["paragraphs"]:
        first = p["segments"][0]["start"]
        kinds.append(p["kind"])
        starts.append({s["start"] - first for s in p["segments"] if s["start"] > first})
    return kinds, starts


def main():
    args = sys.argv[1:]
    opt = lambda name: args[args.index(name) + 1] if name in args and args.index(name) + 1 < len(args) else None
    show_errors = opt("--errors")
    only = opt("--only")
    body_only = "--body" in args
    sets = {}
    pud = []
    for r in map(json.loads, open(os.path.join(ROOT, "../shared/data/seg-dev-pud.jsonl"), encoding="utf-8")):
        if not r.get("multi_sentence_units"):
            pud.append((r["text"], starts_of(r["text"], r["sentences"])))
    sets["PUD (clean)"] = (pud, None)
    for name in ("gsd-dev", "gsd-train-a", "gsd-train-b", "gsd-train-c", "gsd-train-d", "gsd-train-e", "gsd-train-f", "gsd-train-g", "gsd-train-h", "gsd-train-i", "gsd-train-j", "gsd-train-k", "gsd-train-l", "gsd-train-m", "gsd-train-n", "gsd-train-o", "gsd-train-p", "gsd-train-q", "gsd-train-r", "csui-train-a", "csui-train-b", "gsd-test", "csui-test"):
        path = os.path.join(ROOT, f"tests/data/ud/{name}.tsv")
        if os.path.exists(path):
            sets[f"UD {name}"] = (ud_paragraphs(path), None)
    news = []
    for r in map(json.loads, open(os.path.join(ROOT, "tests/data/news-gold.jsonl"), encoding="utf-8")):
        news.append((r["text"], starts_of(r["text"], r["segments"])))
    sets["examples"] = (news, None)
    for half in unseen_sets():
        path = os.path.join(ROOT, f"tests/data/news-unseen/{half}.txt")
        arts = parse_unseen(path)
        rows = [(t, set(s)) for _, _, ps in arts for k, t, s in ps if k == "body" or not body_only]
        sets[f"unseen {half}"] = (rows, arts)
    if "unseen heldout-5" in sets and "unseen heldout-6" in sets:
        a, b = sets["unseen heldout-5"], sets["unseen heldout-6"]
        sets["unseen heldout-5+6"] = (a[0] + b[0], a[1] + b[1])
    if only:
        keep = [n.strip() for n in only.split(",")]
        sets = {n: v for n, v in sets.items() if n in keep}

    splitters = {}
    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        splitters["pysbd (en rules)"] = seg.segment
    except ImportError:
        print("pysbd not installed", file=sys.stderr)
    try:
        import sentencex
        splitters["sentencex (id)"] = lambda t: list(sentencex.segment("id", t))
    except ImportError:
        print("sentencex not installed", file=sys.stderr)

    names = list(sets)
    print(f"{'splitter':22}" + "".join(f"{n:>16}" for n in names) + f"{'boilerplate F1':>28}")
    exe = translate_binary()
    if exe:
        cells, bp = [], []
        for name in names:
            rows, arts = sets[name]
            score = Score()
            if arts is None:
                # Paragraph sets: each paragraph is its own one-line file.
                for text, gold in rows:
                    # A blank line and a second block make the file blank-line separated, so a
                    # paragraph wrapped over several lines (as in one example) stays one.
                    _, starts = terjemah_article(exe, [text, "", "."])
                    ours = starts[0] if starts else set()
                    score.add(gold, ours)
                    if show_errors == name and set(gold) != ours:
                        print(f"  {name}: gold {sorted(gold)} ours {sorted(ours)}: {text}")
            else:
                b = Score()
                for aid, _, pars in arts:
                    kinds, starts = terjemah_article(exe, [t for _, t, _ in pars])
                    assert len(kinds) == len(pars), f"{aid}: paragraphs differ"
                    for (kind, text, gold), k, ours in zip(pars, kinds, starts):
                        if kind == "body" or not body_only:
                            score.add(gold, ours)
                        b.add({0} if kind == "boilerplate" else set(), {0} if k == "boilerplate" else set())
                        if show_errors == name and (set(gold) != ours or (kind == "boilerplate") != (k == "boilerplate")):
                            print(f"  {aid}: [{kind}->{k}] gold {sorted(gold)} ours {sorted(ours)}: {text}")
                bp.append(f"{name.split()[-1]} {b}")
            cells.append(str(score))
        print(f"{'terjemah':22}" + "".join(f"{c:>16}" for c in cells) + f"{', '.join(bp):>28}")
    else:
        print("no target/*/translate binary: run `cargo build` to score terjemah too", file=sys.stderr)
    for label, split in splitters.items():
        cells = []
        for name in names:
            rows, _ = sets[name]
            score = Score()
            for text, gold in rows:
                score.add(gold, starts_of(text, split(text)))
            cells.append(str(score))
        print(f"{label:22}" + "".join(f"{c:>16}" for c in cells))


if __name__ == "__main__":
    main()
