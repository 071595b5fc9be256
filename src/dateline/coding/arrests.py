"""An arrest of protesters is an arrest (CAMEO 173) unless the sentence tells of violence.

The CAMEO verb dictionary codes "ARREST + PROTESTER", "ARREST + DEMONSTRATOR" and "ARREST DURING PROTEST"
as violent repression (175). The codebook's 175 is repression of collective dissent by crowd control (its
example: riot police using tear gas on demonstrators); "police arrested 45 protesters" reports detentions
and nothing else, which is 173 ("legal or extrajudicial arrests, detentions"). So a 175 from an arrest verb
stays 175 only when the sentence names the force used: beatings, tear gas, batons, water cannon, shooting.
"""

from __future__ import annotations

from typing import Any

__all__ = ["arrest_code"]

_ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "round"})
# Words of force used on a crowd; "riot police" alone is who arrests, not violence.
_VIOLENCE = frozenset({"beat", "beating", "baton", "truncheon", "club", "gas", "teargas", "cannon", "bullet",
                       "shoot", "shot", "fire", "kill", "wound", "injure", "hurt", "disperse", "violently",
                       "violent", "violence", "assault", "clash", "crush", "whip", "drag", "stampede",
                       "crackdown", "brutally", "brutal", "forcibly", "grenade", "pepper"})


def arrest_code(tok: Any, code: str) -> str:
    """173 for a verb of arrest coded 175 in a sentence that tells of no violence; `code` otherwise."""
    if code != "175" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _ARREST_VERBS:
        return code
    if any(t.lemma_.lower() in _VIOLENCE or t.lower_ in _VIOLENCE for t in tok.sent):
        return code
    return "173"
