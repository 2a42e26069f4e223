"""Build documents for the claims stage without the other stages, so these tests do not
move when the cleaner, the entity tagger or the knowledge base change."""
from __future__ import annotations

import pytest

from marsad import claims
from marsad.document import Document, Entity
from marsad.kb import Entry, KnowledgeBase
from marsad.pipeline import Context
from marsad.text import split_sentences, tokenize


def make_doc(body: str, title: str = "عنوان الخبر", republished_from: str | None = None, outlet: str | None = None,
             entities: list[tuple[str, str, str | None, str | None]] = ()) -> Document:
    text = f"{title}\n\n{body}"
    doc = Document(id="t", source=text, text=text, title=title, body_start=len(title) + 2)
    doc.body = body
    doc.sentences = split_sentences(text)
    doc.tokens = tokenize(text)
    if republished_from:
        doc.republished_from = {"name": republished_from}
    if outlet:
        doc.outlet = {"name": outlet}
    for surface, etype, canonical, subtype in entities:
        i = text.find(surface, doc.body_start)
        assert i >= 0, surface
        doc.entities.append(Entity(i, i + len(surface), surface, etype, canonical, f"x:{canonical}", subtype))
    return doc


SMALL_KB = KnowledgeBase([
    Entry("Q1", "ORG", "Sputnik", "news_agency", {"ar": ["سبوتنيك", "وكالة سبوتنيك"]}),
    Entry("Q2", "ORG", "RIA Novosti", "news_agency", {"ar": ["ريا نوفوستي"]}),
    Entry("Q3", "ORG", "Reuters", "news_agency", {"en": ["Reuters"], "ar": ["رويترز"]}),
    Entry("Q4", "LOC", "Moscow", "city", {"ar": ["موسكو"]}, {"capital_of": "Q159"}),
    Entry("Q5", "ORG", "Syrian Observatory for Human Rights", "ngo_monitor",
          {"ar": ["المرصد السوري لحقوق الإنسان"], "en": ["Syrian Observatory for Human Rights", "SOHR"]}),
])


def analyse(body: str, kb: KnowledgeBase | None = None, **kw) -> Document:
    doc = make_doc(body, **kw)
    claims.run(doc, Context(kb=kb))
    return doc


@pytest.fixture
def run():
    return analyse
