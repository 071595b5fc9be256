"""Typed errors with stable codes and messages that say how to fix the problem.

    DatelineError                 base of everything dateline raises on purpose
    ├── ConfigError      [E1xx]   bad settings, unknown options, bad dates given by the user
    ├── InputError       [E2xx]   an input file/line/URL that cannot be read (per item: recorded, batch goes on)
    ├── PipelineError    [E3xx]   a stage failed or was composed wrongly
    ├── DictionaryError  [E4xx]   a shipped or user dictionary/lexicon does not validate
    ├── StoreError       [E5xx]   the DuckDB store cannot be opened, migrated or written
    └── NotFound         [E6xx]   a queried article/actor/event does not exist

Each surface renders these its own way: the CLI prints the message and exits non-zero, the API returns the
JSON error shape, batch runs record them on the article as an `ErrorRecord`.
"""

from __future__ import annotations


class DatelineError(Exception):
    code = "E000"

    def __init__(self, message: str, *, code: str | None = None):
        if code:
            self.code = code
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class ConfigError(DatelineError):
    code = "E100"


class InputError(DatelineError):
    code = "E200"

    def __init__(self, message: str, *, origin: str | None = None, code: str | None = None):
        self.origin = origin
        super().__init__(f"{origin}: {message}" if origin else message, code=code)


class PipelineError(DatelineError):
    code = "E300"


class DictionaryError(DatelineError):
    code = "E400"


class StoreError(DatelineError):
    code = "E500"


class NotFound(DatelineError):
    code = "E600"
