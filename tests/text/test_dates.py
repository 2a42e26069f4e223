"""Dates in Arabic and English news text: regional month names, digits, relative expressions."""
from __future__ import annotations

from datetime import date

import pytest

from marsad.text.dates import find_dates, parse_iso

REF = date(2020, 10, 31)  # a Saturday


def one(text, ref=None):
    found = find_dates(text, ref)
    assert len(found) == 1, [(d.text, d.date) for d in found]
    return found[0]


@pytest.mark.parametrize("text,expected", [
    ("منذ السادس من مارس/ آذار 2020، يسري وقف لإطلاق النار", date(2020, 3, 6)),
    ("السبت ٢٧ / أبريل / ٢٠٢٤", date(2024, 4, 27)),
    ("أعلنت الوزارة في 14 نونبر 2019 عن", date(2019, 11, 14)),  # Moroccan
    ("وصلت الدفعة في 3 جويلية 2021", date(2021, 7, 3)),  # Algerian/Tunisian
    ("في الحادي والعشرين من كانون الثاني 2023", date(2023, 1, 21)),  # Levantine, ordinal day
    ("بتاريخ ٣٠/١٠/٢٠٢٠", date(2020, 10, 30)),
    ("published 2020-10-30T09:00:00Z", date(2020, 10, 30)),
    ("on Friday, October 30, 2020, officials said", date(2020, 10, 30)),
    ("The attack on 30 October 2020 killed", date(2020, 10, 30)),
    ("في 2 تشرين الأوّل/أكتوبر 2020", date(2020, 10, 2)),
    ("الخميس ٢٩ أكتوبر ٢٠٢٠ - ١٠:٣٠ ص", date(2020, 10, 29)),
])
def test_full_dates(text, expected):
    m = one(text)
    assert m.date == expected
    assert text[m.start:m.end] == m.text


def test_no_year_and_no_reference_stays_unresolved():
    m = one("وتحدث الوزير اليوم الجمعة 30 من تشرين الأول، عن خطورة")
    assert m.date is None and (m.month, m.day, m.weekday) == (10, 30, 4) and not m.has_year


def test_today_with_weekday_is_the_nearest_such_day_before_the_reference():
    m = one("وتحدث الوزير اليوم الجمعة 30 من تشرين الأول، عن خطورة", REF)
    assert m.date == date(2020, 10, 30)
    # crawled years later: the weekday still fixes the year
    assert one("اليوم الجمعة 30 من تشرين الأول", date(2023, 5, 1)).date == date(2020, 10, 30)


@pytest.mark.parametrize("text,expected", [
    ("وتسليم 53 آخرين أمس الأحد إلى سوريا", date(2020, 10, 25)),  # the Sunday before
    ("وفي 26 من أيلول الماضي، اندلعت اشتباكات", date(2020, 9, 26)),
    ("في 2 من تشرين الأول الحالي، عبر حسابه", date(2020, 10, 2)),
    ("في الـ27 من الشهر الجاري، تم نقلهم", date(2020, 10, 27)),
    ("أعلن أمس أن", date(2020, 10, 30)),
    ("وقال يوم الخميس الماضي إن", date(2020, 10, 29)),
    ("the talks will resume on Monday next", date(2020, 11, 2)),
    ("في 5 يناير قال", date(2020, 1, 5)),
    ("في 5 ديسمبر قال", date(2019, 12, 5)),  # no later than the reference
])
def test_relative_dates(text, expected):
    assert one(text, REF).date == expected


def test_week_and_month_periods():
    m = one("وكان قد أكد السفير، الأسبوع الفائت، أن", REF)
    assert m.relative == "week" and m.offset == -1 and m.date is None
    assert m.period == (date(2020, 10, 19), date(2020, 10, 25))
    m = one("خلال أيلول الماضي", REF)
    assert m.period == (date(2020, 9, 1), date(2020, 9, 30))
    m = one("في كانون الثاني 2021")
    assert m.date is None and (m.year, m.month) == (2021, 1)


def test_offsets_survive_diacritics_and_tatweel():
    text = "قُتِلَ في الـ٢٧ من تشريـن الأوَّل ٢٠٢٠ عددٌ"
    m = one(text)
    assert m.date == date(2020, 10, 27)
    assert m.text.startswith("الـ٢٧") and m.text.endswith("٢٠٢٠")


def test_words_that_are_not_dates():
    assert find_dates("قال الأب إن ابنه قتل في القصف") == []
    assert find_dates("أرسلت تركيا نحو 4000 مقاتل") == []
    assert find_dates("وصل 130 ألف حارس أمن") == []


def test_parse_iso():
    assert parse_iso("2020-10-30T09:00:00+03:00") == date(2020, 10, 30)
    assert parse_iso("20201030") == date(2020, 10, 30)
    assert parse_iso("Fri, 30 Oct 2020 09:00:00 GMT") == date(2020, 10, 30)
    assert parse_iso("not a date") is None


def test_a_date_glued_to_its_screen_reader_twin():
    m = find_dates("Published On 26 Sep 202426 Sep 2024")[0]
    assert m.date == date(2024, 9, 26) and m.text == "26 Sep 2024"
    m = find_dates("نشر في 3 يناير 20243 يناير 2024")[0]
    assert m.date == date(2024, 1, 3)
    assert all(d.year != 2024 for d in find_dates("قتل في عام 2024 12 شخصا"))  # a year then a count
