"""Source and target actors of a trigger, read from the dependency parse and the article's Actor layer.

A noun phrase becomes actors through its *core* (the head with its determiners, modifiers and possessor,
without relative clauses, appositions or prepositional tails), looked up with
`dateline.actors.lookup.actor_at`; an unresolved core falls back to its apposition ("The US commander,
General X") and to an "of" complement ("leaders of Romania"). Coordinated phrases give one actor per
conjunct.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ..actors.places import border_place, capital_place
from ..model import Actor, Article
from ..nlp_cache import children, doc_table
from .conjuncts import misattached_conjunct, misparsed_main_verb, said_and_did
from .headlines import headline_shaped
from .anaphora import ANAPHORS, PERSONAL, bound_to_own_subject, previous_subject, pronoun_antecedents
from .tails import in_target_tail

__all__ = ["ActorFinder", "subject_of", "core_span"]

_CORE_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "predet", "advmod",
              "npadvmod", "punct_inner"}
_REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
_WATER_NAMES = frozenset({"sea", "ocean", "strait", "straits"})
_PHRASE_CACHE: dict[tuple[str, str | None], Actor | None] = {}
# "jailed X for helping", "accused X of making": the gerund's agent is the object, not the subject
_OBJECT_PREPS = {"for", "of", "from", "against"}
# Nouns that name a party by its relation to another ("X's neighbour Y"): the apposition names the party.
_RELATIONAL_NOUNS = frozenset({"neighbour", "neighbor", "ally", "rival", "partner", "foe", "enemy", "adversary",
                               "archrival", "arch-rival"})
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "us"}
# Nouns that carry what their issuer says: "issued a statement demanding", "adopted a resolution calling for".
_CARRIER_NOUNS = {"statement", "declaration", "resolution", "letter", "communique", "communiqué", "message",
                  "video", "decree", "memorandum", "motion", "petition", "leaflet", "manifesto", "speech",
                  "announcement", "ultimatum", "note"}


def core_span(tok: Any) -> tuple[int, int]:
    """Character span of a token's core noun phrase."""
    lo, hi = tok.i, tok.i
    doc = tok.doc
    t, ch = doc_table(doc), children(doc)  # the walk reads the token table: no Token per word
    dep = t.dep
    stack = [c for c in ch[tok.i] if dep[c] in _CORE_DEPS]
    while stack:
        c = stack.pop()
        lo, hi = min(lo, c), max(hi, c)
        stack.extend(d for d in ch[c] if dep[d] in _CORE_DEPS or dep[c] == "poss")
    # never let the core run across a comma or bracket ("Washington, which ..."): trim at punctuation
    while lo < tok.i and t.is_punct[lo]:
        lo += 1
    while hi > tok.i and t.is_punct[hi]:
        hi -= 1
    return t.idx[lo], t.idx[hi] + len(t.text[hi])


def _lookup_fn():
    try:
        from ..actors.lookup import actor_at  # type: ignore[attr-defined]

        return actor_at
    except ImportError:
        return None


def _fallback_actor_at(article: Article, start: int, end: int) -> Actor | None:
    """Until/unless the actors package provides `actor_at`: the longest resolved actor inside the span."""
    best = None
    for a in article.actors:
        if a.start >= start and a.end <= end:
            if best is None or (a.resolved, a.end - a.start) > (best.resolved, best.end - best.start):
                best = a
    if best is None:
        for a in article.actors:
            if a.start <= start and a.end >= end:
                return a
    return best


class _Layer:
    """The slice of an article's actor layer a lookup needs, shaped like the article for `actor_at`."""

    __slots__ = ("actors",)

    def __init__(self, actors: list[Actor]):
        self.actors = actors


