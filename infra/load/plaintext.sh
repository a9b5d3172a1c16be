#!/usr/bin/env bash
# Plaintext-on-disk check (issue #11, finding 4), loopback only. Uploads a PDF whose pages carry a random marker
# string, starts a slow upload of another marked PDF (its multipart part is on disk while it streams in), SIGKILLs
# the service while the first document is being read (its decrypted working copy is on disk) and the slow upload is
# half way, restarts it on the same data folder, then scans the data folder and the service's temp folder for the
# marker. Exits non-zero when the marker is found anywhere, or when the crash did not happen with work in flight.
# Environment: PAGES (400 pages, so that reading takes long enough to be interrupted), KEEP_DATA (keep the folder).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
work=$(mktemp -d /tmp/recordpath-plaintext.XXXXXX)
cleanup() {
  stop_service
  if [ -n "${slow:-}" ]; then kill "$slow" 2>/dev/null || true; fi
  if [ -z "${KEEP_DATA:-}" ]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
marker="RPMARKER$(python3 -c 'import secrets; print(secrets.token_hex(8).upper())')"
# A text PDF with an uncompressed content stream: the marker stands in the file's bytes as plain text.
make_pdf() {
  python3 - "$1" "$2" "$marker" <<'PY'
import sys
path, pages, marker = sys.argv[1], int(sys.argv[2]), sys.argv[3]
objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
kids = []
for p in range(pages):
    # the marker on a line of its own: it is no fact, so only a copy of the document itself can hold it
    text = f"BT /F1 12 Tf 72 720 Td (Hemoglobin 9.1 g/dL page {p + 1}) Tj ET BT /F1 12 Tf 72 600 Td ({marker}) Tj ET".encode()
    objs.append(f"<< /Length {len(text)} >>\nstream\n".encode() + text + b"\nendstream")
    objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {len(objs)} 0 R >>")
    kids.append(len(objs))
objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {pages} >>"
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += f"{i} 0 obj\n".encode() + (o if isinstance(o, bytes) else o.encode()) + b"\nendobj\n"
xref = len(out)
out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
open(path, "wb").write(out)
PY
}
make_pdf "$work/marked.pdf" "${PAGES:-400}"
make_pdf "$work/slow.pdf" 2000
build_jar "$work/recordpath.jar"
port=$(free_port)
mkdir -p "$work/tmp"
export LOAD_JAVA_OPTS="-Xmx1g -Djava.io.tmpdir=$work/tmp"
args=(--recordpath.jobs.workers=1 --recordpath.jobs.poll-interval=500ms)
start_service "$work/recordpath.jar" "$port" "$work/data" "$work/service.log" "${args[@]}"
base="http://127.0.0.1:$port"
patient=$(curl -fsS -u navigator:demo -H 'Content-Type: application/json' -d '{}' "$base/api/patients" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
doc=$(curl -fsS -u navigator:demo -F "file=@$work/marked.pdf" "$base/api/patients/$patient/documents" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -sS -u navigator:demo --limit-rate 20k -F "file=@$work/slow.pdf" "$base/api/patients/$patient/documents" >/dev/null 2>&1 &
slow=$!
deadline=$((SECONDS + 120))
until curl -fsS -u navigator:demo "$base/api/documents/$doc" | grep -q '"PROCESSING"'; do
  [ $SECONDS -lt $deadline ] || { say "the document was never PROCESSING"; exit 1; }
  sleep 0.5
done
sleep 3
inflight=$(grep -rl "$marker" "$work/data" "$work/tmp" 2>/dev/null | sed "s|$work/||" | tr '\n' ' ' || true)
kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
kill "$slow" 2>/dev/null || true
say "SIGKILL while reading $doc and during a slow upload; plaintext on disk at that moment: ${inflight:-none}"
echo "=== restart after SIGKILL ===" >>"$work/service.log"
start_service "$work/recordpath.jar" "$port" "$work/data" "$work/service.log" "${args[@]}"
# the restarted node takes the interrupted job over at once (its node id); its working copy lives while it reads,
# so scan once the document is read: then no copy may be left, neither of the killed process nor of this one
deadline=$((SECONDS + ${WITHIN:-900}))
until curl -fsS -u navigator:demo "$base/api/documents/$doc" | grep -Eq '"(DONE|FAILED)"'; do
  [ $SECONDS -lt $deadline ] || { say "the document was not read again in time"; exit 1; }
  sleep 2
done
say "the interrupted document was read again after the restart: $(curl -fsS -u navigator:demo "$base/api/documents/$doc" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], "attempts", d["attempts"])')"
found=$(grep -rl "$marker" "$work/data" "$work/tmp" 2>/dev/null | sed "s|$work/||" || true)
stop_service
after_stop=$(grep -rl "$marker" "$work/data" "$work/tmp" 2>/dev/null | sed "s|$work/||" || true)
found="$found $after_stop"
found="${found// /}"
if [ -n "$found" ]; then
  say "FAIL: the marker is still on disk after the restart in: $(echo "$found" | tr '\n' ' ')"
  exit 1
fi
say "PASS: no plaintext of the uploaded PDFs under the data folder or the temp folder after SIGKILL and restart"
