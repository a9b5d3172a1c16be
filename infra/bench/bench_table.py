#!/usr/bin/env python3
"""Turns the ExtractionBench table (stdin), a JMH CSV (argv[1]) and optionally the karyotype-bench.sh output
(argv[2]) into markdown table rows with the targets."""
import csv
import re
import sys

TARGETS = {  # measure prefix -> (which value, test, text)
    "OCR, one 300-dpi page": ("ratio", lambda v: v <= 1.15, "pipeline / CLI <= 1.15"),
    "2 workers / 1 worker": ("pipeline", lambda v: v >= 1.8, ">= 1.8"),
}
rows, on = [], False
for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith("measure"):
        on = True
        continue
    m = re.match(r"^\s*(.*?)\s{2,}(-?[0-9.]+|NaN)(?:\s+(-?[0-9.]+)\s+(-?[0-9.]+))?\s*(.*)$", line) if on else None
    if not m:
        continue
    name, ours, tool, ratio, toolname = m.groups()
    target, met = "", ""
    for prefix, (which, test, text) in TARGETS.items():
        if name.startswith(prefix):
            value = float(ratio if which == "ratio" else ours)
            target, met = text, ("yes" if test(value) else "**no**")
    rows.append(f"| {name} | {ours} | {tool or ''} | {ratio + 'x' if ratio else ''} | {toolname} | {target} | {met} |")
if len(sys.argv) > 1:
    with open(sys.argv[1]) as f:
        for r in csv.DictReader(f):
            bench = r["Benchmark"].rsplit(".", 1)[-1]
            rows.append(f"| guidance {bench}: evaluations/s (JMH, ± {float(r['Score Error (99.9%)']):.0f}) "
                        f"| {float(r['Score']):.0f} | | | | | |")
if len(sys.argv) > 2:
    with open(sys.argv[2]) as f:
        for line in f:
            m = re.match(r"^karyotypes/s, (.*?): ([0-9]+) per CPU-second", line)
            if m:
                rate = int(m.group(2))
                rows.append(f"| karyotypes read/s, {m.group(1)} (one core, per CPU-second) | {rate} | | | "
                            f"| >= 10000 | {'yes' if rate >= 10000 else '**no**'} |")
print("| measure | pipeline | tool | pipeline / tool | tool | target | met |")
print("|---|---:|---:|---:|---|---|---|")
print("\n".join(rows))
