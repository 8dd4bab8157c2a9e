#!/usr/bin/env python3
"""Check that no run of 12 consecutive words (case-insensitive, punctuation
stripped) of any seed text in /work/shared/seeds/*.txt occurs in the dev15
documents. Exit status 1 if any shared run is found."""
import glob, re, sys, unicodedata, os
N = 12
def words(path):
    t = unicodedata.normalize("NFKC", open(path, encoding="utf-8").read()).lower()
    return re.findall(r"[^\W_]+", t)
def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}
seed = set()
for p in glob.glob("/work/shared/seeds/*.txt"):
    seed |= grams(words(p))
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
for p in sorted(glob.glob(os.path.join(here, "documents", "*.txt"))):
    hits = grams(words(p)) & seed
    print(f"{os.path.basename(p)}: {len(hits)} shared {N}-word runs")
    for h in sorted(hits):
        print("   ", " ".join(h))
    bad += len(hits)
print("TOTAL shared runs:", bad)
sys.exit(1 if bad else 0)
