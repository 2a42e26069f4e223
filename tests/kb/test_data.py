"""Quality checks on the bundled knowledge base data (`marsad/kb/data/*.yaml`).

The KB is hand-curated: these tests are what keeps a typo in an id, a dangling relation or an
alias that silently makes two entries ambiguous from reaching the linker.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from marsad.kb import load_kb
from marsad.kb.base import DATA_DIR, read_kb_file
from marsad.text import fold

FILES = sorted(DATA_DIR.glob("*.yaml"))

SUBTYPES = {
    "ORG": {"armed_group", "intelligence_service", "ministry", "military", "security_service", "media_outlet",
            "news_agency", "ngo_monitor", "party", "government", "international_body", "research_center", "company",
            "social_media"},
    "LOC": {"country", "region", "governorate", "city", "crossing", "base", "continent"},
    "PER": {"head_of_state", "politician", "official", "spokesperson", "military_officer", "militant_leader",
            "journalist", "person"},
}
RELATIONS = ("country", "part_of", "backed_by", "member_of", "capital", "capital_of", "stands_for")
OWNERSHIP = {"state", "public", "private", "independent"}
MEDIA = {"media_outlet", "news_agency", "social_media", "company"}
QID = re.compile(r"^Q[1-9][0-9]*$")
LOCAL = re.compile(r"^mk:(loc|org|per)/[a-z0-9]+(-[a-z0-9]+)*$")
DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Arabic names that really do name two entries of the same type; the linker chooses by context
# (the country or region the article is about). Anything else shared is a data error.
AMBIGUOUS_AR = {
    ("طرابلس", "LOC"): {"Q3579", "mk:loc/tripoli-lebanon"},  # Tripoli, Libya / Tripoli, Lebanon
    ("عمان", "LOC"): {"Q3805", "Q842"},  # «عمّان» Amman / «عُمان» Oman: the same letters once marks are dropped
    ("اريحا", "LOC"): {"mk:loc/ariha-syria", "mk:loc/jericho"},  # Ariha in Idlib / Jericho in the West Bank
    ("الجيش الوطني", "ORG"): {"mk:org/syrian-national-army", "mk:org/lna"},  # Syrian / Libyan National Army
    ("الدفاع المدني", "ORG"): {"mk:org/palestinian-civil-defense", "mk:org/white-helmets"},  # Gaza / Syria
    # «مجلس النواب» is the parliament of the country the article is about
    ("مجلس النواب", "ORG"): {"mk:org/iraqi-parliament", "mk:org/lebanese-parliament", "mk:org/libyan-hor",
                             "mk:org/egyptian-house", "mk:org/jordan-house"},
    ("قوي الامن الداخلي", "ORG"): {"mk:org/asayish", "mk:org/lebanon-isf"},  # NE Syria's Asayish / Lebanon's ISF
}
# Arabic function words and generic nouns that must never be an alias on their own.
FORBIDDEN_AR = {fold(w) for w in ["في", "من", "على", "عن", "إلى", "مع", "كيف", "هذا", "التي", "الذي", "قال", "أن",
                                   "مدني", "سيول", "الحكومة", "الجيش", "الوزارة", "الوكالة", "المصدر", "المرصد",
                                   "القوات", "الرئيس", "الدولة", "المدينة", "المنطقة", "القوات المسلحة",
                                   "أفاد", "أكد", "أعلن", "ذكر", "أضاف", "أشار", "المسيرة", "الطائرات"]}


def _raw(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.fixture(scope="module")
def entries():
    out = []
    for p in FILES:
        out.extend((p.name, e) for e in read_kb_file(p))
    return out


@pytest.fixture(scope="module")
def by_id(entries):
    return {e.id: e for _, e in entries}


def test_every_file_parses_with_a_source_note_and_entries():
    names = {p.name for p in FILES}
    assert {"countries.yaml", "regions.yaml", "armed_groups.yaml", "government.yaml", "people.yaml", "media.yaml",
            "international.yaml"} <= names
    for p in FILES:
        data = _raw(p)
        assert isinstance(data, dict), p.name
        assert isinstance(data.get("source"), str) and len(data["source"]) > 40, f"{p.name}: no source note"
        assert isinstance(data.get("entries"), list) and data["entries"], f"{p.name}: no entries"
        for d in data["entries"]:
            assert {"id", "type", "name"} <= set(d), f"{p.name}: {d}"


def test_ids_unique_across_files(entries):
    seen: dict[str, str] = {}
    for fname, e in entries:
        assert e.id not in seen, f"{e.id} in {fname} and {seen.get(e.id)}"
        seen[e.id] = fname


def test_ids_are_wikidata_or_local_ids_of_the_right_type(entries):
    for _, e in entries:
        if e.id.startswith("Q"):
            assert QID.match(e.id), e.id
        else:
            m = LOCAL.match(e.id)
            assert m, f"malformed local id {e.id!r}"
            assert m.group(1) == e.type.lower(), f"{e.id} has type {e.type}"


def test_types_and_subtypes_valid(entries):
    for _, e in entries:
        assert e.type in SUBTYPES, (e.id, e.type)
        assert e.subtype in SUBTYPES[e.type], (e.id, e.subtype)
        assert e.name and e.name == e.name.strip(), e.id


def test_alias_lists_well_formed(entries):
    for _, e in entries:
        assert set(e.aliases) <= {"ar", "en", "ru", "tr"}, (e.id, set(e.aliases))
        for lang, names in e.aliases.items():
            assert isinstance(names, list), (e.id, lang)
            for a in names:
                assert isinstance(a, str) and a == a.strip() and a, (e.id, lang, a)
        for a in e.aliases.get("ar", []):
            assert ARABIC.search(a), f"{e.id}: ar alias without Arabic letters {a!r}"
            assert fold(a) not in FORBIDDEN_AR, f"{e.id}: generic word as alias {a!r}"
            assert len(fold(a).replace(" ", "")) >= 2, (e.id, a)
        for a in e.aliases.get("en", []) + e.aliases.get("tr", []):
            assert not ARABIC.search(a) and not CYRILLIC.search(a), (e.id, a)
        for a in e.aliases.get("ru", []):
            assert not ARABIC.search(a), (e.id, a)
        assert e.aliases.get("ar"), f"{e.id} ({e.name}) has no Arabic name"


def test_relations_point_to_existing_entries(entries, by_id):
    for _, e in entries:
        for key in RELATIONS:
            v = e.attrs.get(key)
            for target in [v] if isinstance(v, str) else (v or []):
                assert target in by_id, f"{e.id}.{key} -> {target} missing"
                assert target != e.id, f"{e.id}.{key} points to itself"


def test_relation_targets_have_sensible_types(entries, by_id):
    for _, e in entries:
        c = e.attrs.get("country")
        if c:
            assert by_id[c].type == "LOC", (e.id, c)
        for b in e.attrs.get("backed_by") or []:
            assert by_id[b].subtype == "country", (e.id, b)
        if e.attrs.get("capital_of"):
            assert e.subtype == "city" and by_id[e.attrs["capital_of"]].subtype == "country", e.id
        for m in e.attrs.get("member_of") or []:
            assert by_id[m].type == "ORG", (e.id, m)


def test_capitals_agree_both_ways(entries, by_id):
    for _, e in entries:
        if e.subtype == "country" and e.attrs.get("capital"):
            assert by_id[e.attrs["capital"]].attrs.get("capital_of") == e.id, e.id
        if e.attrs.get("capital_of"):
            assert by_id[e.attrs["capital_of"]].attrs.get("capital") == e.id, e.id


def test_no_arabic_alias_shared_within_a_type_unless_declared_ambiguous(entries):
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, e in entries:
        for a in e.aliases.get("ar", []):
            owners[(fold(a), e.type)].add(e.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    for k, ids in shared.items():
        assert k in AMBIGUOUS_AR and ids == AMBIGUOUS_AR[k], f"{k[0]!r} [{k[1]}] names {sorted(ids)}"
    stale = set(AMBIGUOUS_AR) - set(shared)
    assert not stale, f"allow-list entries no longer ambiguous: {stale}"


def test_no_latin_or_cyrillic_alias_shared_within_a_type(entries):
    """English, Russian and Turkish names have no allow-list: "Rada" or "ISF" on two entries is a slip."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _, e in entries:
        for a in [e.name] + e.aliases.get("en", []) + e.aliases.get("ru", []) + e.aliases.get("tr", []):
            owners[(fold(a), e.type)].add(e.id)
    shared = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert not shared, shared


