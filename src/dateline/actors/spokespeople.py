"""A spokesperson the dictionary does not know speaks for the institution just named: "China's foreign
ministry rejected the protest ... Spokeswoman Mao Ning said ...".

Wire copy names the institution first and its spokesperson after, often with no country in the title
("Spokeswoman X", "A ministry spokesman, X"). The spokesperson takes the code of the latest institution
named before it in the same paragraph: a resolved actor that is no person, no group and no place standing
for its government. When the sentence that names that institution also names another of a different
country, either could be meant and the spokesperson stays unresolved. Marked
`resolved_by="spokesperson"`.

Wire copy also gives each sentence a paragraph of its own ("The Kremlin denied any involvement. //
Spokesman Dmitry Peskov said ..."): with no institution in its own paragraph, a spokesperson looks in the
one before, under the same guard. A named institution ("the Kremlin") counts, a named person does not. "The
spokesman" with no name of its own is the spokesperson named last, in its paragraph or the one before
("..., his spokesman Stephane Dujarric said. // The spokesman called on ...").
"""

from __future__ import annotations

from bisect import bisect_right

from ..model import Actor, Article

__all__ = ["SPOKES_WORDS", "resolve_spokespeople", "spokesperson_body"]

SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                          "spokespeople", "spokespersons"})
# Sectors an institution with a spokesperson has: ministries and governments, armed forces and police,
# international bodies, parties, courts, companies, media and civil society.
_INSTITUTION_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "NGO", "IGO",
                                  "HLH", "EDU"})


def _institution(a: Actor, mention: object, span: object) -> bool:
    # a name is an institution's only when the mention is no person's ("the Kremlin", not "Maia Sandu")
    named_org = a.name is not None and getattr(mention, "kind", None) != "PERSON" \
        and all(t.ent_type_ != "PERSON" for t in span)
    return (a.resolved and bool(a.country) and (a.name is None or named_org) and a.role is None
            and not a.members and a.resolved_by not in ("metonym", "pronoun", "possessive", "spokesperson",
                                                        "coreference")
            and (a.sector in _INSTITUTION_SECTORS or a.country.startswith("IGO")))


def _bare_spokesperson(span: object) -> bool:
    """"The spokesman", "the ministry's spokeswoman" with no name of its own (no proper noun)."""
    before = span.doc[span.start - 1] if span.start else None
    return all(t.pos_ != "PROPN" for t in span) and (
        any(t.lower_ == "the" for t in span) or (before is not None and before.lower_ == "the"))


def _institution_before(out: list, k: int, lo: int, hi: int) -> Actor | None:
    """The latest institution named in [lo, hi) before entry k, unless its sentence also names one of
    another country."""
    before = [(a, sp) for m, a, sp in out[:k] if lo <= a.start and a.end <= hi and _institution(a, m, sp)]
    if not before:
        return None
    inst, inst_span = before[-1]
    if any(sp.sent == inst_span.sent and a.country != inst.country for a, sp in before):
        return None
    return inst


def _attached(span: object, out: list) -> Actor | None:
    """The resolved institution a spokesperson's phrase attaches by "of"/"for"/"at" ("Spokesman X of the
    State Department"); None when it attaches none, or one the dictionary did not resolve."""
    objs = {o.i for p in span.root.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")
            for o in p.children if o.dep_ == "pobj"}
    if not objs:
        return None
    return next((a for _, a, sp in out if sp.root.i in objs and a.resolved and a.country), None)


# Body nouns a spokesperson's title may name without a country ("ministry spokesman X").
_BODY_NOUNS = frozenset({"ministry", "army", "police", "military", "embassy", "presidency", "department"})


def _named_body(span: object, before: list, first: int, start: int) -> Actor | None:
    """The institution a spokesperson's title names by its body noun alone ("ministry spokesman X"): the
    latest institution whose own words hold that noun between offset `first` and the spokesperson. None
    when the title names no body noun, or when institutions of two countries hold it there."""
    nouns = {t.lower_ for t in span if t.lower_ in _BODY_NOUNS and t.i < span.root.i}
    if not nouns:
        return None
    hits = [a for m, a, sp in before if first <= a.start and a.end <= start and _institution(a, m, sp)
            and nouns & {t.lower_ for t in sp}]
    if not hits or len({a.country for a in hits}) > 1:
        return None
    return hits[-1]


def spokesperson_body(text: str, out: list, k: int) -> Actor | None:
    """For entry `k` of the actors stage's `out`, a spokesperson titled by a body noun with no country
    ("ministry spokesman X"): the institution that noun names, in the spokesperson's paragraph or the one
    before (wire copy often names "the French Foreign Ministry" a paragraph ahead of its spokesman's
    quote); else None. Called before an unknown official takes the dateline's country."""
    _mention, actor, span = out[k]
    if not any(t.lower_ in SPOKES_WORDS for t in span):
        return None
    line = text.rfind("\n", 0, actor.start) + 1
    end = len(text[:line].rstrip())  # the end of the paragraph before, past any blank lines
    first = text.rfind("\n", 0, end) + 1 if end > 0 else 0
    return _named_body(span, out[:k], first, actor.start)


def resolve_spokespeople(article: Article, out: list) -> None:
    """Resolve unknown spokespeople to the institution named before them (module docstring). `out`: the
    actors stage's (mention, actor, span) list in text order; entries are replaced in place."""
    text = article.text
    if not any(w in text.lower() for w in ("spokes",)):
        return  # the common case: no spokesperson at all, no scan
    # paragraph starts; a blank line between paragraphs starts none of its own
    paragraphs = [0] + [k + 1 for k, c in enumerate(text) if c == "\n" and text[k + 1:k + 2] not in ("\n", "")]
    for k, (mention, actor, span) in enumerate(out):
        if actor.resolved or not any(t.lower_ in SPOKES_WORDS for t in span):
            continue
        owner = _attached(span, out)
        para = bisect_right(paragraphs, actor.start) - 1
        first = paragraphs[para]
        # the paragraph before, when it is no more than the previous sentence or two (wire style)
        prev = paragraphs[para - 1] if para > 0 else first
        inst: Actor | None = owner  # "Spokesman X of the State Department": the institution it names
        if inst is None and _bare_spokesperson(span):
            inst = next((a for _, a, sp in reversed(out[:k]) if prev <= a.start and a.end <= actor.start
                         and a.resolved and a.resolved_by in ("spokesperson", "possessive", "dictionary",
                                                              "demonym", "title")
                         and any(t.lower_ in SPOKES_WORDS for t in sp)), None)
        if inst is None:
            inst = _institution_before(out, k, first, actor.start)
        if inst is None and prev < first and not any(
                first <= a.start < actor.start and a.resolved and a.country for _, a, _ in out[:k]):
            inst = _institution_before(out, k, prev, first)
        if inst is None:
            continue
        spoken = Actor(actor.start, actor.end, actor.text, code=inst.code, country=inst.country,
                       sector=inst.sector, resolved_by="spokesperson", role_date=inst.role_date)
        out[k] = (mention, spoken, span)
