#!/usr/bin/env bash
# Load test (issue #7), loopback only: starts RecordPath from its jar on a free port with an H2 file database in a
# fresh temporary data folder, runs CLIENTS (50) concurrent clients for SECONDS (60) that upload small synthetic
# text PDFs and text files and read document status and profile, prints count, errors and p50/p95/p99 latency, and
# exits non-zero on any error. Environment: CLIENTS, DURATION, WORKERS (in-process job workers, default 2),
# KEEP_DATA=1 keeps the data folder, LOAD_JAVA_OPTS (default -Xmx1g), SERVICE_ARGS (more Spring Boot arguments).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
clients="${CLIENTS:-50}" seconds="${DURATION:-60}"
work=$(mktemp -d /tmp/recordpath-load.XXXXXX)
cleanup() {
  stop_service
  if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
build_jar "$work/recordpath.jar"
port=$(free_port)
start_service "$work/recordpath.jar" "$port" "$work/data" "$work/service.log" \
    --recordpath.jobs.workers="${WORKERS:-2}" --recordpath.jobs.poll-interval=500ms ${SERVICE_ARGS:-}
say "load: $clients clients for $seconds s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
python3 "$(dirname "$0")/loadclient.py" load --base "http://127.0.0.1:$port" --clients "$clients" \
    --seconds "$seconds" --acked "$work/acked.txt"
rc=$?
set -e
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); machine: $(machine)"
if grep -qE 'OutOfMemoryError|SIGSEGV|hs_err' "$work/service.log"; then say "the service log shows a crash"; rc=1; fi
kill -0 "$SERVICE_PID" 2>/dev/null || { say "the service died during the load"; rc=1; }
exit $rc
