"""Facts from sentences written in the style of Arabic and English war reporting."""
from __future__ import annotations

import pytest
import yaml

from marsad.facts.extract import facts_in
from marsad.facts.lexicon import DATA


def facts(s: str):
    return [(f.value, f.vague, f.kind) for f in facts_in(s, 0, len(s))]


def one(s: str):
    found = facts_in(s, 0, len(s))
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ number forms
@pytest.mark.parametrize("sentence, value", [
    ("أعلن المرصد مقتل 93 مقاتلاً سورياً في المعارك.", 93),  # Western digits
    ("أعلن المرصد مقتل ٩٣ مقاتلاً سورياً في المعارك.", 93),  # Eastern Arabic digits
    ("وأرسلت أنقرة ١٬٢٠٠ مرتزق إلى ليبيا.", 1200),  # Eastern digits with the Arabic thousands separator
    ("وأرسلت أنقرة 1,200 مرتزق إلى ليبيا.", 1200),  # Western separator
    ("وقال المسؤول: لدينا 130 ألف حارس أمن.", 130000),  # digits + scale word
    ("وتستضيف تركيا 3.5 مليون لاجئ سوري.", 3500000),  # decimal + scale word
    ("وتحدثت تقارير عن إرسال أربعة آلاف مقاتل سوري.", 4000),  # number words
    ("وأكدت المصادر نقل ثلاثمئة عنصر إلى الحدود.", 300),
    ("وأصيب سبعة وعشرون شخصاً بجروح متفاوتة.", 27),  # unit + «و» + ten
    ("ونقلت الطائرات ألفي جندي إلى الجبهة.", 2000),  # construct dual
    ("ودفع القتال بنحو مليون شخص إلى النزوح.", 1000000),
    ("وتم تجنيد عشرة آلاف شاب في صفوف الميليشيا.", 10000),
    ("وقتل خمسة عشر مدنياً في القصف.", 15),  # teen
    ("وأكد أن الـ300 مقاتل الذين أرسلوا إلى ليبيا عادوا.", 300),  # «الـ» before digits
    ("Turkey sent 4,000 Syrian fighters to Azerbaijan.", 4000),
    ("Some two dozen soldiers were killed in the ambush.", 24),
    ("The strike killed ninety-three people.", 93),
    ("The army deployed 2.5 million troops.", 2500000),
])
def test_number_forms(sentence, value):
    assert one(sentence).value == value


# ------------------------------------------------------------------ vague quantities
@pytest.mark.parametrize("sentence, label", [
    ("مصرع عشرات المقاتلين السوريين في كاراباخ.", "dozens"),
    ("وفر مئات المدنيين من القرية.", "hundreds"),
    ("واعتقلت الشرطة المئات من المتظاهرين.", "hundreds"),
    ("ونزح آلاف المدنيين باتجاه الحدود.", "thousands"),
    ("ويسعى نشطاء لاستقطاب الآلاف من المتطوعين.", "thousands"),
    ("وفر عشرات الآلاف من المدنيين من المدينة.", "tens_of_thousands"),
    ("وتسبب القتال بتهجير مئات الآلاف من السكان المدنيين.", "hundreds_of_thousands"),
    ("وأرسلت الحكومة عدة آلاف من الجنود إلى الإقليم.", "several_thousand"),
    ("واعتقلت القوات عدة أشخاص في المداهمة.", "several"),
    ("وأصيب بضعة جنود بجروح طفيفة.", "several"),
    ("Dozens of civilians were killed in the shelling.", "dozens"),
    ("Hundreds of fighters were sent to Libya.", "hundreds"),
    ("Thousands of people fled the city.", "thousands"),
    ("Tens of thousands of civilians were displaced.", "tens_of_thousands"),
    ("Hundreds of thousands of people fled.", "hundreds_of_thousands"),
    ("Several thousand troops were deployed.", "several_thousand"),
])
def test_vague_labels(sentence, label):
    f = one(sentence)
    assert f.value is None and f.vague == label


