"""Who the parties of a coded act are, where the parse alone does not say: the addressee of a demand or
threat, the target a protest's or an attack's purpose names, a place that is a venue rather than a party,
and the country of the place an act happened in. Called by `coder._events_for`.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Place
from ..nlp_cache import doc_table
from ..nlp_spans import char_root
from .arguments import subject_of
from .conjuncts import said_and_did
from .context import Ctx
from .matching import Match, match_token, objects_of, pobjs_of
from .roles import active_subject_actors

__all__ = ["TOPIC_VERBS", "asked_about", "broker_roles", "expand_groups", "claim_targets", "clause_conjuncts", "clause_subjects",
           "condition_subjects", "debtors", "in_session", "military", "misparsed_subjects", "outside_object",
           "between_pair", "hyphen_pair", "not_own", "own_people", "participle_agent", "place_actor",
           "purpose_targets", "talk_venues", "topic", "venue"]

_CLAIM_CODES = ("02", "10", "11", "12", "14")
# Verbs of saying whose speaker may go on to act in a conjunct hung on the reported clause (conjuncts.py).
_SAYING = frozenset({"say", "tell", "add", "state", "write", "insist", "stress", "note", "declare"})

def in_session(tok: Any, subj: Any) -> bool:
    """"The cabinet met on Sunday": a single body meeting with nobody named is a session, not a
    consultation (plural or coordinated subjects, "leaders met", are reciprocal meetings)."""
    if subj is None or subj.tag_ not in ("NN", "NNP") or any(c.dep_ in ("conj", "appos") for c in subj.children):
        return False
    return not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "with") for c in tok.children)


def condition_subjects(tok: Any, ctx: Ctx) -> list:
    """The one a threat is aimed at: the subject of its condition ("threatened to strike unless Israel
    withdrew", "... if Washington proceeds"), searched in the threat's own clause."""
    for t in tok.subtree:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            found = active_subject_actors(t, ctx)
            if found:
                return found
    return []


def clause_conjuncts(verb: Any) -> list:
    """Verbs conjoined to `verb` that share its subject ("to protect civilians and allow aid in")."""
    out, todo = [], [verb]
    while todo:
        for k in todo.pop().children:
            if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX") \
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in k.children) \
                    and said_and_did(k, _SAYING) is None:  # "said Y must stop X and urged Z": the speaker's
                out.append(k)
                todo.append(k)
    return out


def clause_subjects(tok: Any, ctx: Ctx, deps: tuple[str, ...] = ("ccomp",)) -> list:
    """Resolved subjects of a frame verb's "that" clause after it ("demanded that Israel ease ...")."""
    for c in tok.children:
        if c.dep_ in deps and c.i > tok.i and c.pos_ in ("VERB", "AUX"):
            found = active_subject_actors(c, ctx, after=tok.i)
            if found:
                return found
    return []


def venue(a: Actor, tok: Any) -> bool:
    """Whether actor `a` is named as where something happens ("in Doha", "at Camp David", "in the Gulf of
    Oman"), not as a party."""
    span = tok.doc.char_span(a.start, a.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head  # "the Gulf of Oman", "the Sea of Japan": the named water or land is the place
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "at")


# Nouns of a settlement that a country's adjective or possessive names as a venue ("in the Qatari capital").
_SETTLEMENTS = {"capital", "city", "town", "port", "resort", "village"}


def _venue_modifier(a: Actor, tok: Any) -> bool:
    """Whether actor `a` only qualifies a settlement named as where something happens: "in the Qatari
    capital", "in Kenya's capital", "at a Turkish resort"."""
    span = tok.doc.char_span(a.start, a.end, alignment_mode="expand")
    root = span.root if span is not None else None
    if root is None or root.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    head = root.head
    return head.lemma_.lower() in _SETTLEMENTS and head.dep_ == "pobj" and head.head.lower_ in ("in", "at")


def talk_venues(targets: list[Actor], sources: list[Actor], tok: Any, code: str) -> list[Actor]:
    """`targets` less the places an agreement or a consultation was held in ("talks in Doha", "talks in
    the Qatari capital", "signed a deal in the Egyptian capital") when the act already has two parties
    (two sources, a group of two members, or another target): the host is no party to it. A visit or a host
    (042/043) is aimed at the place, and with a single party the place is the only partner named ("Xi held
    talks in the Russian capital"), so those keep it."""
    if code[:2] not in ("03", "04", "05") or code in ("042", "043"):
        return targets
    venues = [a for a in targets if (a.resolved_by == "metonym" and venue(a, tok)) or _venue_modifier(a, tok)]
    if not venues:
        return targets
    rest = [a for a in targets if a not in venues and a.resolved]
    if len(sources) + len(rest) >= 2 or any(len(s.members) >= 2 for s in sources):
        return [a for a in targets if a not in venues]
    return targets


def military(a: Actor) -> bool:
    code = a.code or ""
    return a.sector in ("MIL", "PKO") or code.endswith(("MIL", "PKO"))


def claim_targets(holders: list, sources: list[Actor], ctx: Ctx) -> list[Actor]:
    """A protest with no target of its own is aimed at whom its stated purpose names: "staged rallies to
    demand reforms from X's government", "a demonstration calling for X's resignation" (the purpose
    clause is the protest's content, see frames._consume_purposes, so it is read here)."""
    taken = {(a.start, a.end) for a in sources}
    # "rioted after a rally calling for ...": the content may hang off a protest named in an adjunct
    holders = holders + [o for h in holders for p in h.children if p.dep_ == "prep" for o in pobjs_of(p)
                         if (m := match_token(o, ctx.lex)) is not None and (m.entry.code or "")[:2] == "14"]
    for h in holders:
        for c in h.children:
            if c.dep_ not in ("advcl", "xcomp", "acl", "relcl") or c.pos_ not in ("VERB", "AUX"):
                continue
            # the clause's verb, or its object ("to press their demands"), must state a claim
            cands = [c] + [o for o in c.children if o.dep_ in ("dobj", "obj")]
            if not any((cm := match_token(t, ctx.lex)) is not None and (cm.entry.frame or (
                    cm.entry.code and cm.entry.code.startswith(_CLAIM_CODES))) for t in cands):
                continue
            sub = [t for t in c.subtree if t.i > c.i]
            if not sub:
                continue
            inside = ctx.finder._inside(sub[0].idx, sub[-1].idx + len(sub[-1].text))
            found = [a for a in inside if a.resolved and (a.start, a.end) not in taken]
            if found:
                return found[:1]
    return []


def purpose_targets(tok: Any, ctx: Ctx) -> list[Actor]:
    """"opened fire to disperse demonstrators": force with no target of its own is aimed at the object of
    its infinitive of purpose."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            for o in objects_of(c):
                found = [a for a in ctx.finder.actors(o) if a.resolved] if o.dep_ != "nsubjpass" else []
                if found:
                    return found
    return []


def place_actor(place: Place | None) -> Actor | None:
    """A country-level actor for the place an event happened in the sentence (not the dateline city)."""
    if place is None or not place.country or place.resolved_by == "dateline":
        return None
    country = place.country.upper()
    return Actor(place.start, place.end, place.text, code=country, country=country, resolved_by="place")


def asked_about(m: Any, ctx: Ctx) -> list[Actor]:
    """"called for the release of X", "demanded X's withdrawal": an appeal or demand with no addressee of
    its own concerns the one its content noun names (CAMEO codes the person to be released as the target).
    `m` is the trigger's `Match`; its object or the object of its preposition is the content noun."""
    nouns = ([m.obj] if m.obj is not None else []) + (pobjs_of(m.prep) if m.prep is not None else [])
    for noun in nouns:
        holders = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in pobjs_of(p)]
        holders += [c for c in noun.children if c.dep_ == "poss"]
        for h in holders:
            found = [a for a in ctx.finder.actors(h) if a.resolved]
            if found:
                return found
    return []


