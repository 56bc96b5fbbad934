"""A sentence's equipment is read once and given again, unless what it is read from changed."""

from __future__ import annotations

from counterclaim.extract.drafts import ActorMention, SentenceView
from counterclaim.extract.materiel import _equipment_in, find_equipment
from counterclaim.extract.numbers import find_quantities

TEXT = "Russian forces lost two T-72 tanks and a Ka-52 helicopter near the village."


def _view(actors: list[ActorMention]) -> SentenceView:
    return SentenceView(TEXT, 0, actors, find_quantities(TEXT))


def test_equipment_given_again_is_what_a_fresh_reading_gives() -> None:
    russian = [ActorMention(0, 7, "RUS", "adjective", "Russian")]
    first = find_equipment(_view(russian))
    assert first == _equipment_in(_view(russian)) and first
    again = find_equipment(_view(russian))
    assert again == first and again is not first  # a list of its own: callers may change it


def test_equipment_is_read_again_when_the_actors_change() -> None:
    text = "The army destroyed two Russian T-72 tanks."
    quantities = find_quantities(text)
    owned = find_equipment(SentenceView(text, 0, [ActorMention(23, 30, "RUS", "adjective", "Russian")], quantities))
    unowned = find_equipment(SentenceView(text, 0, [], quantities))
    assert [p.owner for p in owned] == ["RUS"]
    assert [p.owner for p in unowned] == [None]