def test_common_word_and_back_references_are_declared_forms(entries):
    for _, e in entries:
        ar = {fold(a) for a in e.aliases.get("ar", [])}
        for w in e.attrs.get("common_word") or []:
            assert fold(w) in ar, (e.id, w)
        for w in e.attrs.get("back_references") or []:
            assert fold(w) not in ar, f"{e.id}: back-reference {w!r} must not be an alias"


def test_demonyms_only_on_places_and_not_names(entries):
    for _, e in entries:
        dem = e.attrs.get("demonyms")
        if not dem:
            continue
        assert e.subtype in {"country", "continent", "region"}, e.id
        ar = {fold(a) for a in e.aliases.get("ar", [])}
        assert not ar & {fold(d) for d in dem.get("ar", [])}, f"{e.id}: demonym equals a place name"


def test_media_have_country_ownership_and_unique_domains(entries, by_id):
    domains: dict[str, str] = {}
    for _, e in entries:
        if "ownership" in e.attrs or "domains" in e.attrs:
            assert e.subtype in MEDIA, e.id
        if e.subtype not in MEDIA:
            continue
        assert e.attrs.get("ownership") in OWNERSHIP, e.id
        for d in e.attrs.get("domains") or []:
            assert DOMAIN.match(d), (e.id, d)
            assert d not in domains, f"{d} on {e.id} and {domains[d]}"
            domains[d] = e.id
    assert len(domains) >= 100


