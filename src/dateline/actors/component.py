"""Pipeline stage `actors`: finds actor mentions in the parse and resolves them as of the article's date.

Candidate mentions are noun chunks (with their possessors: "Ukraine's foreign ministry"), named entities
outside any chunk, and personal pronouns. A chunk becomes a mention when a dictionary hit covers its head
or its head is an office/sector/group noun; "Chinese exports" is not an actor. Then, in order:

1. each chunk is resolved on its own (resolve.compose), coordinated modifiers giving one actor per
   conjunct ("Hungarian and Romanian officials" -> HUNGOV, ROUGOV);
2. an unresolved agent noun takes its country from an attached phrase ("a spokesperson for China's
   Foreign Ministry");
3. group phrases ("both sides", "the two leaders") take the last two parties named;
4. pronouns take the latest fitting actor in the same paragraph, and a state body a pronoun owns ("his
   government", "its army") that actor's country (owners.py);
5. unnamed groups ("insurgents", "police", "protesters") with no country of their own take the article's
   country (the dateline city's, else the one its actors name most), marked `resolved_by="context"`;
6. definite descriptions ("the group", "the bloc") take the named actor they refer back to (descriptions.py);
7. unknown spokespeople speak for the institution just named ("the foreign ministry ... Spokeswoman X")
   (spokespeople.py).

A phrase whose head is not an actor still yields its owner and modifiers as actors ("Russia's offensive"
-> Russia, "Israeli shelling" -> Israeli, "Modi's visit" -> Modi), so the coder can find them with
`lookup.actor_at` instead of parsing again.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from spacy.tokens import Span

from ..config import Settings
from ..model import Actor, Article, Mention
from ..pipeline import component
from .data import ActorDictionary, load_dictionary, norm
from ..nlp_cache import TokenTable, entities, sent_range, tokens
from ..nlp_spans import span_root
from .assets import asset_actor
from .candidates import article_chunks, candidate_spans as _candidate_spans
from .match import (Hit, folded_lemmas, folded_tokens, join_split_names, lexicon_ends, match_lexicon,
                    match_tokens)
from .context import CONTEXT_SECTORS, minority_home, resolve_from_context
from .counterparts import counterpart_actor
from .coref import resolve_bare_names, with_trailing_name
from .courts import resolve_courts
from .descriptions import resolve_descriptions
from .headline_nouns import UNIT_HEADS, headline_common, headline_lines, headline_noun
from .groups import group_members, resolve_late_groups
from .institutions import resolve_institutions
from .titled import resolve_titled, titled_sector
from .located import ATTACH_PREPS, NO_COUNTRY, TRAVELLERS, attachment as _attachment, placed_in
from .spokespeople import resolve_spokespeople
from .surnames import noun_surname
from .places import EVENT_NOUNS, FACILITIES, border_place, real_place
from .modifiers import LANGUAGE_NOUNS, country_head_over_org, stance_hit, stance_words
from .owners import owned_actor, person_owned
from .resolve import PLURAL_PRONOUNS, SINGULAR_PRONOUNS, Context, Cues, code_for, collect, compose, is_person_like

log = logging.getLogger(__name__)

__all__ = ["make_actors_stage", "resolve_article", "article_date"]

# Military hardware nouns name no people; "tanks shelled the town" does not say whose.
EQUIPMENT = frozenset({"tank", "aircraft", "helicopter", "gunship", "drone", "warship", "warplane", "jet",
                       "bomber", "artillery"})
# Modifiers that say a group is not the article country's own ("a regional peacekeeping force", "foreign
# troops", "international monitors"): such a group takes no country from context.
NOT_LOCAL = frozenset({"regional", "international", "multinational", "foreign", "allied", "overseas"})
COUNT_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "several", "some", "many"})
_PRONOUNS = SINGULAR_PRONOUNS | PLURAL_PRONOUNS


def article_date(article: Article) -> str:
    """The date roles are looked up for: published, else the dateline's date, else today."""
    if article.published_date:
        return article.published_date.isoformat()
    if article.dateline is not None and article.dateline.date:
        return article.dateline.date[:10]
    return dt.date.today().isoformat()


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def resolve_article(article: Article, d: ActorDictionary) -> None:
    """Fill `article.mentions` and `article.actors` from `article.doc`."""
    doc = article.doc
    table = tokens(article)
    folded = folded_tokens(table, article.scratch)
    lemmas = folded_lemmas(table, article.scratch)
    ends = lexicon_ends(d, folded, lemmas, article.scratch)
    ctx = Context(date=article_date(article), text=article.text)
    paragraphs = _paragraph_starts(article.text)
    out: list[tuple[Mention, Actor, Any]] = []
    pending_attach: list[tuple[int, list]] = []
    pending_context: list[tuple[int, str]] = []
    pending_residence: list[tuple[int, bool]] = []
    pending_titled: list[tuple[int, str, int, bool]] = []
    pending_groups: list[tuple[int, int]] = []
    pending_pronouns: list[tuple[int, str]] = []
    ent_labels = table.ent
    headlines = headline_lines(article)

    # Token attributes come from the table (t_*) and character offsets from its idx column: `doc[i]`,
    # `span.root` and `span.start_char` build Python objects per call, and this loop runs per candidate.
    t_text, t_pos, t_tag, t_idx = table.text, table.pos, table.tag, table.idx
    candidates = _candidate_spans(doc, article.body_start, table, entities(article),
                                  article_chunks(article, table))
    spans = join_split_names(d, table, folded, candidates)
    for start, end, label in spans:
        head_i = span_root(table, start, end)
        if start >= 2 and table.lower[start - 1] == "of" and table.lower[start - 2] in _WATERS:
            continue  # "the Gulf of Oman", "the Sea of Japan": a body of water, not the country
        if table.lower[end - 1] in _OPEN_WATERS and end - start > 1:
            continue  # "the South China Sea", "the Indian Ocean": a body of water, not the country
        span_start, span_end = t_idx[start], t_idx[end - 1] + len(t_text[end - 1])
        # (most phrases have no hit: the filters below are skipped for them, each a call per phrase)
        hits = match_tokens(d, table, folded, start, end)
        hits = [h for h in hits if not stance_hit(table.lower, h)] if hits else hits
        lex = match_lexicon(d, lemmas, folded, start, end, ends)
        head_lex = [h for h in lex if h.start <= head_i < h.end] if lex else []
        head_hit = [h for h in hits if h.start <= head_i < h.end] if hits else []
        is_pron = end - start == 1 and t_tag[head_i] == "PRP" and table.lower[head_i] in _PRONOUNS
        group = group_members(d, ctx, table.lower[start:end], lemmas[head_i], table.lemma[head_i],
                              doc, head_i) if not head_hit else None
        surname_noun = not head_hit and noun_surname(d, table, folded, start, end, label)  # "Guterres said"
        if not (head_hit or head_lex or is_pron or group is not None or t_pos[head_i] == "PROPN"
                or label in ("PERSON", "ORG", "GPE", "NORP") or surname_noun):
            twin = counterpart_actor(d, ctx, doc, hits, head_i, article.text) if hits else None
            if twin is not None:  # "his Turkish counterpart": the same office, the other country
                mention = Mention(twin.start, twin.end, twin.text, "NOUN")
                out.append((mention, twin, Span(doc, start, end)))
                ctx.actors.append(twin)
                continue
            # "on the Cameroon border", "near the Sudanese frontier": where, not who (but a possessor owns the
            # border: "towns near Ghana's border with Togo" are Ghana's)
            border = border_place(table, head_i)
            # "Russia's offensive", "Israeli shelling", "a U.S. request": the owner or modifier is the actor
            for s_tok, e_tok in _modifier_spans(table, hits, lex, start, head_i):
                if border and t_tag[e_tok] != "POS":
                    continue
                if lemmas[head_i] in LANGUAGE_NOUNS and e_tok == head_i:
                    continue  # "the Russian language": a language, not the country (its owner still counts)
                sub_hits = [h for h in hits if s_tok <= h.start and h.end <= e_tok]
                sub_lex = [h for h in lex if s_tok <= h.start and h.end <= e_tok]
                sub_label = ent_labels[e_tok - 1]
                last_i = e_tok - 1
                if not (sub_hits or sub_lex or t_pos[last_i] == "PROPN"):
                    continue
                sub = Span(doc, s_tok, e_tok)
                covers_last = any(h.start <= last_i < h.end for h in [*sub_hits, *sub_lex])
                is_name = sub_label == "PERSON" or (t_pos[last_i] == "PROPN" and not covers_last)
                sub_start, sub_end = t_idx[s_tok], t_idx[last_i] + len(t_text[last_i])
                sub_text = article.text[sub_start:sub_end]
                actor = compose(d, collect(d, sub_hits, sub_lex, ctx, sub_label), ctx, sub_start,
                                sub_end, sub_text, is_name)
                if actor.resolved_by == "metonym" and lemmas[head_i] in EVENT_NOUNS:
                    # "the Nairobi bombings", "the Madrid talks": the city is the place, not an actor; it still
                    # tells what country the story is about
                    ctx.places.append(actor.country)
                    continue
                asset = asset_actor(d, table, actor, e_tok, start, head_i, article.text, ctx.date)
                if asset is not None:  # "the Philippine ship", "Azerbaijani positions" (assets.py)
                    out.append((Mention(asset.start, asset.end, asset.text, "NOUN"), asset, sub))
                    ctx.actors.append(asset)
                    ctx.countries.add(asset.country)
                    continue
                if not actor.resolved and not sub_hits and sub_lex and sub_lex[-1].kind == "sector":
                    # "an army convoy": the story's army
                    pending_context.append((len(out), sub_lex[-1].value))
                out.append((Mention(sub_start, sub_end, sub_text, sub_label or "MOD"), actor, sub))
                ctx.actors.append(actor)
                if t_pos[last_i] == "ADJ" or t_tag[last_i] == "JJ" or sub_label == "NORP":
                    ctx.modifiers.add(actor.start)
                if actor.country:
                    ctx.countries.add(actor.country)
            continue
        span = Span(doc, start, end)  # built only for phrases that become mentions (out keeps it)
        kind = label or ("PRON" if is_pron else "NOUN")
        text = article.text[span_start:span_end]
        mention = Mention(span_start, span_end, text, kind)
        if is_pron:
            actor = _resolve_pronoun(ctx, table.lower[head_i], paragraphs, span_start, span_end, text)
            pending_pronouns.append((len(out), table.lower[head_i]))
            out.append((mention, actor, span))
            ctx.actors.append(actor)
            continue
        if group is not None:
            actor = Actor(span_start, span_end, text, members=group,
                          resolved_by="group" if group else None, role_date=ctx.date if group else None)
            # parties named before may get their country from context below ("the army ... the rebels"):
            # ask again then, whether or not the phrase found parties now
            pending_groups.append((len(out), head_i))
            out.append((mention, actor, span))
            ctx.actors.append(actor)
            continue
        if not head_hit and not head_lex and t_text[head_i][:1].isupper() and lemmas[head_i] in FACILITIES:
            continue  # "the Europe Bridge", "Kabul Airport": a named structure, not the place's actor
        if t_pos[head_i] == "PROPN" and not head_hit:
            # A known name inside an unknown one ("Omar Hassan al-Bashir") is not that person.
            hits = [h for h in hits if not all(e.kind == "person" for e in h.entries)]
        cues = collect(d, hits, lex, ctx, label)
        country_head_over_org(cues, head_i)
        if not hits and (label in ("GPE", "LOC", "NORP", "") or (label == "ORG" and end - start == 1)):
            _misspelt_country(d, span, folded, cues)
        conjuncts = _coordinated(cues, table, head_i)
        if conjuncts:
            for hit, iso3, how in conjuncts:
                sub = cues.__class__(countries=[(hit, iso3, how)], sectors=cues.sectors, titles=cues.titles)
                s_char, e_char = t_idx[hit.start], t_idx[hit.end - 1] + len(t_text[hit.end - 1])
                actor = compose(d, sub, ctx, s_char, e_char, article.text[s_char:e_char], False)
                out.append((Mention(s_char, e_char, actor.text, kind), actor, span))
                ctx.actors.append(actor)
                if actor.country:
                    ctx.countries.add(actor.country)
            continue
        head_is_name = label == "PERSON" or surname_noun or (
            t_pos[head_i] == "PROPN" and not head_hit and not head_lex)
        actor = compose(d, cues, ctx, span_start, span_end, text, head_is_name,
                        plural=t_tag[head_i] in ("NNS", "NNPS"))
        if label == "PERSON" and not head_hit and not head_lex and (hits or lex):
            actor = with_trailing_name(actor, table, [h.end for h in (*hits, *lex)], head_i)
        if actor.resolved_by == "demonym" and actor.sector is None and head_hit \
                and t_text[head_i].endswith("s") \
                and any(table.like_num[k] or table.lower[k] in COUNT_WORDS for k in range(start, end)):
            # "more than 100 Palestinians", "thousands of Nigerians": people counted are civilians
            actor = Actor(actor.start, actor.end, actor.text, code=code_for(d, actor.country, "CVL"),
                          country=actor.country, sector="CVL", resolved_by="demonym", role_date=ctx.date)
        if not actor.resolved and head_lex and head_lex[-1].kind == "sector" and not (
                cues.countries or cues.orgs or cues.people or cues.regions):
            # "his government", "its army": the country of the actor the pronoun points back to (owners.py)
            para_start = max(p for p in paragraphs if p <= span_start)
            actor = owned_actor(ctx, d, doc[head_i], head_lex[-1].value, para_start, span_start, span_end,
                                text) or actor
        if not actor.resolved and head_lex and head_lex[-1].kind == "sector" and not (cues.countries or cues.orgs):
            # "Machar's forces": the forces of a person named before (owners.py)
            actor = person_owned(ctx, doc[head_i], head_lex[-1].value, span_start, span_end, text, d) or actor
        ethnic = actor.resolved_by == "demonym" and any(
            h.start > start and table.lower[h.start - 1] == "ethnic" for h in hits)
        if ethnic or (actor.resolved_by == "demonym" and t_tag[head_i] in ("NNPS", "NNS")
                      and any(e.kind == "adj" for h in head_hit for e in h.entries)):
            pending_residence.append((len(out), ethnic))
        if head_lex and (not actor.resolved or actor.resolved_by == "coreference"):
            # "the president of Armenia": the attached country beats the last president named
            pending_attach.append((len(out), head_lex))
            sector = head_lex[-1].value if head_lex[-1].kind == "sector" else None
            # a capitalised head inside a sentence is part of a name ("the Great Hall of the People")
            # "use force", "by force", "excessive force": singular "force" with no determiner, possessor or
            # compound is a mass noun, no armed group
            mass = table.lemma[head_i].lower() == "force" and t_tag[head_i] == "NN" \
                and not any(c.dep_ in ("det", "poss", "compound", "nummod") for c in doc[head_i].children)
            if (sector in CONTEXT_SECTORS and table.lemma[head_i].lower() not in EQUIPMENT and not mass
                    and (t_text[head_i].islower() or _sentence_initial(doc[head_i])
                         or headline_noun(table, headlines, lex, hits, start, head_i))
                    and not NOT_LOCAL.intersection(table.lower[start:head_i])
                    and not (cues.countries or cues.orgs or cues.people or cues.regions)):
                pending_context.append((len(out), sector))
        titled = None if actor.resolved or not head_is_name or cues.countries or cues.orgs or cues.people \
            or cues.regions or headline_common(table, headlines, head_i) \
            else titled_sector(table, lex, start, head_i)
        if titled is not None:  # "Opposition leader <unknown name>": the title's sector, the story's country
            pending_titled.append((len(out), *titled))
        if not actor.resolved and label != "PERSON" and not (pending_context and pending_context[-1][0] == len(out)) \
                and not (cues.countries or cues.orgs or cues.people or cues.regions):
            # "the rebel RUF", "the fundamentalist Umma party": a name we do not know, introduced by a
            # lower-case group noun, is a group of that sector acting in the article's country
            intro = [h for h in lex if h.end <= head_i and h.kind == "sector" and t_text[h.start].islower()]
            if intro and intro[-1].value in CONTEXT_SECTORS and any(
                    t_pos[k] == "PROPN" for k in range(intro[-1].end, head_i + 1)):
                pending_context.append((len(out), intro[-1].value))
        out.append((mention, actor, span))
        ctx.actors.append(actor)
        if actor.country:
            ctx.countries.add(actor.country)

    for i, head_lex in pending_attach:
        mention, actor, span = out[i]
        if NO_COUNTRY.intersection(table.lower[span.start:span.root.i]):
            continue
        if span.root.lower_ in TRAVELLERS:  # "the two delegations in Doha": where they meet, not whose
            attached = _attachment(out, span, ATTACH_PREPS - {"in", "at"})
        else:
            attached = _attachment(out, span) or placed_in(d, out, span, head_lex)
        if attached is not None:
            # "a spokesperson for China's Foreign Ministry", "protesters in Nairobi", "the president of
            # Armenia": the attached country with the head's own sector or office
            end = max(span.end_char, attached.end)
            text = article.text[span.start_char:end]
            cues = Cues(countries=[(head_lex[0], attached.country, "attachment")],
                        titles=[h for h in head_lex if h.kind == "title"],
                        sectors=[h for h in head_lex if h.kind == "sector"])
            out[i] = (mention, compose(d, cues, ctx, span.start_char, end, text, False,
                                       plural=span.root.tag_ in ("NNS", "NNPS")), span)
    for i, ethnic in pending_residence:
        # "Albanians in southern Serbia", "the Kurds of Iraq": a people named with the country they live in
        # is coded by that country, as CAMEO codes ethnic minorities by residence; "ethnic Albanians" with no
        # such phrase live in the country the article is about, when that is another one
        mention, actor, span = out[i]
        home = _attachment(out, span, ("in", "of"))
        country = home.country if home is not None else None
        if country is None and ethnic:
            country = minority_home(article, d, out, i)
        if country and country != actor.country and country in d.countries:
            end = max(span.end_char, home.end) if home is not None else actor.end
            out[i] = (mention, Actor(actor.start, end, article.text[actor.start:end],
                                     code=code_for(d, country, actor.sector), country=country,
                                     sector=actor.sector, resolved_by="residence", role_date=ctx.date), span)
    resolve_from_context(article, d, out, pending_context, ctx)
    if pending_pronouns and pending_context:
        # "the army shelled ... and the rebels said they": the rebels have their country only now
        _re_resolve_pronouns(ctx, out, pending_pronouns, paragraphs)
    resolve_courts(article, d, out, pending_attach, ctx)
    resolve_institutions(article, d, out, pending_attach, ctx)
    resolve_titled(article, d, out, pending_titled, ctx)
    resolve_bare_names(d, out, article.text)
    resolve_descriptions(article, d, out)
    resolve_spokespeople(article, out)
    if pending_pronouns:
        # "A spokesman for the group said ... He accused ...": pronouns still unresolved, against the people
        # the late passes (spokespeople, titles, surnames) resolved
        # (found afresh: the passes above may have added entries, which moves the indices)
        _re_resolve_pronouns(ctx, out, [(k, a.text.lower()) for k, (m, a, _) in enumerate(out)
                                        if m.kind == "PRON" and not a.resolved and a.text.lower() in _PRONOUNS],
                             paragraphs, past_places=True)
    if pending_groups:
        resolve_late_groups(d, ctx, out, pending_groups, table, lemmas)
    article.mentions.extend(m for m, _, _ in out)
    article.actors.extend(a for _, a, _ in out)


