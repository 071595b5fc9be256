"""Hand-built, fully annotated articles for store/analysis/export tests (synthetic wire-style text).

Each builder finds its spans in the text it writes, so every offset is real.
"""

from __future__ import annotations

from dateline.model import (
    Actor,
    Amount,
    Article,
    ErrorRecord,
    Event,
    Mention,
    Place,
    Quote,
    Sentence,
    TimeExpr,
    Trigger,
)

CAMEO = {  # code: (root, goldstein, quad, plover type, plover mode)
    "036": ("03", 4.0, 1, "AGREE", None),
    "042": ("04", 1.9, 1, "CONSULT", "visit"),
    "043": ("04", 2.8, 1, "CONSULT", "host"),
    "040": ("04", 1.0, 1, "CONSULT", None),
    "051": ("05", 3.4, 1, "SUPPORT", None),
    "057": ("05", 8.0, 1, "AGREE", None),
    "061": ("06", 6.4, 2, "COOPERATE", "economic"),
    "111": ("11", -2.0, 3, "ACCUSE", None),
    "163": ("16", -8.0, 4, "SANCTION", None),
    "190": ("19", -10.0, 4, "ASSAULT", None),
}

ACTORS = {
    "Vladimir Putin": ("RUSGOV", "RUS", "GOV", "Vladimir Putin"),
    "Xi Jinping": ("CHNGOV", "CHN", "GOV", "Xi Jinping"),
    "Putin": ("RUSGOV", "RUS", "GOV", "Vladimir Putin"),
    "Xi": ("CHNGOV", "CHN", "GOV", "Xi Jinping"),
    "Russia": ("RUS", "RUS", None, None),
    "China": ("CHN", "CHN", None, None),
    "Beijing": ("CHNGOV", "CHN", "GOV", None),
    "Moscow": ("RUSGOV", "RUS", "GOV", None),
    "Washington": ("USAGOV", "USA", "GOV", None),
    "Ukrainian forces": ("UKRMIL", "UKR", "MIL", None),
    "Russian troops": ("RUSMIL", "RUS", "MIL", None),
    "the European Union": ("IGOEEC", "EEC", None, None),
}


def actor(text: str, phrase: str, *, after: int = 0) -> Actor:
    start = text.index(phrase, after)
    code, country, sector, name = ACTORS[phrase]
    return Actor(start=start, end=start + len(phrase), text=phrase, code=code, country=country, sector=sector,
                 name=name, resolved_by="dictionary")


def sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Sentence(start, i + 1))
            start = i + 2
    if start < len(text):
        out.append(Sentence(start, len(text)))
    return out


def event(text: str, src: str, verb: str, tgt: str | None, cameo: str, date: str | None, *,
          mode: str = "asserted", precision: str = "day", place: Place | None = None,
          reported_by: str | None = None) -> Event:
    t0 = text.index(verb)
    sent = next(s for s in sentences(text) if s.start <= t0 < s.end)
    root, gold, quad, ptype, pmode = CAMEO[cameo]
    return Event(
        source=actor(text, src, after=sent.start),
        target=actor(text, tgt, after=sent.start) if tgt else None,
        cameo=cameo, root=root, goldstein=gold, quad_class=quad,
        trigger=Trigger(text=verb, start=t0, end=t0 + len(verb)), evidence=sent,
        plover={"type": ptype, "mode": pmode}, mode=mode, date=date, date_precision=precision,
        date_source="published", place=place, reported_by=reported_by, pattern=f"test:{cameo}",
    )


def meeting_article(i: int, *, source: str, published: str, phrasing: int = 0) -> Article:
    """One of several reports of the same Putin-Xi meeting in Beijing."""
    bodies = [
        "Vladimir Putin met Xi Jinping in Beijing on Thursday. The two leaders signed a joint statement.",
        "Xi Jinping met Vladimir Putin for talks in Beijing. Officials described the mood as warm.",
        "Russian President Vladimir Putin met Xi Jinping in the Chinese capital Beijing, aides said.",
    ]
    text = bodies[phrasing % len(bodies)]
    first, second = ("Xi Jinping", "Vladimir Putin") if phrasing % 3 == 1 else ("Vladimir Putin", "Xi Jinping")
    b = text.index("Beijing")
    place = Place(start=b, end=b + 7, text="Beijing", name="Beijing", country="CHN", admin1="Beijing",
                  lat=39.9075, lon=116.39723, geonames_id=1816670, feature_class="P", resolved_by="gazetteer")
    art = Article.create(text, id=f"meeting-{i}", source=source, published=published,
                         title=f"Putin and Xi meet ({source})", url=f"https://example.org/{source}/{i}")
    art.sentences = sentences(text)
    art.mentions = [Mention(start=a.start, end=a.end, text=a.text, kind="PERSON")
                    for a in (actor(text, first), actor(text, second))]
    art.actors = [actor(text, first), actor(text, second)]
    art.places = [place]
    art.events = [event(text, first, "met", second, "040", published, place=place)]
    return art


