"""Quantities: parse_number and find_quantities on short phrases written for these tests.

Covers digits with separators, number words and compounds, ranges, bounds and the vague
quantities table of GOLD_FORMAT.md. Whether a quantity counts people is tested elsewhere.
"""

from __future__ import annotations

import pytest

from counterclaim.extract.numbers import find_quantities, parse_number


def counts_in(text: str) -> list[tuple[int | None, int | None] | None]:
    return [q.count for q in find_quantities(text)]


def single_quantity(text: str):
    found = find_quantities(text)
    assert len(found) == 1, f"expected one quantity in {text!r}, got {[q.text for q in found]}"
    return found[0]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,280", 1280),
        ("12,500", 12500),
        ("1,000,000", 1_000_000),
        ("38", 38),
        ("twenty-five", 25),
        ("Twenty-One", 21),
        ("forty two", 42),
        ("seventeen", 17),
        ("two hundred", 200),
        ("a hundred", 100),
        ("one hundred and twenty-five", 125),
        ("one thousand two hundred", 1200),
        ("1.5 million", 1_500_000),
        ("3 thousand", 3000),
        ("zero", 0),
    ],
)
def test_parse_number_reads_digits_and_number_words(written: str, value: int) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["soldiers", "", "killed", "many"])
def test_parse_number_rejects_words_that_are_not_numbers(written: str) -> None:
    assert parse_number(written) is None


def test_digits_with_thousands_separator_are_one_quantity() -> None:
    quantity = single_quantity("Officials counted 1,280 dead.")
    assert quantity.count == (1280, 1280)
    assert quantity.text == "1,280"
    assert quantity.exact


def test_compound_number_word_is_one_quantity() -> None:
    quantity = single_quantity("twenty-five fighters")
    assert quantity.count == (25, 25)
    assert quantity.exact


def test_quantity_offsets_point_at_the_number() -> None:
    text = "Medics said 314 people were hurt."
    quantity = single_quantity(text)
    assert text[quantity.start : quantity.end] == "314"


def test_a_dozen_is_twelve() -> None:
    assert counts_in("a dozen soldiers") == [(12, 12)]


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("between 10 and 15 soldiers", (10, 15)),
        ("10-15 soldiers", (10, 15)),
        ("10 to 15 soldiers", (10, 15)),
        ("between five and eight civilians", (5, 8)),
    ],
)
def test_ranges_give_low_and_high(phrase: str, count: tuple[int, int]) -> None:
    assert counts_in(phrase) == [count]


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("at least 23 civilians", (23, None)),
        ("no fewer than 40 troops", (40, None)),
        ("more than 100 fighters", (101, None)),
        ("over 1,500 people", (1501, None)),
        ("up to 40 soldiers", (None, 40)),
        ("as many as 300 rebels", (None, 300)),
        ("fewer than 10 soldiers", (None, 9)),
        ("about 30 people", (30, 30)),
        ("nearly 50 people", (None, 50)),
        ("almost 3,000 wounded", (None, 3000)),
        ("roughly 70 villagers", (70, 70)),
    ],
)
def test_bounds_follow_gold_format(phrase: str, count: tuple[int | None, int | None]) -> None:
    assert counts_in(phrase) == [count]


def test_bounded_quantity_is_not_exact() -> None:
    assert not single_quantity("at least 23 civilians").exact


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("a few soldiers", (2, 5)),
        ("several civilians", (3, 9)),
        ("dozens of fighters", (24, 99)),
        ("scores of villagers", (40, 99)),
        ("hundreds of soldiers", (200, 999)),
        ("thousands of troops", (2000, 9999)),
        ("tens of thousands of refugees", (20000, 99999)),
        ("tens of thousands have died", (20000, 99999)),
        ("hundreds of thousands of Tigrayans", (200_000, 999_999)),
        ("hundreds of thousands were displaced", (200_000, 999_999)),
        ("millions of people", (2_000_000, 9_999_999)),
    ],
)
def test_vague_quantities_use_the_gold_table(phrase: str, count: tuple[int, int]) -> None:
    assert counts_in(phrase) == [count]


def test_vague_hundreds_gives_200_to_999() -> None:
    assert single_quantity("Hundreds of people fled.").count == (200, 999)


@pytest.mark.parametrize("phrase", ["covid-19 cases", "a T-72 tank", "battalion-27", "$500 fine", "a 1-0 win"])
def test_numbers_inside_names_and_prices_are_not_quantities(phrase: str) -> None:
    assert find_quantities(phrase) == []


def test_text_without_numbers_has_no_quantities() -> None:
    assert find_quantities("The convoy moved north before dawn.") == []


def test_two_thousand_five_hundred_is_2500() -> None:
    assert counts_in("two thousand five hundred troops") == [(2500, 2500)]


def test_two_dozen_is_24() -> None:
    assert counts_in("two dozen soldiers") == [(24, 24)]


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("half a dozen", (6, 6)),
        ("several hundred", (200, 999)),
        ("several thousand", (2000, 9999)),
        ("several dozen", (24, 99)),
        ("tens of", (20, 99)),
    ],
)
def test_vague_multipliers_of_a_scale(phrase: str, count: tuple[int, int]) -> None:
    assert single_quantity(f"{phrase} soldiers").count == count


def test_two_numbers_joined_by_or_are_a_range() -> None:
    assert [(q.text, q.count) for q in find_quantities("three or four soldiers were killed")] == [("three or four", (3, 4))]
    assert [(q.text, q.count) for q in find_quantities("10 or 12 people")] == [("10 or 12", (10, 12))]
    # descending, no range: the two numbers stand apart
    assert [q.count for q in find_quantities("in 2 or 1 cases")] == [(2, 2), (1, 1)]


def test_a_day_of_a_month_before_to_is_no_start_of_a_range() -> None:
    assert counts_in("the toll since October 7 to 34,535") == [(34535, 34535)]
    assert counts_in("losses since Feb. 24 to 1,200") == [(1200, 1200)]
    assert counts_in("between 30 to 40 people") == [(30, 40)]


def test_a_number_that_begins_a_hyphenated_modifier_is_no_count() -> None:
    assert counts_in("four one-way attack drones") == [(4, 4)]
    assert counts_in("a two-storey house") == []
    assert counts_in("twenty-five soldiers") == [(25, 25)]
    assert counts_in("a 7-year-old boy") == [(7, 7)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("two to three hundred fighters", (200, 300)),
        ("between 20 and 30 thousand displaced", (20_000, 30_000)),
        ("four or five thousand troops", (4000, 5000)),
        # a scale written on both, or a first number already past the second's scale, stays as written
        ("between two hundred and three hundred", (200, 300)),
        ("between 2 and 300 villagers", (2, 300)),
    ],
)
def test_a_scale_written_once_after_a_range_counts_both_ends(text: str, count: tuple[int, int]) -> None:
    assert [q.count for q in find_quantities(text)] == [count]
