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
    parse_one = syntax._parse_one.__wrapped__

    def record(text: str) -> object:
        parsed_alone.append(text)
        return parse_one(text)

    monkeypatch.setattr(syntax, "_parse_one", record)
    claims = extract_from_cleaned_text(REPORT, dt.date(2024, 3, 5))
    assert {c.type for c in claims} >= {"casualty", "materiel"}
    assert parsed_alone == []
