"""The source graph and its GraphML export, with hostile names escaped."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from marsad.corpus.commands import conflict_rows
from marsad.corpus.graph import source_graph, write_graphml
from tests.corpus.records import claim, record

VIA = [("ريا نوفوستي", "RIA Novosti", "Q1140530")]


def _recs():
    ev = "وقال المصدر لوكالة ريا نوفوستي إن عناصر من جهاز الأمن الأوكراني زاروا شمال سوريا."
    a = record("a", "t", ev, [], claims=[claim(ev, "عناصر زاروا شمال سوريا", "مصدر عسكري روسي", "anonymous", via=VIA)],
               outlet="Hashtag Syria")
    ev2 = "ونقلت <script>alert(1)</script> عن مسؤول قوله إن القصف مستمر."
    b = record("b", "t", ev2, [], claims=[claim(ev2, "القصف مستمر", "مسؤول", "anonymous", via=[("<b>x</b>", None, None)])],
               outlet='Evil "&" <Outlet>')
    return [a, b]


def test_chain_becomes_cites_then_quotes():
    nodes, edges = source_graph(_recs())
    assert edges[("name:hashtag syria", "Q1140530", "cites")] == 1
    assert edges[("Q1140530", "name:مصدر عسكري روسي", "quotes")] == 1
    assert nodes["Q1140530"]["role"] == "channel"


def test_graphml_is_well_formed_and_escaped():
    buf = io.BytesIO()
    n, e = write_graphml(_recs(), buf)
    assert n == 6 and e == 4
    root = ET.fromstring(buf.getvalue())
    labels = [d.text for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")]
    assert 'Evil "&" <Outlet>' in labels  # survives the round trip as text, not markup
    assert b"<b>x</b>" not in buf.getvalue()


def test_conflict_rows_show_chains():
    corpus = {"claim_groups": [{"about": "killed", "conflict": {"kind": "numeric", "values": [72, 93]},
                                "independent_origins": 2, "members": [
        {"doc": "a", "evidence": "e", "speaker": "مصدر", "chain": ["Sputnik"], "stance": "assert", "value": 93,
         "outlet": "X", "origin": "Sputnik"},
        {"doc": "b", "evidence": "=HYPERLINK()", "speaker": "SOHR", "chain": [], "stance": "assert", "value": 72,
         "outlet": "Y", "origin": "SOHR"}]}, {"members": [], "conflict": None}]}
    rows = conflict_rows(corpus)
    assert [r["value"] for r in rows] == [93, 72]
    assert rows[0]["chain"] == "Sputnik ← مصدر"