# Participles whose agent stands outside the thing it brought about ("a truce mediated by X"); the agent of
# "the attack carried out by X" is the attack's own party, and stays a target.
_BROKERING = {"mediate", "broker", "facilitate", "sponsor", "host", "arrange", "guarantee", "back"}


def participle_agent(a: Actor, tok: Any) -> bool:
    """Whether actor `a` is the agent of a brokering participle describing a noun ("a ceasefire mediated by
    X", "a deal brokered by Y", "a Qatar-mediated truce"): a third party, not a party to the act `tok`
    triggers."""
    doc = tok.doc
    t = doc_table(doc)  # read by index: no Span or Token per actor of every event
    got = char_root(doc, t, a.start, a.end)
    if got is None:
        return False
    root, end = got[0], got[2]
    if end + 1 < len(t) and t.text[end] == "-" and t.idx[end] == a.end \
            and t.lower[end + 1] in ("brokered", "mediated"):
        return True  # "in a China-brokered deal": the broker named as the noun's hyphenated modifier (not
        # "UN-backed investigations", which are the UN's own); tokens, not `doc.text`, which rebuilds the text
    head, dep = t.head, t.dep
    while dep[root] == "conj" and head[root] != root:  # "by Saudi Arabia and the United States"
        root = head[root]
    by = head[root]
    part = head[by]
    return (dep[root] == "pobj" and t.lower[by] == "by" and dep[by] in ("agent", "prep") and part != tok.i
            and dep[part] == "acl" and t.tag[part] == "VBN" and t.lemma[part].lower() in _BROKERING)


