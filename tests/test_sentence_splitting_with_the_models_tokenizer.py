"""The splitter tokenizes a line with the model's own tokenizer unless the line holds one of the splitter's own
exceptions (abbreviated ranks and names): its sentences are those the splitter's own pipeline gives."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def test_the_models_tokenizer_is_blank_english_less_the_splitters_exceptions() -> None:
    import spacy

    from counterclaim.extract.syntax import language_model

    model, blank = language_model().tokenizer, spacy.blank("en").tokenizer
    assert model.rules == blank.rules
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(model, attribute).__self__.pattern == getattr(blank, attribute).__self__.pattern, attribute
    assert model.token_match == blank.token_match
    assert model.faster_heuristics == blank.faster_heuristics


@pytest.mark.parametrize("line", [
    "Rebels shelled the U.S. embassy on Oct. 3, officials said. Two guards died.",
    "The ministry said: \u201cWe repelled the attack.\u201d Three drones were downed!",
    "Mr. Okafor (a local chief) fled... Gunmen torched 12 homes; police arrived late?",
    "Lt. Col. Ana Ruiz said the convoy was hit. Capt. Omar Said agreed.",
    "Troops from Ft. Bragg left on Monday. Cos. of the regiment followed.",
])
def test_a_line_splits_as_the_splitters_own_pipeline_splits_it(line: str) -> None:
    from counterclaim.extract.sentences import english_pipeline, split_sentences

    expected = [sent.text.strip() for sent in english_pipeline()(line).sents if sent.text.strip()]
    assert [s.text for s in split_sentences(line)] == expected
