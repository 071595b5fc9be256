"""The shipped event lexicon, code tables and code composition (no parsing needed)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from dateline.coding.codes import code_info, compose, future_code, plover_for
from dateline.coding.lexicon import load_lexicon
from dateline.errors import DictionaryError

ROOT = Path(__file__).resolve().parent.parent


def test_lexicon_covers_every_root_and_200_leaf_codes():
    lex = load_lexicon()
    codes = lex.codes()
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert len([c for c in codes if len(c) >= 3]) >= 200
    assert lex.size > 1000


def test_lexicon_has_nominal_triggers_and_light_verbs():
    lex = load_lexicon()
    for noun in ("talks", "visit", "summit", "sanction", "incursion", "airstrike", "ceasefire"):
        assert lex.candidates("NOUN", noun), noun
    assert "hold" in lex.light_verbs and "carry" in lex.light_verbs
    assert "say" in lex.speech_verbs
    # "say" is never an event trigger by itself: no flood of 010 statements
    assert all(e.obj or e.pobj for e in lex.candidates("VERB", "say"))


def test_codebook_and_plover_tables():
    info = code_info("051")
    assert (info.root, info.quad_class, info.goldstein) == ("05", 1, 3.4)
    assert code_info("195").quad_class == 4
    assert plover_for("042") == {"type": "CONSULT", "mode": "visit", "context": None}
    assert plover_for("163")["type"] == "COERCE"
    assert plover_for("0256")["type"] == "REQUEST"  # appeals: our supplement to the CC BY-SA table
    with pytest.raises(DictionaryError):
        code_info("999")


@pytest.mark.parametrize("frame, inner, expected", [
    ("intent", "0841", "0353"), ("intent", "040", "036"), ("appeal", "0871", "0256"),
    ("demand", "084", "1053"), ("threaten", "163", "1312"), ("threaten", "190", "1384"),
    ("refuse", "085", "1244"), ("appeal", None, "020"), ("intent", "033", "033"),
])
def test_compose(frame, inner, expected):
    assert compose(frame, inner) == expected


def test_future_is_intent_or_threat():
    assert future_code("040") == "036"
    assert future_code("072") == "0332"
    assert future_code("190") == "1384"
    assert future_code("111") == "111"


def test_plover_map_is_a_separate_attributed_file():
    data = ROOT / "src" / "dateline" / "data" / "coding"
    plover = json.loads((data / "cameo_plover.json").read_text("utf-8"))
    assert plover["license"] == "CC BY-SA 4.0" and "PLOVER" in plover["attribution"]
    lexicon_text = (data / "lexicon.json").read_text("utf-8")
    assert "plover" not in lexicon_text.lower()


def test_build_script_reads_curated_lines(tmp_path):
    spec = importlib.util.spec_from_file_location("build_lexicon", ROOT / "scripts" / "build_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    cur = tmp_path / "curated.txt"
    cur.write_text("163 V impose obj=sanction|embargo tprep=on\nLIGHT hold\nDENY say\n", "utf-8")
    entries, special = mod.parse_curated(cur)
    assert entries[0]["obj"] == ["sanction", "embargo"] and entries[0]["tprep"] == ["on"]
    assert special["LIGHT"] == ["hold"] and special["DENY"] == ["say"]
    cons = mod._parse_pattern("* {PEACE DEAL} (WITH REBELS)", {}, lambda w, pos="NOUN": w.lower())
    assert cons == {"obj": ["deal"], "mod": ["peace"], "prep": "with", "pobj": ["rebels"]}
    assert mod._parse_pattern("TROOPS * $", {}, str.lower) is None
    # a preposition is looked up by its spelling, so "prep=on|at" could never match: refused at build time
    cur.write_text("190 V fire prep=on|at\n", "utf-8")
    with pytest.raises(SystemExit, match="one value"):
        mod.parse_curated(cur)


def test_shipped_lexicon_has_one_preposition_per_entry():
    lex = json.loads((ROOT / "src" / "dateline" / "data" / "coding" / "lexicon.json").read_text("utf-8"))
    assert not [e["id"] for e in lex["entries"] if "|" in (e.get("prep") or "")]


def test_bad_lexicon_file_is_a_typed_error(tmp_path):
    bad = tmp_path / "lex.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(DictionaryError, match="not valid JSON"):
        load_lexicon(str(bad))
