""""His Turkish counterpart": the other country's holder of the same kind of office.

A counterpart is defined by whom it is the counterpart of: after "Russian Foreign Minister Sergei Lavrov
met ...", "his Turkish counterpart" is Turkey's foreign minister, a government actor, not just "Turkish".
Guarded: one country word right before "counterpart", and a person-like actor (a name or an office, with a
sector) of another country named before it in the same sentence; otherwise the phrase stays a bare country
modifier as before.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor
from .data import HOLDER_ROLES, ActorDictionary
from .match import Hit
from .resolve import Context, Cues, compose, is_person_like

__all__ = ["counterpart_actor"]

COUNTERPART_LEMMAS = frozenset({"counterpart"})


def counterpart_actor(d: ActorDictionary, ctx: Context, doc: Any, hits: list[Hit], head_i: int,
                      text: str) -> Actor | None:
    """The actor for "<country> counterpart(s)" whose head is token `head_i` (`hits`: the phrase's dictionary
    hits, `text`: the article text), or None when the guards fail (module docstring)."""
    head = doc[head_i]
    if head.lemma_.lower() not in COUNTERPART_LEMMAS:
        return None
    before = [(h, e) for h in hits if h.end <= head_i for e in h.entries[:1] if e.kind in ("country", "adj")]
    if len(before) != 1:
        return None
    hit, entry = before[0]
    # "Turkish counterpart", "Turkish defence counterpart"; not "Turkey's ... and the counterpart"
    between = doc[hit.end:head_i]
    if any(not t.is_alpha or t.pos_ not in ("ADJ", "PROPN", "NOUN") for t in between):
        return None
    iso3 = entry.value
    start, end = doc[hit.start].idx, head.idx + len(head.text)
    sent_start = head.sent.start_char
    antecedent = next((a for a in reversed(ctx.actors)
                       if sent_start <= a.start and a.end <= start and is_person_like(a) and a.sector
                       and a.country != iso3 and a.country in d.countries), None)
    if antecedent is None:
        return None
    # "their Turkish counterparts": several people, no one office holder
    role = antecedent.role if antecedent.role in HOLDER_ROLES and head.tag_ == "NN" else None
    cues = Cues(countries=[(hit, iso3, "demonym" if entry.kind == "adj" else "dictionary")],
                titles=[Hit(head_i, head_i + 1, (), "title", role)] if role else [],
                sectors=[Hit(head_i, head_i + 1, (), "sector", antecedent.sector)])
    ctx.countries.add(iso3)
    return compose(d, cues, ctx, start, end, text[start:end], False)
