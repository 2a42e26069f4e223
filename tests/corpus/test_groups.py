"""Claim groups, conflicts and independent origins on small corpora."""
from __future__ import annotations

from marsad.corpus import build_corpus
from tests.corpus.records import AZ, KARABAKH, SOHR, SPUTNIK, SYRIA, claim, fact, record

SPUTNIK_VIA = [("سبوتنيك", "Sputnik", "Q846664")]


def _relay(id_, outlet, published="2020-10-12"):
    """An outlet repeating Sputnik's anonymous source."""
    ev = "ونقلت وكالة سبوتنيك عن مصدر مطلع أن 93 مقاتلاً سورياً قتلوا في معارك كاراباخ إلى جانب أذربيجان."
    return record(id_, "مقتل 93 مقاتلاً سورياً في كاراباخ", ev, [KARABAKH, AZ, SYRIA, SPUTNIK],
                  claims=[claim(ev, "93 مقاتلاً سورياً قتلوا في معارك كاراباخ", "مصدر مطلع", "anonymous", via=SPUTNIK_VIA)],
                  facts=[fact(ev, 93, "killed", 0)], outlet=outlet, published=published)


def _group_with(corpus, doc):
    return [g for g in corpus["claim_groups"] if any(m["doc"] == doc for m in g["members"])]


def test_five_outlets_repeating_one_source_are_one_origin(kb):
    recs = [_relay(f"relay-{i}", o) for i, o in enumerate(["هاشتاغ", "ليفانت", "عنب بلدي", "الوطن", "سانا"])]
    c = build_corpus(recs, kb)
    groups = _group_with(c, "relay-0")
    assert groups
    g = max(groups, key=lambda g: len(g["members"]))
    assert {m["doc"] for m in g["members"]} == {f"relay-{i}" for i in range(5)}
    assert g["independent_origins"] == 1
    assert g["origins"] == ["Sputnik"]
    assert g["single_origin"] is True
    assert g["conflict"] is None  # they agree


def test_different_tolls_from_different_sources_conflict(kb):
    ev1 = "وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى من المقاتلين السوريين في كاراباخ بلغت 72 مقاتلاً."
    ev2 = "وتحدث السفير السوري في أرمينيا عن مقتل 81 سورياً في صفوف القوات الأذربيجانية في كاراباخ."
    a = record("sohr", "حصيلة جديدة لقتلى المقاتلين السوريين في كاراباخ", ev1, [KARABAKH, SYRIA, SOHR],
               claims=[claim(ev1, "حصيلة القتلى بلغت 72", "المرصد السوري لحقوق الإنسان", "organization",
                             canonical="Syrian Observatory for Human Rights", id_="Q1342")],
               facts=[fact(ev1, 72, "killed", 0)], published="2020-10-13")
    b = record("amb", "السفير السوري في أرمينيا: مقتل 81 مقاتلاً سورياً في كاراباخ", ev2, [KARABAKH, SYRIA],
               claims=[claim(ev2, "مقتل 81 سورياً", "السفير السوري في أرمينيا", "person")],
               facts=[fact(ev2, 81, "killed", 0)], published="2020-10-13")
    c = build_corpus([_relay("relay", "هاشتاغ", "2020-10-13"), a, b], kb)
    g = max(_group_with(c, "sohr"), key=lambda g: len(g["members"]))
    assert {m["doc"] for m in g["members"]} == {"relay", "sohr", "amb"}
    assert g["conflict"]["kind"] == "numeric"
    assert g["conflict"]["values"] == [72, 81, 93]
    assert g["independent_origins"] == 3