class ActorFinder:
    """Resolves parse tokens to Actors for one article (caches per token)."""

    def __init__(self, article: Article):
        self.article = article
        self._at = _lookup_fn() or _fallback_actor_at
        self._cache: dict[int, Actor | None] = {}
        # Actors by start offset: a lookup reads only those that can overlap its range, not the whole
        # article's layer (hundreds of actors, thousands of lookups per article).
        order = sorted((n for n in range(len(article.actors)) if not _capital_as_place(article, n)),
                       key=lambda n: article.actors[n].start)
        self._starts = [article.actors[n].start for n in order]
        self._order = order
        self._longest = max((a.end - a.start for a in article.actors), default=0)

    def _near(self, start: int, end: int) -> list[Actor]:
        """Actors that may cover or lie inside [start, end), in the layer's own order (so ties between
        equal candidates are broken exactly as over the whole layer)."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_right(self._starts, end)
        acts = self.article.actors
        return [acts[n] for n in sorted(self._order[lo:hi])]

    def at(self, start: int, end: int) -> Actor | None:
        view = _Layer(self._near(start, end))
        try:
            return self._at(view, start, end)
        except Exception:  # noqa: BLE001 - a lookup bug must not lose the whole article's events
            return _fallback_actor_at(view, start, end)

    def actor(self, tok: Any, depth: int = 0) -> Actor | None:
        """The actor a single noun token stands for (no conjuncts)."""
        if depth == 0 and tok.i in self._cache:
            return self._cache[tok.i]
        found = self.at(*core_span(tok))
        if found is None or not found.resolved:
            # an actor span may start after the core ("A court in Guyana" -> "court in Guyana")
            alt = self.at(tok.idx, tok.idx + len(tok.text))
            if alt is not None and alt.resolved:
                found = alt
        if depth < 2 and (found is None or not found.resolved):
            # "the mayor, a member of Hamas": the apposition, then an "of" complement, may name the actor
            doc = tok.doc
            tt, ch = doc_table(doc), children(doc)  # children on the token table; Tokens only for candidates
            dep = tt.dep
            for c in ch[tok.i]:
                if dep[c] == "appos" or (dep[c] == "prep" and tt.lower[c] == "of"):
                    for t in ([doc[c]] if dep[c] == "appos" else [doc[p] for p in ch[c] if dep[p] == "pobj"]):
                        alt = self.actor(t, depth + 1)
                        if alt is not None and alt.resolved:
                            found = alt
                            break
                if found is not None and found.resolved:
                    break
        if depth == 0 and found is not None and found.resolved and _bare_person(found):
            # "Kenzo Oshima, the UN relief coordinator": a person known only by nationality acts in the office
            # the apposition names, when that office belongs to an international organisation (CAMEO codes
            # the role, not the passport)
            doc = tok.doc
            dep = doc_table(doc).dep
            for c in children(doc)[tok.i]:
                if dep[c] == "appos":
                    alt = self.actor(doc[c], depth + 1)
                    if alt is not None and alt.resolved and (alt.code or "").startswith(("IGO", "NGO")):
                        found = alt
                        break
        if depth == 0 and tok.lemma_.lower() in _RELATIONAL_NOUNS and tok.pos_ == "NOUN":
            # "Somalia's neighbour Eritrea", "Russia's ally Belarus": the name in apposition is who acts
            named = next((a for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                          for a in [self.actor(c, depth + 1)] if a is not None and a.resolved), None)
            found = named or found
        if depth == 0:
            self._cache[tok.i] = found
        return found

    def actors(self, tok: Any, *, deep: bool = True) -> list[Actor]:
        """Actors of a noun phrase and its conjuncts ("Russia and China" -> two).

        `deep=False` does not look for actors nested inside the phrase's prepositional tail: for a place
        adjunct ("at a summit in Brussels") the nested place is not a participant. A pronoun the actor
        layer left unresolved takes its antecedent from the parse (`pronoun_antecedents`)."""
        out: list[Actor] = []
        if tok.ent_type_ in ("DATE", "TIME") and not any(c.ent_type_ not in ("DATE", "TIME", "") for c in tok.children):
            return out  # "on Friday", "in March": a time, never a participant
        if tok.lower_ in ANAPHORS and tok.pos_ == "PRON":
            own = self.actor(tok)
            if own is not None and own.resolved:
                if not bound_to_own_subject(self, tok, own):
                    return [own]
                own = None  # "police raided the offices and arrested them": not the police themselves
            return pronoun_antecedents(self, tok) or ([own] if own is not None else [])
        if tok.lower_ in PERSONAL and tok.pos_ == "PRON":
            own = self.actor(tok)
            if own is None or not own.resolved:
                return previous_subject(self, tok) or ([own] if own is not None else [])
        for t in _conjuncts(tok):
            a = self.actor(t)
            if a is not None and all((a.start, a.end) != (b.start, b.end) for b in out):
                out.append(a)
        doc = tok.doc
        dep, ch = doc_table(doc).dep, children(doc)  # children read on the token table
        kids = ch[tok.i]
        if len(out) == 1 and any(dep[c] in ("amod", "nmod", "compound") and any(dep[d] == "conj" for d in ch[c])
                                 for c in kids):
            # "US and British activists": coordinated modifiers, one actor each
            inside = [a for a in self._inside(*core_span(tok)) if a.resolved]
            if len(inside) >= 2:
                return inside
        if not any(a.resolved for a in out) and tok.pos_ in ("VERB", "AUX"):
            # "The aid agency working in <country> said": the parser makes the participle the subject, with the
            # real subject as its own; the place in its tail is no participant
            subj_i = next((c for c in kids if dep[c] in ("nsubj", "nsubjpass") and c < tok.i), None)
            if subj_i is not None:
                found = self.actors(doc[subj_i], deep=deep)
                if any(a.resolved for a in found):
                    return found
        if not any(a.resolved for a in out):
            # a garbled parse of the phrase: take the resolved actors inside its span
            inside = [a for a in self._inside(*np_span(tok)) if a.resolved and not _in_gerund_tail(tok, a)
                      and not in_target_tail(tok, a)] if deep else []
            if inside:
                return inside
            # "the Israeli raid", "Palestinian prisoners": the nationality modifier names the actor
            for c in kids:
                if dep[c] in ("amod", "compound", "nmod", "poss") and c < tok.i:
                    a = self.modifier_actor(doc[c])
                    if a is not None:
                        return [a]
        return out

    def modifier_actor(self, tok: Any) -> Actor | None:
        """A nationality or place word used as a modifier ("Israeli shelling", "US sanctions").

        The actor layer makes no actor of a modifier of a non-actor noun. A nationality or country word is
        looked up in the actor dictionary (a dict lookup, no parse) and gives a country-level actor; a
        possessor name ("Narendra Modi's") is resolved once per process with `resolve_phrase` (cached).
        A word in the name of a body of water ("the East China Sea") is none.
        """
        if tok.head.i != tok.i and tok.head.lower_ in _WATER_NAMES:
            return None
        if border_place(doc_table(tok.doc), tok.i):
            return None  # "near the Sudanese border": where it happened, not a party
        if tok.ent_type_ not in ("NORP", "GPE") and not (tok.dep_ == "poss" and tok.ent_type_ in ("PERSON", "ORG")):
            # the small model tags some nationality words as ORG or nothing ("a Ugandan peace plan")
            if tok.is_title or tok.is_upper:
                a = _country_word(tok.text)
                if a is not None:
                    return Actor(tok.idx, tok.idx + len(tok.text), tok.text, code=a.code, country=a.country,
                                 resolved_by=f"{a.resolved_by}:modifier")
            return None
        if tok.dep_ == "poss" or tok.ent_iob_ == "I":
            # the whole name ("Narendra Modi's"): the entity's words, without the possessive marker
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                tok_text, start = ent.text, ent.start_char
            else:
                tok_text, start = tok.text, tok.idx
        else:
            tok_text, start = tok.text, tok.idx
        if tok_text.endswith("'s"):
            tok_text = tok_text[:-2]
        a = _country_word(tok_text) if tok.ent_type_ in ("NORP", "GPE") else None
        if a is None and tok.ent_iob_ == "B" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
            return None  # the first word of a longer name ("West Africans", "West Darfur") names nothing alone
        if a is None:
            # a name does change with the date: one cache entry per name and article date
            date = self.article.published if tok.ent_type_ in ("PERSON", "ORG") else None
            key = (tok_text, date)
            if key not in _PHRASE_CACHE:
                try:
                    from ..actors import resolve_phrase

                    _PHRASE_CACHE[key] = resolve_phrase(tok_text, date=date)
                except Exception:  # noqa: BLE001 - no resolver, no modifier actors
                    _PHRASE_CACHE[key] = None
            a = _PHRASE_CACHE[key]
        if a is None or not a.resolved:
            return None
        return Actor(start, start + len(tok_text), tok_text, code=a.code, country=a.country, sector=a.sector,
                     name=a.name, role=a.role, resolved_by=f"{a.resolved_by or 'dictionary'}:modifier",
                     role_date=a.role_date)

    def _inside(self, start: int, end: int) -> list[Actor]:
        picked: list[Actor] = []
        for a in sorted((a for a in self._near(start, end) if a.start >= start and a.end <= end),
                        key=lambda a: (a.start, -(a.end - a.start))):
            if all(a.start >= b.end or a.end <= b.start for b in picked):
                picked.append(a)
        return picked


def _capital_as_place(article: Article, n: int) -> bool:
    """Whether actor `n` is a capital read as its government ("Mogadishu" -> SOMGOV) that the sentence only
    names as a place: "bombs in the capital Mogadishu" (`actors.places.capital_place`). The actor layer keeps
    it; no event takes it as a party (an attack there is aimed at the host country, `targets.host_place`)."""
    a = article.actors[n]
    if a.resolved_by != "metonym" or article.doc is None:
        return False
    table = doc_table(article.doc)
    i, end = bisect_left(table.idx, a.start), bisect_left(table.idx, a.end)
    # the name's head word ("Ababa" of "Addis Ababa") carries the apposition
    root = next((k for k in range(i, end) if not i <= table.head[k] < end or table.head[k] == k), None)
    return root is not None and capital_place(table, root)


def _bare_person(a: Actor) -> bool:
    """A named person with no office or sector on the date: only their nationality is known."""
    return bool(a.name) and not a.role and not a.sector and a.code == a.country


_COUNTRY_CACHE: dict[str, Actor | None] = {}


def _country_word(text: str) -> Actor | None:
    """A country name or nationality adjective ("Israeli", "U.S.") as a country-level actor, via the actor
    dictionary's surface forms (cached per word; None for anything else, e.g. a seat of government)."""
    if text in _COUNTRY_CACHE:
        return _COUNTRY_CACHE[text]
    found = None
    try:
        from ..actors.data import load_dictionary, norm

        d = load_dictionary()
        for e in d.phrases.get(norm(text), ()):
            if e.kind in ("country", "adj"):
                c = d.countries.get(e.value)
                found = Actor(0, len(text), text, code=c.cameo if c else e.value, country=e.value,
                              resolved_by="demonym" if e.kind == "adj" else "dictionary")
                break
    except Exception:  # noqa: BLE001 - without the actor dictionary there are no modifier actors
        found = None
    _COUNTRY_CACHE[text] = found
    return found


