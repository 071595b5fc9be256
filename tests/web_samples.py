"""A small store for the API and dashboard tests: hand-annotated synthetic wire stories (exact offsets,
known events), one story whose text and title carry HTML/script, and stories run through the real
pipeline. Also a real `dateline serve` process on 127.0.0.1 over that store.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from dateline.model import Actor, Amount, Article, Event, Place, Quote, Sentence, TimeExpr, Trigger

_ACTORS = {
    "Russian President Vladimir Putin": ("RUSGOV", "RUS", "GOV", "Vladimir Putin"),
    "Vladimir Putin": ("RUSGOV", "RUS", "GOV", "Vladimir Putin"),
    "Chinese officials": ("CHNGOV", "CHN", "GOV", None),
    "China": ("CHN", "CHN", None, None),
    "Beijing": ("CHNGOV", "CHN", "GOV", None),
    "Moscow": ("RUSGOV", "RUS", "GOV", None),
    "Washington": ("USAGOV", "USA", "GOV", None),
    "Kyiv": ("UKRGOV", "UKR", "GOV", None),
}
_CAMEO = {"051": ("05", 3.4, 1), "111": ("11", -2.0, 3), "036": ("03", 4.0, 1), "163": ("16", -8.0, 4),
          "190": ("19", -10.0, 4), "042": ("04", 1.9, 1)}


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append(Sentence(start, i + 1))
            start = i + 2
    if start < len(text):
        out.append(Sentence(start, len(text)))
    return out


def _actor(text: str, phrase: str, after: int = 0) -> Actor:
    start = text.index(phrase, after)
    code, country, sector, name = _ACTORS[phrase]
    return Actor(start=start, end=start + len(phrase), text=phrase, code=code, country=country, sector=sector,
                 name=name, resolved_by="dictionary")


def _event(text: str, src: str, verb: str, tgt: str, cameo: str, date: str, mode: str = "asserted") -> Event:
    t0 = text.index(verb)
    sent = next(s for s in _sentences(text) if s.start <= t0 < s.end)
    root, gold, quad = _CAMEO[cameo]
    return Event(source=_actor(text, src, sent.start), target=_actor(text, tgt, sent.start), cameo=cameo,
                 root=root, goldstein=gold, quad_class=quad, trigger=Trigger(verb, t0, t0 + len(verb)),
                 evidence=sent, plover=None, mode=mode, date=date, date_precision="day", date_source="published",
                 pattern=f"test:{cameo}")


def _span(text: str, phrase: str) -> tuple[int, int]:
    s = text.index(phrase)
    return s, s + len(phrase)


def praise_article(i: int, published: str) -> Article:
    """Putin praises China (051); Chinese officials criticise Washington (111); a quote, an amount, a
    time and a place, all at known offsets."""
    text = (f"Russian President Vladimir Putin praised China on Wednesday in report {i}. "
            "Chinese officials criticised Washington over new tariffs. "
            "\"We will not be pushed around,\" Vladimir Putin said. "
            "Trade between the two rose 26 percent to $240 billion, officials in Moscow said.")
    art = Article.create(text, id=f"praise-{i}", title=f"Putin praises China ({i})", source="Newswire",
                         published=published, url=f"https://example.org/praise/{i}")
    art.sentences = _sentences(text)
    art.events = [
        _event(text, "Russian President Vladimir Putin", "praised", "China", "051", published),
        _event(text, "Chinese officials", "criticised", "Washington", "111", published),
    ]
    qs, qe = _span(text, "\"We will not be pushed around,\"")
    art.quotes = [Quote(start=qs, end=qe, text=text[qs:qe], speaker=_actor(text, "Vladimir Putin", qe),
                        cue="said", sentence=next(s for s in art.sentences if s.start <= qs < s.end))]
    a0, a1 = _span(text, "$240 billion")
    art.amounts = [Amount(start=a0, end=a1, text=text[a0:a1], value=240e9, unit="USD", kind="money",
                          measures="trade")]
    t0, t1 = _span(text, "Wednesday")
    art.times = [TimeExpr(start=t0, end=t1, text="Wednesday", value=published, precision="day",
                          anchor=published)]
    p0, p1 = _span(text, "Moscow")
    art.places = [Place(start=p0, end=p1, text="Moscow", name="Moscow", country="RUS", lat=55.75, lon=37.62,
                        geonames_id=524901, feature_class="P", resolved_by="gazetteer")]
    art.actors = [e.source for e in art.events] + [e.target for e in art.events]
    return art


def hostile_article() -> Article:
    """Text and title that carry markup and script: the dashboard must show them as text."""
    text = ("Beijing condemned Kyiv <script>window.__dateline_pwned = 1;</script> on Monday. "
            "<img src=x onerror=\"window.__dateline_pwned = 2\"> Moscow praised Beijing & \"friends\".")
    art = Article.create(text, id="hostile-1", title="<b>Bold</b> <script>window.__dateline_pwned=3</script>",
                         source="<i>Wire</i>", published="2024-09-02")
    art.sentences = _sentences(text)
    t0 = text.index("condemned")
    s0 = art.sentences[0]
    art.events = [
        Event(source=_actor(text, "Beijing"), target=_actor(text, "Kyiv"), cameo="111", root="11", goldstein=-2.0,
              quad_class=3, trigger=Trigger("condemned", t0, t0 + 9), evidence=s0, date="2024-09-02",
              date_precision="day", pattern="test:111"),
        _event(text, "Moscow", "praised", "Beijing", "051", "2024-09-02"),
    ]
    return art


def sample_articles() -> list[Article]:
    """The hand-annotated articles: RUS→CHN praise in three months, plus the hostile story."""
    arts = [praise_article(1, "2024-06-05"), praise_article(2, "2024-07-10"), praise_article(3, "2024-08-21"),
            hostile_article()]
    return arts


# Dated a year before the annotated stories so that dedup never merges the pipeline's events with them.
PIPELINE_TEXTS = [
    ("pipe-1", "2023-03-21", "MOSCOW, March 21 (Newswire) - Russian President Vladimir Putin hailed closer ties "
     "with China on Wednesday. Chinese officials criticised the United States over new tariffs."),
    ("pipe-2", "2023-03-23", "Ukrainian forces shelled positions near Donetsk, the defence ministry in Kyiv "
     "said on Thursday, adding that 12 soldiers were wounded."),
]


def build_store(path: Path) -> list[Article]:
    """Write the sample articles and the pipeline-extracted ones to a new DuckDB file at `path`."""
    from dateline.api_lib import extract
    from dateline.store import Store

    arts = sample_articles()
    arts += [extract(text, published=pub, id=aid) for aid, pub, text in PIPELINE_TEXTS]
    with Store(path) as store:
        store.write_articles(arts)
    return arts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`dateline serve` in a subprocess on 127.0.0.1; `.url` is its base URL."""

    def __init__(self, db: Path, *extra: str, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(self.port), *extra]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, **(env or {})})
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                out, err = self.proc.communicate()
                raise RuntimeError(f"dateline serve exited {self.proc.returncode}: {err}")
            try:
                if httpx.get(self.url + "/api/", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("dateline serve did not start within 60 s")

    def stop(self) -> str:
        """Stop the server; returns what it wrote to stderr."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        _, err = self.proc.communicate()
        return err
