"""The bundled sample articles give the events a careful human coder would expect.

Each expectation is (source code, CAMEO code, target code) as we would code the sentence by hand; the test
checks they are found, plus properties every event must have (evidence, offsets, no dateline actors, no bare
"said" events). The amounts and quotes the samples were written to show are checked too.
"""

from __future__ import annotations

import json

import pytest

EXPECTED = {
    "01_beijing_visit.txt": [("RUSGOV", "042", "CHNGOV"), ("CHNGOV", "043", "RUSGOV"), ("CHNGOV", "051", "RUS")],
    "03_kyiv_condemn.txt": [("UKRGOV", "112", "RUSGOV")],
    "04_sanctions.txt": [("IGOEUREEC", "163", "RUS")],
    "05_taiwan_drills.txt": [("CHN", "150", "TWN")],
    "06_un_appeal.txt": [("IGOUNOGOV", "0256", "ISR")],
    "07_india_japan_agreement.txt": [("IND", "057", "JPN"), ("JPNGOV", "042", "INDGOV")],
    "08_north_korea_threat.txt": [("PRK", "130", "KOR"), ("PRK", "130", "USA")],
    "09_border_clash.txt": [("ARM", "112", "AZE")],
    "10_france_germany_meeting.txt": [("FRAGOV", "040", "DEUGOV"), ("FRAGOV", "051", "DEU")],
    "12_turkey_sweden.txt": [("IGOWSTNATGOV", "051", "TUR"), ("SWEGOV", "051", "TURLEG")],
    "14_brussels_summit.html": [("UKRGOV", "051", "IGOEUREEC"), ("HUNGOV", "130", "IGOEUREEC")],
}


@pytest.fixture(scope="module")
def extracted(examples_dir, dateline_cli) -> dict[str, dict]:
    res = dateline_cli("extract", str(examples_dir), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    out = {}
    for line in res.stdout.splitlines():
        obj = json.loads(line)
        out[obj.get("id")] = obj
    return out


def _by_file(extracted: dict[str, dict], examples_dir, name: str) -> dict:
    text = (examples_dir / name).read_text()
    for obj in extracted.values():
        if obj["text"] and obj["text"][:60] in text:
            return obj
    raise AssertionError(f"{name} not among the extracted articles")


def _triples(obj: dict) -> set[tuple]:
    return {((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code"))
            for e in obj["events"] if e["mode"] == "asserted"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_expected_events_are_coded(extracted, examples_dir, name):
    obj = _by_file(extracted, examples_dir, name)
    found = _triples(obj)
    missing = [t for t in EXPECTED[name] if t not in found]
    assert not missing, f"{name}: missing {missing}; found {sorted(found, key=str)}"


def test_every_event_points_at_its_evidence_and_is_not_a_bare_statement(extracted):
    assert len(extracted) == 16
    for obj in extracted.values():
        text = obj["text"]
        body = obj["dateline"]["end"] if obj.get("dateline") else 0
        for ev in obj["events"]:
            ev_start, ev_end = ev["evidence"]["start"], ev["evidence"]["end"]
            assert body <= ev_start < ev_end <= len(text)
            trig = ev["trigger"]
            assert text[trig["start"]:trig["end"]] == trig["text"]
            assert ev_start <= trig["start"] and trig["end"] <= ev_end
            assert ev["cameo"] != "010"
            if trig["text"].lower() in ("said", "says", "told"):
                # a bare statement is never an event; a party saying another side used force accuses it
                # (CAMEO 112, coded on the verb of saying, beside the reported act itself)
                assert ev["cameo"] == "112" and ev["pattern"].endswith(">alleged:112"), ev
            for role in ("source", "target"):
                actor = ev[role]
                if actor:
                    assert actor["start"] >= body, f"dateline header read as an actor: {actor}"
                    assert text[actor["start"]:actor["end"]] == actor["text"]
            assert ev["date"] and ev["date"].startswith("2024")


def test_the_three_reports_of_one_meeting_share_code_and_date(extracted):
    meetings = []
    for key in ("wire-a-0412", "globe-0412-7", "post-8812"):
        evs = [e for e in extracted[key]["events"] if e["root"] == "04"]
        assert evs, key
        meetings.append({(e["cameo"], e["date"]) for e in evs})
    assert meetings[0] & meetings[1] & meetings[2]


def test_trade_figures_say_what_they_measure(extracted, examples_dir):
    obj = _by_file(extracted, examples_dir, "02_moscow_trade.txt")
    amounts = {a["text"]: a for a in obj["amounts"]}
    money = amounts["$240 billion"]
    assert money["value"] == 240e9 and money["unit"] == "USD"
    assert money["measures"] == "Trade between China and Russia" and money["period"] == "2023"
    assert amounts["26 percent"]["value"] == 26 and amounts["26 percent"]["unit"] == "percent"
    assert amounts["1.6%"]["period"] == "2024-01/2024-04"
    assert amounts["nearly doubled"]["qualifier"] == "approximately"


def test_casualty_counts_and_a_quote_with_its_speaker(extracted, examples_dir):
    obj = _by_file(extracted, examples_dir, "03_kyiv_condemn.txt")
    counts = {a["text"]: a for a in obj["amounts"]}
    killed = counts["at least 12 people"]
    assert killed["value"] == 12 and killed["qualifier"] == "at_least" and killed["unit"] == "people"
    quote = next(q for q in obj["quotes"] if q["text"].startswith("This is a deliberate attack"))
    assert quote["speaker"]["code"] == "UKRGOV" and quote["cue"] == "told"


def test_relative_dates_are_made_absolute(extracted, examples_dir):
    obj = _by_file(extracted, examples_dir, "08_north_korea_threat.txt")
    times = {t["text"]: t for t in obj["times"]}
    assert times["two days ago"]["value"] == "2024-09-08"
    fired = next(e for e in obj["events"] if e["trigger"]["text"] == "fired")
    assert fired["date"] == "2024-09-08" and fired["date_source"] == "time"
