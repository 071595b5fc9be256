"""Provenance: which dateline version and which shipped data produced a stored record.

Every row the store writes carries `dateline_version` (the package version) and `data_hash` (a hash of every
file shipped under `dateline/data`: actor dictionaries, event lexicon, gazetteer extracts). The same article
coded by the same version with the same data files always yields the same records, so two stores can be
compared record by record and `dateline recode` knows which articles were coded by an older coder.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["Provenance", "current", "data_hash", "dateline_version"]


def dateline_version() -> str:
    """The installed dateline version (the single version source is `dateline.__version__`)."""
    from . import __version__

    return __version__


def _walk(node: Traversable, prefix: str = ""):
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        name = f"{prefix}{child.name}"
        if child.is_dir():
            if child.name == "__pycache__":
                continue
            yield from _walk(child, name + "/")
        elif not child.name.endswith((".pyc", ".pyo")):
            yield name, child


@functools.lru_cache(maxsize=1)
def data_hash() -> str:
    """SHA-256 (first 16 hex digits) over the names and bytes of every file under `dateline/data`.

    Cached per process: the shipped data does not change while a process runs.
    """
    h = hashlib.sha256()
    try:
        root = resources.files("dateline").joinpath("data")
        entries = list(_walk(root)) if root.is_dir() else []
    except (FileNotFoundError, NotADirectoryError):
        entries = []
    for name, node in entries:
        h.update(name.encode("utf-8") + b"\0")
        h.update(node.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


class Provenance(tuple):
    """`(dateline_version, data_hash)` as a named pair."""

    __slots__ = ()

    def __new__(cls, version: str, data: str):
        return super().__new__(cls, (version, data))

    @property
    def version(self) -> str:
        return self[0]

    @property
    def data_hash(self) -> str:
        return self[1]


def current() -> Provenance:
    """The provenance of records coded by this process."""
    return Provenance(dateline_version(), data_hash())