# ------------------------------------------------------------------ kinds
@pytest.mark.parametrize("sentence, kind", [
    ("وتحدث السفير عن مقتل 81 سوريًا في صفوف القوات الأذربيجانية.", "killed"),
    ("قال المرصد إن حصيلة القتلى قد بلغت 72 مقاتلاً حتى الآن.", "killed"),
    ("ولقي 12 شخصاً حتفهم في الحادث.", "killed"),
    ("وأصيب 30 شخصاً بجروح في الانفجار.", "wounded"),
    ("وسقط 40 جريحاً في الاشتباكات.", "wounded"),
    ("أكدت الوكالة أن دفعة جديدة تضم 430 من المرتزقة السوريين قد نقلت إلى كاراباخ.", "deployed"),
    ("وأرسلت تركيا نحو 4000 مقاتل من شمالي سوريا إلى أذربيجان.", "deployed"),
    ("وبلغت الحصيلة النهائية للسوريين المجندين نحو 1200 مقاتل سوري.", "recruited"),
    ("وأفاد مرصد حقوقي بعودة نحو 140 مقاتلاً من ليبيا إلى سوريا.", "returned"),
    ("وتم تسليم 53 أسيراً إلى الجانب الآخر.", "handed_over"),
    ("وأطلقت الحركة سراح 20 رهينة.", "handed_over"),
    ("وأفرجت السلطات عن 20 معتقلاً.", "handed_over"),
    ("واعتقلت القوات 15 مشتبهاً بهم في ريف دير الزور.", "detained"),
    ("وأسرت الفصائل 7 جنود خلال الهجوم.", "detained"),
    ("ونزح أكثر من مليوني شخص من منازلهم.", "displaced"),
    ("وقال المسؤول: لدينا 130 ألف حارس أمن.", "force_size"),
    ("وقالت المصادر إن القوة تضم نحو 100 ألف مقاتل.", "force_size"),
    ("At least 15 people were killed in the strike.", "killed"),
    ("The shelling wounded 20 civilians.", "wounded"),
    ("Russia deployed about 2,000 mercenaries to Libya.", "deployed"),
    ("The group recruited 1,200 fighters last year.", "recruited"),
    ("About 250 fighters returned to Syria from Libya.", "returned"),
    ("Police arrested 43 protesters on Saturday.", "detained"),
    ("More than 200,000 people have been displaced by the fighting.", "displaced"),
    ("The army has 700,000 troops.", "force_size"),
    ("Russia sent 150 military advisers to Mali.", "deployed"),
    ("وأرسلت موسكو مائة وخمسين مستشاراً عسكرياً إلى مالي.", "deployed"),
])
def test_kinds(sentence, kind):
    assert one(sentence).kind == kind


def test_nearest_event_word_decides():
    s = "كشفت الوكالة مقتل 93 مقاتلاً سوريّاً في ناغورنو كاراباخ، وتسليم 53 آخرين أمس إلى سوريا."
    assert facts(s) == [(93, None, "killed"), (53, None, "handed_over")]


def test_bare_figures_after_event_words():
    assert facts("وقتل 5 وجرح 10 آخرون.") == [(5, None, "killed"), (10, None, "wounded")]
    assert facts("ارتفعت حصيلة قتلى الزلزال إلى 4500، وفق آخر الإحصاءات.") == [(4500, None, "killed")]
    assert facts("The death toll from the quake rose to 4,500 on Monday.") == [(4500, None, "killed")]
    assert facts("At least 93 were killed, the observatory said.") == [(93, None, "killed")]
    assert facts("Around 1.8 million of them have fled abroad.") == [(1800000, None, "displaced")]


