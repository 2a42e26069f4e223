"""The cleaner on the bundled seeds and on pages written in the style of other news sites."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from marsad.clean import run
from marsad.document import Document, RawPage
from marsad.kb import load_kb
from marsad.pipeline import Context
from marsad.text import fold

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).resolve().parents[2] / "marsad" / "data" / "samples"
KB = load_kb(DATA / "media_kb.yaml")


def clean(text: str | None = None, html: str | None = None, ctx: Context | None = None, **kw) -> Document:
    raw = RawPage(id=kw.pop("id", "t"), text=text, html=html, **kw)
    doc = Document(id=raw.id, source=raw.text or "", raw=raw)
    run(doc, ctx or Context(kb=KB))
    return doc


def in_body(doc: Document, line: str) -> bool:
    return f" {fold(line)} " in f" {fold(doc.body)} "


def names(d: dict | None) -> set[str]:
    return {fold(d["name"]), fold(d.get("text") or "")} - {""} if d else set()


# ------------------------------------------------------------------ seeds
SEEDS = yaml.safe_load((DATA / "seeds_expected.yaml").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("spec", SEEDS, ids=[s["id"][:3] for s in SEEDS])
def test_seed_pages(spec):
    src = (SAMPLES / f"{spec['id']}.txt").read_text(encoding="utf-8")
    doc = clean(src, id=spec["id"])
    assert fold(doc.title) == fold(spec["title"])
    bp = {fold(b) for b in spec["boilerplate"]}
    for b in spec["boilerplate"]:
        assert not in_body(doc, b), f"boilerplate kept: {b}"
    for line in src.splitlines():
        if fold(line) and fold(line) not in bp and fold(line) != fold(spec["title"]):
            assert in_body(doc, line), f"content lost: {line[:60]}"
    if spec["outlet"]:
        assert doc.outlet and names(doc.outlet) & {fold(n) for n in spec["outlet"]}
    else:
        assert doc.outlet is None
    if spec["republished_from"]:
        assert doc.republished_from and names(doc.republished_from) & {fold(n) for n in spec["republished_from"]}
    else:
        assert doc.republished_from is None
    assert doc.published == spec["published"]
    # every removed line says why
    assert all(ln.reason for ln in doc.lines if ln.kind == "boilerplate")


def test_seed_today_widget_is_never_the_date_even_with_a_reference():
    src = (SAMPLES / "003_2b8361d5ef74b8e9.txt").read_text(encoding="utf-8")
    doc = clean(src, crawled="2024-04-27")
    assert doc.published != "2024-04-27"
    widget = next(ln for ln in doc.lines if "٢٠٢٤" in doc.source[ln.start:ln.end])
    assert widget.kind == "boilerplate" and "date" in widget.reason


def test_today_in_text_resolves_against_the_crawl_date():
    src = (SAMPLES / "001_dcf2b09758fc48a3.txt").read_text(encoding="utf-8")
    assert clean(src).published is None  # no year, no reference
    doc = clean(src, crawled="2020-11-02T10:00:00Z")
    assert doc.published == "2020-10-30"  # «اليوم الجمعة 30 من تشرين الأول»
    assert clean(src, ctx=Context(kb=KB, reference_date=__import__("datetime").date(2020, 10, 31))).published == \
        "2020-10-30"


# ------------------------------------------------------------------ pages in the style of other sites
PAGES = sorted(DATA.glob("*_like.yaml"))


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_other_sites(path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    src = (DATA / spec["input"]).read_text(encoding="utf-8")
    is_html = spec["input"].endswith(".html")
    doc = clean(None if is_html else src, html=src if is_html else None, url=spec.get("url"),
                crawled=spec.get("crawled"))
    assert fold(doc.title) == fold(spec["title"])
    for line in spec["content"]:
        assert in_body(doc, line), f"content lost: {line}"
    for line in spec["boilerplate"]:
        assert fold(line) not in fold(doc.body), f"boilerplate kept: {line}"
    if spec["outlet"]:
        assert doc.outlet and fold(spec["outlet"]) in names(doc.outlet)
    else:
        assert doc.outlet is None
    if spec["republished_from"]:
        assert doc.republished_from and fold(spec["republished_from"]) in names(doc.republished_from)
    else:
        assert doc.republished_from is None
    assert doc.published == spec["published"]
    for trap in spec.get("published_not", []):
        assert doc.published != trap
    assert doc.language == spec["language"]
    if is_html:
        assert doc.raw.html == src  # the markup stays with the page


# ------------------------------------------------------------------ mechanisms
def test_text_is_made_of_source_slices():
    src = (SAMPLES / "002_6ac2c7415c532309.txt").read_text(encoding="utf-8")
    doc = clean(src)
    for ts, ss, n in doc.segments:
        assert doc.text[ts:ts + n] == doc.source[ss:ss + n]
    i = doc.text.index("كفرلوسين")
    assert doc.source[doc.source_offset(i):].startswith("كفرلوسين")
    kinds = {ln.kind for ln in doc.lines}
    assert kinds == {"title", "body", "boilerplate", "blank"}


def test_lines_get_a_language():
    doc = clean("Site icon موقع\n\nعنوان الخبر الرئيسي هنا اليوم\n\n"
                "قال المتحدث باسم الوزارة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.\n\n"
                "Exit mobile version")
    langs = {doc.source[ln.start:ln.end]: ln.lang for ln in doc.lines if ln.kind != "blank"}
    assert langs["Exit mobile version"] == "en"
    assert langs["عنوان الخبر الرئيسي هنا اليوم"] == "ar"
    assert doc.language == "ar"


def test_english_plain_text_page():
    src = """Home World Middle East Africa
