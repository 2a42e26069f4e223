"""Stories, storylines and claim groups of the stored corpus, joined with the article records.

The corpus file (../shared/eval/CONTRACT.md) names members by article id and evidence
sentence; the conflict board needs each member's figure, stance, speaker, chain, outlet and
date. The corpus engineer may store them on the member already; whatever is missing is
read from the member's article record (the claim or fact whose evidence holds the member's).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from marsad.web.render import chain_of, fact_label, fold_key

OPEN_KINDS = {"numeric", "stance"}


def _norm_member(m: Any) -> dict[str, Any]:
    if isinstance(m, dict):
        return dict(m)
    if isinstance(m, list | tuple) and len(m) >= 2:
        return {"doc": m[0], "evidence": m[1]}
    return {"doc": str(m), "evidence": ""}


def conflict_kind(group: dict[str, Any]) -> str | None:
    c = group.get("conflict")
    if isinstance(c, dict):
        return c.get("kind")
    return c if isinstance(c, str) else None


def groups(corpus: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Claim groups with a stable index `n` and normalised members."""
    out = []
    for n, g in enumerate((corpus or {}).get("claim_groups") or []):
        g = dict(g)
        g["n"] = n
        g["members"] = [_norm_member(m) for m in g.get("members") or []]
        g["kind"] = conflict_kind(g)
        if isinstance(g.get("about"), list):
            g["about"] = " · ".join(str(a) for a in g["about"])
        out.append(g)
    return out


def stories(corpus: dict[str, Any] | None, key: str = "stories") -> list[dict[str, Any]]:
    """Stories (or storylines) as dicts with `n`, article ids and any extra fields stored."""
    out = []
    titles = (corpus or {}).get({"stories": "story_titles", "storylines": "storyline_titles"}.get(key, "")) or []
    for n, s in enumerate((corpus or {}).get(key) or []):
        if isinstance(s, dict):
            ids = list(s.get("articles") or s.get("members") or s.get("ids") or [])
            d = {**s, "ids": ids}
        else:
            d = {"ids": list(s)}
        d["n"] = n
        if n < len(titles) and isinstance(titles[n], str) and not d.get("title"):
            d["title"] = titles[n]
        out.append(d)
    return out


def _find(items: list[dict[str, Any]], evidence: str) -> tuple[int, dict[str, Any]] | None:
    """The claim or fact whose evidence is (or holds, or is held by) the member's sentence."""
    ev = fold_key(evidence)
    if not ev:
        return None
    for i, it in enumerate(items):
        if fold_key(it.get("evidence")) == ev:
            return i, it
    for i, it in enumerate(items):
        other = fold_key(it.get("evidence"))
        if other and (ev in other or other in ev):
            return i, it
    return None


def _empty(v: Any) -> bool:
    return v is None or v == [] or v == "" or v == {}


def _fill(out: dict[str, Any], key: str, value: Any) -> None:
    """Set `key` unless the corpus already gave it a value (None and [] count as not given)."""
    if _empty(out.get(key)) and not _empty(value):
        out[key] = value


def _chain_steps(chain: list[Any]) -> list[dict[str, Any]]:
    steps = []
    for i, st in enumerate(chain):
        if isinstance(st, dict):
            steps.append({"role": st.get("role") or ("speaker" if i == 0 else "via"),
                          "text": st.get("text") or st.get("name") or st.get("canonical") or "?",
                          "canonical": st.get("canonical"), "kind": st.get("kind"), "id": st.get("id")})
        else:
            steps.append({"role": "via", "text": str(st), "canonical": None, "kind": None, "id": None})
    return steps


def resolve_member(m: dict[str, Any], rec: dict[str, Any] | None) -> dict[str, Any]:
    """A member with its figure, stance, speaker, chain, outlet, date and article title filled in."""
    out = dict(m)
    if out.get("chain"):
        out["chain"] = _chain_steps(out["chain"])
    if isinstance(out.get("speaker"), str):
        out["speaker"] = {"text": out["speaker"]}
    _fill(out, "published", out.get("date"))
    if rec is None:
        out.setdefault("missing", True)
        return out
    _fill(out, "title", rec.get("title"))
    outlet = rec.get("outlet")
    _fill(out, "outlet", outlet.get("name") if isinstance(outlet, dict) else outlet)
    _fill(out, "published", rec.get("published"))
    claims, facts = rec.get("claims") or [], rec.get("facts") or []
    found = fact_hit = None
    idx = out.get("index")
    if isinstance(idx, int) and out.get("type") == "claim" and 0 <= idx < len(claims):
        found = (idx, claims[idx])
    elif isinstance(idx, int) and out.get("type") == "fact" and 0 <= idx < len(facts):
        fact_hit = (idx, facts[idx])
    if found is None and fact_hit is None:
        found = _find(claims, m.get("evidence") or "")
        fact_hit = _find(facts, m.get("evidence") or "")
    if fact_hit and found is None and fact_hit[1].get("claim") is not None:
        ci = fact_hit[1]["claim"]
        if 0 <= ci < len(claims):
            found = (ci, claims[ci])
    if found:
        ci, c = found
        _fill(out, "claim_index", ci)
        _fill(out, "stance", c.get("stance"))
        sp = c.get("speaker") or {}
        _fill(out, "speaker", {"text": sp.get("text"), "kind": sp.get("kind"), "canonical": sp.get("canonical")}
              if sp.get("text") else None)
        _fill(out, "chain", chain_of(c, rec))
    if fact_hit:
        fi, f = fact_hit
        _fill(out, "fact_index", fi)
        for k in ("value", "vague", "approx"):
            _fill(out, k, f.get(k))
        _fill(out, "fact_kind", f.get("kind"))
        _fill(out, "fact_label", fact_label(f))
    if _empty(out.get("chain")) and outlet:
        _fill(out, "chain", chain_of({"speaker": {"text": (out.get("speaker") or {}).get("text") or "—"}}, rec))
    return out


def board(group: dict[str, Any], records: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The conflict board of one group: members resolved and set in columns (figures or stances)."""
    members = [resolve_member(m, records.get(m.get("doc"))) for m in group["members"]]
    kind = group.get("kind")
    cols: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if kind in ("numeric", "update"):
        for m in members:
            v = m.get("value")
            cols[str(v) if v is not None else (m.get("vague") or "?")].append(m)

        def order(k: str) -> tuple[int, float, str]:
            return (0, float(k), "") if k.replace(".", "", 1).isdigit() else (1, 0.0, k)
        keys = sorted(cols, key=order)
        if kind == "update":
            for k in keys:
                cols[k].sort(key=lambda m: m.get("published") or "")
    else:
        for m in members:
            cols[m.get("stance") or "—"].append(m)
        keys = sorted(cols, key=lambda k: ["assert", "deny", "not_rule_out"].index(k)
                      if k in ("assert", "deny", "not_rule_out") else 9)
    origins = group.get("origins") or []
    indep = group.get("independent_origins")
    if indep is None and origins:
        indep = len({fold_key(o if isinstance(o, str) else str(o)) for o in origins})
    return {"group": group, "members": members, "columns": [(k, cols[k]) for k in keys],
            "origins": origins, "independent_origins": indep,
            "single_origin": bool(group.get("single_origin")) or bool(indep == 1 and len(members) > 1)}


def groups_touching(all_groups: list[dict[str, Any]], ids: set[str]) -> list[dict[str, Any]]:
    return [g for g in all_groups if any(m.get("doc") in ids for m in g["members"])]
