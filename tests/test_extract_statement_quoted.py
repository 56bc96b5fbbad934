"""Statement phrasing on sentences written for these tests from many wars: appeals with a modal inside a quotation
credited after it, claims called false in general terms, general denials with "had not" and a ceasefire not
violated, vows and pledges of force, the accused named inside "holds X responsible" or as the subject of "bears
responsibility", whose words a denial rejects, and a speaker with an armed group named in its apposition.
Peaceful sentences stay quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return sorted((c.subject, c.outcome, c.object) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"All parties must stop the fighting immediately," the African Union said.', [("AU", "appeal", None)]),
        ('"Israel must end its aggression on Lebanon," the French foreign ministry said.', [("FRA", "appeal", "ISR")]),
        ('"The international community must act now to end the siege of the city," the UN Secretary-General said.', [("UN", "appeal", None)]),
        ('"The world must not look away from Darfur," the Sudanese foreign minister told reporters.', [("SDN", "appeal", None)]),
    ],
)
def test_a_modal_appeal_inside_a_quotation_credited_after_it(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_a_modal_with_no_speaker_is_no_appeal() -> None:
    assert statements("The talks should resume next week in Addis Ababa.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv called the claims baseless.", [("UKR", "deny", None)]),
        ("The M23 rebels called the claims baseless.", [("M23", "deny", None)]),
        ('Russia\'s foreign ministry spokeswoman called the accusations "a pathetic lie".', [("RUS", "deny", None)]),
        ('Cambodia\'s prime minister called the Thai claims "completely false".', [("KHM", "deny", "THA")]),
    ],
)
def test_claims_called_false_in_general_terms_are_a_denial(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_a_singular_claim_denied_is_the_claim_told_before_not_a_general_denial() -> None:
    assert statements("Two US officials told Reuters the Houthi claim is false.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman for the Sudanese army denied that its aircraft had targeted civilians.", [("SDN", "deny", None)]),
        ("The TPLF insisted it had not violated the ceasefire.", [("TPLF", "deny", None)]),
        ("The Pakistani military said it had not targeted any civilian area.", [("PAK", "deny", None)]),
        ("The ELN denied violating the truce.", [("ELN", "deny", None)]),
    ],
)
def test_a_general_denial_of_harming_civilians_or_breaking_a_truce(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_a_general_denial_leaves_no_attack_claim() -> None:
    claims = extract_from_cleaned_text("The TPLF insisted it had not violated the ceasefire.", PUBLISHED)
    assert [(c.type, c.outcome) for c in claims] == [("statement", "deny")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somalia's president pledged to fight on until al-Shabaab is defeated.", [("SOM", "warn", "SHABAAB")]),
        ("The Houthi movement said it would expand its attacks to the Mediterranean.", [("HOUTHIS", "warn", None)]),
        ("Houthi spokesman Yahya Saree said the group would escalate its operations.", [("HOUTHIS", "warn", None)]),
        ("Fano fighters vowed to march on Addis Ababa.", [("FANO", "warn", "ETH")]),
        ("The ELN swore vengeance for the death of its commander.", [("ELN", "warn", None)]),
        ("Somalia's president vows 'total war' against al-Shabaab", [("SOM", "warn", "SHABAAB")]),
    ],
)
def test_vows_and_pledges_of_force_are_warnings(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenya vowed to continue supporting Somalia.",
        "The minister pledged to continue humanitarian deliveries to the north.",
        "The company pledged to expand its operations in Africa.",
    ],
)
def test_pledges_of_help_or_business_are_no_warning(text: str) -> None:
    assert [s for s in statements(text) if s[1] == "warn"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinshasa said it holds Kigali responsible for the collapse of the talks.", [("COD", "accuse", "RWA")]),
        ("Hezbollah said in a statement that it held Israel fully responsible.", [("HEZBOLLAH", "accuse", "ISR")]),
        ('"Russia bears full responsibility for this crime," Zelensky said.', [("UKR", "accuse", "RUS")]),
        ('"The Israeli occupation bears full responsibility for the consequences," Hamas said.', [("HAMAS", "accuse", "ISR")]),
        ('"Thailand has violated Cambodian sovereignty," Cambodia\'s defence ministry said.', [("KHM", "accuse", "THA")]),
        ("Israel's defence minister said Hezbollah would bear responsibility for the escalation.", [("ISR", "accuse", "HEZBOLLAH")]),
    ],
)
def test_the_accused_held_responsible_or_heading_the_charge(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_a_violation_not_allowed_is_no_accusation() -> None:
    assert statements("Thailand's prime minister said her government would not allow any violation of Thai sovereignty.") == [("THA", "warn", None)]


def test_outrage_at_reports_is_a_condemnation_not_a_denial() -> None:
    assert statements("The UN chief said he was appalled by the reports from the camp.") == [("UN", "condemn", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JNIM, the al-Qaeda affiliate, said it would continue its war against the army.", "JNIM"),
        ("Al-Shabaab, the al-Qaeda-linked group, vowed revenge.", "SHABAAB"),
        ("The Arakan Army, one of the strongest ethnic armed groups, accused the junta of war crimes.", "AA"),
    ],
)
def test_an_armed_group_named_in_the_speakers_apposition_is_not_the_speaker(text: str, expected: str) -> None:
    assert {s[0] for s in statements(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The coach said the players must respect the referee's decisions.",
        "\"We must protect our rivers,\" the farmer said.",
        "The critics called the film's claims about the war baseless.",
        "She vowed to fight for her place in the team.",
        "Brazil vowed to fight for the title after the defeat.",
        "Germany pledged to fight climate change.",
        "Nigeria vowed to crush inflation by next year.",
    ],
)
def test_peaceful_sentences_stay_quiet(text: str) -> None:
    assert statements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky visited Kherson on Monday. He accused Russia of terrorising civilians.", [("UKR", "accuse", "RUS")]),
        ("The Qatari foreign ministry issued a statement on Sunday. It accused Israel of genocide.", [("QAT", "accuse", "ISR")]),
        ("The RSF issued a statement late on Tuesday. It said the talks had failed and vowed to fight on.", [("RSF", "warn", None)]),
        ("Pakistan's army chief addressed troops on Friday. \"The enemy will receive a befitting response,\" he said.", [("PAK", "warn", None)]),
    ],
)
def test_a_pronoun_speaker_continues_the_subject_of_the_sentence_before(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_an_adjective_of_strikes_heads_no_later_statement() -> None:
    assert statements("Israeli strikes killed 30 people in Gaza. It called for a ceasefire.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Russia is using hunger as a weapon," the Ukrainian foreign minister said.', [("UKR", "accuse", "RUS")]),
        ('"Israel is preparing a ground invasion," Hezbollah said.', [("HEZBOLLAH", "accuse", "ISR")]),
    ],
)
def test_hostile_conduct_opening_a_quotation_credited_after_it(text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    assert statements(text) == expected


def test_a_quotation_telling_no_hostile_conduct_gives_no_accusation() -> None:
    assert statements('"Ukraine is winning," the British prime minister said.') == []


def test_a_quotation_paragraph_after_a_credited_one_is_the_same_speakers() -> None:
    text = ("Ethiopian army spokesman Colonel Getnet Adane spoke to state broadcaster EBC. \"The extremist group has been dealt a heavy blow,\" he said.\n\n"
            "\"Our forces will continue the law enforcement operation until peace is restored.\"")
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 5, 10)) if c.type == "statement"]
    assert [(c.subject, c.outcome, c.claimant) for c in found] == [("ETH", "warn", "ETH")], [c.contract_dict() for c in found]


def test_an_operation_of_force_goes_on_but_a_rescue_operation_is_no_warning() -> None:
    found = extract_from_cleaned_text("Sudan's army said it would continue the military operation until the militia is defeated.", dt.date(2024, 5, 10))
    assert [(c.subject, c.outcome) for c in found if c.type == "statement"] == [("SDN", "warn")]
    found = extract_from_cleaned_text("The UN said it would continue the rescue operation in Derna.", dt.date(2024, 5, 10))
    assert [c for c in found if c.type == "statement"] == []
