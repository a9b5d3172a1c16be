#!/usr/bin/env bash
# #14: karyotypes read per second by the tolerant ISCN front end (Karyotypes.read) on one core.
# Input: one karyotype per line of FILE, else the 309 strings of clinical-model's test corpus
# (clinical-model/src/test/resources/karyotypes/corpus.tsv). Goal: >= 10,000 karyotypes/s.
# Usage: infra/bench/karyotype-bench.sh [FILE [SECONDS]]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -q -B -o -pl clinical-model test-compile >/dev/null
cp="clinical-model/target/classes:clinical-model/target/test-classes"
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" java -XX:ActiveProcessorCount=1 -cp "$cp" org.recordpath.model.karyotype.KaryotypeBenchmark "$@"