def _in_gerund_tail(tok: Any, a: Actor) -> bool:
    """Whether actor `a` sits in an adjunct (a prepositional phrase) of a gerund after a preposition on noun
    phrase `tok`, or of `tok` when it is that gerund: "accused the banker of hiding money in accounts in
    Panama" names no one accused where the money was hidden. The gerund's own object ("warned against
    attacking Iran") is kept."""
    gerunds = [tok] if tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp") else []
    gerunds += [g for p in tok.children if p.dep_ == "prep" for g in p.children
                if g.tag_ == "VBG" and g.dep_ in ("pobj", "pcomp")]
    for g in gerunds:
        heads = [g] + [o for o in g.children if o.dep_ in ("dobj", "obj")]
        for p in (c for h in heads for c in h.children if c.dep_ == "prep"):
            if p.doc[p.i].idx <= a.start and a.end <= p.right_edge.idx + len(p.right_edge.text):
                return True
    return False


def np_span(tok: Any) -> tuple[int, int]:
    """Character span of a noun phrase without its clauses and appositions."""
    lo, hi = tok.i, tok.i
    doc = tok.doc
    t, ch = doc_table(doc), children(doc)  # the walk reads the token table: no Token per word
    dep = t.dep
    stack = [c for c in ch[tok.i] if dep[c] not in ("relcl", "acl", "advcl", "appos", "punct", "parataxis")]
    while stack:
        c = stack.pop()
        lo, hi = min(lo, c), max(hi, c)
        stack.extend(d for d in ch[c] if dep[d] not in ("relcl", "acl", "advcl", "appos", "parataxis"))
    return t.idx[lo], t.idx[hi] + len(t.text[hi])