def rich_article() -> Article:
    """An article with every layer filled."""
    text = ("Russia accused Washington of provoking the crisis on Monday. "
            "Beijing did not condemn Moscow. "
            "China and Russia agreed to expand trade worth $200 billion, officials said. "
            '"We will never accept sanctions," Putin told reporters.')
    art = Article.create(text, id="rich-1", source="Wire A", published="2024-03-04", title="Rich",
                         url="https://example.org/rich", language="en", origin="fixture.jsonl:1")
    art.sentences = sentences(text)
    art.mentions = [Mention(start=text.index("Russia"), end=text.index("Russia") + 6, text="Russia", kind="GPE")]
    art.actors = [actor(text, "Russia"), actor(text, "Washington"), actor(text, "Beijing"), actor(text, "Moscow"),
                  actor(text, "Putin")]
    art.events = [
        event(text, "Russia", "accused", "Washington", "111", "2024-03-04"),
        event(text, "Beijing", "condemn", "Moscow", "111", "2024-03-04", mode="negated"),
        event(text, "China", "agreed", "Russia", "061", "2024-03", precision="month",
              reported_by="officials"),
    ]
    q0 = text.index('"We')
    q1 = text.index('," Putin') + 2
    s4 = art.sentences[3]
    art.quotes = [Quote(start=q0, end=q1, text=text[q0:q1], speaker=actor(text, "Putin"), cue="told",
                        sentence=s4)]
    a0 = text.index("$200 billion")
    art.amounts = [Amount(start=a0, end=a0 + 12, text="$200 billion", value=2e11, unit="USD", kind="money",
                          measures="trade", measures_start=text.index("trade"),
                          measures_end=text.index("trade") + 5)]
    m0 = text.index("Monday")
    art.times = [TimeExpr(start=m0, end=m0 + 6, text="Monday", value="2024-03-04", precision="day",
                          anchor="2024-03-04")]
    art.places = [Place(start=text.index("Beijing"), end=text.index("Beijing") + 7, text="Beijing",
                        name="Beijing", country="CHN", lat=39.9, lon=116.4, geonames_id=1816670,
                        feature_class="P", resolved_by="gazetteer")]
    art.errors = [ErrorRecord(stage="amounts", reason="test: one amount skipped", code="E399")]
    return art


def series_articles() -> list[Article]:
    """Russia-China events spread over three months, for dyad/timeline/network tests."""
    specs = [
        ("s1", "2024-01-10", "Russia praised China for its support.", "Russia", "praised", "China", "051"),
        ("s2", "2024-01-20", "China hosted Russia for trade talks.", "China", "hosted", "Russia", "043"),
        ("s3", "2024-02-05", "Russia criticised China over tariffs.", "Russia", "criticised", "China", "111"),
        ("s4", "2024-03-15", "China agreed with Russia on a pipeline deal.", "China", "agreed", "Russia", "057"),
        ("s5", "2024-03-18", "Russian troops shelled Ukrainian forces near the border.", "Russian troops",
         "shelled", "Ukrainian forces", "190"),
        ("s6", "2024-03-20", "the European Union sanctioned Russia over the attack.", "the European Union",
         "sanctioned", "Russia", "163"),
    ]
    out = []
    for aid, date, text, src, verb, tgt, code in specs:
        art = Article.create(text, id=aid, source="Wire B", published=date, title=text[:30],
                             url=f"https://example.org/{aid}")
        art.sentences = sentences(text)
        art.actors = [actor(text, src), actor(text, tgt)]
        art.events = [event(text, src, verb, tgt, code, date)]
        out.append(art)
    return out
