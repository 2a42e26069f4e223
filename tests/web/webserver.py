"""Start the web app on loopback in a thread and open headless Chromium on it (tests and screenshots)."""
from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def browser_available() -> bool:
    return Path(CHROMIUM).exists()


def require_browser() -> bool:
    return os.environ.get("MARSAD_REQUIRE_BROWSER") == "1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app) -> Iterator[str]:
    """Run `app` with uvicorn on 127.0.0.1 and a free port; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def demo_store(path: Path, extra: list[Path] | None = None):
    """The sample articles (plus `extra` files) analysed into a SQLite store at `path`, with their corpus."""
    import marsad
    from marsad.store import Store

    samples = Path(marsad.__file__).parent / "data" / "samples"
    marsad.analyze([str(samples), *(str(p) for p in extra or [])], db=str(path))
    store = Store.open(str(path))
    try:
        from marsad.corpus import build_corpus
        from marsad.kb import load_kb

        store.save_corpus(build_corpus(list(store.records()), load_kb()))
    except ImportError:  # the corpus stage is not there: stories and conflicts stay empty
        pass
    return store