def _misspelt_country(d: ActorDictionary, span: Any, folded: list[str], cues: Cues) -> None:
    """A misspelt country ("Ethopia", "the Phillippines military"): a capitalised word of the phrase one
    typing slip from exactly one known country name or demonym becomes the phrase's country cue."""
    for tok in span:
        if tok.pos_ == "PROPN" and len(tok.text) >= 6 and tok.text[0].isupper() and tok.text.isalpha() \
                and not stance_words([t.lower_ for t in tok.doc[max(tok.i - 2, 0):tok.i + 3]],
                                      min(tok.i, 2), min(tok.i, 2) + 1):
            word = folded[tok.i]
            if word in d.surnames:
                continue  # a real surname ("Ghanem"), not a slip
            iso3 = d.near_country(word) or (d.near_country(word[:-1]) if word.endswith("s") else None)
            if iso3 and real_place(tok.text):
                continue  # "Fujian" is a Chinese province, not a slip for "Fijian"
            if iso3:
                cues.countries.append((Hit(tok.i, tok.i + 1, ()), iso3, "spelling"))
                return


def _modifier_spans(t: TokenTable, hits: list, lex: list, start: int, head_i: int) -> list[tuple[int, int]]:
    """Token ranges inside a non-actor phrase that may name actors: the possessor before "'s" ("the Russian
    government's refusal"), and each dictionary hit before the head with the agent nouns right after it
    ("Israeli army bulldozers" -> "Israeli army", "a U.S. request" -> "U.S.")."""
    out: list[tuple[int, int]] = []
    i = start
    for k in range(start, head_i):
        if t.tag[k] == "POS" and k > i:
            out.append((i, k))
            i = k + 1
    lex_at = {h.start: h for h in lex}
    hit_at = {h.start: h for h in hits}
    taken = -1
    for h in hits:
        if h.start < i or h.end > head_i or h.start < taken:
            continue
        end = h.end
        nxt = hit_at.get(end)
        if nxt is not None and nxt.end <= head_i and any(e.kind == "org" for e in nxt.entries) \
                and any(e.kind in ("country", "adj") for e in h.entries):
            end = taken = nxt.end  # "a Palestinian Islamic Jihad statement": one actor, PSE's group
        while end in lex_at and lex_at[end].end <= head_i:
            end = lex_at[end].end
        out.append((h.start, end))
    if not out and t.lemma[head_i].lower() in UNIT_HEADS:
        # "an army convoy", "a police patrol": the force the vehicle or post belongs to is who is hit
        out.extend((h.start, h.end) for h in lex if h.end == head_i and h.kind == "sector"
                   and h.value in ("MIL", "COP") and t.text[h.start].islower())
    return out


