"""`marsad serve` as a user starts it: a subprocess bound to loopback, ingest on only with a token."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from webserver import free_port


def _start(tmp_path: Path, *args: str, env: dict[str, str] | None = None):
    port = free_port()
    cmd = [sys.executable, "-m", "marsad.cli", "serve", "--db", str(tmp_path / "s.db"), "--port", str(port), *args]
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read().decode())
        try:
            httpx.get(url + "/api/stats", timeout=1)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("marsad serve did not answer")


def _stop(proc) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_serve_on_loopback_with_token_from_env(tmp_path):
    proc, url = _start(tmp_path, env={"MARSAD_TOKEN": "env-secret"})
    try:
        assert httpx.get(url + "/").headers["content-security-policy"].startswith("default-src 'self'")
        assert httpx.get(url + "/ingest").status_code == 200  # on, from $MARSAD_TOKEN
        assert httpx.post(url + "/api/ingest", json={"text": "نص"}, headers={"Authorization": "Bearer guess"}).status_code == 401
        assert httpx.get(url + "/api/articles").json()["items"] == []  # a new, empty store was created
    finally:
        _stop(proc)
