"""Benchmark of cross-article linking: time and peak memory for 10k and 100k generated articles.

    .venv/bin/python benchmarks/bench_corpus.py                 # 10k and 100k
    .venv/bin/python benchmarks/bench_corpus.py --sizes 2000,20000 --repeat 3

Each size runs in a fresh subprocess (so peak RSS is that size's own) on analysis records
generated from event templates: many events, each reported by several outlets over a few
days, in Arabic and English, with claims, figures and entities drawn from pools. The
growth ratio (time per article at the larger size / at the smaller) shows whether linking
stays near linear; the machine is shared and noisy, so medians are reported.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PLACES = [("إدلب", "Idlib", "governorate"), ("حلب", "Aleppo", "city"), ("مأرب", "Marib", "city"),
          ("الفاشر", "El Fasher", "city"), ("غزة", "Gaza", "city"), ("كاراباخ", "Nagorno-Karabakh", "region"),
          ("باخموت", "Bakhmut", "city"), ("طرابلس", "Tripoli", "city"), ("دير الزور", "Deir ez-Zor", "city"),
          ("الحسكة", "Al-Hasakah", "city"), ("تعز", "Taiz", "city"), ("الحديدة", "Hodeidah", "city"),
          ("درعا", "Daraa", "city"), ("الرقة", "Raqqa", "city"), ("الخرطوم", "Khartoum", "city")]
COUNTRIES = [("سوريا", "Syria"), ("اليمن", "Yemen"), ("السودان", "Sudan"), ("ليبيا", "Libya"), ("أوكرانيا", "Ukraine"),
             ("أذربيجان", "Azerbaijan"), ("فلسطين", "Palestine"), ("العراق", "Iraq")]
GROUPS = [f"فصيل رقم {i}" for i in range(60)]
SPEAKERS = [("المرصد السوري لحقوق الإنسان", "organization"), ("مصدر عسكري", "anonymous"), ("وزارة الدفاع", "organization"),
            ("المتحدث باسم الجيش", "person"), ("مصادر محلية", "anonymous"), ("الأمم المتحدة", "organization")]
AGENCIES = [("سبوتنيك", "Sputnik", "state"), ("الأناضول", "Anadolu Agency", "state"), ("رويترز", "Reuters", "private"),
            ("فرانس برس", "AFP", "public")]
OUTLETS = [f"Outlet {i}" for i in range(40)]
VERBS = ["مقتل", "مصرع", "سقوط"]


def generate(n: int, seed: int = 7) -> list[dict]:
    """n analysis records: events of 2–8 articles each, spread over two years."""
    rnd = random.Random(seed)
    out: list[dict] = []
    start = date(2020, 1, 1)
    e = 0
    while len(out) < n:
        e += 1
        place = rnd.choice(PLACES)
        country = rnd.choice(COUNTRIES)
        group = rnd.choice(GROUPS)
        day = start + timedelta(days=rnd.randrange(730))
        toll = rnd.randrange(3, 400)
        speaker = rnd.choice(SPEAKERS)
        agency = rnd.choice(AGENCIES)
        ents = [
            {"text": place[0], "type": "LOC", "canonical": place[1], "id": f"bench:loc/{place[1]}", "subtype": place[2], "mentions": [place[0]]},
            {"text": country[0], "type": "LOC", "canonical": country[1], "id": f"bench:c/{country[1]}", "subtype": "country", "mentions": [country[0]]},
            {"text": group, "type": "ORG", "canonical": f"Faction {GROUPS.index(group)}", "id": f"bench:org/{GROUPS.index(group)}", "subtype": "armed_group", "mentions": [group]},
        ]
        for k in range(rnd.randrange(2, 9)):
            if len(out) >= n:
                break
            value = toll if rnd.random() < 0.7 else toll + rnd.randrange(1, 30)
            verb = rnd.choice(VERBS)
            english = rnd.random() < 0.15
            if english:
                title = f"{value} killed in {place[1]} as {ents[2]['canonical']} clashes continue (event {e})"
                ev = f"At least {value} people were killed in {place[1]}, {speaker[0]} said, according to {agency[1]}."
            else:
                title = f"{verb} {value} شخصاً في اشتباكات مع {group} في {place[0]} (حدث {e})"
                ev = f"وقال {speaker[0]} لوكالة {agency[0]} إن {value} شخصاً قتلوا في {place[0]} شمال {country[0]} خلال اشتباكات مع {group}."
            body = ev + " " + " ".join(rnd.sample(["وتتواصل المعارك منذ أسابيع.", "وتشهد المنطقة توتراً متصاعداً.",
                                                    "ولم يصدر تعليق رسمي حتى الآن.", "وتعد المنطقة من أكثر المناطق اشتعالاً."], 2))
            claim = {"evidence": ev, "content": f"{value} شخصاً قتلوا في {place[0]}", "stance": "assert",
                     "speaker": {"text": speaker[0], "kind": speaker[1], "canonical": None, "id": None, "mention": speaker[0]},
                     "via": [{"text": agency[0], "canonical": agency[1], "id": f"bench:media/{agency[1]}"}]}
            fact = {"evidence": ev, "value": value, "vague": None, "approx": False, "qualifier": None, "kind": "killed",
                    "subject": "شخصاً", "place": place[0], "date": None, "claim": 0}
            out.append({"id": f"e{e}-{k}", "title": title, "body": body, "language": "en" if english else "ar",
                        "published": (day + timedelta(days=rnd.randrange(3))).isoformat(),
                        "outlet": {"name": rnd.choice(OUTLETS), "id": None}, "entities": ents,
                        "claims": [claim], "facts": [fact]})
    return out


def run_one(n: int) -> dict:
    from marsad.corpus import CorpusBuilder

    records = generate(n)
    t0 = time.perf_counter()
    b = CorpusBuilder(None)
    b.add(records)
    t1 = time.perf_counter()
    corpus = b.build(records)
    t2 = time.perf_counter()
    # incremental: 1% more articles on top of the kept index
    extra = generate(n + max(10, n // 100), seed=7)[n:]
    for r in extra:
        r["id"] = "x" + r["id"]
    t3 = time.perf_counter()
    b.add(extra)
    t4 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "index_s": t1 - t0, "group_s": t2 - t1, "total_s": t2 - t0, "incremental_1pct_s": t4 - t3,
            "stories": len(corpus["stories"]), "groups": len(corpus["claim_groups"]), "peak_rss_mb": rss}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one)))
        return
    results = {}
    for n in [int(x) for x in a.sizes.split(",")]:
        runs = []
        for _ in range(a.repeat):
            p = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
            runs.append(json.loads(p.stdout.strip().splitlines()[-1]))
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        results[n] = med
        print(f"{n:>8} articles: total {med['total_s']:.1f}s (index {med['index_s']:.1f}s, groups {med['group_s']:.1f}s), "
              f"{n / med['total_s']:.0f} articles/s, +1% incremental {med['incremental_1pct_s']:.2f}s, "
              f"peak RSS {med['peak_rss_mb']:.0f} MB, {med['stories']:.0f} stories, {med['groups']:.0f} claim groups")
    sizes = sorted(results)
    if len(sizes) > 1:
        lo, hi = results[sizes[0]], results[sizes[-1]]
        ratio = (hi["total_s"] / sizes[-1]) / (lo["total_s"] / sizes[0])
        print(f"time per article at {sizes[-1]} / at {sizes[0]}: {ratio:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()
