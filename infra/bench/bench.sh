#!/usr/bin/env bash
# All benchmarks of issue #7 in one command, printed as one markdown table and saved to infra/bench/RESULTS.md:
#  - text-PDF extraction pages/s beside pdftotext on the same 10-page file,
#  - OCR seconds per 300-dpi page through the pipeline beside the tesseract command on the same page,
#  - OCR throughput of 2 workers vs 1 on a 20-page scan,
#  - guidance evaluations per second (JMH EvaluateBenchmark, 1 fork, 2x2 s warm-up, 3x2 s measured),
#  - karyotypes read per second by the tolerant ISCN reader on one core (karyotype-bench.sh, #14).
# Document reading runs through infra/bench/extraction-bench.sh (inputs built from the dev corpus). Installs
# poppler-utils and tesseract-ocr with apt-get when they are missing and it can (root or sudo without a prompt).
# Usage: infra/bench/bench.sh [--no-save]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/bin/lib/setup.sh"
rp_ensure_bench_tools
for tool in pdftotext tesseract; do
  command -v "$tool" >/dev/null || { rp_say "$tool is missing: apt-get install poppler-utils tesseract-ocr"; exit 1; }
done
cd "$root"
out="$root/guidance-engine/target/bench"
mkdir -p "$out"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

rp_say "document reading (extraction-bench.sh)"
reading="$("$here/extraction-bench.sh")"
printf '%s\n' "$reading" >&2

rp_say "guidance evaluations (JMH EvaluateBenchmark)"
./mvnw -q -B -o -pl guidance-engine -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/cp.txt" >/dev/null
rm -rf "$out/classes" && mkdir -p "$out/classes"
cp -r guidance-engine/target/classes/. guidance-engine/target/test-classes/. "$out/classes/"
java -cp "$out/classes:$(cat "$out/cp.txt")" org.openjdk.jmh.Main EvaluateBenchmark \
    -f 1 -wi 2 -w 2s -i 3 -r 2s -rf csv -rff "$out/jmh.csv" >"$out/jmh.txt" 2>&1 \
    || { tail -n 20 "$out/jmh.txt" >&2; exit 1; }
rp_say "karyotypes read per second (karyotype-bench.sh, #14)"
"$here/karyotype-bench.sh" >"$out/karyotypes.txt"
cat "$out/karyotypes.txt" >&2
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

table="$(printf '%s\n' "$reading" | python3 "$here/bench_table.py" "$out/jmh.csv" "$out/karyotypes.txt")"

report="$(cat <<REPORT
## Benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')

Machine: $(uname -srm), $(grep -c ^processor /proc/cpuinfo) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -n 1); $(tesseract --version 2>&1 | head -n 1), pdftotext $(pdftotext -v 2>&1 | head -n 1 | awk '{print $3}'). Load average (1, 5, 15 min) before: $load_before, after: $load_after (the machine is shared: other builds ran meanwhile).

$table
REPORT
)"
printf '%s\n' "$report"
if [[ "${1:-}" != "--no-save" ]]; then
  { echo "# Benchmark results (latest run of infra/bench/bench.sh)"; echo; printf '%s\n' "$report"; } >"$here/RESULTS.md"
  rp_say "saved to infra/bench/RESULTS.md"
fi
