"""Actors in the tail of an attack noun are where or whom it hit, never who struck.

"An air strike on a village in Sagaing killed 17 people": with no doer named, the coder falls back on the
resolved actors inside the subject phrase (`ActorFinder.actors`), and the village (or a place in its tail)
became the source. Whatever follows "on", "against", "at", "near", "in" or "into" after an attack noun is
its target or its place; "by" and "from" (who struck, where from) still name the doer.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor

__all__ = ["in_target_tail"]

_ATTACK_NOUNS = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "shelling", "bombardment",
                           "assault", "ambush", "blast", "explosion", "offensive", "incursion", "barrage"})
_TARGET_PREPS = frozenset({"on", "against", "at", "near", "in", "into", "upon"})


def in_target_tail(tok: Any, a: Actor) -> bool:
    """Whether actor `a` sits in a target or place phrase ("on a village", "in Shan state") of the attack
    noun `tok`."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ATTACK_NOUNS:
        return False
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS \
                and p.idx <= a.start and a.end <= p.right_edge.idx + len(p.right_edge.text):
            return True
    return False
