#!/usr/bin/env python3
"""How far two annotators agree on news pages, and how far terjemah is from each of them.

Usage: cargo build --release; python3 tools/agreement.py [SECOND.txt ...]

A second annotator read pages of the unseen-news sets (tests/data/news-unseen/) again, from their
plain text alone, following the same README, without seeing the first annotation or any tool's
output: tests/data/news-unseen/agreement/*.txt (default). Each of its articles is matched by id
with the first annotation in the other files, and three readings of the same pages are compared
pairwise: annotator A (the set's own), annotator B (the second) and terjemah
(`translate segment --json`, as tools/compare-splitters.py runs it). Figures:

- sentence boundaries: F1 of the inner sentence starts per paragraph (the measure of issue 13);
- boilerplate paragraphs: F1 of the paragraphs one reading calls boilerplate against the other's;
- paragraph kinds: the share of paragraphs given the same kind, and Cohen's kappa.

F1 between two annotators is symmetric; against terjemah each annotator is taken as the gold in
turn. Agreement between two careful people is the ceiling a measure on one person's gold can
show: a target above it cannot be told apart from annotation noise.
"""
import collections, glob, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("cs", os.path.join(HERE, "compare-splitters.py"))
cs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cs)


def kappa(pairs):
    """Cohen's kappa of a list of (label, label)."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    left = collections.Counter(a for a, _ in pairs)
    right = collections.Counter(b for _, b in pairs)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0, observed


def main():
    seconds = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "tests/data/news-unseen/agreement/*.txt")))
    if not seconds:
        sys.exit("no second annotation found (tests/data/news-unseen/agreement/*.txt)")
    first = {}
    for name in cs.unseen_sets():
        for art in cs.parse_unseen(os.path.join(ROOT, f"tests/data/news-unseen/{name}.txt")):
            first[art[0]] = (name, art)
    exe = cs.translate_binary()
    if not exe:
        sys.exit("no target/*/translate binary: run `cargo build --release`")
    bounds = {k: cs.Score() for k in ("A-B", "tj-A", "tj-B")}
    boiler = {k: cs.Score() for k in ("A-B", "tj-A", "tj-B")}
    kinds = {k: [] for k in ("A-B", "tj-A", "tj-B")}
    pages, paragraphs, sets = 0, 0, set()
    for path in seconds:
        for aid, _, pars_b in cs.parse_unseen(path):
            if aid not in first:
                sys.exit(f"{path}: article {aid} is in no annotated file")
            name, (_, _, pars_a) = first[aid]
            texts = [t for _, t, _ in pars_a]
            if texts != [t for _, t, _ in pars_b]:
                sys.exit(f"{path}: article {aid}: the text differs from {name}.txt")
            tj_kinds, tj_starts = cs.terjemah_article(exe, texts)
            pages, sets = pages + 1, sets | {name}
            for (ka, _, sa), (kb, _, sb), kt, st in zip(pars_a, pars_b, tj_kinds, tj_starts):
                paragraphs += 1
                readings = {"A": (ka, set(sa)), "B": (kb, set(sb)), "tj": (kt, st)}
                for pair in bounds:
                    x, y = pair.split("-")
                    (kx, sx), (ky, sy) = readings[x], readings[y]
                    # The second of the pair is the gold (for terjemah: each annotator in turn).
                    bounds[pair].add(sy, sx)
                    boiler[pair].add({0} if ky == "boilerplate" else set(), {0} if kx == "boilerplate" else set())
                    kinds[pair].append((kx, ky))
    print(f"{pages} pages ({paragraphs} paragraphs) from {len(sets)} sets: {', '.join(sorted(sets))}")
    print(f"{'pair':8}{'boundary F1':>14}{'(tp/fp/fn)':>16}{'boilerplate F1':>16}{'(tp/fp/fn)':>14}{'same kind':>11}{'kappa':>8}")
    for pair in bounds:
        b, p = bounds[pair], boiler[pair]
        k, same = kappa(kinds[pair])
        print(f"{pair:8}{b.f1():>14.4f}{f'{b.tp}/{b.fp}/{b.fn}':>16}{p.f1():>16.4f}{f'{p.tp}/{p.fp}/{p.fn}':>14}{same:>11.3f}{k:>8.3f}")


if __name__ == "__main__":
    main()
