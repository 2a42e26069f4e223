"""Running a batch: read inputs, skip what is current, analyse the rest, store each article as it is done.

Shared by `marsad analyze` and `marsad.analyze(...)`. Analysis may run in worker processes
(a local pool, or a Dask cluster); every store write stays in the calling process, one
transaction per article, so a killed batch keeps everything committed and a re-run only does what is left.
"""
from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from marsad.store.dedup import DedupIndex, simhash


@dataclass
class Outcome:
    """What happened to one input."""

    source: str
    status: str  # analysed | unchanged | skipped | error
    id: str | None = None
    record: dict[str, Any] | None = None
    doc: Any = None  # the Document, when analysed here
    reason: str | None = None

    @property
    def duplicate_of(self) -> str | None:
        return (self.record or {}).get("duplicate_of")


@dataclass
class Summary:
    analysed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        if o.status == "analysed":
            self.analysed += 1
        elif o.status == "unchanged":
            self.unchanged += 1
        elif o.status == "skipped":
            self.skipped.append((o.source, o.reason or ""))
        else:
            self.errors.append((o.source, o.reason or ""))
        if o.status in ("analysed", "unchanged") and o.duplicate_of:
            self.duplicates += 1

    @property
    def ok(self) -> int:
        return self.analysed + self.unchanged

    @property
    def reasons(self) -> Counter:
        return Counter(_reason_kind(r) for _, r in self.skipped + self.errors)

    def exit_code(self) -> int:
        """0: every input done; 2: a partial batch (something skipped); 1: nothing could be done."""
        if not self.skipped and not self.errors:
            return 0 if self.ok else 1
        return 2 if self.ok else 1


def _reason_kind(reason: str) -> str:
    return reason.split(":", 1)[0].strip() or reason


def parse_date(s: str | date | None) -> date | None:
    if s is None or isinstance(s, date):
        return s
    return date.fromisoformat(s)


def read(inputs: Iterable[str], max_bytes: int | None = None, reference_date: date | None = None) -> Iterator[Any]:
    """`marsad.ingest.read_inputs`, passing only the options its signature accepts."""
    from marsad.ingest import read_inputs

    params = inspect.signature(read_inputs).parameters
    kw: dict[str, Any] = {}
    if max_bytes is not None and "max_bytes" in params:
        kw["max_bytes"] = max_bytes
    if reference_date is not None and "reference_date" in params:
        kw["reference_date"] = reference_date.isoformat()
    return read_inputs([str(i) for i in inputs], **kw)


# ---------------------------------------------------------------------------- workers
_WORKER_CTX: dict[tuple, Any] = {}


def _context(kb: str | None, reference_date: date | None):
    from marsad.pipeline import Context

    key = (kb, reference_date)
    if key not in _WORKER_CTX:
        _WORKER_CTX[key] = Context.default(kb, reference_date)
    return _WORKER_CTX[key]


def analyze_one(raw: Any, kb: str | None, reference_date: date | None) -> tuple[str, Any]:
    """Analyse one page in whatever process runs it: ("ok", Document) or ("error", message)."""
    from marsad.pipeline import analyze_page

    try:
        doc = analyze_page(raw, _context(kb, reference_date))
        if getattr(doc, "simhash", None) is None:
            doc.simhash = simhash(doc.body or doc.text or "")
        return "ok", doc
    except Exception as exc:  # noqa: BLE001 - one bad page must not sink the batch
        return "error", f"error: {type(exc).__name__}: {exc}"


_WARM_UP = ("عاجل: مقتل 12 شخصاً في قصف على حلب\n\n"
            "قال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا في قصف استهدف حلب اليوم.\n"
            "Officials in Damascus denied the report, the agency said.\n")


class _Serial:
    def map(self, raws: list[Any], kb: str | None, ref: date | None) -> list[tuple[str, Any]]:
        return [analyze_one(r, kb, ref) for r in raws]

    def close(self) -> None:
        pass


