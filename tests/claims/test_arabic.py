"""Arabic attributed statements, on sentences written for these tests in the style of Arabic
wire copy (Sudan, Gaza, Lebanon, Yemen, Libya, Ukraine), not taken from the seeds."""
from __future__ import annotations

import pytest

from tests.claims.conftest import SMALL_KB, analyse


def one(body: str, **kw):
    doc = analyse(body, **kw)
    assert len(doc.claims) == 1, [(c.cue, c.speaker.text) for c in doc.claims]
    return doc.claims[0]


# ---------------------------------------------------------------- verb families
@pytest.mark.parametrize("body, speaker", [
    ("قال المتحدث باسم الجيش السوداني إن قواته استعادت السيطرة على جسر الحلفايا.", "المتحدث باسم الجيش السوداني"),
    ("وأفادت مصادر طبية بمقتل خمسة مدنيين في قصف على مخيم جباليا.", "مصادر طبية"),
    ("وأكدت وزارة الصحة الفلسطينية أن المستشفى خرج عن الخدمة.", "وزارة الصحة الفلسطينية"),
    ("وأضاف مسؤول محلي أن المياه انقطعت عن الأحياء الشرقية.", "مسؤول محلي"),
    ("وأوضحت الأمم المتحدة أن 300 ألف شخص نزحوا خلال أسبوع.", "الأمم المتحدة"),
    ("وكشفت صحيفة “الغارديان” عن وثائق تظهر بيع أسلحة للطرفين.", "الغارديان"),
    ("وأعلنت حركة حماس أن وفدها سيتوجه إلى القاهرة.", "حركة حماس"),
    ("وأشار مراقبون إلى أن الهدنة هشة.", "مراقبون"),
    ("ولفتت مصادر ميدانية إلى أن الاشتباكات تجددت فجراً.", "مصادر ميدانية"),
    ("وبيّنت اللجنة الدولية للصليب الأحمر أن فرقها لم تتمكن من الوصول.", "اللجنة الدولية للصليب الأحمر"),
    ("وشدد وزير الخارجية المصري على ضرورة فتح المعابر.", "وزير الخارجية المصري"),
    ("وذكرت وكالة الأنباء الليبية أن الاشتباكات توقفت.", "وكالة الأنباء الليبية"),
    ("وصرّح قائد الشرطة بأن التحقيقات جارية.", "قائد الشرطة"),
    ("واعتبر المحلل السياسي أن الاتفاق لن يصمد.", "المحلل السياسي"),
    ("وتحدث ناشطون عن حملة اعتقالات واسعة في المدينة.", "ناشطون"),
    ("وأعربت منظمة الصحة العالمية عن قلقها من انتشار الكوليرا.", "منظمة الصحة العالمية"),
    ("وعبّر الاتحاد الأوروبي عن قلقه من التصعيد في الجنوب.", "الاتحاد الأوروبي"),
    ("وحذّرت منظمة أطباء بلا حدود من انهيار النظام الصحي.", "منظمة أطباء بلا حدود"),
    ("وتقول السلطات المحلية إن الطريق أعيد فتحه.", "السلطات المحلية"),
    ("ويقول سكان إن القصف لم يتوقف طوال الليل.", "سكان"),
])
def test_verb_families(body, speaker):
    c = one(body)
    assert c.speaker.text.replace("“", "").replace("”", "") .startswith(speaker) or speaker in c.speaker.text
    assert c.evidence == body


def test_verb_inflections_and_clitics():
    for body in ("فقالت الوزارة إن المفاوضات مستمرة.", "وقالوا إن المفاوضات مستمرة.", "وأكّدتا أن المفاوضات مستمرة.",
                 "وتؤكد المصادر أن المفاوضات مستمرة."):
        doc = analyse("قال المتحدث إن الوفد وصل. " + body)
        assert len(doc.claims) == 2, body


