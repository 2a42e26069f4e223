"""Benchmark `analyze`: articles per second and peak RSS on a generated corpus of varied pages.

    .venv/bin/python benchmarks/bench_analyze.py                  # 2000 pages, 3 runs of each mode
    .venv/bin/python benchmarks/bench_analyze.py -n 5000 --runs 1 --workers 1 2

Modes, each run in a fresh process with a fresh SQLite store (so peak RSS is per run):
  * `pipeline`  — in-process `marsad.store.batch.run` without a store (analysis only);
  * `in-process` — the same, writing every article to the store;
  * `cli`        — the `marsad analyze` command as a user runs it (start-up included).
Peak RSS comes from `getrusage`: the largest process, not the sum of Dask workers.
Articles per CPU-second (user + system time of the run's processes) is the figure to
compare on a shared, loaded machine, where wall-clock rates mostly measure the neighbours.
Reported numbers are medians over the runs.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def _child(args: argparse.Namespace) -> None:
    """Inside the measured process: analyse the corpus and print {n, seconds, rss_mb} as JSON."""
    from marsad.store import Store
    from marsad.store.batch import Summary, run

    t0 = time.perf_counter()
    store = Store.open(args.db) if args.child == "in-process" else None
    s = Summary()
    for o in run([args.corpus], store=store, workers=args.workers_n):
        s.add(o)
    dt = time.perf_counter() - t0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(json.dumps({"n": s.analysed, "skipped": len(s.skipped) + len(s.errors), "duplicates": s.duplicates,
                      "seconds": dt, "cpu": cpu, "rss_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024}))


def _measure(cmd: list[str], parse_json: bool) -> dict:
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    out, errs = p.communicate()
    dt = time.perf_counter() - t0
    # getrusage(RUSAGE_CHILDREN) keeps the maximum over all children: read it per child from a fresh Popen
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if p.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{errs[-2000:]}")
    if parse_json:
        res = json.loads(out.strip().splitlines()[-1])
    else:
        res = {"n": None, "seconds": dt, "rss_mb": rss}
    res["wall"] = dt
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="pages in the generated corpus")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1], help="worker counts to try")
    ap.add_argument("--modes", nargs="+", default=["pipeline", "in-process", "cli"])
    ap.add_argument("--corpus-dir", help="keep the generated corpus here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--workers-n", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args)
        return

    from rich.console import Console
    from rich.table import Table
    from synth import build

    console = Console(width=max(Console().width, 110))
    tmp = tempfile.TemporaryDirectory(prefix="marsad-bench-")
    corpus = Path(args.corpus_dir or tmp.name) / "corpus"
    t0 = time.perf_counter()
    paths = build(corpus, args.n)
    size = sum(p.stat().st_size for p in paths)
    console.print(f"corpus: {len(paths)} pages ({size / 1e6:.1f} MB, "
                  f"{sum(p.suffix == '.html' for p in paths)} HTML) built in {time.perf_counter() - t0:.1f}s")
    rows = []
    for workers in args.workers:
        for mode in args.modes:
            results = []
            for r in range(args.runs):
                db = Path(tmp.name) / f"bench-{mode}-{workers}-{r}.db"
                if mode == "cli":
                    cmd = [str(ROOT / ".venv/bin/marsad") if (ROOT / ".venv/bin/marsad").exists() else "marsad",
                           "analyze", str(corpus), "--db", str(db), "--quiet", "--workers", str(workers)]
                    # one measuring process per run, so RUSAGE_CHILDREN's maximum is this run's
                    wrapper = [sys.executable, "-c",
                               "import resource,subprocess,sys,json,time;t=time.perf_counter();"
                               "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
                               "r=resource.getrusage(resource.RUSAGE_CHILDREN);"
                               "print(json.dumps({'rc':p.returncode,'seconds':time.perf_counter()-t,"
                               "'cpu':r.ru_utime+r.ru_stime,'rss_mb':r.ru_maxrss/1024}))", *cmd]
                    res = _measure(wrapper, parse_json=True)
                    res["n"] = len(paths)
                else:
                    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--corpus", str(corpus),
                           "--db", str(db), "--workers-n", str(workers)]
                    res = _measure(cmd, parse_json=True)
                results.append(res)
                console.print(f"  {mode:10} workers={workers} run {r + 1}: {res['n']} articles in {res['seconds']:.1f}s "
                              f"({res['cpu']:.1f} CPU-s), peak RSS {res['rss_mb']:.0f} MB")
                for f in Path(tmp.name).glob(f"bench-{mode}-{workers}-{r}.db*"):
                    f.unlink()
            sec = statistics.median(x["seconds"] for x in results)
            n = results[0]["n"] or len(paths)
            cpu = statistics.median(x["cpu"] for x in results)
            rows.append((mode, workers, n, sec, n / sec, n / cpu, statistics.median(x["rss_mb"] for x in results)))
    t = Table(title=f"marsad analyze — {len(paths)} generated pages, median of {args.runs} run(s), "
                    f"{os.cpu_count()} CPUs")
    for c in ("mode", "workers", "articles", "seconds", "articles/s", "articles/CPU-s", "peak RSS MB"):
        t.add_column(c, justify="right")
    for mode, w, n, sec, rate, cpu_rate, rss in rows:
        t.add_row(mode, str(w), str(n), f"{sec:.1f}", f"{rate:.1f}", f"{cpu_rate:.1f}", f"{rss:.0f}")
    console.print(t)
    tmp.cleanup()


if __name__ == "__main__":
    main()
