"""Verbs the parser conjoins to the wrong word: where their subject really is.

The small parser hangs a second verb of a clause on a word inside the first verb's complement. Its subject
is then the first verb's, which `arguments.subject_of` reaches through the verb returned here.
"""

from __future__ import annotations

from typing import Any

__all__ = ["misattached_conjunct"]


def misattached_conjunct(verb: Any) -> Any | None:
    """The verb whose subject `verb` (a conjunct) shares when the parser hung it on the wrong word, else None:
    - on an adjective or adverb ("dismissed the report as politically motivated and accused X": "accused"
      hangs on "motivated"), the nearest verb above it;
    - on a gerund after a preposition ("accused X of pushing migrants ... and closed two crossings": a finite
      verb cannot share the gerund's slot), the verb that governs the gerund."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    if verb.pos_ == "VERB" and head.pos_ in ("ADJ", "ADV"):
        up = head
        for _ in range(3):
            if up.pos_ == "VERB" or up.head == up:
                break
            up = up.head
        return up if up.pos_ == "VERB" else None
    if verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VBG" and head.dep_ == "pcomp" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    return None