# ---------------------------------------------------------------- subjects
def test_fronted_subject_and_kana_qad():
    c = one("وزارة الدفاع التركية كانت قد أعلنت أن قواتها قصفت مواقع في شمال العراق.")
    assert c.speaker.text == "وزارة الدفاع التركية" and c.speaker.kind == "organization"
    c = one("أما رئيس الوزراء العراقي محمد شياع السوداني، فكان أكد أن بلاده لن تكون ساحة للصراع.")
    assert c.speaker.text == "محمد شياع السوداني" and c.speaker.kind == "person"


def test_apposition_name_and_title():
    c = one("وقال المتحدث باسم قوات الدعم السريع، الفاتح قرشي، إن قواته سيطرت على المدينة.")
    assert c.speaker.text == "الفاتح قرشي"
    assert c.speaker.mention == "المتحدث باسم قوات الدعم السريع"


def test_anonymous_kinds():
    assert one("وقال مصدر أمني عراقي إن الهجوم نفذ بطائرة مسيرة.").speaker.kind == "anonymous"
    assert one("وقال مسؤول في وزارة الداخلية إن الهجوم نفذ بطائرة مسيرة.").speaker.kind == "anonymous"


def test_government_metonymy():
    c = one("وقالت أنقرة إن العملية العسكرية ستستمر حتى تحقيق أهدافها.")
    assert c.speaker.kind == "government"
    c = one("وتقول سلطات طرابلس إنها أحبطت محاولة تهريب أسلحة.")
    assert c.speaker.kind == "government"


def test_kb_links_speaker_and_channel():
    c = one("وقالت موسكو لوكالة “ريا نوفوستي” إن المحادثات ستستأنف.", kb=SMALL_KB)
    assert c.speaker.canonical == "Moscow" and c.speaker.kind == "government"
    assert [v.canonical for v in c.via] == ["RIA Novosti"]


# ---------------------------------------------------------------- markers and channels
@pytest.mark.parametrize("body, speaker", [
    ("وقتل عشرة أشخاص في الغارة، بحسب الدفاع المدني.", "الدفاع المدني"),
    ("وقتل عشرة أشخاص في الغارة، حسب مصادر طبية.", "مصادر طبية"),
    ("ونزح أكثر من مليون شخص، وفق المفوضية الأممية لشؤون اللاجئين.", "المفوضية الأممية لشؤون اللاجئين"),
    ("ونزح أكثر من مليون شخص، وفقاً للمنظمة الدولية للهجرة.", "المنظمة الدولية للهجرة"),
    ("وبحسب مصادر محلية، فإن الاشتباكات اندلعت بين فصيلين مسلحين.", "مصادر محلية"),
])
def test_markers_make_claims(body, speaker):
    c = one(body)
    assert speaker in c.speaker.text
    assert c.cue


def test_naqlan_an_and_ala_lisan():
    c = one("كشفت قناة “العربية” نقلاً عن مصدر دبلوماسي، وصول وفد أمريكي إلى بيروت.")
    assert c.speaker.text == "مصدر دبلوماسي" and c.speaker.kind == "anonymous"
    assert [v.text for v in c.via] == ["العربية"]
    c = one("وجاء على لسان الناطق باسم الحكومة اليمنية أن الحوثيين رفضوا المقترح.")
    assert "الناطق باسم الحكومة اليمنية" in c.speaker.text


@pytest.mark.parametrize("body, channel, kind", [
    ("وقال قائد ميداني في لقاء مع “سكاي نيوز عربية” إن الهجوم بدأ فجراً.", "سكاي نيوز عربية", "interview"),
    ("وقال وزير الخارجية الإيراني في حديث لقناة “الميادين” إن بلاده لا تريد الحرب.", "الميادين", "interview"),
    ("وأكد مسؤول في الحركة في تصريح لـ“عربي 21” أن الوفد غادر القاهرة.", "عربي 21", "interview"),
    ("وقال الناشط عبر حسابه في “تويتر” إن قوات الأمن اعتقلت شقيقه.", "تويتر", "site"),
    ("وأوضحت الوزارة على صفحتها الرسمية في فيسبوك أن الامتحانات تأجلت.", "فيسبوك", "site"),
])
def test_channels(body, channel, kind):
    c = one(body)
    assert [v.text for v in c.via] == [channel]
    assert c.via[0].kind == kind


