"""Stories and storylines on small corpora: across languages, apart in time, incremental."""
from __future__ import annotations

from marsad.corpus import CorpusBuilder, build_corpus
from marsad.corpus.stories import StoryIndex
from tests.corpus.records import (
    AZ,
    HOUTHI,
    KARABAKH,
    KARABAKH_EN,
    MARIB,
    SOHR,
    SPUTNIK,
    SYRIA,
    YEMEN,
    claim,
    ent,
    fact,
    record,
)

TOLL_SENTENCE = ("كشفت وكالة سبوتنيك نقلاً عن مصدر مطلع مقتل 93 مقاتلاً سورياً من الفصائل الموالية لتركيا في معارك "
                 "إقليم ناغورنو كاراباخ إلى جانب القوات الأذربيجانية، وتسليم جثث 53 آخرين إلى سوريا.")
AR_TOLL = record(
    "ar-toll", "مقتل 93 مقاتلاً سورياً في معارك كاراباخ", TOLL_SENTENCE, [KARABAKH, SYRIA, AZ, SPUTNIK],
    claims=[claim(TOLL_SENTENCE, "مقتل 93 مقاتلاً سورياً في معارك إقليم ناغورنو كاراباخ", "مصدر مطلع", "anonymous",
                  via=[("سبوتنيك", "Sputnik", "Q846664")])],
    facts=[fact(TOLL_SENTENCE, 93, "killed", 0)], published="2020-10-12")
EN_TOLL = record(
    "en-toll", "93 Syrian mercenaries killed fighting for Azerbaijan in Nagorno-Karabakh, Sputnik says",
    "Ninety-three Syrian fighters sent by Turkey to fight alongside Azerbaijani forces in Nagorno-Karabakh have been "
    "killed, Sputnik reported on Monday, citing a source; the bodies of 53 were returned to Syria.",
    [KARABAKH_EN, ent("Syria", "LOC", "Syria", "Q858", "country"), ent("Azerbaijan", "LOC", "Azerbaijan", "Q227", "country"),
     ent("Sputnik", "ORG", "Sputnik", "Q846664", "news_agency")], published="2020-10-12", language="en")
LATER_SENTENCE = ("وقال المرصد السوري لحقوق الإنسان إن حصيلة القتلى من المقاتلين السوريين في إقليم كاراباخ ارتفعت "
                  "إلى 120 مقاتلاً منذ بدء المعارك.")
AR_LATER = record(
    "ar-later", "أرمينيا تتهم أنقرة بإرسال مرتزقة سوريين إلى كاراباخ مع استمرار المعارك",
    "اتهمت الخارجية الأرمينية تركيا بنقل مقاتلين سوريين إلى أذربيجان للمشاركة في القتال الدائر في إقليم كاراباخ، "
    "فيما تتواصل الاشتباكات على خطوط التماس لليوم العشرين. " + LATER_SENTENCE,
    [KARABAKH, AZ, SYRIA, SOHR],
    claims=[claim(LATER_SENTENCE, "حصيلة القتلى من المقاتلين السوريين ارتفعت إلى 120 مقاتلاً",
                  "المرصد السوري لحقوق الإنسان", "organization", canonical="Syrian Observatory for Human Rights",
                  id_="Q1342")],
    facts=[fact(LATER_SENTENCE, 120, "killed", 0)], published="2020-10-16")
YEMEN_ART = record(
    "ye-marib", "اشتباكات عنيفة بين الحوثيين والقوات الحكومية في مأرب",
    "قالت مصادر عسكرية إن اشتباكات عنيفة اندلعت بين جماعة الحوثيين وقوات الجيش اليمني في جبهات مأرب، "
    "وأسفرت عن سقوط قتلى من الطرفين.",
    [YEMEN, MARIB, HOUTHI], published="2020-10-13")


def test_same_event_in_arabic_and_english_is_one_story(kb):
    c = build_corpus([AR_TOLL, EN_TOLL, YEMEN_ART], kb)
    assert ["ar-toll", "en-toll"] in c["stories"]
    assert ["ye-marib"] in c["stories"]


def test_developing_story_is_a_storyline_not_a_story(kb):
    """Days apart, a later toll of the same fighters: one storyline, two stories, and the figures an update."""
    c = build_corpus([AR_TOLL, AR_LATER, YEMEN_ART], kb)
    assert ["ar-later"] in c["stories"] and ["ar-toll"] in c["stories"]
    assert ["ar-later", "ar-toll"] in c["storylines"]
    assert ["ye-marib"] in c["storylines"]
    toll = [g for g in c["claim_groups"] if {m["doc"] for m in g["members"]} == {"ar-toll", "ar-later"}]
    assert toll and toll[0]["conflict"]["kind"] == "update"


def test_one_place_in_the_news_is_not_yet_one_storyline(kb):
    """Two Marib articles a week apart about different things share a place, not a story."""
    other = record("ye-aid", "وصول قافلة مساعدات غذائية إلى مخيمات النازحين في مأرب",
                   "أعلن برنامج الأغذية العالمي وصول قافلة مساعدات غذائية إلى مخيمات النازحين في محافظة مأرب "
                   "تكفي لإطعام آلاف الأسر لمدة شهر.", [YEMEN, MARIB], published="2020-10-20")
    c = build_corpus([YEMEN_ART, other], kb)
    assert ["ye-aid"] in c["storylines"] and ["ye-marib"] in c["storylines"]


def test_far_apart_in_time_is_not_one_storyline(kb):
    late = dict(AR_LATER, id="ar-next-year", published="2021-12-01")
    c = build_corpus([AR_TOLL, late], kb)
    assert ["ar-toll"] in c["storylines"] and ["ar-next-year"] in c["storylines"]


def test_adding_articles_later_gives_the_same_result(kb):
    all_at_once = build_corpus([AR_TOLL, EN_TOLL, AR_LATER, YEMEN_ART], kb)
    b = CorpusBuilder(kb)
    b.build([AR_TOLL, YEMEN_ART])
    index = StoryIndex.from_bytes(b.index.to_bytes())  # kept in the store between runs
    again = CorpusBuilder(kb, index).build([AR_TOLL, YEMEN_ART, EN_TOLL, AR_LATER])
    assert again["stories"] == all_at_once["stories"]
    assert again["storylines"] == all_at_once["storylines"]


def test_an_article_with_no_entities_stands_alone(kb):
    bare = record("bare", "عنوان", "نص بلا أسماء.", [])
    c = build_corpus([AR_TOLL, bare], kb)
    assert ["bare"] in c["stories"]
