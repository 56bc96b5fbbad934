"""Statement speakers and support providers named by the statement's own verb, by office or by pronoun; and
peaceful text that must stay quiet. Sentences are invented, from many wars."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text


def statements(text: str, published: dt.date = dt.date(2024, 5, 10)) -> list[tuple[str | None, str, str | None]]:
    return [(c.subject, c.outcome, c.claimant) for c in extract_from_cleaned_text(text, published) if c.type == "statement"]


# --- the statement verb's own subject speaks ---------------------------------------------------------


def test_a_pronoun_speaker_continues_the_speaker_of_the_sentence_before() -> None:
    text = ("Iran's foreign ministry said the strike killed two diplomats. "
            "He condemned the Israeli strike on the embassy and warned of a decisive response.")
    assert statements(text) == [("IRN", "condemn", "IRN"), ("IRN", "warn", "IRN")]


def test_it_after_a_reporting_sentence_keeps_its_speaker_for_two_acts() -> None:
    text = "The Kremlin said on Monday that the talks had failed. It condemned the attack on the bridge and vowed to respond."
    assert statements(text) == [("RUS", "condemn", "RUS"), ("RUS", "warn", "RUS")]


def test_the_subject_past_a_relative_clause_speaks_not_the_party_inside_it() -> None:
    text = "Ethiopia's government, which has fought the TPLF for two years, condemned the attack on the aid convoy."
    assert statements(text) == [("ETH", "condemn", "ETH")]


def test_a_second_statement_verb_shares_the_first_ones_speaker() -> None:
    text = "Speaking to reporters in Nairobi, the Kenyan foreign minister condemned the attack and urged Somalia to act."
    assert [s for s, _, _ in statements(text)] == ["KEN", "KEN"]


def test_the_verb_subject_outranks_the_reporter_before_it() -> None:
    text = "Kremlin spokesman Dmitry Peskov told reporters that Moscow condemned the strike."
    assert statements(text) == [("RUS", "condemn", "RUS")]


# --- statement vocabularies ----------------------------------------------------------------------


def test_a_diplomatic_protest_is_the_states_condemnation_not_a_crowds() -> None:
    assert statements("The Chinese embassy in Manila lodged a protest over the incident.") == [("CHN", "condemn", "CHN")]
    assert statements("The Russian foreign ministry summoned the British ambassador to protest against the remarks.") == [("RUS", "condemn", "RUS")]


def test_dismissing_the_other_sides_accusations_is_a_denial_only() -> None:
    assert statements("The Taliban dismissed Pakistan's accusations as baseless.") == [("AFG", "deny", "AFG")]
    assert [o for _, o, _ in statements("Hamas denied the accusation and said the hospital was not used for military purposes.")] == ["deny"]


def test_threatening_a_party_with_a_response_is_a_warning() -> None:
    assert statements("Iran's supreme leader threatened Israel with a harsh response.") == [("IRN", "warn", "IRN")]


def test_a_warning_inside_an_open_question_is_none() -> None:
    assert statements("The Iranian foreign ministry did not say how Tehran would respond to the drone attack.") == []


def test_an_accusation_noun_qualifying_a_condemnation_is_one_statement() -> None:
    text = "A Taliban spokesman, Zabihullah Mujahid, condemned the Pakistani airstrikes as a violation of Afghan sovereignty."
    assert statements(text) == [("AFG", "condemn", "AFG")]


def test_the_owner_of_a_violation_is_not_its_accuser() -> None:
    assert statements("Azerbaijan's violation of the ceasefire drew little notice.") == []


def test_hitting_back_is_no_backing() -> None:
    found = extract_from_cleaned_text("Iran threatened to hit back if Israel struck its nuclear sites.", dt.date(2024, 5, 10))
    assert [c.type for c in found if c.type == "support"] == []


def test_warnings_of_force_to_come() -> None:
    assert statements("Russia's foreign ministry said Moscow reserved the right to respond to the seizure of its assets.") == [("RUS", "warn", "RUS")]
    assert statements("The RSF said it stood ready to crush any attack on its positions in El Fasher.") == [("RSF", "warn", "RSF")]
    assert statements("Iran's foreign minister said any attack on Iranian soil would be met with a decisive response.") == [("IRN", "warn", "IRN")]


def test_general_claims_called_false_are_denied() -> None:
    assert statements('"These claims are completely false," a spokesman for the Rwandan government said.') == [("RWA", "deny", "RWA")]
    assert statements("The Sudanese army said there was no truth in the reports.") == [("SDN", "deny", "SDN")]


def test_an_attack_described_as_cowardly_is_condemned_by_the_describer() -> None:
    text = 'Iran\'s foreign ministry spokesman described the attack as a "cowardly act of terrorism".'
    assert statements(text) == [("IRN", "condemn", "IRN")]


def test_the_one_accused_in_a_reduced_relative_is_not_the_accuser() -> None:
    # the one accused denies it in general terms: its own statement (GOLD_FORMAT), not the accuser's
    assert statements("The RSF, accused of genocide by the United States, denied involvement.") == [("USA", "accuse", "USA"), ("RSF", "deny", "RSF")]
    assert statements("Wagner fighters, accused of atrocities in Mali, withdrew from the base.") == []
    assert statements("The RSF, which has been accused of ethnic cleansing in Darfur, took control of the town.") == []


def test_an_active_accusation_by_an_army_stays_active() -> None:
    assert statements("The Sudanese army accused the RSF of using civilians as human shields.") == [("SDN", "accuse", "SDN")]


def test_peaceful_warnings_and_appeals_stay_quiet() -> None:
    assert statements("The company warned investors that profits could fall.") == []
    assert statements("The coach called on the players to stay focused before the match.") == []
    assert statements("The fans came out to support the team in the final.") == []


# --- support ---------------------------------------------------------------------------------------


def support(text: str, published: dt.date = dt.date(2024, 5, 10)) -> list[tuple[str | None, str, str | None]]:
    return [(c.subject, c.outcome, c.object) for c in extract_from_cleaned_text(text, published) if c.type == "support"]


def test_a_states_troops_sent_to_fight_against_a_side_support_the_host() -> None:
    assert support("North Korean troops were sent to Russia to fight against Ukraine.") == [("PRK", "fighters", "RUS")]


def test_mercenaries_a_side_relies_on_are_their_owners_fighters() -> None:
    assert [(s, o) for s, o, _ in support("The junta has relied on Russian mercenaries from the Wagner Group since 2021.")] == [("WAGNER", "fighters")]


def test_fighting_alongside_a_side_supports_it() -> None:
    assert support("Wagner mercenaries fought alongside Malian troops in the battle for Kidal.") == [("WAGNER", "fighters", "MLI")]


def test_aid_named_after_a_long_amount_or_package() -> None:
    assert support("The EU approved a 5 billion euro package of military aid for Ukraine.") == [("EU", "military_aid", "UKR")]
    assert support("Ukraine received the first batch of F-16 fighter jets from Denmark.") == [("DNK", "military_aid", "UKR")]


def test_backing_believed_is_nobodys_claim_but_the_backing_is_coded() -> None:
    found = [c for c in extract_from_cleaned_text("The M23 is widely believed to be backed by Rwanda.", dt.date(2024, 5, 10)) if c.type == "support"]
    assert [(c.subject, c.object, c.claimant) for c in found] == [("RWA", "M23", None)]


def test_back_as_a_particle_is_no_backing() -> None:
    assert support("Ukrainian forces, with the help of Western weapons, pushed back the Russian advance.") == []
    assert support("The opposition leader fought back tears as he spoke.") == []


# --- speakers named by their office or their name ---------------------------------------------------


def test_a_title_with_its_holder_in_apposition_speaks_for_the_titles_body() -> None:
    assert statements("The UN special envoy for Syria, Geir Pedersen, called for calm.") == [("UN", "appeal", "UN")]


def test_leaders_known_by_name_speak_for_their_side() -> None:
    assert statements("Xi Jinping warned against escalation.") == [("CHN", "warn", "CHN")]
    assert statements("Min Aung Hlaing vowed to defeat the rebels.") == [("MMR", "warn", "MMR")]
    assert statements("Yolande Makolo dismissed the claims as baseless.", dt.date(2024, 5, 10)) == [("RWA", "deny", "RWA")]


def test_rejecting_others_calls_is_no_appeal() -> None:
    assert [o for _, o, _ in statements("Benjamin Netanyahu rejected calls for a ceasefire.")] != ["appeal"]


# --- accusations told as another party's conduct -------------------------------------------------------


def test_a_party_reporting_its_enemys_hostile_conduct_accuses_it() -> None:
    assert statements("Kyiv said Moscow was using hunger as a weapon.") == [("UKR", "accuse", "UKR")]
    assert statements("The Turkish defence ministry said the PKK was using Iraqi territory to stage attacks on Turkey.") == [("TUR", "accuse", "TUR")]


def test_blame_for_a_named_attack_is_no_general_accusation() -> None:
    assert [o for _, o, _ in statements("The Ethiopian government said the TPLF was responsible for the attack.")] == []


def test_reported_conduct_of_ones_own_side_or_without_a_reporter_is_no_accusation() -> None:
    assert statements("Russia said Russia was preparing new talks.") == []
    assert statements("Analysts said Hamas was using the tunnels to move fighters.") == []


def test_ordinary_reported_plans_stay_quiet() -> None:
    assert statements("The ministry said the company was planning a new factory in Kenya.") == []


# --- statements inside quotations ---------------------------------------------------------------------


def test_a_quoted_condemnation_is_the_speakers_named_after_a_long_title() -> None:
    text = '"We condemn this cowardly attack in the strongest terms," said Colonel Ali Hassan, a spokesman for the Somali army.'
    assert statements(text) == [("SOM", "condemn", "SOM")]


def test_quoted_warnings_of_punishment() -> None:
    assert statements('"The Russian occupiers will pay for every crime," Zelensky wrote on Telegram.') == [("UKR", "warn", "UKR")]
    assert statements('"The enemy will receive a crushing response," Houthi spokesman Yahya Saree said.') == [("HOUTHIS", "warn", "HOUTHIS")]


def test_a_party_named_inside_a_quotation_is_not_its_speaker() -> None:
    text = 'Ukraine\'s president addressed the nation on Monday. "Russia will pay for this crime," he said.'
    assert [s for s, _, _ in statements(text)] != ["RUS"]


def test_rejecting_lies_is_a_denial() -> None:
    assert statements('"We categorically reject these lies," the Rwandan government said.') == [("RWA", "deny", "RWA")]


def test_an_accusation_whose_act_the_sentence_codes_is_that_acts_claim_only() -> None:
    text = "Ukraine accused Russia of a missile strike on the market in Kostiantynivka that killed 16 civilians."
    assert [o for _, o, _ in statements(text)] == []


def test_a_general_charge_beside_a_toll_stays_a_statement() -> None:
    text = "Ukraine accused Russia of war crimes after a missile strike killed 16 civilians in Kostiantynivka."
    assert statements(text) == [("UKR", "accuse", "UKR")]


def test_support_told_from_the_receiving_side() -> None:
    assert support("The M23, with the backing of Rwanda, captured Goma.") == [("RWA", "military_aid", "M23")]
    assert support("The RSF advanced on El Fasher with support from the UAE, according to a UN report.") == [("ARE", "military_aid", "RSF")]
    assert [(s, o) for s, o, _ in support("Mozambican forces, aided by Rwandan troops, pushed the rebels out of Mocimboa da Praia.")] == [("RWA", "fighters")]


def test_help_with_no_party_named_is_no_support() -> None:
    assert support("With the help of volunteers, the town cleaned its streets after the flood.") == []
    assert support("The club, with support from local sponsors, built a new stadium.") == []


def test_both_sides_accusing_each_other_speak_in_their_own_clause() -> None:
    text = ("Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday.\n\n"
            "Russia said it had brokered a ceasefire, but both sides accused each other of violating it within hours.")
    found = [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, dt.date(2022, 9, 14)) if c.type == "statement"]
    assert sorted(found) == [("ARM", "ARM"), ("AZE", "AZE")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Israel's UN ambassador Danny Danon called the resolution \"shameful\".", "ISR"),
        ("Russia's UN envoy Vassily Nebenzia accused the West of fuelling the war.", "RUS"),
        ("Sudan's UN ambassador Al-Harith Idriss accused the UAE of arming the RSF with drones.", "SDN"),
        ("Iran's UN mission warned that Tehran would respond to any attack.", "IRN"),
    ],
)
def test_a_states_envoy_to_a_body_speaks_for_the_state(text: str, speaker: str) -> None:
    found = [c for c in extract_from_cleaned_text(text, dt.date(2024, 5, 10)) if c.type in ("statement", "support")]
    assert found and {c.claimant for c in found} == {speaker}, [c.contract_dict() for c in found]


def test_a_bodys_own_envoy_speaks_for_the_body() -> None:
    found = [c for c in extract_from_cleaned_text("The UN envoy for Sudan called for an immediate ceasefire.", dt.date(2024, 5, 10)) if c.type == "statement"]
    assert [c.claimant for c in found] == ["UN"]


def test_a_junta_leader_named_by_surname_alone() -> None:
    found = [c for c in extract_from_cleaned_text("Goita accused Algeria of harbouring terrorists.", dt.date(2024, 5, 10))]
    assert [c.claimant for c in found] == ["MLI"], [c.contract_dict() for c in found]


def test_the_leaders_of_states_listed_speak_for_each_state() -> None:
    assert [s[0] for s in statements("The leaders of Russia, France and the United States condemned the violence.")] == ["RUS", "FRA", "USA"]
    assert [s[0] for s in statements("The foreign ministers of Egypt, Sudan and Ethiopia called for calm.")] == ["EGY", "SDN", "ETH"]
    # the place of the clause before is no speaker
    assert [s[0] for s in statements("Troops killed a commander in Mekelle, and the TPLF warned of revenge.")] == ["TPLF"]


def test_a_partys_envoy_or_commander_named_with_of_speaks_for_it() -> None:
    assert statements("The representative of the United Kingdom said the Rapid Support Forces must end the siege of El Fasher.") == [("GBR", "appeal", "GBR")]
    assert statements("The delegate of the Russian Federation warned against external interference in Sudan.") == [("RUS", "warn", "RUS")]
    assert statements("The commander of the RSF vowed to take El Fasher within days.") == [("RSF", "warn", "RSF")]
    assert statements("The representative of Sudan rejected the accusations as baseless.") == [("SDN", "deny", "SDN")]


def test_the_pope_speaks_for_the_holy_see() -> None:
    assert statements("Pope Francis called for a ceasefire in Sudan during his Sunday address.") == [("VAT", "appeal", "VAT")]
    assert [s[0] for s in statements("The Pope condemned the attack on the camp in Darfur.")] == ["VAT"]
