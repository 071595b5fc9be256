"""The article's country, for mentions that name none of their own.

Unnamed groups ("insurgents", "police", "protesters") take the country the article is about: the dateline
city's, else the one its actors name most (ties broken by the sentence); ethnic minorities take the
article's other country. Places that only locate a reporting source or an event do not count
(`places.reporting_places`, `Context.places`).
"""

from __future__ import annotations

import logging
from typing import Any

from ..model import Actor, Article
from ..nlp_cache import doc_table, span_sent_range
from ..nlp_spans import span_root
from .conjoined import GROUP_SECTORS, conjoined_government
from .data import ActorDictionary, norm
from .places import SAY_VERBS, reporting_places
from .resolve import LEADER_ROLES, Context, code_for
from .told_from import told_from
from .venue import deployer_of, patient_of, venue_mentions

__all__ = ["CONTEXT_SECTORS", "minority_home", "resolve_from_context"]

log = logging.getLogger(__name__)

# Sectors of unnamed groups that may take the article's country ("insurgents", "police", "students",
# "journalists"); officials and ministries do not: "officials said" in a story about two countries could be
# either side's.
CONTEXT_SECTORS = frozenset({"REB", "OPP", "COP", "MIL", "CVL", "EDU", "LAB", "REF", "UAF", "CRM", "AGR",
                             "HLH", "JRN", "RAD"})
# A state's own armed and police forces: "the military", "police", "security forces" in what a government
# speaker says they will do are that speaker's ("Israel's prime minister said the army would resume ...",
# whatever the dateline).
SPEAKER_SECTORS = frozenset({"MIL", "COP"})
# Groups that stay where they are: police and protesters in a story told from a venue are the host's
# ("police sealed off the summit venue", "protesters gathered outside the talks") unless a party owns them.
LOCAL_SECTORS = frozenset({"COP", "OPP"})
SPEECH_VERBS = SAY_VERBS | frozenset({"warn", "vow", "insist", "pledge", "promise", "declare", "stress",
                                      "threaten", "tell", "explain", "write"})


def _context_countries(article: Article, d: ActorDictionary, out: list, places: Any = ()) -> set[str]:
    """The article's country: the dateline city's, else the country its resolved actors name most (several
    when they tie; the caller then takes the one named nearest before the mention)."""
    if article.dateline is not None and article.dateline.place:
        for e in d.phrases.get(norm(article.dateline.place), ()):
            if e.kind in ("country", "seat") and e.value in d.countries:
                return {told_from(article, e.value, _named_counts(d, out), out)}
    counts: dict[str, int] = {}
    skip = reporting_places(out)  # "relief officials in Nairobi said": a source's place, not the story's
    for k, (_, actor, _) in enumerate(out):
        if actor.resolved and actor.country in d.countries and not _borrowed(actor) \
                and k not in skip:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    for country in places:
        counts[country] = counts.get(country, 0) + 1
    top = max(counts.values(), default=0)
    return {c for c, n in counts.items() if n == top} if top else set()


