#!/usr/bin/env python3
"""Reads PIT's mutations.xml (argv[1]) and prints a markdown table per package of org.recordpath.guidance.

Test strength = detected / (mutants that some test covers); mutation coverage = detected / all mutants. "Detected"
is PIT's own attribute (KILLED, TIMED_OUT, MEMORY_ERROR, RUN_ERROR). Exits 1 when a gated package's test strength is
below TARGET (#10).
"""
import collections
import sys
import xml.etree.ElementTree as ET

PREFIX = "org.recordpath.guidance."
GATED = ("facts", "classify", "pack", "logic", "risk")
TARGET = 90.0

counts = collections.defaultdict(lambda: [0, 0, 0])  # package -> [mutants, covered, detected]
for m in ET.parse(sys.argv[1]).getroot().iter("mutation"):
    cls = m.findtext("mutatedClass")
    rest = cls[len(PREFIX):] if cls.startswith(PREFIX) else cls
    pkg = rest.split(".")[0] if "." in rest else "(root)"
    status = m.get("status")
    for key in (pkg, "overall"):
        c = counts[key]
        c[0] += 1
        c[1] += status != "NO_COVERAGE"
        c[2] += m.get("detected") == "true"


def pct(a, b):
    return 100.0 * a / b if b else 0.0


print("| package | mutants | covered | killed | test strength | mutation coverage | target |")
print("|---|---|---|---|---|---|---|")
failed = []
order = list(GATED) + sorted(k for k in counts if k not in GATED and k != "overall") + ["overall"]
for pkg in order:
    if pkg not in counts:
        continue
    total, covered, detected = counts[pkg]
    strength = pct(detected, covered)
    target = ""
    if pkg in GATED:
        ok = strength >= TARGET
        target = f">= {TARGET:.0f} %: " + ("yes" if ok else "**no**")
        if not ok:
            failed.append(pkg)
    print(f"| {pkg} | {total} | {covered} | {detected} | {strength:.1f} % | {pct(detected, total):.1f} % | {target} |")
if failed:
    print(f"below {TARGET:.0f} % test strength: {', '.join(failed)}", file=sys.stderr)
    sys.exit(1)
