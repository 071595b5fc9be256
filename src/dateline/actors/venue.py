"""A dateline city that is only the venue of the story.

Unnamed groups ("police", "militias", "prisoners") take the dateline city's country (`context.py`): right for
most wire stories, whose dateline is where things happen (a Kyiv story's "rescuers" are Ukrainian however
often Russia is named). Some datelines are only where diplomats meet: an African Union summit in Addis Ababa
about Congo and Rwanda, a prisoner swap the UAE mediated, reported from Abu Dhabi. There the "militias" and
"soldiers" belong to the parties, not to the host.

The dateline is a venue when all three hold:

- the text says so: a mention of the dateline's country is the place of a meeting ("a summit in the
  Ethiopian capital", "talks in Doha" in a sentence with a meeting word) or a mediator or host ("a swap
  mediated by the United Arab Emirates", "Qatar, which brokered ...", "Qatari mediation");
- the host takes no part: no other mention of the dateline's country shares a sentence with those ("Xi
  met Putin in Beijing", "Zelenskiy hosted Scholz for talks in Kyiv" are the host's own talks);
- the parties dominate: some other country is named at least twice as often as the dateline's own (its
  venue and mediator mentions left out), and at least twice.

The last two guards keep stories where the host is also a party ("Zelenskiy hosted Scholz for talks in
Kyiv ... Russian missiles struck ..., police said") and war stories, whose dateline country is named less
than the attacker, on the dateline's country.

Two clause readings help give the groups of such a story (and troops anywhere) their party: `patient_of`
(the agent of a verb of harm or custody acting on the group: "Israeli strikes killed 30 people" are the other
side's) and `deployer_of` (the subject that sends or keeps troops: "the Council kept 17,000 troops").
"""

from __future__ import annotations

from typing import Any

from ..model import Article
from ..nlp_cache import TokenTable, children, doc_table, span_sent_range
from ..nlp_spans import span_root
from .data import ActorDictionary, norm

__all__ = ["dateline_country", "deployer_of", "is_mediator", "patient_of", "venue_mentions"]

# Words of meetings and exchanges whose place a venue is ("a summit in Addis Ababa", "exchanged prisoners in
# Abu Dhabi"); lemmas, nouns and verbs alike.
MEETING_WORDS = frozenset({"summit", "talk", "talks", "meeting", "meet", "conference", "negotiation",
                           "negotiate", "session", "forum", "exchange", "swap", "gathering", "dialogue",
                           "ceremony", "sign", "host"})
# Verbs and nouns of mediating or hosting: their agent or possessor is a go-between, no party.
MEDIATE_WORDS = frozenset({"mediate", "broker", "facilitate", "sponsor", "mediation", "mediator",
                           "facilitator", "auspices"})
# "hosted" is a go-between's only in the passive ("talks hosted by Qatar"): "Xi hosted Putin" is a party's.
_BY_WORDS = MEDIATE_WORDS | {"host"}
_LOCATIVE = frozenset({"in", "at"})
# Verbs whose subject's own troops their object is: "the African Union will send 3,000 troops", "the
# Council kept a ceiling of 17,000 troops".
DEPLOY_VERBS = frozenset({"send", "deploy", "keep", "maintain", "station", "dispatch", "authorize",
                          "authorise", "commit", "withdraw", "pull", "reduce", "cut", "increase", "boost",
                          "raise", "field", "command", "move", "redeploy", "extend"})
# Verbs whose object is the other side's people when their agent is one side: "Israeli strikes killed 30
# people", "Russia released 150 soldiers", "prisoners held by Israel".
OTHER_SIDE_VERBS = frozenset({"kill", "wound", "injure", "attack", "shell", "strike", "bomb", "shoot",
                              "target", "capture", "detain", "arrest", "abduct", "kidnap", "hold", "release",
                              "free", "return", "hand", "execute", "jail", "imprison", "expel", "deport"})


def dateline_country(article: Article, d: ActorDictionary) -> str | None:
    """The country of the dateline city when it is a country or a seat of government, else None."""
    if article.dateline is None or not article.dateline.place:
        return None
    for e in d.phrases.get(norm(article.dateline.place), ()):
        if e.kind in ("country", "seat") and e.value in d.countries:
            return e.value
    return None


