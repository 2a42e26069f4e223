"""Shared fixtures: stores on SQLite and on a real PostgreSQL server.

PostgreSQL comes from `MARSAD_TEST_DATABASE_URL` (default: the local server with trust
authentication). Each test gets its own schema, dropped afterwards. When the server cannot
be reached the PostgreSQL cases are skipped, unless `MARSAD_REQUIRE_POSTGRES=1` (CI), where
they fail instead.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "marsad" / "data" / "samples"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"


def pg_base_url() -> str:
    return os.environ.get("MARSAD_TEST_DATABASE_URL") or PG_DEFAULT


def _pg_required() -> bool:
    return os.environ.get("MARSAD_REQUIRE_POSTGRES", "") not in ("", "0", "false")


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose search_path is a fresh schema (dropped after the test)."""
    import psycopg

    base = pg_base_url()
    conninfo = base.replace("postgresql+psycopg://", "postgresql://")
    try:
        conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server"
        if _pg_required():
            pytest.fail(f"PostgreSQL required (MARSAD_REQUIRE_POSTGRES=1) but unreachable at {base}: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {base}: {exc}")
    schema = "marsad_test_" + uuid.uuid4().hex[:12]
    conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        conn.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """An empty store on each backend."""
    from marsad.store import Store

    url = str(tmp_path / "t.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = Store.open(url)
    yield s
    s.close()


@pytest.fixture
def samples() -> Path:
    return SAMPLES
