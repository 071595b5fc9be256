"""dateline: political event data from news text, on your own machine.

Public API (everything else is internal):

    extract(text, *, published=None, id=None, settings=None) -> Article
    extract_articles(articles, *, settings=None) -> Iterator[Article]
    Pipeline, Settings, load_settings, Article
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# The subpackage `dateline.extract` (quotes, amounts, times, places) shares its name with the public function
# `dateline.extract`. Importing the subpackage first means Python binds the package attribute now, and the
# function binding below then wins for good: later `import dateline.extract.times` finds the package in
# sys.modules and never rebinds the name.
from . import extract as _extract_package  # noqa: E402,F401
from .api_lib import extract, extract_articles  # noqa: E402
from .config import Settings, load_settings  # noqa: E402
from .model import Article  # noqa: E402
from .pipeline import Pipeline  # noqa: E402

__all__ = ["Article", "Pipeline", "Settings", "__version__", "extract", "extract_articles", "load_settings"]
