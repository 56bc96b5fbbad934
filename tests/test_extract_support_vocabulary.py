"""Support phrasing of war reports, on sentences written for these tests: the backed party as the verb's
object, fighters of a named group, troops sent to help a side, training, goods received from a provider,
accusations of supporting and their denial in the same sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 3, 5)


def support(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(c.subject, c.object, c.outcome, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"]


def test_the_backed_party_is_the_object_not_the_source() -> None:
    assert support("Rwanda backs the M23 rebels, according to UN experts.") == [("RWA", "M23", "military_aid", "assert")]


def test_fighters_of_a_named_group_are_sent_by_it() -> None:
    assert support("Wagner mercenaries were deployed to Mali to support the junta.") == [("WAGNER", "MLI", "fighters", "assert")]


def test_troops_sent_to_fight_for_a_side() -> None:
    assert support("North Korea has sent troops to fight for Russia.") == [("PRK", "RUS", "fighters", "assert")]
    assert support("Russia sent troops into Georgia in 2008.") == []


def test_training_a_sides_soldiers_and_goods_received_from_a_provider() -> None:
    assert support("France has trained thousands of Ukrainian soldiers.") == [("FRA", "UKR", "military_aid", "assert")]
    assert support("Kyiv received the first F-16 jets from Denmark.") == [("DNK", "UKR", "military_aid", "assert")]


def test_an_accusation_of_supporting_denied_by_the_accused() -> None:
    claims = support("Kinshasa accuses Rwanda of supporting the M23, a charge Kigali has rejected.")
    assert claims == [("RWA", "M23", "military_aid", "assert"), ("RWA", "M23", "military_aid", "deny")]
    assert support("Kinshasa accuses Rwanda of supporting the M23, which Rwanda denies.")[-1] == ("RWA", "M23", "military_aid", "deny")


def test_present_tense_headlines_send_and_ship() -> None:
    assert support("Turkey sends armed drones to Azerbaijan") == [("TUR", "AZE", "military_aid", "assert")]
    assert support("Iran sends fighters to help the Syrian army") == [("IRN", "SYR", "fighters", "assert")]
    assert support("The courier firm sends parcels to Kenya every week.") == []


def test_troops_sent_to_fight_against_a_side_support_the_side_they_join() -> None:
    assert support("North Korea sent thousands of troops to Russia to fight against Ukraine.") == [("PRK", "RUS", "fighters", "assert")]


def test_pledged_continued_support_is_political() -> None:
    assert support("Washington pledged continued support for Israel on Monday.") == [("USA", "ISR", "political", "assert")]


def test_a_possessors_ally_or_backer_provides_support() -> None:
    assert support("Hezbollah, Iran's main ally in Lebanon, fired rockets at Israel.") == [("HEZBOLLAH", "IRN", "military_aid", "assert")]
    assert support("The United States is Israel's main military backer.") == [("USA", "ISR", "military_aid", "assert")]


def test_a_summit_of_allies_is_no_backing() -> None:
    assert support("Leaders met at an Iran ally summit in Tehran.") == []


def test_verbs_of_giving_arms_away() -> None:
    assert support("Germany donated 20 Marder infantry fighting vehicles to Ukraine.") == [("DEU", "UKR", "military_aid", "assert")]
    assert support("Britain handed over Challenger 2 tanks to Ukraine in March.") == [("GBR", "UKR", "military_aid", "assert")]
    assert [s[0] for s in support("The UAE has been funneling arms to the RSF through Chad, a report said.")] == ["ARE"]


def test_equipment_supplied_by_a_provider() -> None:
    assert [(s[0], s[2]) for s in support("Russia has been using drones supplied by Iran, Kyiv said.")] == [("IRN", "military_aid")]


def test_helping_a_side_with_arms_and_the_supplier_noun() -> None:
    assert support("Turkey is helping Azerbaijan with drones and military advisers.") == [("TUR", "AZE", "military_aid", "assert")]
    assert [s[0] for s in support("Iran is the main supplier of weapons to the Houthis, Saudi Arabia said.")] == ["IRN"]


def test_helping_a_neighbour_with_flood_relief_is_no_support() -> None:
    assert support("Turkey is helping Azerbaijan with flood relief and reconstruction.") == []


def test_weapons_received_with_their_givers_named_by_origin() -> None:
    assert support("Ukraine receives Western weapons every month, its president said.") == [(None, "UKR", "military_aid", "assert")]
    assert support("The Houthis receive Iranian drones and missiles, the US said.") == [("IRN", "HOUTHIS", "military_aid", "assert")]


def test_a_state_s_own_procurement_or_relief_goods_are_no_support() -> None:
    assert support("Russia's army received new T-90 tanks, the defence ministry said.") == []
    assert support("The hospital in Kharkiv received foreign medical supplies.") == []


def test_a_comma_ends_the_supplying_verb_s_recipient() -> None:
    assert support("Iran supplied Russia with Shahed drones, Washington said.") == [("IRN", "RUS", "military_aid", "assert")]


def test_weapons_sent_to_strike_are_the_senders_attack_not_support_of_the_target() -> None:
    assert support("Thailand sent F-16 jets to strike two Cambodian artillery positions.") == []
    assert support("Azerbaijan sent its drones to hit Armenian air defences near the border.") == []
    assert support("The US sent 31 tanks to Ukraine last year.") == [("USA", "UKR", "military_aid", "assert")]


def test_troops_sent_to_fight_or_back_a_side_and_forces_trained_and_equipped() -> None:
    assert [(s, k) for s, _, k, _ in support("Chad sent 2,000 troops to Niger to fight alongside its army.")] == [("TCD", "fighters")]
    assert [(s, k) for s, _, k, _ in support("Eritrea deployed troops and tanks into Tigray to back federal forces.")] == [("ERI", "fighters")]
    assert [(s, k) for s, _, k, _ in support("Germany will train and equip a brigade of 5,000 Ukrainian soldiers.")] == [("DEU", "military_aid")]


def test_the_experts_of_an_international_body_speak_for_it() -> None:
    claims = extract_from_cleaned_text("Rwanda provides troops and weapons to the M23, UN experts said.", PUBLISHED)
    assert [(c.subject, c.claimant) for c in claims if c.type == "support"] == [("RWA", "UN")]


def test_help_in_the_fighting_and_support_of_a_military_kind() -> None:
    assert [(s, o) for s, _, o, _ in support("The United States has helped Israel shoot down Iranian missiles.")][:1] == [("USA", "military_aid")]
    assert [(s, o) for s, _, o, _ in support("Britain said its jets had helped defend Israel from the attack.")][:1] == [("GBR", "military_aid")]
    assert [(s, o) for s, _, o, _ in support("China offered Pakistan satellite support during the conflict, Indian officials said.")][:1] == [("CHN", "military_aid")]
    assert support("Volunteers helped farmers defend their crops from locusts.") == []


def test_people_taking_shelter_shelter_no_party() -> None:
    assert support("A strike hit a monastery where 150 displaced people had been sheltering, a member of the local PDF said.") == []
    assert [o for _, _, o, _ in support("Islamabad accuses Kabul of sheltering TTP militants.")] == ["military_aid"]


def test_fighters_named_in_another_clause_are_not_the_ones_recruited() -> None:
    """A state recruiting its own auxiliaries is no outside support, whatever fighters the sentence named before."""
    assert support("Captain Traore has made the war on jihadists his priority and has recruited 50,000 civilian auxiliaries, "
                   "the Volunteers for the Defence of the Homeland (VDP).") == []
    assert support("Mercenaries from Syria were recruited to fight for the Libyan National Army.")[0][2] == "fighters"


def test_a_state_letting_armed_men_use_its_land_harbours_them() -> None:
    """"accused Afghanistan of allowing militants to use its soil for attacks": support, not an attack."""
    found = extract_from_cleaned_text("Pakistan accused Afghanistan of allowing militants to use its soil for attacks inside Pakistan.", PUBLISHED)
    assert [(c.type, c.subject, c.outcome, c.claimant) for c in found] == [("support", "AFG", "military_aid", "PAK")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinshasa accused Rwanda of deploying some 3,000 soldiers alongside the M23, a claim backed by UN experts.",
         [("RWA", "M23", "fighters")]),
        ("Burundi has sent troops into South Kivu in support of the Congolese army.", [("BDI", "COD", "fighters")]),
        ("The resolution, backed by France and Britain, demands a ceasefire in El Fasher.", []),
    ],
)
def test_troops_deployed_beside_a_side_and_words_backed_by_a_party(text: str, expected: list) -> None:
    found = [(c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"]
    assert found == expected


def test_goods_pledged_or_promised_to_a_side() -> None:
    assert support("Germany pledged three more IRIS-T air defence systems to Ukraine on Monday.") == [("DEU", "UKR", "military_aid", "assert")]
    assert support("Turkey has promised 20 Bayraktar drones to the Somali army.") == [("TUR", "SOM", "military_aid", "assert")]
    assert support("The minister pledged to fight corruption in the army.") == []


def test_money_given_in_the_progressive() -> None:
    assert support("The UAE is financing the RSF, a Sudanese army commander charged.") == [("ARE", "RSF", "military_aid", "assert")]
    assert support("Iran has been funding Hezbollah for decades.") == [("IRN", "HEZBOLLAH", "military_aid", "assert")]
    assert [c[1:] for c in support("The army arrested a trader on suspicion of financing the PDF.")] == [("PDF", "military_aid", "assert")]


def test_help_against_a_sides_enemy() -> None:
    assert support("Russia's Africa Corps has been helping Malian troops against jihadist rebels since 2023.") == [("WAGNER", "MLI", "military_aid", "assert")]
    # soldiers of one state assisting another's in the field are fighters sent to it
    assert support("Chadian soldiers are assisting Nigerian forces against Boko Haram around Lake Chad.") == [("TCD", "NGA", "fighters", "assert")]


def test_the_side_helped_after_a_place_on_the_way() -> None:
    assert support("The Wagner Group sent fighters to Libya to support Khalifa Haftar's LNA.") == [("WAGNER", "LNA", "fighters", "assert")]


def test_foreign_troops_fighting_for_or_joining_a_side() -> None:
    assert support("Thousands of North Korean troops are fighting for Russia, according to South Korean intelligence.") == [("PRK", "RUS", "fighters", "assert")]
    assert [c[1:] for c in support("Chadian fighters have joined the ranks of the RSF.")] == [("RSF", "fighters", "assert")]


def test_fighters_and_advisers_transferred_or_dispatched() -> None:
    assert support("Turkey transferred hundreds of Syrian fighters to Azerbaijan to take part in the war.") == [("TUR", "AZE", "fighters", "assert")]
    assert support("Iran has dispatched Revolutionary Guards advisers to Syria.") == [("IRN", "SYR", "fighters", "assert")]


def test_a_state_or_group_sends_its_own_fighters() -> None:
    assert support("Burundian troops are deployed in South Kivu to support the Congolese army.") == [("BDI", "COD", "fighters", "assert")]
    assert support("Hezbollah fighters were sent to Syria to prop up the Assad government.") == [("HEZBOLLAH", "SYR", "fighters", "assert")]


def test_training_an_army_and_training_received() -> None:
    assert support("Russian instructors are training the Burkinabe army.") == [("RUS", "BFA", "military_aid", "assert")]
    assert [c[:3] for c in support("The Houthis received training from Hezbollah, Western officials said.")] == [("HEZBOLLAH", "HOUTHIS", "military_aid")]


def test_a_denial_of_giving_coordinated_after_another_verb_is_the_deniers() -> None:
    text = "Iran condemned the US raids on Hodeidah as a \"barbaric aggression\" and denied supplying missiles to the Houthis."
    found = [(c.subject, c.object, c.stance) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"]
    assert found == [("IRN", "HOUTHIS", "deny")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinshasa says Rwanda is helping the M23.", [("RWA", "M23", "military_aid", "assert")]),
        ("UN experts said Uganda had assisted M23 rebels in North Kivu.", [("UGA", "M23", "military_aid", "assert")]),
        ("With Iranian help, the Houthis have built an arsenal of drones.", [("IRN", "HOUTHIS", "military_aid", "assert")]),
        ("The Malian junta relies heavily on Russian military support.", [("RUS", "MLI", "military_aid", "assert")]),
        ("Wagner fighters have been operating alongside Malian soldiers since 2021.", [("WAGNER", "MLI", "fighters", "assert")]),
        ("The rebels receive weapons from Algeria, the junta claims.", [("DZA", None, "military_aid", "assert")]),
        ("Rwanda denied helping the M23.", [("RWA", "M23", "military_aid", "deny")]),
        # help in peace, help asked for or stopped: no support given in the war
        ("Western countries have helped Ukraine rebuild its power grid.", []),
        ("The UN urged Kigali to stop helping the M23 rebels.", []),
        ("Pakistan's army helped the flood victims in Sindh.", []),
    ],
)
def test_help_told_by_its_verb_or_by_the_givers_adjective(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert support(text) == expected


def test_a_place_before_aid_is_where_it_goes_not_who_gives_it() -> None:
    assert support("Blinken pressed Israel on Gaza aid during his visit.") == []
    assert support("With Qatari aid, the Gaza health ministry reopened two hospitals.") == []
