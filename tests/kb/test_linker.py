"""Linking: choosing among entries, fuzzy matching of misspellings, local ids and romanisation."""
from __future__ import annotations

from pathlib import Path

import pytest

from marsad.kb.base import KnowledgeBase, read_kb_file
from marsad.kb.gazetteer import Gazetteer
from marsad.kb.linker import Linker
from marsad.kb.romanize import romanize, slug

KB_FILE = Path(__file__).parents[1] / "entities" / "data" / "kb.yaml"


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(Gazetteer(KnowledgeBase(read_kb_file(KB_FILE)), with_cities=False))


@pytest.mark.parametrize("text,type_,id_", [
    ("أدروغان", "PER", "Q39259"),
    ("رجب طيب اردغان", "PER", "Q39259"),
    ("فرفة الحمزة", "ORG", "mk:org/hamza-division"),
    ("ليفا المعتصم", "ORG", "mk:org/mutasim-brigade"),
])
def test_fuzzy_finds_misspelt_names(linker, text, type_, id_):
    hit = linker.fuzzy(text, type_)
    assert hit is not None and hit[0].id == id_


@pytest.mark.parametrize("text,type_", [("بوتان", "PER"), ("الجيش الوطني الليبي", "ORG"), ("حمزة", "ORG")])
def test_fuzzy_rejects_other_names(linker, text, type_):
    assert linker.fuzzy(text, type_) is None


def test_context_chooses_between_entries(tmp_path):
    f = tmp_path / "kb.yaml"
    f.write_text("""entries:
  - {id: A, type: PER, name: Ahmad One, aliases: {ar: [أحمد الحسن]}, country: Q858}
  - {id: B, type: PER, name: Ahmad Two, aliases: {ar: [أحمد الحسن]}, country: Q805}
""", encoding="utf-8")
    lk = Linker(Gazetteer(KnowledgeBase(read_kb_file(f)), with_cities=False))
    assert lk.choose(["A", "B"], {"Q805"}).id == "B"
    assert lk.choose(["A", "B"], {"Q858"}).id == "A"


@pytest.mark.parametrize("arabic,english", [
    ("رأفت فرزات", "Raafat Farzat"),
    ("محمد حاج إبراهيم", "Mohammad Haj Ibrahim"),
    ("حسين أزيري", "Hussein Aziri"),
    ("أوليغ سيرامولوتوف", "Oleg Seramolotov"),
    ("أبو محمد الجولاني", "Abu Mohammad al-Julani"),
])
def test_romanisation(arabic, english):
    assert romanize(arabic) == english


def test_local_ids_are_stable_slugs():
    assert Linker.local("بلال الطيباني", "PER") == Linker.local("بلال الطيباني", "PER")
    id_, canonical = Linker.local("رأفت فرزات", "PER")
    assert (id_, canonical) == ("mk:per/raafat-farzat", "Raafat Farzat")
    assert slug("Bilal al-Tayyibani") == "bilal-al-tayyibani"
    assert Linker.local("Northern Storm Brigade", "ORG")[0] == "mk:org/northern-storm-brigade"
