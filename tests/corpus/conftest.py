"""Small hand-made corpora of analysis records (the contract's shape) for the corpus tests."""
from __future__ import annotations

import pytest

from marsad.kb.base import Entry, KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase([
        Entry("Q858", "LOC", "Syria", "country", {"ar": ["سوريا", "سورية"]}, {"demonyms": {"ar": ["سوري", "السوري"], "en": ["Syrian"]}}),
        Entry("Q227", "LOC", "Azerbaijan", "country", {"ar": ["أذربيجان"]}, {"demonyms": {"ar": ["أذربيجاني"], "en": ["Azerbaijani"]}}),
        Entry("Q399", "LOC", "Armenia", "country", {"ar": ["أرمينيا"]}, {"demonyms": {"ar": ["أرميني"]}}),
        Entry("Q43", "LOC", "Turkey", "country", {"ar": ["تركيا"]}, {"demonyms": {"ar": ["تركي"], "en": ["Turkish"]}}),
        Entry("Q1009", "LOC", "Yemen", "country", {"ar": ["اليمن"]}, {"demonyms": {"ar": ["يمني"]}}),
        Entry("Q46", "LOC", "Europe", "continent", {"ar": ["أوروبا"]}),
        Entry("Q489", "LOC", "Nagorno-Karabakh", "region", {"ar": ["كاراباخ", "ناغورنو كاراباخ"]}, {"country": "Q227"}),
        Entry("Q131355", "LOC", "Marib", "city", {"ar": ["مأرب"]}, {"country": "Q1009"}),
        Entry("Q193252", "LOC", "Taiz", "city", {"ar": ["تعز"]}, {"country": "Q1009"}),
        Entry("Q846664", "ORG", "Sputnik", "news_agency", {"ar": ["سبوتنيك"]}, {"ownership": "state", "country": "Q159"}),
        Entry("Q1342", "ORG", "Syrian Observatory for Human Rights", "ngo_monitor", {"ar": ["المرصد السوري لحقوق الإنسان"]}),
        Entry("Q_houthi", "ORG", "Houthis", "armed_group", {"ar": ["الحوثيين", "الحوثي"]}),
    ])