def _conjuncts(tok: Any) -> list[Any]:
    doc = tok.doc
    dep, ch = doc_table(doc).dep, children(doc)  # children read on the token table; Tokens only for conjuncts
    kids = ch[tok.i]
    out = [tok]
    stack = [c for c in kids if dep[c] == "conj"]
    # "The US, Russia, and Switzerland": the parser often reads the second item as an apposition
    stack += [c for c in kids if dep[c] == "appos" and any(dep[d] == "conj" for d in ch[c])]
    while stack:
        c = stack.pop(0)
        out.append(doc[c])
        stack.extend(d for d in ch[c] if dep[d] == "conj")
    if dep[tok.i] == "nsubj":
        out = _headline_pair(tok, dep, ch) + out
    return out


def _headline_pair(tok: Any, dep: list[str], ch: list[list[int]]) -> list[Any]:
    """A headline's first subject the parser hangs on the verb beside the second ("Japan, Philippines sign
    defence pact": Japan an adverbial, or a second subject); [] elsewhere."""
    doc, left = tok.doc, tok.left_edge.i
    if left < 2 or doc[left - 1].text != ",":
        return []
    first = doc[left - 2]
    while first.dep_ == "compound" and first.head.i < left:
        first = first.head
    if first.pos_ != "PROPN" or first.head.i != tok.head.i or first.dep_ not in ("npadvmod", "nsubj") \
            or first.i in ch[tok.i] or not headline_shaped(tok.head):
        return []
    return [first]


