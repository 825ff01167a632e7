#!/usr/bin/env python3
"""Times the Snowball Arabic stemmer in C (PyStemmer) over a word list, one word per line.

Used by `marsad-bench text` to print the C stemmer's words/s beside Marsad's in the same run.
Install the peer with: pip install PyStemmer
"""
import sys
import time

try:
    import Stemmer
except ImportError:
    print("PyStemmer is not installed: pip install PyStemmer")
    sys.exit(2)

with open(sys.argv[1], encoding="utf-8") as f:
    words = f.read().split("\n")
words = [w for w in words if w]
stemmer = Stemmer.Stemmer("arabic")
stemmer.maxCacheSize = 0  # no cache: stem every word, as Marsad does
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    stemmer.stemWords(words)
    best = min(best, time.perf_counter() - t0)
print(f"words {len(words)}")
print(f"words_per_second {len(words) / best:.0f}")
