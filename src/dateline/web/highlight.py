"""Cut an article's text into highlightable pieces from its stand-off layers.

The dashboard shows every event (trigger, source and target as distinct marks), quote, amount, time,
place and actor mention at its offsets. Annotations overlap and nest (a quote holds an actor, a trigger
sits inside an evidence sentence), so instead of nesting tags the text is cut at every annotation
boundary: each resulting piece carries the set of annotations covering it. The template escapes each
piece's text; nothing from the article is ever marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Article

__all__ = ["Block", "Piece", "Span", "article_blocks", "article_spans"]


@dataclass(frozen=True, slots=True)
class Span:
    """One annotation: its char range, kind (CSS class suffix), the id it is grouped under, a label."""

    start: int
    end: int
    kind: str
    ann: str
    label: str


@dataclass(slots=True)
class Piece:
    text: str
    start: int
    kinds: list[str] = field(default_factory=list)
    anns: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    """A sentence (index `sentence`) or the text between sentences (`sentence` None)."""

    start: int
    end: int
    sentence: int | None
    pieces: list[Piece]
    events: list[int] = field(default_factory=list)  # events whose evidence is this sentence


def _actor_label(actor: Any) -> str:
    if actor is None:
        return ""
    bits = [actor.code or "unresolved"]
    if actor.name:
        bits.append(actor.name)
    return " ".join(bits)


def article_spans(article: Article) -> list[Span]:
    """Every annotation of the article as a `Span`, events first (their marks win ties in styling)."""
    spans: list[Span] = []
    for i, ev in enumerate(article.events):
        head = f"event {i}: {ev.cameo}"
        spans.append(Span(ev.trigger.start, ev.trigger.end, "trigger", f"e{i}",
                          f"{head} trigger ({ev.mode})"))
        if ev.source is not None:
            spans.append(Span(ev.source.start, ev.source.end, "source", f"e{i}",
                              f"{head} source {_actor_label(ev.source)}"))
        if ev.target is not None:
            spans.append(Span(ev.target.start, ev.target.end, "target", f"e{i}",
                              f"{head} target {_actor_label(ev.target)}"))
    for i, q in enumerate(article.quotes):
        who = _actor_label(q.speaker) if q.speaker else "unknown speaker"
        spans.append(Span(q.start, q.end, "quote", f"q{i}", f"quote {i} by {who}"))
    for i, a in enumerate(article.amounts):
        spans.append(Span(a.start, a.end, "amount", f"m{i}", f"amount: {a.value} {a.unit} ({a.kind})"))
    for i, t in enumerate(article.times):
        spans.append(Span(t.start, t.end, "time", f"t{i}", f"time: {t.value} ({t.precision})"))
    for i, p in enumerate(article.places):
        spans.append(Span(p.start, p.end, "place", f"p{i}", f"place: {p.name or p.text} {p.country or ''}"))
    for i, a in enumerate(article.actors):
        spans.append(Span(a.start, a.end, "actor", f"a{i}", f"actor: {_actor_label(a)}"))
    n = len(article.text)
    # Offsets outside the text would be a bug upstream; clip rather than fail the whole page.
    return [Span(max(0, s.start), min(n, s.end), s.kind, s.ann, s.label)
            for s in spans if s.end > s.start and s.start < n and s.end > 0]


def _cut(text: str, start: int, end: int, spans: list[Span]) -> list[Piece]:
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = {start, end}
    for s in inside:
        cuts.add(max(start, s.start))
        cuts.add(min(end, s.end))
    points = sorted(cuts)
    pieces = []
    for a, b in zip(points, points[1:]):
        if b <= a:
            continue
        cover = [s for s in inside if s.start <= a and s.end >= b]
        pieces.append(Piece(
            text=text[a:b], start=a,
            kinds=sorted({s.kind for s in cover}),
            anns=sorted({s.ann for s in cover}),
            labels=[s.label for s in cover],
        ))
    return pieces


def article_blocks(article: Article, spans: list[Span] | None = None) -> list[Block]:
    """The article text as sentence blocks (and the gaps between them), each cut into `Piece`s."""
    text = article.text
    spans = article_spans(article) if spans is None else spans
    sents = sorted((max(0, s.start), min(len(text), s.end)) for s in article.sentences)
    evidence: dict[tuple[int, int], list[int]] = {}
    for i, ev in enumerate(article.events):
        evidence.setdefault((ev.evidence.start, ev.evidence.end), []).append(i)
    blocks: list[Block] = []
    pos = 0
    for idx, (s, e) in enumerate(sents):
        if s < pos or e <= s:
            continue  # overlapping or empty sentence records: keep the text once
        if s > pos:
            blocks.append(Block(pos, s, None, _cut(text, pos, s, spans)))
        blocks.append(Block(s, e, idx, _cut(text, s, e, spans), evidence.get((s, e), [])))
        pos = e
    if pos < len(text):
        blocks.append(Block(pos, len(text), None, _cut(text, pos, len(text), spans)))
    return blocks
