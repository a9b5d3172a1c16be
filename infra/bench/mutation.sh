#!/usr/bin/env bash
# Mutation testing of guidance-engine (issue #10): runs PIT (profile "mutation" of guidance-engine/pom.xml, 2 threads)
# and prints, per package of org.recordpath.guidance and overall, the mutants, test strength (killed / mutants that
# some test covers) and mutation coverage (killed / all mutants). Fails when a gated package is below the target.
# Takes 10-25 minutes on 2 cores. The HTML report with the surviving mutants is in guidance-engine/target/pit-reports.
# Usage: infra/bench/mutation.sh [--report-only]   (--report-only: re-read the last run's mutations.xml)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source "$root/bin/lib/setup.sh"
rp_require_java
cd "$root"
xml="$root/guidance-engine/target/pit-reports/mutations.xml"
if [[ "${1:-}" != "--report-only" ]]; then
  rp_say "mutation testing of guidance-engine (PIT, 2 threads)"
  log="$root/guidance-engine/target/pit.log"
  mkdir -p "$(dirname "$log")"
  nice -n 10 ./mvnw -B -ntp -pl guidance-engine -am -P mutation test >"$log" 2>&1 \
    || { tail -n 40 "$log" >&2; rp_say "PIT failed (full log: $log)"; exit 1; }
fi
[[ -f "$xml" ]] || { rp_say "no $xml: run without --report-only first"; exit 1; }
python3 "$here/mutation_table.py" "$xml"