def test_meeting_is_not_a_channel():
    c = one("ونفى الرئيس الجزائري، خلال اجتماع مجلس الوزراء، وجود أي خلاف مع الرباط.")
    assert c.via == [] and c.stance == "deny"


# ---------------------------------------------------------------- quotation styles
@pytest.mark.parametrize("body", [
    "وقال قائد الفصيل: “سنواصل القتال حتى النهاية”.",
    "وقال قائد الفصيل: «سنواصل القتال حتى النهاية».",
    'وقال قائد الفصيل: "سنواصل القتال حتى النهاية".',
    "وقال قائد الفصيل، “سنواصل القتال حتى النهاية”.",
])
def test_quote_styles(body):
    c = one(body)
    assert c.speaker.text == "قائد الفصيل"
    assert "سنواصل القتال" in c.content


# ---------------------------------------------------------------- back-references and chains
def test_back_references_keep_source_and_chain():
    doc = analyse("وقال مصدر عسكري عراقي لوكالة “رويترز” إن ثلاثة صواريخ سقطت قرب القاعدة. "
                  "وأضاف المصدر أن الأضرار محدودة. وأوضح المتحدث أن التحقيق بدأ.", kb=SMALL_KB)
    assert [c.speaker.text for c in doc.claims] == ["مصدر عسكري عراقي"] * 3
    assert [c.speaker.mention for c in doc.claims] == ["مصدر عسكري عراقي", "المصدر", "المتحدث"]
    assert all([v.canonical for v in c.via] == ["Reuters"] for c in doc.claims)


def test_agency_back_reference_and_source_marker():
    doc = analyse("أفادت وكالة “سبوتنيك” نقلاً عن مصدر مطلع، بوصول تعزيزات إلى المدينة. "
                  "الوكالة أكدت أيضاً، بحسب المصدر، أن التعزيزات تضم دبابات.", kb=SMALL_KB)
    assert [c.speaker.text for c in doc.claims] == ["مصدر مطلع", "مصدر مطلع"]
    assert [[v.canonical for v in c.via] for c in doc.claims] == [["Sputnik"], ["Sputnik"]]


def test_observatory_centre_site_back_references():
    doc = analyse("وقال المرصد السوري لحقوق الإنسان إن 12 عنصراً قتلوا. وأكد المرصد أن الحصيلة مرشحة للارتفاع.",
                  kb=SMALL_KB)
    assert [c.speaker.canonical for c in doc.claims] == ["Syrian Observatory for Human Rights"] * 2
    doc = analyse("وقال مركز الدراسات الاستراتيجية في بيروت إن الأزمة ستطول. كما أشار المركز اللبناني إلى أن الحل سياسي.")
    assert doc.claims[1].speaker.text == "مركز الدراسات الاستراتيجية في بيروت"
    doc = analyse("ونقل موقع “ميدل إيست آي” عن مسؤول تركي قوله إن المحادثات فشلت. "
                  "واستبعد وزير الدفاع التركي، بحسب الموقع، شن عملية برية.")
    assert [v.text for v in doc.claims[1].via] == ["ميدل إيست آي"]
    assert doc.claims[1].speaker.text != doc.claims[0].speaker.text


def test_surname_alone_and_other_titles():
    doc = analyse("وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب ستستمر. وأضاف نتنياهو أن الضغط العسكري وحده يعيد الرهائن.")
    assert [c.speaker.text for c in doc.claims] == ["بنيامين نتنياهو"] * 2
    doc = analyse("وقال الرئيس التركي، رجب طيب أردوغان، إن بلاده لن تسمح بذلك. "
                  "ونفى الرئيس السوري، بشار الأسد، وجود اتصالات مع أنقرة.")
    assert doc.claims[1].speaker.text == "بشار الأسد"


