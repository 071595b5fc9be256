"""Resolving one noun phrase to an `Actor`, given the dictionary, the article date and article context.

The phrase's dictionary hits are read as cues — a person, an organisation, a country (name, adjective,
possessive, seat of power), a title ("premier") or a sector noun ("forces") — and composed:

    person                  -> the person's role on the date (title cues pick among roles)
    organisation            -> its code (IGO, media, armed group)
    country + title         -> whoever held that office on the date        ("Russia's prime minister")
    country + sector noun   -> country + sector                            ("Ukrainian forces")
    seat of power           -> country + sector                            ("the Kremlin")
    country                 -> the country                                 ("Russia")
    title alone             -> the latest actor in the article with that role ("the premier")
    surname alone           -> a person named earlier in the article, else the one office holder with
                               that surname on the date (narrowed by the article's countries)

Anything else stays unresolved: an Actor with code None, never a guess presented as fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor
from .data import ROLE_PRIORITY, ActorDictionary, Person, Term, norm
from .dates import add_months
from .match import Hit
from .spelling import near_person
from .coref import as_named_before, named_before
from .namesakes import LEADER_ROLES
from .namesakes import latest_country as _latest_country
from .namesakes import past_namesake_of_group, shared_leader_country as _shared_leader_country
from .surnames import ROYAL_TITLES, as_first_named, given_first, highest_office, regnal_monarch, stale_holder

__all__ = ["Cues", "Context", "compose", "code_for"]

SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them"})


@dataclass
class Cues:
    """What the dictionary found inside one phrase."""

    countries: list[tuple[Hit, str, str]] = field(default_factory=list)  # (hit, iso3, how)
    seat_sector: str | None = None
    people: list[tuple[Hit, list[int]]] = field(default_factory=list)
    orgs: list[tuple[Hit, int]] = field(default_factory=list)
    regions: list[tuple[Hit, str]] = field(default_factory=list)
    titles: list[Hit] = field(default_factory=list)
    sectors: list[Hit] = field(default_factory=list)


@dataclass
class Context:
    """Per-article state the resolver consults: date, countries seen, people named, actors so far."""

    date: str
    text: str
    countries: set[str] = field(default_factory=set)
    people: dict[str, int] = field(default_factory=dict)  # folded name token -> person index
    actors: list[Actor] = field(default_factory=list)
    ambiguity: dict[str, str | None] = field(default_factory=dict)
    # start offsets of actors that only modify a non-actor noun ("a Senegalese peace plan"): no plural
    # referent
    modifiers: set[int] = field(default_factory=set)
    # countries of cities that only name an event's place ("the Nairobi bombings"): context, not actors
    places: list[str] = field(default_factory=list)


def code_for(d: ActorDictionary, country: str | None, sector: str | None) -> str | None:
    if not country:
        return None
    c = d.countries.get(country)
    base = c.cameo if c else country
    return base + (sector or "")


def trusted(term: Term, date: str) -> bool:
    """An active term whose open end the data still vouches for (18 months past its last check)."""
    if not term.active(date):
        return False
    return bool(term.end) or not term.verified or date <= add_months(term.verified, 18)


def disambiguate(d: ActorDictionary, key: str, label: str, ctx: Context) -> str | None:
    """Country reading of an ambiguous name (Georgia, Washington, Jordan, Chad), or None."""
    cache_key = f"{key}|{label}"
    if cache_key in ctx.ambiguity:
        return ctx.ambiguity[cache_key]
    spec = d.ambiguous[key]
    answer: str | None = None
    text = ctx.text
    allowed = not label or label in spec.get("ner", ("GPE", "LOC", "ORG", "NORP"))
    if not allowed and label in spec.get("ner_with_context", ()):
        # "Chad said it had received 20,000 refugees from Darfur": the small model reads the country as a
        # first name; in a story its context cues place in that region, the country it is
        allowed = any(cue in text for cue in spec.get("context", ())) \
            and not any(cue in text for cue in spec.get("against", ()))
    if allowed:
        alt = spec.get("alternative")
        if alt and any(cue in text for cue in alt.get("context", ())) \
                and not any(cue in text for cue in alt.get("against", ())):
            ctx.ambiguity[cache_key] = alt["country"]  # "Congo" in a story about Brazzaville
            return alt["country"]
        against = any(cue in text for cue in spec.get("against", ()))
        confirmed = any(cue in text for cue in spec.get("context", ()))
        if confirmed and not against:
            answer = spec["country"]
        elif spec.get("default") and not against:
            answer = spec["country"]
    ctx.ambiguity[cache_key] = answer
    return answer


def _org_named_before(d: ActorDictionary, h: Hit, ctx: Context) -> bool:
    """Whether a capital that is also an organisation's name (Brussels: the EU) follows a mention of that
    organisation in the article, which makes it the organisation's metonym rather than its country's."""
    codes = {d.orgs[int(e.value)].code for e in h.entries if e.kind == "org"}
    return bool(codes) and any(a.code in codes for a in ctx.actors)


def collect(d: ActorDictionary, hits: list[Hit], lex: list[Hit], ctx: Context, label: str) -> Cues:
    cues = Cues()
    for h in hits:
        for e in h.entries:
            if e.kind in ("country", "adj"):
                cues.countries.append((h, e.value, "demonym" if e.kind == "adj" else "dictionary"))
                break
            if e.kind == "seat":
                if not lex and _org_named_before(d, h, ctx):
                    # "the EU adopted ... after Brussels agreed": the seat stands for the body (not "Brussels
                    # police", whose sector word says the city's own)
                    continue
                cues.countries.append((h, e.value, "metonym"))
                cues.seat_sector = e.sector
                break
            if e.kind == "ambiguous":
                iso3 = disambiguate(d, e.value, label, ctx)
                if iso3:
                    spec = d.ambiguous[e.value]
                    # the alternative reading ("Tripoli" in a story about Lebanon) is no seat of power
                    sector = spec.get("sector") if iso3 == spec["country"] else \
                        (spec.get("alternative") or {}).get("sector")
                    cues.countries.append((h, iso3, "context"))
                    cues.seat_sector = sector or cues.seat_sector
                    break
                continue
            if e.kind == "org":
                cues.orgs.append((h, int(e.value)))
                break
            if e.kind == "region":
                cues.regions.append((h, e.value))
                break
            if e.kind == "person":
                people = [int(x.value) for x in h.entries if x.kind == "person"]
                cues.people.append((h, people))
                break
    for h in lex:
        (cues.titles if h.kind == "title" else cues.sectors).append(h)
    return cues


def pick_person(d: ActorDictionary, candidates: list[int], ctx: Context, country: str | None,
                role: str | None) -> tuple[int, Term | None] | None:
    """Choose among same-named people by country cue, then terms on the date; None if still ambiguous."""
    scored = []
    for idx in candidates:
        p = d.people[idx]
        if country and not any(t.country == country for t in p.terms):
            continue
        active = [t for t in p.terms_at(ctx.date) if trusted(t, ctx.date)]
        if role:
            titled = [t for t in active if t.role == role]
            active = titled or active
        if country:
            active = [t for t in active if t.country == country] or active
        in_context = any(t.country in ctx.countries for t in p.terms)
        score = (bool(active), bool(active) and active[0].source != "phoenix", in_context)
        scored.append((score, idx, active[0] if active else None))
    if not scored:
        return None
    scored.sort(key=lambda s: s[0], reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1], scored[0][2]


def person_actor(d: ActorDictionary, idx: int, term: Term | None, ctx: Context, start: int, end: int,
                 text: str, how: str, country_hint: str | None = None, title: str | None = None,
                 cue_sector: str | None = None) -> Actor:
    """The Actor for person `idx` holding `term` on the date (None: no term the data vouches for).

    The phrase's own words outrank the data where they are more specific: a title ("Foreign Minister
    Sergei Lavrov") makes the mention a government actor with that role even when our term for it is
    stale or only a Phoenix sector code; a sector noun ("General ...", "opposition leader ...") gives the
    sector when no named office is known on the date.
    """
    p: Person = d.people[idx]
    named = term is not None and term.source != "phoenix" and term.role != "phoenix"
    if title == "leader":
        title = None  # "Hamas leader X": not an office with a sector of its own
    if term is not None and named and (not title or term.role == title or term.sector == "GOV"):
        return Actor(start, end, text, code=code_for(d, term.country, term.sector or None), country=term.country,
                     sector=term.sector or None, name=p.name, role=term.role, resolved_by=how,
                     role_date=ctx.date)
    sector = "GOV" if title else cue_sector
    if term is None:
        stale = _stale_office(p, ctx.date)
        near = stale or p.nearest_term(ctx.date)
        country = country_hint or (near.country if near else None)
        sector = sector or (stale.sector if stale else None) or None
        role = title
    else:
        country = country_hint if (country_hint and sector) else term.country
        sector = sector or term.sector or None
        role = title or (None if term.role == "phoenix" else term.role)
    return Actor(start, end, text, code=code_for(d, country, sector), country=country, sector=sector,
                 name=p.name, role=role, resolved_by=how, role_date=ctx.date)


def _stale_office(p: Person, date: str) -> Term | None:
    """A named office the person entered before `date` and never left in our data, though its last check is
    too old to vouch for the role: still good for the country and sector (Lavrov: RUS, GOV)."""
    open_terms = [t for t in p.terms if t.source != "phoenix" and t.active(date) and not t.end]
    # the latest office; of offices taken the same day, the government one of highest rank (Kim Jong Un:
    # supreme leader, GOV, before supreme commander, MIL)
    return max(open_terms, key=lambda t: (t.start, t.sector == "GOV", -ROLE_PRIORITY.get(t.role, 9))) \
        if open_terms else None


def remember_person(ctx: Context, d: ActorDictionary, idx: int) -> None:
    for word in norm(d.people[idx].name).replace("-", " ").split():
        if len(word) > 1:
            ctx.people.setdefault(word, idx)
    ctx.people[d.people[idx].surname] = idx


def compose(d: ActorDictionary, cues: Cues, ctx: Context, start: int, end: int, text: str,
            head_is_name: bool, plural: bool = False) -> Actor:
    """One Actor for a phrase from its cues (see the module docstring for the rules).

    `plural`: the phrase's head is a plural noun ("leaders", "officials"): several people, so never one
    office holder nor, by coreference, a person named before ("Jordanian leaders" is JORGOV, not the king).
    """
    country = cues.countries[0][1] if cues.countries else None
    how_country = cues.countries[0][2] if cues.countries else None
    role = cues.titles[0].value if cues.titles else None
    sector = cues.sectors[-1].value if cues.sectors else None

    if cues.people:
        _, candidates = cues.people[-1]
        chosen = pick_person(d, candidates, ctx, country, role)
        if chosen and cues.orgs and cues.orgs[-1][0].end <= cues.people[-1][0].start \
                and past_namesake_of_group(d, chosen[0], cues.orgs[-1][1], ctx.date):
            cues.people.clear()  # "ELN commander Antonio Garcia" (namesakes.py): the group's, below
    if cues.people:
        if chosen and role in ROYAL_TITLES and head_is_name and not any(
                t.role == role for t in d.people[chosen[0]].terms):
            # "King Hassan" is not the prince of that name: a monarch with that regnal name, if one
            regnal = regnal_monarch(d, d.people[chosen[0]].surname, ctx.date, ctx.countries, ctx.text)
            chosen = regnal or chosen
        if chosen:
            idx, term = chosen
            remember_person(ctx, d, idx)
            hint = country
            if role and not hint and cues.orgs and d.orgs[cues.orgs[-1][1]].code.startswith("IGO"):
                hint = d.orgs[cues.orgs[-1][1]].code  # "Arab League Secretary-General ...": the IGO's officer
            elif not hint and cues.orgs and d.orgs[cues.orgs[-1][1]].code.startswith("IGO") \
                    and cues.orgs[-1][0].end <= cues.people[-1][0].start:
                # "U.N. mediator X", "UN envoy X": a person named as an IGO's agent acts for the IGO (CAMEO
                # codes the role), unless the data knows an office of theirs on the date
                hint = d.orgs[cues.orgs[-1][1]].code
            return person_actor(d, idx, term, ctx, start, end, text, "dictionary", country_hint=hint,
                                title=role, cue_sector=sector)
        latest = _latest_country(d, candidates) if sector and head_is_name else None
        if latest and not _shared_leader_country(d, candidates):
            # "rebel leader Riek Machar" out of office: the title's sector, his latest office's country
            return Actor(start, end, text, code=code_for(d, latest, sector), country=latest, sector=sector,
                         name=d.people[candidates[0]].name, resolved_by="surname", role_date=ctx.date)
        shared = _shared_leader_country(d, candidates)
        if shared and (sector or role):
            # "the Bush administration": several leaders share the name but all led one country
            own = sector or "GOV"
            return Actor(start, end, text, code=code_for(d, shared, own), country=shared, sector=own,
                         resolved_by="surname", role_date=ctx.date)
        return Actor(start, end, text)  # several people share the name and nothing tells them apart

    if cues.orgs:
        hit, idx = cues.orgs[-1]
        org = d.orgs[idx]
        # a sector noun inside the organisation's own name ("European Community") is not the phrase's sector
        outside = [h for h in cues.sectors if not (hit.start <= h.start and h.end <= hit.end)]
        sector = outside[-1].value if outside else None
        if country and org.country and len(org.country) == 3 and org.country != country \
                and org.kind in ("organ", "group") and org.sector \
                and cues.countries[0][0].end <= hit.start:
            # "Rwanda's Senate", "the Philippine Congress", "Palestinian Islamic Jihad": an organ or group of
            # the country the phrase names before it
            inner = [h for h in cues.sectors if hit.start <= h.start and h.end <= hit.end]
            own = sector or (inner[-1].value if inner else org.sector)
            return Actor(start, end, text, code=code_for(d, country, own), country=country, sector=own,
                         resolved_by=how_country, role_date=ctx.date)
        if country and org.code.startswith("IGO") and cues.countries[0][0].end <= hit.start \
                and any(h.value == "GOV" and h.start > hit.start for h in cues.sectors) \
                and _DIPLOMATS.intersection(text.lower().split()):
            # "Sudan's U.N. ambassador", "Russia's UN envoy": the country's diplomat at the organisation
            return Actor(start, end, text, code=code_for(d, country, "GOV"), country=country, sector="GOV",
                         resolved_by=how_country, role_date=ctx.date)
        if role and org.code.startswith("IGO") and not plural:
            holder = d.holder(org.code, role, ctx.date) or d.holder(org.code[:6], role, ctx.date)
            if holder:
                remember_person(ctx, d, holder[0])
                return person_actor(d, holder[0], holder[1], ctx, start, end, text, "title")
        org_sector = org.sector or (sector if sector not in (None, "GOV") else None)
        name = org.name.title() if org.name.isupper() and len(org.name) > 6 else org.name
        if org.kind in ("media", "organ") or (org.country and len(org.country) == 3
                                              and not org.code.startswith(("IGO", "NGO", "IMG"))):
            return Actor(start, end, text, code=org.code, country=org.country, sector=org.sector or None,
                         name=name, resolved_by="dictionary", role_date=ctx.date)
        code = org.code + (org_sector if org_sector and not _coded_sector(org.code, org_sector) else "")
        return Actor(start, end, text, code=code, country=org.country, sector=org_sector, name=name,
                     resolved_by="dictionary", role_date=ctx.date)

    if country and role:
        holder = None if plural else d.holder(country, role, ctx.date)
        if holder:
            idx, term = holder
            remember_person(ctx, d, idx)
            return person_actor(d, idx, term, ctx, start, end, text, "title")
        return Actor(start, end, text, code=code_for(d, country, "GOV"), country=country, sector="GOV",
                     role=None if role == "leader" or plural else role, resolved_by="title",
                     role_date=ctx.date)

    if country:
        if sector:
            return Actor(start, end, text, code=code_for(d, country, sector), country=country, sector=sector,
                         resolved_by=how_country, role_date=ctx.date)
        if cues.seat_sector:
            return Actor(start, end, text, code=code_for(d, country, cues.seat_sector), country=country,
                         sector=cues.seat_sector, resolved_by=how_country, role_date=ctx.date)
        return Actor(start, end, text, code=code_for(d, country, None), country=country,
                     resolved_by=how_country, role_date=ctx.date)

    if cues.regions:
        region = cues.regions[-1][1]
        sector = sector or ("GOV" if role else None)
        return Actor(start, end, text, code=region + (sector or ""), country=region, sector=sector,
                     resolved_by="dictionary", role_date=ctx.date)

    if role and plural:
        return Actor(start, end, text)  # "world leaders" after "King Abdullah": not him
    if role:
        for prev in reversed(ctx.actors):
            if prev.resolved and (prev.role == role or (role == "leader" and prev.role in (
                    "head_of_state", "head_of_government", "supreme_leader"))):
                return Actor(start, end, text, code=prev.code, country=prev.country, sector=prev.sector,
                             name=prev.name, role=prev.role, resolved_by="coreference", role_date=prev.role_date)
        if head_is_name:  # "President Mugabe": the holder of that office with that surname on the date
            return _or_misspelt(d, ctx, resolve_surname(d, ctx, start, end, text, role=role), role)
        return Actor(start, end, text)

    if head_is_name:
        return _or_misspelt(d, ctx, resolve_surname(d, ctx, start, end, text), None)
    return Actor(start, end, text)


# Words for a country's diplomats posted to an organisation ("Sudan's U.N. ambassador").
_DIPLOMATS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission",
                        "ambassadors", "envoys", "representatives", "delegates"})


def _coded_sector(code: str, sector: str) -> bool:
    """Whether a CAMEO code already carries `sector` as one of its three-letter parts after the first
    ("IGOJUDICC", the International Criminal Court: IGO + JUD + ICC; "IGOUNOJUDICJ"): appending it again
    would give "IGOJUDICCJUD"."""
    return any(code[k:k + 3] == sector for k in range(3, len(code) - 2, 3))


def _or_misspelt(d: ActorDictionary, ctx: Context, actor: Actor, role: str | None) -> Actor:
    """An unresolved full name whose given name is a known person's and whose surname is one typing slip
    from theirs ("Francois Mitterand", "Laurent Gbago") is that person (`resolved_by="spelling"`)."""
    if actor.resolved:
        return actor
    words = norm(actor.text).replace("-", " ").split()
    # the given name may follow titles ("President Francois Mitterand"); it is the word before the surname
    # or one more back (a middle name or initial)
    idx = near_person(d, words[-2:]) if len(words) >= 2 else None
    if idx is None and len(words) >= 3:
        idx = near_person(d, [words[-3], words[-1]])
    if idx is None:
        return actor
    remember_person(ctx, d, idx)
    terms = [t for t in d.people[idx].terms_at(ctx.date) if trusted(t, ctx.date)]
    if role:
        terms = [t for t in terms if _holds(t, role)] or terms
    return person_actor(d, idx, terms[0] if terms else None, ctx, actor.start, actor.end, actor.text,
                        "spelling", title=role)




def _holds(term: Term, role: str) -> bool:
    return term.role == role or (role == "leader" and term.role in LEADER_ROLES)


def resolve_surname(d: ActorDictionary, ctx: Context, start: int, end: int, text: str,
                    role: str | None = None) -> Actor:
    """A short name: someone named earlier in the article, else the unique office holder with that surname.

    With a title (`role`, from "President Mugabe") the last word is read as a surname even after unknown
    given names, but only holders of that office on the date qualify.
    """
    words = norm(text).replace("-", " ").split()
    if not words:
        return Actor(start, end, text)
    if role:
        return _titled_surname(d, ctx, start, end, text, norm(text).split()[-1], role)
    for w in (words[-1], words[0]):
        idx = ctx.people.get(w)
        if idx is not None:
            p = d.people[idx]
            terms = [t for t in p.terms_at(ctx.date) if trusted(t, ctx.date)]
            actor = person_actor(d, idx, terms[0] if terms else None, ctx, start, end, text, "coreference")
            return as_first_named(actor, ctx.actors)
    if len(words) > 1:
        return Actor(start, end, text)  # a full name the dictionary does not know
    prev = named_before(d, ctx.actors, text)  # "Foreign minister Abbas Araqchi ... Araqchi": coref.py
    if prev is not None:
        return as_named_before(prev, start, end, text)
    candidates, held = [], []
    for idx in d.surnames.get(words[0], ()):
        if given_first(d, idx, words[0]):
            continue  # "Lawrence" alone is not Lawrence Wong
        terms = [t for t in d.people[idx].terms_at(ctx.date) if trusted(t, ctx.date)]
        if terms and terms[0].source != "phoenix":
            candidates.append((idx, terms[0]))
            held.append((idx, [t for t in terms if t.source != "phoenix"]))
    if len(candidates) > 1 and ctx.countries:
        in_ctx = [c for c in candidates if c[1].country in ctx.countries]
        candidates = in_ctx or candidates
    if len(candidates) > 1:
        # namesakes in office on the date: the one in the highest office, if one outranks the others
        top = highest_office([h for h in held if h[0] in {c[0] for c in candidates}])
        candidates = [top] if top else candidates
    if len(candidates) == 1:
        idx, term = candidates[0]
        remember_person(ctx, d, idx)
        return person_actor(d, idx, term, ctx, start, end, text, "surname")
    if not candidates:
        # "Lavrov said": a sitting office holder whose open term the data no longer vouches for (guarded,
        # see surnames.py); the office's country and sector, no role, as the full name would get
        idx = stale_holder(d, words[0], ctx.date)
        if idx is not None:
            remember_person(ctx, d, idx)
            return person_actor(d, idx, None, ctx, start, end, text, "surname")
    return Actor(start, end, text)


def is_person_like(a: Actor) -> bool:
    return a.resolved and (a.name is not None or a.role is not None) and not a.members


def _titled_surname(d: ActorDictionary, ctx: Context, start: int, end: int, text: str, last: str,
                    role: str) -> Actor:
    keys = {last, last.removeprefix("al-").removeprefix("el-"), "al-" + last}
    keys |= {k.replace("-", " ").split()[-1] for k in keys if k}
    found: dict[int, Term] = {}
    for key in keys:
        for idx in d.surnames.get(key, ()):
            for t in d.people[idx].terms_at(ctx.date):
                if _holds(t, role) and trusted(t, ctx.date):
                    found.setdefault(idx, t)
                    break
    candidates = list(found.items())
    if len(candidates) > 1 and ctx.countries:
        candidates = [c for c in candidates if c[1].country in ctx.countries] or candidates
    if len(candidates) == 1:
        idx, term = candidates[0]
        remember_person(ctx, d, idx)
        return person_actor(d, idx, term, ctx, start, end, text, "title")
    if candidates:
        return Actor(start, end, text)
    # Nobody of that name held the office on the date (archive text with an unknown or default date): one
    # and only one person of that name who ever held it gives the country, with the title's sector.
    ever = {idx: t for key in keys for idx in d.surnames.get(key, ()) for t in d.people[idx].terms
            if _holds(t, role)}
    if len(ever) != 1:
        shared = {t.country for t in ever.values()}
        if len(shared) == 1:
            # "President Bush": two holders of the office, one country
            country = shared.pop()
            return Actor(start, end, text, code=code_for(d, country, "GOV"), country=country, sector="GOV",
                         resolved_by="title", role_date=ctx.date)
        return Actor(start, end, text)
    idx, term = next(iter(ever.items()))
    remember_person(ctx, d, idx)
    return Actor(start, end, text, code=code_for(d, term.country, "GOV"), country=term.country, sector="GOV",
                 name=d.people[idx].name, resolved_by="title", role_date=ctx.date)
