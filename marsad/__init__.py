"""marsad (مرصد): an Arabic-first news-intelligence engine.

Raw scraped news pages in; clean articles, entities, attributed claims with their chains
of transmission, and numeric facts out — and, across articles, stories, claim groups,
conflicts and independent origins.
"""
from __future__ import annotations

__version__ = "0.1.0"

from marsad.api import analyze, open  # noqa: E402,A004

__all__ = ["analyze", "open", "__version__"]
