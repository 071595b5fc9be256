"""`dateline evaluate`: score the pipeline against a gold file; dispatches to dateline.evaluation.<kind>."""

from __future__ import annotations

import importlib
import json
import sys
from enum import Enum
from pathlib import Path

import typer

from ..errors import DatelineError
from .app import ConfigOption, SetOption, app, fail, make_settings

_KINDS = ("events", "plover", "ngec", "actors", "times", "places")


class Kind(str, Enum):
    auto = "auto"
    events = "events"
    plover = "plover"
    ngec = "ngec"
    actors = "actors"
    times = "times"
    places = "places"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


def _module(kind: str):
    try:
        return importlib.import_module(f"dateline.evaluation.{kind}")
    except ModuleNotFoundError:
        return None


def detect_kind(path: str) -> str | None:
    """Guess the gold format from the first record: each evaluation module may offer `detect(record)`."""
    first = None
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    first = json.loads(line)
                except json.JSONDecodeError:
                    return None
                break
    if not isinstance(first, dict):
        return None
    for kind in ("ngec", "plover", "events", "actors", "times", "places"):
        mod = _module(kind)
        detect = getattr(mod, "detect", None) if mod else None
        if detect is not None:
            try:
                if detect(first):
                    return kind
            except Exception:  # noqa: BLE001 - a detector that trips on a foreign record just says no
                continue
    return None


@app.command()
def evaluate(
    gold: str = typer.Option(..., "--gold", help="Gold JSONL file (PETRARCH validation, PLOVER GSR, ...)."),
    kind: Kind = typer.Option(Kind.auto, "--kind", help="Which scorer; auto guesses from the first record."),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table (readable) or json (scripts)."),
    limit: int = typer.Option(None, "--limit", help="Score only the first N records."),
    config: str = ConfigOption,
    set_: list[str] = SetOption,
) -> None:
    """Score extraction against a gold file: precision, recall and F1, per-class tables and confusions.

    Events (PETRARCH format): (source country, target country, root) and full code. PLOVER records:
    (source, target, PLOVER type). NGEC synthetic stories: PLOVER type of each headline and story.
    Actors, times and places use their own scorers.
    """
    if not Path(gold).exists():
        fail(f"no such gold file: {gold}", code=2)
    settings = make_settings(config, set_)
    name = kind.value if kind is not Kind.auto else detect_kind(gold)
    if name is None:
        fail(f"cannot tell the format of {gold}; pass --kind {'|'.join(_KINDS)}", code=2)
    mod = _module(name)
    if mod is None or not hasattr(mod, "evaluate"):
        fail(f"no scorer for --kind {name} in this build", code=2)
    try:
        report = mod.evaluate(gold, settings=settings, limit=limit)
    except DatelineError as exc:
        fail(str(exc), code=1)
    if fmt is EvalFormat.json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        sys.stdout.write(mod.render(report) + "\n")