def test_successive_counts_are_an_update_not_a_conflict(kb):
    ev1 = "أعلن المرصد السوري لحقوق الإنسان ارتفاع حصيلة قتلى المقاتلين السوريين في كاراباخ إلى 28 مقتلاً."
    ev2 = "أعلن المرصد السوري لحقوق الإنسان ارتفاع حصيلة قتلى المقاتلين السوريين في كاراباخ إلى 72 مقاتلاً."
    sohr = dict(canonical="Syrian Observatory for Human Rights", id_="Q1342")
    a = record("early", "ارتفاع حصيلة قتلى المرتزقة السوريين في كاراباخ", ev1, [KARABAKH, SYRIA, SOHR],
               claims=[claim(ev1, "ارتفاع الحصيلة إلى 28", "المرصد السوري لحقوق الإنسان", "organization", **sohr)],
               facts=[fact(ev1, 28, "killed", 0)], published="2020-10-01")
    b = record("late", "ارتفاع حصيلة قتلى المرتزقة السوريين في كاراباخ", ev2, [KARABAKH, SYRIA, SOHR],
               claims=[claim(ev2, "ارتفاع الحصيلة إلى 72", "المرصد السوري لحقوق الإنسان", "organization", **sohr)],
               facts=[fact(ev2, 72, "killed", 0)], published="2020-10-20")
    c = build_corpus([a, b], kb)
    g = max(_group_with(c, "early"), key=lambda g: len(g["members"]))
    assert {m["doc"] for m in g["members"]} == {"early", "late"}
    assert g["conflict"]["kind"] == "update"
    assert g["conflict"]["values"] == [28, 72]


def test_some_assert_what_others_deny(kb):
    ev1 = "ونفى الرئيس التركي رجب طيب أردوغان إرسال مقاتلين سوريين إلى أذربيجان للقتال في كاراباخ."
    ev2 = "وأكد الرئيس الفرنسي إيمانويل ماكرون أن تركيا أرسلت مقاتلين سوريين إلى أذربيجان للقتال في كاراباخ."
    a = record("deny", "أردوغان ينفي إرسال مقاتلين سوريين إلى أذربيجان", ev1, [KARABAKH, AZ, SYRIA],
               claims=[claim(ev1, "إرسال مقاتلين سوريين إلى أذربيجان", "رجب طيب أردوغان", "person", "deny",
                             canonical="Recep Tayyip Erdoğan", id_="Q39259")], published="2020-10-14")
    b = record("assert", "ماكرون: تركيا أرسلت مقاتلين سوريين إلى كاراباخ", ev2, [KARABAKH, AZ, SYRIA],
               claims=[claim(ev2, "تركيا أرسلت مقاتلين سوريين إلى أذربيجان", "إيمانويل ماكرون", "person",
                             canonical="Emmanuel Macron", id_="Q3052772")], published="2020-10-15")
    c = build_corpus([a, b], kb)
    g = _group_with(c, "deny")[0]
    assert g["conflict"] == {"kind": "stance", "assert": 1, "deny": 1}
    assert g["independent_origins"] == 2


def test_unrelated_statements_in_one_storyline_stay_apart(kb):
    ev1 = "وقال المرصد السوري لحقوق الإنسان إن 72 مقاتلاً سورياً قتلوا في كاراباخ."
    ev2 = "وأعلنت أذربيجان وأرمينيا موافقتهما على وقف إطلاق النار في كاراباخ بدءاً من منتصف الليل."
    a = record("toll", "مقتل 72 مقاتلاً سورياً في كاراباخ", ev1, [KARABAKH, SYRIA, SOHR],
               claims=[claim(ev1, "72 مقاتلاً سورياً قتلوا", "المرصد السوري لحقوق الإنسان", "organization")],
               facts=[fact(ev1, 72, "killed", 0)], published="2020-10-10")
    b = record("truce", "هدنة في كاراباخ", ev2, [KARABAKH, AZ],
               claims=[claim(ev2, "موافقتهما على وقف إطلاق النار", "أذربيجان", "government")], published="2020-10-10")
    c = build_corpus([a, b], kb)
    for g in c["claim_groups"]:
        assert {m["doc"] for m in g["members"]} != {"toll", "truce"}


def test_a_new_batch_is_not_a_rival_total(kb):
    ev1 = "وأكد المصدر أن دفعة جديدة تضم 430 من المرتزقة السوريين نقلت إلى كاراباخ."
    ev2 = "وأكد سفير أرمينيا أن تركيا أرسلت نحو 4000 مقاتل سوري إلى أذربيجان للقتال في كاراباخ."
    a = record("batch", "نقل دفعة جديدة من المرتزقة إلى كاراباخ", ev1, [KARABAKH, SYRIA],
               claims=[claim(ev1, "دفعة جديدة تضم 430", "مصدر", "anonymous", via=SPUTNIK_VIA)],
               facts=[fact(ev1, 430, "deployed", 0)], published="2020-10-12")
    b = record("total", "سفير أرمينيا: 4000 مقاتل سوري في أذربيجان", ev2, [KARABAKH, SYRIA, AZ],
               claims=[claim(ev2, "تركيا أرسلت نحو 4000 مقاتل", "سفير أرمينيا", "person")],
               facts=[fact(ev2, 4000, "deployed", 0, approx=True)], published="2020-10-12")
    c = build_corpus([a, b], kb)
    assert not any(g["conflict"] and g["conflict"]["kind"] == "numeric" for g in c["claim_groups"])


