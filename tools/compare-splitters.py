#!/usr/bin/env python3
"""Scores general-purpose sentence splitters on the same gold as terjemah's tests.

Usage: pip install pysbd sentencex; python3 tools/compare-splitters.py
Gold: tests/data/news-gold.jsonl (the example articles' paragraphs, boundaries checked by hand)
and ../shared/data/seg-dev-pud.jsonl (UD Indonesian PUD). Scores inner sentence starts per
paragraph (precision, recall, F1), as tests/segmentation.rs does for terjemah.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def starts(text, pieces):
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
            out.append(pos)
        at = pos + len(p)
    return set(out)


def score(rows, split):
    tp = fp = fn = 0
    for text, gold in rows:
        g = starts(text, gold)
        o = starts(text, split(text))
        tp += len(g & o); fp += len(o - g); fn += len(g - o)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * p * r / (p + r) if p + r else 0


def main():
    news = [(r["text"], r["segments"]) for r in map(json.loads, open(os.path.join(ROOT, "tests/data/news-gold.jsonl"), encoding="utf-8"))]
    pud = []
    for r in map(json.loads, open(os.path.join(ROOT, "../shared/data/seg-dev-pud.jsonl"), encoding="utf-8")):
        if not r.get("multi_sentence_units"):
            pud.append((r["text"], r["sentences"]))
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
    for name, split in splitters.items():
        print(f"{name:20} news F1 {score(news, split):.4f}   PUD F1 {score(pud, split):.4f}")


if __name__ == "__main__":
    main()
