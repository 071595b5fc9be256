"""Load test of the HTTP API: N concurrent clients for S seconds against `dateline serve` on 127.0.0.1.

    python bench/load_api.py                          # 50 clients, 60 s, a store built from examples/
    python bench/load_api.py --clients 50 --seconds 60 --db demo.duckdb --json /tmp/load.json

It builds a store from `examples/` with `dateline ingest` (unless `--db` names an existing one), starts
`dateline serve --db FILE --port P` on a free loopback port, waits until it answers, then runs `--clients`
threads, each with its own keep-alive HTTP client, sending a fixed weighted mix of requests (every list
endpoint with filters, single articles and events, dyads, series, timelines, the network, top lists,
dashboard pages, a few `POST /api/extract` with odd text, and a few requests that must be refused with a
4xx) until `--seconds` have passed or `--max-requests` were sent. It stops the server and prints
requests/s, p50/p90/p99 latency overall and per endpoint, the status codes, and the error counts.

Exit status 1 when any request got a 5xx, a transport error (refused, reset, timeout) or a status other
than the one expected for it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(db: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "dateline", "ingest", str(ROOT / "examples"), "--db", str(db),
                          "--workers", "1", "-q"], capture_output=True, text=True, timeout=600)
    if res.returncode not in (0, 1):
        raise SystemExit(f"building the store failed:\n{res.stderr}")


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}:\n{proc.stderr.read()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not answer within 120 s")


def request_mix(base: str) -> list[tuple[int, str, str, str, dict | None, int]]:
    """(weight, name, method, path, json body, expected status) built from what the store holds."""
    with httpx.Client(base_url=base, timeout=30) as c:
        arts = c.get("/api/articles", params={"limit": 50}).json()["items"]
        evs = c.get("/api/events", params={"limit": 50}).json()["items"]
    art_ids = [a["id"] for a in arts] or ["none"]
    ev_ids = [e["event_id"] for e in evs] or ["none"]
    codes = sorted({e.get("source") for e in evs if e.get("source")} |
                   {e.get("target") for e in evs if e.get("target")}) or ["RUS"]
    rng = random.Random(5)

    def pick(xs: list[str]) -> str:
        return rng.choice(xs)

    mix: list[tuple[int, str, str, str, dict | None, int]] = []

    def add(weight: int, name: str, path: str, *, method: str = "GET", body: dict | None = None,
            status: int = 200) -> None:
        mix.append((weight, name, method, path, body, status))

    add(10, "events", "/api/events?limit=20")
    for code in codes[:6]:
        add(3, "events?actor", f"/api/events?actor={code}&limit=50")
    add(3, "events?filters", "/api/events?code=04&since=2020-01-01&until=2030-01-01&modes=all&order=date")
    for aid in art_ids[:10]:
        add(2, "articles/{id}", f"/api/articles/{aid}")
    for eid in ev_ids[:10]:
        add(2, "events/{id}", f"/api/events/{eid}")
    add(5, "articles", "/api/articles?limit=20")
    add(4, "stats", "/api/stats")
    add(4, "actors", "/api/actors?limit=50")
    add(3, "quotes", "/api/quotes?limit=50")
    add(3, "amounts", "/api/amounts?limit=50")
    add(3, "places", "/api/places?limit=50")
    if len(codes) >= 2:
        add(3, "dyads", f"/api/dyads/{codes[0]}/{codes[1]}?period=month")
    add(3, "series", "/api/series?period=week")
    add(3, "timeline", f"/api/timeline?actor={codes[0]}")
    add(3, "network", "/api/network")
    add(3, "top", "/api/top/actors?limit=10")
    add(2, "events.csv", "/api/events?limit=100&format=csv")
    add(2, "page /", "/")
    add(2, "page /events", "/events")
    add(1, "page /articles/{id}", f"/articles/{art_ids[0]}")
    # The pipeline on request bodies: one lock, so these queue; odd text must still give 200.
    add(1, "extract", "/api/extract", method="POST",
        body={"text": "MOSCOW, Aug 21 (Newswire) - Russia condemned Ukraine on Monday, officials said.",
              "published": "2024-08-21"})
    add(1, "extract odd", "/api/extract", method="POST",
        body={"text": "\u202e\u200dRussia pledged " + "9" * 320 + " dollars \U0001F600 in 999999999 days.",
              "published": "9999-12-31"})
    # Refused requests: the expected 4xx, never a 5xx.
    add(1, "404 article", "/api/articles/no-such-article", status=404)
    add(1, "400 limit", "/api/events?limit=100000000", status=400)
    add(1, "4xx date", "/api/events?since=2024-02-30", status=400)
    add(1, "422 body", "/api/extract", method="POST", body={"text": ""}, status=422)
    return mix


def percentile(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return float("nan")
    k = min(len(sorted_ms) - 1, max(0, round(p / 100 * (len(sorted_ms) - 1))))
    return sorted_ms[k]


def run_load(base: str, *, clients: int, seconds: float, max_requests: int, timeout: float) -> dict:
    mix = request_mix(base)
    weights = [m[0] for m in mix]
    lock = threading.Lock()
    sent = [0]
    lat: dict[str, list[float]] = defaultdict(list)
    statuses: Counter = Counter()
    unexpected: Counter = Counter()
    transport: Counter = Counter()
    stop_at = time.monotonic() + seconds

    def worker(i: int) -> None:
        rng = random.Random(i)
        with httpx.Client(base_url=base, timeout=timeout) as c:
            while time.monotonic() < stop_at:
                with lock:
                    if sent[0] >= max_requests:
                        return
                    sent[0] += 1
                _, name, method, path, body, want = rng.choices(mix, weights)[0]
                t0 = time.perf_counter()
                try:
                    r = c.request(method, path, json=body)
                    _ = r.content
                except httpx.HTTPError as exc:
                    with lock:
                        transport[f"{name}: {type(exc).__name__}"] += 1
                    continue
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    lat[name].append(ms)
                    statuses[r.status_code] += 1
                    if r.status_code != want:
                        unexpected[f"{name}: {r.status_code} (wanted {want})"] += 1

    t0 = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    every = sorted(x for xs in lat.values() for x in xs)
    per = {name: {"n": len(xs), "p50_ms": round(percentile(sorted(xs), 50), 1),
                  "p99_ms": round(percentile(sorted(xs), 99), 1)} for name, xs in sorted(lat.items())}
    return {
        "clients": clients, "seconds": round(wall, 1), "requests": len(every),
        "requests_per_s": round(len(every) / wall, 1),
        "p50_ms": round(percentile(every, 50), 1), "p90_ms": round(percentile(every, 90), 1),
        "p99_ms": round(percentile(every, 99), 1), "max_ms": round(every[-1], 1) if every else None,
        "statuses": dict(sorted(statuses.items())),
        "server_errors": sum(n for s, n in statuses.items() if s >= 500),
        "unexpected_status": dict(unexpected), "transport_errors": dict(transport),
        "endpoints": per,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=500_000, help="stop after this many requests")
    ap.add_argument("--timeout", type=float, default=30, help="per-request timeout (s)")
    ap.add_argument("--db", help="an existing store (default: build one from examples/ in a temp dir)")
    ap.add_argument("--json", help="also write the results to this JSON file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-load-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "examples.duckdb"
        if not db.exists():
            build_store(db)
        port = free_port()
        server = start_server(db, port)
        try:
            res = run_load(f"http://127.0.0.1:{port}", clients=args.clients, seconds=args.seconds,
                           max_requests=args.max_requests, timeout=args.timeout)
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
    res["cpu_cores"] = os.cpu_count()
    print(f"{res['clients']} clients, {res['seconds']} s: {res['requests']} requests, "
          f"{res['requests_per_s']} req/s, p50 {res['p50_ms']} ms, p90 {res['p90_ms']} ms, "
          f"p99 {res['p99_ms']} ms, max {res['max_ms']} ms")
    print(f"statuses {res['statuses']}; server errors {res['server_errors']}; "
          f"unexpected {res['unexpected_status'] or 0}; transport errors {res['transport_errors'] or 0}")
    print(f"{'endpoint':<22} {'n':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for name, e in res["endpoints"].items():
        print(f"{name:<22} {e['n']:>7} {e['p50_ms']:>8} {e['p99_ms']:>8}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))
    bad = res["server_errors"] or res["unexpected_status"] or res["transport_errors"]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