def test_the_same_denial_across_languages(kb):
    """An English report of a denial and an Arabic report of the assertion are one stance conflict."""
    ev_en = "Turkish President Recep Tayyip Erdogan denied sending Syrian fighters to Azerbaijan to fight in Karabakh."
    ev_ar = "وأكد سفير أرمينيا في موسكو أن تركيا أرسلت نحو 4000 مقاتل سوري إلى أذربيجان للقتال في كاراباخ."
    karabakh_en = {"text": "Karabakh", "type": "LOC", "canonical": "Nagorno-Karabakh", "id": "Q489", "subtype": "region",
                   "mentions": ["Karabakh"]}
    az_en = {"text": "Azerbaijan", "type": "LOC", "canonical": "Azerbaijan", "id": "Q227", "subtype": "country",
             "mentions": ["Azerbaijan"]}
    a = record("en", "Erdogan denies sending Syrian fighters to Azerbaijan", ev_en, [karabakh_en, az_en],
               claims=[claim(ev_en, "sending Syrian fighters to Azerbaijan to fight in Karabakh", "Recep Tayyip Erdogan",
                             "person", "deny", canonical="Recep Tayyip Erdoğan", id_="Q39259")],
               published="2020-10-14", language="en")
    b = record("ar", "سفير أرمينيا: تركيا أرسلت 4000 مقاتل سوري إلى أذربيجان", ev_ar, [KARABAKH, AZ, SYRIA],
               claims=[claim(ev_ar, "تركيا أرسلت نحو 4000 مقاتل سوري إلى أذربيجان للقتال في كاراباخ", "سفير أرمينيا في موسكو",
                             "person")],
               facts=[fact(ev_ar, 4000, "deployed", 0, approx=True)], published="2020-10-15")
    c = build_corpus([a, b], kb)
    groups = _group_with(c, "en")
    assert groups and {m["doc"] for m in groups[0]["members"]} == {"en", "ar"}
    assert groups[0]["conflict"]["kind"] == "stance"
    assert ["ar", "en"] in c["storylines"]


def test_movements_to_different_places_are_different_propositions(kb):
    ev1 = "ونفى المتحدث إرسال مقاتلين سوريين إلى أذربيجان."
    ev2 = "وأكد المرصد السوري لحقوق الإنسان إرسال مقاتلين سوريين إلى اليمن."
    yemen = {"text": "اليمن", "type": "LOC", "canonical": "Yemen", "id": "Q1009", "subtype": "country", "mentions": ["اليمن"]}
    a = record("to-az", "نفي إرسال مقاتلين إلى أذربيجان", ev1, [AZ, SYRIA],
               claims=[claim(ev1, "إرسال مقاتلين سوريين إلى أذربيجان", "المتحدث", "person", "deny")], published="2020-10-14")
    b = record("to-ye", "إرسال مقاتلين إلى اليمن", ev2, [yemen, SYRIA, SOHR],
               claims=[claim(ev2, "إرسال مقاتلين سوريين إلى اليمن", "المرصد السوري لحقوق الإنسان", "organization")],
               published="2020-10-14")
    c = build_corpus([a, b], kb)
    assert not any({m["doc"] for m in g["members"]} == {"to-az", "to-ye"} for g in c["claim_groups"])


def test_a_denial_right_after_the_claim_it_answers_is_a_conflict_in_one_article(kb):
    ev1 = "وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق، زاعماً مقتل أكثر من عشرة من عناصر الحشد الشعبي في ديالى."
    ev2 = "ونفى مصدر أمني صحة الأرقام التي أوردها التنظيم، واصفاً إياها بالدعاية الرخيصة."
    rec = record("one", "هجوم في ديالى", ev1 + " " + ev2, [],
                 claims=[claim(ev1, "مقتل أكثر من عشرة من عناصر الحشد الشعبي في ديالى", "تنظيم داعش", "organization",
                               via=[("أعماق", "Amaq News Agency", None)], canonical="Islamic State", id_="Q2429253"),
                         claim(ev2, "صحة الأرقام التي أوردها التنظيم، واصفاً إياها بالدعاية الرخيصة", "مصدر أمني",
                               "anonymous", "deny")], published="2024-03-02")
    c = build_corpus([rec], kb)
    assert len(c["claim_groups"]) == 1
    g = c["claim_groups"][0]
    assert g["conflict"]["kind"] == "stance" and g["articles"] == 1