class _Processes:
    """Local worker processes: one long-lived pool (workers load the KB once), pages mapped
    onto it in order. Plain `ProcessPoolExecutor.map`, not a Dask bag on the multiprocessing
    scheduler: on 2 CPUs Dask's per-task bookkeeping and transfers cost about as much CPU as
    the analysis itself (-w 2 was slower than -w 1); `--dask ADDRESS` still uses a cluster."""

    def __init__(self, workers: int, kb: str | None = None, ref: date | None = None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        # fork where there is one: workers start at once and share the loaded modules copy-on-write;
        # one warm-up page first, so the KB and language models are loaded once, not once per worker
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        if method == "fork":
            from marsad.document import RawPage

            analyze_one(RawPage(id="warm-up", text=_WARM_UP), kb, ref)
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
        if method == "fork":
            # start the workers now, from this thread: `run` submits chunks from a helper thread,
            # and a fork there would copy locks the main thread may be holding
            self.pool.submit(int).result()

    def map(self, raws: list[Any], kb: str | None, ref: date | None) -> list[tuple[str, Any]]:
        if not raws:
            return []
        n = len(raws)
        size = max(1, -(-n // (self.workers * 4)))  # about four chunks per worker, as the Dask partitions were
        return list(self.pool.map(analyze_one, raws, [kb] * n, [ref] * n, chunksize=size))

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class _DaskDistributed:
    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise RuntimeError("--dask ADDRESS needs the `distributed` package (pip install distributed)") from exc
        self.client = Client(address)

    def map(self, raws: list[Any], kb: str | None, ref: date | None) -> list[tuple[str, Any]]:
        futures = self.client.map(analyze_one, raws, kb=kb, reference_date=ref, pure=False)
        return self.client.gather(futures)

    def close(self) -> None:
        self.client.close()


# ---------------------------------------------------------------------------- the batch
def run(inputs: Iterable[str], store: Any = None, kb: str | Path | None = None,
        reference_date: str | date | None = None, force: bool = False, max_bytes: int | None = None,
        workers: int = 1, dask_address: str | None = None, chunk: int | None = None) -> Iterator[Outcome]:
    """Yield one `Outcome` per input article (and per skipped input), in input order."""
    from marsad.ingest import Skip
    from marsad.pipeline import pipeline_version
    from marsad.store.store import raw_hash

    ref = parse_date(reference_date)
    kb_s = str(kb) if kb else None
    version = pipeline_version()
    items = read(inputs, max_bytes, ref)  # streamed: a huge batch never sits in memory
    if dask_address:
        runner: Any = _DaskDistributed(dask_address)
    elif workers > 1:
        runner = _Processes(workers, kb_s, ref)
    else:
        runner = _Serial()
    size = chunk or (1 if isinstance(runner, _Serial) else 16 * max(workers, 1))
    memo = DedupIndex() if store is None else None
    # with worker processes, the next chunk is analysed while this process stores the last one
    # (one thread waits on the workers); results still come out in input order
    ahead = None
    if not isinstance(runner, _Serial):
        from concurrent.futures import ThreadPoolExecutor

        ahead = ThreadPoolExecutor(1, thread_name_prefix="marsad-batch")
    try:
        pending: list[tuple[Any, str]] = []
        inflight: list[tuple[list[tuple[Any, str]], Any]] = []  # at most one (chunk, future)

        def finish(chunk: list[tuple[Any, str]], results: list[tuple[str, Any]]) -> Iterator[Outcome]:
            for (raw, h), (status, val) in zip(chunk, results, strict=True):
                yield _finish(raw, h, status, val, store, version, memo)

        def drain() -> Iterator[Outcome]:
            while inflight:
                chunk, fut = inflight.pop(0)
                yield from finish(chunk, fut.result())

        def submit() -> Iterator[Outcome]:
            if not pending:
                return
            chunk = pending[:]
            pending.clear()
            if ahead is None:
                yield from finish(chunk, runner.map([r for r, _ in chunk], kb_s, ref))
                return
            fut = ahead.submit(runner.map, [r for r, _ in chunk], kb_s, ref)
            yield from drain()  # the previous chunk, stored while this one is analysed
            inflight.append((chunk, fut))

        def flush() -> Iterator[Outcome]:
            yield from submit()
            yield from drain()

        for item in items:
            if isinstance(item, Skip):
                if store is not None:
                    store.log_skip(item.source, item.reason)
                yield from flush()
                yield Outcome(source=item.source, status="skipped", reason=item.reason)
                continue
            h = raw_hash(item)
            if store is not None and not force and store.is_current(item.id, h, version):
                yield from flush()
                yield Outcome(source=_source(item), status="unchanged", id=item.id, record=store.get(item.id))
                continue
            pending.append((item, h))
            if len(pending) >= size:
                yield from submit()
        yield from flush()
    finally:
        if ahead is not None:
            ahead.shutdown(wait=True, cancel_futures=True)
        runner.close()


def _source(raw: Any) -> str:
    return raw.source_path or raw.url or raw.id


def _finish(raw: Any, h: str, status: str, val: Any, store: Any, version: str, memo: DedupIndex | None) -> Outcome:
    if status != "ok":
        if store is not None:
            store.log_skip(_source(raw), val)
        return Outcome(source=_source(raw), status="error", id=raw.id, reason=val)
    doc = val
    try:
        if store is not None:
            rec = store.upsert(doc, version, content_hash=h)
        else:
            if memo is not None and doc.duplicate_of is None:
                doc.duplicate_of = memo.find(doc.simhash, exclude=doc.id)
            if memo is not None:
                memo.add(doc.id, doc.simhash)
            rec = doc.to_record()
            rec["duplicate_of"] = doc.duplicate_of
            rec["pipeline_version"] = version
    except Exception as exc:  # noqa: BLE001 - e.g. a record the database refuses: report, go on
        reason = f"error: store: {type(exc).__name__}: {exc}"
        return Outcome(source=_source(raw), status="error", id=raw.id, reason=reason)
    return Outcome(source=_source(raw), status="analysed", id=doc.id, record=rec, doc=doc)
