"""The second development set is well-formed: gold follows the scorer's format and points into its article.

These tests check the DATA, not the system: no score floors here. They catch a gold
anchor edited away from its article, a mention the scorer could never match, a
boilerplate line that also occurs in the body (unscorable), or a broken corpus link.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
GOLD = HERE / "gold"

SPEAKER_KINDS = {"person", "anonymous", "organization", "media", "government"}
STANCES = {"assert", "deny", "not_rule_out"}
FACT_KINDS = {"killed", "wounded", "deployed", "recruited", "returned", "handed_over", "detained",
              "displaced", "force_size", "other"}
VAGUE = {"dozens", "hundreds", "thousands", "tens_of_thousands", "hundreds_of_thousands", "several_thousand", "several"}
ENTITY_TYPES = {"PER", "ORG", "LOC"}
CONFLICTS = {"numeric", "stance", "update"}

# The scorer's text fold (../shared/eval/score.py), repeated here so the test needs nothing outside the repo.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       **{chr(0x660 + i): str(i) for i in range(10)}})
_PUNCT = re.compile(r"[\"'“”„«»‹›`´’‘()\[\]{}<>.,،؛;:!?؟…•·\-–—_/\\|*#@%&+=~^]")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _DIACRITICS.sub("", text).translate(_FOLD).lower()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    return " ".join(_PUNCT.sub(" ", text).split())


def _present(form: str, text_n: str) -> bool:
    """A surface form occurs on word boundaries, allowing the leading clitics the scorer forgives."""
    f = norm(form)
    pats = [r"(?:^| )(?:و|ف)?(?:ب|ل|ك)?" + re.escape(f) + r"(?= |$)"]
    if f.startswith("ال"):
        pats.append(r"(?:^| )(?:و|ف)?(?:لل|بال|كال)" + re.escape(f[2:]) + r"(?= |$)")
    return any(re.search(p, text_n) for p in pats)


def _gold_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.name != "corpus.json")


def _load(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def _article_for(gold: dict) -> Path:
    return ARTICLES / f"{gold['id']}.txt"


GOLDS = _gold_files(GOLD)


def test_every_article_has_gold_and_back():
    arts = {p.stem for p in ARTICLES.glob("*.txt")}
    golds = {p.stem for p in _gold_files(GOLD)}
    assert arts and arts == golds


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_gold_schema(path):
    g = _load(path)
    assert g["id"] == path.stem
    assert g["language"] in {"ar", "en"}
    for key in ("outlet", "republished_from"):
        if g[key] is not None:
            assert isinstance(g[key]["name"], str) and isinstance(g[key]["aliases"], list)
    assert g["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published"])
    for d in g.get("published_not", []):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) and d != g["published"]
    assert all(isinstance(b, str) and b.strip() for b in g["boilerplate"])
    for e in g["entities"]:
        assert e["type"] in ENTITY_TYPES and e["canonical"] and e["mentions"]
        assert isinstance(e["aliases"], list)
    for c in g["claims"]:
        assert c["speaker"] and c["speaker_kind"] in SPEAKER_KINDS and c["stance"] in STANCES
        assert set(c.get("speaker_kind_alternatives", [])) <= SPEAKER_KINDS
        assert isinstance(c["via"], list) and isinstance(c["via_optional"], list)
    for f in g["facts"]:
        assert f["kind"] in FACT_KINDS and set(f.get("kind_alternatives", [])) <= FACT_KINDS
        assert isinstance(f["approx"], bool)
        if f["value"] is None:
            assert f["vague"] in VAGUE
        else:
            assert isinstance(f["value"], int) and f["value"] > 0 and f["vague"] is None


@pytest.mark.parametrize("path", _gold_files(GOLD), ids=lambda p: p.stem)
def test_gold_points_into_article(path):
    g = _load(path)
    src = _article_for(g).read_text(encoding="utf-8")
    lines = src.splitlines()
    assert g["title"] in lines
    bp = set(g["boilerplate"])
    assert bp <= set(lines), bp - set(lines)
    content = [ln for ln in lines if ln.strip() and ln not in bp and norm(ln) != norm(g["title"])]
    body_n = f" {norm(' '.join(content))} "
    # a boilerplate line that also occurs inside the body could never count as removed
    assert [b for b in bp if f" {norm(b)} " in body_n] == []
    text_n = norm(" ".join([g["title"], *content]))
    for e in g["entities"]:
        missing = [m for m in e["mentions"] if not _present(m, text_n)]
        assert not missing, (e["canonical"], missing)
    for item in g["claims"] + g["facts"]:
        a = item["anchor"]
        assert src.count(a) == 1 and norm(src).count(norm(a)) == 1, a
    names = {n for e in g["entities"] for n in [e["canonical"], *e["aliases"]]} | set(g.get("accept_via", []))
    for c in g["claims"]:
        assert set(c["via"]) | set(c["via_optional"]) <= names, c["anchor"]
        assert any(_present(s, text_n) for s in c["speaker"]), c["anchor"]


def test_corpus_links_point_at_gold_claims():
    corpus = _load(GOLD / "corpus.json")
    ids = {p.stem for p in ARTICLES.glob("*.txt")}
    for level in ("stories", "storylines"):
        seen = [i for group in corpus[level] for i in group]
        assert sorted(seen) == sorted(ids), level  # every article in exactly one group
    assert corpus["claim_groups"]
    for grp in corpus["claim_groups"]:
        assert len(grp["members"]) >= 2
        assert grp["conflict"] is None or grp["conflict"]["kind"] in CONFLICTS
        if grp["conflict"] and grp["conflict"]["kind"] == "numeric":
            assert len(set(grp["conflict"]["values"])) >= 2
        assert grp.get("independent_origins") is None or grp["independent_origins"] >= 1
        for doc, anchor in grp["members"]:
            assert doc in ids
            gold = _load(GOLD / f"{doc}.json")
            src = (ARTICLES / f"{doc}.txt").read_text(encoding="utf-8")
            assert src.count(anchor) == 1, anchor
            line = next(ln for ln in src.splitlines() if anchor in ln)
            assert any(c["anchor"] in line for c in gold["claims"]), anchor