def _sentence_initial(tok: Any) -> bool:
    """First word of its sentence (after spaces of a blanked header or an opening quote)."""
    return all(t.is_space or t.is_punct for t in tok.doc[sent_range(tok)[0]:tok.i])


def _coordinated(cues, t: TokenTable, head_i: int) -> list:
    """Two or more country modifiers joined by 'and' before an agent head: one actor per conjunct."""
    if len(cues.countries) < 2 or cues.people or cues.orgs:
        return []
    if any(h.start <= head_i < h.end for h, _, _ in cues.countries):
        return []
    if not (cues.sectors or cues.titles):
        return []
    first, last = cues.countries[0][0].start, cues.countries[-1][0].end
    between = set(t.lower[first:last])
    if not between & {"and", ",", "&", "or"}:
        return []
    return cues.countries


_WATERS = frozenset({"gulf", "sea", "bay", "strait", "straits"})
# Waters named after a country ("the East China Sea"); not "Gulf", which also names the Gulf states.
_OPEN_WATERS = frozenset({"sea", "ocean", "strait", "straits"})
_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
_SENTENCE_END = re.compile(r"[.!?][\"')]*\s")


def _re_resolve_pronouns(ctx: Context, out: list, pending: list[tuple[int, str]], paragraphs: list[int],
                         past_places: bool = False) -> None:
    """Pronouns resolved again, in text order, against the actors as context resolution left them.
    `past_places`: an unresolved place name between the antecedent and the pronoun ("an army spokesman in
    Jammu said. He ...") does not block, as no place is "he"."""
    for i, lower in pending:
        mention, actor, span = out[i]
        now = Context(date=ctx.date, text=ctx.text, modifiers=ctx.modifiers)
        now.actors = [a for _, a, _ in out[:i]]
        again = _resolve_pronoun(now, lower, paragraphs, actor.start, actor.end, actor.text)
        if not again.resolved or again.code == actor.code:
            continue
        source = next(((a, sp) for _, a, sp in reversed(out[:i]) if a.code == again.code
                       and a.end <= actor.start), None)
        # only a subject that context resolved late ("the rebels said they ..."), not an object ("backed the
        # killing of security officers ... said they"), nor past a group the dictionary does not know
        if source is None or source[1].root.dep_ not in ("nsubj", "nsubjpass") or any(
                not a.resolved and source[0].end <= a.start and not (past_places and m.kind in _PLACE_KINDS)
                for m, a, _ in out[:i]):
            continue
        out[i] = (mention, again, span)


