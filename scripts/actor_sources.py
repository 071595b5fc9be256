"""Shared by the actor dictionary build scripts: reading the reference files, folding and de-duplicating
names, and the constants both the country and the people loaders need."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from dateline.actors.data import norm as fold  # the runtime's own folding, so keys match at lookup

FACTBOOK_SNAPSHOT = "2026-01-22"
EAST_ASIAN = {"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "SGP", "KHM", "MNG"}
KEY_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
             "supreme_leader", "vice_head_of_state", "deputy_head_of_government", "interior_minister",
             "finance_minister", "secretary_general"}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _dedup(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = fold(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out
