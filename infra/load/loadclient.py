#!/usr/bin/env python3
"""Load client for RecordPath (issue #7), standard library only.

N client threads for D seconds, each creating its own patient and then, in a loop: upload a small synthetic document (a text PDF
or a text file), read its status (GET /api/documents/{id}) and the patient's profile. Prints count, errors and
latency percentiles per operation; writes every acknowledged (202) upload id to --acked; exits 1 on any error.

  loadclient.py load  --base http://127.0.0.1:PORT --clients 50 --seconds 60 --acked FILE
  loadclient.py check --base http://127.0.0.1:PORT --acked FILE --within 300
      every acknowledged upload is present and ends DONE within the bound (seconds)
"""
import argparse
import base64
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
import uuid

USER, PASSWORD = "navigator", "demo"
AUTH = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

LAB_LINES = [
    "Complete blood count",
    "Hemoglobin {hb} g/dL",
    "Platelets {plt} x10^9/L",
    "ANC {anc} x10^9/L",
    "Date of collection: 2026-0{m}-1{d}",
]


def pdf_bytes(lines):
    """A valid one-page PDF with Helvetica text and a correct xref table."""
    text = "BT /F1 11 Tf 16 TL 60 760 Td " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for l in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("latin-1")),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def synthetic_document(rng):
    values = dict(hb=f"{rng.uniform(7, 13):.1f}", plt=rng.randint(20, 400), anc=f"{rng.uniform(0.3, 5):.1f}",
                  m=rng.randint(1, 9), d=rng.randint(0, 9))
    lines = [l.format(**values) for l in LAB_LINES]
    if rng.random() < 0.5:
        return "labs.pdf", "application/pdf", pdf_bytes(lines)
    return "labs.txt", "text/plain", ("\n".join(lines) + "\n").encode()


class Client:
    def __init__(self, base, timeout=60):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.timeout = u.hostname, u.port, timeout
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        h = {"Authorization": AUTH, "Accept": "application/json"}
        h.update(headers or {})
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
                if r.getheader("Connection", "").lower() == "close":
                    self.close()
                return r.status, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as e:
                # a keep-alive connection closed by the server between requests: reconnect once
                self.close()
                if attempt == 2:
                    raise
            except Exception:
                self.close()
                raise

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def upload(self, patient, name, ctype, data):
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: {ctype}\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", f"/api/patients/{patient}/documents", body,
                            {"Content-Type": f"multipart/form-data; boundary={boundary}"})


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = {}
        self.errors = {}
        self.samples = []

    def ok(self, op, seconds):
        with self.lock:
            self.times.setdefault(op, []).append(seconds)

    def error(self, op, what):
        with self.lock:
            self.errors[op] = self.errors.get(op, 0) + 1
            if len(self.samples) < 10:
                self.samples.append(f"{op}: {what}")


def pct(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def timed(stats, op, expect, fn):
    start = time.perf_counter()
    try:
        status, data = fn()
    except Exception as e:  # noqa: BLE001 - every failure counts as an error of the operation
        stats.error(op, f"{type(e).__name__}: {e}")
        return None
    elapsed = time.perf_counter() - start
    if status != expect:
        stats.error(op, f"HTTP {status} {data[:200]!r}")
        return None
    stats.ok(op, elapsed)
    return data


def run_load(args):
    stats = Stats()
    acked = open(args.acked, "a", buffering=1) if args.acked else None
    acked_lock = threading.Lock()
    stop_at = time.monotonic() + args.seconds
    started = time.monotonic()

    def worker(i):
        rng = random.Random(i)
        c = Client(args.base)
        created = timed(stats, "patient", 201, lambda: c.request(
            "POST", "/api/patients", json.dumps({"displayName": f"Load client {i}"}).encode(),
            {"Content-Type": "application/json"}))
        if created is None:
            return
        patient = json.loads(created)["id"]
        while time.monotonic() < stop_at:
            name, ctype, data = synthetic_document(rng)
            body = timed(stats, "upload", 202, lambda: c.upload(patient, name, ctype, data))
            if body is None:
                time.sleep(0.5)  # back off after an error (e.g. the service is down in the crash test)
                continue
            doc = json.loads(body)["id"]
            if acked:
                with acked_lock:
                    acked.write(doc + "\n")
            timed(stats, "document", 200, lambda: c.request("GET", f"/api/documents/{doc}"))
            timed(stats, "profile", 200, lambda: c.request("GET", f"/api/patients/{patient}/profile"))
        c.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.seconds + 120)
    wall = time.monotonic() - started
    if acked:
        acked.close()
    return report(stats, wall, args)


def report(stats, wall, args):
    print(f"{args.clients} clients, {wall:.1f} s")
    print("| operation | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    all_times = []
    total_errors = 0
    for op in ("patient", "upload", "document", "profile"):
        t = sorted(stats.times.get(op, []))
        e = stats.errors.get(op, 0)
        total_errors += e
        all_times += t
        print(f"| {op} | {len(t)} | {e} | {len(t) / wall:.1f} | {pct(t, 50) * 1000:.0f} | {pct(t, 95) * 1000:.0f} "
              f"| {pct(t, 99) * 1000:.0f} | {(t[-1] if t else float('nan')) * 1000:.0f} |")
    all_times.sort()
    print(f"| all | {len(all_times)} | {total_errors} | {len(all_times) / wall:.1f} | {pct(all_times, 50) * 1000:.0f} "
          f"| {pct(all_times, 95) * 1000:.0f} | {pct(all_times, 99) * 1000:.0f} "
          f"| {(all_times[-1] if all_times else float('nan')) * 1000:.0f} |")
    for s in stats.samples:
        print("error:", s, file=sys.stderr)
    return 1 if total_errors or not all_times else 0


def run_check(args):
    ids = [l.strip() for l in open(args.acked) if l.strip()]
    c = Client(args.base)
    deadline = time.monotonic() + args.within
    pending = set(ids)
    missing, failed = [], []
    states = {}
    while pending and time.monotonic() < deadline:
        for doc in sorted(pending):
            try:
                status, data = c.request("GET", f"/api/documents/{doc}")
            except Exception:  # noqa: BLE001 - the service may still be starting
                time.sleep(1)
                continue
            if status == 404:
                missing.append(doc)
                pending.discard(doc)
                continue
            if status != 200:
                continue
            view = json.loads(data)
            states[doc] = view["status"]
            if view["status"] == "DONE":
                pending.discard(doc)
            elif view["status"] == "FAILED":
                failed.append(f"{doc}: {view.get('reason')}")
                pending.discard(doc)
        if pending:
            time.sleep(2)
    done = sum(1 for d in ids if states.get(d) == "DONE")
    print(f"acknowledged uploads: {len(ids)}; present: {len(ids) - len(missing)}; DONE: {done}; "
          f"FAILED: {len(failed)}; missing: {len(missing)}; not finished within {args.within} s: {len(pending)}")
    for line in (missing[:5] + failed[:5] + sorted(pending)[:5]):
        print("  problem:", line, file=sys.stderr)
    return 0 if done == len(ids) else 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["load", "check"])
    p.add_argument("--base", required=True)
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--acked")
    p.add_argument("--within", type=float, default=300)
    args = p.parse_args()
    sys.exit(run_load(args) if args.mode == "load" else run_check(args))


if __name__ == "__main__":
    main()