def test_joint_statement_is_one_claim_and_the_two_sides():
    doc = analyse("وزير الخارجية السعودي فيصل بن فرحان ونظيره الإيراني حسين أمير عبد اللهيان، أكدا في اتصال هاتفي أن "
                  "العلاقات تشهد تقدماً. كما شدد الطرفان على ضرورة التهدئة في المنطقة.")
    assert len(doc.claims) == 2
    assert doc.claims[0].speaker.text == "فيصل بن فرحان" and doc.claims[0].speaker.kind == "person"
    assert doc.claims[1].speaker.text == "فيصل بن فرحان" and doc.claims[1].speaker.mention == "الطرفان"


def test_chain_of_two_links():
    c = one("وقال مصدر عسكري لوكالة “سبوتنيك”، بحسب ما نقلته صحيفة “الوطن”، إن الجيش يستعد لهجوم.", kb=SMALL_KB)
    assert [v.canonical or v.text for v in c.via] == ["Sputnik", "الوطن"]


def test_chain_of_three_links_ends_with_the_credit():
    c = one("وقال مصدر عسكري لوكالة “سبوتنيك”، بحسب ما نقلته صحيفة “الوطن”، إن الجيش يستعد لهجوم.",
            kb=SMALL_KB, republished_from="العربية نت", outlet="ليفانت نيوز")
    assert [v.canonical or v.text for v in c.via] == ["Sputnik", "الوطن", "العربية نت"]
    assert c.via[-1].kind == "credit"


def test_credit_naming_the_page_itself_is_not_a_link():
    body = "وقال مصدر عسكري لوكالة “سبوتنيك” إن الجيش يستعد لهجوم."
    assert [v.text for v in one(body, republished_from="الجزيرة", outlet="شبكة الجزيرة الإعلامية").via] == ["سبوتنيك"]
    assert [v.text for v in one(body, republished_from="واع").via] == ["سبوتنيك"]  # the page's outlet unknown


def test_quotation_before_the_verb():
    c = one("«لن نغادر أرضنا مهما حدث»، يقول أبو محمد، أحد سكان المخيم.")
    assert c.speaker.text == "أبو محمد" and c.content == "«لن نغادر أرضنا مهما حدث»"


def test_outlet_is_not_its_own_channel():
    c = one("وحسبما أفادت وكالة “سانا”، فإن الدفاعات الجوية تصدت لصواريخ في محيط دمشق.")
    assert c.speaker.kind == "media" and c.via == []


def test_statement_stands_for_its_author():
    assert one("وأكد بيان صادر عن وزارة الدفاع أن القوات صدت الهجوم.").speaker.text == "وزارة الدفاع"
    assert one("وأوضح بلاغ لهيئة الأركان العامة أن الغارات نفذت على مدى ثلاثة أيام.").speaker.text == "هيئة الأركان العامة"


def test_report_of_reports():
    c = one("وتصاعد الجدل بعد تداول وسائل إعلام محلية أنباء تفيد بمقتل قائد الفصيل.")
    assert c.speaker.text == "وسائل إعلام محلية" and c.speaker.kind == "media"


def test_relative_clause_claim():
    c = one("وجاء الرد تعليقاً على ما قاله وزير الدفاع الأمريكي، لويد أوستن، إنه “لا حل عسكرياً للأزمة”.")
    assert c.speaker.text == "لويد أوستن"


def test_verb_without_subject_agrees_with_its_speaker():
    doc = analyse("وقالت وزارة الصحة إن 20 شخصاً قتلوا. وقال الطبيب أحمد سالم إن المستشفى ممتلئ. "
                  "وأضافت أن فرقها تواصل البحث. وأضاف أن الأدوية نفدت.")
    assert [c.speaker.text for c in doc.claims] == ["وزارة الصحة", "أحمد سالم", "وزارة الصحة", "أحمد سالم"]