# ------------------------------------------------------------------ approx and qualifiers
@pytest.mark.parametrize("sentence, approx, qualifier", [
    ("وأرسلت تركيا نحو 4000 مقاتل إلى أذربيجان.", True, None),
    ("ودفع القتال بنحو مليون شخص إلى النزوح.", True, None),  # clitic on the cue
    ("وقتل قرابة 50 مدنياً في القصف.", True, None),
    ("ونزح حوالي 3000 شخص من القرية.", True, None),
    ("واعتقل ما يقارب 200 شخص.", True, None),
    ("وعاد زهاء 600 لاجئ إلى بلدتهم.", True, None),
    ("وقتل 40 مدنياً تقريباً في الغارة.", True, None),
    ("وقتل أكثر من 500 مدني منذ بدء الهجوم.", False, "more_than"),
    ("ونزح ما يزيد عن 10 آلاف شخص.", False, "more_than"),
    ("أسفرت الغارات عن مقتل ما لا يقل عن 25 شخصاً.", False, "at_least"),
    ("وقتل 25 شخصاً على الأقل في الغارات.", False, "at_least"),
    ("وأصيب أقل من 20 جندياً.", False, "less_than"),
    ("وقد يصل عدد النازحين إلى ما يصل إلى 5000 شخص.", False, "up_to"),
    ("Russia sent about 2,000 mercenaries to Libya.", True, None),
    ("Some 4,000 fighters were sent.", True, None),
    ("Nearly 300 civilians were killed.", True, None),
    ("More than 1,200 Syrians were recruited.", False, "more_than"),
    ("Over 100 people were injured.", False, "more_than"),
    ("The strike killed at least 15 people.", False, "at_least"),
    ("Up to 5,000 troops could be deployed.", False, "up_to"),
    ("Fewer than 20 soldiers returned.", False, "less_than"),
])
def test_approx_and_qualifiers(sentence, approx, qualifier):
    f = one(sentence)
    assert (f.approx, f.qualifier) == (approx, qualifier)


# ------------------------------------------------------------------ not counts of people
@pytest.mark.parametrize("sentence", [
    "وأضاف المصدر أنه في 4 شباط توجهت المجموعة إلى عفرين.",  # date
    "وفي 26 من أيلول الماضي اندلعت اشتباكات بين البلدين.",  # date with «من»
    "ووصلت الدفعة الأولى في الـ27 من الشهر الجاري.",  # day of this month
    "ومنذ السادس من مارس/ آذار 2020 يسري وقف لإطلاق النار.",  # year before a verb
    "وشنت قوات النظام هجوماً على مدى ثلاثة أشهر.",  # duration
    "ويحكم عليه بالسجن 9 أشهر.",
    "ويبلغ عمر الضحية 17 عاماً.",  # age
    "وبلغت قيمة الخسائر 3 مليارات دولار.",  # money
    "وارتفعت نسبة البطالة إلى 40 في المئة.",  # percentage
    "وارتفعت نسبة البطالة إلى 40%.",
    "وقتل 40 في المئة من المقاتلين في المعارك.",  # a share, not a count
    "وأطلق الحوثيون 20 صاروخاً و15 طائرة مسيرة باتجاه السفن.",  # things
    "وتلقت السلطات عدة آلاف من الطلبات.",  # vague count of things
    "وقال إن عدة مواقع تعرضت للقصف.",
    "وأقر البرلمان عشرات القوانين الجديدة.",  # a broken plural in «ين» is not people
    "وقدمت الدول مساعدات بقيمة 300 مليون دولار.",
    "ويبلغ عدد سكان المدينة نحو مليون نسمة.",  # population, not an event
    "وللتواصل اتصلوا على الرقم 0966123456789.",  # phone number
    "دولار واحد شهرياً يصنع الفرق.",
    "وينص القرار 2254 على وقف إطلاق النار.",
    "ووصلت الدفعة الـ3 من المقاتلين إلى الحدود.",  # rank, not a count
    "وقتلت فتاة في الـ15 من عمرها.",
    "He was 45 years old and had two children.",
    "The report, published in 2021, cites 5,000 cases.",
    "Houthi rebels fired 12 drones and three missiles.",
    "The F-16 pilots were killed.",
    "Inflation reached 40 percent in March.",
    "The ceasefire began on 6 March 2020.",
])
def test_not_counts_of_people(sentence):
    assert facts(sentence) == []


def test_subject_is_the_counted_phrase():
    f = one("كشفت الوكالة مقتل 93 مقاتلاً سوريّاً في ناغورنو كاراباخ.")
    assert f.subject == "مقاتلاً سوريّاً"
    f = one("أكدت الوكالة أن دفعة جديدة تضم 430 من المرتزقة السوريين قد نقلت.")
    assert f.subject == "المرتزقة السوريين"


