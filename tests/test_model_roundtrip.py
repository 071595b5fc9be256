"""The document model: JSON round trips and content hashes."""

from __future__ import annotations

import json

from dateline.model import (
    Actor,
    Amount,
    Article,
    ErrorRecord,
    Event,
    Place,
    Quote,
    Sentence,
    TimeExpr,
    Trigger,
    content_hash,
)


def _article() -> Article:
    text = "Russian President Vladimir Putin hailed ties with China in Beijing on Tuesday."
    art = Article.create(text, id="a-1", published="2024-05-16", source="Newswire")
    src = Actor(0, 32, text[0:32], code="RUSGOV", country="RUS", sector="GOV", name="Vladimir Putin",
                role="president", resolved_by="title", role_date="2024-05-16")
    tgt = Actor(50, 55, "China", code="CHN", country="CHN", resolved_by="dictionary")
    place = Place(59, 66, "Beijing", name="Beijing", country="CHN", lat=39.9, lon=116.4, geonames_id=1816670,
                  feature_class="P", resolved_by="gazetteer")
    art.sentences = [Sentence(0, len(text))]
    art.actors = [src, tgt]
    art.events = [Event(source=src, target=tgt, cameo="051", root="05", goldstein=3.4, quad_class=1,
                        trigger=Trigger("hailed", 33, 39), evidence=Sentence(0, len(text)),
                        plover={"type": "COOPERATE", "mode": None}, date="2024-05-14", date_precision="day",
                        date_source="time", place=place)]
    art.quotes = [Quote(0, 10, text[:10], speaker=src, cue="said", sentence=Sentence(0, len(text)))]
    art.amounts = [Amount(0, 3, "Rus", value=1.5e9, unit="USD", kind="money", qualifier="more_than")]
    art.times = [TimeExpr(70, 77, "Tuesday", value="2024-05-14", precision="day", anchor="2024-05-16")]
    art.places = [place]
    art.errors = [ErrorRecord("quotes", "boom", code="E312")]
    return art


def test_article_json_round_trip_preserves_every_layer():
    art = _article()
    data = json.loads(art.to_json())
    back = Article.from_dict(data)
    assert back.to_dict() == art.to_dict()
    assert back.events[0].source.code == "RUSGOV"
    assert back.events[0].place.geonames_id == 1816670
    assert back.quotes[0].speaker.name == "Vladimir Putin"


def test_contract_keys_of_an_event():
    ev = _article().to_dict()["events"][0]
    for key in ("source", "target", "cameo", "root", "goldstein", "quad_class", "trigger", "evidence", "date",
                "plover", "mode", "place", "reported_by"):
        assert key in ev
    for key in ("code", "country", "sector", "name", "text", "start", "end"):
        assert key in ev["source"]
    assert set(ev["trigger"]) == {"text", "start", "end"}
    assert set(ev["evidence"]) == {"start", "end"}


def test_content_hash_ignores_whitespace_layout_but_not_words():
    assert content_hash("Putin met Xi.\n") == content_hash("Putin  met\nXi.")
    assert content_hash("Putin met Xi.") != content_hash("Xi met Putin.")


def test_user_id_wins_over_hash_and_hash_is_default():
    assert Article.create("abc", id="mine").id == "mine"
    a = Article.create("abc")
    assert a.id == a.content_hash


def test_from_dict_ignores_unknown_keys():
    data = _article().to_dict()
    data["events"][0]["new_key_from_the_future"] = 1
    data["brand_new_layer"] = []
    assert Article.from_dict(data).events[0].cameo == "051"