def test_people_have_role_and_country(entries):
    for _, e in entries:
        if e.type == "PER":
            assert e.attrs.get("role"), e.id
            assert e.attrs.get("country"), e.id


def test_size_by_type(entries):
    n = defaultdict(int)
    for _, e in entries:
        n[e.type] += 1
        n[e.subtype] += 1
    assert n["country"] >= 120
    assert n["PER"] >= 200 and n["ORG"] >= 500 and n["LOC"] >= 500
    assert n["media_outlet"] + n["news_agency"] + n["social_media"] >= 80


# --- lookups the rest of the pipeline relies on: spellings, scripts, relations ----------------

def _one(kb, name):
    hits = kb.lookup(name)
    assert len(hits) == 1, f"{name!r} -> {[h.id for h in hits]}"
    return hits[0]


@pytest.mark.parametrize("forms", [
    ["كاراباخ", "كراباخ", "ناغورنو كاراباخ", "ناغورني قره باغ", "إقليم كاراباخ", "Nagorno-Karabakh", "Artsakh", "Карабах", "Dağlık Karabağ"],
    ["سوريا", "سورية", "Syria", "Сирия", "Suriye"],
    ["تركيا", "Türkiye", "Turkey", "Турция"],
    ["كفرلوسين", "كفر لوسين", "معبر كفرلوسين"],
    ["إعزاز", "اعزاز", "أعزاز"],
    ["داعش", "تنظيم الدولة", "الدولة الإسلامية", "ISIS", "ИГИЛ", "DEAŞ"],
    ["هيئة تحرير الشام", "تحرير الشام", "هتش", "HTS"],
    ["العمشات", "فرقة السلطان سليمان شاه"],
    ["فرقة الحمزة", "الحمزات"],
    ["لواء المعتصم", "ليفا المعتصم"],
    ["فصيل سلطان مراد", "فرقة السلطان مراد", "السلطان مُراد"],
    ["قوات الدعم السريع", "الدعم السريع", "RSF"],
    ["الخارجية الروسية", "وزارة الخارجية الروسيّة", "Russian Foreign Ministry", "МИД России"],
    ["المخابرات التركية", "جهاز المخابرات التركي", "الاستخبارات التركية", "MİT"],
    ["الاستخبارات الأذربيجانية", "الاستخبارات الأذرية"],
    ["رجب طيب أردوغان", "أردوغان", "اردوغان", "Erdogan", "Эрдоган"],
    ["ديمتري بيسكوف", "دميتري بيسكوف", "بيسكوف", "Песков"],
    ["أوليغ سيرامولوتوف", "أوليغ سيرومولوتوف"],
    ["فلوديمير زيلينسكي", "فولوديمير زيلينسكي", "Zelensky"],
    ["أبو محمد الجولاني", "أحمد الشرع"],
    ["سبوتنيك", "وكالة سبوتنيك"],
    ["روسيا اليوم", "آر تي"],
    ["العربية نت", "Al Arabiya"],
    ["المرصد السوري لحقوق الإنسان", "SOHR"],
    ["مجلس الأمن الدولي", "مجلس الأمن", "UNSC"],
])
def test_spelling_variants_link_to_one_entry(forms):
    kb = load_kb()
    ids = {_one(kb, f).id for f in forms}
    assert len(ids) == 1, {f: _one(kb, f).id for f in forms}


