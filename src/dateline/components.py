"""Imports the modules that register the built-in pipeline stages."""

from .actors import component as _actors  # noqa: F401
from .coding import component as _coding  # noqa: F401
from .extract import amounts as _amounts  # noqa: F401
from .extract import places as _places  # noqa: F401
from .extract import quotes as _quotes  # noqa: F401
from .extract import times as _times  # noqa: F401
