"""Linked events: acts CAMEO codes twice, once from each side (a visit and its hosting, a deployment of
peacekeepers and its reception), and acts told twice in one sentence (an attack and its toll)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Event
from ..nlp_cache import children, doc_table
from .codes import code_info

__all__ = ["paired_events", "without_elaborations", "without_tolls", "without_untargeted_repeats"]

# CAMEO codes a visit twice: "X visits Y" is X 042 (make a visit) Y and Y 043 (host a visit) X, and a
# reported hosting ("Y received X") is likewise the guest's visit; a deployment of peacekeepers likewise
# is X 074 (provide peacekeeping) Y and Y 0861 (receive peacekeepers) X (codebook, 0334 and 0861). Only
# with both sides known. PLOVER records one event per visit or deployment, so the paired event carries no
# PLOVER type (no double count there).
_VISIT_PAIRS = {"042": "043", "043": "042", "074": "0861", "0861": "074"}


def paired_events(events: list[Event]) -> list[Event]:
    """The other side's event of each visit, hosting, deployment or reception in `events` whose two sides
    are known."""
    out = []
    for ev in events:
        other = _VISIT_PAIRS.get(ev.cameo)
        if other is None or ev.target is None or not ev.target.resolved or ev.source is None:
            continue
        info = code_info(other)
        out.append(replace(ev, source=ev.target, target=ev.source, cameo=other, root=info.root,
                           goldstein=info.goldstein, quad_class=info.quad_class, plover=None,
                           pattern=f"{ev.pattern}>paired:{other}"))
    return out


_FORCE = frozenset({"18", "19", "20"})


def without_tolls(events: list[Event], by_token: dict[int, list[Event]], matches: dict[int, Any],
                  trace: list[dict] | None = None) -> list[Event]:
    """`events` without the toll of an attack told beside it: in "the RSF shelled El Fasher, killing 15
    civilians" the killing is what the shelling did, one act with one source, not a second attack (the
    head's event keeps its own target; a toll whose attack found no event, or no target where the toll has
    one, stays). `by_token`: the events of each trigger token index; `matches`: the sentence's triggers;
    `trace`: the explain rows, told why an attack noun's event went (`_attack_as_subject`)."""
    drop: set[int] = set()
    for i, evs in by_token.items():
        tok = matches[i].token
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") or tok.head.i not in by_token:
            continue
        heads = [h for h in by_token[tok.head.i] if h.root in _FORCE]
        for ev in evs:
            same = [h for h in heads if h.source is not None and ev.source is not None and ev.root in _FORCE
                    and h.source.code == ev.source.code and h.mode == ev.mode]
            if not same:
                continue
            if ev.target is not None and _own_words(ev.target) and all(
                    h.target is None or not _own_words(h.target) for h in same):
                # "attacked a military base (the dateline country's, by context), killing 12 Somali
                # soldiers": the victims the text names say whom the attack struck
                drop.update(id(h) for h in same)
            elif any(h.target is not None or ev.target is None for h in same):
                drop.add(id(ev))
    events = [ev for ev in events if id(ev) not in drop] if drop else events
    kept = _attack_as_subject(events, by_token, matches)
    if trace is not None and len(kept) < len(events):
        gone = {ev.trigger.start for ev in events} - {ev.trigger.start for ev in kept}
        for row in trace:
            if row.get("start") in gone and row.get("reason") == "coded":
                row["reason"] = "the attack a force verb's subject names: one act with its toll"
    return kept


def _attack_as_subject(events: list[Event], by_token: dict[int, list[Event]],
                       matches: dict[int, Any]) -> list[Event]:
    """"An Israeli drone strike on a car in southern Lebanon killed a Hezbollah commander": the attack noun
    that is the subject of a force verb is that act, told with its toll; one event, the verb's, aimed at the
    victim it names (the noun's event, aimed at no one or at the place, goes). The verb's code stays, as
    for a toll told by a participle."""
    drop: set[int] = set()
    for i, evs in by_token.items():
        tok = matches[i].token
        if tok.pos_ != "VERB":
            continue
        dep = doc_table(tok.doc).dep  # the subjects by index off the token table: no Token per child
        nouns = [h for n in children(tok.doc)[tok.i] if dep[n] == "nsubj" and n in by_token
                 for h in by_token[n] if h.root in _FORCE]
        for ev in evs:
            if ev.root not in _FORCE or ev.source is None or ev.target is None or not ev.target.resolved:
                continue
            drop.update(id(h) for h in nouns if h.source is not None and h.source.code == ev.source.code
                        and h.mode == ev.mode)
    return [ev for ev in events if id(ev) not in drop] if drop else events


def _own_words(a: Any) -> bool:
    """An actor resolved by its own words, not borrowed from the article's context."""
    return a.resolved and a.resolved_by not in ("context", "pronoun")


def without_elaborations(events: list[Event], by_token: dict[int, list[Event]],
                         matches: dict[int, Any]) -> list[Event]:
    """`events` without a participle that restates its clause's act: in "the EU adopted sanctions against
    Russia, adding 200 firms to its blacklist" the adding is the sanctions themselves (same source, same
    code), not a second act; it goes when it names no target of its own and the clause's act does."""
    drop: set[int] = set()
    for i, evs in by_token.items():
        tok = matches[i].token
        if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj"):
            continue
        head = tok.head  # the clause the participle hangs on, outside the participle's own words
        heads = [h for k, hs in by_token.items() if head.left_edge.i <= k <= head.right_edge.i
                 and not tok.left_edge.i <= k <= tok.right_edge.i for h in hs]
        for ev in evs:
            if ev.target is not None and ev.target.resolved:
                continue
            if any(h.cameo == ev.cameo and h.source is not None and ev.source is not None
                   and h.source.code == ev.source.code and h.target is not None and h.target.resolved
                   for h in heads):
                drop.add(id(ev))
    return [ev for ev in events if id(ev) not in drop] if drop else events


def _conjoined(a: Any, b: Any) -> bool:
    """Whether two tokens are conjuncts of one another ("kidnapped X and set off bombs")."""
    def first(t: Any) -> int:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.i
    return a.i != b.i and first(a) == first(b)


def without_untargeted_repeats(events: list[Event], matches: dict[int, Any],
                               trace: list[dict]) -> list[Event]:
    """Drop an event with no target beside one of the same source, root and mode that has one: "set up ties
    with and opened a mission in X" is one relation told twice, "shelled the port, killing nine civilians"
    one attack. Conjoined acts of different codes are two acts ("condemned the drills and summoned the
    envoy", "kidnapped X and set off bombs"): they stay, the second without a target. The trace of a trigger
    all of whose events are dropped says why, not "coded"."""
    tokens = {m.token.idx: m.token for m in matches.values()}
    aimed: dict[tuple, list[Event]] = {}
    for ev in events:
        if ev.target is not None and ev.target.resolved:
            aimed.setdefault((ev.source.code, ev.root, ev.mode), []).append(ev)

    def repeated(ev: Event) -> bool:
        mine = tokens.get(ev.trigger.start)
        for other in aimed.get((ev.source.code, ev.root, ev.mode), ()):
            theirs = tokens.get(other.trigger.start)
            if other.cameo == ev.cameo or mine is None or theirs is None or not _conjoined(mine, theirs):
                return True
        return False

    kept = [ev for ev in events if ev.target is not None or not repeated(ev)]
    if len(kept) < len(events):
        gone = {ev.trigger.start for ev in events} - {ev.trigger.start for ev in kept}
        for row in trace:
            if row.get("start") in gone and row.get("reason") == "coded":
                row["reason"] = "same act as an event of the sentence with a target"
    return kept
