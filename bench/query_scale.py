"""Query-scale benchmark: a synthetic store of N deduplicated events, then timed dyad and timeline queries.

    python bench/query_scale.py --events 10000000 --articles 1000000 --db /tmp/scale.duckdb --threads 2 \
        --optimize

The store is built once with the real schema (`dateline.store.Store` migrations) by `INSERT ... SELECT`
from DuckDB's `range()` (200 country codes, 6 sectors, 60 CAMEO codes, dates uniform over 2015-2024,
inserted in random date order, as an ingest of unordered batches leaves them). `--optimize` then runs
`Store.optimize()` (the events table rewritten in cluster order, see `dateline.store.db`) before timing;
without it the queries run on the insertion order. Every event has one mention in one of the
articles, so timeline evidence joins real rows. The queries are the library functions the CLI and API
call (`dateline.analysis.dyad`, `dateline.analysis.timeline`, `dateline.store.queries.events`); each is
run `--repeat` times after one warm-up and the median and best wall times are printed (and, with
`--json`, written as JSON, with a SHA-1 of each query's answer so that runs on two layouts can be checked
to return the same rows, and the load average before and after).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

from dateline.analysis import dyad, network, timeline
from dateline.store import Store
from dateline.store import queries as Q

COUNTRIES = 200
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "081", "090", "100",
         "111", "120", "130", "141", "150", "163", "173", "180", "190", "193"] * 2 + \
        ["012", "013", "014", "015", "016", "017", "018", "019", "021", "022", "023", "024"]


def _country_sql(expr: str) -> str:
    # RUS and CHN get a realistic share (about 3% of actors each); the rest are C000..C197.
    return (f"CASE WHEN {expr} % 100 < 3 THEN 'RUS' WHEN {expr} % 100 < 6 THEN 'CHN' "
            f"ELSE 'C' || lpad(CAST({expr} % {COUNTRIES - 2} AS VARCHAR), 3, '0') END")


def build(path: str, n_events: int, n_articles: int, threads: int) -> float:
    t0 = time.perf_counter()
    with Store(path) as store:
        cur = store.cursor()
        cur.execute(f"SET threads = {threads}")
        codes = "[" + ", ".join(f"'{c}'" for c in CODES) + "]"
        cur.execute(f"""
            INSERT INTO articles (id, content_hash, title, url, source, published, published_raw, language, text,
                                  body_start, sentences, entity_mentions, n_events, n_errors, dateline_version,
                                  data_hash)
            SELECT 'a' || i, md5(CAST(i AS VARCHAR)), 'Story ' || i, 'https://example.org/' || i,
                   'Wire ' || (i % 50), DATE '2015-01-01' + CAST(hash(i) % 3650 AS INTEGER),
                   NULL, 'en', 'Officials of country ' || (i % 200) || ' met counterparts on day ' || i || '. '
                   || 'A second sentence follows here.', 0, '[[0, 60]]', '[]', 10, 0, 'bench', 'bench'
            FROM range({n_articles}) t(i)""")
        cur.execute(f"""
            CREATE TEMP TABLE gen AS
            SELECT i, hash(i * 7 + 1) AS h1, hash(i * 13 + 5) AS h2, hash(i * 31 + 3) AS h3,
                   DATE '2015-01-01' + CAST(hash(i * 17 + 11) % 3650 AS INTEGER) AS d
            FROM range({n_events}) t(i)""")
        sectors = "['', 'GOV', 'MIL', 'BUS', 'MED', 'CVL']"
        cur.execute(f"""
            INSERT INTO events (event_id, event_num, dedup_key, source_code, source_country, source_sector,
                                source_members, target_code, target_country, target_sector, target_members,
                                cameo, base_code, root, goldstein, quad_class, mode, date, date_precision,
                                num_mentions, num_sources, num_articles, first_article_id, first_mention_idx,
                                first_seen, last_seen, source_url, dateline_version, data_hash)
            SELECT 'e' || i, i, 'k' || i,
                   sc || {sectors}[1 + CAST(h3 % 6 AS INTEGER)], sc, NULLIF({sectors}[1 + CAST(h3 % 6 AS INTEGER)], ''),
                   [], tc || {sectors}[1 + CAST((h3 // 7) % 6 AS INTEGER)], tc,
                   NULLIF({sectors}[1 + CAST((h3 // 7) % 6 AS INTEGER)], ''), [],
                   code, substr(code, 1, 3), substr(code, 1, 2),
                   CASE WHEN code < '09' THEN 3.0 ELSE -5.0 END,
                   CASE WHEN code < '06' THEN 1 WHEN code < '09' THEN 2 WHEN code < '14' THEN 3 ELSE 4 END,
                   CASE WHEN h3 % 20 = 0 THEN 'negated' ELSE 'asserted' END, d, 'day',
                   1 + CAST(h2 % 5 AS INTEGER), 1, 1, 'a' || (i % {n_articles}), CAST(i // {n_articles} AS INTEGER),
                   d, d, 'https://example.org/' || (i % {n_articles}), 'bench', 'bench'
            FROM (SELECT *, {_country_sql('h1')} AS sc, {_country_sql('h2 // 3')} AS tc,
                         {codes}[1 + CAST(h3 % {len(CODES)} AS INTEGER)] AS code FROM gen)""")
        cur.execute(f"""
            INSERT INTO mentions (article_id, idx, event_id, dedup_key, source_code, target_code, cameo, root,
                                  mode, trigger_text, trigger_start, trigger_end, sentence_start, sentence_end,
                                  date, dateline_version, data_hash)
            SELECT first_article_id, first_mention_idx, event_id, dedup_key, source_code, target_code, cameo,
                   root, mode, 'met', 31, 34, 0, 60, date, 'bench', 'bench'
            FROM events""")
        cur.execute("DROP TABLE gen")
        cur.execute("CHECKPOINT")
        cur.close()
    return time.perf_counter() - t0


def timed(fn, repeat: int) -> dict[str, float]:
    fn()  # warm-up: first touch of the column segments
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return {"median_s": round(statistics.median(runs), 4), "best_s": round(min(runs), 4)}


def fingerprint(rows) -> str:
    """SHA-1 of a query answer (JSON, keys sorted): equal answers give equal fingerprints."""
    return hashlib.sha1(json.dumps(rows, sort_keys=True, default=str).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--articles", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/dateline_query_scale.duckdb")
    ap.add_argument("--threads", type=int, default=2, help="DuckDB threads for the timed queries.")
    ap.add_argument("--build-threads", type=int, default=None, help="DuckDB threads for building (default: --threads).")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true", help="Delete and rebuild the synthetic store.")
    ap.add_argument("--json", help="Also write the results to this JSON file.")
    ap.add_argument("--optimize", action="store_true",
                    help="Run Store.optimize() (cluster the events table) before timing.")
    ap.add_argument("--strategies", action="store_true",
                    help="Also time the page-fetch strategies of queries.events (points, in, semi).")
    args = ap.parse_args(argv)

    if args.rebuild and os.path.exists(args.db):
        os.remove(args.db)
    build_s = None
    if not os.path.exists(args.db):
        build_s = build(args.db, args.events, args.articles, args.build_threads or args.threads)
        print(f"built {args.events:,} events / {args.articles:,} articles in {build_s:.1f} s", flush=True)
    optimize_s = None
    if args.optimize:
        t0 = time.perf_counter()
        with Store(args.db) as store:
            cur = store.cursor()
            cur.execute(f"SET threads = {args.build_threads or args.threads}")
            cur.close()
            store.optimize()
        optimize_s = time.perf_counter() - t0
        print(f"optimized (events clustered) in {optimize_s:.1f} s", flush=True)
    load_before = os.getloadavg()
    with Store(args.db, read_only=True) as store:
        cur = store.cursor()
        cur.execute(f"SET threads = {args.threads}")
        cur.close()
        n = Q.count_events(store, modes="all")
        queries = {
            "dyad RUS CHN by month (undirected, 10 years)": lambda: dyad(store, "RUS", "CHN"),
            "dyad RUS CHN by month, 2023 only": lambda: dyad(store, "RUS", "CHN", since="2023-01-01",
                                                             until="2023-12-31"),
            "timeline --actor RUS (first 100, with evidence)": lambda: timeline(store, "RUS", limit=100),
            "timeline --actor RUSGOV --since 2024-01-01 (100, with evidence)": lambda: timeline(
                store, "RUSGOV", since="2024-01-01", limit=100),
            "events --actor CHN --code 04 (100, with evidence)": lambda: Q.events(
                store, actor="CHN", code="04", limit=100),
            "network --since 2024-01-01 --min-events 5": lambda: network(store, since="2024-01-01",
                                                                          min_events=5),
        }
        results = {}
        for name, fn in queries.items():
            results[name] = {**timed(fn, args.repeat), "answer_sha1": fingerprint(fn())}
        sample = dyad(store, "RUS", "CHN")
        strategies = {}
        if args.strategies:
            for name in ("points", "in", "semi"):
                Q._PAGE_FETCH = name
                strategies[name] = timed(lambda: timeline(store, "RUS", limit=100), args.repeat)
            Q._PAGE_FETCH = "semi"
    report = {"events": n, "threads": args.threads, "build_s": build_s, "optimize_s": optimize_s,
              "db_bytes": Path(args.db).stat().st_size, "dyad_periods": len(sample), "results": results,
              "page_fetch_strategies (timeline RUS)": strategies, "python": sys.version.split()[0],
              "cpus": os.cpu_count(), "loadavg_before": load_before, "loadavg_after": os.getloadavg()}
    for name, r in results.items():
        print(f"{name:70s} median {r['median_s']:.3f} s  best {r['best_s']:.3f} s  {r['answer_sha1'][:10]}")
    print(f"load average before {load_before[0]:.2f}, after {report['loadavg_after'][0]:.2f} "
          f"({os.cpu_count()} CPUs)")
    for name, r in strategies.items():
        print(f"{'page fetch ' + name:70s} median {r['median_s']:.3f} s  best {r['best_s']:.3f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
