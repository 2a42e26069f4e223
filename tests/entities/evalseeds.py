"""Score the entities stage on the seeds with the gold boilerplate removed (clean stage stand-in).

Usage: .venv/bin/python tests/entities/evalseeds.py [--kb FILE] [--errors]
Benchmark script, not a test: it prints the scorer's entity metrics and the stage's speed.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from marsad.document import Document
from marsad.entities import run
from marsad.kb import load_kb
from marsad.kb.base import KnowledgeBase, read_kb_file
from marsad.pipeline import Context, segment

SHARED = Path(__file__).resolve().parents[3] / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", help="use only this KB file (default: the bundled KB)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--gold", default=str(SHARED / "gold"), help="gold folder (e.g. tests/devset/gold)")
    ap.add_argument("--sources", help="article folder (default: GOLD/../seeds or GOLD/../articles)")
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    kb = KnowledgeBase(read_kb_file(a.kb)) if a.kb else load_kb()
    ctx = Context(kb=kb)
    m = {"entities": score.PRF(), "entity_linking": score.Acc(), "_fp_entities": [], "_fn_entities": []}
    docs = []
    gold_dir = Path(a.gold)
    src_dir = Path(a.sources) if a.sources else next(
        d for d in (gold_dir.parent / "seeds", gold_dir.parent / "articles") if d.exists())
    for gp in sorted(gold_dir.glob("*.json")):
        if gp.stem == "corpus":
            continue
        gold = json.loads(gp.read_text())
        src = (src_dir / (gp.stem + ".txt")).read_text()
        bp = {score.norm(b) for b in gold.get("boilerplate", [])}
        lines = [ln for ln in src.splitlines() if ln.strip() and score.norm(ln) not in bp and score.norm(ln) != score.norm(gold["title"])]
        text = gold["title"] + "\n\n" + "\n".join(lines)
        doc = Document(id=gp.stem, source=text, text=text)
        segment(doc, ctx)
        docs.append((doc, gold))
    run(docs[0][0], ctx)  # warm up: the gazetteer is built once per KB
    t = time.process_time()
    for _ in range(a.repeat):
        for doc, _g in docs:
            run(doc, ctx)
    dt = (time.process_time() - t) / (a.repeat * len(docs))
    for doc, gold in docs:
        rec = doc.to_record()
        # score only entities (copy of the scorer's entity block)
        preds = {}
        for e in rec["entities"]:
            preds.setdefault((score.norm(e["text"]), e["type"]), e)
        found = set()
        for (ptext, ptype), pe in preds.items():
            hit = next((i for i, ge in enumerate(gold["entities"]) if ge["type"] == ptype and any(score.forms_match(ptext, f) for f in ge["mentions"])), None)
            if hit is None:
                m["entities"].add(fp=1)
                m["_fp_entities"].append(f"{gold['id'][:5]}: {pe['text']} [{ptype}] {pe.get('canonical')}")
                continue
            ge = gold["entities"][hit]
            if hit not in found:
                found.add(hit)
                if not ge.get("optional"):
                    m["entities"].add(tp=1)
                    ok = score.name_match(pe.get("canonical"), [ge["canonical"], *ge.get("aliases", [])])
                    m["entity_linking"].add(ok)
                    if not ok:
                        m["_fp_entities"].append(f"{gold['id'][:5]}: LINK {pe['text']} -> {pe.get('canonical')} (gold {ge['canonical']})")
        for i, ge in enumerate(gold["entities"]):
            if i not in found and not ge.get("optional"):
                m["entities"].add(fn=1)
                m["_fn_entities"].append(f"{gold['id'][:5]}: {ge['canonical']} [{ge['type']}] {ge['mentions']}")
    e = m["entities"]
    print(f"entities P={e.p:.3f} R={e.r:.3f} F1={e.f:.3f}  linking={m['entity_linking'].v:.3f}  "
          f"stage {dt * 1000:.2f} ms CPU/article ({1 / dt:.0f} articles/s), {sum(len(d.text) for d, _ in docs) / len(docs):.0f} chars/article")
    if a.errors:
        for k in ("_fp_entities", "_fn_entities"):
            print(k)
            for x in m[k]:
                print("  ", x)


if __name__ == "__main__":
    sys.exit(main())
