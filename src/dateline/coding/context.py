"""Shared state of the event coder for one sentence: options and the per-sentence context."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Sentence
from .arguments import ActorFinder
from .lexicon import Lexicon

__all__ = ["CoderOptions", "Ctx"]


@dataclass(frozen=True)
class CoderOptions:
    require_dyad: bool = False
    trace: bool = False
    # "will meet" as CAMEO's statement of intent (036; force: a threat, 13x) — the codebook's reading — or,
    # False, as the act itself (040) with mode "future", which is how PETRARCH-coded data reads it.
    future_as_intent: bool = True
    # Violence with no named perpetrator at a named place: an unidentified armed actor of that place's
    # country as the source (unattributed.py), as ICEWS-style data codes "unidentified gunmen".
    unattributed_violence: bool = True
    # A state's act reported without its author ("a curfew was imposed in Mombasa"): that place's
    # government (or police, for arrests) as the source (state_acts.py).
    state_acts: bool = True
    # Protest by a crowd named by no country ("hundreds marched through Lima"): that place's protesters
    # (agent OPP; workers LAB, students EDU) as the source (crowd_acts.py).
    crowd_acts: bool = True


@dataclass
class Ctx:
    article: Article
    sentence: Sentence
    lex: Lexicon
    finder: ActorFinder
    opts: CoderOptions
    trace: list[dict] = field(default_factory=list)
    # per-sentence results keyed by what they depend on (e.g. the reporter of a clause, by its verb): several
    # triggers of one clause ask the same question
    memo: dict = field(default_factory=dict)

    def note(self, tok: Any, **info: Any) -> None:
        if self.opts.trace:
            self.trace.append({"trigger": tok.text, "start": tok.idx, **info})

