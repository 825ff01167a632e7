#!/usr/bin/env python3
"""What each analysis stage adds to the cost of `marsad analyze` (the whole command: reading
the zips, analysing, writing JSON Lines to /dev/null), measured the way the issue asks.

The depths take turns round after round (base, entities, full, base, ...), so a slow spell of
a shared machine falls on all of them alike; each round gives paired ratios, and each depth
keeps its best run. Wall clock and CPU time (user + system of the child) are both reported.

    swift build -c release --product marsad
    scripts/stage_cost.py [--rounds 5] [--binary .build/release/marsad] [INPUT ...]

INPUT defaults to ../shared/eval-data/saudinewsnet/dataset (31,030 articles).
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

DEPTHS = ["base", "entities", "full"]


def run_once(binary, inputs, depth):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [binary, "analyze", *inputs, "--depth", depth, "--output", "/dev/null"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def pct(x):
    return f"{x * 100:+.0f}%"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--binary", default=".build/release/marsad")
    parser.add_argument("inputs", nargs="*", default=["../shared/eval-data/saudinewsnet/dataset"])
    args = parser.parse_args()
    for path in args.inputs:
        if not os.path.exists(path):
            print(f"skipped: {path} not found")
            return 0
    if not os.path.exists(args.binary):
        print(f"{args.binary} not found: swift build -c release --product marsad", file=sys.stderr)
        return 1
    run_once(args.binary, args.inputs, "base")  # warm the page cache
    walls = {d: [] for d in DEPTHS}
    cpus = {d: [] for d in DEPTHS}
    for r in range(args.rounds):
        for d in DEPTHS:
            w, c = run_once(args.binary, args.inputs, d)
            walls[d].append(w)
            cpus[d].append(c)
        print(f"round {r + 1}: " + ", ".join(f"{d} {walls[d][-1]:.2f} s" for d in DEPTHS), flush=True)
    for i, d in enumerate(DEPTHS):
        line = f"{d}: best {min(walls[d]):.2f} s wall, {min(cpus[d]):.2f} s cpu"
        if i > 0:
            p = DEPTHS[i - 1]
            by_round = [w / v - 1 for w, v in zip(walls[d], walls[p])]
            cpu_round = [w / v - 1 for w, v in zip(cpus[d], cpus[p])]
            line += (f"; adds to {p}: {pct(min(walls[d]) / min(walls[p]) - 1)} best against best, "
                     f"by round {' '.join(map(pct, by_round))} (median {pct(statistics.median(by_round))}); "
                     f"cpu {pct(min(cpus[d]) / min(cpus[p]) - 1)} best against best, "
                     f"median by round {pct(statistics.median(cpu_round))}")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
