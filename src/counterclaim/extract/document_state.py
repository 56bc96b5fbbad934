"""What a document has said so far, carried from sentence to sentence by the pipeline.

One record per document, created when the pipeline starts reading it and updated by attribution and
resolution as each sentence is read: who spoke last, who attacked last, whose the last victims were.
Later sentences lean on it ("It said", "the toll rose to 31", "the group also targeted"). It holds no
rules; the stages that read and write it say why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from counterclaim.data.actors import ConflictProfile
from counterclaim.extract.places import PlaceMention
from counterclaim.records import Claim


@dataclass
class DocumentState:
    """Document-wide state: fixed facts about the document first, then what the sentences read so far left."""

    # Fixed for the document.
    published: dt.date | None  # the publication day, for dates relative to it ("on Monday", "now")
    profile: ConflictProfile | None  # the war the document is about, when the registry has a profile of it
    war_countries: tuple[str, ...]  # the states of that war (else the first states named): where places are looked up
    about_states: tuple[str, ...] = ()  # the states the text is about (its war's and those it names): small towns elsewhere are namesakes
    fighters: tuple[str, str] | None = None  # (state side, armed-group side) when the war is one of each
    home_state: str | None = None  # the state most of the text's places are in: where its civilians live
    lead_date: dt.date | None = None  # the day of the event the text reports, for claims with no time cue of their own
    disaster_report: bool = False  # the headline tells of a flood, a crash or an epidemic, no war: its dead are the disaster's
    title_case_spans: tuple[tuple[int, int], ...] = ()  # the lines set in title case, as written (before their words were lowered)

    # Speakers.
    last_claimant: str | None = None  # the last named claimant, for "It said", "He added"
    quote_speaker: str | None = None  # who speaks the quotation the current sentence is part of
    listed_before: list[str] = field(default_factory=list)  # the actors listed in the sentence before, for "The presidents said"
    speaker_surnames: dict[str, str] = field(default_factory=dict)  # surname of a person who spoke for an actor -> its code
    statement_day: tuple[str, dt.date] | None = None  # the last claimant said to speak on a given day, and that day
    credited_back: str | None = None  # who the current sentence credits the sentence before it to ("X said this")
    sentence_claimant: str | None = None  # whose report the sentence before was, for one going on with "Of those, ..."
    last_armed_group: str | None = None  # the armed group named last, for "the group's spokesman said"
    sentence_subject: str | None = None  # the actor heading the sentence before ("Zelensky visited ..."), for "He accused ..."
    unreported_subject: str | None = None  # that actor when the sentence before reported no one's words, for "He added", "The spokesman warned"

    # The scene a paragraph opens with ("On 3 May 2022, in Kharkiv, ..."), for its later sentences.
    scene_date: dt.date | None = None
    scene_place: PlaceMention | None = None
    scene_paragraph: int = -1  # the paragraph the scene belongs to
    # The last event day a sentence of the current paragraph gave ("... overran an outpost on Saturday. It said seven of its
    # fighters were killed."): the day of its later claims with no time cue, before the day the text leads with.
    paragraph_date: tuple[int, dt.date] | None = None  # (the sentence that gave it, the day)
    # The last day a sentence named, an event's or a speaker's, for "earlier in the day", "later that day" right after it
    # (the sentence that named it, the day), and the first day the text named: the day of the news, for such words further on.
    last_day: tuple[int, dt.date] | None = None
    first_day: dt.date | None = None
    # The calendar days the text wrote with their year ("since Oct. 7, 2023"), for the same day named later without it.
    years_told: dict[tuple[int, int], int] = field(default_factory=dict)

    # Victims, for tolls that do not say whose they are ("the toll has risen to 31").
    last_victim: str | None = None  # subject of the last casualty claim
    last_victim_paragraph: int = -1  # the paragraph it was in
    last_victim_by_category: dict[str, str] = field(default_factory=dict)  # category -> subject of its last casualty claim
    last_victim_head: dict[str, str] = field(default_factory=dict)  # "" and each category -> the people noun of that last claim
    # Tolls told with their people ("71 soldiers were killed"): (outcome, count) -> (category, subject), for the same toll
    # told again by its figure alone ("killing 71"), and the sentence that told it again with what it took
    tolls_told: dict[tuple[str, tuple[int | None, int | None]], tuple[str, str | None]] = field(default_factory=dict)
    toll_retold: tuple[int, str, str | None] | None = None

    # Attackers, for attacks that do not name theirs ("the village was shelled again").
    last_attacker: str | None = None  # subject of the last attack claim
    last_attacker_paragraph: int = -1  # the paragraph it was in
    last_harm_by: tuple[str, int] | None = None  # the armed group last said to have killed or wounded people, and its paragraph
    attackers_named: set[str] = field(default_factory=set)  # every attacker named so far
    claimed_by: set[str] = field(default_factory=set)  # every side the text says claimed an attack, anywhere in it
    claimed_next: dict[int, str] = field(default_factory=dict)  # sentence index -> the side the next sentence says claimed its attack
    last_means_by_attacker: dict[str, str] = field(default_factory=dict)  # each attacker's last shelling/air strike/bombing
    last_means: str | None = None  # the means of the last attack told by shelling, air strike or bombing, whoever its attacker
    last_told: tuple[str | None, str, int] | None = None  # the last attack claim's subject, means and paragraph
    last_outcome_by_attacker: dict[str, str] = field(default_factory=dict)  # each attacker's last attack of any means but a clash, for "the attack"
    means_open: list[Claim] = field(default_factory=list)  # generic attacks with no means told before them, for the means told after

    previous_sentence: tuple[int, str] = (-1, "")  # the paragraph and text of the sentence read before, for the means of the event it told
    # Weapons and their owners, for attacks told by the weapons alone ("the drones targeted the headquarters").
    weapon_owner: dict[str, str] = field(default_factory=dict)  # weapon kind -> the side last named as its owner
    sentence_weapon_owners: list[tuple[int, str, str]] = field(default_factory=list)  # the current sentence's (position, kind, owner)
    sentence_attackers: list[str] = field(default_factory=list)  # attackers the current sentence's attack drafts name
