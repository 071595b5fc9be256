"""A deterministic synthetic wire-style corpus for benchmarks (our own templates; no real articles).

    python bench/corpus.py --articles 1000 --words 500 --out /tmp/corpus.jsonl

Each article is a JSONL line `{"id", "text", "published", "source"}`: a wire dateline header
("CAPITAL, Mon D (Newswire) -") and then sentences drawn from templates that exercise every stage: state
actors meeting, accusing and threatening each other, quotes with speech cues, amounts of money, counts and
percentages, relative and absolute dates, and place names. The same `--seed` always gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator

# Countries, their demonyms and capitals are facts (cf. the reference country lists); no text is copied.
COUNTRIES = [
    ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"), ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"),
    ("Brazil", "Brazilian", "Brasilia"), ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"),
    ("Kenya", "Kenyan", "Nairobi"), ("Mexico", "Mexican", "Mexico City"), ("Iran", "Iranian", "Tehran"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Poland", "Polish", "Warsaw"), ("Nigeria", "Nigerian", "Abuja"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Canada", "Canadian", "Ottawa"), ("Italy", "Italian", "Rome"),
]
ROLES = ["foreign minister", "defence minister", "president", "prime minister", "trade minister",
         "ambassador", "interior minister", "finance minister"]
GROUPS = ["officials", "diplomats", "lawmakers", "security forces", "protesters", "state media", "troops"]
SURNAMES = ["Alder", "Brennick", "Castellan", "Dorvan", "Eskildsen", "Farrow", "Galloway", "Hartigan",
            "Ivers", "Jurado", "Kessler", "Lindqvist", "Marlowe", "Navarre", "Okonjo", "Petrescu"]
GIVEN = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jonas", "Kofi",
         "Lena", "Marco", "Nadia", "Omar", "Priya"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

TEMPLATES = [
    "{Dem} {role} {person} met {dem2} counterpart {person2} in {capital} on {weekday} to discuss {topic}.",
    "{Country} accused {country2} of {offence}, the {dem} foreign ministry said in a statement on {weekday}.",
    "\"We will not accept any interference in our internal affairs,\" {person} told reporters in {capital}.",
    "{Country} agreed to provide {money} in {aid} to {country2} over the next {n} years.",
    "{Dem} {group} said at least {count} people were {hurt} in clashes near {city} on {weekday}.",
    "The {dem} government threatened to impose sanctions on {country2} if talks failed by {month} {day}.",
    "{Country} and {country2} signed an agreement on {topic} in {capital} last week.",
    "Trade between the two countries rose {pct} percent in {year} to {money}, according to customs data.",
    "{Dem} {role} {person} called for an immediate ceasefire and urged both sides to return to talks.",
    "{Country} expelled {n} {dem2} diplomats on {weekday}, saying they had engaged in {offence}.",
    "{person}, the {dem} {role}, said {country} was ready to host a summit with {country2} in {month}.",
    "Officials in {capital} denied the report and said {country} had not sent troops to {country2}.",
    "{Dem} {group} detained {count} people after a protest outside the {dem2} embassy in {capital}.",
    "{Country} pledged {money} to rebuild schools and hospitals damaged in the {month} floods.",
    "The talks, the first since {year}, ended without agreement, a {dem} official said on condition of anonymity.",
    "{Country} criticised {country2} for {offence} and summoned its ambassador on {weekday}.",
    "Inflation in {country} slowed to {pct} percent in {month}, the central bank said.",
    "{Dem} {role} {person} is expected to visit {capital2} next month for talks on {topic}.",
]
TOPICS = ["energy cooperation", "border security", "trade tariffs", "grain exports", "a prisoner exchange",
          "climate finance", "nuclear safety", "migration", "fishing rights", "a ceasefire"]
OFFENCES = ["spying", "interfering in its elections", "violating its airspace", "cyber attacks",
            "supporting armed groups", "breaking a trade agreement"]
AIDS = ["humanitarian aid", "loans", "military assistance", "development grants"]
HURT = ["killed", "injured", "wounded", "arrested"]


def _money(rng: random.Random) -> str:
    amount = rng.choice([1.2, 2.5, 3, 4.8, 12, 45, 150, 300, 720])
    unit = rng.choice(["million", "billion"])
    cur = rng.choice(["$", "", ""])
    return f"${amount} {unit}" if cur == "$" else f"{amount} {unit} {rng.choice(['dollars', 'euros', 'yuan'])}"


def _sentence(rng: random.Random, home: tuple[str, str, str], pub: dt.date) -> str:
    c1 = home if rng.random() < 0.5 else rng.choice(COUNTRIES)
    c2 = rng.choice([c for c in COUNTRIES if c != c1])
    fill = {
        "Country": c1[0], "country": c1[0], "Dem": c1[1], "dem": c1[1], "capital": c1[2],
        "country2": c2[0], "dem2": c2[1], "capital2": c2[2], "city": rng.choice(COUNTRIES)[2],
        "role": rng.choice(ROLES), "group": rng.choice(GROUPS),
        "person": f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}",
        "person2": f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}",
        "weekday": WEEKDAYS[(pub.weekday() - rng.randint(0, 3)) % 7], "topic": rng.choice(TOPICS),
        "offence": rng.choice(OFFENCES), "money": _money(rng), "aid": rng.choice(AIDS),
        "n": rng.randint(2, 12), "count": rng.randint(3, 400), "hurt": rng.choice(HURT),
        "month": MONTHS[rng.randint(0, 11)], "day": rng.randint(1, 28), "pct": round(rng.uniform(0.5, 15), 1),
        "year": pub.year - rng.randint(0, 6),
    }
    text = rng.choice(TEMPLATES).format(**fill)
    return text[0].upper() + text[1:]


def article(i: int, *, words: int = 500, seed: int = 7) -> dict:
    """The `i`-th article of the corpus for `seed`: about `words` words of wire-style prose."""
    rng = random.Random(seed * 1_000_003 + i)
    pub = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
    home = rng.choice(COUNTRIES)
    parts: list[str] = []
    n = 0
    while n < words:
        s = _sentence(rng, home, pub)
        parts.append(s)
        n += len(s.split())
    paras = [" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3)]
    header = f"{home[2].upper()}, {MONTHS[pub.month - 1]} {pub.day} (Newswire) - "
    return {"id": f"bench-{seed}-{i:07d}", "text": header + "\n\n".join(paras), "published": pub.isoformat(),
            "source": "Newswire"}


def corpus(n: int, *, words: int = 500, seed: int = 7) -> Iterator[dict]:
    """`n` articles, deterministic for (`words`, `seed`)."""
    for i in range(n):
        yield article(i, words=words, seed=seed)


def write_jsonl(path: str, n: int, *, words: int = 500, seed: int = 7) -> int:
    """Write the corpus to `path` as JSONL; returns the number of words written."""
    total = 0
    with open(path, "w", encoding="utf-8") as f:
        for obj in corpus(n, words=words, seed=seed):
            total += len(obj["text"].split())
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return total


def pipeline_and_articles(n: int, *, words: int = 500) -> tuple:
    """(settings, pipeline, spaCy model, articles read from a fresh corpus of `n` articles) as the stage
    benchmarks use them: the articles come through the same reader as `dateline extract` (headers parsed)."""
    import os
    import tempfile

    from dateline.api_lib import get_pipeline
    from dateline.config import Settings
    from dateline.jobs import iter_inputs
    from dateline.nlp import load_model

    settings = Settings()
    pipe = get_pipeline(settings)
    nlp = load_model(settings.get("nlp.model"))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "corpus.jsonl")
        write_jsonl(path, n, words=words)
        arts = list(iter_inputs([path], settings=settings))
    return settings, pipe, nlp, arts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--words", type=int, default=500, help="about this many words per article")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="-", help="JSONL file (default: stdout)")
    args = ap.parse_args(argv)
    if args.out == "-":
        for obj in corpus(args.articles, words=args.words, seed=args.seed):
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    else:
        write_jsonl(args.out, args.articles, words=args.words, seed=args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
