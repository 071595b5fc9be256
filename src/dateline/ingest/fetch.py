"""HTTP GET with a timeout and a size cap, for feeds and the pages their items link to.

Only http/https: a feed is someone else's document, and a `file://` link in it must not read local files.
Failures raise `InputError` (E217) with the URL and what to try; callers turn that into a per-item error.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from .. import __version__
from ..errors import InputError
from ._common import E_FETCH, E_TOO_LARGE

__all__ = ["Fetched", "fetch", "is_url"]

_AGENT = f"dateline/{__version__} (+offline event coder; feed reader)"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET `url`; raise InputError when it fails, times out, is not http(s) or is over `max_bytes`."""
    if not is_url(url):
        raise InputError(f"not an http(s) URL: {url!r}; dateline fetches only http:// and https:// links",
                         code=E_FETCH)
    req = urllib.request.Request(url, headers={"User-Agent": _AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"{url} is over ingest.max_bytes={max_bytes:,} bytes; raise ingest.max_bytes "
                                 "if the page is really that large", code=E_TOO_LARGE)
            return Fetched(resp.geturl(), data, resp.headers.get("Content-Type", "") or "")
    except urllib.error.HTTPError as exc:
        raise InputError(f"HTTP {exc.code} {exc.reason} for {url}; check the link or try again later",
                         code=E_FETCH) from None
    except urllib.error.URLError as exc:
        raise InputError(f"cannot fetch {url} ({exc.reason}); check the address and your connection",
                         code=E_FETCH) from None
    except TimeoutError:
        raise InputError(f"fetching {url} timed out after {timeout:g} s; try again or raise "
                         "ingest.fetch_timeout_s", code=E_FETCH) from None
    except OSError as exc:  # connection reset, bad status line, ...
        raise InputError(f"cannot fetch {url} ({type(exc).__name__}: {exc}); check the address or try again",
                         code=E_FETCH) from None
