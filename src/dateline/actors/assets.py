"""A country's vehicle, vessel or post named by its demonym or owner ("the Philippine ship", "Azerbaijani
positions", "a Vietnamese fishing boat", "China's patrol boats").

The phrase's head names no actor, so the component keeps only its modifier, and the bare country ("PHL",
text "Philippine") stood for the craft. Who acts or is hit is the force or people the craft belongs to: a
military asset or post is the country's military (AZEMIL), a fishing boat its civilians (CVL), a merchant
or cargo ship its business (BUS); a ship or boat of no stated kind stays the country, as the text says no
more. Either way the mention covers the whole phrase, so an analyst reads "Philippine ship", not an
adjective. Craft the dictionary already knows as sector nouns ("warship", "tanker", "coast guard ship")
never reach this module: they resolve as agents.
"""

from __future__ import annotations

from ..model import Actor
from ..nlp_cache import TokenTable
from .data import ActorDictionary
from .resolve import code_for

__all__ = ["asset_actor"]

# Heads that name a military asset or post whatever modifies them.
_MILITARY_HEADS = frozenset({"position", "outpost", "base", "convoy", "checkpoint", "barracks", "garrison",
                             "destroyer", "corvette", "submarine", "gunboat", "cruiser", "minesweeper",
                             "bomber", "artillery", "drone", "frigate", "warship", "tank"})
# Heads of a craft of no stated kind: its kind comes from the words before it, else none.
_CRAFT_HEADS = frozenset({"ship", "vessel", "boat", "plane", "airplane", "trawler", "ferry", "cutter",
                          "freighter", "airliner", "yacht", "dinghy", "barge", "skiff"})
# Words between the country and the head that say whose kind of craft it is.
_KIND_WORDS = {
    **{w: "MIL" for w in ("patrol", "naval", "navy", "military", "war", "army", "supply", "landing",
                          "surveillance", "reconnaissance", "combat")},
    **{w: "CVL" for w in ("fishing", "passenger", "civilian", "rescue", "pleasure")},
    **{w: "BUS" for w in ("merchant", "cargo", "commercial", "container", "oil", "gas", "grain", "bulk",
                          "shipping")},
    # an aid convoy or ship carries relief, not troops: the country, with no sector the words give
    **{w: "" for w in ("aid", "humanitarian", "relief", "research", "hospital")},
}
# Modifiers under which a military base is one ("an air base"); any other ("its industrial base") is not.
_BASE_WORDS = frozenset({"military", "naval", "navy", "air", "army", "forward", "missile", "submarine"})
# A position "on" or "over" something is a stance ("Israeli positions on the ceasefire").
_STANCE_PREPS = frozenset({"on", "over", "regarding", "toward", "towards", "about", "concerning"})
_HEAD_KINDS = {"trawler": "CVL", "airliner": "CVL", "freighter": "BUS"}


def asset_actor(d: ActorDictionary, t: TokenTable, actor: Actor, mod_end: int, start: int, head_i: int,
                text: str, date: str | None) -> Actor | None:
    """The actor of the whole phrase `start`..`head_i` when it names a country's craft or post whose owner
    `actor` (a bare country, modifier ending at token `mod_end`) is; None when it does not."""
    if not actor.resolved or not actor.country or actor.sector or actor.name or actor.role:
        return None
    lemma = "base" if t.lower[head_i] == "bases" else t.lemma[head_i].lower()  # tagged "basis" at times
    if lemma not in _MILITARY_HEADS and lemma not in _CRAFT_HEADS:
        return None
    if lemma == "position" and t.tag[head_i] != "NNS":
        return None  # "Russia's position on the talks": a stance, not a post
    between = range(mod_end, head_i)
    if lemma == "position" and any(t.head[k] == head_i and t.lower[k] in _STANCE_PREPS
                                   for k in range(head_i + 1, min(head_i + 3, len(t)))):
        return None
    if lemma == "base" and any(t.tag[k] != "POS" and t.lower[k] not in _BASE_WORDS for k in between):
        return None  # "China's manufacturing base", "its support base"
    if any(t.pos[k] == "PROPN" or (t.tag[k] != "POS" and not t.text[k].islower()) for k in between):
        return None  # another name between owner and head ("Chinese Navy ship") is its own actor
    sector: str | None = "MIL" if lemma in _MILITARY_HEADS else _HEAD_KINDS.get(lemma)
    for k in between:
        sector = _KIND_WORDS.get(t.lower[k], sector) or None
    s_char = t.idx[start]
    e_char = t.idx[head_i] + len(t.text[head_i])
    return Actor(s_char, e_char, text[s_char:e_char], code=code_for(d, actor.country, sector),
                 country=actor.country, sector=sector, resolved_by=actor.resolved_by, role_date=date)
