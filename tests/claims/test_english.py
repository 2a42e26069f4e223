"""English attributed statements, on sentences written for these tests in wire style."""
from __future__ import annotations

import pytest

from tests.claims.conftest import SMALL_KB, analyse


def one(body: str, **kw):
    doc = analyse(body, title="Headline", **kw)
    assert len(doc.claims) == 1, [(c.cue, c.speaker.text) for c in doc.claims]
    return doc.claims[0]


@pytest.mark.parametrize("body, speaker, kind", [
    ("The Sudanese army said on Monday that its forces had retaken the bridge.", "The Sudanese army", "organization"),
    ("A senior Houthi official told Reuters that the group would keep up its attacks.", "A senior Houthi official", "anonymous"),
    ("Local officials said at least 12 people were killed in the strike.", "Local officials", "anonymous"),
    ("The Libyan interior ministry claimed the convoy had been smuggling weapons.", "The Libyan interior ministry", "organization"),
    ("Hamas said in a statement that it had accepted the proposal.", "Hamas", "person"),
])
def test_subject_verb(body, speaker, kind):
    c = one(body)
    assert c.speaker.text == speaker
    if kind != "person":
        assert c.speaker.kind == kind


def test_two_speakers_in_one_sentence():
    doc = analyse("The ministry said 20 people were killed, while the army said the strike hit militants.", title="H")
    assert [c.speaker.text for c in doc.claims] == ["The ministry", "the army"]


def test_told_channel_and_back_reference():
    doc = analyse("A senior Iraqi security source told Reuters that three rockets hit the base. "
                  "The source added that nobody was hurt.", title="Headline", kb=SMALL_KB)
    assert [c.speaker.text for c in doc.claims] == ["A senior Iraqi security source"] * 2
    assert [[v.canonical for v in c.via] for c in doc.claims] == [["Reuters"], ["Reuters"]]


def test_quote_then_attribution_and_pronoun():
    doc = analyse("“The situation is catastrophic,” said Martin Griffiths, the UN aid chief. "
                  "“We need access now,” he said.", title="Headline")
    assert [c.speaker.text for c in doc.claims] == ["Martin Griffiths"] * 2
    assert "catastrophic" in doc.claims[0].content


def test_apposition_name_after_title():
    c = one("Sudan's army spokesman, Brig Gen Nabil Abdallah, told the BBC that the market was shelled deliberately.")
    assert c.speaker.text == "Nabil Abdallah" and c.speaker.kind == "person"
    assert [v.text for v in c.via] == ["BBC"]


def test_according_to_and_parenthesis():
    c = one("At least 40 people were killed, according to the Syrian Observatory for Human Rights.", kb=SMALL_KB)
    assert c.speaker.canonical == "Syrian Observatory for Human Rights"
    c = one("Médecins Sans Frontières (MSF) said its team had received 28 bodies.")
    assert c.speaker.text == "Médecins Sans Frontières"


def test_quoted_as_saying_is_a_chain():
    c = one("Al Jazeera quoted a military source as saying that 30 soldiers died.")
    assert c.speaker.text == "a military source" and [v.text for v in c.via] == ["Al Jazeera"]


def test_platform_channel():
    c = one("Ukraine's air force said on Telegram it had shot down 40 drones.")
    assert [v.canonical for v in c.via] == ["Telegram"]


def test_sentence_final_attribution_and_coordination():
    c = one("About 2,000 people arrived in the city over two days, local residents say.")
    assert c.speaker.text == "local residents" and c.speaker.kind == "anonymous"
    c = one("The Sudan Doctors Network put the toll at 47 on Sunday, but said the figure was likely to rise.")
    assert c.speaker.text == "The Sudan Doctors Network"


@pytest.mark.parametrize("body, stance", [
    ("The ministry said the road was open.", "assert"),
    ("The Kremlin denied the report.", "deny"),
    ("The army ruled out a ceasefire before the holidays.", "deny"),
    ("The official did not rule out a partial deal.", "not_rule_out"),
    ("Clementine Salami told the Reuters news agency she could not rule out mass atrocities.", "not_rule_out"),
    ("“We have not sent any fighters to Libya,” the minister said.", "deny"),
    ("The ministry dismissed the claims as baseless.", "deny"),
])
def test_stances(body, stance):
    assert one(body).stance == stance


@pytest.mark.parametrize("body", [
    "The rain fell heavily across the city on Monday.",
    "The government declared three days of national mourning.",
    "Troops moved into the northern districts overnight.",
    "The claims were dismissed by the court last year.",
    "Reported cases of cholera rose sharply in Khartoum.",
])
def test_not_claims(body):
    assert analyse(body, title="Headline").claims == []
