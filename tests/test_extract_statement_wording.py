"""Statement wording met in wire copy, live blogs and regional outlets, on sentences written for these tests from
many wars: mutual accusations "exchanged", responsibility borne with no "for", a threat's medium before its
infinitive ("threatened in a video to"), appeals pressed on a party, vows to crush forces named by a quoted label,
reports dismissed as biased, a case called baseless, force held ready ("would not hesitate to"), and a general
denial with "only" after its verb."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def claims_of(text: str, kinds: tuple[str, ...] = ("statement",)) -> list[tuple[str | None, str]]:
    return sorted((c.subject, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in kinds)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and Pakistan exchanged accusations on Sunday over the shelling along the Line of Control.", [("IND", "accuse"), ("PAK", "accuse")]),
        ("\"The Kyiv regime bears full responsibility,\" the Russian foreign ministry said.", [("RUS", "accuse")]),
        ("Al-Shabaab threatened in an audio recording to strike Kenyan towns.", [("SHABAAB", "warn")]),
        ("Qatar pressed Hamas and Israel to refrain from steps that could derail the talks.", [("QAT", "appeal")]),
        ("Mali's army said it would crush the \"terrorist groups\" in the north.", [("MLI", "warn")]),
        ("Rwanda's government said the UN experts' report was \"biased and politically motivated\".", [("RWA", "deny")]),
        # the price to pay, quoted and graded
        ("Netanyahu said Iran would \"pay a very heavy price\" for the deaths of civilians.", [("ISR", "warn")]),
        ("Pakistan's army chief said India must pay a steep price for the strikes.", [("PAK", "warn")]),
        ("Moscow called the Ukrainian case at the court \"absurd\".", [("RUS", "deny")]),
        ("Cambodia said it would not hesitate to defend its territory.", [("KHM", "warn")]),
        ("The Saudi-led coalition said it strikes only Houthi military targets.", [("SAU", "deny")]),
    ],
)
def test_statement_wording_of_wire_and_regional_copy(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


def test_denial_with_only_after_its_verb_makes_no_attack() -> None:
    assert claims_of("The Israeli army said it targets only Hezbollah fighters.", ("attack", "statement")) == [("ISR", "deny")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of the clause before is no speaker listed with the one after ", and"
        ("Israeli jets struck a depot near Damascus, and Iran warned that the attack would not go unanswered.", [("IRN", "warn")]),
        ("Ukraine's foreign ministry said the strike, which killed nine civilians, was another act of terror.", [("UKR", "condemn")]),
        # speakers after the condemnation they voiced, one statement each
        ("The Israeli raid on Jenin drew sharp condemnation from Jordan and Egypt.", [("EGY", "condemn"), ("JOR", "condemn")]),
        ("The drone strike on the wedding prompted a rebuke from Turkey.", [("TUR", "condemn")]),
        # a list of speakers before a verb giving the statement's noun
        ("Burkina Faso and Niger expressed their full solidarity with Mali.", [("BFA", "support"), ("NER", "support")]),
        ("The Houthis said they would target anyone who takes part in the naval coalition.", [("HOUTHIS", "warn")]),
    ],
)
def test_speakers_of_statements_told_around_other_claims(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Arakan Army said it would continue to advance on Sittwe.", [("AA", "warn")]),
        ("\"We are fighting a regime that bombs its own people,\" the Arakan Army said.", [("AA", "accuse")]),
        ("Kyiv said the Kremlin was a government that starves its own citizens.", [("UKR", "accuse")]),
    ],
)
def test_force_continued_and_a_government_charged_with_harming_its_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


def test_a_pronoun_stands_for_a_secretary_of_state_named_before() -> None:
    text = ("Kenya's president called on the sides to stop the fighting. U.S. Secretary of State Antony Blinken spoke with "
            "the leaders of Rwanda and Congo. He urged Rwanda to withdraw its troops.")
    assert claims_of(text) == [("KEN", "appeal"), ("USA", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fano militia vowed to take the fight to Addis Ababa.", [("FANO", "warn")]),
        ("The Sudanese army said it had targeted only RSF gatherings.", [("SDN", "deny")]),
        ("Kinshasa said the M23 was recruiting child soldiers in Rutshuru.", [("COD", "accuse")]),
        ("Jordan stressed the importance of exercising maximum restraint.", [("JOR", "appeal")]),
        ("Baghdad described the drone attack as a threat to regional security.", [("IRQ", "condemn")]),
        ("Israel's defence minister said the operation would continue until Hezbollah is pushed back.", [("ISR", "warn")]),
        # a press release voicing a state's judgement through its ministry
        ("The Houthis fired missiles at Israel on Monday. The Ministry of Foreign Affairs expressed the Kingdom of Bahrain's strong "
         "condemnation of the attack.", [("BHR", "condemn")]),
    ],
)
def test_press_release_and_agency_wording(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


def test_a_dateline_does_not_hide_the_subject_a_later_sentence_continues() -> None:
    text = ("RIYADH (SPA) -- Saudi Arabia condemned the shelling of the camps. The Kingdom affirms its categorical rejection of "
            "the continued escalation and calls on the international community to act.")
    assert claims_of(text) == [("SAU", "appeal"), ("SAU", "condemn"), ("SAU", "condemn")]


def test_a_quotation_going_on_after_a_credit_with_its_occasion_is_the_same_speakers() -> None:
    text = ("Kyiv said it had nothing to do with the blasts. \"Ukraine does not fight on Russian soil,\" an adviser to "
            "Zelensky wrote on Telegram. \"The Kremlin is staging these provocations.\"")
    assert claims_of(text) == [("UKR", "accuse")]


def test_a_quotation_credited_to_she_is_the_person_the_sentence_before_named() -> None:
    text = ("Kyiv accused Moscow of war crimes. Russian Foreign Ministry spokeswoman Maria Zakharova also weighed in. "
            "\"The Western sponsors of the Kyiv regime are complicit in these crimes,\" she said.")
    assert claims_of(text) == [("RUS", "accuse"), ("UKR", "accuse")]


def test_a_states_security_council_is_that_state() -> None:
    assert claims_of("Dmitry Medvedev, deputy chairman of Russia's Security Council, called for the destruction of the Kyiv regime.") == [("RUS", "appeal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between the subject and its verb names no speaker
        ("Ethiopia's prime minister, in a speech to parliament about Eritrea, warned of war.", [("ETH", "warn")]),
        ("Iran's foreign minister, in a phone call with his Saudi counterpart, condemned the strikes.", [("IRN", "condemn")]),
        # the second verb of a clause is its subject's, not the first verb's object's
        ("Kenya hosted Rwanda's president and urged dialogue.", [("KEN", "appeal")]),
        ("Sudan's army thanked Egypt for its support and vowed to defeat the RSF.", [("SDN", "warn")]),
        ("The Houthis struck a British tanker and warned that more strikes would follow.", [("HOUTHIS", "warn")]),
        ("On Monday, Kenya's president hosted Rwanda's leader and urged dialogue.", [("KEN", "appeal")]),
    ],
)
def test_the_speaker_is_the_subject_of_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


def test_the_first_verbs_object_and_the_next_clauses_subject_are_no_list_of_speakers() -> None:
    assert claims_of("Israeli jets struck Gaza and Hamas vowed revenge.") == [("HAMAS", "warn")]
    assert claims_of("Egypt met Hamas leaders and urged a deal.") == [("EGY", "appeal")]


def test_a_partys_aggression_named_by_its_possessive_in_reported_words_is_an_accusation() -> None:
    assert claims_of("\"Rwanda's aggression will not go unanswered,\" Tshisekedi said.") == [("COD", "accuse"), ("COD", "warn")]
    assert claims_of("Since the start of Russia's aggression, the city has been shelled daily.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army denounced what it called a smear campaign by the RSF.", [("SDN", "deny")]),
        ("Hamas denounced the Israeli narrative as lies.", [("HAMAS", "deny")]),
        ("Mali's junta denounced the accusations of abuses by its soldiers.", [("MLI", "deny")]),
    ],
)
def test_denouncing_another_partys_words_is_a_denial(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burkina Faso's junta dismissed the Human Rights Watch report as \"baseless lies\".", [("BFA", "deny")]),
        ("Ethiopia's government rejected the Amnesty International findings on Axum.", [("ETH", "deny")]),
        ("Israel's prime minister said the war would continue until Hamas is destroyed.", [("ISR", "warn")]),
        ("The Houthis said attacks on Israel-linked ships would continue until the siege of Gaza is lifted.", [("HOUTHIS", "warn")]),
        ("Al-Shabaab said its operations against the government would continue.", [("SHABAAB", "warn")]),
        ("Azerbaijan's foreign ministry called the statement by the French Senate \"biased and provocative\".", [("AZE", "condemn")]),
        ("Mali's junta called the ECOWAS communique \"hostile\".", [("MLI", "condemn")]),
    ],
)
def test_reports_dismissed_by_their_authors_name_fighting_to_go_on_and_quoted_judgements(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


def test_a_provocation_in_a_condition_accuses_no_one() -> None:
    assert claims_of("Rwanda's President Paul Kagame said Rwanda was ready to fight Congo if provoked.") == [("RWA", "warn")]
    assert claims_of("Pakistan's army said it would respond to India if provoked again.") == [("PAK", "warn")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow has repeatedly denied using chemical weapons in Ukraine.", [("RUS", "deny")]),
        ("Israel denies using white phosphorus munitions in Lebanon.", [("ISR", "deny")]),
        ("The Syrian government has denied ever using chemical weapons against its people.", [("SYR", "deny")]),
        ("\"The occupiers continue to violate the laws of war,\" Ukraine's General Staff said.", [("UKR", "accuse")]),
        ("Sudan's foreign ministry said the RSF was flouting international humanitarian law in El Fasher.", [("SDN", "accuse")]),
    ],
)
def test_banned_means_denied_and_the_laws_of_war_broken(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khamenei vowed harsh revenge for the killing of Haniyeh.", [("IRN", "warn")]),
        ("Hezbollah promised swift retaliation for the assassination of its commander.", [("HEZBOLLAH", "warn")]),
        ("Moscow slammed the decision as \"hostile\" and vowed retaliatory measures.", [("RUS", "condemn"), ("RUS", "warn")]),
        ("The Kremlin said the strike was \"a terrorist act\" and promised a response.", [("RUS", "condemn"), ("RUS", "warn")]),
        ("Pakistan's foreign office said the bombing in Quetta was a terrorist attack.", [("PAK", "condemn")]),
    ],
)
def test_vengeance_qualified_without_article_and_an_act_judged_terrorist(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eritrea dismisses US accusations of atrocities in Tigray.", [("ERI", "deny")]),
        ("The RSF rejected allegations of ethnic cleansing in West Darfur.", [("RSF", "deny")]),
        ("Mali says Ukraine \"supports terrorism\" after the Tinzaouaten ambush.", [("MLI", "accuse")]),
        ("Niger's junta said Algeria was financing terrorism in the Sahel.", [("NER", "accuse")]),
    ],
)
def test_general_charges_denied_by_name_and_terrorism_said_to_be_supported(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said its soldiers had fired warning shots at a crowd that approached the post.",
        "Sirens and warning lights went off across Haifa, the military said.",
    ],
)
def test_warning_shots_and_signals_are_no_warning_given(text: str) -> None:
    assert claims_of(text) == []


def test_an_accusation_stands_beside_a_claim_of_a_reported_clause_of_its_own() -> None:
    text = "Cambodia accused Thailand of using cluster munitions and said Thai troops had tried to seize the Preah Vihear temple."
    assert claims_of(text, ("statement", "attack")) == [("KHM", "accuse"), ("THA", "offensive")]
    # the act charged, told in the same clause, is coded as that act
    assert claims_of("The army accused the RSF of shelling a market in El Fasher, killing 12 people.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia vetoed a UN Security Council resolution demanding a halt to the fighting.",
        "The United States blocked a draft statement condemning the strike on the hospital.",
    ],
)
def test_a_text_voted_down_or_blocked_says_nothing(text: str) -> None:
    assert [c for c in extract_from_cleaned_text(text, dt.date(2025, 6, 10)) if c.type == "statement"] == []


def test_a_charge_worded_as_the_act_it_names_is_that_act_only() -> None:
    text = "The Indian army said Pakistani troops violated the ceasefire overnight, firing at Indian posts in the Kupwara sector."
    found = extract_from_cleaned_text(text, dt.date(2025, 6, 10))
    assert [(c.type, c.subject) for c in found] == [("attack", "PAK")]
    text = "Armenia accused Azerbaijan of violating the ceasefire."  # a general charge: a statement
    assert [c.type for c in extract_from_cleaned_text(text, dt.date(2025, 6, 10))] == ["statement"]