def _resolve_pronoun(ctx: Context, lower: str, paragraphs: list[int], start: int, end: int,
                     text: str) -> Actor:
    para_start = max(p for p in paragraphs if p <= start)
    plural = lower in PLURAL_PRONOUNS
    before = [a for a in ctx.actors if a.start >= para_start and a.resolved and a.end <= start]
    if plural and len(before) >= 2 and ctx.text[before[-2].end:before[-1].start].strip() in ("and", ",", ", and") \
            and not _SENTENCE_END.search(ctx.text, before[-1].end, start):
        # "Sudan and Chad said they ...": both conjuncts, which one actor cannot hold; the coder reads the
        # pair off the parse (coding.anaphora.pronoun_antecedents)
        return Actor(start, end, text)
    lead = None if plural or not text[:1].isupper() else _sentence_lead(ctx, para_start, start)
    for prev in ([lead] if lead is not None else reversed(ctx.actors)):
        if prev.start < para_start:
            break
        if not prev.resolved or prev.end > start:
            continue
        if plural:
            # "rejected a Senegalese plan and said they ...": a nationality adjective names no group
            fits = prev.start not in ctx.modifiers and (bool(prev.members) or (
                prev.sector is not None and prev.name is None) or (prev.name is None and prev.role is None))
        else:
            # a name after "the" with no office is an institution's ("the Kremlin"), no "he" or "she"; "the UN
            # envoy" ends in a common noun, a person's office
            institution = prev.role is None and prev.text.split()[-1][:1].isupper() \
                and ctx.text[max(prev.start - 4, 0):prev.start].lower() == "the "
            fits = (is_person_like(prev) and not institution) or prev.resolved_by == "spokesperson"
        if fits:
            return Actor(start, end, text, code=prev.code, country=prev.country, sector=prev.sector,
                         name=prev.name, role=prev.role, resolved_by="pronoun", role_date=prev.role_date,
                         members=prev.members)
    return Actor(start, end, text)


_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?")


def _sentence_lead(ctx: Context, para_start: int, start: int) -> Actor | None:
    """The person who opens the sentence before a sentence-initial "He"/"She", when that sentence names
    two or more people: "EU envoy X met Vucic ... and Kurti ... He said": the subject carries on, not the
    last person named. None otherwise (the latest fitting actor rule then applies)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, para_start, start)]
    if not ends or ctx.text[ends[-1]:start].strip():
        return None
    sent_start = ends[-2] if len(ends) >= 2 else para_start
    people = [a for a in ctx.actors if sent_start <= a.start and a.end <= ends[-1] and is_person_like(a)]
    if len({a.code for a in people}) < 2 or not _LEAD.fullmatch(ctx.text[sent_start:people[0].start]):
        return None
    return people[0]


@component("actors", requires=["doc", "sentences"], assigns=["mentions", "actors"])
def make_actors_stage(settings: Settings):
    user_file = settings.get("actors.user_file") or None
    dictionary = load_dictionary(user_file)

    def run(article: Article) -> None:
        if article.doc is None:
            return
        resolve_article(article, dictionary)

    return run