def test_lexicon_entries_are_strings():
    """YAML reads bare on/off/yes/no as booleans: every word in the data files must stay a word."""
    def walk(x, path):
        if isinstance(x, dict):
            for k, v in x.items():
                walk(v, f"{path}.{k}")
        elif isinstance(x, list):
            for v in x:
                assert isinstance(v, str), f"{path}: {v!r}"
    for p in DATA.glob("*.yaml"):
        walk(yaml.safe_load(p.read_text(encoding="utf-8")), p.name)


def test_figures_with_clitics_and_separators_keep_their_span():
    s = "وقتل 12 مدنياً و1,200 جندي، وأصيب 93."
    found = facts_in(s, 0, len(s))
    assert [(f.value, f.kind) for f in found] == [(12, "killed"), (1200, "killed"), (93, "wounded")]
    assert [s[f.num_start:f.num_end] for f in found] == ["12", "1,200", "93"]


def test_an_event_word_in_another_clause_does_not_lend_its_kind():
    s = ("ودفعت الحرب نحو 4 ملايين شخص إلى النزوح، بحسب الأمم المتحدة، التي تقول إن 21 مليون يمني "
         "بحاجة إلى مساعدات إنسانية.")
    assert facts(s) == [(4000000, None, "displaced"), (21000000, None, "other")]


