"""Headline and telegraphic grammar: present tense, dropped articles and auxiliaries, topic labels, title case.

Every headline here is invented for the test, from many wars and styles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.headlines import lower_title_case, title_case_lines
from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 3, 1)


def claims(text: str) -> list[Claim]:
    return extract_from_cleaned_text(text, PUBLISHED)


def keys(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(c.type, c.subject, c.outcome, c.category) for c in claims(text)}


# --- fire traded and opened, told in the present ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thai, Cambodian troops exchange fire along border",
        "Israel, Hezbollah trade fire across border",
        "Troops, militants exchange fire in Kashmir",
        "Indian, Pakistani troops exchange heavy fire along LoC",
        "Afghan Taliban, Pakistani forces trade artillery fire at Chaman",
        "Armenian and Azerbaijani troops trading fire on the border, Yerevan says",
    ],
)
def test_fire_traded_in_the_present_is_one_clash_without_attacker(text: str) -> None:
    attacks = [c for c in claims(text) if c.type == "attack"]
    assert [(c.outcome, c.subject) for c in attacks] == [("clash", None) if "artillery" not in text else ("shelling", None)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Azerbaijani forces open fire on Armenian border villages", "AZE"),
        ("Myanmar troops open fire on villagers in Sagaing", "MMR"),
        ("Sudanese soldiers opens fire at protesters in Omdurman", "SDN"),
    ],
)
def test_fire_opened_in_the_present_is_an_attack_by_the_side_before_it(text: str, subject: str) -> None:
    assert ("attack", subject) in {(c.type, c.subject) for c in claims(text)}


@pytest.mark.parametrize("text", ["The new bridge will open to traffic once the fire is out.", "Trade fair opens in Kyiv despite fire risk"])
def test_open_and_trade_without_fire_on_someone_make_no_attack(text: str) -> None:
    assert [c for c in claims(text) if c.type == "attack"] == []


# --- other headline verbs in the present ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia loses 3 tanks in failed assault near Avdiivka", ("materiel", "RUS", "lost", "tank")),
        ("Ukraine loses two Leopard tanks near Robotyne", ("materiel", "UKR", "lost", "tank")),
        ("Israel mobilises 300,000 reservists", ("mobilization", "ISR", "mobilization", None)),
        ("Armenia mobilizes reservists as border tensions rise", ("mobilization", "ARM", "mobilization", None)),
        ("RSF enters Wad Madani", ("territory", "SDN", "lost", None)),
        ("Ukraine loses control of village near Pokrovsk", ("territory", "UKR", "lost", None)),
        ("Yemen's Houthis target ship in Gulf of Aden", ("attack", "HOUTHIS", "shelling", None)),
    ],
)
def test_present_tense_headline_verbs(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    assert expected in keys(text)


# --- victims without an article ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Drone strike kills al-Shabaab leader, US military says", "SHABAAB"),
        ("Strike kills Hamas deputy leader", "HAMAS"),
        ("Israeli Drone Strike Kills Hezbollah Commander in South Lebanon", "HEZBOLLAH"),
        ("Israeli Army Kills Senior Hamas Commander in Khan Younis Raid", "HAMAS"),
    ],
)
def test_one_victim_named_by_rank_and_side_without_article(text: str, subject: str) -> None:
    found = [c for c in claims(text) if c.type == "casualty"]
    assert [(c.subject, c.outcome, c.category, c.count) for c in found] == [(subject, "killed", "military", (1, 1))]


def test_capture_named_without_article() -> None:
    found = [c for c in claims("Russia announces capture of two Ukrainian soldiers in Kursk") if c.type == "casualty"]
    assert [(c.subject, c.outcome, c.count, c.claimant) for c in found] == [("UKR", "captured", (2, 2), "RUS")]


# --- the accused is no claimant ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's RSF accused of killing 200 in Darfur town",
        "Myanmar junta blamed for airstrike that killed 40 in Sagaing",
        "Wagner fighters accused of killing 300 civilians in central Mali",
    ],
)
def test_reduced_passive_accused_of_names_no_claimant(text: str) -> None:
    found = [c for c in claims(text) if c.type == "casualty"]
    assert found and all(c.claimant is None for c in found)


def test_active_accusation_keeps_the_accuser_as_claimant() -> None:
    found = [c for c in claims("Kyiv accused Moscow of killing 20 civilians in Kharkiv.") if c.type == "casualty"]
    assert [c.claimant for c in found] == ["UKR"]


# --- topic labels before a colon -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mali: Jihadists attack army camp, 10 soldiers dead",
        "Burkina Faso: 50 killed in attack on convoy",
        "Nigeria: Bandits abduct 50 villagers in Zamfara",
    ],
)
def test_a_topic_label_names_no_attacker(text: str) -> None:
    attacks = [c for c in claims(text) if c.type == "attack"]
    assert attacks and all(c.subject is None for c in attacks)


def test_an_actor_after_the_label_still_acts() -> None:
    assert ("territory", "COD", "lost", None) in keys("DR Congo: M23 rebels seize Sake")
    assert ("casualty", "SOM", "killed", "military") in keys("Somalia: Al-Shabaab kills five soldiers at military base")


# --- headlines in title case read like running text ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Israeli strike kills 20 in Gaza",
        "Al-Shabaab seizes town in central Somalia",
        "Ukraine loses over 5,000 soldiers in battle with Russian forces in past week",
        "Sudanese army shoots down 20 RSF drones in El Fasher",
        "Russian drone kills man in Kherson region",
        "Two Israeli soldiers killed in Gaza fighting",
        "Houthis claim attack on US destroyer in Red Sea",
        "Suicide bomber kills 9 at Mogadishu beach",
        "Four killed in Israeli strike on car near Tyre",
        "15 kidnapped in Zamfara raid",
        "Heavy fighting erupts in El Fasher",
        "Death toll from Israeli strike on Nuseirat rises to 40",
    ],
)
def test_title_case_headline_gives_the_claims_of_its_sentence_case(text: str) -> None:
    small = {"a", "an", "the", "in", "on", "at", "of", "for", "to", "as", "and", "or", "by", "with", "from", "into", "near", "over", "after"}
    words = text.split(" ")
    title = " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))
    assert title != text
    assert keys(title) == keys(text)


def test_title_case_lowering_keeps_length_names_and_first_word() -> None:
    text = "Sudanese Army Shoots Down 20 RSF Drones in El Fasher\nThe army said it downed the drones on Sunday."
    lowered = lower_title_case(text, lambda line: [])
    assert len(lowered) == len(text)
    assert lowered.startswith("Sudanese army shoots down 20 RSF drones in El Fasher\n")
    assert lowered.endswith(text.split("\n")[1])


def test_running_text_and_short_lines_are_not_title_case() -> None:
    assert title_case_lines("Russian forces shelled the town of Kupiansk on Monday, killing two.") == []
    assert title_case_lines("Kyiv") == []
    assert title_case_lines("Russian Forces Capture Avdiivka") == [(0, 31)]


# --- tolls told in a headline ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "count"),
    [
        ("Gaza death toll tops 30,000", "PSE", (30001, None)),
        ("Death toll from Mogadishu truck bombing now 512", "SOM", (512, 512)),
        ("The death count in Kherson rose to 12.", "UKR", (12, 12)),
    ],
)
def test_headline_tolls(text: str, subject: str, count: tuple[int | None, int | None]) -> None:
    found = [c for c in claims(text) if c.type == "casualty"]
    assert [(c.subject, c.outcome, c.count) for c in found] == [(subject, "killed", count)]


def test_a_civilian_toll_with_its_side_before_it() -> None:
    found = [c for c in claims("Ukrainian civilian death toll passes 10,000") if c.type == "casualty"]
    assert [(c.subject, c.category, c.count) for c in found] == [("UKR", "civilian", (10001, None))]


def test_a_place_label_before_a_colon_says_where_the_victims_live() -> None:
    found = [c for c in claims("Kramatorsk: 2 killed, 8 injured in Russian strike") if c.type == "casualty"]
    assert [(c.subject, c.outcome, c.count) for c in found] == [("UKR", "killed", (2, 2)), ("UKR", "wounded", (8, 8))]


# --- more verbs of headlines: present tense and passives without their auxiliary ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian rebels take Aleppo", ("territory", "SYR", "lost", None)),
        ("M23 takes Goma", ("territory", "COD", "lost", None)),
        ("Israeli tanks push deeper into Rafah", ("attack", "ISR", "offensive", None)),
        ("Ukraine pushes across Dnipro", ("attack", "UKR", "offensive", None)),
        ("M23 rebels encircle Goma", ("attack", "M23", "offensive", None)),
        ("Al-Shabaab claims responsibility for Mogadishu hotel siege", ("attack", "SHABAAB", "offensive", None)),
        ("Fighting rages in Kherson", ("attack", None, "clash", None)),
        ("Clashes erupt in Tripoli", ("attack", None, "clash", None)),
        ("Fighting spreads to Omdurman", ("attack", None, "clash", None)),
        ("Odesa port struck again; grain silos damaged", ("attack", None, "shelling", None)),
        ("Army helicopter crashes in Mali", ("materiel", "MLI", "lost", "helicopter")),
        ("Russian Su-34 crashes in Voronezh region", ("materiel", "RUS", "lost", "aircraft")),
    ],
)
def test_more_headline_verbs(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    assert expected in keys(text)


@pytest.mark.parametrize(
    "text",
    ["Talks take place in Doha", "Elections take place in Kyiv", "Oil prices hit record highs", "Markets hit by sanctions",
     "The government pushes on with reforms.", "A battle tank was seen."],
)
def test_headline_verbs_in_peaceful_uses_make_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    ["Israeli strike kills 20 in Gaza", "Russian forces capture Avdiivka", "RSF shelling kills 30 in El Fasher",
     "US strikes Houthi targets in Yemen", "IDF says 3 soldiers killed in Gaza"],
)
def test_headline_in_capitals_gives_the_claims_of_its_sentence_case(text: str) -> None:
    assert keys(text.upper()) == keys(text)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("Kyiv comes under massive drone attack overnight", "airstrike"), ("UN convoy comes under fire in Sudan", "clash")],
)
def test_what_comes_under_attack_in_the_present_is_the_target(text: str, outcome: str) -> None:
    attacks = [c for c in claims(text) if c.type == "attack"]
    assert [(c.outcome, c.subject) for c in attacks] == [(outcome, None)]


def test_a_section_heading_heads_what_follows_and_is_no_claim() -> None:
    text = ("Fighting\n\n- Sudanese army drones struck RSF positions near Bara on Monday.\n\n"
            "Military aid\n\n- Japan pledged new military aid to the Philippines.")
    found = claims(text)
    assert [(c.type, c.subject) for c in found] == [("attack", "SDN"), ("support", "JPN")]
    # a short headline that names someone is read as usual
    assert [(c.type, c.subject) for c in claims("Houthis attack tanker")] == [("attack", "HOUTHIS")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # PUBLISHED is Friday 1 March 2024
        ("Houthis say they downed another US MQ-9 Reaper drone\n\nUS forces intercepted four missiles over the Red Sea overnight, "
         "CENTCOM said. The Houthis also shot down a US MQ-9 Reaper drone over Marib on Tuesday, the group said.",
         dt.date(2024, 2, 27)),
        ("Ukraine's air force says it downed 29 of 36 Russian drones\n\nUkraine's air defence units destroyed 29 of the 36 "
         "Shahed drones launched by Russia overnight, the air force said on Wednesday.", dt.date(2024, 2, 28)),
    ],
)
def test_a_headline_claim_takes_the_date_the_body_gives_the_same_event(text: str, day: dt.date) -> None:
    drones = [c for c in claims(text) if c.type == "materiel" and c.category == "drone"]
    assert [c.date for c in drones] == [day, day]
