"""Settings as data: the shipped `default_config.toml`, a user TOML file, then dotted overrides.

A `Settings` object is built once and passed explicitly to whatever needs it; nothing reads module
globals. `Settings.get("coding.require_dyad")` reads one value; `Settings.section("coding")` a table.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Settings", "load_settings"]


def _defaults() -> dict[str, Any]:
    text = resources.files("dateline").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def _parse_value(raw: str) -> Any:
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw  # bare strings need no quotes on the command line


@dataclass(frozen=True)
class Settings:
    data: dict[str, Any] = field(default_factory=_defaults)

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.data.get(name, {}))

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        data = copy.deepcopy(self.data)
        for dotted, value in overrides.items():
            parts = dotted.split(".")
            node = data
            for part in parts[:-1]:
                node = node.setdefault(part, {})
                if not isinstance(node, dict):
                    raise ConfigError(f"cannot set {dotted!r}: {part!r} is not a table", code="E101")
            if parts[-1] not in node and parts[0] in _defaults():
                known = ", ".join(sorted(_defaults()[parts[0]])) if len(parts) == 2 else ""
                raise ConfigError(
                    f"unknown setting {dotted!r}" + (f"; known keys in [{parts[0]}]: {known}" if known else ""),
                    code="E102",
                )
            node[parts[-1]] = value
        return Settings(data)

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(self.data, sort_keys=True).encode()).hexdigest()[:16]


def load_settings(
    config_file: str | os.PathLike | None = None, overrides: list[str] | dict[str, Any] | None = None
) -> Settings:
    """Build settings from the defaults, an optional TOML file and `key=value` overrides.

    Raises `ConfigError` when the file is missing or unreadable or an override names an unknown key.
    """
    settings = Settings()
    if config_file:
        path = Path(config_file)
        try:
            user = tomllib.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} not found; check the --config path", code="E103") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}", code="E104") from None
        flat: dict[str, Any] = {}

        def walk(prefix: str, node: dict[str, Any]) -> None:
            for k, v in node.items():
                if isinstance(v, dict):
                    walk(f"{prefix}{k}.", v)
                else:
                    flat[f"{prefix}{k}"] = v

        walk("", user)
        settings = settings.with_overrides(flat)
    if overrides:
        if isinstance(overrides, list):
            pairs: dict[str, Any] = {}
            for item in overrides:
                if "=" not in item:
                    raise ConfigError(f"override {item!r} must look like section.key=value", code="E105")
                k, v = item.split("=", 1)
                pairs[k.strip()] = _parse_value(v.strip())
            overrides = pairs
        settings = settings.with_overrides(overrides)
    return settings