def test_one_source_with_two_figures_is_not_a_conflict(kb):
    """SOHR's toll of one strike and its toll of the year are two counts, not a contradiction."""
    ev1 = "ووثق المرصد السوري لحقوق الإنسان مقتل سبعة أشخاص بينهم خمسة من عناصر قسد في ضربة على القامشلي."
    ev2 = "وأفاد المرصد السوري لحقوق الإنسان بمقتل 9 أشخاص في ضربات على القامشلي منذ مطلع الشهر."
    sohr = dict(canonical="Syrian Observatory for Human Rights", id_="Q1342")
    facts_a = [fact(ev1, 7, "killed", 0), fact(ev1, 5, "killed", 0)]
    facts_a[1]["num_start"], facts_a[1]["start"] = ev1.index("خمسة"), 0
    a = record("strike", "مقتل سبعة بضربة تركية", ev1, [SYRIA, SOHR],
               claims=[claim(ev1, "مقتل سبعة أشخاص بينهم خمسة", "المرصد السوري لحقوق الإنسان", "organization", **sohr)],
               facts=facts_a, published="2024-08-15")
    b = record("month", "حصيلة الضربات التركية", ev2, [SYRIA, SOHR],
               claims=[claim(ev2, "مقتل 9 أشخاص", "المرصد السوري لحقوق الإنسان", "organization", **sohr)],
               facts=[fact(ev2, 9, "killed", 0)], published="2024-08-15")
    c = build_corpus([a, b], kb)
    assert not any((g["conflict"] or {}).get("kind") == "numeric" for g in c["claim_groups"])


def test_a_strike_toll_and_a_war_toll_are_different_counts(kb):
    ev1 = "وقال الدفاع المدني إن 22 فلسطينياً قتلوا في غارة على مدرسة في غزة."
    ev2 = "وأعلنت وزارة الصحة في غزة ارتفاع حصيلة القتلى في غزة إلى 38295 منذ بدء الحرب."
    a = record("strike", "مقتل 22 في غارة على مدرسة في غزة", ev1, [],
               claims=[claim(ev1, "22 فلسطينياً قتلوا في غارة", "الدفاع المدني", "organization")],
               facts=[fact(ev1, 22, "killed", 0)], published="2024-07-10")
    b = record("war", "حصيلة الحرب على غزة", ev2, [],
               claims=[claim(ev2, "ارتفاع حصيلة القتلى إلى 38295", "وزارة الصحة في غزة", "organization")],
               facts=[fact(ev2, 38295, "killed", 0)], published="2024-07-10")
    c = build_corpus([a, b], kb)
    assert not any({m["doc"] for m in g["members"]} == {"strike", "war"} for g in c["claim_groups"])


def test_a_spokesman_and_his_ministry_are_one_origin():
    from marsad.corpus.groups import origin_of
    from marsad.kb.base import Entry, KnowledgeBase

    kb = KnowledgeBase([
        Entry("mk:org/mod-russia", "ORG", "Ministry of Defence (Russia)", "ministry", {"ar": ["وزارة الدفاع الروسية"]}),
        Entry("mk:per/konashenkov", "PER", "Igor Konashenkov", "spokesperson", {"ar": ["إيغور كوناشينكوف"]},
              {"member_of": ["mk:org/mod-russia"]}),
    ])
    c = claim("e", "c", "إيغور كوناشينكوف", "person", canonical="Igor Konashenkov", id_="mk:per/konashenkov")
    assert origin_of(c, "RT", kb)[:2] == ("Ministry of Defence (Russia)", "mk:org/mod-russia")
    anon = claim("e", "c", "مصدر", "anonymous", via=[("تاس", "TASS", "mk:media/tass")])
    assert origin_of(anon, "RT", kb)[:2] == ("TASS", "mk:media/tass")
    assert origin_of(claim("e", "c", "مصادر محلية", "anonymous"), "RT", kb)[0] == "RT"