def test_capital_names_its_country_and_demonym_its_country():
    kb = load_kb()
    moscow = _one(kb, "موسكو")
    assert moscow.attrs["capital_of"] == _one(kb, "روسيا").id
    assert _one(kb, "كييف").attrs["capital_of"] == _one(kb, "أوكرانيا").id
    russia = kb.get(moscow.attrs["capital_of"])
    assert "الروسية" in russia.attrs["demonyms"]["ar"]
    assert not kb.lookup("الروسية"), "a demonym is not a place name"


def test_governorate_and_city_are_told_apart():
    kb = load_kb()
    assert _one(kb, "إدلب").subtype == "city"
    gov = _one(kb, "ريف إدلب")
    assert gov.subtype == "governorate" and gov.attrs["country"] == _one(kb, "سوريا").id
    assert _one(kb, "محافظة إدلب").id == gov.id


def test_faction_relations():
    kb = load_kb()
    sna = _one(kb, "الجيش الوطني السوري")
    murad = _one(kb, "فرقة السلطان مراد")
    assert sna.id in murad.attrs["part_of"]
    assert _one(kb, "تركيا").id in murad.attrs["backed_by"]
    assert _one(kb, "كتائب القسام").attrs["part_of"] == [_one(kb, "حماس").id]


def test_media_domains_and_ownership():
    kb = load_kb()
    by_domain = {d: e for e in kb.entries.values() for d in e.attrs.get("domains") or []}
    assert by_domain["enabbaladi.net"].name == "Enab Baladi"
    assert by_domain["hashtagsyria.com"].name == "Hashtag Syria"
    assert by_domain["levant24.com"].name == "Levant News"
    assert by_domain["sana.sy"].attrs["ownership"] == "state"
    assert _one(kb, "فيس بوك").subtype == "social_media"


def test_user_file_overrides_and_extends(tmp_path):
    kb0 = load_kb()
    sputnik = _one(kb0, "سبوتنيك")
    user = tmp_path / "my.yaml"
    user.write_text(yaml.safe_dump({
        "source": "test",
        "entries": [
            {"id": sputnik.id, "type": "ORG", "subtype": "news_agency", "name": "Sputnik (override)",
             "aliases": {"ar": ["سبوتنيك عربي"]}, "country": "Q159", "ownership": "state"},
            {"id": "mk:org/my-monitor", "type": "ORG", "subtype": "ngo_monitor", "name": "My Monitor",
             "aliases": {"ar": ["مرصد التجربة المحلي"]}},
        ],
    }, allow_unicode=True), encoding="utf-8")
    kb = load_kb(user)
    assert kb.get(sputnik.id).name == "Sputnik (override)"
    assert not kb.lookup("وكالة سبوتنيك"), "the replaced entry's old aliases are gone"
    assert _one(kb, "سبوتنيك عربي").id == sputnik.id
    assert _one(kb, "مرصد التجربة المحلي").name == "My Monitor"
    assert len(kb) == len(kb0) + 1
    assert load_kb().get(sputnik.id).name == "Sputnik", "the bundled KB is untouched"
