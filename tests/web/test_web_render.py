"""The reader's highlighting, the conflict board's columns, the source graph and the map (no server)."""
from __future__ import annotations

from webfake import FakeStore

from marsad.web import corpusview, geo, graph
from marsad.web.render import annotate, chain_of, record_text, text_dir


def _flat(pieces):
    for p in pieces:
        yield p
        yield from _flat(p.get("children") or [])


def _rec(fake, i):
    return fake.get(i)


def test_claims_wrap_their_sentences_and_keep_the_text_whole():
    rec = FakeStore.from_data().get("ar-karabakh")
    view = annotate(rec)
    text, _ = record_text(rec)
    # every character of every line is rendered exactly once, in order
    rendered = "\n".join("".join(p["text"] if p["kind"] != "claim" and p["kind"] != "factsent"
                                 else "".join(c["text"] for c in p["children"]) for p in ln["pieces"])
                         for ln in view["lines"])
    assert rendered == "\n".join(line for line in text.split("\n") if line.strip())
    claims = [p for ln in view["lines"] for p in ln["pieces"] if p["kind"] == "claim"]
    assert [c["index"] for c in claims] == [0, 1, 2, 3]
    assert claims[3]["stance"] == "deny"
    assert "".join(c["text"] for c in claims[1]["children"]) == rec["claims"][1]["evidence"]


def test_stale_offsets_fall_back_to_the_evidence():
    rec = dict(FakeStore.from_data().get("ar-karabakh"))
    rec["claims"] = [dict(rec["claims"][0], start=0, end=5)]  # offsets that no longer fit the text
    (claim,) = [p for ln in annotate(rec)["lines"] for p in ln["pieces"] if p["kind"] == "claim"]
    assert "".join(c["text"] for c in claim["children"]) == rec["claims"][0]["evidence"]


def test_entities_and_figures_are_marked_inside_claims():
    view = annotate(FakeStore.from_data().get("ar-karabakh"))
    marks = list(_flat([p for ln in view["lines"] for p in ln["pieces"]]))
    ents = {p["text"]: p for p in marks if p["kind"] == "entity"}
    assert ents["إلهام علييف"]["type"] == "PER"
    assert ents["المرصد السوري لحقوق الإنسان"]["id"] == "Q1155767"
    # the longest form wins in the body; the short form is marked only where it stands alone (the title)
    assert [p["text"] for p in marks if p["kind"] == "entity" and p["id"] == "Q1155767"] == \
        ["المرصد السوري", "المرصد السوري لحقوق الإنسان"]
    figs = [p["text"] for p in marks if p["kind"] == "figure"]
    assert figs == ["72", "1500"]  # in their sentences only: the 72 of the headline is no fact


def test_eastern_digits_figure_is_found():
    rec = {"title": "", "body": "قُتل ٣٥ مدنياً في القصف.", "facts": [
        {"evidence": "قُتل ٣٥ مدنياً في القصف.", "value": 35, "kind": "killed", "claim": None}]}
    marks = list(_flat([p for ln in annotate(rec)["lines"] for p in ln["pieces"]]))
    assert [p["text"] for p in marks if p["kind"] == "figure"] == ["٣٥"]
    assert [p for p in marks if p["kind"] == "factsent"]  # a fact outside any claim is still shown


def test_chain_runs_from_speaker_through_channels_to_the_outlet():
    rec = FakeStore.from_data().get("ar-karabakh")
    steps = chain_of(rec["claims"][2], rec)
    assert [s["role"] for s in steps] == ["speaker", "via", "outlet"]
    assert steps[0]["text"] == "مصدر عسكري" and steps[0]["mention"] == "المصدر"
    assert steps[1]["canonical"] == "Sputnik" and steps[2]["text"] == "Enab Baladi"


def test_direction_follows_the_language():
    fake = FakeStore.from_data()
    assert text_dir(fake.get("ar-karabakh")) == "rtl"
    assert text_dir(fake.get("en-karabakh")) == "ltr"
    assert text_dir({"title": "Turkey denies sending fighters", "body": "Ankara said…"}) == "ltr"


def test_numeric_board_sets_figures_side_by_side():
    fake = FakeStore.from_data()
    g = corpusview.groups(fake.load_corpus())[0]
    b = corpusview.board(g, {r["id"]: r for r in fake.records()})
    assert [k for k, _ in b["columns"]] == ["72", "81"]
    col72 = b["columns"][0][1][0]
    assert col72["speaker"]["text"] == "المرصد السوري لحقوق الإنسان"
    assert col72["published"] == "2020-10-30" and col72["outlet"] == "Enab Baladi"
    assert b["independent_origins"] == 2 and not b["single_origin"]