# ------------------------------------------------------------------ tolls, parts, quotes, duals
@pytest.mark.parametrize("sentence, expected", [
    # English toll phrasing: the toll word with a bridge before a bare figure
    ("Local medics put the toll at 31 on Tuesday evening.", [(31, None, "killed")]),
    ("Health officials said the death toll had risen to 58.", [(58, None, "killed")]),
    ("The ministry raised the toll to 64 after more bodies were found.", [(64, None, "killed")]),
    # displacement without the word "displaced"
    ("The floods and the shelling drove nearly 40,000 from their homes.", [(40000, None, "displaced")]),
    ("فرّ أكثر من 25 ألف شخص من القرى الحدودية خلال أسبوع.", [(25000, None, "displaced")]),
    ("وقال المحافظ إن نحو خمسة آلاف شخص اضطروا إلى مغادرة منازلهم.", [(5000, None, "displaced")]),
    ("وشردت المعارك أكثر من ثلاثة ملايين شخص.", [(3000000, None, "displaced")]),
    # displaced people arriving somewhere are still counted as displaced
    ("وتحدث ناشطون عن وصول قرابة 900 نازح إلى مخيمات الشمال.", [(900, None, "displaced")]),
    # a figure, «من», and the construct of a sound plural
    ("وأكدت النقابة مقتل أكثر من 60 من موظفي الهلال الأحمر منذ بداية الحرب.", [(60, None, "killed")]),
    ("وأعلنت القيادة استشهاد ثلاثة من منتسبي الجيش في كمين.", [(3, None, "killed")]),
    ("ونشرت الوزارة قرابة 800 من عناصر الشرطة في محيط الملعب.", [(800, None, "deployed")]),
    # «اثنان» follows its dual noun
    ("وألقت دورية القبض على مسلحَين اثنين قرب السوق.", [(2, None, "detained")]),
    ("وأصيب جنديان اثنان بجروح طفيفة.", [(2, None, "wounded")]),
    # coordinated event words and a quoted figure
    ("وادعت الجماعة مقتل وإصابة «نحو عشرين» من جنود الجيش.", [(20, None, "killed")]),
    ("ولقي خمسة عمال حتفهم وأصيب أكثر من 12 آخرين.", [(5, None, "killed"), (12, None, "wounded")]),
    # vague figures after a killing verb, quoted or followed by «و»
    ('The rebels said they had killed "dozens" of soldiers.', [(None, "dozens", "killed")]),
    ("The colonel said his men killed hundreds of the militia near the airport.", [(None, "hundreds", "killed")]),
    ("وخلفت الحرب عشرات الآلاف من القتلى.", [(None, "tens_of_thousands", "killed")]),
    ("وهي حرب حصدت أرواح عشرات الآلاف ودمرت المدن.", [(None, "tens_of_thousands", "killed")]),
    ("وتكبد المهاجمون مئات القتلى خلال شهرين.", [(None, "hundreds", "killed")]),
    # bodies brought to a hospital are the dead
    ("وقال مدير المستشفى إنه استقبل ١٢ جثة منذ الصباح.", [(12, None, "killed")]),
    # still deployed
    ("وقال المسؤول إن نحو 600 من المرتزقة ما زالوا ينتشرون في الجنوب.", [(600, None, "deployed")]),
])
def test_toll_part_and_quote_patterns(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the part after «بينهم» / "including" shares the whole's kind, even with another event nearer
    ("قتل 18 مدنياً، بينهم 6 أطفال، وأصيب العشرات في القصف.",
     [(18, None, "killed"), (6, None, "killed"), (None, "dozens", "wounded")]),
    ("وارتفعت الحصيلة إلى 120 قتيلاً، بينهم 30 طفلاً و15 سيدة، إضافة إلى 400 جريح.",
     [(120, None, "killed"), (30, None, "killed"), (15, None, "killed"), (400, None, "wounded")]),
    ("The blast killed 9 people, including three children, and wounded 40.",
     [(9, None, "killed"), (3, None, "killed"), (40, None, "wounded")]),
    ("وأفرجت السلطات عن 40 معتقلاً من بينهم 5 نساء.", [(40, None, "handed_over"), (5, None, "handed_over")]),
    # a conjunct that names its own event is a new count, not a part
    ("قتل 14 شخصاً بينهم 3 أطفال و25 جريحاً في الغارة.", [(14, None, "killed"), (3, None, "killed"), (25, None, "wounded")]),
])
def test_a_part_shares_the_kind_of_its_whole(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وزار الوفد يوم الاثنين مخيمات النازحين.",  # Monday, not two
    "ووقع الرئيس المرسوم 17 الرئاسي أمس.",  # a nisba after a number is no construct plural
    "وتضرر أكثر من 40 من مباني الحي.",  # a broken plural in «ي» is not people
])
def test_not_counts_new_patterns(sentence):
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a nominative dual of a people noun counts two, as a part too
    ("وقتل مدنيان وأصيب أربعة آخرون في قصف مدفعي.", [(2, None, "killed"), (4, None, "wounded")]),
    ("وأعلن الدفاع المدني انتشال 11 جثة، بينها 3 لأطفال، ووفاة مسعفين اثنين.",
     [(11, None, "killed"), (3, None, "killed"), (2, None, "killed")]),
    ("واستشهد 9 أشخاص بينهم طفلان في غارة على المخيم.", [(9, None, "killed"), (2, None, "killed")]),
    ("قتل ستة أشخاص، بينهم أربعة من عناصر الشرطة المحلية وسائقان كانا في المكان.",
     [(6, None, "killed"), (4, None, "killed"), (2, None, "killed")]),
    # the other side of an exchange is handed over too
    ("وأفرجت الحركة عن 3 رهائن مقابل 90 أسيراً.", [(3, None, "handed_over"), (90, None, "handed_over")]),
    ("The group freed 12 hostages in exchange for 300 prisoners.", [(12, None, "handed_over"), (300, None, "handed_over")]),
    # a cue before the figure is no event («يصل» in «ما يصل إلى»)
    ("وقالت الوزارة إن العدو خسر ما يصل إلى 900 عسكري خلال اليوم.", [(900, None, "killed")]),
    # moving the wounded is not a deployment
    ("ونقلت سيارات الإسعاف 35 جريحاً إلى مستشفى المدينة.", [(35, None, "wounded")]),
    ("وضبطت خفر السواحل 70 مهاجراً قبالة الشاطئ.", [(70, None, "detained")]),
    ("ولقي أربعة أشقاء حتفهم في انهيار المبنى.", [(4, None, "killed")]),
    ("ويبلغ عدد مقاتلي التنظيم نحو 3 آلاف مقاتل.", [(3000, None, "force_size")]),
])
def test_duals_exchanges_and_moved_casualties(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "والتقى الرئيسان في العاصمة لبحث الملف.",  # a dual, but no event: description
    "وقال الطرفان إن المفاوضات مستمرة.",  # a dual that is not people
])
def test_duals_without_events_are_not_facts(sentence):
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the verb right after a counted phrase is its own, and no other figure's
    ("Two people died and 11 were hurt when the bus was hit.", [(2, None, "killed"), (11, None, "wounded")]),
    ("وقال الناطق إن 4 من الحراس قتلوا و7 أصيبوا خلال الهجوم.", [(4, None, "killed"), (7, None, "wounded")]),
    # feminine duals, possessive endings after «من», the missing
    ("واعتقلت الشرطة 9 أشخاص بينهم امرأتان.", [(9, None, "detained"), (2, None, "detained")]),
    ("وقالت المنظمة إن 8 من متطوعيها قتلوا منذ بداية العام.", [(8, None, "killed")]),
    ("وأصيب ضابط وثلاثة من مرافقيه في انفجار عبوة ناسفة.", [(3, None, "wounded")]),
    ("وخلفت السيول 230 قتيلاً وأكثر من 900 مفقود.", [(230, None, "killed"), (900, None, "other")]),
    ("وتوفي طفلان بسبب سوء التغذية في المخيم.", [(2, None, "killed")]),
    ("Kyiv and Moscow swapped 150 prisoners on Tuesday.", [(150, None, "handed_over")]),
])
def test_predicates_possessives_and_the_missing(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # headline tolls: present-tense bridges and a few words between the toll and the figure
    ("Death toll from Kabul mosque bombing rises to 41", [(41, None, "killed")]),
    ("Shelling of Kherson injures 9", [(9, None, "wounded")]),
    ("The floods have claimed more than 300 lives.", [(300, None, "killed")]),
    # a bare figure before a word that names the event or «بين قتيل وجريح»
    ("وقتل جنديان وأصيب 6 بجروح متوسطة.", [(2, None, "killed"), (6, None, "wounded")]),
    ("وارتفعت حصيلة ضحايا الانفجار إلى 85 بين قتيل وجريح.", [(85, None, "killed")]),
])
def test_headline_tolls_and_bare_figures(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, kind", [
    ("Some 3,500 people arrived in Adre from Darfur this week.", "displaced"),
    ("وأفادت مصادر بوصول نحو 600 شخص من القرى المحاصرة إلى المدينة.", "displaced"),
    ("About 400 Wagner fighters arrived in Benghazi this week.", "deployed"),  # fighters stay deployed
])
def test_civilians_on_the_move_are_displaced(sentence, kind):
    assert one(sentence).kind == kind


