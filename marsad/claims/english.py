"""Attributed statements in English sentences (stub)."""
from __future__ import annotations


class EnglishReader:
    def __init__(self, doc, lex, kb, reg) -> None:
        self.doc, self.lex, self.kb, self.reg = doc, lex, kb, reg

    def read(self, sent_no: int, s0: int, s1: int) -> list:
        return []
