"""Docs that cannot drift: every default setting is documented in docs/config.md."""

from __future__ import annotations

from dateline.config import Settings

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "config.md").read_text()
    missing = []
    for section, table in Settings().data.items():
        for key in table:
            if f"`{section}.{key}`" not in doc:
                missing.append(f"{section}.{key}")
    assert not missing, f"document these in docs/config.md: {missing}"
