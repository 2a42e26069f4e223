"""Screenshots of the main pages on the demo data, for docs/screenshots/ (run by hand, not a test).

    .venv/bin/python tests/web/take_screenshots.py [OUT_DIR]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from webserver import chromium, demo_store, serve

from marsad.web import create_app

KARABAKH = ("001_dcf2b09758fc48a3", "004_a94d7b27e4d57284")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = demo_store(Path(tmp) / "demo.db")
        corpus = store.load_corpus() or {}
        story = next((i for i, s in enumerate(corpus.get("stories") or []) if KARABAKH[1] in s), 0)
        claims = [c for c in store.claims(limit=1000, doc=KARABAKH[0]) if c.get("via")]
        ents = store.entities(type="PER", limit=1) + store.entities(type="LOC", limit=1)
        shots = [("home", "/", None), ("article", f"/articles/{KARABAKH[0]}", f"#claim-{claims[0]['index']} .claim-text" if claims else None),
                 ("claims", "/claims?text=%D8%B3%D9%88%D8%B1%D9%8A", None), ("story", f"/stories/{story}", None),
                 ("graph", "/graph", None), ("search", "/search?q=%D9%83%D8%A7%D8%B1%D8%A7%D8%A8%D8%A7%D8%AE", None)]
        shots += [(f"entity-{e['type'].lower()}", f"/entities/{e['id']}", None) for e in ents]
        with serve(create_app(store, token="demo")) as url, chromium() as browser:
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            for name, path, hover in shots:
                page.goto(url + path)
                if hover:
                    page.locator(hover).scroll_into_view_if_needed()
                    page.locator(hover).hover()
                if name == "story":
                    page.locator("#board").scroll_into_view_if_needed()
                page.screenshot(path=str(out / f"{name}.png"))
                print(out / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs" / "screenshots")
