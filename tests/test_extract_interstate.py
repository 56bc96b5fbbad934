"""Wording of interstate war reporting (India–Pakistan, Thailand–Cambodia, Iran–Israel, Armenia–Azerbaijan),
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2025, 7, 26)


def claims(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind]


def casualty_summary(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in claims(text, "casualty")]


@pytest.mark.parametrize(
    "text",
    [
        "The Thai health ministry said 19 people had been killed, 13 of them civilians.",
        "Shelling across the Line of Control killed 19 people, 13 of them civilians.",
        "Iran's health ministry said 19 people were killed in Tehran on Friday, 13 of them civilians.",
    ],
)
def test_a_part_after_of_them_without_a_copula_is_a_claim_in_its_own_category(text: str) -> None:
    assert casualty_summary(text) == [("killed", "unknown", (19, 19)), ("killed", "civilian", (13, 13))]


def test_a_part_after_of_them_in_the_totals_category_adds_nothing() -> None:
    assert casualty_summary("Azerbaijani shelling wounded 14 civilians, four of them children.") == [("wounded", "civilian", (14, 14))]


def test_of_them_with_an_adverb_names_no_part() -> None:
    assert casualty_summary("Israeli strikes wounded 14 people, four of them seriously.") == [("wounded", "unknown", (14, 14))]


def materiel_summary(text: str) -> list[tuple[str | None, str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.subject, c.outcome, c.category, c.count) for c in claims(text, "materiel")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian officials said at least three Indian jets had crashed inside Indian territory.", [("IND", "lost", "aircraft", (3, None))]),
        ("An Azerbaijani Su-25 has crashed in the mountains, the ministry said.", [("AZE", "lost", "aircraft", (1, 1))]),
        ("Two Thai helicopters have reportedly crash-landed near the border.", [("THA", "lost", "helicopter", (2, 2))]),
    ],
)
def test_the_perfect_of_a_crash_is_a_loss(text: str, expected: list[tuple]) -> None:
    assert materiel_summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said one F-16 jet destroyed two Cambodian military targets, and that all aircraft returned safely.",
        "Israeli jets struck 20 targets in Tehran overnight and all the planes returned safely, the army said.",
        "Pakistani jets hit three launch pads, and the aircraft landed safely at their base.",
    ],
)
def test_aircraft_that_returned_safely_are_no_loss(text: str) -> None:
    assert materiel_summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Thai ministry said 19 people had been killed in Thailand, while Cambodia said 13 people, including eight civilians, had died on its side.",
         [("THA", (19, 19)), ("KHM", (13, 13)), ("KHM", (8, 8))]),
        ("Pakistani shelling hit Poonch, while Pakistan said 12 people were killed on its side of the Line of Control.", [("PAK", (12, 12))]),
    ],
)
def test_the_dead_on_its_side_are_the_speakers(text: str, expected: list[tuple]) -> None:
    assert [(c.subject, c.count) for c in claims(text, "casualty")] == expected


def test_a_one_word_alias_before_a_surname_is_someone_elses_first_name() -> None:
    from counterclaim.extract.mentions import registry_matcher

    found = registry_matcher().find("Abbas Kadhim, an analyst in Washington, said the strikes were a warning.", dt.date(2025, 6, 15))
    assert [a.code for a in found if a.role == "official"] == []
    assert [a.code for a in registry_matcher().find("Abbas said on Monday the talks had failed.", dt.date(2025, 6, 15))] == ["PSE"]


def test_the_iranian_foreign_minister_in_the_wire_spelling_speaks_for_iran() -> None:
    found = claims("Iranian Foreign Minister Abbas Araqchi accused Israel of dragging the region into war.", "statement")
    assert [(c.subject, c.outcome) for c in found] == [("IRN", "accuse")]
    found = claims("Araqchi warned that Tehran would respond to any new attack.", "statement")
    assert [(c.subject, c.outcome) for c in found] == [("IRN", "warn")]


@pytest.mark.parametrize(
    "text",
    [
        "A missile slammed into a residential building in Rehovot, wounding 35 people, Israeli police said.",
        "A Cambodian rocket slammed into a house in Sisaket province on Thursday, the Thai army said.",
    ],
)
def test_a_missile_that_slammed_into_a_building_is_no_condemnation(text: str) -> None:
    assert claims(text, "statement") == []


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu said the strikes had set back Iran's nuclear programme for years.",
        "Indian guns fired back at Pakistani posts across the Line of Control.",
        "Thai officials said the F-16s flew back to their base after striking Cambodian positions.",
    ],
)
def test_back_as_a_particle_is_no_backing(text: str) -> None:
    assert claims(text, "support") == []


def test_backing_a_side_is_still_support() -> None:
    assert [(c.subject, c.object) for c in claims("India accused Pakistan of backing the militants who attacked Pahalgam.", "support")] == [("PAK", None)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Iran fired missiles at Israel overnight, as Israel pressed on with strikes on Iranian nuclear sites.", "ISR"),
        ("Azerbaijan carried on with drone strikes on Armenian positions near Jermuk.", "AZE"),
        ("Thailand kept on with air strikes on Cambodian military targets.", "THA"),
    ],
)
def test_going_on_with_an_attack_keeps_its_attacker(text: str, subject: str) -> None:
    assert claims(text, "attack")[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia later raised its death toll to 105 soldiers.", ("ARM", "ARM", "military", (105, 105))),
        ("The Thai health ministry raised the death toll to 14 on Friday.", ("THA", "THA", "unknown", (14, 14))),
        ("Pakistan's military revised its casualty toll to 40 civilians.", ("PAK", "PAK", "civilian", (40, 40))),
    ],
)
def test_a_side_raising_its_toll_reports_it(text: str, expected: tuple) -> None:
    found = claims(text, "casualty")
    assert [(c.subject, c.claimant, c.category, c.count) for c in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistan Army resorted to unprovoked firing along the Line of Control in Kupwara on Wednesday night, officials said.",
        "Chinese and Indian troops clashed on the Line of Actual Control in Ladakh.",
    ],
)
def test_the_line_of_control_holds_no_ground(text: str) -> None:
    assert claims(text, "territory") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lance Naik Dinesh Kumar of 5 Field Regiment was killed in the cross-border firing, the Indian Army said.", [("killed", "military", (1, 1))]),
        ("A soldier of 3 Commando Brigade was wounded in the shelling.", [("wounded", "military", (1, 1))]),
        ("Two jawans were killed and a havildar was injured in Pakistani shelling in Uri.", [("killed", "military", (2, 2)), ("wounded", "military", (1, 1))]),
        ("Sepoy Ravi Kumar died of his injuries on Friday.", [("killed", "military", (1, 1))]),
        ("Three Thai rangers were wounded by a landmine near the Cambodian border.", [("wounded", "military", (3, 3))]),
    ],
)
def test_south_asian_ranks_and_unit_numbers(text: str, expected: list[tuple]) -> None:
    assert casualty_summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indian Army responded proportionately and destroyed several Pakistani posts, the Indian defence ministry said.", ("IND", "shelling")),
        ("Azerbaijani forces destroyed Armenian firing positions near Goris, the Azerbaijani ministry said.", ("AZE", "shelling")),
        ("The Thai army said it had destroyed a Cambodian command post with an F-16 strike.", ("THA", "airstrike")),
    ],
)
def test_destroying_the_other_sides_positions_is_an_attack(text: str, expected: tuple) -> None:
    assert [(c.subject, c.outcome) for c in claims(text, "attack")] == [expected]


def test_destroying_equipment_alone_is_no_attack() -> None:
    assert claims("Baku said its forces had destroyed three Armenian BM-21 Grad launchers.", "attack") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said 13 Cambodians had been killed since Thursday, including eight civilians and five soldiers, and 71 others injured.",
         [("killed", "unknown", (13, 13)), ("killed", "civilian", (8, 8)), ("killed", "military", (5, 5)), ("wounded", "unknown", (71, 71))]),
        ("Israel's health ministry said 12 people were killed, including four children, and 30 others wounded.",
         [("killed", "unknown", (12, 12)), ("killed", "civilian", (4, 4)), ("wounded", "unknown", (30, 30))]),
        ("Azerbaijan said 19 people had been killed during the shelling, including two children.",
         [("killed", "unknown", (19, 19)), ("killed", "civilian", (2, 2))]),
    ],
)
def test_a_breakdown_ends_where_others_with_their_own_outcome_begin(text: str, expected: list[tuple]) -> None:
    assert casualty_summary(text) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Three soldiers were killed by Iranian missiles near Haifa.", "ISR"),
        ("Three soldiers were killed in an Azerbaijani drone strike near Jermuk.", "ARM"),
        ("Seven soldiers were killed in Pakistani firing, Indian Army sources said.", "IND"),
    ],
)
def test_soldiers_killed_in_a_sides_attack_are_its_enemys(text: str, subject: str) -> None:
    assert [c.subject for c in claims(text, "casualty")] == [subject]


def test_equipment_of_another_clause_after_and_that_keeps_its_own_count() -> None:
    text = "Pakistan's Foreign Office said India had launched drones at Lahore and Rawalpindi and that 25 Israeli-made Harop drones had been shot down."
    assert materiel_summary(text) == [("IND", "destroyed", "drone", (25, 25))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indian Air Force neutralised Pakistani drones and missiles aimed at Indian cities, the Indian defence ministry said.",
         [("PAK", "destroyed", "drone", None), ("PAK", "destroyed", "other", None)]),
        ("Israeli air defences shot down Iranian drones and rockets over the Galilee.",
         [("IRN", "destroyed", "drone", None), ("IRN", "destroyed", "other", None)]),
    ],
)
def test_uncounted_missiles_listed_with_drones_shot_down_are_a_loss(text: str, expected: list[tuple]) -> None:
    assert materiel_summary(text) == expected


def test_uncounted_missiles_alone_intercepted_stay_a_repeat() -> None:
    assert materiel_summary("The missiles were intercepted over Tel Aviv, the Israeli military said.") == []


def test_a_breakdown_after_a_compound_with_a_number() -> None:
    assert casualty_summary("Iran said 610 people were killed in the 12-day war, including 13 children.") == [
        ("killed", "unknown", (610, 610)), ("killed", "civilian", (13, 13))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun Manet said Thailand's claims were completely false.", [("KHM", "deny")]),
        ("Pakistan's foreign ministry said India's reports were baseless.", [("PAK", "deny")]),
    ],
)
def test_a_sides_claims_as_a_noun_name_no_speaker(text: str, expected: list[tuple]) -> None:
    assert [(c.subject, c.outcome) for c in claims(text, "statement")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Israeli Defence Minister Israel Katz threatened that "Tehran will burn".', [("ISR", "warn")]),
        ("Pakistan's National Security Committee said any attempt to divert its water would be considered an act of war.", [("PAK", "warn")]),
    ],
)
def test_threats_told_as_a_clause_and_red_lines_are_warnings(text: str, expected: list[tuple]) -> None:
    assert [(c.subject, c.outcome) for c in claims(text, "statement")] == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The armed forces of Armenia have subjected the settlements of Tartar district to intense artillery fire, the Azerbaijani ministry said.", "ARM"),
        ("Armenian armed forces subject Tartar and Aghdam districts to heavy artillery fire", "ARM"),
        ("Cambodian troops subjected Thai villages in Surin to rocket fire overnight, the Thai army said.", "KHM"),
    ],
)
def test_the_side_that_subjects_a_place_to_fire_is_the_attacker(text: str, subject: str) -> None:
    assert [c.subject for c in claims(text, "attack")] == [subject]


def test_an_attack_named_as_the_cause_of_a_toll_is_a_frame() -> None:
    text = "Armenian forces shelled Tartar overnight. As a result of the shelling, two civilians were killed in Tartar."
    assert len(claims(text, "attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Indian forces struck nine camps in Pakistan and Pakistan-occupied Kashmir on Wednesday.",
        "Ukrainian drones hit a fuel depot in Russian-occupied Crimea.",
    ],
)
def test_an_occupied_label_holds_no_ground(text: str) -> None:
    assert claims(text, "territory") == []


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("India says Pakistan lost aircraft. More than 100 terrorists were killed in the strikes, Director General of Military Operations Lt Gen Rajiv Ghai said.", "IND"),
        ("India says its strikes hit bases. Some Pakistani aircraft had been destroyed on the ground, Air Marshal AK Bharti said.", "IND"),
    ],
)
def test_a_titled_officer_speaks_for_the_side_speaking_before(text: str, claimant: str) -> None:
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "materiel") and "said" in text[c.span[1]:]]
    assert found and all(c.claimant == claimant for c in found)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("More than 100 militants were killed when Indian forces struck nine camps in Pakistan on May 7.", "IND"),
        ("Two soldiers were wounded as Cambodian troops attacked a Thai base near the temple.", "KHM"),
    ],
)
def test_the_side_heading_a_when_clause_after_a_toll_is_the_attacker(text: str, subject: str) -> None:
    assert [c.subject for c in claims(text, "attack")] == [subject]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The skirmish lasted about 10 minutes, according to the Thai army, which said there were no Thai casualties.", "THA"),
        ("The Israeli military said there were no Israeli fatalities in the barrage.", "ISR"),
    ],
)
def test_no_casualties_of_a_named_side_is_its_zero_toll(text: str, subject: str) -> None:
    assert [(c.subject, c.outcome, c.category, c.count) for c in claims(text, "casualty")] == [(subject, "killed", "unknown", (0, 0))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai officials said Cambodian troops had laid new mines along the border.", [("KHM", "bombing", "THA")]),
        ("Thai officials blamed newly laid Cambodian mines for the blast.", [("KHM", "bombing", "THA")]),
        ("Two soldiers were hurt by Cambodian mines, the Thai army said.", [("KHM", "bombing", "THA")]),
        ("A deminer was killed by a Russian mine near Izium.", [("RUS", "bombing", None)]),
    ],
)
def test_mines_laid_or_named_by_a_side_are_its_bombing(text: str, expected: list[tuple]) -> None:
    assert [(c.subject, c.outcome, c.claimant) for c in claims(text, "attack")] == expected


def test_mines_with_no_side_before_them_are_no_attack() -> None:
    assert claims("Workers at the copper mines near the border were evacuated.", "attack") == []


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        ("Thai and Cambodian soldiers exchanged fire on Wednesday near the temple, officials from both countries said.", ["THA", "KHM"]),
        ("Armenian and Azerbaijani troops fought near Jermuk overnight, both sides said.", ["ARM", "AZE"]),
    ],
)
def test_an_attack_both_sides_report_is_one_claim_per_side(text: str, claimants: list[str]) -> None:
    assert sorted(c.claimant for c in claims(text, "attack")) == sorted(claimants)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand and Cambodia accused each other of firing first.", [("KHM", "THA"), ("THA", "KHM")]),
        ("The Thai army said Cambodian troops fired first near the Ta Muen Thom temple.", [("KHM", "THA")]),
        ("Armenia said Azerbaijani forces had fired the first shots near Sotk.", [("AZE", "ARM")]),
        ("Pakistan's army said Indian troops had attacked first across the Line of Control.", [("IND", "PAK")]),
    ],
)
def test_the_side_said_to_fire_first_is_the_subject_of_a_clash(text: str, expected: list[tuple]) -> None:
    found = claims(text, "attack")
    assert all(c.outcome == "clash" for c in found)
    assert sorted((c.subject, c.claimant) for c in found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Israel kills top Iranian commanders in wave of strikes",
        "Israeli strikes killed senior Iranian commanders, state media said.",
        "Indian shelling killed high-ranking Pakistani officers near Kotli.",
    ],
)
def test_uncounted_senior_officers_killed_are_a_military_toll(text: str) -> None:
    assert [(c.outcome, c.category, c.count) for c in claims(text, "casualty")] == [("killed", "military", None)]


def test_a_wave_of_strikes_is_an_attack_and_a_teachers_wave_is_not() -> None:
    assert [(c.subject, c.outcome) for c in claims("Israel kills top Iranian commanders in wave of strikes", "attack")] == [("ISR", "airstrike")]
    assert claims("A wave of strikes by teachers closed schools across the country.", "attack") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Azerbaijan launches "anti-terrorist" operation in Karabakh', [("AZE", "offensive")]),
        ("Israel conducts military operations in southern Syria", [("ISR", "offensive")]),
        ("Azerbaijan launched what it called anti-terrorist operations in Karabakh on Tuesday.", [("AZE", "offensive")]),
    ],
)
def test_an_operation_launched_in_the_present_or_so_called_is_an_offensive(text: str, expected: list[tuple]) -> None:
    assert [(c.subject, c.outcome) for c in claims(text, "attack")] == expected


def test_each_side_claiming_the_others_losses_is_one_claim_per_side() -> None:
    text = "Armenian and Azerbaijani troops fought near Jermuk. Each side claimed to have inflicted heavy losses on the other."
    assert sorted((c.subject, c.claimant) for c in claims(text, "casualty")) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_each_speaker_shooting_down_the_others_drones_names_the_other_as_loser() -> None:
    text = "Indian and Pakistani troops traded fire in Kashmir. India and Pakistan each said they had shot down the other's drones."
    assert sorted((c.subject, c.claimant) for c in claims(text, "materiel")) == [("IND", "PAK"), ("PAK", "IND")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Turkey said it stood firmly with Azerbaijan.", "TUR"),
        ("China said it stands shoulder to shoulder with Pakistan.", "CHN"),
    ],
)
def test_standing_firmly_with_a_side_is_a_statement_of_support(text: str, speaker: str) -> None:
    assert [(c.subject, c.outcome) for c in claims(text, "statement")] == [(speaker, "support")]


@pytest.mark.parametrize(
    "text",
    [
        "Explosions were heard in Tehran as Israeli jets struck military targets.",
        "Indian drones hit strategic sites near Lahore, Pakistan said.",
    ],
)
def test_aircraft_that_struck_military_targets_are_the_attackers_not_a_loss(text: str) -> None:
    assert claims(text, "materiel") == []


def test_a_headline_pair_of_speakers_without_and_is_one_claim_per_speaker() -> None:
    found = claims("Thailand, Cambodia say troops clashed near temple", "attack")
    assert sorted(c.claimant for c in found) == ["KHM", "THA"]


def test_a_comma_before_a_speaker_in_running_text_joins_no_speakers() -> None:
    found = claims("Cambodian troops fired on Thai positions near the temple, Thailand said.", "attack")
    assert [c.claimant for c in found] == ["THA"]
