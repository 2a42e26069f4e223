"""The analyst's workbench: REST API and web UI over the store (`marsad serve`).

`create_app` is imported on first use, so the CLI (which imports `marsad.web.commands`)
does not pay for FastAPI on every command.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from marsad.web.app import create_app

        return create_app
    raise AttributeError(name)
