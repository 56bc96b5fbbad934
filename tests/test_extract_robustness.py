"""Robustness of extraction: empty and odd texts, one huge line, determinism, spans through cleaning, the CLI.

Huge-line tests carry a pytest-timeout guard: it checks that extraction terminates, not how fast.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from counterclaim.clean import prepare_document
from counterclaim.extract import extract_claims
from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Document, RawDocument

PUBLISHED = dt.date(2022, 3, 4)
CLI = Path(sys.executable).parent / "counterclaim"

MIXED_ARTICLE = (
    "Hundreds of Azerbaijani soldiers killed, Armenia says\n\n"
    "Armenia's defence ministry said on Sunday that 18 people were killed - 16 of its troops, a woman and a child. "
    "It added that 7 Azerbaijani tanks were destroyed near Stepanakert.\n\n"
    "Azerbaijan said it lost none. It denied that any tanks were lost.\n\n"
    "Separately, Ukraine said 1,280 Russian soldiers were killed in Kharkiv and 3 Mi-24 helicopters were shot down. "
    "In Gaza, at least 23 civilians were reportedly killed in Khan Younis, the health ministry said.\n"
)


def contract_json(text: str, published: dt.date | None = PUBLISHED) -> str:
    return json.dumps([c.contract_dict() for c in extract_from_cleaned_text(text, published)], sort_keys=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t  ",
        "... ,,, ;;; !!! ???",
        "----\n****\n====\n",
        "\x00\x01\x02",
        "🙂🙂🙂 🔥",
        "menu\nhome\nabout\ncontact\nsubscribe",
        "The convoy moved north before dawn. Talks resumed in Geneva.",
        "Soldiers were killed. Tanks were destroyed.",  # outcome words without numbers or sides: no quantitative claim
    ],
)
def test_texts_without_claims_give_no_quantitative_claims_and_no_error(text: str) -> None:
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert [c for c in claims if c.count is not None] == []


def test_empty_text_gives_no_claims_at_all() -> None:
    assert extract_from_cleaned_text("", PUBLISHED) == []
    assert extract_from_cleaned_text("", None) == []


def test_text_without_numbers_or_violence_gives_no_claims() -> None:
    assert extract_from_cleaned_text("The delegations met in Geneva and agreed to meet again next month.", PUBLISHED) == []


def test_no_publication_date_still_extracts_without_relative_dates() -> None:
    claims = extract_from_cleaned_text("Russian forces shelled Kharkiv yesterday, killing 3 civilians.", None)
    casualty = next(c for c in claims if c.type == "casualty")
    assert casualty.count == (3, 3)
    assert casualty.date is None


@pytest.mark.timeout(180)
def test_two_megabyte_line_without_sentences_finishes_with_no_claims() -> None:
    assert extract_from_cleaned_text("x" * 2_000_000, PUBLISHED) == []


@pytest.mark.timeout(180)
def test_long_line_of_prose_without_full_stops_finishes_with_no_claims() -> None:
    line = "the convoy moved north past the river and " * 5_000  # ~210 kB, one sentence
    assert extract_from_cleaned_text(line, PUBLISHED) == []


@pytest.mark.timeout(15)
def test_one_huge_line_of_claims_terminates() -> None:
    line = "14 troops were killed and " * 2_000  # ~52 kB, one sentence (quadratic: ~100 s; linear: a few s)
    claims = extract_from_cleaned_text(line, PUBLISHED)
    assert claims and all(c.count == (14, 14) for c in claims if c.type == "casualty")


def test_same_input_twice_gives_identical_json() -> None:
    first = contract_json(MIXED_ARTICLE)
    second = contract_json(MIXED_ARTICLE)
    assert first == second
    assert len(json.loads(first)) >= 6  # the article does yield claims: the comparison is not of two empty lists


def test_claims_come_in_text_order_with_valid_part_of() -> None:
    claims = extract_from_cleaned_text(MIXED_ARTICLE, PUBLISHED)
    starts = [(c.sentence_span or c.span)[0] for c in claims]
    assert starts == sorted(starts)
    for index, claim in enumerate(claims):
        if claim.part_of is not None:
            assert 0 <= claim.part_of < len(claims) and claim.part_of != index
            assert claims[claim.part_of].type == claim.type


def test_spans_lie_inside_the_text_and_cover_words() -> None:
    claims = extract_from_cleaned_text(MIXED_ARTICLE, PUBLISHED)
    for claim in claims:
        start, end = claim.span
        assert 0 <= start < end <= len(MIXED_ARTICLE)
        assert MIXED_ARTICLE[start:end].strip()
        assert claim.sentence_span is not None
        assert claim.sentence_span[0] <= start and end <= claim.sentence_span[1]


def test_spans_map_back_to_the_original_text_through_cleaning() -> None:
    original = (
        "\n\n   Fighting   near   Kharkiv\n\n\n\n"
        "Ukraine said   1,280   Russian soldiers were killed.  \n\n"
        "Russia said it lost none.\n"
    )
    document = prepare_document(RawDocument(item="mem:spaces", text=original, published=PUBLISHED))
    assert isinstance(document, Document)
    assert document.cleaned_text != original  # cleaning changed offsets, so the mapping is exercised
    claims = extract_claims(document)
    quoted = {c.count: original[c.span[0] : c.span[1]] for c in claims if c.type == "casualty"}
    assert "1,280" in quoted[(1280, 1280)]
    assert "killed" in quoted[(1280, 1280)]
    assert quoted[(0, 0)] == "lost none"


def test_cli_json_output_spans_index_the_file(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(MIXED_ARTICLE, encoding="utf-8")
    result = subprocess.run(
        [str(CLI), "extract", str(article), "--format", "json", "--published", "2020-10-04"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["document"]["published"] == "2020-10-04"
    claims = output["claims"]
    assert claims
    text = article.read_text(encoding="utf-8")
    for claim in claims:
        start, end = claim["span"]
        assert text[start:end].strip()
    by_count = {tuple(c["count"]): c for c in claims if c["type"] == "casualty" and c["count"]}
    toll = by_count[(1280, 1280)]
    assert "1,280" in text[toll["span"][0] : toll["span"][1]]
    assert (toll["subject"], toll["claimant"]) == ("RUS", "UKR")
    military = by_count[(16, 16)]
    assert military["part_of"] is not None and claims[military["part_of"]]["type"] == "casualty"
    assert (military["subject"], military["claimant"]) == ("ARM", "ARM")
    assert claims[military["part_of"]]["count"] == [18, 18]
    assert military["date"] is None  # "said on Sunday" is the day of the statement, not of the killings (GOLD_FORMAT)


def test_cli_jsonl_batch_is_deterministic_and_survives_empty_documents(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    rows = [
        {"id": "a", "text": MIXED_ARTICLE, "published": "2022-03-04"},
        {"id": "empty", "text": "", "published": None},
        {"id": "huge", "text": "x" * 200_000, "published": None},
        {"id": "b", "text": MIXED_ARTICLE, "published": "2022-03-04"},
    ]
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = subprocess.run(
        [str(CLI), "extract", str(batch), "--format", "jsonl"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [line["id"] for line in lines] == ["a", "empty", "huge", "b"]
    by_id = {line["id"]: line for line in lines}
    assert by_id["a"]["claims"] and by_id["a"]["claims"] == by_id["b"]["claims"]
    assert by_id["empty"].get("claims", []) == []
    assert by_id["huge"].get("claims", []) == []
    assert any("coordinates" in c for c in by_id["a"]["claims"])  # resolved places carry [lat, lon]