# Verbs whose object is an instrument, not the doer of the purpose clause that follows.
_INSTRUMENT_VERBS = frozenset({"use", "employ", "spend", "need", "take", "have", "get", "fire", "launch"})


def subject_of(verb: Any, speech_verbs: frozenset[str] | set[str] = frozenset()) -> tuple[Any, bool]:
    """(subject token, passive?) for a verb, climbing through conjunction, xcomp and relative clauses."""
    node = verb
    # a passive verb with its auxiliary or agent ("were freed by X") even when the parser hangs it as a
    # conjunct of an active verb: the subject found higher up is then its patient
    doc = verb.doc
    dep, ch = doc_table(doc).dep, children(doc)  # children read on the token table
    own_passive = verb.tag_ == "VBN" and any(dep[c] in ("auxpass", "agent") for c in ch[verb.i])
    # "224 people had been detained and 44 officers injured": a bare participle conjoined to a passive
    # shares its auxiliary, so its own subject is a patient too
    elided = verb.tag_ == "VBN" and verb.dep_ == "conj" and not own_passive \
        and not any(dep[c] in ("aux", "auxpass") for c in ch[verb.i]) \
        and any(dep[c] == "auxpass" for c in ch[verb.head.i])
    via_xcomp = False
    for _ in range(4):
        subj = None
        passive = False
        for c in ch[node.i]:
            if dep[c] in ("nsubj", "csubj"):
                subj = c
            elif dep[c] == "nsubjpass":
                subj, passive = c, True
        if subj is None and node is verb and verb.pos_ == "VERB":
            # "Cyprus Expels Activist": a Title Case headline's subject parsed as a compound of its verb
            subj = next((c for c in ch[node.i] if dep[c] == "compound" and c < node.i
                         and doc[c].pos_ == "PROPN"), None)
        if subj is None and node is verb and verb.pos_ == "NOUN" and verb.dep_ == "compound" \
                and verb.head.i > verb.i:
            # "Rights Groups in Lima Decry Police Shootings": a Title Case verb read as a compound of its
            # object (matching.verb_read_as_noun); the subject the parser gave that object is the verb's
            subj = next((c for c in ch[verb.head.i] if dep[c] == "nsubj" and c < verb.i), None)
        if subj is not None:
            subj = doc[subj]
            if subj.lower_ in _REL_PRONOUNS and node.dep_ == "relcl":
                return _antecedent(node), passive
            if node is verb:
                return subj, passive or elided
            if passive and via_xcomp and not own_passive:
                # "X is scheduled to attend", "X was urged to help": the passive subject of a raising or
                # object-control verb is the one who does the complement
                return subj, False
            if passive:  # climbed to a passive clause: its subject is a patient, not our agent
                return (subj, True) if own_passive else (None, False)
            return subj, own_passive
        if node.dep_ == "relcl":
            return node.head, False
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.lemma_.lower() in _CARRIER_NOUNS \
                and node.head.dep_ in ("dobj", "obj") and node.head.head.pos_ in ("VERB", "AUX"):
            node = node.head.head  # "issued a statement demanding ...": whoever issued it demands
            continue
        if node.dep_ == "acl" and (noun := misparsed_main_verb(node)) is not None:
            return noun, False  # "The agency called on X ...": a main verb read as a relative (conjuncts.py)
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return None, False  # "forces backed by X": X is found as the agent
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX") \
                and node.head.lower_ not in _OBJECT_PREPS:
            node = node.head.head  # "resorted to throwing stones": the subject of the governing verb
            continue
        if node.dep_ == "acomp" and node.head != node:
            node = node.head  # "X is due to visit", "X is ready to talk": the copula holds the subject
            continue
        if node is verb and (speaker_verb := said_and_did(verb, speech_verbs)) is not None:
            node = speaker_verb  # "said the boat had intruded and urged Manila": the speaker urged
            continue
        if node is verb and (up := misattached_conjunct(verb)) is not None:
            node = up  # "dismissed X as biased and accused Y": the first verb's subject (conjuncts.py)
            continue
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head != node:
            if node.dep_ == "xcomp" and node.head.lemma_.lower() not in _INSTRUMENT_VERBS:
                # object control: "urged Iran to talk" - the talker is the object (but "used tear gas to
                # disperse them": the user disperses)
                for c in ch[node.head.i]:
                    if dep[c] == "dobj":
                        return doc[c], False
            via_xcomp = node.dep_ == "xcomp"
            node = node.head
            continue
        return None, False
    return None, False


def _antecedent(relcl: Any) -> Any:
    """The noun a relative clause's pronoun stands for: "X and Y, which have mediated": the whole
    coordination (its first conjunct), unless the clause's verb is singular ("X and Y, which has")."""
    head = relcl.head
    singular = any(t.tag_ == "VBZ" for t in [relcl] + [c for c in relcl.children if c.dep_ in ("aux", "auxpass")])
    while head.dep_ == "conj" and not singular and head.head.i != head.i:
        head = head.head
    return head


def is_pronoun(tok: Any) -> bool:
    return tok.lower_ in _PRONOUNS or tok.pos_ == "PRON"