def test_two_speakers_in_one_sentence():
    doc = analyse("وقالت وزارة الصحة إن 20 شخصاً قتلوا، فيما قال الجيش إن الغارة استهدفت مسلحين.")
    assert [c.speaker.text for c in doc.claims] == ["وزارة الصحة", "الجيش"]


def test_participle_stays_in_the_claim():
    doc = analyse("وقالت الوزارة إن 40 شخصاً أصيبوا، مشيرةً إلى أن بعضهم في حالة خطرة، ومضيفةً أن الفرق تواصل البحث.")
    assert len(doc.claims) == 1


def test_participle_after_a_statement_verb_without_content():
    c = one("ونفت الحركة في بيان مسؤوليتها، مؤكدة أن عناصرها لم يشاركوا في الهجوم.")
    assert c.stance == "deny" and c.speaker.text == "الحركة"


# ---------------------------------------------------------------- stance
@pytest.mark.parametrize("body, stance", [
    ("وقالت الوزارة إن الطريق مفتوح.", "assert"),
    ("ونفى الجيش قصف المستشفى.", "deny"),
    ("واستبعد المبعوث الأممي التوصل إلى اتفاق قريب.", "deny"),
    ("ورفضت الحكومة الاتهامات الموجهة إليها.", "deny"),
    ("ولم يستبعد المسؤول عودة المفاوضات الأسبوع المقبل.", "not_rule_out"),
    ("ولا تستبعد مصادر دبلوماسية عقد قمة ثلاثية.", "not_rule_out"),
    ("وأعلنت الخارجية عدم استبعادها فرض عقوبات جديدة.", "not_rule_out"),
    ("وقال المتحدث: “لم نرسل أي قوات إلى الحدود”.", "deny"),
    ("وقالت الوزارة إن هذه الأنباء “عارية عن الصحة”.", "deny"),
    ("وقال القائد: “لن نتراجع”.", "assert"),
    ("وقالت الوزارة إن الهجمات “لا تهدد المدنيين فحسب، بل تهدد المنطقة بأسرها”.", "assert"),
])
def test_stances(body, stance):
    assert one(body).stance == stance


# ---------------------------------------------------------------- not claims
@pytest.mark.parametrize("body", [
    "وأعلنت الحكومة الحداد ثلاثة أيام على أرواح الضحايا.",
    "وشهدت المدينة موجة نزوح كبيرة خلال الأيام الماضية.",
    "ونقل الجرحى إلى مستشفى الشفاء في المدينة.",
    "وعبر مئات اللاجئين الحدود نحو تشاد.",
    "واندلعت اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم.",
    "ويسري وقف لإطلاق النار أعلنته القاهرة الأسبوع الماضي.",
    "وقتل عشرة أشخاص في الغارة حسب الاتفاق الموقع بين الطرفين.",
])
def test_not_claims(body):
    assert analyse(body).claims == []


def test_headline_is_not_read():
    doc = analyse("وقال الجيش إن الهجوم فشل.", title="الجيش يقول إن الهجوم فشل")
    assert len(doc.claims) == 1 and doc.claims[0].start >= doc.body_start


def test_quoted_verb_does_not_make_a_second_claim():
    c = one("وقال الرئيس: “يقولون إننا أرسلنا جنوداً، لم نرسل أحداً”.")
    assert c.stance == "deny"


def test_offsets_point_into_text():
    doc = analyse("وقال مصدر مطلع لوكالة “رويترز” إن الاتفاق بات قريباً.")
    c = doc.claims[0]
    assert doc.text[c.start:c.end] == c.evidence
    assert doc.text[c.cue_start:c.cue_end] == c.cue == "وقال"
    assert doc.text[c.content_start:c.content_end].startswith("إن الاتفاق")
    assert doc.text[c.speaker.start:c.speaker.end] == "مصدر مطلع"


def test_long_sentence_evidence_is_cut_to_800():
    filler = "، ".join(["واستمرت المعارك في الأحياء الشرقية من المدينة"] * 25)
    doc = analyse(f"وقال الجيش إن {filler}.")
    assert len(doc.claims[0].evidence) <= 800
