"""The gazetteer trie and the GeoNames city list."""
from __future__ import annotations

from pathlib import Path

from marsad.kb.base import KnowledgeBase, read_kb_file
from marsad.kb.cities import city_entries
from marsad.kb.gazetteer import Gazetteer
from marsad.text import tokenize

KB_FILE = Path(__file__).parents[1] / "entities" / "data" / "kb.yaml"


def _gaz() -> Gazetteer:
    return Gazetteer(KnowledgeBase(read_kb_file(KB_FILE)))


def _spans(g: Gazetteer, text: str) -> list[tuple[str, str, list[str]]]:
    toks = tokenize(text)
    return [(text[toks[m.start].start:toks[m.end - 1].end], m.clitics, [p.id for p in m.payloads])
            for m in g.match(toks, text)]


def test_clitic_readings_and_longest_match():
    g = _gaz()
    got = _spans(g, "وبالاستخبارات التركية والجيش السوري الحر")
    assert got == [("وبالاستخبارات التركية", "وب", ["mk:org/nio"]), ("والجيش السوري الحر", "و", ["mk:org/fsa"])]


def test_name_does_not_run_across_punctuation_or_lines():
    g = _gaz()
    assert [s[2] for s in _spans(g, "الجيش السوري، الحر")] == [["mk:org/saa"]]
    assert [s[2] for s in _spans(g, "الجيش السوري\nالحر")] == [["mk:org/saa"]]


def test_english_aliases_need_capitals():
    g = _gaz()
    assert _spans(g, "they told us about moscow") == []
    assert [s[2] for s in _spans(g, "the US and Moscow")] == [["Q30"], ["Q649"]]


def test_kb_name_wins_over_a_geonames_city():
    g = _gaz()
    assert [s[2] for s in _spans(g, "موسكو")] == [["Q649"]]


def test_city_list_prefers_the_big_city_and_drops_common_words():
    by_alias = {}
    for e in city_entries():
        for a in e.aliases.get("ar", []):
            by_alias[a] = e
    assert by_alias["موسكو"].attrs["country_code"] == "RU"
    assert by_alias["حلب"].name == "Aleppo"
    for word in ("صور", "كان", "الباب", "اطار"):
        assert word not in by_alias
