"""Documents built by hand, so store tests do not depend on how well the stages do."""
from __future__ import annotations

from marsad.document import Channel, Claim, Document, Entity, Fact, RawPage, Speaker


def make_doc(id_: str, title: str, body: str, outlet: str | None = "Enab Baladi", published: str | None = "2020-10-30",
             entities: list[tuple[str, str, str | None, str | None]] = (),
             claims: list[dict] = (), facts: list[dict] = ()) -> Document:
    """A Document with text, entities (surface, type, canonical, id), claims and facts whose offsets are real."""
    source = f"{title}\n{body}"
    doc = Document(id=id_, source=source, raw=RawPage(id=id_, text=source, url=f"https://example.org/{id_}"))
    t0 = 0
    b0 = len(title) + 1
    doc.set_text([(b0, len(source))], (t0, len(title)))
    doc.language = "ar"
    doc.outlet = {"name": outlet, "id": None} if outlet else None
    doc.published = published
    for surface, type_, canonical, kb_id in entities:
        i = doc.text.find(surface)
        assert i >= 0, surface
        doc.entities.append(Entity(i, i + len(surface), surface, type_, canonical, kb_id))
    for c in claims:
        ev = c["evidence"]
        i = doc.text.find(ev)
        assert i >= 0, ev
        doc.claims.append(Claim(i, i + len(ev), ev, c["content"],
                                Speaker(c["speaker"], c.get("kind", "person"), canonical=c.get("canonical"),
                                        id=c.get("id")),
                                via=[Channel(v) for v in c.get("via", [])], stance=c.get("stance", "assert")))
    for f in facts:
        ev = f["evidence"]
        i = doc.text.find(ev)
        doc.facts.append(Fact(i, i + len(ev), ev, f.get("value"), kind=f.get("kind", "other"), vague=f.get("vague")))
    return doc


BODY_A = (
    "أعلن المرصد السوري لحقوق الإنسان مقتل 93 مقاتلاً سورياً من الفصائل الموالية لأنقرة في معارك إقليم ناغورنو كاراباخ "
    "منذ بدء المعارك في السابع والعشرين من أيلول الماضي.\n"
    "وقال مدير المرصد رامي عبد الرحمن إن جثث القتلى نقلت إلى الأراضي السورية عبر معبر حوار كلس.\n"
    "ونفت وزارة الدفاع التركية إرسال أي مقاتلين سوريين إلى أذربيجان، ووصفت التقارير بأنها دعاية أرمينية.\n"
    "وبحسب المرصد، فإن دفعة جديدة تضم نحو 400 مقاتل وصلت إلى أذربيجان خلال الأسبوع الماضي."
)

BODY_B = (
    "قالت وزارة الصحة في قطاع غزة إن عدد الجرحى ارتفع إلى أكثر من مئة وعشرين شخصاً بعد القصف الذي استهدف حي الشجاعية.\n"
    "وأضافت الوزارة في بيان أن الطواقم الطبية تواصل البحث عن مفقودين تحت الأنقاض، وسط نقص حاد في الوقود.\n"
    "وأفاد مراسلون بأن الكهرباء انقطعت عن معظم أحياء المدينة منذ ساعات الصباح الأولى."
)


def doc_a(id_: str = "a") -> Document:
    return make_doc(
        id_, "المرصد: 93 قتيلاً سورياً في كاراباخ", BODY_A,
        entities=[("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights", "Q2376574"),
                  ("رامي عبد الرحمن", "PER", "Rami Abdulrahman", "Q7289452"),
                  ("وزارة الدفاع التركية", "ORG", "Ministry of National Defense (Turkey)", "Q1502717"),
                  ("أذربيجان", "LOC", "Azerbaijan", "Q227")],
        claims=[{"evidence": "وقال مدير المرصد رامي عبد الرحمن إن جثث القتلى نقلت إلى الأراضي السورية عبر معبر حوار كلس.",
                 "content": "جثث القتلى نقلت إلى الأراضي السورية", "speaker": "رامي عبد الرحمن",
                 "canonical": "Rami Abdulrahman", "id": "Q7289452"},
                {"evidence": "ونفت وزارة الدفاع التركية إرسال أي مقاتلين سوريين إلى أذربيجان، ووصفت التقارير بأنها دعاية أرمينية.",
                 "content": "إرسال أي مقاتلين سوريين إلى أذربيجان", "speaker": "وزارة الدفاع التركية",
                 "kind": "government", "canonical": "Ministry of National Defense (Turkey)", "id": "Q1502717",
                 "stance": "deny", "via": ["الأناضول"]}],
        facts=[{"evidence": "وبحسب المرصد، فإن دفعة جديدة تضم نحو 400 مقاتل وصلت إلى أذربيجان خلال الأسبوع الماضي.",
                "value": 400, "kind": "deployed"}],
    )


def doc_b(id_: str = "b") -> Document:
    return make_doc(id_, "ارتفاع عدد الجرحى في غزة", BODY_B, outlet="Al Jazeera", published="2023-11-02",
                    entities=[("وزارة الصحة", "ORG", "Gaza Health Ministry", None), ("غزة", "LOC", "Gaza", "Q39360")],
                    facts=[{"evidence": "قالت وزارة الصحة في قطاع غزة إن عدد الجرحى ارتفع إلى أكثر من مئة وعشرين شخصاً "
                                        "بعد القصف الذي استهدف حي الشجاعية.", "value": 120, "kind": "wounded"}])
