"""The facts stage on a Document: links to claims, places, dates; and the `marsad facts` command."""
from __future__ import annotations

import csv
import io
from datetime import date

from typer.testing import CliRunner

from marsad.document import Channel, Claim, Document, Entity, Speaker
from marsad.facts import run
from marsad.facts.commands import fact_rows, figure_text
from marsad.text import split_sentences

TEXT = ("مصرع عشرات المقاتلين السوريين في كاراباخ\n\n"
        "كشفت وكالة سبوتنيك نقلاً عن مصدر، مقتل 93 مقاتلاً سوريّاً في ناغورنو كاراباخ، "
        "وتسليم 53 آخرين أمس الأحد إلى سوريا. "
        "وفي 26 من أيلول الماضي اندلعت اشتباكات بين أذربيجان وأرمينيا.")


def make_doc() -> Document:
    doc = Document(id="t1", source=TEXT, text=TEXT, published="2020-10-26")
    doc.sentences = split_sentences(TEXT)
    s = next(x for x in doc.sentences if "93" in TEXT[x.start:x.end])
    doc.claims = [Claim(start=s.start, end=s.end, evidence=TEXT[s.start:s.end], content="…",
                        speaker=Speaker(text="مصدر", kind="anonymous"),
                        via=[Channel(text="سبوتنيك", canonical="Sputnik", kind="agency")])]
    for name in ("ناغورنو كاراباخ", "سوريا", "أذربيجان"):
        i = TEXT.index(name)
        doc.entities.append(Entity(start=i, end=i + len(name), text=name, type="LOC"))
    return doc


def test_stage_links_claims_places_and_dates():
    doc = make_doc()
    run(doc, None)
    got = [(f.value, f.vague, f.kind) for f in doc.facts]
    assert got == [(None, "dozens", "killed"), (93, None, "killed"), (53, None, "handed_over")]
    headline, killed, handed = doc.facts
    assert headline.claim is None
    assert killed.claim == 0 and handed.claim == 0
    assert killed.place == "ناغورنو كاراباخ"
    assert handed.place == "سوريا"
    assert handed.date == "2020-10-25"  # «أمس الأحد» against the publication date
    assert TEXT[killed.num_start:killed.num_end] == "93"
    assert killed.evidence.startswith("كشفت وكالة سبوتنيك")


def test_stage_uses_reference_date_without_publication():
    doc = make_doc()
    doc.published = None

    class Ctx:
        reference_date = date(2020, 10, 26)

    run(doc, Ctx())
    assert doc.facts[2].date == "2020-10-25"


def test_rows_carry_speaker_and_chain():
    doc = make_doc()
    run(doc, None)
    rec = doc.to_record()
    rec["outlet"] = {"name": "=HYPERLINK(\"x\")"}
    rows = list(fact_rows([rec]))
    assert rows[1]["speaker"] == "مصدر" and rows[1]["chain"] == "Sputnik"
    assert rows[1]["date"] == rows[1]["published"] == "2020-10-26"  # no date in that clause: the article's
    assert [r["kind"] for r in fact_rows([rec], kind="handed_over")] == ["handed_over"]
    assert figure_text({"value": 4000, "approx": True}) == "~4,000"
    assert figure_text({"value": 1200, "qualifier": "more_than"}) == ">1,200"
    assert figure_text({"value": None, "vague": "dozens"}) == "dozens"


def test_facts_command_csv(tmp_path):
    from marsad.cli import app

    article = tmp_path / "a.txt"
    article.write_text("مقتل 93 مقاتلاً\n\nقال المرصد إن حصيلة القتلى بلغت 72 مقاتلاً حتى الآن.\n"
                       "وأرسلت تركيا نحو 4000 مقاتل إلى أذربيجان.\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    res = CliRunner().invoke(app, ["facts", str(article), "--format", "csv", "--output", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["kind"], r["value"], r["approx"]) for r in rows] == [
        ("killed", "93", "False"), ("killed", "72", "False"), ("deployed", "4000", "True")]
    assert {"date", "kind", "value", "vague", "who", "where", "speaker", "chain", "outlet", "article"} <= set(rows[0])


def test_place_needs_a_locative_word_and_prefers_the_destination():
    text = "عنوان\n\nوأكد المرصد أن تركيا أرسلت نحو 300 مقاتل من الفصائل الموالية لأنقرة إلى ليبيا."
    doc = Document(id="t2", source=text, text=text)
    doc.sentences = split_sentences(text)
    for name in ("تركيا", "أنقرة", "ليبيا"):
        i = text.index(name)
        doc.entities.append(Entity(start=i, end=i + len(name), text=name, type="LOC"))
    run(doc, None)
    assert [(f.value, f.kind, f.approx, f.place) for f in doc.facts] == [(300, "deployed", True, "ليبيا")]


def test_run_on_sentence_gives_evidence_within_the_contract_limit():
    filler = "وتواصلت الاشتباكات في محيط المدينة وسط حالة من التوتر الشديد " * 20
    text = "عنوان\n\n" + filler + "وأعلن المرصد مقتل 72 مقاتلاً في المعارك " + filler
    doc = Document(id="t3", source=text, text=text)
    run(doc, None)
    (f,) = doc.facts
    assert len(f.evidence) <= 800 and "مقتل 72 مقاتلاً" in f.evidence


def test_csv_cells_that_look_like_formulas_are_neutralised():
    from marsad.facts.commands import COLUMNS
    from marsad.store.output import write_csv

    doc = make_doc()
    run(doc, None)
    rec = doc.to_record()
    rec["outlet"] = {"name": "=HYPERLINK(\"http://x\")"}
    rec["claims"][0]["speaker"]["text"] = "+مصدر"
    buf = io.StringIO()
    write_csv(fact_rows([rec]), buf, COLUMNS)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[1]["outlet"].startswith("'=") and rows[1]["speaker"] == "'+مصدر"
