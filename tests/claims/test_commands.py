"""`marsad claims`: filters and the chain line, on records and through the command line."""
from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from marsad.claims.commands import chain_line, claim_rows, register

RECORD = {
    "id": "a1", "title": "t", "published": "2024-05-01", "outlet": {"name": "Hashtag Syria", "id": "x:hashtag"},
    "claims": [
        {"evidence": "وقال المصدر لوكالة ريا نوفوستي إن …", "content": "إن …", "stance": "assert", "cue": "وقال",
         "speaker": {"text": "مصدر عسكري روسي", "kind": "anonymous", "mention": "المصدر", "canonical": None},
         "via": [{"text": "ريا نوفوستي", "canonical": "RIA Novosti"}]},
        {"evidence": "ونفت الوزارة وصول المقاتلين.", "content": "وصول المقاتلين", "stance": "deny", "cue": "ونفت",
         "speaker": {"text": "وزارة الخارجية الروسية", "kind": "organization", "canonical": "Russian Foreign Ministry"},
         "via": []},
    ],
}


def test_chain_line_reads_from_page_to_source():
    assert chain_line(RECORD["claims"][0], RECORD["outlet"]) == "Hashtag Syria ← RIA Novosti ← مصدر عسكري روسي"
    assert chain_line(RECORD["claims"][1], None) == "وزارة الخارجية الروسية (Russian Foreign Ministry)"


def test_filters():
    assert len(list(claim_rows([RECORD]))) == 2
    assert [r["stance"] for r in claim_rows([RECORD], stance="deny")] == ["deny"]
    assert len(list(claim_rows([RECORD], speaker="مصدر عسكري"))) == 1
    assert len(list(claim_rows([RECORD], speaker="المصدر"))) == 1  # the mention counts too
    assert len(list(claim_rows([RECORD], speaker="Russian Foreign"))) == 1
    assert len(list(claim_rows([RECORD], outlet="hashtag"))) == 2
    assert list(claim_rows([RECORD], outlet="BBC")) == []
    assert len(list(claim_rows([RECORD], text="المقاتلين"))) == 1


def test_command_analyses_inputs_as_jsonl(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("عنوان الخبر\n\nوقال مصدر عسكري لوكالة “سبوتنيك” إن الجيش يستعد لهجوم.\n"
                    "ونفت وزارة الدفاع وصول تعزيزات.\n", encoding="utf-8")
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps Typer in sub-command mode
        pass

    out = tmp_path / "c.jsonl"
    res = CliRunner().invoke(app, ["claims", str(page), "--format", "jsonl", "--output", str(out), "--stance", "deny"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1 and rows[0]["stance"] == "deny" and rows[0]["speaker_kind"] == "organization"
    res = CliRunner().invoke(app, ["claims", str(page), "--stance", "maybe"])
    assert res.exit_code != 0
