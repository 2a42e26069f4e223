"""The source graph drawn: speakers, agencies/channels and outlets, and who cites whom.

Every claim is a path speaker → via[0] → via[1] … → the page's outlet; a republished-from
credit adds credit → outlet. The graph is laid out in layers (a node's layer is the longest
path reaching it, so original speakers sit on one side and publishing outlets on the
other) and drawn as SVG on the server: no layout library, no JavaScript needed to see it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any


def build(records: list[dict[str, Any]], kb: Any = None, max_nodes: int = 60) -> dict[str, Any]:
    """Nodes (id, label, role, kind, count) and edges (source → target, kind, count), drawn as information flows.

    The graph itself is the corpus stage's (`marsad.corpus.graph.source_graph`, also behind the
    GraphML export): an outlet *cites* a channel, a channel *quotes* a speaker. Here the edges are
    turned round so arrows run the way a statement travelled (speaker → agency → outlet), and the
    pages' republished-from credits are added (credit → outlet).
    """
    from marsad.corpus.graph import node_key, source_graph

    nodes, cites = source_graph(records, kb)
    edges: Counter[tuple[str, str, str]] = Counter({(b, a, k): v for (a, b, k), v in cites.items()})
    for r in records:
        o, cr = r.get("outlet") or {}, r.get("republished_from") or {}
        a, b = node_key(cr.get("name"), cr.get("id")), node_key(o.get("name"), o.get("id"))
        if a and b and a != b:
            nodes.setdefault(a, {"label": cr.get("name"), "role": "channel"})
            nodes.setdefault(b, {"label": o.get("name"), "role": "outlet"})
            edges[(a, b, "republishes")] += 1
    weight: Counter[str] = Counter()
    for (a, b, _k), v in edges.items():
        weight[a] += v
        weight[b] += v
    out = [{"id": k, "label": n.get("label") or k, "role": n.get("role") or "speaker",
            "kind": n.get("kind") or n.get("subtype") or n.get("role"), "ownership": n.get("ownership"),
            "count": weight[k]} for k, n in nodes.items() if weight[k]]
    keep = {n["id"] for n in sorted(out, key=lambda n: -n["count"])[:max_nodes]}
    return {"nodes": [n for n in out if n["id"] in keep],
            "edges": [{"source": a, "target": b, "kind": k, "count": v}
                      for (a, b, k), v in edges.items() if a in keep and b in keep]}


def layout(g: dict[str, Any], width: int = 1100, row: int = 34) -> dict[str, Any]:
    """Positions for an SVG drawing: layers by longest path, speakers right, outlets left (RTL)."""
    nodes = {n["id"]: dict(n) for n in g["nodes"]}
    succ: dict[str, list[str]] = defaultdict(list)
    for e in g["edges"]:
        succ[e["source"]].append(e["target"])
    layer = dict.fromkeys(nodes, 0)
    for _ in range(len(nodes)):  # Bellman-Ford style longest path, bounded (cycles stop growing)
        changed = False
        for a, bs in succ.items():
            for b in bs:
                if layer[b] < layer[a] + 1 and layer[a] + 1 < len(nodes):
                    layer[b] = layer[a] + 1
                    changed = True
        if not changed:
            break
    for n in nodes.values():  # outlets always in the last column
        if n["role"] == "outlet":
            layer[n["id"]] = max(layer.values() or [0])
    used = sorted(set(layer.values()))
    col = {v: i for i, v in enumerate(used)}
    ncol = max(len(used), 1)
    by_col: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for n in nodes.values():
        by_col[col[layer[n["id"]]]].append(n)
    margin = 150
    step = (width - 2 * margin) / max(ncol - 1, 1)
    height = 60
    for c, ns in by_col.items():
        ns.sort(key=lambda n: (-n["count"], n["label"]))
        for i, n in enumerate(ns):
            n["x"] = round(width - margin - c * step, 1)  # right-to-left: sources on the right
            n["y"] = 40 + i * row
            n["r"] = min(4 + n["count"], 14)
            n["short"] = n["label"] if len(n["label"]) <= 30 else n["label"][:28] + "…"
        height = max(height, 60 + len(ns) * row)
    edges = []
    for e in g["edges"]:
        a, b = nodes.get(e["source"]), nodes.get(e["target"])
        if not a or not b:
            continue
        mx = (a["x"] + b["x"]) / 2
        bx = b["x"] + (b["r"] + 1 if a["x"] > b["x"] else -b["r"] - 1)  # the arrow stops at the circle's edge
        edges.append({**e, "d": f"M{a['x']},{a['y']} C{mx},{a['y']} {mx},{b['y']} {bx},{b['y']}",
                      "w": min(1 + e["count"], 6)})
    return {"nodes": list(nodes.values()), "edges": edges, "width": width, "height": height,
            "columns": ncol}
