"""A generated corpus of varied news pages for benchmarks (and the kill-mid-batch test).

Pages recombine the sentences of the bundled samples into new articles: each page draws
its own sentences, figures, places, speakers and outlet, so no two pages are near-copies
(they would otherwise take the duplicate fast path and flatter the numbers). Each page has
the debris of a scraped page (site chrome, share bar, related links); a share of pages is
HTML, and a share is English.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "marsad" / "data" / "samples"

OUTLETS = [("عنب بلدي", "enabbaladi.net"), ("المرصد السوري لحقوق الإنسان", "syriahr.com"),
           ("الجزيرة نت", "aljazeera.net"), ("العربية نت", "alarabiya.net"), ("سبوتنيك عربي", "sputnikarabic.ae"),
           ("روسيا اليوم", "arabic.rt.com"), ("الشرق الأوسط", "aawsat.com"), ("القدس العربي", "alquds.co.uk"),
           ("هاشتاغ", "hashtagsyria.com"), ("ليفانت", "levant24.net"), ("العربي الجديد", "alaraby.co.uk"),
           ("اندبندنت عربية", "independentarabia.com")]
PLACES = ["إدلب", "حلب", "عفرين", "طرابلس", "مأرب", "الحديدة", "الفاشر", "الخرطوم", "خان يونس", "رفح", "الموصل",
          "كركوك", "دير الزور", "الرقة", "بنغازي", "سرت", "صنعاء", "تعز", "غاو", "باماكو", "خاركيف", "باخموت",
          "ناغورنو كاراباخ", "جنوب لبنان", "صور", "النبطية"]
SPEAKERS = ["رامي عبد الرحمن", "ماريا زاخاروفا", "رجب طيب أردوغان", "إلهام علييف", "إيمانويل ماكرون",
            "المتحدث باسم الجيش", "مصدر عسكري", "مسؤول أمني", "ناشطون محليون", "مصادر طبية", "وزير الخارجية",
            "الناطق باسم الحكومة", "قائد ميداني", "مراسل الوكالة"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس"]
DEBRIS = ["Exit mobile version", "شارك هذا المقال", "اقرأ أيضاً", "تابعونا على تلغرام", "الوضع المظلم", "الرئيسية",
          "أخبار ذات صلة", "جميع الحقوق محفوظة", "Site icon {outlet}", "ادعم {outlet}", "facebook twitter whatsapp"]
EN_SENTENCES = [
    "The monitor said at least {n} fighters had been killed in {place} since the start of the month.",
    "{speaker} told reporters that the government had not sent any troops to {place}.",
    "According to local sources, around {n} families were displaced from villages near {place}.",
    "The ministry denied the reports, calling them propaganda aimed at undermining the ceasefire.",
    "Witnesses described heavy shelling overnight, and hospitals in {place} said they were overwhelmed.",
    "A spokesperson for the United Nations said aid convoys had been unable to reach {place} for {n} days.",
    "Officials said {n} detainees had been handed over in an exchange mediated by regional powers.",
    "Analysts said the fighting in {place} could draw in neighbouring states if it continued.",
]
EN_SPEAKERS = ["A military spokesman", "The foreign minister", "Rami Abdulrahman", "Maria Zakharova", "A senior official"]
EN_PLACES = ["Idlib", "Aleppo", "Marib", "Hodeidah", "El Fasher", "Khartoum", "Rafah", "Mosul", "Sirte", "Kharkiv"]

_NUM = re.compile(r"\d+")


def sample_sentences() -> list[str]:
    """Sentences of the sample articles' long lines (the body text, not the debris)."""
    from marsad.text import split_sentences

    out = []
    for f in sorted(SAMPLES.glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if len(line) < 60:
                continue
            for sp in split_sentences(line):
                s = line[sp.start:sp.end].strip()
                if len(s) > 40:
                    out.append(s)
    return out


def _vary(s: str, rng: random.Random) -> str:
    """New figures, places and speakers in a sentence, so pages do not repeat each other."""
    s = _NUM.sub(lambda m: str(rng.randint(2, 5000)), s)
    for p in PLACES:
        if p in s and rng.random() < 0.7:
            s = s.replace(p, rng.choice(PLACES))
    return s


def arabic_page(i: int, pool: list[str], rng: random.Random) -> tuple[str, str, str]:
    """(title, outlet domain, text) of one plain-text page with debris."""
    outlet, domain = rng.choice(OUTLETS)
    place = rng.choice(PLACES)
    title = _vary(rng.choice(pool), rng)[:110].rsplit(" ", 1)[0]
    paras = []
    for _ in range(rng.randint(5, 12)):
        sents = [_vary(rng.choice(pool), rng) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.4:
            sents.insert(0, f"وقال {rng.choice(SPEAKERS)} إن {rng.randint(3, 900)} شخصاً قتلوا في {place} "
                            f"منذ {rng.randint(1, 28)} {rng.choice(MONTHS)}.")
        paras.append(" ".join(sents))
    top = [rng.choice(DEBRIS).format(outlet=outlet) for _ in range(rng.randint(1, 3))]
    bottom = [rng.choice(DEBRIS).format(outlet=outlet) for _ in range(rng.randint(1, 4))]
    text = "\n\n".join([*top, title, f"{outlet} – {place}", *paras, *bottom]) + "\n"
    return title, domain, text


def english_page(i: int, rng: random.Random) -> tuple[str, str, str]:
    place = rng.choice(EN_PLACES)
    sents = [t.format(n=rng.randint(3, 900), place=rng.choice(EN_PLACES), speaker=rng.choice(EN_SPEAKERS))
             for t in rng.sample(EN_SENTENCES, rng.randint(4, len(EN_SENTENCES)))]
    title = f"Fighting in {place}: {rng.randint(3, 300)} dead, report {i}"
    text = "\n\n".join(["Skip to content", title, *sents, "Share this article", "Related stories"]) + "\n"
    return title, "example-news.com", text


def to_html(title: str, domain: str, text: str, i: int) -> str:
    from html import escape

    lines = [ln for ln in text.split("\n\n") if ln.strip()]
    body = "".join(f"<p>{escape(ln)}</p>\n" for ln in lines if ln != title)
    return (f"<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"<meta property=\"og:site_name\" content=\"{escape(domain)}\">"
            f"<link rel=\"canonical\" href=\"https://{domain}/news/{i}\"></head><body>"
            f"<nav><a href=\"/\">الرئيسية</a> | <a href=\"/news\">أخبار</a></nav>"
            f"<article><h1>{escape(title)}</h1>\n{body}</article>"
            f"<footer>© {escape(domain)} — جميع الحقوق محفوظة</footer></body></html>\n")


def build(out: Path, n: int, seed: int = 7, html_share: float = 0.2, english_share: float = 0.1) -> list[Path]:
    """Write `n` varied pages into `out` (.txt and .html); returns their paths."""
    rng = random.Random(seed)
    pool = sample_sentences()
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        if rng.random() < english_share:
            title, domain, text = english_page(i, rng)
        else:
            title, domain, text = arabic_page(i, pool, rng)
        if rng.random() < html_share:
            p = out / f"page_{i:06d}.html"
            p.write_text(to_html(title, domain, text, i), encoding="utf-8")
        else:
            p = out / f"page_{i:06d}.txt"
            p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    import sys

    build(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