@pytest.mark.parametrize("sentence, expected", [
    ("وفر الآلاف من بيوتهم بعد القصف.", [(None, "thousands", "displaced")]),
    ("ونزح مئات الآلاف إلى المناطق الساحلية.", [(None, "hundreds_of_thousands", "displaced")]),
    ("واعتقلت الشرطة العسكرية العشرات.", [(None, "dozens", "detained")]),  # a subject between
    ("وأصيب عشرات خلال المواجهات.", [(None, "dozens", "wounded")]),  # indefinite, nothing to count
    ("ولقي العشرات حتفهم في الغرق.", [(None, "dozens", "killed")]),
    ("The bombing killed dozens and wounded hundreds more.", [(None, "dozens", "killed"), (None, "hundreds", "wounded")]),
])
def test_bare_vague_words(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وأحرق المستوطنون العشرات من المنازل.",  # things, after «من»
    "وأطلقت الطائرات عشرات الصواريخ على البلدة.",
    "ونفذ اللواء 444 عملية واسعة قتل فيها مسلح.",  # a unit's number is no count
])
def test_vague_and_unit_numbers_that_are_not_people(sentence):
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # Arabic headlines: a bare figure right after the event word, then how it happened
    ("مقتل 9 بقصف مدفعي على ريف حلب", [(9, None, "killed")]),
    ("إصابة 6 برصاص الشرطة خلال احتجاجات", [(6, None, "wounded")]),
    ("اعتقال 14 بحملة أمنية في الموصل", [(14, None, "detained")]),
    ("وقتل 12 في هجوم على حافلة.", [(12, None, "killed")]),  # «في» + a thing is where, not a rate
])
def test_headline_figures(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وارتفعت نسبة المشاركة إلى 40 بالمئة.",
    "وتراجع الإنتاج 12 في المئة خلال العام.",
    "ونفذت الطائرات 9 بضربات متتالية.",  # no event word before: nothing counted
])
def test_rates_are_not_counts(sentence):
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("ونزح مليون ونصف المليون شخص عن ديارهم.", 1500000),
    ("وفر نصف مليون شخص من الإقليم.", 500000),
    ("Half a million people have fled the region.", 500000),
    ("The UN says 2.3m people have been displaced.", 2300000),
    ("Close to 60 migrants drowned off the coast.", 60),
])
def test_halves_and_suffixed_millions(sentence, value):
    assert one(sentence).value == value