def _meeting_sentence(t: TokenTable, lo: int, hi: int) -> bool:
    return any(t.lemma[k].lower() in MEETING_WORDS or t.lower[k] in MEETING_WORDS for k in range(lo, hi))


def _is_venue(span: Any) -> bool:
    """"in Abu Dhabi", "at the Ethiopian capital", "in the Emirati capital": a locative place in a sentence
    about a meeting."""
    # on the token table (this runs for every mention of the dateline's country): no Token objects
    t = doc_table(span.doc)
    head, dep = t.head, t.dep
    root = span_root(t, span.start, span.end)
    if t.lemma[head[root]].lower() == "capital" and dep[root] in ("amod", "compound", "poss"):
        root = head[root]
    return dep[root] == "pobj" and t.lower[head[root]] in _LOCATIVE and _meeting_sentence(
        t, *span_sent_range(span))


def is_mediator(span: Any) -> bool:
    """"mediated by the UAE", "the UAE brokered", "Qatari mediation", "Qatar's mediation", "UAE-brokered",
    "Qatar and Egypt, which have mediated" (a conjunct shares its first conjunct's role)."""
    # on the token table (groups.py asks this of every resolved mention): no Token objects
    doc = span.doc
    t = doc_table(doc)
    low, any_word, any_relcl = _mediation_words(t)
    if not any_word:  # every test below needs one of these lemmas somewhere in the Doc
        return False
    head, dep = t.head, t.dep
    root = span_root(t, span.start, span.end)
    if dep[root] == "conj" and t.pos[head[root]] == "PROPN":
        root = head[root]
    h = head[root]
    if dep[root] == "pobj" and t.lower[h] == "by" and low[head[h]] in _BY_WORDS:
        return True
    if dep[root] in ("nsubj", "amod", "compound", "poss", "npadvmod") and low[h] in MEDIATE_WORDS:
        return True
    if not any_relcl:  # the test below needs a relative clause of mediating somewhere in the Doc
        return False
    # "Qatar, which mediated ...": the relative clause's verb, on any conjunct ("Qatar and Egypt, which ...")
    kids = children(doc)
    return any(dep[c] == "relcl" and low[c] in MEDIATE_WORDS
               for k in (root, *conjuncts(t, kids, root)) for c in kids[k])


# (the table asked last, its lemmas in lower case, whether one is a `_BY_WORDS` word, whether one is a
# `MEDIATE_WORDS` relative clause verb): is_mediator runs for every mention, and most Docs have neither
_MEDIATION: tuple = (None, [], False, False)


def _mediation_words(t: TokenTable) -> tuple[list[str], bool, bool]:
    global _MEDIATION
    if _MEDIATION[0] is not t:
        low = list(map(str.lower, t.lemma))
        _MEDIATION = (t, low, not _BY_WORDS.isdisjoint(low),
                      not MEDIATE_WORDS.isdisjoint([w for w, d in zip(low, t.dep) if d == "relcl"]))
    return _MEDIATION[1:]


def conjuncts(t: TokenTable, kids: list[list[int]], i: int) -> list[int]:
    """Indices of `doc[i].conjuncts` (spaCy's walk: up the "conj" arcs to the first conjunct, then down
    the right-hand "conj" children), in spaCy's order, from the table and `nlp_cache.children`."""
    head, dep = t.head, t.dep
    start = i
    while head[start] != start and dep[start] == "conj":
        start = head[start]
    queue = [start]
    for word in queue:  # grows while it is walked, as spaCy's does
        queue.extend(c for c in kids[word] if c > word and dep[c] == "conj")
    return [w for w in queue if w != i]


