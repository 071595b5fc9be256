"""Crash safety (issue 9): `dateline ingest` killed with SIGKILL part-way through a batch of thousands of
articles, then re-run, leaves exactly the database an uninterrupted run gives: no loss, no duplicates.

The store writes each batch in one transaction and a re-run skips what is stored, so after any kill the
stored article count is a whole number of write batches, and the resumed run completes the rest.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from dateline.config import Settings
from dateline.jobs import run_ingest

N_ARTICLES = int(os.environ.get("DATELINE_CRASH_ARTICLES", "2000"))
WRITE_BATCH = 100  # small write batches: many commits, so a kill lands between and inside them
TABLES = ["articles", "mentions", "events", "actors", "quotes", "amounts", "times", "places", "errors"]
VOLATILE = {"ingested_at"}

# Our own wire-style templates (countries and capitals are facts).
PLACES = [("Russia", "MOSCOW"), ("China", "BEIJING"), ("Ukraine", "KYIV"), ("France", "PARIS"),
          ("Germany", "BERLIN"), ("Japan", "TOKYO"), ("Turkey", "ANKARA"), ("Egypt", "CAIRO"),
          ("Kenya", "NAIROBI"), ("Peru", "LIMA"), ("India", "NEW DELHI"), ("Brazil", "BRASILIA")]
VERBS = ["agreed to expand trade with", "condemned", "met officials from", "accused", "signed a deal with",
         "threatened to impose sanctions on", "praised", "urged restraint from", "criticised",
         "hosted a delegation from", "expelled diplomats from", "pledged aid to"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EXTRAS = [
    " The minister said {n} people attended the talks in the capital.",
    ' "We want lasting peace," the foreign minister told reporters.',
    " The deal is worth ${n} million, officials said.",
]


def synthetic_jsonl(path: Path, n: int, *, seed: int = 11) -> int:
    """Write `n` short articles (1-2 sentences) as JSONL, with about 1% bad lines mixed in; returns the
    number of lines."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        r = rng.random()
        if r < 0.004:
            lines.append('{"id": "broken-%d", "text": ' % i)  # truncated JSON
            continue
        if r < 0.007:
            lines.append(json.dumps({"id": f"syn-{i:05d}", "title": "no body"}))
            continue
        (a, city), (b, _) = rng.sample(PLACES, 2)
        text = f"{city} (Newswire) - {a} {rng.choice(VERBS)} {b} on {rng.choice(DAYS)}, officials said."
        if rng.random() < 0.3:
            text += rng.choice(EXTRAS).format(n=rng.randint(2, 90))
        pub = "2024-02-30" if r < 0.01 else f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines.append(json.dumps({"id": f"syn-{i:05d}", "text": text, "published": pub}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, ordered, without the ingest timestamps."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in TABLES:
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall() if r[0] not in VOLATILE]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[t] = con.execute(f"SELECT {sel} FROM {t} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def _count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def _cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "dateline", "-v", "ingest", str(src), "--db", str(db), "--workers", "1",
            "-q", "--set", f"store.batch_size={WRITE_BATCH}"]


def run_and_kill(src: Path, db: Path, *, after_commits: int, delay: float, timeout: float = 240) -> bool:
    """Start `dateline ingest`, SIGKILL it `delay` s after its `after_commits`-th batch commit (from its
    -v log). Returns False when it finished before the kill."""
    proc = subprocess.Popen(_cmd(src, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:  # keep draining stderr so the child never blocks on a full pipe
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    commits = 0
    deadline = time.monotonic() + timeout
    try:
        while commits < after_commits:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if line is None:
                return False
            if "INFO dateline.store" in line and "'inserted'" in line:
                commits += 1
        time.sleep(delay)
        if proc.poll() is not None:
            return False
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        return True
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_sigkill_midway_then_rerun_equals_an_uninterrupted_run(tmp_path):
    src = tmp_path / "batch.jsonl"
    n_lines = synthetic_jsonl(src, N_ARTICLES)
    a, b = tmp_path / "A.duckdb", tmp_path / "B.duckdb"

    # Kill 1: shortly after the first commit (mostly inside parsing, sometimes inside the next write).
    assert run_and_kill(src, a, after_commits=1, delay=random.uniform(0.0, 1.5)), "finished before the kill"
    stored1 = _count(a, "SELECT count(*) FROM articles")
    assert 0 < stored1 < n_lines
    assert stored1 % WRITE_BATCH == 0, "a half-written batch survived the kill"
    # Kill 2: the resumed run skips what is stored, then dies again right after a commit.
    assert run_and_kill(src, a, after_commits=2, delay=0.0), "finished before the kill"
    stored2 = _count(a, "SELECT count(*) FROM articles")
    # (Not a multiple of the batch now: failed lines are read again and count as unchanged in a batch.)
    assert stored1 < stored2 < n_lines

    # Resume to the end: exit 1 (the bad lines failed), everything stored once.
    done = subprocess.run(_cmd(src, a), capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr[-3000:]
    assert _count(a, "SELECT count(*) FROM articles") == n_lines
    assert _count(a, "SELECT count(DISTINCT id) FROM articles") == n_lines

    # The same input in one uninterrupted run (the library entry point the CLI calls).
    settings = Settings().with_overrides({"store.batch_size": WRITE_BATCH})
    summary = run_ingest([str(src)], db=str(b), settings=settings, workers=1)
    assert summary.read == n_lines and summary.exit_code == 1

    sa, sb = snapshot(a), snapshot(b)
    for table in TABLES:
        assert len(sa[table]) == len(sb[table]), table
        assert sa[table] == sb[table], table
    assert len(sb["mentions"]) > n_lines // 2  # the batch really was coded
    assert 0 < len(sb["errors"]) < n_lines // 50


def _descendants(pid: int) -> set[int]:
    """Pids of every live descendant of `pid` (from /proc; Linux only)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigkill_with_worker_processes_leaves_no_orphans_and_resumes(tmp_path):
    src = tmp_path / "batch.jsonl"
    n_lines = synthetic_jsonl(src, 600, seed=5)
    db = tmp_path / "W.duckdb"
    cmd = [*_cmd(src, db)]
    cmd[cmd.index("--workers") + 1] = "2"
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in proc.stderr:
            if "INFO dateline.store" in line and "'inserted'" in line:
                break
        else:
            pytest.fail("the run ended before its first commit")
        family = _descendants(proc.pid)  # forkserver, resource tracker and the two workers
        assert len(family) >= 2
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(p) for p in family):
        time.sleep(0.2)
    orphans = [p for p in family if _alive(p)]
    for p in orphans:  # do not leave them behind even when the assertion fails
        os.kill(p, signal.SIGKILL)
    assert not orphans, "worker processes outlived a killed `dateline ingest`"
    stored = _count(db, "SELECT count(*) FROM articles")
    assert 0 < stored < n_lines
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr[-3000:]
    assert _count(db, "SELECT count(*) FROM articles") == n_lines
    assert _count(db, "SELECT count(DISTINCT id) FROM articles") == n_lines
