#!/usr/bin/env bash
# Mutation testing of guidance-engine (issue #10): runs PIT (profile "mutation" of guidance-engine/pom.xml, 2 threads)
# and prints, per package of org.recordpath.guidance and overall, the mutants, test strength (killed / mutants that
# some test covers) and mutation coverage (killed / all mutants). Fails when a gated package is below the target.
# A full run takes 15-40 minutes on the shared 2-core machine. Surviving mutants: guidance-engine/target/pit-reports.
# Usage: infra/bench/mutation.sh [--report-only | --gated | PACKAGE] [--incremental]
#   --report-only  re-read the last run's mutations.xml
#   --gated        mutate only the gated packages (facts, classify, pack, logic, risk)
#   PACKAGE        mutate only org.recordpath.guidance.PACKAGE (e.g. facts) while working on its tests
#   --incremental  PIT's history: reuse the last run's results for unchanged classes and tests (faster, approximate)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/bin/lib/setup.sh"
rp_require_java
cd "$root"
xml="$root/guidance-engine/target/pit-reports/mutations.xml"
pkg="org.recordpath.guidance"
target="$pkg.*"
exclude="$pkg.bench.*"
history=false
mode="${1:-}"
[[ "$mode" == "--incremental" ]] && mode=""
[[ "${*}" == *--incremental* ]] && history=true
case "$mode" in
  --report-only | "") ;;
  --gated)
    target="$pkg.*.*"
    for dir in "$root"/guidance-engine/src/main/java/org/recordpath/guidance/*/; do
      name="$(basename "$dir")"
      case "$name" in facts | classify | pack | logic | risk) ;; *) exclude="$exclude,$pkg.$name.*" ;; esac
    done
    ;;
  *) target="$pkg.$mode.*" ;;
esac
if [[ "$mode" != "--report-only" ]]; then
  rp_say "mutation testing of $target (PIT, 2 threads, history: $history)"
  log="$root/guidance-engine/target/pit.log"
  mkdir -p "$(dirname "$log")"
  # surefire is skipped (-Dtest=none): PIT runs the whole suite itself first and stops when a test fails
  nice -n 10 ./mvnw -B -ntp -pl guidance-engine -am -P mutation test -DtargetClasses="$target" \
    -DexcludedClasses="$exclude" -DwithHistory="$history" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    >"$log" 2>&1 || { tail -n 40 "$log" >&2; rp_say "PIT failed (full log: $log)"; exit 1; }
fi
[[ -f "$xml" ]] || { rp_say "no $xml: run without --report-only first"; exit 1; }
python3 "$here/mutation_table.py" "$xml"