Advertisement
Gaza ceasefire talks resume in Cairo as aid convoys wait at Rafah
By Sarah Collins and Omar Haddad
March 3, 2024
CAIRO, March 3 (AP) — Negotiators from Egypt, Qatar and the United States resumed talks on Sunday over a ceasefire in Gaza, officials said.
Hundreds of aid trucks remained stuck at the Rafah crossing, according to the Egyptian Red Crescent.
"We are running out of time," a senior Egyptian official told reporters.
Share this article
Read more: Israel says it will send a delegation to Cairo
Copyright 2024 The Associated Press. All rights reserved.
"""
    doc = clean(src, url="https://apnews.com/article/gaza-ceasefire-cairo-123")
    assert doc.title == "Gaza ceasefire talks resume in Cairo as aid convoys wait at Rafah"
    assert doc.published == "2024-03-03"
    assert doc.language == "en"
    assert in_body(doc, '"We are running out of time," a senior Egyptian official told reporters.')
    assert in_body(doc, "Hundreds of aid trucks remained stuck at the Rafah crossing")
    for bp in ("By Sarah Collins and Omar Haddad", "Share this article", "Advertisement", "Copyright 2024",
               "Read more: Israel says"):
        assert fold(bp) not in fold(doc.body)
    assert "associated press" in doc.outlet["name"].lower()  # its copyright line names it


def test_section_label_and_site_name_are_not_the_title():
    doc = clean("الجزيرة نت\nأخبار\nالسبت ٢٧ / أبريل / ٢٠٢٤\n"
                "المعارضة السودانية ترفض المبادرة الجديدة لوقف الحرب\n"
                "رفضت قوى المعارضة السودانية، الأحد، مبادرة جديدة لوقف الحرب طرحتها دول الجوار، معتبرة أنها لا تعالج جذور الأزمة.")
    assert doc.title == "المعارضة السودانية ترفض المبادرة الجديدة لوقف الحرب"
    assert doc.published is None


def test_date_line_after_the_headline_is_the_publication_date():
    doc = clean("الرئيسية\nالثلاثاء 12 مارس 2024\n"
                "غارات إسرائيلية على جنوب لبنان\n"
                "نشر في: الإثنين 11 مارس 2024 - 10:45\n"
                "شنت طائرات حربية إسرائيلية سلسلة غارات على بلدات في جنوب لبنان، ما أدى إلى مقتل ثلاثة أشخاص بحسب مصادر محلية.")
    assert doc.published == "2024-03-11"
    assert "نشر في" in doc.published_evidence


def test_url_date():
    doc = clean("عنوان خبر عن اليمن اليوم\nقال مسؤول يمني إن المفاوضات متوقفة منذ أسابيع بسبب الخلافات على الرواتب.",
                url="https://example.org/news/2022/07/05/yemen-talks")
    assert doc.published == "2022-07-05"
    doc = clean("عنوان خبر عن اليمن اليوم\nقال مسؤول يمني إن المفاوضات متوقفة منذ أسابيع بسبب الخلافات على الرواتب.",
                url="https://sputnikarabic.ae/20201030/yemen-1047000000.html")
    assert doc.published == "2020-10-30"
    doc = clean("عنوان خبر عن اليمن اليوم\nقال مسؤول يمني إن المفاوضات متوقفة منذ أسابيع بسبب الخلافات على الرواتب.",
                url="https://www.enabbaladi.net/archives/425036")
    assert doc.published is None


def test_credit_line_gives_outlet_and_source():
    src = (SAMPLES / "003_2b8361d5ef74b8e9.txt").read_text(encoding="utf-8")
    doc = clean(src)
    assert doc.outlet["name"] == "Levant News" and doc.outlet["id"]
    assert doc.republished_from["name"] == "Al Arabiya"
    credit = next(ln for ln in doc.lines if doc.source[ln.start:ln.end] == "ليفانت- العربية نت")
    assert credit.kind == "boilerplate" and "credit" in credit.reason


def test_generic_and_own_credits_are_not_republished_from():
    body = "قال مسؤول محلي إن الاشتباكات أسفرت عن مقتل خمسة عناصر وإصابة آخرين في ريف درعا الغربي.\n"
    for credit in ("المصدر: وكالات", "المصدر: الجزيرة", "المصدر: متابعات"):
        doc = clean(f"اشتباكات في ريف درعا الغربي\n{body}{credit}\n", url="https://www.aljazeera.net/news/x")
        assert doc.republished_from is None, credit
        assert fold(credit) not in fold(doc.body)


def test_agency_dateline_credits_the_agency():
    doc = clean("اشتباكات عنيفة في الفاشر\n"
                "الخرطوم (رويترز) - قال سكان إن اشتباكات عنيفة اندلعت في مدينة الفاشر بين الجيش وقوات الدعم السريع.\n",
                url="https://www.skynewsarabia.com/middle-east/1700000")
    assert doc.outlet["name"] == "Sky News Arabia"
    assert doc.republished_from["name"] == "Reuters"
    own = clean("Clashes erupt in El Fasher\n"
                "KHARTOUM (Reuters) - Residents said heavy clashes broke out in El Fasher between the army and the RSF.\n",
                url="https://www.reuters.com/world/africa/x")
    assert own.republished_from is None


def test_donation_appeal_names_the_outlet_even_without_kb():
    doc = clean("عنوان التقرير عن المعتقلين في سوريا\n"
                "وثقت منظمات حقوقية اعتقال عشرات الأشخاص خلال الشهر الماضي في مناطق مختلفة من البلاد.\n"
                "ادعم صوت الحرية\n", ctx=Context(kb=None))
    assert doc.outlet == {"name": "صوت الحرية", "id": None, "evidence": "appeal «ادعم صوت الحرية»"}


def test_related_block_ends_the_article_but_a_long_paragraph_resumes_it():
    doc = clean("عنوان الخبر عن المفاوضات\n"
                "قال الوسطاء إن جولة جديدة من المفاوضات ستعقد الأسبوع المقبل في الدوحة بمشاركة الطرفين.\n"
                "اقرأ أيضا\n"
                "الوسطاء يقدمون مقترحاً جديداً\n"
                "وأضاف الوسطاء أن الطرفين أبديا مرونة في ملف تبادل الأسرى، لكن الخلاف ما زال قائماً حول انسحاب القوات من المعابر.\n"
                "مقالات ذات صلة\n"
                "عنوان مقال آخر عن غزة\n")
    assert in_body(doc, "وأضاف الوسطاء أن الطرفين أبديا مرونة")
    assert not in_body(doc, "الوسطاء يقدمون مقترحاً جديداً")
    assert not in_body(doc, "عنوان مقال آخر عن غزة")


def test_lines_repeated_across_pages_of_an_outlet_are_removed():
    ctx = Context(kb=KB)
    footer = "هذه المادة تنشر بالتعاون مع شبكة الصحفيين المستقلين في المنطقة."
    docs = []
    for k in range(4):
        docs.append(clean(f"عنوان الخبر رقم {k} عن الأوضاع\n"
                          f"قال مسؤول إن الأوضاع الأمنية في المنطقة رقم {k} شهدت تحسناً ملحوظاً خلال الأيام الأخيرة.\n"
                          f"{footer}\n", url=f"https://www.enabbaladi.net/{k}", ctx=ctx, id=f"p{k}"))
    assert in_body(docs[0], footer)  # first page: nothing to compare with yet
    last = next(ln for ln in docs[3].lines if docs[3].source[ln.start:ln.end] == footer)
    assert last.kind == "boilerplate" and "other pages" in last.reason


def test_html_without_title_in_text_gets_the_metadata_title():
    html = ("<html><head><title>Explosion hits Mogadishu market - Example News</title></head><body>"
            "<div><p>An explosion ripped through a busy market in Mogadishu on Tuesday, killing at least ten people, "
            "police said.</p><p>No group immediately claimed responsibility for the attack, which came days after "
            "government forces launched an offensive against al-Shabaab.</p></div></body></html>")
    doc = clean(html=html, url="https://news.example.com/2024/05/07/mogadishu")
    assert doc.title == "Explosion hits Mogadishu market"
    assert doc.text.startswith(doc.title + "\n\n")
    assert in_body(doc, "No group immediately claimed responsibility")
    assert doc.published == "2024-05-07"


def test_broken_html_does_not_raise():
    doc = clean(html="<html><body><p>نص قصير <b>غير مكتمل", url=None)
    assert isinstance(doc.text, str)


def test_fingerprints():
    a = clean("عنوان الخبر عن الهدنة\nأعلنت الأطراف المتحاربة هدنة إنسانية لمدة ثلاثة أيام تبدأ صباح الغد في كامل المدينة.")
    b = clean("عنوان الخبر عن الهدنة\nأعلنت الأطراف المتحاربة هُدنة إنسانيّة لمدة ثلاثة أيام تبدأ صباح الغد في كامل المدينة.")
    c = clean("خبر آخر تماماً عن الاقتصاد\nارتفعت أسعار الوقود في الأسواق المحلية بنسبة كبيرة خلال الشهر الماضي.")
    assert a.content_hash == b.content_hash != c.content_hash
    assert a.simhash == b.simhash and a.simhash != c.simhash


def test_link_list_above_the_headline_is_not_the_title():
    src = ("آخر الأخبار\n"
           "الأمم المتحدة تحذر من مجاعة في شمال دارفور\n"
           "ارتفاع أسعار الخبز في الخرطوم للمرة الثالثة\n"
           "وفد أميركي يصل إلى جدة لاستئناف المحادثات\n"
           "\n"
           "الجيش السوداني يستعيد السيطرة على مدينة سنجة\n"
           "أعلن الجيش السوداني، السبت، استعادة السيطرة على مدينة سنجة عاصمة ولاية سنار بعد معارك مع قوات الدعم السريع.\n")
    assert clean(src).title == "الجيش السوداني يستعيد السيطرة على مدينة سنجة"


def test_url_slug_picks_the_headline():
    src = ("مقالات مختارة من المحرر\n"
           "الاحتلال يقتحم مخيم جنين ويعتقل عشرة شبان\n"
           "غارة تستهدف قيادياً في حزب الله جنوب لبنان\n"
           "قالت مصادر محلية إن غارة إسرائيلية استهدفت سيارة على طريق بلدة الناقورة جنوب لبنان، ما أدى إلى مقتل شخصين.\n")
    url = "https://example.com/news/%D8%BA%D8%A7%D8%B1%D8%A9-%D8%AA%D8%B3%D8%AA%D9%87%D8%AF%D9%81-%D9%82%D9%8A%D8%A7%D8%AF%D9%8A%D8%A7-%D9%81%D9%8A-%D8%AD%D8%B2%D8%A8-%D8%A7%D9%84%D9%84%D9%87"
    doc = clean(src, url=url)
    assert doc.title == "غارة تستهدف قيادياً في حزب الله جنوب لبنان"
    assert not in_body(doc, "الاحتلال يقتحم مخيم جنين ويعتقل عشرة شبان")


def test_dateline_on_its_own_line():
    doc = clean("مقتل 5 جنود في هجوم شمالي العراق\n"
                "أربيل/ رويترز\n"
                "قال مسؤولون أمنيون إن خمسة جنود قتلوا في هجوم شنه مسلحون على نقطة تفتيش في محافظة كركوك شمالي العراق.\n",
                url="https://www.alsumaria.tv/news/security/470000")
    assert doc.republished_from["name"] == "Reuters"
    line = next(ln for ln in doc.lines if doc.source[ln.start:ln.end] == "أربيل/ رويترز")
    assert line.kind == "boilerplate"


def test_article_sentences_that_start_like_chrome_are_kept():
    lines = [
        "اشترك في الهجوم نحو 200 عنصر من الفصائل المسلحة.",
        "كتب الرئيس الأميركي على حسابه في تويتر أن بلاده لن تتراجع.",
        "شاهد عيان قال إن الطائرات حلقت فوق المدينة طوال الليل.",
        "منذ بداية العام قتل 40 مدنياً في المنطقة بحسب الأمم المتحدة.",
        "شارك آلاف المتظاهرين في مسيرة وسط العاصمة للمطالبة بوقف الحرب.",
        "المزيد من العائلات نزحت إلى المخيمات خلال الأسبوع الماضي.",
        "وتابع: «لن نقبل بأي تسوية لا تضمن عودة النازحين».",
        "تابعنا التطورات الميدانية ساعة بساعة، وفق ما قال المراسل.",
    ]
    doc = clean("عنوان الخبر عن التطورات الميدانية\n" + "\n".join(lines) + "\n")
    for line in lines:
        assert in_body(doc, line), line
    en = ["Published figures show 200 dead in three towns.", "Tagged as terrorists, the group was banned in 2019.",
          "Share prices fell sharply in Beirut on Monday, traders said."]
    doc = clean("Fighting in Lebanon\n" + "\n".join(en) + "\n")
    for line in en:
        assert in_body(doc, line), line


def test_metadata_title_that_differs_from_the_h1_still_finds_the_h1():
    html = ("<html><head><meta property='og:title' content='Sudan RSF seizes key Darfur town'>"
            "<title>Sudan RSF seizes key Darfur town | Example</title></head><body><article>"
            "<h1>Sudan's RSF seizes key town in Darfur, residents say</h1>"
            "<p>Sudan's paramilitary Rapid Support Forces took control of the town of Ardamata in West Darfur on "
            "Saturday after days of fighting with the army, residents said.</p>"
            "<p>At least 700 people were killed in the town over the past week, a monitoring group said.</p>"
            "</article></body></html>")
    doc = clean(html=html, url="https://example.com/a/1")
    assert doc.title == "Sudan's RSF seizes key town in Darfur, residents say"
    assert not in_body(doc, doc.title)


def test_html_today_widget_without_metadata_date_is_not_the_date():
    html = ("<html><body><div>السبت ٢٧ / أبريل / ٢٠٢٤</div><article><h1>اشتباكات عنيفة بين الجيش والدعم السريع في الفاشر</h1>"
            "<p>اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر، وفق ما أفاد سكان محليون.</p>"
            "<p>وقال شهود إن القصف المدفعي طال أحياء سكنية في شرق المدينة وأوقع قتلى وجرحى بين المدنيين.</p>"
            "</article></body></html>")
    doc = clean(html=html, crawled="2024-04-27")
    assert doc.published != "2024-04-27"
    assert doc.title == "اشتباكات عنيفة بين الجيش والدعم السريع في الفاشر"


def test_outlet_from_the_page_itself_without_url():
    body = "قال مسؤولون إن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة القطرية الدوحة.\n"
    # a masthead above the headline
    doc = clean("الجزيرة نت\nالرئيسية\nاستئناف المفاوضات الأسبوع المقبل في الدوحة\n" + body)
    assert doc.outlet["name"] == "Al Jazeera" and "masthead" in doc.outlet["evidence"]
    # a follow-us appeal that names the site
    doc = clean("استئناف المفاوضات الأسبوع المقبل في الدوحة\n" + body + "تابعوا سكاي نيوز عربية على تلغرام\n")
    assert doc.outlet["name"] == "Sky News Arabia"
    # the site's own correspondent in the dateline
    doc = clean("استئناف المفاوضات الأسبوع المقبل في الدوحة\nالدوحة - سكاي نيوز عربية\n" + body)
    assert doc.outlet["name"] == "Sky News Arabia" and doc.republished_from is None
    # an agency's dateline with nothing else naming the site: the agency's own page
    doc = clean("استئناف المفاوضات الأسبوع المقبل في الدوحة\nالدوحة - رويترز\n" + body)
    assert doc.outlet["name"] == "Reuters" and doc.republished_from is None
    # … but on a page that names itself, the agency is the credit
    doc = clean("استئناف المفاوضات الأسبوع المقبل في الدوحة\nالدوحة - رويترز\n" + body + "© 2024 موقع المرصد الخليجي\n",
                ctx=Context(kb=load_kb()))
    assert doc.outlet["name"] == "المرصد الخليجي" and doc.republished_from["name"] == "Reuters"
    # a bare «العربية» (a language switch) is no masthead
    doc = clean("العربية\nEnglish\nاستئناف المفاوضات الأسبوع المقبل في الدوحة\n" + body, ctx=Context(kb=load_kb()))
    assert doc.outlet is None


def test_short_latin_widgets_in_an_arabic_page():
    doc = clean("عنوان الخبر عن الانتخابات البلدية\n"
                "أعلنت اللجنة العليا للانتخابات أن نسبة المشاركة في الانتخابات البلدية بلغت 40 في المئة.\n"
                "WP Themes Gallery\n"
                "وأضافت اللجنة أن النتائج الأولية ستعلن خلال يومين في مؤتمر صحافي بالعاصمة.\n")
    assert not in_body(doc, "WP Themes Gallery")
    assert in_body(doc, "وأضافت اللجنة أن النتائج الأولية ستعلن خلال يومين")


def test_headline_with_a_full_stop():
    doc = clean("Logo\nSudan: ten killed in an attack on a market in El Fasher.\n"
                "At least ten people were killed when shells hit a crowded market in El Fasher on Sunday, "
                "local activists said, blaming the Rapid Support Forces.\n")
    assert doc.title == "Sudan: ten killed in an attack on a market in El Fasher."


def test_an_appeal_in_the_middle_does_not_end_the_article():
    doc = clean("عنوان الخبر عن الفيضانات في ليبيا\n"
                "ارتفع عدد ضحايا الفيضانات في مدينة درنة شرقي ليبيا إلى أكثر من خمسة آلاف قتيل بحسب السلطات المحلية.\n"
                "تابعونا على تلغرام لتصلكم آخر الأخبار\n"
                "وقالت منظمة الصحة العالمية إن فرقها تعمل على توفير المياه النظيفة للناجين ومنع انتشار الأوبئة في المدينة.\n"
                "لا توجد تعليقات\n"
                "رد طويل من أحد القراء يتحدث فيه عن الفيضانات وما جرى في المدينة خلال الأيام الماضية بالتفصيل الممل.\n")
    assert in_body(doc, "وقالت منظمة الصحة العالمية إن فرقها تعمل")
    assert not in_body(doc, "تابعونا على تلغرام")
    assert not in_body(doc, "رد طويل من أحد القراء")  # after the comments block nothing is article text


def test_hijri_and_gregorian_date_line_under_the_headline():
    doc = clean("الحوثيون يعلنون استهداف سفينة في البحر الأحمر\n"
                "الثلاثاء - 28 جمادى الآخرة 1445 هـ - 09 يناير 2024 م\n"
                "أعلنت جماعة الحوثي، مساء الثلاثاء، أنها استهدفت سفينة تجارية في البحر الأحمر بعدد من الصواريخ.\n")
    assert doc.published == "2024-01-09"
    assert not in_body(doc, "جمادى الآخرة")


def test_publication_stamp_under_the_text():
    doc = clean("Fighting flares in eastern Congo as rebels advance\n"
                "Rebels advanced towards the city of Goma on Saturday, forcing thousands of people to flee, "
                "local officials said.\n"
                "Last updated on Sun 28 Apr 2024 09.12 BST\n"
                "First published on Sat 27 Apr 2024 10.00 BST\n")
    assert doc.published == "2024-04-27"


def test_copies_of_one_article_do_not_make_its_lines_furniture():
    ctx = Context(kb=KB)
    src = ("عنوان الخبر عن الأوضاع في المدينة\n"
           "قال مسؤول إن الأوضاع الأمنية تحسنت.\n"
           "وأضاف أن الحياة عادت إلى طبيعتها في معظم الأحياء.\n")
    for k in range(4):
        doc = clean(src, url=f"https://www.enabbaladi.net/{k}", ctx=ctx, id=f"copy{k}")
    assert in_body(doc, "قال مسؤول إن الأوضاع الأمنية تحسنت.")


def test_a_last_sentence_starting_with_almasdar_is_no_credit():
    doc = clean("اشتباكات في ريف درعا الغربي\n"
                "قال مسؤول محلي إن الاشتباكات أسفرت عن مقتل خمسة عناصر وإصابة آخرين في ريف درعا الغربي.\n"
                "المصدر أكد أن الهدوء عاد.\n")
    assert doc.republished_from is None
    assert in_body(doc, "المصدر أكد أن الهدوء عاد.")


def test_place_pair_at_the_end_is_no_credit_line():
    doc = clean("اشتباكات في ريف حلب الشمالي\n"
                "قال مسؤول محلي إن الاشتباكات أسفرت عن مقتل خمسة عناصر وإصابة آخرين في ريف حلب الشمالي.\n"
                "حلب - سوريا\n", ctx=Context(kb=load_kb()))
    assert doc.outlet is None and doc.republished_from is None


def test_masthead_with_a_slogan_is_not_the_headline_even_without_kb():
    src = ("صوت الجنوب | صحيفة يمنية مستقلة\n"
           "الأحد 12 مايو 2024\n"
           "اشترك\n"
           "قوات الانتقالي تعلن صد هجوم للحوثيين في الضالع\n"
           "أعلنت قوات المجلس الانتقالي الجنوبي، السبت، أنها صدت هجوماً شنه الحوثيون على مواقعها في جبهة الضالع.\n")
    doc = clean(src, ctx=Context(kb=None))
    assert doc.title == "قوات الانتقالي تعلن صد هجوم للحوثيين في الضالع"
    assert doc.published is None  # the widget above the headline is the site's clock


def test_headline_followed_by_the_site_name_is_still_the_headline():
    doc = clean("مقتل خمسة مدنيين في غارة على حي الزيتون بغزة - الجزيرة نت\n"
                "قال الدفاع المدني في غزة إن خمسة مدنيين قتلوا في غارة إسرائيلية استهدفت منزلاً في حي الزيتون.\n")
    assert doc.title.startswith("مقتل خمسة مدنيين في غارة على حي الزيتون بغزة")


def test_slogan_and_menu_entries_in_the_header_are_not_the_headline():
    src = ("Skip to content\n"
           "Trusted news from the Horn of Africa since 1999\n"
           "Politics\nBusiness\nSign in\n"
           "East Africa Security\n"
           "Opinion\n"
           "Al-Shabaab fighters attack army base near Somali capital\n"
           "Al-Shabaab militants attacked a military base about 30 km north of Mogadishu on Monday, "
           "the Somali army said, adding that its troops had repelled the assault.\n")
    assert clean(src).title == "Al-Shabaab fighters attack army base near Somali capital"


def test_common_word_outlet_name_lower_in_the_menu_is_no_masthead():
    body = "قال مسؤولون إن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل في العاصمة القطرية الدوحة.\n"
    doc = clean("أخبار اليوم\nسياسة\nالشرق الأوسط\nاستئناف المفاوضات الأسبوع المقبل في الدوحة\n" + body,
                ctx=Context(kb=load_kb()))
    assert doc.outlet is None
    doc = clean("الشرق الأوسط\nسياسة\nاستئناف المفاوضات الأسبوع المقبل في الدوحة\n" + body, ctx=Context(kb=load_kb()))
    assert doc.outlet["name"] == "Asharq Al-Awsat"


def test_source_line_with_agencies_names_the_page_itself():
    body = ("اشتباكات في ريف درعا الغربي\n"
            "قال مسؤول محلي إن الاشتباكات أسفرت عن مقتل خمسة عناصر وإصابة آخرين في ريف درعا الغربي.\n")
    # the site's own reporting plus wire copy: no republished-from, and the page names itself
    doc = clean(body + "المصدر: العربي الجديد + وكالات\n", ctx=Context(kb=load_kb()))
    assert doc.republished_from is None and doc.outlet["name"] == "The New Arab"
    # on another outlet's page (known from its URL) the same line credits that outlet
    doc = clean(body + "المصدر: العربي الجديد + وكالات\n", url="https://www.skynewsarabia.com/middle-east/1",
                ctx=Context(kb=load_kb()))
    assert doc.outlet["name"] == "Sky News Arabia" and doc.republished_from["name"] == "The New Arab"
    # a copyright naming the network resolves to the outlet, so «المصدر: X + وكالات» is the page's own
    doc = clean(body + "المصدر: الجزيرة + وكالات\nجميع الحقوق محفوظة © 2024 شبكة الجزيرة الإعلامية\n")
    assert doc.outlet["name"] == "Al Jazeera" and doc.republished_from is None


def test_caption_with_a_photo_credit_and_its_alt_text():
    doc = clean("Fighting rages in Khartoum for a second day as army and RSF trade blame\n"
                "Smoke rises over buildings in central Khartoum as fighting between the army and the RSF continues, "
                "April 16, 2023. REUTERS/Mohamed Nureldin Abdallah\n"
                "Smoke rises over buildings in central Khartoum as fighting between the army and the RSF continues\n"
                "KHARTOUM, April 16 (Reuters) - Fighting between Sudan's army and a powerful paramilitary force raged "
                "for a second day on Sunday, residents said.\n")
    assert not in_body(doc, "Smoke rises over buildings")
    assert in_body(doc, "Fighting between Sudan's army and a powerful paramilitary force")
    assert doc.outlet["name"] == "Reuters" and doc.republished_from is None


def test_byline_with_a_date_under_the_headline():
    doc = clean("Ethiopia: drone strike kills 20 in Amhara region\n"
                "Selam Tesfaye | 03.02.2024 - Update : 04.02.2024\n"
                "A drone strike killed at least 20 people at a bus station in Ethiopia's Amhara region, "
                "witnesses and a health worker said on Saturday.\n")
    assert doc.published == "2024-02-03"
    assert not in_body(doc, "Selam Tesfaye")


def test_a_section_name_under_the_headline_does_not_make_it_header():
    for src in ("Home\nGunmen kill 12 villagers in attack on northern Burkina Faso town\nWorld\n"
                "Residents flee the town of Djibo after the attack\n"
                "Gunmen killed at least 12 villagers in an attack on the northern Burkina Faso town of Djibo on Sunday, "
                "local sources said, blaming jihadists.\n",
                "الرئيسية\nمسلحون يقتلون 12 قروياً في هجوم على بلدة شمال بوركينا فاسو\nأخبار\n"
                "سكان يفرون من بلدة جيبو بعد الهجوم\n"
                "قتل مسلحون 12 قروياً على الأقل في هجوم على بلدة جيبو شمال بوركينا فاسو، يوم الأحد، بحسب مصادر محلية.\n"):
        assert clean(src).title == src.split("\n")[1]


def test_quoted_dateline_names_the_site_or_credits_an_agency():
    text = ("أعلن المكتب المركزي للأبحاث القضائية، اليوم الثلاثاء، تفكيك خلية إرهابية تتكون من أربعة عناصر "
            "في مدينة طنجة.\n")
    doc = clean("المغرب يعلن تفكيك خلية إرهابية في طنجة\nالرباط - \"هسبريس\": " + text)
    assert doc.outlet["name"] == "Hespress" and doc.republished_from is None
    doc = clean("المغرب يعلن تفكيك خلية إرهابية في طنجة\nالرباط – «رويترز»: " + text, url="https://hespress.com/x-1.html")
    assert doc.outlet["name"] == "Hespress" and doc.republished_from["name"] == "Reuters"


def test_document_title_with_the_site_name_above_the_headline():
    src = ("مقتل 7 بقصف على مخيم للنازحين في مأرب | المشهد اليمني\n"
           "الرئيسية\n"
           "مقتل 7 بقصف على مخيم للنازحين في مأرب\n"
           "قالت مصادر طبية إن سبعة مدنيين بينهم أطفال قتلوا في قصف استهدف مخيماً للنازحين غرب مدينة مأرب.\n")
    doc = clean(src)
    assert doc.title == "مقتل 7 بقصف على مخيم للنازحين في مأرب"
    assert not in_body(doc, "المشهد اليمني")
    assert doc.outlet["name"] == "المشهد اليمني"


def test_english_page_with_a_standfirst_and_a_glued_date():
    src = ("Skip to Content\nNavigation menu\nNews\nMiddle East\nOpinion\n"
           "Sudanese army says it retook key bridge in Khartoum North\n"
           "The army says it now controls both ends of the Halfaya bridge after weeks of fighting with the RSF.\n"
           "By Staff Reporter\n"
           "Published On 26 Sep 202426 Sep 2024\n"
           "Sudan's army said on Thursday it had recaptured the Halfaya bridge linking Omdurman and Khartoum North, "
           "in its biggest advance in the capital in months.\n"
           "The Rapid Support Forces did not immediately comment on the claim.\n"
           "Source: Al Jazeera and news agencies\n")
    doc = clean(src)
    assert doc.title == "Sudanese army says it retook key bridge in Khartoum North"
    assert doc.published == "2024-09-26"
    assert doc.outlet["name"] == "Al Jazeera" and doc.republished_from is None
    assert in_body(doc, "The Rapid Support Forces did not immediately comment on the claim.")


def test_slash_dateline_of_a_russian_agency():
    doc = clean("Russian forces take village in Donetsk region, ministry says\n"
                "MOSCOW, November 17. /TASS/. Russian forces have taken control of the village of Novoselydivka in the "
                "Donetsk region, the Defense Ministry said on Sunday.\n", ctx=Context(kb=load_kb()))
    assert doc.outlet["name"] == "TASS" and doc.republished_from is None


def test_agency_name_alone_after_the_last_paragraph_is_a_credit():
    text = ("قتل خمسة أشخاص وأصيب عشرة آخرون في انفجار سيارة مفخخة بسوق شعبي في مدينة الباب شمالي حلب، "
            "بحسب ما أفاد الدفاع المدني السوري.\n")
    doc = clean("انفجار سيارة مفخخة في مدينة الباب\n" + text + "(رويترز)\n", url="https://www.skynewsarabia.com/x/1")
    assert doc.republished_from["name"] == "Reuters" and not in_body(doc, "(رويترز)")
    doc = clean("Car bomb kills five in northern Syria\n"
                "A car bomb killed five people and wounded ten at a market in the town of al-Bab in northern Syria, "
                "the civil defence said.\n— AFP\n", url="https://www.arabnews.com/node/1")
    assert doc.republished_from["name"] == "Agence France-Presse"
    doc = clean("Car bomb kills five in northern Syria\n"
                "A car bomb killed five people and wounded ten at a market in the town of al-Bab in northern Syria, "
                "the civil defence said.\n(With inputs from Reuters)\n", url="https://www.arabnews.com/node/1")
    assert doc.republished_from["name"] == "Reuters"


def test_a_standfirst_with_a_date_is_neither_byline_nor_publication_date():
    doc = clean("إسرائيل تنشر حصيلة جديدة لقتلاها في هجوم السابع من أكتوبر\n"
                "الجيش يراجع أعداد القتلى في هجمات 7 أكتوبر 2023 على مستوطنات غلاف غزة\n"
                "قال الجيش الإسرائيلي إنه راجع أعداد القتلى في الهجوم بعد التعرف على هويات عشرات الجثث خلال الأشهر الماضية.\n")
    assert in_body(doc, "الجيش يراجع أعداد القتلى في هجمات 7 أكتوبر 2023")
    assert doc.published is None


def test_a_file_photo_caption_date_is_not_the_publication_date():
    doc = clean("Sudan army says it repelled RSF attack on El Obeid\n"
                "Sudanese soldiers in Khartoum on 3 May 2023 (Reuters)\n"
                "Sudan's army said on Monday it had repelled an attack by the Rapid Support Forces on the city of "
                "El Obeid, killing dozens of fighters.\n")
    assert doc.published is None
    assert not in_body(doc, "Sudanese soldiers in Khartoum")


def test_guardian_style_header_standfirst_and_date():
    src = ("Skip to main content\nSkip to navigation\nPrint subscriptions\nSign in\nInternational edition\n"
           "The Guardian - Back to home\nWorld\nEurope\nMiddle East\nAfrica\n"
           "Drone strike on Port Sudan fuel depot sparks huge fire\n"
           "Attack on the army-aligned government's wartime seat is the first of its kind, raising fears for aid routes\n"
           "Jane Doe\n"
           "Sun 4 May 2025 18.40 BST\n"
           "Share\n"
           "A drone strike hit a fuel depot in Port Sudan on Sunday, setting off a fire that sent black smoke over the "
           "city, the army said.\n"
           "No one has claimed the attack.\n"
           "Explore more on these topics\nSudan\nReuse this content\n")
    doc = clean(src, ctx=Context(kb=load_kb()))
    assert doc.title == "Drone strike on Port Sudan fuel depot sparks huge fire"
    assert doc.outlet["name"] == "The Guardian"
    assert doc.published == "2025-05-04"
    assert in_body(doc, "No one has claimed the attack.")


def test_a_dated_read_also_link_after_the_first_paragraph_is_no_publication_date():
    doc = clean("الجيش السوداني يعلن استعادة مدينة ود مدني\n"
                "أعلن الجيش السوداني، السبت، استعادة السيطرة على مدينة ود مدني عاصمة ولاية الجزيرة بعد معارك عنيفة.\n"
                "اقرأ أيضا: الدعم السريع تسيطر على ود مدني في 18 ديسمبر 2023\n"
                "وقال المتحدث باسم الجيش إن القوات دخلت المدينة من ثلاثة محاور وسط ترحيب من السكان.\n")
    assert doc.published is None


def test_short_body_lines_about_returning_are_kept():
    lines = ["العودة إلى الشمال ما زالت ممنوعة، بحسب السكان.", "Back to the front line, the soldiers said little."]
    doc = clean("عنوان الخبر عن النازحين في غزة\n" + "\n".join(lines) + "\n")
    for line in lines:
        assert in_body(doc, line), line


def test_ap_style_caption_and_reporter_note():
    src = ("Menu\nWorld\nPolitics\nSudan\n"
           "Sudan's army retakes presidential palace in Khartoum, state TV says\n"
           "Sudan's army said it seized the presidential palace in Khartoum on Friday after nearly two years of war.\n"
           "By JOHN SMITH\n"
           "Updated 3:40 PM GMT+3, March 21, 2025\n"
           "Soldiers celebrate outside the presidential palace in Khartoum, Sudan, Friday, March 21, 2025. "
           "(AP Photo/Stringer)\n"
           "CAIRO (AP) — Sudan's military said Friday it had taken full control of the presidential palace in Khartoum, "
           "a major symbolic victory in its war with the Rapid Support Forces.\n"
           "The RSF did not immediately comment.\n"
           "Smith reported from Cairo.\n")
    doc = clean(src, ctx=Context(kb=load_kb()))
    assert doc.published == "2025-03-21"
    assert not in_body(doc, "Soldiers celebrate outside the presidential palace")
    assert not in_body(doc, "Smith reported from Cairo.")
    assert in_body(doc, "The RSF did not immediately comment.")
    assert doc.outlet["name"] == "Associated Press" and doc.republished_from is None


def test_slogan_on_its_own_line_under_the_logo():
    src = ("الشرق الأوسط\nصحيفة العرب الأولى\nالعالم العربي\n"
           "الحوثيون يعلنون استهداف سفينة تجارية في خليج عدن\n"
           "أعلنت جماعة الحوثي، مساء الثلاثاء، أنها استهدفت سفينة تجارية في خليج عدن بعدد من الصواريخ الباليستية.\n")
    doc = clean(src, ctx=Context(kb=load_kb()))
    assert doc.title == "الحوثيون يعلنون استهداف سفينة تجارية في خليج عدن"
    assert doc.outlet["name"] == "Asharq Al-Awsat"


def test_section_names_under_the_headline():
    src = ("مقتل ثلاثة عناصر من الأمن العام بهجوم في ريف إدلب الجنوبي\n"
           "أخبار\nسوريا\n"
           "عناصر من الأمن العام في إدلب\n"
           "قتل ثلاثة عناصر من الأمن العام وأصيب آخرون بهجوم شنه مسلحون مجهولون على حاجز في ريف إدلب الجنوبي، بحسب مصادر محلية.\n")
    assert clean(src).title == "مقتل ثلاثة عناصر من الأمن العام بهجوم في ريف إدلب الجنوبي"
