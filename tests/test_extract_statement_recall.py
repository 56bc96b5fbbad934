"""Statement and support recall, on sentences written for these tests from many wars: general accusations told as
labels ("the real aggressor", "an aggressor state", "a sponsor of terrorism", "Israeli aggression" in reported words),
threats of harm in general terms ("will bear the consequences", "would not stand idly by", "reserved its right to
self-defence", "legitimate targets"), denials by other verbs and adjectives ("rebuffed", "brushed off", "outlandish",
"nothing but lies"), appeals told to a party, mutual accusations ("trade accusations"), lists of speakers sharing a
first verb, and speakers continued by a given name, a pronoun or a title. Peaceful and figurative sentences stay
quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 3, 1)


def claims_of(text: str, kinds: tuple[str, ...] = ("statement",)) -> list[tuple[str | None, str]]:
    return sorted((c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # general accusations
        ("Congo's government said Rwanda was the real aggressor and called for sanctions against Kigali.", [("COD", "accuse"), ("COD", "appeal")]),
        ("India said Pakistan was a global epicentre of terrorism.", [("IND", "accuse")]),
        ("Myanmar's junta branded the resistance forces terrorists.", [("MMR", "accuse")]),
        ("Sudan's army declared the UAE an aggressor state.", [("SDN", "accuse")]),
        ("Moscow said Washington was directly involved in the war through its weapons and intelligence.", [("RUS", "accuse")]),
        ("The Houthis said the US and Britain had committed a crime against the Yemeni people.", [("HOUTHIS", "accuse")]),
        ("\"This is a genocide,\" Iran's foreign minister said.", [("IRN", "accuse")]),
        ("Thailand and Cambodia trade accusations as border clashes enter third day", [("KHM", "accuse"), ("THA", "accuse")]),
        # warnings and threats of future harm
        ("\"Pakistan will bear the consequences,\" the Taliban spokesman said.", [("AFG", "warn")]),
        ("Hezbollah said it would not stand idly by.", [("HEZBOLLAH", "warn")]),
        ("Tehran said Iran reserved its right to self-defence under the UN Charter.", [("IRN", "warn")]),
        ("The Houthi leader said American and British ships were legitimate targets.", [("HOUTHIS", "warn")]),
        ("Iran's foreign minister said Tehran would not remain silent in the face of Israeli crimes.", [("IRN", "warn")]),
        ("North Korea said it would take \"resolute countermeasures\" against the drills.", [("PRK", "warn")]),
        ("Iran's Revolutionary Guards threatened Israel with a \"severe\" response.", [("IRN", "warn")]),
        ("Medvedev threatened Kyiv with nuclear weapons.", [("RUS", "warn")]),
        ("The Pentagon said Iran would be held responsible for any attack by its proxies.", [("USA", "warn")]),
        ("The Houthis pledged to keep targeting ships linked to Israel until the war in Gaza ends.", [("HOUTHIS", "warn")]),
        ("The Arakan Army said it would keep advancing until the junta is defeated.", [("AA", "warn")]),
        ("Netanyahu vowed to press ahead with the offensive in Rafah.", [("ISR", "warn")]),
        ("The RSF vowed to take El Fasher.", [("RSF", "warn")]),
        ("Putin said Russia would use all means at its disposal to defend its territory.", [("RUS", "warn")]),
        # denials
        ("Kigali brushed off the UN report as biased.", [("RWA", "deny")]),
        ("Islamabad rebuffed the allegations.", [("PAK", "deny")]),
        ("Phnom Penh rejected Bangkok's version of events as a fabrication.", [("KHM", "deny")]),
        ("\"It's nothing but lies,\" said a spokesman for the Tigray forces.", [("TPLF", "deny")]),
        ("Eritrea's information minister called the allegations of atrocities \"outlandish\".", [("ERI", "deny")]),
        # appeals and condemnations
        ("The European Union told both India and Pakistan to show maximum restraint.", [("EU", "appeal")]),
        ("The United States and China expressed concern and called for restraint.", [("CHN", "appeal"), ("USA", "appeal")]),
        ("Pakistan said the Indian strikes were an act of war.", [("PAK", "condemn")]),
    ],
)
def test_statement_recall(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine, which has been fighting off Russian aggression since 2022, received new jets.",
        "The coach vowed to fight for the title next season.",
        "The fans traded barbs on social media after the derby.",
        "The storm threatened to flood the coastal villages.",
        "The minister warned that inflation could rise next year.",
        "The company said it would keep hiring engineers in Nairobi.",
    ],
)
def test_peaceful_and_outlet_words_stay_quiet(text: str) -> None:
    assert claims_of(text) == []


def test_a_charge_denied_by_the_one_accused_of_backing_is_a_denied_support_claim() -> None:
    text = ("Sudan cut ties with the UAE, accusing Abu Dhabi of supplying the RSF with drones used in attacks on Port Sudan. "
            "The UAE has repeatedly rejected such accusations.")
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert ("support", "ARE", "deny") in [(c.type, c.subject, c.stance) for c in claims]


def test_a_given_name_continues_a_speaker() -> None:
    text = ("Thai army spokesman Winthai Suvaree said Cambodian troops had fired rockets at villages.\n\n"
            "\"Cambodia must stop its aggression immediately,\" Winthai said.")
    assert ("THA", "appeal") in claims_of(text)


def test_a_relative_clause_after_the_speaker_keeps_the_speaker() -> None:
    text = ("Hun Manet, Cambodia's prime minister, called on the UN Security Council to meet.\n\n"
            "Malaysia's Prime Minister Anwar Ibrahim, who chairs ASEAN, urged both countries to cease hostilities.")
    assert claims_of(text) == [("KHM", "appeal"), ("MYS", "appeal")]


def test_a_pronoun_continues_the_subject_of_the_sentence_before() -> None:
    text = ("Israeli Prime Minister Benjamin Netanyahu met his security cabinet on Sunday night.\n\n"
            "Hezbollah said it had fired rockets at a base.\n\n"
            "Iran's foreign ministry spokesman Esmaeil Baghaei spoke at his weekly news conference in Tehran.\n\n"
            "He condemned the strikes on Lebanon.\n\n"
            "The spokesman also warned that Iran would respond to any aggression against its territory.")
    assert claims_of(text) == [("IRN", "condemn"), ("IRN", "warn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan rejected the Israeli incursion into southern Syria.", [("JOR", "condemn")]),
        ("Saudi Arabia expressed its categorical rejection of the Israeli aggression on Syria.", [("SAU", "condemn")]),
        ("Hamas rejected the Israeli proposal for a ceasefire.", []),
        ("The army rejected reports of attacks on civilians.", []),
        ("Pakistan's Foreign Office termed India's allegations baseless and irresponsible.", [("PAK", "deny")]),
        ("Iran's supreme leader praised the Hezbollah fighters.", [("IRN", "support")]),
        ("Putin hailed the Russian army's advance in Donbas.", []),
        ("The minister praised the ceasefire deal.", []),
        ("Netanyahu said more strikes would follow.", [("ISR", "warn")]),
        ("The RSF said it would retake all the territory it had lost.", [("RSF", "warn")]),
    ],
)
def test_rejections_praise_and_more_threats(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Wazalendo militias, allied with the Congolese army, attacked M23 positions.", [("COD", "military_aid")]),
        ("The Arakan Army joined forces with the TNLA and MNDAA to launch an offensive.", [("MNDAA", "military_aid"), ("TNLA", "military_aid")]),
        ("Iran is the Houthis' main backer.", [("IRN", "military_aid")]),
    ],
)
def test_alliances(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text, ("support",)) == expected


def test_a_party_named_after_a_condemnation_verb_is_no_speaker_of_the_next_verb() -> None:
    text = ("Sudan's Sovereignty Council issued a statement on Sunday.\n\n"
            "In the statement, the council condemned the RSF attack on the camp and called on the international community to act.")
    assert claims_of(text) == [("SDN", "appeal"), ("SDN", "condemn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The MEA said Pakistan must stop supporting cross-border terrorism.", [("IND", "appeal")]),
        ("The External Affairs Ministry rejected Pakistan's claims as baseless.", [("IND", "deny")]),
        ("The IRGC warned the Zionist regime that it would face a crushing response.", [("IRN", "warn")]),
    ],
)
def test_speakers_named_by_their_institutions(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany vowed to take Brazil apart in the World Cup final.",
        "France said it would keep fighting for a trade deal with Mercosur.",
        "Japan said it would use all means to revive the economy.",
        "Britain said it would regret any delay to the talks.",
        "India praised the army of health workers fighting the pandemic.",
    ],
)
def test_states_speaking_of_sport_trade_and_the_economy_make_no_threat(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Iran: Israel will pay a heavy price for Damascus strike", []),
        ("Kremlin: Kyiv regime's attacks on Belgorod are terrorism", [("RUS", "condemn")]),
        ("RSF accused of genocide in Darfur", []),
        ("Sudan's Burhan rules out talks with RSF, vows to fight on", [("SDN", "warn")]),
    ],
)
def test_headline_statements(headline: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(headline + "\n\nThe story continues here with more details.") == expected
