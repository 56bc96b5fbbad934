"""The statistical parse: sentences parsed ahead in one batch read exactly as sentences parsed alone, and
the pipeline names ahead every sentence it will parse."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract import syntax
from counterclaim.extract.pipeline import extract_from_cleaned_text

SENTENCES = [
    "Militants ambushed a supply convoy on the northern highway, killing four drivers, police said.",
    "The navy said it had sunk two patrol boats near the strait on Sunday.",
    "Farmers brought in the maize harvest early because of the drought.",
    "Government troops retook the hilltop town after three days of fighting, a spokesman told reporters.",
    "Two medics were wounded when a shell hit the clinic's courtyard.",
]
REPORT = (
    "Rebels shelled the market town of the valley overnight, the governor said.\n"
    "Six civilians were killed and nine were wounded, according to the local hospital.\n"
    "The army said it destroyed a rocket launcher and captured three fighters.\n"
    "Schools stayed open and traders went back to their stalls by noon.\n"
    "Could the ceasefire hold? Diplomats were unsure whether talks would resume."
)


def annotations(doc: object) -> list[tuple[str, str, str, str, int, str]]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in doc]  # type: ignore[attr-defined]


def test_sentences_parsed_in_one_batch_read_as_sentences_parsed_alone() -> None:
    alone = [annotations(syntax.language_model()(text)) for text in SENTENCES]
    with syntax.parsed_ahead(SENTENCES):
        assert [annotations(syntax.parse(text)) for text in SENTENCES] == alone
        assert syntax.parse(SENTENCES[0]) is syntax.parse(SENTENCES[0])  # one parse per sentence, kept
        other = "Shelling resumed at dawn near the airport."
        assert annotations(syntax.parse(other)) == annotations(syntax.language_model()(other))  # not named: parsed alone


def test_the_pipeline_names_ahead_every_sentence_it_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed_alone: list[str] = []
    parse_one = syntax._parse_one

    def record(text: str) -> object:
        parsed_alone.append(text)
        return parse_one(text)

    monkeypatch.setattr(syntax, "_parse_one", record)
    claims = extract_from_cleaned_text(REPORT, dt.date(2024, 3, 5))
    assert {c.type for c in claims} >= {"casualty", "materiel"}
    assert parsed_alone == []


IRREGULAR = [
    "The insurgents fought their way into the barracks and took two officers hostage.",
    "“We won’t leave,” the commander said, as mortar rounds fell on the dug-outs they’d held since May.",
    "Gunmen slew the village chief; his sons fled and hid in the forest, where they were caught.",
    "Helicopters flew low, shot at the convoy and drove the militia back across the river.",
]


@pytest.mark.parametrize("text", IRREGULAR + SENTENCES)
def test_words_read_before_the_parse_hold_every_lemma_and_form_the_parse_gives(text: str) -> None:
    words = syntax.unparsed_words(text)
    for token in syntax.parse(text):
        assert token.lemma_ in words["LEMMA"], (token.text, token.lemma_)
        assert token.lower_ in words["LOWER"]


def test_a_sentence_without_the_words_of_any_veto_is_not_parsed_for_the_vetoes() -> None:
    from counterclaim.extract.vetoes import may_be_vetoed

    assert not may_be_vetoed("Troops shelled the rebel camp near the river on Tuesday.")
    assert may_be_vetoed("The floods killed 23 people in the delta.")  # a natural cause
    assert may_be_vetoed("Rebels threatened to attack the town.")  # an intention


def test_a_sentence_parsed_alone_before_the_batch_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Russian forces shelled the town with artillery and then stormed it."
    first = syntax.parse(text)  # a rule finder's parse, before the batch
    piped: list[str] = []
    model = syntax.language_model()
    original_pipe = model.pipe

    def recording_pipe(texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        piped.extend(texts)
        return original_pipe(texts, *args, **kwargs)

    monkeypatch.setattr(model, "pipe", recording_pipe)
    fresh = "Drones struck a fuel depot near the port before dawn on a day no other test names."
    with syntax.parsed_ahead([text, fresh]):
        assert syntax.parse(text) is first
    assert piped == [fresh]
