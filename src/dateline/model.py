"""The document model: one `Article` with stand-off layers.

Every layer record points into `Article.text` by character offsets (`start`, `end`, end exclusive), so a
record can always be traced back to its evidence. Records are frozen dataclasses; `Article` itself is a
mutable container that pipeline stages fill layer by layer.

`to_dict()` produces the public JSON contract of `dateline extract` (see docs/contract.md); `from_dict()`
reads it back. Bump `SCHEMA_VERSION` whenever a key users script against changes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .records import fast_init

SCHEMA_VERSION = 1

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Amount",
    "Article",
    "ErrorRecord",
    "Event",
    "Mention",
    "Place",
    "Quote",
    "Sentence",
    "TimeExpr",
    "Trigger",
    "content_hash",
]

# Event modes. Queries exclude NEGATED and HYPOTHETICAL by default (see store.queries).
ASSERTED = "asserted"
NEGATED = "negated"
FUTURE = "future"
HYPOTHETICAL = "hypothetical"
MODES = (ASSERTED, NEGATED, FUTURE, HYPOTHETICAL)


def content_hash(text: str) -> str:
    """Stable hash of an article's text, used to detect duplicate articles.

    Normalised (NFC, whitespace collapsed) so that re-encoded or re-wrapped copies of one story match.
    """
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names, in order: `dataclasses.fields` rebuilds its list on every call, and
    `to_dict` runs for every record of every article written out."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return names


class _Record:
    """Mixin giving frozen dataclasses a dict round trip with nested records."""

    _nested: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in _field_names(type(self)):
            value = getattr(self, name)
            if isinstance(value, _Record):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = [v.to_dict() if isinstance(v, _Record) else v for v in value]
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue  # unknown keys from newer schema versions are ignored
            sub = cls._nested.get(key)
            if sub is not None and value is not None:
                value = sub.from_dict(value)
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        return cls(**kwargs)


@fast_init
@dataclass(frozen=True, slots=True)
class Sentence(_Record):
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """A named-entity or actor-like noun phrase found in the text (before resolution)."""

    start: int
    end: int
    text: str
    kind: str  # PERSON, GPE, NORP, ORG, LOC, NOUN (generic actor noun), PRON


@fast_init
@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """A mention resolved (or not) to a CAMEO-style actor.

    `code` is the full CAMEO-style code (`RUSGOV`, `IGOUNO`, `CHN`); `country` the ISO3 country or IGO code;
    `sector` the role code (GOV, MIL, ...). Unresolved mentions keep `code=None`: never a guess shown as fact.
    `resolved_by` says how (dictionary, demonym, metonym, title, coreference, pronoun, description: "the
    group" for the named group before it, user) and
    `role_date` the date the dated role was looked up for.
    """

    start: int
    end: int
    text: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    resolved_by: str | None = None
    role_date: str | None = None
    # The member actors when the mention is coordinated/plural ("Russia and China", "the two sides").
    members: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.code is not None


@fast_init
@dataclass(frozen=True, slots=True)
class Trigger(_Record):
    text: str
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Place(_Record):
    start: int
    end: int
    text: str
    name: str | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature_class: str | None = None  # A (country/admin), P (populated place), ...
    resolved_by: str | None = None  # gazetteer, dateline, context, ...


@fast_init
@dataclass(frozen=True, slots=True)
class Event(_Record):
    """Who did what to whom, when, where: one coded event read from one sentence."""

    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    goldstein: float
    quad_class: int
    trigger: Trigger
    evidence: Sentence
    plover: dict | None = None  # {"type": ..., "mode": ...}
    mode: str = ASSERTED
    date: str | None = None
    date_precision: str | None = None
    date_source: str | None = None  # "time" (a time expression in the sentence), "offset" (a duration before
    # "after"/"before": "a week after X agreed"; or "two days later", from the story's last date), "published",
    # "dateline"
    place: Place | None = None
    reported_by: str | None = None
    reported_by_actor: Actor | None = None
    pattern: str | None = None  # which lexicon entry / pattern matched (for --explain and audits)
    # The outlet or document the sentence is attributed to ("according to Xinhua", "..., state media
    # reported"), kept beside the speaker in reported_by, as Quote keeps speaker and reported_by apart.
    according_to: str | None = None
    according_to_actor: Actor | None = None

    _nested: ClassVar[dict[str, type]] = {
        "source": Actor,
        "target": Actor,
        "trigger": Trigger,
        "evidence": Sentence,
        "place": Place,
        "reported_by_actor": Actor,
        "according_to_actor": Actor,
    }


@fast_init
@dataclass(frozen=True, slots=True)
class Quote(_Record):
    start: int
    end: int
    text: str
    speaker: Actor | None = None
    cue: str | None = None
    reported_by: str | None = None  # "Chinese state media", "a Kremlin readout"
    sentence: Sentence | None = None
    partial: bool = False

    _nested: ClassVar[dict[str, type]] = {"speaker": Actor, "sentence": Sentence}


@fast_init
@dataclass(frozen=True, slots=True)
class Amount(_Record):
    start: int
    end: int
    text: str
    value: float | None
    unit: str  # USD, CNY, percent, people, fraction, ...
    kind: str  # money, percent, fraction, count, change
    qualifier: str | None = None  # approximately, at_least, more_than, less_than, up_to
    measures: str | None = None
    measures_start: int | None = None
    measures_end: int | None = None
    period: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class TimeExpr(_Record):
    start: int
    end: int
    text: str
    value: str | None  # ISO 8601: 2024-08-07, 2024-07, 2024-W33, 2023, or "2024-01/2024-07" for ranges
    precision: str | None  # day, week, month, year, range
    anchor: str | None = None  # the date the expression was resolved against


@fast_init
@dataclass(frozen=True, slots=True)
class ErrorRecord(_Record):
    stage: str
    reason: str
    code: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Dateline(_Record):
    """A wire dateline header such as `MOSCOW, Aug 21 (Newswire) -`."""

    start: int
    end: int
    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None


_LAYERS: dict[str, type] = {
    "sentences": Sentence,
    "mentions": Mention,
    "actors": Actor,
    "events": Event,
    "quotes": Quote,
    "amounts": Amount,
    "times": TimeExpr,
    "places": Place,
    "errors": ErrorRecord,
}


@dataclass
class Article:
    """An article's text and metadata plus every layer the pipeline has added so far.

    `id` is the user-given id if there was one, else the content hash. `body_start` is where the story
    starts after a wire dateline header; the parser never sees the header.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD)
    language: str | None = None
    content_hash: str = ""
    origin: str | None = None  # input file (and line) the article came from, for error messages
    dateline: Dateline | None = None
    body_start: int = 0
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    # Transient, never serialised: the spaCy Doc and per-stage scratch data (e.g. --explain traces).
    doc: Any = field(default=None, repr=False, compare=False)
    scratch: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    @classmethod
    def create(cls, text: str, *, id: str | None = None, **meta: Any) -> Article:
        """Make an article; the id defaults to the content hash."""
        h = content_hash(text)
        return cls(id=id if id else h, text=text, content_hash=h, **meta)

    @property
    def published_date(self) -> dt.date | None:
        if not self.published:
            return None
        try:
            return dt.date.fromisoformat(self.published[:10])
        except ValueError:
            return None

    def add_error(self, stage: str, reason: str, code: str | None = None) -> None:
        self.errors.append(ErrorRecord(stage=stage, reason=reason, code=code))

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "language": self.language,
            "content_hash": self.content_hash,
            "text": self.text,
            "dateline": self.dateline.to_dict() if self.dateline else None,
        }
        for name in _LAYERS:
            out[name] = [r.to_dict() for r in getattr(self, name)]
        return out

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        meta_keys = ("title", "url", "source", "published", "language")
        art = cls(
            id=data["id"],
            text=data["text"],
            content_hash=data.get("content_hash") or "",
            **{k: data.get(k) for k in meta_keys},
        )
        if data.get("dateline"):
            art.dateline = Dateline.from_dict(data["dateline"])
            art.body_start = art.dateline.end
        for name, rec in _LAYERS.items():
            setattr(art, name, [rec.from_dict(d) for d in data.get(name) or []])
        return art

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
