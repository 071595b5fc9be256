"""The one error shape, and the server's security guarantees (issue 9), each tried against a real server."""

from __future__ import annotations

import hashlib
import socket
import threading
import time

import httpx
import pytest
import uvicorn

from dateline.api import create_app
from dateline.api.deps import open_store
from dateline.config import Settings
from dateline.errors import ConfigError, StoreError
from dateline.store import Store
from web_samples import Server, build_store, free_port, praise_article

ERROR_KEYS = {"status", "code", "type", "message", "details"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sec") / "store.duckdb"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def server(db):
    srv = Server(db, "--set", "server.max_body_bytes=2000", "--set", "server.max_page_size=50")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


def assert_error(resp: httpx.Response, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    err = body["error"]
    assert err["status"] == status and err["code"] == code and isinstance(err["details"], list)
    assert err["message"] and "Traceback" not in resp.text and 'File "' not in resp.text
    return err


def test_error_shape_for_every_kind_of_error(client):
    assert_error(client.get("/api/no-such-endpoint"), 404, "E703")
    assert_error(client.get("/api/articles/not-there"), 404, "E602")
    err = assert_error(client.get("/api/events", params={"limit": "many"}), 422, "E701")
    assert err["details"][0]["loc"] == ["query", "limit"]
    assert_error(client.get("/api/events", params={"since": "last week"}), 400, "E110")
    assert_error(client.get("/api/events", params={"order": "date;DROP TABLE x"}), 400, "E112")
    assert_error(client.delete("/api/events"), 405, "E704")
    assert_error(client.post("/api/extract", json={"published": "2024-01-01"}), 422, "E701")


def test_page_size_is_bounded(client):
    err = assert_error(client.get("/api/events", params={"limit": 51}), 400, "E705")
    assert "50" in err["message"]
    assert client.get("/api/events", params={"limit": 50}).status_code == 200
    assert_error(client.get("/api/events", params={"limit": 0}), 422, "E701")


def test_request_body_is_bounded(client):
    big = {"text": "Chinese officials criticised Washington. " * 100}
    assert_error(client.post("/api/extract", json=big), 413, "E702")

    def chunks():  # no Content-Length: counted while it streams in
        for _ in range(10):
            yield b'{"text": "' + b"x" * 500 + b'"}'

    resp = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert_error(resp, 413, "E702")


def test_user_strings_are_bound_parameters_not_sql(client, db):
    before = client.get("/api/events").json()["total"]
    for hostile in ("RUS' OR '1'='1", "x'); DROP TABLE events; --", "%", "_"):
        resp = client.get("/api/events", params={"actor": hostile})
        assert resp.status_code == 200 and resp.json()["items"] == [], hostile
        assert client.get("/api/quotes", params={"speaker": hostile}).status_code == 200
        assert client.get("/api/articles", params={"q": hostile}).status_code == 200
        assert client.get(f"/api/dyads/{hostile}/CHN").json()["items"] == []
    assert client.get("/api/events").json()["total"] == before


def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """Send a request line exactly as written (no client-side path normalisation)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data


def test_no_path_traversal_out_of_static(server):
    ok, body = _raw_get(server.port, "/static/style.css")
    assert ok == 200 and b"--q4" in body
    for target in ("/static/../api/app.py", "/static/..%2fapi%2fapp.py", "/static/%2e%2e/%2e%2e/__init__.py",
                   "/static/../../../../etc/passwd", "/static/%2e%2e%2f%2e%2e%2fdefault_config.toml",
                   "/static//etc/passwd"):
        status, body = _raw_get(server.port, target)
        assert status in (400, 404), target
        assert b"create_app" not in body and b"root:" not in body and b"[server]" not in body


def test_cors_is_off_by_default(client):
    resp = client.get("/api/events", headers={"Origin": "http://evil.example"})
    assert resp.status_code == 200 and "access-control-allow-origin" not in resp.headers
    pre = client.options("/api/events", headers={"Origin": "http://evil.example",
                                                 "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in pre.headers


def test_pages_send_a_strict_content_security_policy(client):
    resp = client.get("/")
    csp = resp.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_server_never_writes_the_database(server, client, db):
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for path in ("/", "/events", "/articles/praise-1", "/dyads/RUSGOV/CHN", "/network", "/actors/RUSGOV",
                 "/api/events", "/api/articles/praise-1", "/api/network"):
        assert client.get(path).status_code == 200, path
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    # The server holds no lock between requests: an ingest can write, and the server then sees it.
    with Store(db) as store:
        store.write_articles([praise_article(9, "2024-10-01")])
    assert client.get("/api/articles/praise-9").status_code == 200


def test_app_opens_the_store_read_only(db):
    app = create_app(db)

    class _Req:  # open_store only reads request.app
        pass

    req = _Req()
    req.app = app
    store = open_store(req)  # type: ignore[arg-type]
    try:
        assert store.read_only
        with pytest.raises(StoreError):
            store.write_articles([praise_article(10, "2024-10-02")])
    finally:
        store.close()


def test_missing_database_fails_at_start_with_a_fix(tmp_path, dateline_cli):
    res = dateline_cli("serve", "--db", str(tmp_path / "nope.duckdb"), "--port", str(free_port()), timeout=60)
    assert res.returncode != 0
    said = " ".join(res.stderr.split())
    assert "does not exist" in said and "dateline ingest" in said
    assert "Traceback" not in res.stderr
    assert not (tmp_path / "nope.duckdb").exists()


def test_binds_loopback_by_default_and_refuses_wildcard_cors():
    assert Settings().get("server.host") == "127.0.0.1"
    assert Settings().get("server.cors_origins") == []
    with pytest.raises(ConfigError):
        create_app(":memory:", cors_origins=["*"], check=False)


class _ThreadServer:
    def __init__(self, app):
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="critical"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started and time.time() < deadline:
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self):
        self.server.should_exit = True
        self.thread.join(10)


def test_unexpected_errors_leak_nothing_and_cors_when_asked(db, caplog):
    app = create_app(db, cors_origins=["http://ok.example"])

    @app.get("/api/_boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/shadow")

    srv = _ThreadServer(app)
    try:
        with httpx.Client(base_url=srv.url) as c:
            resp = c.get("/api/_boom", headers={"Connection": "close"})
            err = assert_error(resp, 500, "E799")
            assert "secret" not in resp.text and "RuntimeError" not in resp.text and "/etc" not in resp.text
            ok = c.get("/api/events", headers={"Origin": "http://ok.example"})
            assert ok.headers["access-control-allow-origin"] == "http://ok.example"
            other = c.get("/api/events", headers={"Origin": "http://evil.example"})
            assert "access-control-allow-origin" not in other.headers
    finally:
        srv.stop()