def venue_mentions(article: Article, d: ActorDictionary, out: list, own: dict[str, int]) -> str | None:
    """The dateline's country when the dateline is only the story's venue (module docstring), else None.
    `out`: the stage's (mention, actor, span) list; `own`: how often each country is named by the article's
    own actors (`context._named_counts`)."""
    country = dateline_country(article, d)
    if country is None:
        return None
    cued = [(actor, span) for _, actor, span in out
            if actor.resolved and actor.country == country and (_is_venue(span) or is_mediator(span))]
    if not cued:
        return None
    sents = {span.sent.start for _, span in cued}
    cued_at = {actor.start for actor, _ in cued}
    if any(actor.resolved and actor.country == country and actor.start not in cued_at
           and span.sent.start in sents for _, actor, span in out):
        return None  # "Xi met Putin in Beijing": the host takes part in what its city is the venue of
    home = own.get(country, 0) - len(cued)
    top = max((n for c, n in own.items() if c != country), default=0)
    return country if top >= 2 and top >= 2 * max(home, 0) else None


def patient_of(span: Any) -> tuple[int, int] | None:
    """The character range of the agent that acts on the group `span` names with an `OTHER_SIDE_VERBS`
    verb (its subject when the group is the object, its "by" phrase when the group is the passive subject
    or is qualified by a passive participle: "prisoners held by Israel"), else None."""
    root = span.root
    verb, agent = root.head, None
    if root.dep_ == "dobj" and verb.lemma_.lower() in OTHER_SIDE_VERBS:
        agent = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if agent is None:
            agent = _implicit_subject(verb)
    else:
        if not (root.dep_ == "nsubjpass" and verb.lemma_.lower() in OTHER_SIDE_VERBS):
            verb = next((c for c in root.children
                         if c.dep_ == "acl" and c.lemma_.lower() in OTHER_SIDE_VERBS), None)
        if verb is not None:
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if agent is not None and agent.pos_ == "PRON" and verb.dep_ == "ccomp":
        # "Kyiv said it had handed over 115 prisoners": the speaker the pronoun stands for
        agent = next((c for c in verb.head.children if c.dep_ == "nsubj"), agent)
    if agent is None:
        return None
    return agent.left_edge.idx, agent.right_edge.idx + len(agent.right_edge.text)


def _implicit_subject(verb: Any) -> Any:
    """The agent of a verb with no subject of its own: the object of "accused Israel of killing ...", the
    subject of "Russia agreed to release ..." / "was accused of killing"; else None."""
    gov = verb.head
    if verb.dep_ == "pcomp" and gov.dep_ == "prep":
        gov = gov.head
        obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    elif verb.dep_ != "xcomp":
        return None
    return next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def deployer_of(span: Any) -> tuple[int, int] | None:
    """The character range of the subject of the clause whose object (at any depth) the group `span` names
    ("the Council ... kept a ceiling of 17,000 troops", "the African Union will send 3,000 troops"; a
    conjoined verb's subject is its first verb's); for a group in what "the mission said", the mission.
    None when the group is a subject itself or no subject is found."""
    tok = span.root
    if tok.dep_ in ("nsubj", "nsubjpass"):
        say = tok.head
        if say.dep_ == "ccomp" and say.head.lemma_.lower() in ("say", "announce", "report", "tell"):
            subj = next((c for c in say.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() == "mission":  # "the mission said 2,000 troops ..."
                return subj.left_edge.idx, subj.idx + len(subj.text)
        return None
    node = tok
    for _ in range(6):
        if node.head.i == node.i or node.dep_ in ("nsubj", "nsubjpass", "ccomp", "advcl", "relcl"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    if node.lemma_.lower() not in DEPLOY_VERBS:
        return None  # "the Council accused the army of ...": not its army
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON" and node.dep_ == "ccomp":
        subj = next((c for c in node.head.children if c.dep_ == "nsubj"), subj)  # "NATO said it would send"
    if subj is None and node.dep_ == "xcomp":
        # "urged the Council to keep 17,000 troops": the object of the governing verb keeps them
        subj = next((c for c in node.head.children if c.dep_ == "dobj"), None)
    if subj is None:
        return None
    # the subject with its premodifiers and conjuncts ("Tanzania, Zambia and Malawi"), not its relative clause
    return subj.left_edge.idx, max(t.idx + len(t.text) for t in (subj, *subj.conjuncts))
