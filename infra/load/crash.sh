#!/usr/bin/env bash
# Crash test (issue #7), loopback only: the load of load.sh, a SIGKILL of the service in the middle of it, a restart
# on the same data (H2 file database and documents folder), then a check that every acknowledged (202) upload is
# present (GET /api/documents/{id}) and ends DONE within WITHIN seconds. Exits non-zero when one is missing or not
# DONE. Errors of the load client while the service is down are expected and not counted against the result.
# Environment: CLIENTS (50), DURATION (60 s of load), CRASH_AFTER (30 s: the SIGKILL comes that long after the start
# of the load, and once CRASH_ACKED (20) uploads are acknowledged, so that a slow machine still crashes mid-load
# with work in flight), WITHIN (180 s), LEASE (30s: the job lease,
# so that jobs held by the killed workers are taken over quickly; the default of the service is 5m), WORKERS (2).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
clients="${CLIENTS:-50}" seconds="${DURATION:-60}" crash_after="${CRASH_AFTER:-30}" within="${WITHIN:-180}"
crash_acked="${CRASH_ACKED:-20}"
work=$(mktemp -d /tmp/recordpath-crash.XXXXXX)
cleanup() {
  stop_service
  if [ -n "${client:-}" ]; then kill "$client" 2>/dev/null || true; fi
  if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
build_jar "$work/recordpath.jar"
port=$(free_port)
args=(--recordpath.jobs.workers="${WORKERS:-2}" --recordpath.jobs.poll-interval=500ms
      --recordpath.jobs.lease="${LEASE:-30s}")
start_service "$work/recordpath.jar" "$port" "$work/data" "$work/service.log" "${args[@]}"
say "load: $clients clients for $seconds s, SIGKILL after $crash_after s and $crash_acked acknowledged uploads; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$(dirname "$0")/loadclient.py" load --base "http://127.0.0.1:$port" --clients "$clients" \
    --seconds "$seconds" --acked "$work/acked.txt" >"$work/load.txt" 2>"$work/load.err" &
client=$!
started=$SECONDS
touch "$work/acked.txt"
until [ $((SECONDS - started)) -ge "$crash_after" ] && [ "$(wc -l <"$work/acked.txt")" -ge "$crash_acked" ]; do
  kill -0 "$client" 2>/dev/null || { say "the load ended before $crash_acked uploads were acknowledged"; cat "$work/load.txt" "$work/load.err"; exit 1; }
  sleep 1
done
acked_before=$(wc -l <"$work/acked.txt")
queued=$(curl -fsS -u navigator:demo "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && echo up || echo down)
kill -9 "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
killed_at=$SECONDS
say "SIGKILL sent to pid $SERVICE_PID (service was $queued) $((SECONDS - started)) s into the load, with $acked_before uploads acknowledged so far"
echo "=== restart after SIGKILL ===" >>"$work/service.log"
start_service "$work/recordpath.jar" "$port" "$work/data" "$work/service.log" "${args[@]}"
say "restarted in $((SECONDS - killed_at)) s"
wait "$client" || true
echo "load client (errors while the service was down are expected):"
cat "$work/load.txt"
echo "load client errors, first lines: $(head -n 3 "$work/load.err" | tr '\n' ' ')"
set +e
python3 "$(dirname "$0")/loadclient.py" check --base "http://127.0.0.1:$port" --acked "$work/acked.txt" --within "$within"
rc=$?
set -e
echo "acknowledged before the SIGKILL: $acked_before; load average: $(cut -d' ' -f1-3 /proc/loadavg); machine: $(machine)"
exit $rc
