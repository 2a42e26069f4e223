"""The source graph: speakers, agencies/channels and outlets, and who cites whom.

Every claim is a path speaker → via[0] → via[1] … → the page's outlet; a republished-from
credit adds credit → outlet. The graph is laid out in layers (a node's layer is the longest
path reaching it, so original speakers sit on one side and publishing outlets on the
other) and drawn as SVG on the server: no layout library, no JavaScript needed to see it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from marsad.web.render import fold_key


def _name(d: Any) -> tuple[str, str] | None:
    """(key, label) of a speaker, channel or outlet dict or string."""
    if d is None:
        return None
    if isinstance(d, str):
        return (fold_key(d), d) if d.strip() else None
    label = d.get("canonical") or d.get("name") or d.get("text")
    if not label:
        return None
    return d.get("id") or fold_key(label), label


def build(claims: list[dict[str, Any]], records: list[dict[str, Any]] | None = None,
          max_nodes: int = 60) -> dict[str, Any]:
    """Nodes (id, label, role, count) and edges (source, target, kind, count) of the source graph."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: Counter[tuple[str, str, str]] = Counter()
    roles: dict[str, Counter[str]] = defaultdict(Counter)

    def node(nm: tuple[str, str] | None, role: str) -> str | None:
        if nm is None:
            return None
        key, label = nm
        n = nodes.setdefault(key, {"id": key, "label": label, "count": 0})
        n["count"] += 1
        roles[key][role] += 1
        return key

    for c in claims:
        sp = c.get("speaker") or {}
        path = [node(_name(sp), "speaker_" + (sp.get("kind") or "person"))]
        for ch in c.get("via") or []:
            path.append(node(_name(ch), "channel"))
        path.append(node(_name(c.get("outlet")), "outlet"))
        path = [p for p in path if p]
        for i, (a, b) in enumerate(zip(path, path[1:], strict=False)):
            if a != b:
                edges[(a, b, "quotes" if i == 0 else "cites")] += 1
    for r in records or []:
        o, cr = _name(r.get("outlet")), _name(r.get("republished_from"))
        if o and cr:
            a, b = node(cr, "channel"), node(o, "outlet")
            if a and b and a != b:
                edges[(a, b, "republishes")] += 1
    for key, n in nodes.items():
        role = roles[key].most_common(1)[0][0]
        n["role"] = "outlet" if roles[key]["outlet"] else "channel" if roles[key]["channel"] else "speaker"
        n["kind"] = role.removeprefix("speaker_")
    keep = {n["id"] for n in sorted(nodes.values(), key=lambda n: -n["count"])[:max_nodes]}
    return {"nodes": [n for n in nodes.values() if n["id"] in keep],
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
