"""Writes records.jsonl and corpus.json: hand-written records for the web tests (run once; both are committed).

Arabic and English articles in the style of the news the project reads, and one hostile
article whose every field carries script, event-handler markup and javascript: links.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
SOHR = {"text": "المرصد السوري لحقوق الإنسان", "kind": "organization", "canonical": "Syrian Observatory for Human Rights",
        "id": "Q1155767", "mention": "المرصد السوري لحقوق الإنسان"}
SPUTNIK = {"text": "وكالة سبوتنيك", "canonical": "Sputnik", "id": "Q1373681", "kind": "agency"}
ar_lines = [
    "قال المرصد السوري لحقوق الإنسان إن حصيلة القتلى من المقاتلين السوريين في ناغورنو كاراباخ بلغت 72 مقاتلاً.",
    "ونقلت وكالة سبوتنيك عن مصدر عسكري أن تركيا أرسلت نحو 1500 مقاتل سوري إلى أذربيجان.",
    "وأكد المصدر أن المقاتلين نُقلوا عبر مطار غازي عنتاب في جنوب تركيا.",
    "من جهته، نفى الرئيس الأذربيجاني إلهام علييف وجود أي مرتزقة سوريين في بلاده.",
]
ar_title = "مقتل 72 مقاتلاً سورياً في ناغورنو كاراباخ بحسب المرصد السوري"
ar_body = "\n".join(ar_lines)
off = len(ar_title) + 2
ar = {
    "id": "ar-karabakh", "language": "ar", "title": ar_title, "outlet": {"name": "Enab Baladi", "id": "Q56345614"},
    "republished_from": None, "published": "2020-10-30", "body": ar_body, "url": "https://example.org/ar/1",
    "entities": [
        {"text": "المرصد السوري لحقوق الإنسان", "type": "ORG", "canonical": "Syrian Observatory for Human Rights", "id": "Q1155767",
         "subtype": "ngo_monitor", "mentions": ["المرصد السوري لحقوق الإنسان", "المرصد السوري"]},
        {"text": "سبوتنيك", "type": "ORG", "canonical": "Sputnik", "id": "Q1373681", "subtype": "news_agency", "mentions": ["سبوتنيك"]},
        {"text": "ناغورنو كاراباخ", "type": "LOC", "canonical": "Nagorno-Karabakh", "id": "Q1069", "subtype": "region",
         "mentions": ["ناغورنو كاراباخ"]},
        {"text": "تركيا", "type": "LOC", "canonical": "Turkey", "id": "Q43", "subtype": "country", "mentions": ["تركيا"]},
        {"text": "أذربيجان", "type": "LOC", "canonical": "Azerbaijan", "id": "Q227", "subtype": "country", "mentions": ["أذربيجان"]},
        {"text": "غازي عنتاب", "type": "LOC", "canonical": "Gaziantep", "id": "Q83066", "subtype": "city", "mentions": ["غازي عنتاب"]},
        {"text": "إلهام علييف", "type": "PER", "canonical": "Ilham Aliyev", "id": "Q151283", "subtype": "head_of_state",
         "mentions": ["إلهام علييف"]},
    ],
    "claims": [
        {"evidence": ar_lines[0], "content": "حصيلة القتلى من المقاتلين السوريين في ناغورنو كاراباخ بلغت 72 مقاتلاً",
         "speaker": SOHR, "via": [], "stance": "assert", "start": off, "end": off + len(ar_lines[0])},
        {"evidence": ar_lines[1], "content": "تركيا أرسلت نحو 1500 مقاتل سوري إلى أذربيجان",
         "speaker": {"text": "مصدر عسكري", "kind": "anonymous", "canonical": None, "mention": "مصدر عسكري"},
         "via": [SPUTNIK], "stance": "assert"},
        {"evidence": ar_lines[2], "content": "المقاتلين نُقلوا عبر مطار غازي عنتاب في جنوب تركيا",
         "speaker": {"text": "مصدر عسكري", "kind": "anonymous", "canonical": None, "mention": "المصدر"},
         "via": [SPUTNIK], "stance": "assert"},
        {"evidence": ar_lines[3], "content": "وجود أي مرتزقة سوريين في بلاده",
         "speaker": {"text": "الرئيس الأذربيجاني إلهام علييف", "kind": "person", "canonical": "Ilham Aliyev", "id": "Q151283",
                     "mention": "الرئيس الأذربيجاني إلهام علييف"}, "via": [], "stance": "deny"},
    ],
    "facts": [
        {"evidence": ar_lines[0], "value": 72, "vague": None, "approx": False, "qualifier": None, "kind": "killed",
         "subject": "المقاتلين السوريين", "place": "ناغورنو كاراباخ", "date": None, "claim": 0},
        {"evidence": ar_lines[1], "value": 1500, "vague": None, "approx": True, "qualifier": None, "kind": "deployed",
         "subject": "مقاتل سوري", "place": "أذربيجان", "date": None, "claim": 1},
    ],
    "removed": [{"line": "اشترك في النشرة البريدية", "reason": "subscription appeal"},
                {"line": "اقرأ أيضاً: أخبار متعلقة", "reason": "read more link"}],
    "warnings": [],
}
en_lines = [
    "Syria's ambassador to Moscow said on Tuesday that 81 Syrian fighters had been killed in Nagorno-Karabakh.",
    "Turkish President Recep Tayyip Erdogan denied that Turkey had sent Syrian fighters to Azerbaijan.",
]
en = {
    "id": "en-karabakh", "language": "en", "title": "Syrian fighters in Karabakh: 81 killed, says ambassador",
    "outlet": {"name": "Levant Monitor", "id": None}, "republished_from": {"name": "Al Arabiya"}, "published": "2020-11-03",
    "body": "\n".join(en_lines), "url": None,
    "entities": [
        {"text": "Moscow", "type": "LOC", "canonical": "Moscow", "id": "Q649", "mentions": ["Moscow"]},
        {"text": "Nagorno-Karabakh", "type": "LOC", "canonical": "Nagorno-Karabakh", "id": "Q1069", "mentions": ["Nagorno-Karabakh"]},
        {"text": "Recep Tayyip Erdogan", "type": "PER", "canonical": "Recep Tayyip Erdoğan", "id": "Q39259", "mentions": ["Recep Tayyip Erdogan"]},
        {"text": "Turkey", "type": "LOC", "canonical": "Turkey", "id": "Q43", "mentions": ["Turkey"]},
        {"text": "Azerbaijan", "type": "LOC", "canonical": "Azerbaijan", "id": "Q227", "mentions": ["Azerbaijan"]},
    ],
    "claims": [
        {"evidence": en_lines[0], "content": "81 Syrian fighters had been killed in Nagorno-Karabakh",
         "speaker": {"text": "Syria's ambassador to Moscow", "kind": "person", "canonical": None}, "via": [], "stance": "assert"},
        {"evidence": en_lines[1], "content": "Turkey had sent Syrian fighters to Azerbaijan",
         "speaker": {"text": "Recep Tayyip Erdogan", "kind": "person", "canonical": "Recep Tayyip Erdoğan", "id": "Q39259"},
         "via": [], "stance": "deny"},
    ],
    "facts": [{"evidence": en_lines[0], "value": 81, "vague": None, "approx": False, "qualifier": None, "kind": "killed",
               "subject": "Syrian fighters", "place": "Nagorno-Karabakh", "date": None, "claim": 0}],
    "removed": [], "warnings": [],
}
X = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=1">'
A = '<a href="javascript:window.__xss=1">اضغط هنا</a>'
x_lines = [f"قال مصدر مطلع {IMG} إن الهجوم أسفر عن مقتل 12 شخصاً {A}.",
           f"وأضاف البيان {X} أن التحقيق مستمر <svg onload=\"window.__xss=1\"></svg>."]
xss = {
    "id": "xss-article", "language": "ar", "title": f"عنوان خبيث {X}", "outlet": {"name": f"منفذ {IMG}", "id": None},
    "republished_from": {"name": A}, "published": None, "body": "\n".join(x_lines), "url": "javascript:window.__xss=1",
    "entities": [{"text": f"جهة {X}", "type": "ORG", "canonical": "Evil <b>Org</b>", "id": 'evil"><script>window.__xss=1</script>',
                  "mentions": ["البيان"]}],
    "claims": [
        {"evidence": x_lines[0], "content": f"الهجوم أسفر عن مقتل 12 شخصاً {A}",
         "speaker": {"text": f"مصدر مطلع {IMG}", "kind": "anonymous", "canonical": None, "mention": IMG},
         "via": [{"text": A, "canonical": X}], "stance": "assert"},
        {"evidence": x_lines[1], "content": "التحقيق مستمر",
         "speaker": {"text": f"البيان {X}", "kind": "organization", "canonical": None}, "via": [], "stance": "deny"},
    ],
    "facts": [{"evidence": x_lines[0], "value": 12, "vague": None, "approx": False, "qualifier": None, "kind": "killed",
               "subject": IMG, "place": X, "date": None, "claim": 0}],
    "removed": [{"line": f"{X}{IMG}", "reason": A}], "warnings": [X],
}
corpus = {
    "stories": [["ar-karabakh"], ["en-karabakh"], ["xss-article"]],
    "storylines": [["ar-karabakh", "en-karabakh"], ["xss-article"]],
    "claim_groups": [
        {"about": "Syrian fighters killed in Karabakh", "members": [{"doc": "ar-karabakh", "evidence": ar_lines[0]},
                                                                     {"doc": "en-karabakh", "evidence": en_lines[0]}],
         "conflict": {"kind": "numeric", "values": [72, 81]},
         "origins": ["Syrian Observatory for Human Rights", "Syria's ambassador to Moscow"], "independent_origins": 2},
        {"about": "Turkey sent Syrian fighters to Azerbaijan",
         "members": [["ar-karabakh", "أرسلت نحو 1500 مقاتل سوري"], {"doc": "ar-karabakh", "evidence": ar_lines[3]},
                     {"doc": "en-karabakh", "evidence": en_lines[1]}],
         "conflict": {"kind": "stance"}, "origins": ["Sputnik", "Ilham Aliyev", "Recep Tayyip Erdoğan"], "independent_origins": 3},
        {"about": f"مجموعة {X}", "members": [{"doc": "xss-article", "evidence": x_lines[0]}, {"doc": "xss-article", "evidence": x_lines[1]}],
         "conflict": {"kind": "stance"}, "origins": [X, IMG], "independent_origins": 1},
    ],
}
with (HERE / "records.jsonl").open("w", encoding="utf-8") as f:
    for r in (ar, en, xss):
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
(HERE / "corpus.json").write_text(json.dumps(corpus, ensure_ascii=False, indent=1), encoding="utf-8")
