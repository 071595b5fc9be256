"""The mode of a coded act and what it does to the code: refusals, attempts, failed agreements, preparing to
use force, future acts as intents or threats, conditional force as a threat.

`modality.py` reads the parse (negated, hypothetical, future, asserted); the rules here are CAMEO's reading of
those modes for particular kinds of act. Called once per trigger by `coder._events_for`.
"""

from __future__ import annotations

from typing import Any

from ..model import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED
from .codes import compose, future_code
from .context import Ctx
from .frames import REFUSABLE  # cooperative acts whose "will not"/"would not" is a refusal (CAMEO 12x)
from .modality import failed_to, is_refusal, modality

__all__ = ["settle_mode"]

_FORCE_ROOTS = {"17", "18", "19", "20"}  # coercion and violence


def _ultimatum(tok: Any, marks: tuple[str, ...] = ("unless",)) -> bool:
    """"will withdraw its troops unless X pays": a future act made conditional with "unless" is a threat
    (CAMEO 13), whatever the act; a bare "if" is left alone ("will help if asked" is a promise)."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in tok.children)


# Roots that, held out on a condition, make a threat: force posture, sanctions, coercion, violence.
_FORCE_THREAT_ROOTS = {"15", "16", "17", "18", "19", "20"}
# Modals that hold an act out as possible (not "should", "must": those demand or judge).
_HEDGES = {"could", "may", "might", "can", "ca"}


_FORCE_OPTIONS = frozenset({"strike", "strikes", "attack", "attacks", "force", "intervention", "invasion",
                            "operation", "operations", "offensive", "retaliation", "action"})


def _not_ruled_out(tok: Any) -> bool:
    return tok.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _force_option(tok: Any) -> bool:
    """Whether what was not ruled out is force: "military action", "a strike", "an invasion" ("action"
    only with "military")."""
    for o in tok.children:
        if o.dep_ not in ("dobj", "obj") or o.lemma_.lower() not in _FORCE_OPTIONS:
            continue
        mods = {c.lower_ for c in o.children if c.dep_ in ("amod", "compound")}
        if o.lemma_.lower() != "action" or mods & {"military", "armed"}:
            return True
    return False


def settle_mode(code: str, tok: Any, light: Any, intent_frame: bool, ctx: Ctx,
                own_words: bool = False) -> tuple[str, str, str]:
    """(code, mode, reason) of the act `tok` triggers (`light`: the light verb of an event noun, whose
    clause carries the mode; `intent_frame`: the code was composed under an intent frame such as "wants to";
    `own_words`: the act's source is the one who says it, "X said it could cut ...")."""
    mode, why = modality(light if light is not None else tok, ctx.lex.speech_verbs)
    if mode == NEGATED and _not_ruled_out(tok):
        # "did not rule out military action": an option kept open is being considered (014); force kept
        # open against someone is a threat of it (138), and the statement has been made
        return ("138" if _force_option(tok) else "014"), ASSERTED, "option not ruled out"
    if intent_frame and mode == ASSERTED and code[:2] not in ("03", "12", "13"):
        mode, why = FUTURE, f"intent frame '{tok.text}'"  # "wants to re-examine": the act is still to come
    if mode == NEGATED and code[:2] in REFUSABLE and is_refusal(light if light is not None else tok):
        code, mode, why = compose("refuse", code), ASSERTED, "refusal ('will not', 'would not')"
    if mode == FUTURE and code == "186" and why.startswith(("'attempt", "'tri")):
        # "attempted to assassinate": CAMEO codes the attempt itself (185), which has happened
        code, mode, why = "185", ASSERTED, "attempt (CAMEO 185)"
    elif mode == FUTURE and code[:2] in _FORCE_ROOTS and why.startswith(("'attempt", "'tri")):
        # "tried to hack into", "attempted to storm the building": an attempted act of force has been made
        mode, why = ASSERTED, "attempted act of force"
    if mode == NEGATED and (code[:2] == "03" or code == "057") and failed_to(tok):
        # "failed to reach agreement": talks that end without a deal reject it (CAMEO 12)
        code, mode, why = compose("refuse", code), ASSERTED, "failed to agree: a rejection"
    if mode == FUTURE and code[:2] in ("18", "19", "20") and why.lower().startswith(("'prepar", "'gear")):
        # "the army prepared to resume shelling": getting ready to use force is a show of force that is
        # happening now (CAMEO 150), not a statement about the future
        code, mode, why = "150", ASSERTED, "preparing to use force (CAMEO 150)"
    if mode == FUTURE:
        code = compose("threaten", code) if _ultimatum(tok) else future_code(code, ctx.opts.future_as_intent)
    elif mode == HYPOTHETICAL and code[:2] in _FORCE_THREAT_ROOTS and _ultimatum(tok, ("if", "unless")):
        # "may halt its mediation if the parties do not cooperate", "could strike if attacked": force or
        # sanctions held out on a condition is a threat (CAMEO 13), and the threat has been made
        code, mode, why = compose("threaten", code), ASSERTED, "conditional force or sanction: a threat"
    elif mode == HYPOTHETICAL and own_words and code[:2] in _FORCE_THREAT_ROOTS and why.startswith("modal '") \
            and why.split("'")[1].lower() in _HEDGES:
        # "Russia said it could cut gas supplies", "Turkey warned it may close the border": force or
        # sanctions a party says it may use against another is held out as a threat (CAMEO 13)
        code, mode, why = compose("threaten", code), ASSERTED, "force or sanction held out by its own user: a threat"
    return code, mode, why