def misparsed_subjects(verb: Any, ctx: Ctx) -> list[Actor]:
    """The subject the parser hung on a leading "According to X, ..." phrase: in "According to state media,
    Beijing and Moscow signed ...", the small model reads "Beijing and Moscow" as conjuncts of "media" and
    leaves the verb with no subject. Only for a verb with no subject of its own."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return []
    for acc in verb.children:
        if acc.dep_ != "prep" or acc.lower_ != "according" or acc.i > verb.i:
            continue
        for to in acc.children:
            for source in pobjs_of(to):
                heads = [c for c in source.children if c.dep_ == "conj" and source.i < c.i < verb.i
                         and any(t.lower_ == "," for t in source.doc[source.i:c.i])]
                found = [a for h in heads for a in ctx.finder.actors(h) if a.resolved]
                if found:
                    return found
    return []


# Verbs whose direct object is what is talked about, not whom with: "discussed Ukraine with Xi".
TOPIC_VERBS = frozenset({"discuss", "debate", "review"})


def topic(a: Actor, tok: Any) -> bool:
    """Whether actor `a` is the direct object of the talk verb `tok` ("discussed Ukraine"): the subject
    matter of the talks, not a party to them."""
    if tok.lemma_.lower() not in TOPIC_VERBS:
        return False
    span = tok.doc.char_span(a.start, a.end, alignment_mode="expand")
    node = span.root if span is not None else None
    for _ in range(8):  # "discussed the war in Gaza": anywhere inside the object
        if node is None or node.head.i == node.i:
            return False
        if node.head.i == tok.i:
            return node.dep_ in ("dobj", "obj")
        node = node.head
    return False


def debtors(tok: Any, inner_m: Match | None, ctx: Ctx) -> list:
    """Who owes what is written off: the agent of "owed by X" on the object of the trigger (or of the act a
    frame governs)."""
    verbs = [tok] + ([inner_m.token] if inner_m is not None else [])
    for v in verbs:
        for o in objects_of(v):
            for held in [o] + [p for c in o.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]:
                for acl in held.children:
                    if acl.dep_ == "acl" and acl.lemma_.lower() == "owe":
                        found = [a for ag in acl.children if ag.dep_ == "agent" for p in ag.children
                                 if p.dep_ == "pobj" for a in ctx.finder.actors(p) if a.resolved]
                        if found:
                            return found
    return []


def own_people(verb: Any, leaver: Any, ctx: Ctx) -> bool:
    """Whether the one told to leave belongs to the one who tells ("ordered its troops to leave the town" is
    a withdrawal of one's own, no expulsion): both countries known and the same."""
    subj, passive = subject_of(verb, ctx.lex.speech_verbs)
    if subj is None or passive:
        return False
    own = {a.country for a in ctx.finder.actors(subj) if a.resolved and a.country}
    them = {a.country for a in ctx.finder.actors(leaver) if a.resolved and a.country}
    if any(c.lower_ in ("its", "their", "his", "her", "our") for c in leaver.children if c.dep_ == "poss"):
        return True
    return bool(own & them)


def outside_object(actors: list[Actor], obj: Any, through_of: bool = True) -> list[Actor]:
    """`actors` without those inside the object phrase an entry's constraint matched: in "Russia and
    Ukraine exchanged prisoners (of war)" the prisoners pass between the two; they are no third party. Its
    other prepositional phrases stay ("signed a pact with Germany"); without `through_of`, so does its "of"
    phrase ("cancelled the debts of Mali": Mali receives)."""
    if obj is None:
        return actors
    last = obj
    for c in obj.children:
        if through_of and c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i:
            last = c.right_edge
    start, end = obj.left_edge.idx, last.idx + len(last.text)
    return [a for a in actors if not start <= a.start < end]


BROKER_VERBS = frozenset({"mediate", "broker", "facilitate", "arrange"})
# Relations from an event noun up to the clause whose subjects are its parties ("exchanged prisoners in a
# swap mediated by X": the swap is the exchangers').
_UP_TO_CLAUSE = frozenset({"pobj", "prep", "dobj", "obj", "npadvmod", "appos"})


def broker_roles(tok: Any, ctx: Ctx) -> tuple[list[Actor], list[Actor]] | None:
    """(brokers, parties) of a participle that says who brokered an act: "in a swap mediated by the United
    Arab Emirates", "under a ceasefire brokered by Qatar". The agents mediated (045) between the subjects of
    the clause the act's noun belongs to; None when `tok` is no such participle."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in BROKER_VERBS:
        return None
    agents = [o for c in tok.children if c.dep_ == "agent" for o in pobjs_of(c)]
    brokers = list({(a.start, a.end): a for o in agents for a in ctx.finder.actors(o) if a.resolved}.values())
    if not brokers:
        return None
    node, hops = tok.head, 0
    while node.dep_ in _UP_TO_CLAUSE and node.head.i != node.i and hops < 4:
        node, hops = node.head, hops + 1
    if node.dep_ == "parataxis" and node.lemma_.lower() in ctx.lex.speech_verbs:
        node = node.head  # "X and Y agreed to a truce, Z said, after talks mediated by W": the reported clause
    parties = active_subject_actors(node, ctx) if node.pos_ in ("VERB", "AUX") else []
    taken = {a.country for a in brokers}
    return brokers, [a for a in parties if a.country not in taken]


def expand_groups(actors: list[Actor]) -> list[Actor]:
    """`actors` with each unnamed group of known parties ("both sides", "the two countries": an actor with
    `members` and no code of its own) replaced by its members, each spanning the group's words."""
    if not any(a.members and not a.resolved for a in actors):
        return actors
    out: list[Actor] = []
    for a in actors:
        if a.members and not a.resolved:
            out += [Actor(a.start, a.end, a.text, code=m, country=m[:3], resolved_by="group",
                          role_date=a.role_date) for m in a.members]
        else:
            out.append(a)
    return out


# Acts whose object is the source's own agent moved about, not whom the act is aimed at: deployments (15),
# recalls and reductions of relations (16), withdrawals (08).
_MOVED_OWN = ("08", "15", "16")


def not_own(targets: list[Actor], own: set[str | None], code: str) -> list[Actor]:
    """`targets` without the sources' own people named by a possessive where the act only moves them
    ("recalled its ambassador", "pulled back its troops"); an appeal to one's own citizens keeps them."""
    if code.startswith(("15", "138")):
        # "threatened to deploy troops to the border": its own forces are what it moves, not whom it faces
        targets = [a for a in targets if not (a.country in own and a.sector in ("MIL", "COP"))]
    if not code.startswith(_MOVED_OWN):
        return targets
    return [a for a in targets if not (a.resolved_by == "possessive" and a.country in own)]


def hyphen_pair(tok: Any, ctx: Ctx) -> tuple[Actor, Actor] | None:
    """The two sides a reciprocal event noun names as a hyphenated modifier ("Israel-Hezbollah clashes",
    "the India-Pakistan talks", "Armenia-Azerbaijan border clashes"), or None."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i == tok.i and doc[k].pos_ == "NOUN":
        k -= 1  # "border" in "Armenia-Azerbaijan border clashes"
    if k < 2 or doc[k - 1].text != "-" or doc[k].pos_ != "PROPN" or doc[k - 2].pos_ != "PROPN":
        return None
    a, b = doc[k - 2], doc[k]
    if a.idx + len(a.text) != doc[k - 1].idx or doc[k - 1].idx + 1 != b.idx:
        return None  # spaced dashes are punctuation, not a pair
    # each name on its own span: a token's core phrase would take in the other name ("Israel-Hezbollah")
    first = ctx.finder.at(a.idx, a.idx + len(a.text))
    second = ctx.finder.at(b.idx, b.idx + len(b.text))
    if first is None or second is None or not first.resolved or not second.resolved:
        return None
    return (first, second) if first.code != second.code else None


def between_pair(tok: Any, ctx: Ctx, code: str, sources: list[Actor]) -> tuple[Actor, Actor] | None:
    """The two sides a reciprocal fight names with "between" ("clashes between Sudan's army and the RSF",
    "fighting between Ethiopian troops and Eritrean forces"), or None: the first and the last resolved
    actors of the "between" phrase, when they differ and the noun has no source of its own. Also for talks
    and meetings (04: "hosted talks between Israel and Hamas", whose host is not a side). Not for other
    roots: "to oversee a ceasefire between X and Y" names a standing truce, not a new one."""
    if code[:2] not in ("04", "18", "19") or any(a.resolved for a in sources):
        return None
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ != "between":
            continue
        sides = [a for o in p.children if o.dep_ == "pobj" for a in ctx.finder.actors(o, deep=False)
                 if a.resolved]
        if len(sides) >= 2 and sides[0].code != sides[-1].code:
            return sides[0], sides[-1]
    return None


# Praise and endorsement (051-053) of a thing: "X, Y and Z welcomed the agreement" judge the agreement, not
# each other; "praised their ties", "hailed each other's efforts" are mutual.
_JUDGED = ("051", "052", "053")
_MUTUAL_OBJECTS = frozenset({"relation", "relations", "tie", "ties", "partnership", "friendship",
                             "cooperation", "alliance", "bond", "bonds", "dialogue", "relationship"})


def judged_thing(tok: Any, code: str) -> bool:
    """Whether conjoined sources of `tok` praise or endorse a thing it names as its object (module note
    above), so that no target among themselves is read into the act."""
    if not code.startswith(_JUDGED):
        return False
    objs = objects_of(tok)
    return bool(objs) and not any(o.lemma_.lower() in _MUTUAL_OBJECTS or any(
        d.lower_ in ("their", "each", "one") for d in o.subtree) for o in objs)


__all__ += ["each_other", "joint_sources"]
# Verbs of handing something over: conjoined givers give to someone else, not to each other.
_GIVING = frozenset({"give", "offer", "provide", "pledge", "grant", "extend", "send", "donate", "lend"})
_RECIPROCALS = frozenset({("each", "other"), ("one", "another")})


def each_other(tok: Any) -> bool:
    """Whether `tok` acts on "each other" / "one another", as its object or its preposition's ("accused each
    other of violating the truce", "fired at one another"): conjoined sources are then each other's target."""
    for c in tok.children:
        objs = [c] if c.dep_ in ("dobj", "pobj") else [o for o in c.children if o.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        for o in objs:
            doc = o.doc  # the parser hangs "another" off "one", or "each" off "other"
            pairs = [(doc[k].lower_, doc[k + 1].lower_) for k in (o.i - 1, o.i) if 0 <= k < len(doc) - 1]
            if any(p in _RECIPROCALS for p in pairs):
                return True
            if o.lower_ == "other" and o.i and doc[o.i - 1].lower_ == "the" and any(
                    s.dep_ == "nsubj" and any(d.lower_ == "each" for d in s.children) for s in tok.children):
                return True  # "each army accused the other"
    return False


# Armed or political groups that are a side of their own in their country's conflicts (actors.groups).
_GROUP_SECTORS = frozenset({"REB", "OPP", "UAF", "INS", "SEP"})


def sides_of(actors: list[Actor]) -> set[str]:
    """The distinct sides among `actors`: a country (its state, army, people), or a group of its own ("Kiir
    and rebel leader Machar signed a peace deal": South Sudan's government and its rebels are two sides)."""
    return {(a.code if a.sector in _GROUP_SECTORS else a.country) or "" for a in actors if a.country} - {""}


def joint_sources(tok: Any, code: str, sources: list[Actor], resolved_targets: list[Actor],
                  mutual: bool) -> bool:
    """Whether conjoined sources of two or more sides act on each other (coded both ways, no third party):
    "accused each other" (`each_other`), or a `mutual` act (cooperation) with no target beyond themselves
    that judges no thing ("X and Y want to strengthen their partnership"; a target that is one of the
    sources, "Iran and the IAEA agreed to resume talks on Tehran's nuclear sites", is a topic)."""
    if len(sides_of(sources)) < 2:
        return False
    if each_other(tok):
        return True
    countries = {a.country for a in sources if a.country}
    given = [o for o in objects_of(tok) if o.dep_ in ("dobj", "obj")]
    if tok.lemma_.lower() in _GIVING and given and not any(o.lemma_.lower() in _MUTUAL_OBJECTS for o in given):
        return False  # "India and Japan gave assurances", "pledged aid": each gives, to a third party
    return mutual and all(a.country in countries for a in resolved_targets) and not judged_thing(tok, code)
