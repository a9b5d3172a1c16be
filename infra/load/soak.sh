#!/usr/bin/env bash
# Soak test of the embedded default (#11 item 0), loopback only: the service as bin/run starts it (H2 file database,
# HikariCP's default 30-minute connection max-lifetime) runs for MINUTES (45) while, every INTERVAL seconds (60),
# a round of writes and reads that each write an audit event is sent: a navigator creates a patient (201), the admin
# reads the audit trail (200), a fresh account signs in for the first time (200), and /actuator/health must be UP.
# Before the fix every audit-writing request answered 500 from minute 30 on. Prints one line per round and a summary;
# exits non-zero when any round failed. Environment: MINUTES, INTERVAL, LIFETIME (extra: e.g. 30000 to shorten the
# pool's max-lifetime for a quick run).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
minutes="${MINUTES:-45}" interval="${INTERVAL:-60}"
work=$(mktemp -d /tmp/recordpath-soak.XXXXXX)
cleanup() { stop_service; if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$work"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM
build_jar "$work/recordpath.jar"
port=$(free_port)
args=(--recordpath.jobs.workers=1)
if [ -n "${LIFETIME:-}" ]; then args+=(--spring.datasource.hikari.max-lifetime="$LIFETIME"); fi
start_service "$work/recordpath.jar" "$port" "$work/data" "$work/service.log" "${args[@]}"
base="http://127.0.0.1:$port"
say "soak: $minutes min, a round every $interval s; $(machine)"

status() { curl -s -o /dev/null -w '%{http_code}' "$@" || echo 000; }
rounds=0 failed=0 started=$SECONDS
while [ $((SECONDS - started)) -lt $((minutes * 60)) ]; do
  rounds=$((rounds + 1))
  user="soak$rounds"
  created=$(status -u navigator:demo -H 'Content-Type: application/json' -d '{"displayName":"Synthetic soak patient"}' "$base/api/patients")
  account=$(status -u admin:demo -H 'Content-Type: application/json' \
      -d "{\"username\":\"$user\",\"password\":\"synthetic-soak-passphrase-$rounds\",\"role\":\"CLINICIAN\"}" "$base/api/admin/accounts")
  signin=$(status -u "$user:synthetic-soak-passphrase-$rounds" "$base/api/patients")
  audit=$(status -u admin:demo "$base/api/audit?size=1")
  health=$(curl -s "$base/actuator/health" | grep -o '"status":"[A-Z]*"' | head -n 1 || true)
  minute=$(( (SECONDS - started) / 60 ))
  line="round $rounds at minute $minute: create patient $created, create account $account, first sign-in $signin, audit $audit, health $health"
  if [ "$created" != 201 ] || [ "$account" != 201 ] || [ "$signin" != 200 ] || [ "$audit" != 200 ] || [ "$health" != '"status":"UP"' ]; then
    failed=$((failed + 1)); line="$line  FAILED"
  fi
  echo "$line"
  sleep "$interval"
done
errors=$(grep -c 'Check constraint invalid\|database has been closed' "$work/service.log" || true)
echo "soak: $rounds rounds over $minutes min, $failed failed; H2 'database has been closed' errors in the log: $errors"
[ "$failed" -eq 0 ] && [ "$errors" -eq 0 ]