def test_stance_board_resolves_anchor_members():
    fake = FakeStore.from_data()
    g = corpusview.groups(fake.load_corpus())[1]
    b = corpusview.board(g, {r["id"]: r for r in fake.records()})
    cols = dict(b["columns"])
    assert list(cols) == ["assert", "deny"]
    # the first member is given as [doc, anchor]: it resolves to the Sputnik-relayed claim
    assert cols["assert"][0]["chain"][1]["canonical"] == "Sputnik"
    assert {m["speaker"]["text"] for m in cols["deny"]} == {"الرئيس الأذربيجاني إلهام علييف", "Recep Tayyip Erdogan"}


def test_corpus_member_fields_win_but_nulls_are_filled():
    rec = FakeStore.from_data().get("ar-karabakh")
    m = corpusview.resolve_member({"doc": "ar-karabakh", "evidence": rec["claims"][3]["evidence"],
                                   "speaker": None, "chain": [], "outlet": "Custom outlet"}, rec)
    assert m["outlet"] == "Custom outlet"
    assert m["speaker"]["text"].endswith("إلهام علييف") and m["stance"] == "deny" and m["chain"]


def test_source_graph_links_speaker_agency_outlet():
    fake = FakeStore.from_data()
    g = graph.build(list(fake.records()))
    ids = {n["id"]: n for n in g["nodes"]}
    edges = {(e["source"], e["target"], e["kind"]) for e in g["edges"]}
    assert ("Q1373681", "Q56345614", "cites") in edges  # Sputnik → Enab Baladi
    assert ids["Q1373681"]["role"] == "channel" and ids["Q56345614"]["role"] == "outlet"
    assert any(k == "republishes" for _, _, k in edges)  # Al Arabiya → Levant Monitor
    lay = graph.layout(g)
    pos = {n["id"]: n["x"] for n in lay["nodes"]}
    assert pos["Q151283"] > pos["Q1373681"] or pos["Q1373681"] > pos["Q56345614"]  # sources on the right


def test_places_resolve_from_countries_geonames_and_kb():
    turkey = geo.place({"canonical": "Turkey", "subtype": "country"})
    assert turkey["how"] == "country" and 30 < turkey["lon"] < 45
    gaz = geo.place({"text": "غازي عنتاب"})  # Arabic name, GeoNames alternate names
    assert gaz["how"] == "geonames" and abs(gaz["lat"] - 37.06) < 0.2
    kb = geo.place({"canonical": "Somewhere", "entry": {"coords": [35.9, 36.6]}})
    assert kb == {"lat": 35.9, "lon": 36.6, "country": None, "how": "kb"}
    assert geo.place({"canonical": "Nowhere at all land", "subtype": "region"}) is None
    view = geo.map_view([{"canonical": "Turkey", "label": "Turkey"}, {"text": "غازي عنتاب", "label": "Gaziantep"}])
    assert len(view["points"]) == 2 and view["outlines"]
    assert "<path" in geo.basemap_svg() and geo.basemap_svg().count("<path") > 150


def test_search_terms_are_marked_whatever_the_spelling():
    from marsad.web.render import mark_terms

    pieces = mark_terms("وصل «أذربيجان» والأذربيجانيون إلى باكو", "اذربيجان")
    assert [p for p, hit in pieces if hit] == ["«أذربيجان»", "والأذربيجانيون"]
    assert "".join(p for p, _ in pieces) == "وصل «أذربيجان» والأذربيجانيون إلى باكو"
    assert mark_terms("نص", "") == [("نص", False)]


def test_basemap_has_no_shape_across_the_whole_map():
    # Russia and Fiji cross the antimeridian and Antarctica rings the pole: drawn naively, each
    # becomes a band from one edge of the map to the other
    for c in geo.countries().values():
        for sub in filter(None, c["d"].split("M")):
            xs = [float(pt.split(",")[0]) for pt in sub.replace("Z", "").split("L") if pt]
            assert max(xs) - min(xs) < 700, c["name"]
    assert geo.countries()["russia"]["d"]


def test_map_labels_do_not_pile_up():
    near = [{"canonical": n, "label": n} for n in ("Aleppo", "Idlib", "Afrin", "Azaz", "Damascus")]
    view = geo.map_view(near)
    shown = [p["label"] for p in view["points"] if p["show_label"]]
    assert shown[0] == "Aleppo" and len(shown) < len(view["points"])