@pytest.mark.parametrize("sentence", [
    "وقتل نصف المقاتلين في المعركة.",  # a share of a group, no figure
    "The new wall is 8m high and 2km long.",
])
def test_halves_and_suffixes_that_are_not_counts(sentence):
    assert facts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The militia had about 8,000 men under arms in 2019.", [(8000, None, "force_size")]),
    ("The rebels are thought to number some 20,000 fighters.", [(20000, None, "force_size")]),
    ("Around 250 young men signed up in a single week.", [(250, None, "recruited")]),
    ("وقال إن نحو 150 منهم أصيبوا في المعارك.", [(150, None, "wounded")]),  # «منهم» then the verb
])
def test_force_sizes_and_parts_of_a_group(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The raid on May 14 killed 9 villagers.", [(9, None, "killed")]),  # a day after its month
    ("Since Sept. 12, at least 60 people have died.", [(60, None, "killed")]),
    ("On April 2 four medics were wounded.", [(4, None, "wounded")]),  # date digit, then the count
])
def test_days_after_month_names_are_dates(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("وتتوقع الوكالة أن يصل عدد اللاجئين إلى 3 ملايين بحلول الصيف.", [(3000000, None, "displaced")]),
    ("Troops rescued 45 hostages from a camp in the forest.", [(45, None, "handed_over")]),
    ("واعتقلت هيئة تحرير الشام 20 شخصاً في إدلب.", [(20, None, "detained")]),  # «تحرير» in a name
])
def test_forecasts_rescues_and_names(sentence, expected):
    assert facts(sentence) == expected


def test_event_words_inside_names_are_not_events():
    s = "وأرسل لواء العودة 300 مقاتل إلى الجبهة الجنوبية."
    assert facts(s) == [(300, None, "returned")]  # read as words, «العودة» is nearest
    name = s.index("لواء العودة")
    found = facts_in(s, 0, len(s), names=[(name, name + len("لواء العودة"))])
    assert [(f.value, f.kind) for f in found] == [(300, "deployed")]


@pytest.mark.parametrize("sentence, expected", [
    ("وارتفعت الحصيلة إلى 64 وفق مصادر طبية.", [(64, None, "killed")]),  # «الحصيلة» alone is a toll
    ("وارتفعت حصيلة الاعتقالات إلى 450 منذ بدء الاحتجاجات.", [(450, None, "detained")]),
])
def test_tolls_name_their_event(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence, kind", [
    ("Around 600 fighters surrendered to the army on Sunday.", "handed_over"),
    ("وسلم 45 مسلحاً أنفسهم إلى القوات الحكومية.", "handed_over"),
    ("وتم إجلاء 80 جريحاً عبر المعبر.", "wounded"),  # the evacuated wounded are the wounded
    ("وتم إجلاء 800 مدني من الأحياء الشرقية.", "displaced"),
])
def test_surrender_and_evacuation(sentence, kind):
    assert one(sentence).kind == kind


@pytest.mark.parametrize("sentence, expected", [
    ("The blast killed 18 people, six of whom were children.", [(18, None, "killed"), (6, None, "killed")]),
    ("واعتقلت الشرطة 25 شخصاً، 4 منهم قاصرون.", [(25, None, "detained"), (4, None, "detained")]),
    ("Of the 40 hostages, 15 of them were freed on Monday.", [(40, None, "detained"), (15, None, "handed_over")]),
    ("وأسر المسلحون 12 جندياً، وأعدموا 3 منهم.", [(12, None, "detained"), (3, None, "killed")]),
])
def test_parts_counted_with_of_them(sentence, expected):
    assert facts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "وقالت أنقرة إنها حيّدت 9 مسلحين في شمال العراق.",
    "The ministry said its forces had neutralised 21 militants.",
    "وقالت كييف إن القوات الروسية فقدت نحو 1,100 عسكري خلال يوم واحد.",
])
def test_neutralised_and_lost_are_killed(sentence):
    assert one(sentence).kind == "killed"
