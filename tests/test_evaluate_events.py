"""`dateline evaluate` for events (PETRARCH format) and PLOVER records, on our own synthetic gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.evaluation import events as ev_eval
from dateline.evaluation import plover as pl_eval

GOLD = [
    {"id": "s1", "text": "France praised Japan for its support.", "date": "2024-05-06",
     "events": [{"source": "FRA", "target": "JPN", "event_code": "051"}]},
    {"id": "s2", "text": "The European Union imposed sanctions on Belarus.", "date": "2024-05-06",
     "events": [{"source": "IGOEU", "target": "BLRGOV", "event_code": "163"}]},
    {"id": "s3", "text": "Turkey condemned the Israeli raid.", "date": "2024-05-06",
     "events": [{"source": "TUR", "target": "ISR", "event_code": "112"}]},
    {"id": "s4", "text": "The weather in Oslo was mild.", "date": "2024-05-06", "events": []},
    {"id": "s5", "text": "Chile did not attack Peru.", "date": "2024-05-06", "events": []},
]

PLOVER = [
    {"id": "p1", "text": "Japan shared intelligence with South Korea.", "event": "COOPERATE",
     "source_actors": [{"text": "Japan", "code": "JPN"}], "target_actors": [{"text": "South Korea", "code": "KOR"}]},
    {"id": "p2", "text": "Russia and China signed an energy agreement on Friday.", "event": "SUPPORT",
     "source_actors": [{"text": "Russia", "code": "RUS"}, {"text": "China", "code": "CHN"}], "target_actors": []},
    {"id": "p3", "text": "Germany urged Russia to release the detained journalists.", "event": "DEMAND",
     "source_actors": [{"text": "Germany", "code": "DEU"}], "target_actors": [{"text": "Russia", "code": "RUS"}]},
]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_events_report_scores_root_and_full_code(tmp_path):
    report = ev_eval.evaluate(_write(tmp_path / "g.jsonl", GOLD), settings=Settings())
    assert report["sentences"] == 5 and report["gold_events"] == 3
    # all three are right at root level; s3 is 111 against gold 112: right root, wrong full code
    assert report["root"]["tp"] == 3 and report["full"]["tp"] == 2
    assert report["root"]["recall"] == 1.0
    assert report["per_root"]["11"]["tp"] == 1
    assert report["predicted_events"] == 3  # the negated attack is not counted
    text = ev_eval.render(report)
    assert "(source, target, root)" in text and "05" in text


def test_confusions_list_wrong_roots(tmp_path):
    rows = [{"id": "c1", "text": "Turkey condemned the Israeli raid.", "date": "2024-05-06",
             "events": [{"source": "TUR", "target": "ISR", "event_code": "051"}]}]
    report = ev_eval.evaluate(_write(tmp_path / "c.jsonl", rows), settings=Settings())
    assert {"gold": "05", "predicted": "11", "count": 1} in report["confusions"]


def test_plover_report(tmp_path):
    report = pl_eval.evaluate(_write(tmp_path / "p.jsonl", PLOVER), settings=Settings())
    assert report["records"] == 3
    assert report["plover"]["records_hit"] == 3  # DEMAND is read as REQUEST; SRC/TAR pairs match
    assert report["plover"]["recall"] == 1.0
    assert "COOPERATE" in pl_eval.render(report)


def test_plover_sentence_with_two_records_counts_its_tuples_once(tmp_path):
    # PLOVER files a sentence with two events as two records of the same text, one event each: a tuple
    # matching either record is right, and the sentence's tuples are counted once for precision.
    text = "Poland condemned Belarus and expelled its ambassador on Tuesday."
    one = {"id": "d1", "text": text, "event": "DISAPPROVE",
           "source_actors": [{"text": "Poland", "code": "POL"}],
           "target_actors": [{"text": "Belarus", "code": "BLR"}]}
    two = {**one, "id": "d2", "event": "REJECT"}
    single = pl_eval.evaluate(_write(tmp_path / "one.jsonl", [one]), settings=Settings())
    both = pl_eval.evaluate(_write(tmp_path / "two.jsonl", [one, two]), settings=Settings())
    assert single["predicted_tuples"] >= 1 and both["predicted_tuples"] == single["predicted_tuples"]
    assert both["records"] == 2
    assert both["plover"]["tuples_ok"] >= single["plover"]["tuples_ok"]
    assert both["plover"]["precision"] >= single["plover"]["precision"]


def test_country_normalisation():
    assert ev_eval.country_of("USAGOV") == "USA"
    assert ev_eval.country_of("---REB") is None
    assert pl_eval.normalise_type("FIGHT") == "ASSAULT"


def test_cli_dispatch_and_json(tmp_path, dateline_cli):
    gold = _write(tmp_path / "g.jsonl", GOLD[:2])
    res = dateline_cli("evaluate", "--gold", str(gold), "--format", "json")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["kind"] == "events" and report["root"]["f1"] == 1.0
    pl = _write(tmp_path / "p.jsonl", PLOVER[:1])
    res = dateline_cli("evaluate", "--gold", str(pl))
    assert res.returncode == 0 and "PLOVER type" in res.stdout
    res = dateline_cli("evaluate", "--gold", str(tmp_path / "missing.jsonl"))
    assert res.returncode == 2 and "no such gold file" in res.stderr


# Floors on the shared dev sets: these numbers are in docs/accuracy.md; a drop fails the build.
FLOORS = {
    "petrarch-validation/petr2_gsr_validation.jsonl": ("events", "root", 0.62),
    "plover-gsr/plover_gsr_cameo.jsonl": ("plover", "plover", 0.73),  # measured 0.732; the bar is 0.70
}


@pytest.mark.slow
@pytest.mark.parametrize("rel", sorted(FLOORS))
def test_dev_set_floors(shared_dir, rel):
    kind, key, floor = FLOORS[rel]
    mod = ev_eval if kind == "events" else pl_eval
    report = mod.evaluate(shared_dir / "gold" / rel, settings=Settings())
    assert report[key]["f1"] >= floor, f"{rel}: F1 {report[key]['f1']} fell below the floor {floor}"