def _speech_subject(tok: Any) -> Any:
    """The subject of the verb of saying that governs the clause whose subject is `tok` ("Netanyahu" in
    "Netanyahu said the military would resume ...", "The military will resume ..., Netanyahu said"), else
    None. The clause is the verb's complement, or a conjunct of one ("said it had struck X and the army
    would ...")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return None
    say = verb.head
    for _ in range(2):
        if say.lemma_.lower() in SPEECH_VERBS:
            subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        if say.dep_ != "conj":
            return None
        say = say.head  # "said ... and warned the army would respond": the first verb's subject
    return None


def _speaker_country(d: ActorDictionary, out: list, i: int, counts: dict[str, int],
                     dyad: frozenset[str] = frozenset()) -> str | None:
    """The country of the government speaker whose words mention `i` (an armed or police force named by no
    country) is the subject of: the speaker's own forces. None when no government actor (GOV sector, or a
    head of state or government) says it, or when the article names another country more often than the
    speaker's (a foreign visitor speaking of the host's army: "Blinken said the army must ..."), unless the
    speaker is one of the two parties of a story told from a venue (`dyad`; no host's army there)."""
    subj = _speech_subject(out[i][2].root)
    if subj is None:
        return None
    speaker = next((a for _, a, sp in out if sp.start <= subj.i < sp.end), None)
    if speaker is None or not speaker.resolved or speaker.country not in d.countries \
            or not (speaker.sector == "GOV" or speaker.role in LEADER_ROLES):
        return None
    own = counts.get(speaker.country, 0)
    if speaker.country not in dyad and any(n > own for c, n in counts.items() if c != speaker.country):
        return None
    return speaker.country


def _named_counts(d: ActorDictionary, out: list) -> dict[str, int]:
    """How often the article's own actors (not borrowed, not a reporting source's place) name each country."""
    counts: dict[str, int] = {}
    skip = reporting_places(out)
    for k, (_, actor, _) in enumerate(out):
        if actor.resolved and actor.country in d.countries and not _borrowed(actor) and k not in skip:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    return counts


def _borrowed(actor: Actor) -> bool:
    """An actor whose country came from other mentions (a pronoun, an unnamed group given the article's
    country), not from its own words; an ambiguous name read by its cues ("Tripoli", "Chad") is its own."""
    return actor.resolved_by == "pronoun" or (actor.resolved_by == "context" and actor.sector in CONTEXT_SECTORS)


def minority_home(article: Article, d: ActorDictionary, out: list, i: int) -> str | None:
    """The country an ethnic minority named in mention `i` lives in: the article's country other than the
    minority's own (dateline, else the most named, else the one named last before it in the sentence)."""
    own = out[i][1].country
    if article.dateline is not None and article.dateline.place:
        for e in d.phrases.get(norm(article.dateline.place), ()):
            if e.kind in ("country", "seat") and e.value in d.countries and e.value != own:
                return e.value
    counts: dict[str, int] = {}
    skip = reporting_places(out)
    for k, (_, actor, _) in enumerate(out):
        if actor.resolved and actor.country in d.countries and actor.country != own and k not in skip \
                and not _borrowed(actor) and actor.resolved_by != "residence":
            counts[actor.country] = counts.get(actor.country, 0) + 1
    top = max(counts.values(), default=0)
    tied = {c for c, n in counts.items() if n == top} if top else set()
    if len(tied) <= 1:
        return next(iter(tied), None)
    return _nearest_in_sentence(out, i, tied)


def _nearest_in_sentence(out: list, i: int, tied: set[str]) -> str | None:
    """Of tied countries, the one named last before mention `i` in its sentence, else the first after it."""
    sent = span_sent_range(out[i][2])
    after = (a.country for _, a, sp in out[i + 1:] if span_sent_range(sp) == sent and a.resolved
             and a.country in tied and not _borrowed(a))
    return _nearest_before(out, i, tied) or next(after, None)


def _nearest_before(out: list, i: int, countries: set[str]) -> str | None:
    """The tied country named last before mention `i` in the same sentence, else None."""
    sent = span_sent_range(out[i][2])
    for _, actor, span in reversed(out[:i]):
        if span_sent_range(span) != sent:
            return None
        if actor.resolved and actor.country in countries and not _borrowed(actor):
            return actor.country
    return None


def _peacekeepers(span: Any) -> bool:
    """Whether a mention's head is "peacekeeper(s)" (people serving; a "peacekeeping force" to be sent is
    often a plan, placed by where it would serve)."""
    return doc_table(span.doc).lower[span_root(doc_table(span.doc), span.start, span.end)].startswith(
        "peacekeeper")


def _igo_of(out: list, i: int) -> str | None:
    """The international organisation named nearest to mention `i` in its sentence, else the one the
    article names most (`Actor.country` of an IGO actor, "IGOUNO"); None when it names none."""
    sent = span_sent_range(out[i][2])
    same = [(abs(k - i), a.country) for k, (_, a, sp) in enumerate(out)
            if k != i and span_sent_range(sp) == sent and a.resolved and (a.country or "").startswith("IGO")]
    if same:
        return min(same)[1]
    counts: dict[str, int] = {}
    for _, a, _sp in out:
        if a.resolved and (a.country or "").startswith("IGO"):
            counts[a.country] = counts.get(a.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def resolve_from_context(article: Article, d: ActorDictionary, out: list, pending: list, ctx: Context) -> None:
    """Unnamed groups ("insurgents", "police", "protesters") with no country of their own take the article's."""
    todo = [(i, sector) for i, sector in pending if not out[i][1].resolved]
    if not todo:
        return
    keepers = [(i, sector) for i, sector in todo if _peacekeepers(out[i][2])]
    for i, sector in keepers:
        # "gunmen abducted five peacekeepers in <country>, a UN spokesman said": peacekeepers serve an
        # international organisation, never the host country; with no organisation named they stay unknown
        igo = _igo_of(out, i)
        if igo is not None:
            mention, actor, span = out[i]
            out[i] = (mention, Actor(actor.start, actor.end, actor.text, code=code_for(d, igo, sector),
                                     country=igo, sector=sector, resolved_by="context", role_date=ctx.date),
                      span)
    todo = [t for t in todo if t not in keepers]
    for i, sector in [t for t in todo if t[1] in GROUP_SECTORS]:
        owner = conjoined_government(out, i)  # "talks between the X government and rebels" (conjoined.py)
        if owner is not None:
            _assign(d, out, i, owner, sector, ctx)
            todo.remove((i, sector))
    for i, sector in [t for t in todo if t[1] == "MIL"]:
        # "the Security Council ... kept a ceiling of 17,000 troops", "Rwanda had sent troops", "the mission
        # said 2,000 troops would be moved": the deployer's troops, not the dateline's country's
        owner = _deployer(d, out, i)
        if owner is not None:
            _assign(d, out, i, owner, sector, ctx)
            todo.remove((i, sector))
    if not todo:
        return
    counts = _named_counts(d, out)
    venue = venue_mentions(article, d, out, counts)
    parties = _parties(counts, ctx.places, venue) if venue else {}
    dyad = frozenset(sorted(parties, key=lambda c: parties[c], reverse=True)[:2])
    spoken = [(i, sector) for i, sector in todo if sector in SPEAKER_SECTORS]
    for i, sector in spoken:
        country = _speaker_country(d, out, i, counts, dyad)
        if country is not None:
            _assign(d, out, i, country, sector, ctx)
            todo.remove((i, sector))
    if venue:
        log.debug("dateline %s is the venue; unnamed groups go to the parties %s", venue, parties)
        for i, sector in todo:
            country = _party_of(out, i, parties, dyad, sector not in LOCAL_SECTORS)
            if country is None and sector in LOCAL_SECTORS:
                country = venue  # "police closed roads around the summit": the host's
            if country is not None:
                _assign(d, out, i, country, sector, ctx)
        return
    placed: dict[tuple[str, str], str] = {}
    for i, sector in list(todo):
        # "ABUJA - soldiers seized power in Bissau": the group's own clause places it in another country;
        # the same group named again later ("Portugal urged the soldiers to ...") is that one
        head = (out[i][2].root.lemma_.lower(), sector)
        local = _clause_country(d, out, i) or placed.get(head)
        if local is not None:
            placed.setdefault(head, local)
            _assign(d, out, i, local, sector, ctx)
            todo.remove((i, sector))
    countries = _context_countries(article, d, out, ctx.places) if todo else set()
    if not countries:
        return
    for i, sector in todo:
        # two equally prominent countries: the one named just before in the sentence, else unresolved
        country = next(iter(countries)) if len(countries) == 1 else _nearest_before(out, i, countries)
        if country is not None:
            _assign(d, out, i, country, sector, ctx)


_LOCATIVES = ("in", "at")
_SETTLEMENTS = frozenset({"capital", "city", "town", "port", "village", "province", "region"})
_ARG_DEPS = ("nsubj", "nsubjpass", "dobj", "obj")


def _clause_country(d: ActorDictionary, out: list, i: int) -> str | None:
    """The one country the clause of unnamed group `i` places it in: a place under "in"/"at" of the group
    itself ("police in Tbilisi"), of the verb it is the subject or object of ("soldiers seized power in
    Bissau", "protesters rallied in the Georgian capital"), or of the verb that verb is coordinated with
    ("protesters rallied in Tbilisi, and police used water cannon"). The place is a resolved actor that
    names its country itself (a capital, a country, a demonym of "the Georgian capital"). None when the
    clause names no such place, or places of two countries; a story filed from a hub (Abuja, London)
    otherwise gives every such group the hub's country."""
    span = out[i][2]
    root = span.root
    holders = [root]
    if root.dep_ in _ARG_DEPS:
        verb = root.head
        holders.append(verb)
        # "seized power in Bissau": the parser often hangs the place off the object
        holders.extend(c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != root.i)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            holders.append(verb.head)
    places = []
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in _LOCATIVES:
                for o in p.children:
                    if o.dep_ == "pobj":
                        places.append(o.i)
                        if o.lemma_.lower() in _SETTLEMENTS:  # "in the Georgian capital", not "in Israeli
                            # shelling" (an act, whose modifier names its author)
                            places.extend(c.i for c in o.children if c.dep_ in ("amod", "compound", "poss"))
    if not places:
        return None
    # a place: a country named as such or a capital standing for it, not a person or a body ("in the
    # Russian parliament"); the places are the clause's own tokens, so a mention over one is in the sentence
    # (tested first: asking a mention for its sentence builds a Span)
    lo, hi = min(places), max(places)
    found = {a.country for _, a, sp in out if sp.start <= hi and sp.end > lo
             and any(sp.start <= k < sp.end for k in places) and a.resolved and a.country in d.countries
             and not _borrowed(a) and (a.sector is None or a.resolved_by == "metonym") and a.name is None}
    return next(iter(found)) if len(found) == 1 else None


def _deployer(d: ActorDictionary, out: list, i: int) -> str | None:
    """The country or international organisation whose clause sends, keeps or withdraws the troops mention
    `i` names (`venue.deployer_of`): that clause's subject, or the organisation of "the mission" that
    speaks of them; None when the subject is no actor with a country of its own."""
    subject = deployer_of(out[i][2])
    if subject is None:
        return None
    sent = span_sent_range(out[i][2])
    owners = {a.country for _, a, sp in out
              if span_sent_range(sp) == sent and a.resolved and subject[0] <= a.start < subject[1]
              and not _borrowed(a)
              and not a.members and (a.country in d.countries or (a.country or "").startswith("IGO"))}
    if owners:  # several ("Ghana and Togo pulled out their soldiers"): each its own, so none
        return next(iter(owners)) if len(owners) == 1 else None
    if out[i][2].doc.text[subject[0]:subject[1]].lower().endswith("mission"):
        return _igo_of(out, i)
    return None


def _assign(d: ActorDictionary, out: list, i: int, country: str, sector: str, ctx: Context) -> None:
    mention, actor, span = out[i]
    out[i] = (mention, Actor(actor.start, actor.end, actor.text, code=code_for(d, country, sector),
                             country=country, sector=sector, resolved_by="context", role_date=ctx.date), span)


def _parties(counts: dict[str, int], places: Any, venue: str) -> dict[str, int]:
    """How often each country other than the venue's is named (actors and event places)."""
    parties = {c: n for c, n in counts.items() if c != venue}
    for country in places:
        if country != venue:
            parties[country] = parties.get(country, 0) + 1
    return parties


def _party_of(out: list, i: int, parties: dict[str, int], dyad: frozenset[str], dominant: bool = True) \
        -> str | None:
    """The party an unnamed group of a venue story belongs to: the other party when one acts on it with a
    verb of harm or custody (`venue.patient_of`); the one of the two main parties named last before it in
    its sentence ("Tshisekedi said Rwanda had sent troops"), unless that one is coordinated
    with the other ("Russia and Ukraine exchanged 300 prisoners": both sides', so neither); with none
    named before it, the party named at least twice as often as any other (with `dominant`); else None."""
    sent = span_sent_range(out[i][2])
    agent = patient_of(out[i][2]) if len(dyad) == 2 else None
    if agent is not None:
        # "Israeli strikes killed 30 people", "prisoners held by Israel": the other party's people
        # a pronoun agent counts ("Kyiv said it had handed over 115 prisoners to Russia"); a group that
        # took the story's country does not
        acting = {a.country for _, a, sp in out if span_sent_range(sp) == sent and a.resolved
                  and a.country in dyad
                  and a.resolved_by != "context" and agent[0] <= a.start < agent[1]}
        if len(acting) == 1:
            return next(iter(dyad - acting))
    for k in range(i - 1, -1, -1):
        _, actor, span = out[k]
        if span_sent_range(span) != sent:
            break
        if not actor.resolved or actor.country not in dyad or _borrowed(actor):
            continue
        if k and _coordinated(out, k, dyad):
            return None
        return actor.country
    ranked = sorted(parties.values(), reverse=True)
    if not dominant or not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return next(c for c, n in parties.items() if n == ranked[0])


def _coordinated(out: list, k: int, dyad: frozenset[str]) -> bool:
    """Whether mention `k` is the second of a pair of the two parties ("Russia and Ukraine", "between
    Moscow and Kyiv")."""
    _, first, span = out[k - 1]
    _, second, span2 = out[k]
    if span_sent_range(span) != span_sent_range(span2) or not first.resolved or first.country not in dyad \
            or first.country == second.country:
        return False
    between = span.doc.text[first.end:second.start].strip().lower() if first.end <= second.start else ""
    return between in ("and", "&", "or")
