"""Statement acts named in more ways (blame, description, general denials, concern, modal appeals, quotations a
speaker opens) and claimants named by office, unit, quotation or particle surname. Sentences are invented, from
many wars; peaceful ones must stay quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.subject, c.outcome, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"]


def claimants(text: str, claim_type: str) -> list[str | None]:
    return [c.claimant for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == claim_type]


# --- statement acts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban government blamed Pakistan for the escalation along the border.", ("AFG", "accuse", "AFG")),
        ("Jordan said it holds Israel fully responsible for the escalation.", ("JOR", "accuse", "JOR")),
        ("The Palestinian Authority described the raid as a massacre.", ("PSE", "condemn", "PSE")),
        ("The UN Secretary-General called the attack \"abhorrent\".", ("UN", "condemn", "UN")),
        ("Baku denied that its forces had targeted civilians.", ("AZE", "deny", "AZE")),
        ("The Russian defence ministry said it does not strike civilian targets.", ("RUS", "deny", "RUS")),
        ("The Israeli military insisted that it only targets militants.", ("ISR", "deny", "ISR")),
        ("Peskov said the allegations were absurd.", ("RUS", "deny", "RUS")),
        ("The Kremlin said the accusations had no basis.", ("RUS", "deny", "RUS")),
        ("Rwanda denounced the accusations as lies.", ("RWA", "deny", "RWA")),
        ("Hamas slammed the claims as baseless.", ("HAMAS", "deny", "HAMAS")),
        ("UN officials expressed concern that the fighting could spread to neighbouring countries.", ("UN", "warn", "UN")),
        ("Tehran warned that Israel was dragging the region into war.", ("IRN", "accuse", "IRN")),
        ("India said Pakistan continued to sponsor cross-border terrorism.", ("IND", "accuse", "IND")),
        ("The UN chief said the fighting must stop immediately.", ("UN", "appeal", "UN")),
        ("The Houthis said they would target any American ship in the Red Sea.", ("HOUTHIS", "warn", "HOUTHIS")),
        ("Erdogan said Turkey would stand by its Azerbaijani brothers.", ("TUR", "support", "TUR")),
    ],
)
def test_statement_acts_in_many_wordings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in statements(text)


def test_a_blamed_attack_is_the_attack_not_a_general_accusation() -> None:
    text = "The army blamed the attack on the Arakan Army."
    assert not [s for s in statements(text) if s[1] == "accuse"]


def test_a_warning_of_future_harm_stays_a_warning() -> None:
    assert statements("Iran warned Israel it would retaliate.") == [("IRN", "warn", "IRN")]


def test_a_modal_without_a_speaker_is_no_appeal() -> None:
    assert statements("Talks between Russia and Ukraine should resume next month in Istanbul.") == []


def test_a_quotation_opened_by_a_named_speaker_runs_on_in_his_voice() -> None:
    text = ("Israeli jets struck Beirut on Tuesday.\n"
            "Lebanon’s prime minister said: “This is a flagrant act of aggression against Lebanon. "
            "We call on the international community to stop it. Israel will pay a heavy price.”")
    assert statements(text) == [("LBN", "accuse", "LBN"), ("LBN", "appeal", "LBN"), ("LBN", "warn", "LBN")]


@pytest.mark.parametrize(
    "text",
    [
        "The central bank warned that inflation would remain high.",
        "The coach blamed the referee for the defeat.",
        "The teachers' union condemned the new curriculum.",
        "Apple denied that its phones were slowing down.",
        "The minister urged citizens to get vaccinated against the flu.",
        "The company said profits must rise next year.",
    ],
)
def test_peaceful_sentences_make_no_statement(text: str) -> None:
    assert statements(text) == []


# --- claimants ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Jihadists attacked a military camp in central Mali on Sunday.\nReuters quoted the army as saying that 20 soldiers were killed.", "MLI"),
        ("Fighting between Sudan's army and the RSF intensified in Darfur on Monday.\n"
         "According to the army, 25 civilians were killed in the RSF shelling.", "SDN"),
        ("Al-Shabaab fighters stormed a base near Mogadishu.\n"
         "Somali military commander Colonel Ahmed Abdi told reporters that 12 militants were killed.", "SOM"),
        ("Israeli strikes hit Gaza City on Monday.\nGaza's civil defence agency said 18 people were killed.", "PSE"),
        ("Bandits attacked a village in Zamfara state, Nigeria, on Monday.\nLocal officials said 30 villagers were killed.", "NGA"),
    ],
)
def test_claimants_named_by_office_or_quotation(text: str, claimant: str) -> None:
    assert claimants(text, "casualty")[-1] == claimant


def test_an_outside_body_named_with_a_state_gives_no_claimant() -> None:
    text = "Saudi-led jets struck Saada overnight.\nYemeni rights groups said 12 people were killed."
    assert claimants(text, "casualty")[-1] is None


def test_a_numbered_unit_speaks_for_its_state() -> None:
    text = ("The RSF launched drones at Port Sudan on Thursday.\n"
            "The army's 6th Infantry Division said in a statement that it shot down 16 drones.")
    assert claimants(text, "materiel")[-1] == "SDN"


def test_a_surname_with_a_particle_is_remembered() -> None:
    text = ("US jets struck targets in western Iraq on Friday, Iraqi government spokesman Bassem al-Awadi said on Saturday. "
            "The strikes hit “areas where our security forces are stationed”, Awadi said in a statement.")
    assert claimants(text, "attack")[-1] == "IRQ"


def test_a_minister_with_a_portfolio_before_the_title_speaks_for_the_state() -> None:
    text = ("White Army fighters attacked the town on Monday.\n"
            "Upper Nile State Information Minister James Basha confirmed that fighting had been ongoing in Nasir since Monday.")
    assert claimants(text, "attack")[-1] == "SSD"


def test_present_tense_accusation_and_complicity() -> None:
    assert ("COD", "accuse", "COD") in statements("Congolese authorities accuse Rwanda of seeking to plunder the region's mineral wealth.")
    assert ("IRN", "accuse", "IRN") in statements("Iran's foreign minister Abbas Araghchi said the US was complicit in the Israeli aggression.")


def test_a_spokesman_for_a_body_speaks_for_it_and_an_envoy_for_a_country_for_his_own() -> None:
    text = ("A spokesman for the UN secretary-general said Guterres was alarmed by the escalation "
            "and called on all sides to exercise restraint.")
    assert ("UN", "appeal", "UN") in statements(text)
    assert statements("The UN envoy for Yemen called for restraint.") == [("UN", "appeal", "UN")]


@pytest.mark.parametrize(
    "text",
    [
        "The US plan calls for a phased Israeli withdrawal from Gaza.",
        "The agreement between Armenia and Azerbaijan called for the return of prisoners.",
        "Russia's proposal demands that Ukraine abandon its NATO bid.",
    ],
)
def test_what_a_plan_or_deal_calls_for_is_no_appeal(text: str) -> None:
    assert [s for s in statements(text) if s[1] == "appeal"] == []


def test_condemning_the_other_sides_lies_is_a_denial() -> None:
    assert statements("The Kremlin denounced Kyiv's lies about the strike.") == [("RUS", "deny", "RUS")]
    assert statements("Iran condemned the attack on its consulate.") == [("IRN", "condemn", "IRN")]


def test_the_occasion_between_speaker_and_verb_is_passed_over_unless_anonymous() -> None:
    assert statements("Turkey's president, speaking after talks on a peace plan, called for restraint.") == [("TUR", "appeal", "TUR")]
    text = "Fighting flared in Kharkiv region.\nA Ukrainian officer, speaking on condition of anonymity, said 12 soldiers were killed."
    assert claimants(text, "casualty")[-1] is None


def test_a_general_denial_is_a_statement_and_no_denied_attack() -> None:
    claims = [(c.type, c.outcome, c.stance) for c in extract_from_cleaned_text("Baku denied that its forces had targeted civilians.", dt.date(2020, 10, 5))]
    assert claims == [("statement", "deny", "assert")]
    gerund = [(c.type, c.outcome) for c in extract_from_cleaned_text("The RSF denied targeting civilians in El Fasher.", PUBLISHED)]
    assert gerund == [("statement", "deny")]
    specific = [(c.type, c.stance) for c in extract_from_cleaned_text("Moscow denied that its troops had shelled the hospital in Kherson.", PUBLISHED)]
    assert ("attack", "deny") in specific


def test_a_general_charge_in_quoted_words_stays_an_accusation_beside_an_attack() -> None:
    from counterclaim.extract.pipeline import extract_from_cleaned_text

    text = 'Cambodia accused Thailand of "reckless and brutal military aggression" and said Thai troops attacked its positions.'
    found = extract_from_cleaned_text(text, None)
    assert sorted((c.type, c.outcome) for c in found) == [("attack", "offensive"), ("statement", "accuse")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Russia's foreign ministry called the attack a terrorist act.", "RUS"),
        ("The Sudanese government described the RSF assault on El Fasher as genocide.", "SDN"),
        ("Armenia's foreign ministry called the offensive ethnic cleansing.", "ARM"),
        ("Kyiv called the strike on the children's hospital a war crime.", "UKR"),
    ],
)
def test_an_act_labelled_a_crime_of_war_is_condemned(text: str, speaker: str) -> None:
    assert (speaker, "condemn") in [(s, o) for s, o, _ in statements(text)], statements(text)


def test_labels_of_peaceful_things_are_no_statement() -> None:
    assert statements("The minister called the meeting a success and the talks a step forward.") == []


def test_an_attack_called_a_crime_is_no_labour_strike_and_its_labeller_no_attacker() -> None:
    # "called the strike ..." is no strike called by workers: the speaker condemns, and attacked no one
    found = extract_from_cleaned_text("Ukraine called the strike on the children's hospital a war crime.", PUBLISHED)
    assert ("statement", "UKR", "condemn") in [(c.type, c.subject, c.outcome) for c in found]
    assert [c.subject for c in found if c.type == "attack"] == [None]


def test_the_statement_patterns_find_what_their_plain_vocabularies_find():
    import re

    from counterclaim.extract import statement

    vocabularies = (statement.ACCUSE, statement.CONDEMN, statement.APPEAL, statement.SUPPORT, statement.DENY, statement.WARN)
    text = ("The ministry condemned the strike and accused the rebels of war crimes; it called on both sides to stop, "
            "denied the reports and warned that the attackers will pay dearly. 'We stand with Kyiv,' he said.")
    for (_, pattern), vocabulary in zip(statement.STATEMENT_PATTERNS, vocabularies, strict=True):
        plain = re.compile(rf"\b(?:{vocabulary})\b", re.I)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert sum(len(list(p.finditer(text))) for _, p in statement.STATEMENT_PATTERNS) >= 5


def test_harm_to_civilians_charged_with_its_means_and_place_is_a_specific_act() -> None:
    """"accused the army of bombing civilians with warplanes in Mellit": a place named makes the act specific
    (GOLD_FORMAT), the means told between them notwithstanding; with no place it is a general accusation."""
    text = "The RSF accused the Sudanese army of bombing civilians with warplanes in the Mellit area."
    claims = [(c.type, c.subject, c.outcome, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED)]
    assert claims == [("attack", "SDN", "airstrike", "RSF")]
    general = "The RSF accused the Sudanese army of bombing civilians with warplanes."
    assert [(c.type, c.outcome) for c in extract_from_cleaned_text(general, PUBLISHED)] == [("statement", "accuse")]


def test_a_denial_that_the_military_targets_civilians_is_a_general_denial() -> None:
    text = "The Myanmar junta bombed a monastery in Sagaing. Its spokesman has previously denied that the military targets civilians."
    claims = [(c.type, c.outcome, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED)]
    assert claims == [("attack", "airstrike", "assert"), ("statement", "deny", "assert")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopian Prime Minister Abiy Ahmed said Eritrea must accept talks on sea access.", [("ETH", "appeal", "ETH")]),
        ("The African Union said both sides must sign the agreement.", [("AU", "appeal", "AU")]),
        ("Abiy said the TPLF must disarm.", [("ETH", "appeal", "ETH")]),
        ("The United States said Eritrean troops must leave Tigray.", [("USA", "appeal", "USA")]),
        ("The United States expressed hope that both sides would exercise restraint.", [("USA", "appeal", "USA")]),
        ("The African Union wants both sides to return to the negotiating table.", [("AU", "appeal", "AU")]),
        ("The European Union threatened sanctions against officials blocking aid in Sudan.", [("EU", "warn", "EU")]),
        # an evacuation order is no appeal to a party; a hope for the weather no appeal at all
        ("The Israeli army said residents must leave the north of Gaza.", []),
        ("Kenya expressed hope that the rains would return soon.", []),
    ],
)
def test_modal_appeals_hopes_and_threatened_sanctions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The M23 called out the United Nations for its silence over the killings in Goma.", [("M23", "accuse", "M23")]),
        ("The referee called out the names of the players.", []),
        ("Saudi Arabia expressed its categorical rejection of the continued violations by Israeli forces in the West Bank.",
         [("SAU", "condemn", "SAU")]),
        ("The Russian Defense Ministry said Ukraine had violated the moratorium.", [("RUS", "accuse", "RUS")]),
        ("Kyiv said Moscow had violated the deal.", [("UKR", "accuse", "UKR")]),
    ],
)
def test_parties_called_out_violations_rejected_and_accords_violated(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(text) == expected


def test_a_ban_on_strikes_of_war_is_no_labour_strike() -> None:
    said = "The Russian Defense Ministry said the Ukrainian side had violated the moratorium on strikes on energy facilities."
    assert "appeal" not in [outcome for _, outcome, _ in statements(said)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah leader Naim Qassem said the group was prepared for a long war.", [("HEZBOLLAH", "warn", "HEZBOLLAH")]),
        ("Israel's army chief said the military was ready to launch a ground offensive in Lebanon.", [("ISR", "warn", "ISR")]),
        ("Azerbaijan said it was prepared to strike back at Armenian positions.", [("AZE", "warn", "AZE")]),
        ("Sudan's army said it was ready to launch talks with the RSF in Jeddah.", []),
    ],
)
def test_force_held_ready_is_a_warning(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia said Azerbaijan was massing troops along the border.", [("ARM", "accuse", "ARM")]),
        ("Armenia's foreign ministry said Azerbaijan had closed the Lachin corridor.", [("ARM", "accuse", "ARM")]),
        ("Baku said Armenia was stalling the peace talks.", [("AZE", "accuse", "AZE")]),
        ("Kinshasa said Rwanda was weaponising the humanitarian crisis in Goma.", [("COD", "accuse", "COD")]),
        # those displaced or besieged are the victims, not the accused
        ("The UN said Armenians were displaced from their homes.", []),
    ],
)
def test_conduct_short_of_a_blow_charged_in_reported_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert statements(text) == expected
