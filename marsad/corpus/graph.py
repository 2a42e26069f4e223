"""The source graph: outlets, agencies and speakers, and who cites or quotes whom.

Built from the chains of transmission of every claim: the page's outlet cites the last
channel, each channel cites the one before it, and the channel nearest the speaker quotes
the speaker. Exported as GraphML for Gephi (ElementTree escapes every text).
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any, BinaryIO

from marsad.text.normalize import fold


def node_key(name: str | None, id_: str | None) -> str | None:
    if id_:
        return id_
    return "name:" + fold(name) if name and fold(name) else None


def source_graph(records: list[dict[str, Any]], kb: Any = None) -> tuple[dict[str, dict[str, Any]], Counter]:
    """Nodes (key -> attributes) and edges ((source, target, relation) -> count)."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: Counter = Counter()

    def node(name: str | None, id_: str | None, role: str) -> str | None:
        key = node_key(name, id_)
        if key is None:
            return None
        n = nodes.setdefault(key, {"label": name or key, "role": role, "claims": 0})
        entry = kb.get(id_) if (kb is not None and id_) else None
        if entry is not None:
            n["label"] = entry.name
            if entry.attrs.get("ownership"):
                n["ownership"] = entry.attrs["ownership"]
            if entry.subtype:
                n["subtype"] = entry.subtype
        if role == "outlet" or n["role"] == "speaker":
            n["role"] = role if role != "speaker" else n["role"]
        return key

    for rec in records:
        out = rec.get("outlet") or {}
        page = node(out.get("name"), out.get("id"), "outlet")
        for c in rec.get("claims") or []:
            sp = c.get("speaker") or {}
            speaker = node(sp.get("canonical") or sp.get("text"), sp.get("id"), "speaker")
            if speaker:
                nodes[speaker]["claims"] += 1
                nodes[speaker].setdefault("kind", sp.get("kind"))
            chain = [node(v.get("canonical") or v.get("text"), v.get("id"), "channel") for v in (c.get("via") or [])]
            chain = [k for k in chain if k]
            hops = [page, *reversed(chain)]
            hops = [h for h in hops if h]
            for a, b in zip(hops, hops[1:], strict=False):
                if a != b:
                    edges[(a, b, "cites")] += 1
            if hops and speaker and hops[-1] != speaker:
                edges[(hops[-1], speaker, "quotes")] += 1
    return nodes, edges


def write_graphml(records: list[dict[str, Any]], dest: str | Path | BinaryIO, kb: Any = None) -> tuple[int, int]:
    """Write the source graph as GraphML; returns (nodes, edges)."""
    nodes, edges = source_graph(records, kb)
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    keys = [("label", "node", "string"), ("role", "node", "string"), ("kind", "node", "string"),
            ("ownership", "node", "string"), ("subtype", "node", "string"), ("claims", "node", "int"),
            ("relation", "edge", "string"), ("weight", "edge", "int")]
    for name, for_, typ in keys:
        ET.SubElement(root, "key", id=name, attrib={"for": for_, "attr.name": name, "attr.type": typ})
    g = ET.SubElement(root, "graph", id="sources", edgedefault="directed")
    for key, attrs in nodes.items():
        n = ET.SubElement(g, "node", id=key)
        for k, v in attrs.items():
            if v is not None:
                ET.SubElement(n, "data", key=k).text = str(v)
    for i, ((a, b, rel), w) in enumerate(sorted(edges.items())):
        e = ET.SubElement(g, "edge", id=f"e{i}", source=a, target=b)
        ET.SubElement(e, "data", key="relation").text = rel
        ET.SubElement(e, "data", key="weight").text = str(w)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    if isinstance(dest, str | Path):
        tree.write(dest, encoding="utf-8", xml_declaration=True)
    else:
        tree.write(dest, encoding="utf-8", xml_declaration=True)
    return len(nodes), len(edges)
