"""The candidate mention every rule proposes, and token helpers the rules share."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.document import Token
from marsad.kb.gazetteer import is_quote_token, token_key
from marsad.text.tokens import proclitic_splits

# sources, strongest first: on equal length the stronger wins
PRIORITY = {"kb": 6, "gazetteer": 5, "rule:demonym_org": 4, "fuzzy": 3, "rule:org_head": 2, "rule:title": 2,
            "rule:apposition": 2, "rule:place": 1, "rule:given_name": 1, "rule:list": 1, "rule:repeat": 1, "rule:en_caps": 0}


@dataclass
class Cand:
    start_tok: int
    end_tok: int  # exclusive
    type: str
    source: str
    clitics: str = ""  # normalised clitics split off the first token
    ids: list[str] = field(default_factory=list)  # exact KB candidates
    id: str | None = None
    canonical: str | None = None
    subtype: str | None = None
    article_added: bool = False
    score: float = 1.0
    head_len: int = 0  # tokens of a generic head («مركز», «وكالة») at the start
    extra: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        return self.end_tok - self.start_tok

    def overlaps(self, other: Cand) -> bool:
        return self.start_tok < other.end_tok and other.start_tok < self.end_tok


def key(t: Token) -> str:
    return token_key(t.norm)


@lru_cache(maxsize=200_000)
def _readings(norm: str) -> tuple[tuple[str, str], ...]:
    return tuple((c, token_key(r)) for c, r in proclitic_splits(norm))


@lru_cache(maxsize=200_000)
def _conj_readings(norm: str) -> tuple[tuple[str, str], ...]:
    return tuple((c, r) for c, r in _readings(norm) if len(c) <= 2)


def readings(t: Token) -> tuple[tuple[str, str], ...]:
    """(clitics, rest) readings of a word token, the unsplit one first."""
    return () if t.is_punct else _readings(t.norm)


def conj_readings(t: Token) -> tuple[tuple[str, str], ...]:
    """Readings with at most a conjunction or preposition split off (و ف ب ل ك), article kept."""
    return () if t.is_punct else _conj_readings(t.norm)


def article_added(t: Token, clitics: str, rest: str) -> bool:
    """«للجيش» read as ل + الجيش: the article of the reading is not written in the word."""
    return bool(clitics) and rest.startswith("ال") and not key(t).startswith(clitics + "ال")


def next_word(tokens: list[Token], i: int, skip_quotes: bool = True) -> int | None:
    """Index of the next word token after i, stepping over quotation marks only."""
    j = i + 1
    while j < len(tokens) and skip_quotes and is_quote_token(tokens[j]):
        j += 1
    if j < len(tokens) and not tokens[j].is_punct:
        return j
    return None
