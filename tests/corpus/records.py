"""Builders of analysis records (the contract's shape) for the corpus tests."""
from __future__ import annotations


def ent(text, type_, canonical, id_, subtype):
    return {"text": text, "type": type_, "canonical": canonical, "id": id_, "subtype": subtype, "mentions": [text]}


SYRIA = ent("سوريا", "LOC", "Syria", "Q858", "country")
AZ = ent("أذربيجان", "LOC", "Azerbaijan", "Q227", "country")
KARABAKH = ent("كاراباخ", "LOC", "Nagorno-Karabakh", "Q489", "region")
KARABAKH_EN = ent("Nagorno-Karabakh", "LOC", "Nagorno-Karabakh", "Q489", "region")
SPUTNIK = ent("سبوتنيك", "ORG", "Sputnik", "Q846664", "news_agency")
SOHR = ent("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights", "Q1342", "ngo_monitor")
YEMEN = ent("اليمن", "LOC", "Yemen", "Q1009", "country")
MARIB = ent("مأرب", "LOC", "Marib", "Q131355", "city")
HOUTHI = ent("الحوثيين", "ORG", "Houthis", "Q_houthi", "armed_group")


def claim(evidence, content, speaker, kind, stance="assert", via=(), canonical=None, id_=None):
    return {"evidence": evidence, "content": content, "stance": stance,
            "speaker": {"text": speaker, "kind": kind, "canonical": canonical, "id": id_, "mention": speaker},
            "via": [{"text": v[0], "canonical": v[1], "id": v[2]} for v in via]}


def fact(evidence, value, kind, claim_idx=None, approx=False, date=None, subject=None):
    return {"evidence": evidence, "value": value, "vague": None, "approx": approx, "qualifier": None, "kind": kind,
            "subject": subject, "place": None, "date": date, "claim": claim_idx}


def record(id_, title, body, entities, claims=(), facts=(), outlet=None, published=None, language="ar"):
    return {"id": id_, "title": title, "body": body, "language": language, "published": published,
            "outlet": {"name": outlet, "id": None} if outlet else None, "entities": list(entities),
            "claims": list(claims), "facts": list(facts)}
