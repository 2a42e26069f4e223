"""Fixtures of the web tests: the fake store (hand-written records), the demo store (the samples
analysed by the real pipeline into SQLite), live servers on loopback and headless Chromium."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webfake import DATA, TOKEN, FakeStore
from webserver import browser_available, chromium, demo_store, require_browser, serve

import marsad
from marsad.web import create_app


@pytest.fixture
def fake() -> FakeStore:
    return FakeStore.from_data()


@pytest.fixture
def client(fake) -> TestClient:
    return TestClient(create_app(fake, token=TOKEN))


@pytest.fixture
def client_no_token(fake) -> TestClient:
    return TestClient(create_app(fake))


def _code_digest() -> str:
    """A digest of the package's code and data: the demo store is reused only while none of it changes."""
    root = Path(marsad.__file__).parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".py", ".yaml", ".yml", ".json", ".tsv", ".txt"} and "static" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    h.update((DATA / "hostile_page.txt").read_bytes())
    return h.hexdigest()[:16]


@pytest.fixture(scope="session")
def demo(request, tmp_path_factory):
    """The samples and a hostile page analysed into SQLite (once; reused from pytest's cache while the code is unchanged)."""
    from marsad.store import Store

    digest = _code_digest()
    cache = request.config.cache.mkdir("marsad-web-demo")
    db = cache / f"demo-{digest}.db"
    if db.exists():
        return Store.open(str(db))
    for old in cache.glob("demo-*"):
        old.unlink()
    tmp = tmp_path_factory.mktemp("web") / "demo.db"
    store = demo_store(tmp, [DATA / "hostile_page.txt"])
    store.close()
    with sqlite3.connect(tmp) as src, sqlite3.connect(db) as dst:
        src.backup(dst)  # a consistent copy, write-ahead log included
    return Store.open(str(db))


@pytest.fixture(scope="session")
def demo_client(demo) -> TestClient:
    return TestClient(create_app(demo))


@pytest.fixture(scope="session")
def browser():
    if not browser_available():
        if require_browser():
            pytest.fail("MARSAD_REQUIRE_BROWSER=1 but /usr/bin/chromium is missing")
        pytest.skip("no /usr/bin/chromium (set MARSAD_REQUIRE_BROWSER=1 to make this an error)")
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def demo_url(demo):
    with serve(create_app(demo)) as url:
        yield url


@pytest.fixture(scope="session")
def fake_url():
    with serve(create_app(FakeStore.from_data(), token=TOKEN)) as url:
        yield url


@pytest.fixture
def page(browser):
    """A fresh page that records every dialog (alert/confirm/prompt) it is shown, and dismisses it."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []

    def on_dialog(d):
        pg.dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    ctx.close()
