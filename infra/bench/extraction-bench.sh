#!/usr/bin/env bash
# Document-reading benchmark (issue #3 / #7): text-PDF pages/s beside pdftotext, OCR s/page beside the tesseract
# command on the same 300-dpi page, 2 OCR workers vs 1 on a 20-page scan; then, with --memory [pages], a long
# scanned PDF read under -Xmx512m. Inputs are built from the dev corpus into extraction/target/bench.
# Usage: infra/bench/extraction-bench.sh [--memory [pages]]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${RECORDPATH_CORPUS:-$root/../shared/corpus}/dev"
out="$root/extraction/target/bench"
export OMP_THREAD_LIMIT=1
export TESSDATA_PREFIX="${TESSDATA_PREFIX:-/usr/share/tesseract-ocr/5/tessdata}"
cd "$root"
mkdir -p "$out"
# the reactor (-am) resolves clinical-model to its target/classes; the last module written is extraction
./mvnw -q -B -o -pl extraction -am test-compile dependency:build-classpath -Dmdep.outputFile="$out.classpath" >/dev/null
# run from a copy of the classes, so a build started meanwhile cannot pull them from under the benchmark
rm -rf "$out/classes" && mkdir -p "$out/classes"
cp -r "$root/extraction/target/classes/." "$root/extraction/target/test-classes/." "$out/classes/"
cp="$out/classes:$(cat "$out.classpath")"
jvm=(java --enable-native-access=ALL-UNNAMED -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
if [[ "${1:-}" == "--memory" ]]; then
  pages="${2:-200}"
  "${jvm[@]}" -Xmx512m -cp "$cp" org.recordpath.extraction.bench.ScanMemoryCheck "$corpus" "$out" "$pages"
  exit 0
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(grep -c ^processor /proc/cpuinfo) cores"
"${jvm[@]}" -Xmx1g -cp "$cp" org.recordpath.extraction.bench.ExtractionBench "$corpus" "$out"
if command -v hyperfine >/dev/null; then
  echo "hyperfine cross-check of the command-line tools on the same inputs:"
  hyperfine -N -w 2 -r 10 --style basic "pdftotext $out/text-10.pdf /dev/null" 2>/dev/null | grep -E "Time|Benchmark"
  hyperfine -N -w 1 -r 5 --style basic \
    "tesseract $out/page-300dpi.png stdout --oem 1 --psm 3 --dpi 300" 2>/dev/null | grep -E "Time|Benchmark"
fi
