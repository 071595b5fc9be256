"""The dashboard in Debian's chromium (headless, driven by Playwright), against a real `dateline serve`."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

from web_samples import Server, build_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
PAGES = ["/", "/events", "/articles", "/articles/praise-1", "/dyads/RUSGOV/CHN", "/network", "/actors",
         "/actors/RUSGOV", "/docs"]
# `DATELINE_SCREENSHOTS=docs/screenshots pytest -m browser` refreshes the README's screenshots.
SHOTS = os.environ.get("DATELINE_SCREENSHOTS")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; `make install-test` does it)")
    db = tmp_path_factory.mktemp("web") / "store.duckdb"
    build_store(db)
    srv = Server(db)
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser(server):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that records console errors and fails on any request leaving the server."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.outside = []
    host = urlparse(server.url).netloc

    def route(r):
        if urlparse(r.request.url).netloc != host and not r.request.url.startswith("data:"):
            pg.outside.append(r.request.url)
            r.abort()
        else:
            r.continue_()

    pg.route("**/*", route)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    ctx.close()


@pytest.mark.parametrize("path", PAGES)
def test_each_page_loads_offline_without_errors(page, server, path):
    resp = page.goto(server.url + path)
    page.wait_for_load_state("networkidle")
    assert resp.status == 200
    assert page.locator("main h1").count() == 1
    assert page.errors == [] and page.outside == []
    for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
        assert "://" not in href and not href.startswith("/"), f"absolute link {href} on {path}"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        name = path.strip("/").replace("/", "_") or "overview"
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def test_click_from_event_to_its_article_shows_the_evidence(page, server):
    page.goto(server.url + "/events?code=051&since=2024-07-01&until=2024-07-31")
    link = page.locator("a.to-article").first
    assert link.inner_text() == "praised"
    link.click()
    page.wait_for_url("**/articles/praise-2**")
    trigger = page.locator("#article-text mark.hl-trigger.active")
    assert trigger.count() == 1 and trigger.inner_text() == "praised"
    source = page.locator("#article-text mark.hl-source.active")
    assert " ".join(source.all_inner_texts()) == "Russian President Vladimir Putin"
    assert page.locator("#article-text mark.hl-target.active").inner_text() == "China"
    assert page.locator("#article-text .sent.evidence").inner_text().startswith("Russian President")
    assert page.locator("#article-events tr.active td").first.inner_text() == "0"


def test_selecting_an_event_row_moves_the_highlight(page, server):
    page.goto(server.url + "/articles/praise-1")
    assert page.locator("mark.hl.active").count() == 0
    page.locator("#ev-1").click()
    assert page.locator("#article-text mark.hl-trigger.active").inner_text() == "criticised"
    assert page.locator("#article-text mark.hl-source.active").inner_text() == "Chinese officials"
    assert page.locator("#article-text mark.hl-target.active").inner_text() == "Washington"
    # every layer is marked at its offsets
    for kind, text in (("quote", '"We will not be pushed around,"'), ("amount", "$240 billion"),
                       ("time", "Wednesday"), ("place", "Moscow")):
        assert text in " ".join(page.locator(f"#article-text mark.hl-{kind}").all_inner_texts()), kind


def test_script_in_article_text_is_shown_not_run(page, server):
    page.goto(server.url + "/articles/hostile-1")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.__dateline_pwned") == "undefined"
    text = page.locator("#article-text").inner_text()
    assert "<script>window.__dateline_pwned = 1;</script>" in text
    assert '<img src=x onerror="window.__dateline_pwned = 2">' in text
    assert page.locator("#article-text script, #article-text img, main h1 script, main h1 b").count() == 0
    assert page.locator("main h1").inner_text().startswith("<b>Bold</b>")
    assert page.locator("#article-text mark.hl-trigger").first.inner_text() == "condemned"
    assert page.errors == []


def test_dyad_chart_lists_the_events_behind_a_point(page, server):
    page.goto(server.url + "/dyads/RUSGOV/CHN?by=month")
    groups = page.locator("#dyad-chart g.period")
    assert groups.count() >= 3
    assert page.locator("#dyad-chart polyline.goldstein").count() == 1
    rows = page.locator("#dyad-events tr.ev-row")
    total = rows.count()
    page.locator('#dyad-chart g.period[data-period="2024-07"] rect.hit').click(force=True)
    visible = page.locator("#dyad-events tr.ev-row:not(.hidden)")
    assert visible.count() == 1 and visible.first.get_attribute("data-period") == "2024-07"
    page.locator("#show-all").click()
    assert page.locator("#dyad-events tr.ev-row:not(.hidden)").count() == total


def test_network_draws_every_node_and_links_to_actors(page, server):
    page.goto(server.url + "/network")
    nodes = page.locator(".chart.network a.node")
    rows = page.locator("main table.grid tbody tr")
    assert nodes.count() >= 3 and rows.count() >= 2
    hrefs = nodes.evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert all(h.startswith("./actors/") for h in hrefs)
    nodes.filter(has_text="RUS").first.click()
    page.wait_for_url("**/actors/RUS")
    assert page.locator("main h1").inner_text().startswith("Actor RUS")


def test_event_search_and_filters(page, server):
    page.goto(server.url + "/events")
    page.fill("input[name=q]", "criticised")
    page.click("form.filters button")
    page.wait_for_load_state("networkidle")
    triggers = page.locator("a.to-article").all_inner_texts()
    assert triggers and set(triggers) == {"criticised"}


def test_screenshots_are_committed():
    shots = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    assert (shots / "overview.png").exists() and (shots / "articles_praise-1.png").exists()
