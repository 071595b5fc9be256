"""RSS/Atom feeds and URLs, served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dateline.config import Settings
from dateline.ingest import read_inputs

DATA = Path(__file__).parent / "data" / "ingest"

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom Wire</title>
  <id>urn:example:atom</id>
  <updated>2024-07-12T10:00:00Z</updated>
  <entry>
    <title>Canada sends aid</title>
    <id>urn:example:atom:1</id>
    <link href="{base}/aid.html"/>
    <updated>2024-07-11T14:00:00Z</updated>
  </entry>
  <entry>
    <title>Slow page</title>
    <id>urn:example:atom:2</id>
    <link href="{base}/slow.html"/>
  </entry>
</feed>
"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self):  # noqa: N802 - http.server API
        if self.path == "/slow.html":
            time.sleep(2.0)
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    feed = (DATA / "feed.xml.tmpl").read_text(encoding="utf-8").replace("{base}", base).encode("utf-8")
    _Handler.routes = {
        "/talks.html": (200, "text/html; charset=utf-8", (DATA / "page_talks.html").read_bytes()),
        "/aid.html": (200, "text/html; charset=utf-8", (DATA / "page_aid.html").read_bytes()),
        "/slow.html": (200, "text/html; charset=utf-8", (DATA / "page_aid.html").read_bytes()),
        "/feed.xml": (200, "application/rss+xml", feed),
        "/atom": (200, "application/atom+xml", ATOM.replace("{base}", base).encode("utf-8")),
        "/broken-feed": (200, "application/rss+xml", b"<rss><channel><title>x</title></channel>"),
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, feed
    httpd.shutdown()
    httpd.server_close()


def _check_rss_items(arts, base, feed_origin):
    assert len(arts) == 4
    talks, aid, missing, council = arts
    assert talks.id == "example-wire-0001" and not talks.errors
    assert talks.title == "Japan and Australia hold security talks"
    assert talks.source == "Example Wire"
    assert talks.published == "2024-07-09"
    assert talks.url == f"{base}/talks.html"
    assert talks.dateline.place == "Tokyo" and "defence ministers" in talks.text
    assert talks.origin == f"{feed_origin}:item 1"
    assert aid.id == f"{base}/aid.html" and aid.published == "2024-07-11" and not aid.errors  # no guid: the link
    assert "emergency aid" in aid.text
    assert missing.errors[0].code == "E217" and "HTTP 404" in missing.errors[0].reason
    assert missing.errors[0].reason.startswith(f"{feed_origin}:item 3: ")
    assert missing.id == "example-wire-0003" and missing.text == ""
    assert council.id == "example-wire-0004" and not council.errors  # no link: the item's own content
    assert council.text.startswith("BRUSSELS (Newswire) - The European Council")
    assert council.dateline.place == "Brussels" and council.published == "2024-07-12"


def test_feed_url(server):
    base, _ = server
    arts = list(read_inputs([f"{base}/feed.xml"], settings=Settings()))
    _check_rss_items(arts, base, f"{base}/feed.xml")


def test_feed_file(server, tmp_path):
    base, feed = server
    p = tmp_path / "wire.rss"
    p.write_bytes(feed)
    arts = list(read_inputs([p], settings=Settings()))
    _check_rss_items(arts, base, str(p))


def test_atom_feed_with_timeout(server):
    base, _ = server
    settings = Settings().with_overrides({"ingest.fetch_timeout_s": 0.5})
    t0 = time.monotonic()
    aid, slow = read_inputs([f"{base}/atom"], settings=settings)
    assert time.monotonic() - t0 < 1.9  # did not wait for the slow page
    assert aid.id == "urn:example:atom:1" and not aid.errors and aid.source == "Example Atom Wire"
    assert aid.published == "2024-07-11"
    assert slow.errors[0].code == "E217" and "timed out after 0.5 s" in slow.errors[0].reason
    assert "ingest.fetch_timeout_s" in slow.errors[0].reason


def test_single_page_url_and_bad_urls(server):
    base, _ = server
    page, broken, gone, refused = read_inputs(
        [f"{base}/talks.html", f"{base}/broken-feed", f"{base}/nothing-here", "http://127.0.0.1:9/"],
        settings=Settings().with_overrides({"ingest.fetch_timeout_s": 2}),
    )
    assert not page.errors and page.title == "Japan and Australia hold security talks"
    assert page.url == f"{base}/talks.html" and page.origin == f"{base}/talks.html"
    assert broken.errors[0].code == "E216" and "no items" in broken.errors[0].reason
    assert gone.errors[0].code == "E217" and "HTTP 404" in gone.errors[0].reason
    assert refused.errors[0].code == "E217" and refused.errors[0].reason.startswith("http://127.0.0.1:9/: ")


def test_feed_links_must_be_http(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    feed = tmp_path / "local.xml"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>local</title><link>file://{secret}</link></item></channel></rss>""", encoding="utf-8")
    [art] = read_inputs([feed], settings=Settings())
    assert art.errors and "private" not in art.text
