"""The PLOVER mode of a coded event, read from the words of its clause where the CAMEO code does not say it.

The CAMEO->PLOVER table (`codes.plover_for`) gives a mode only where a CAMEO code pins one down: 190
("use conventional military force") has none, though "a drone strike killed" is PLOVER ASSAULT/drone and
"shelling killed" ASSAULT/heavy-weapons; 143 ("conduct strike or boycott") is one code for two PLOVER modes;
a threat coded 130 because its complement was not coded ("threatened to walk away from the talks") still
says what is threatened. PLOVER's mode is a property of the act's means or object, so it is read here from
the trigger, its arguments and its modifiers, after CAMEO coding, with no effect on the CAMEO code or the
PLOVER type. Only modes of PLOVER's inventory for the event's type are given. Where the words say nothing,
the table's mode stays.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from typing import Any

from ..model import Event
from ..nlp_cache import TokenTable, children, doc_table

__all__ = ["clause_words", "mode_for", "with_modes"]

# Children that start another clause: their words describe another act ("stormed a station and killed
# four officers": the storming's words are not the killing's means).
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "parataxis", "relcl", "acl"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _norm(tok: Any) -> str:
    """Lower-case lemma; headline-case plurals (PROPN "Drones", which spaCy does not lemmatise) singular."""
    return _norm_at(doc_table(tok.doc), tok.i)


def _norm_at(t: TokenTable, i: int) -> str:
    """`_norm` of token `i`, read off the token table."""
    lemma = t.lemma[i].lower()
    if t.pos[i] == "PROPN" and lemma == t.lower[i] and lemma.endswith("s") and len(lemma) > 4 \
            and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def _collect(t: TokenTable, kids: list[list[int]], i: int, out: set[str], depth: int = 0) -> None:
    out.add(_norm_at(t, i))
    if depth > 6:
        return
    dep = t.dep
    for c in kids[i]:
        if dep[c] not in _CLAUSE_DEPS:
            _collect(t, kids, c, out, depth + 1)


def clause_words(tok: Any, with_complement: bool = False) -> set[str]:
    """Lemmas of the trigger's own clause: the trigger, its arguments and modifiers (not other clauses), the
    subject a coordinated verb shares ("Gunmen stormed ..., killed ..."), and, for a noun trigger, the verb
    it is the object of ("used tear gas"). `with_complement`: the trigger's clausal complement too (what a
    threat or a request is about: "warned that it would invade")."""
    # The walk reads the token table and child lists (`nlp_cache`), not `Token.children`: the same words
    # without a spaCy Token per word of the clause.
    doc, i = tok.doc, tok.i
    t, kids = doc_table(doc), children(doc)
    dep, head = t.dep, t.head
    out: set[str] = set()
    for c in kids[i] if with_complement else ():
        if dep[c] == "ccomp":
            _collect(t, kids, c, out)
    _collect(t, kids, i, out)
    if dep[i] == "conj" and not any(dep[c] in _SUBJ_DEPS for c in kids[i]):
        for c in kids[head[i]]:
            if dep[c] in _SUBJ_DEPS:
                _collect(t, kids, c, out)
    if t.pos[i] in ("NOUN", "PROPN") and dep[i] in ("dobj", "pobj", "nsubj", "nsubjpass"):
        h = head[head[i]] if dep[i] == "pobj" else head[i]
        out.add(_norm_at(t, h))
        for c in kids[h]:
            if dep[c] in _SUBJ_DEPS or dep[c] in ("dobj", "xcomp"):
                _collect(t, kids, c, out)
    return out


# Per PLOVER type: (mode, words that name it), most specific first; the first whose words occur wins.
_ASSAULT = (
    ("crowd-control", {"tear", "teargas", "cannon", "rubber", "baton", "truncheon", "pepper"}),
    # after crowd control: "tear gas" is not a gas attack
    ("unconventional", {"chemical", "sarin", "chlorine", "nerve", "biological", "nuclear", "radiological",
                        "toxic", "poison", "gas"}),
    ("suicide-attack", {"suicide"}),
    ("drone", {"drone", "uav", "unmanned"}),
    ("aerial", {"air", "airstrike", "airstrikes", "warplane", "aircraft", "jet", "helicopter", "gunship",
                "bomber"}),
    ("heavy-weapons", {"shelling", "shell", "artillery", "mortar", "rocket", "missile", "tank", "howitzer"}),
    ("explosives", {"bomb", "bombing", "explosive", "ied", "blast", "explosion", "grenade", "landmine",
                    "detonate"}),
    ("firearms", {"gunman", "gunmen", "gunfire", "gun", "rifle", "sniper", "shoot", "shooting", "shot",
                  "bullet", "machine"}),
    ("destroy", {"raze", "demolish", "destroy", "torch", "bulldoze"}),
    ("primitive", {"machete", "knife", "axe", "stab", "stone", "behead", "club", "spear", "bat", "hack"}),
    ("execute", {"execution", "execute"}),
)
_COERCE = (
    ("cyber", {"cyber", "cyberattack", "hack", "hacker", "hacking", "malware", "ransomware"}),
    ("misinformation", {"disinformation", "misinformation", "propaganda", "fake"}),
    ("withhold", {"electricity", "water", "fuel", "power"}),
    ("censor", {"media", "press", "newspaper", "journalist", "broadcaster", "internet", "website", "censor",
                "censorship", "broadcast", "television", "radio"}),
)
_PROTEST = (
    ("hunger", {"hunger"}),
    ("riot", {"riot", "rioter", "rioting"}),
    ("boycott", {"boycott"}),
    ("strike", {"strike", "walkout", "stoppage"}),
    ("obstruct", {"block", "blockade", "barricade", "disrupt", "obstruct", "sit", "occupy"}),
    ("demo", {"protest", "demonstration", "demonstrate", "rally", "march", "protester", "protestor",
              "demonstrator"}),
)
_MOBILIZE = (
    ("weapons", {"missile", "weapon", "system", "tank", "warship", "battery", "artillery", "jet", "warplane",
                 "submarine", "carrier", "arsenal"}),
    ("militia", {"militia", "paramilitary", "militiaman", "vigilante", "volunteer"}),
    ("police", {"police", "policeman", "officer", "gendarme", "gendarmerie"}),
    ("troops", {"troop", "soldier", "army", "reservist", "conscript", "force", "battalion", "brigade"}),
)
_THREATEN = (
    ("arrest", {"arrest", "detain", "jail", "imprison", "prosecute"}),
    ("expel", {"expel", "deport", "eject"}),
    ("ban", {"ban", "outlaw", "prohibit", "bar"}),
    ("territory", {"invade", "annex", "invasion", "annexation", "territory", "occupy"}),
    ("relations", {"relations", "tie", "ties", "talks", "negotiation", "walk", "sever", "recall", "embassy"}),
    ("restrict", {"restrict", "block", "blockade", "close", "sanction", "embargo", "tariff", "cut"}),
    ("violence", {"force", "attack", "strike", "war", "military", "violence", "retaliation", "retaliate",
                  "bomb", "kill"}),
)
# REQUEST and REJECT share PLOVER's four modes (what is asked for or refused).
_ASKED = (
    ("assist", {"aid", "assistance", "help", "support", "loan", "supply", "relief", "funding"}),
    ("meet", {"meeting", "meet", "talks", "summit", "visit", "negotiation", "dialogue"}),
    ("yield", {"release", "end", "lift", "halt", "stop", "withdraw", "withdrawal", "ceasefire", "free",
               "return", "ease", "surrender"}),
    ("change", {"reform", "resign", "resignation", "referendum", "change", "election", "policy", "law"}),
)
_SANCTION = (
    ("convict", {"convict", "conviction", "sentence", "guilty"}),
    ("expel", {"expel", "expulsion", "eject"}),
    ("withdraw", {"withdraw", "quit", "leave", "suspend", "recall", "walk", "pull"}),
)
_RULES: dict[str, tuple[tuple[str, set[str]], ...]] = {
    "ASSAULT": _ASSAULT, "COERCE": _COERCE, "PROTEST": _PROTEST, "MOBILIZE": _MOBILIZE, "THREATEN": _THREATEN,
    "REQUEST": _ASKED, "REJECT": _ASKED, "SANCTION": _SANCTION, "CONSULT": (("multilateral", {"multilateral"}),),
}
# Types whose mode is what a statement is about, often said in a complement clause.
_COMPLEMENT_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT"})
# CAMEO codes whose own table mode says more than the words around them ("abducted in a drone strike" is
# still an abduction; a massacre is one whatever the weapon), so the words do not override it.
_KEEP = frozenset({"181", "182", "1821", "1822", "184", "185", "186", "200", "201", "202", "203", "204",
                   "2041", "2042", "1722", "1723", "1724", "173", "174", "171", "1711", "142", "145",
                   "1322", "1323", "1324", "136", "1382", "1662", "1661", "1663", "166",
                   "162", "1621", "1622", "1623"})
# Trigger lemmas that name the mode by themselves, over the table's reading of the code: "accused X of"
# alleges wrongdoing (CAMEO 112 is tabled as disapproval); "withdrew its troops" (0874 "retreat or surrender
# militarily", tabled as disarm) is a withdrawal.
_BY_TRIGGER: dict[str, dict[str, str]] = {
    "ACCUSE": {"accuse": "allege", "accusation": "allege", "allege": "allege", "allegation": "allege"},
    "RETREAT": {"withdraw": "withdraw", "withdrawal": "withdraw", "pullout": "withdraw", "retreat": "withdraw",
                "pull": "withdraw"},
}


def mode_for(ptype: str, code: str, tok: Any, table_mode: str | None) -> str | None:
    """The PLOVER mode of an event of type `ptype` coded `code` at trigger `tok` (the table's mode when the
    words say nothing more)."""
    by_trigger = _BY_TRIGGER.get(ptype)
    if by_trigger:
        hit = by_trigger.get(_norm(tok))
        if hit:
            return hit
    rules = _RULES.get(ptype)
    if not rules or code in _KEEP:
        return table_mode
    words = clause_words(tok, ptype in _COMPLEMENT_TYPES)
    for mode, names in rules:
        if words & names:
            return mode
    return table_mode


def with_modes(events: list[Event], span: Any) -> list[Event]:
    """`events` (coded in the sentence `span`) with their PLOVER modes read from the words (see module doc)."""
    if not events:
        return events
    doc, lo, hi = span.doc, span.start, span.end
    idx = doc_table(doc).idx
    out = []
    for e in events:
        # the sentence's token starting at the trigger, found on the token table (no Token per word)
        i = bisect_left(idx, e.trigger.start, lo, hi)
        tok = doc[i] if i < hi and idx[i] == e.trigger.start else None
        p = e.plover
        if tok is None or not p or not p.get("type"):
            out.append(e)
            continue
        mode = mode_for(p["type"], e.cameo, tok, p.get("mode"))
        out.append(e if mode == p.get("mode") else dataclasses.replace(e, plover={**p, "mode": mode}))
    return out
