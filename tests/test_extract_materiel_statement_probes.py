"""Materiel and statement phrasing from probe articles written for these tests (Ukraine-Russia, Iran-Israel,
India-Pakistan, Sudan, the Red Sea, Nagorno-Karabakh, UN and foreign-ministry reactions)."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2025, 6, 14)


def claims(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == kind]


def summary(text: str) -> list[tuple[str, str | None, tuple[int | None, int | None] | None]]:
    return [(c.outcome, c.category, c.count) for c in claims(text, "materiel")]


def test_model_code_named_with_its_role_and_noun_is_one_item() -> None:
    assert summary("The RSF said they had shot down a Sudanese army Ilyushin Il-76 cargo plane over North Darfur.") == [
        ("destroyed", "aircraft", (1, 1))]
    assert summary("Ukraine said a Russian Tu-22M3 long-range bomber was downed over the Stavropol region.") == [
        ("destroyed", "aircraft", (1, 1))]
    assert summary("Ukraine said it struck a Russian S-400 Triumf launcher in Crimea.") == [("damaged", "air_defense", (1, 1))]
    assert summary("The army said it destroyed two Su-25 Frogfoot jets near Bakhmut.") == [("destroyed", "aircraft", (2, 2))]


def test_a_design_number_is_no_count() -> None:
    assert summary("Ukraine's navy said it had hit a Russian Project 22160 patrol ship in the Black Sea.") == [("damaged", "ship", (1, 1))]
    assert summary("China's navy said two Type 055 destroyers were damaged in the collision drill.")[0][2] == (2, 2)


def test_the_vast_majority_of_a_figure_has_no_count() -> None:
    assert summary("Israel said its air defences intercepted the vast majority of about 100 ballistic missiles fired by Iran.") == [
        ("destroyed", "other", None)]


def test_equipment_word_qualifying_a_site_or_a_record_is_no_item() -> None:
    assert summary("India hits back at Pakistani air defence sites") == []
    assert summary("Ukraine said it struck Russian air defence systems in Crimea, publishing drone footage of the strike.") == [
        ("damaged", "air_defense", None)]


def test_surface_to_air_launchers_and_their_radars_are_air_defence() -> None:
    assert summary("The army said it destroyed three surface-to-air missile launchers near Tabriz.") == [("destroyed", "air_defense", (3, 3))]
    assert summary("Israeli jets destroyed dozens of radars and surface-to-air missile launchers in western Iran, the army said.") == [
        ("destroyed", "air_defense", (24, 99))]


def test_a_group_named_before_a_possessive_apposition_speaks_and_acts() -> None:
    found = claims("JNIM, al-Qaeda's Sahel affiliate, claimed in a statement to have seized four armoured vehicles in Boulkessi.", "materiel")
    assert [(c.claimant, c.object, c.count) for c in found] == [("JNIM", "JNIM", (4, 4))]
    found = claims("The Houthis, Iran's allies in Yemen, said they had shot down an American MQ-9 drone.", "materiel")
    assert [(c.subject, c.object, c.claimant) for c in found] == [("USA", "HOUTHIS", "HOUTHIS")]
    found = claims("Hezbollah, Iran's main proxy in the region, condemned the Israeli strikes on Tehran.", "statement")
    assert [(c.subject, c.outcome) for c in found] == [("HEZBOLLAH", "condemn")]


def statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(c.subject, c.outcome, c.object) for c in claims(text, "statement")]


def test_accusations_rejected_with_the_judgement_first_or_in_scare_quotes() -> None:
    assert statements("Pakistan on Thursday rejected as \"frivolous\" India's attempts to link it to the Pahalgam killings.") == [
        ("PAK", "deny", "IND")]
    assert statements("Moscow dismissed as baseless the Ukrainian claims about chemical weapons.")[0][:2] == ("RUS", "deny")
    assert statements("Russia dismissed the \"absurd\" Ukrainian claims about chemical munitions.") == [("RUS", "deny", "UKR")]


def test_statement_target_is_the_agent_of_the_act_not_the_law_or_the_next_clause() -> None:
    assert statements("The Ministry of Foreign Affairs of Azerbaijan strongly condemns the missile attack by the armed forces of Armenia on Ganja.") == [
        ("AZE", "condemn", "ARM")]
    assert statements("Oman said the strikes were a violation of the UN Charter.") == [("OMN", "accuse", None)]
    found = statements("Russia and China criticised the strikes on Sanaa, with Moscow calling them illegal.")
    assert ("CHN", "condemn", None) in found and ("CHN", "condemn", "RUS") not in found


def test_statement_acts_of_horror_labels_vows_and_listed_speakers_in_apposition() -> None:
    assert statements("UN Secretary-General Antonio Guterres said he was shocked by the strike on the hospital in Kyiv.") == [("UN", "condemn", None)]
    assert statements("Lebanon's Prime Minister Najib Mikati called the Israeli strike on Beirut \"a new aggression\".") == [("LBN", "condemn", "ISR")]
    assert statements("Nigeria's President Bola Tinubu vowed that the perpetrators of the attack would be brought to justice.") == [("NGA", "warn", None)]
    assert [s[:2] for s in statements("Qatar and Egypt, the main mediators, called on both sides to show flexibility.")] == [
        ("QAT", "appeal"), ("EGY", "appeal")]
    assert statements("The Sudanese government described the RSF as a terrorist militia.") == [("SDN", "accuse", "RSF")]


def test_statement_renewed_calls_subjunctive_demands_warned_escalation_and_genocidal_policy() -> None:
    assert statements("China renewed its calls for a ceasefire in Gaza.") == [("CHN", "appeal", None)]
    assert [s[:2] for s in statements("Russia's envoy insisted that Ukraine withdraw its forces from the Kursk region.")] == [("RUS", "appeal")]
    assert statements("The Kremlin said the decision would lead to a new round of escalation.") == [("RUS", "warn", None)]
    assert [s[:2] for s in statements("In a statement, Ukraine's foreign ministry said Russia continues its genocidal policy.")] == [("UKR", "accuse")]


def test_officials_named_alone_speak_for_their_state_or_body() -> None:
    assert statements("Orban criticised the EU's decision to send more weapons to Ukraine.")[0][:2] == ("HUN", "condemn")
    assert statements("Merz said Israel must allow aid into Gaza.")[0][:2] == ("DEU", "appeal")
    assert statements("Safadi warned that the escalation would lead to a regional war.")[0][:2] == ("JOR", "warn")
    assert statements("Grundberg appealed for maximum restraint from all sides in Yemen.")[0][:2] == ("UN", "appeal")


def test_quotation_and_pronoun_speakers_carry_across_sentences() -> None:
    text = ("KYIV, April 14 (Reuters) - Ukrainian President Volodymyr Zelenskiy visited the site of the strike on Monday.\n\n"
            "\"Only scum can act like this. Russia must be held accountable for every one of these crimes,\" he said in his nightly address.\n\n"
            "He called on the United States and Europe to respond with tougher sanctions.")
    assert [(s[0], s[1]) for s in statements(text)] == [("UKR", "appeal"), ("UKR", "appeal")]
    text = "Kremlin spokesman Dmitry Peskov dismissed the Ukrainian accusations as \"lies\" and said Kyiv was using civilians as human shields."
    assert [s[:2] for s in statements(text)] == [("RUS", "deny"), ("RUS", "accuse")]


def test_ministry_words_of_destruction_and_damage_taken() -> None:
    assert summary("The Russian defence ministry said its forces had liquidated a Ukrainian Bradley infantry fighting vehicle near Pokrovsk.") == [
        ("destroyed", "armored_vehicle", (1, 1))]
    assert summary("Russian forces rendered inoperable two Ukrainian Patriot launchers with an Iskander strike, the ministry said.") == [
        ("destroyed", "air_defense", (2, 2))]
    assert summary("Ukraine's navy said the Russian frigate sustained serious damage in the drone attack off Sevastopol.") == [
        ("damaged", "ship", (1, 1))]


def test_a_subset_of_models_named_with_their_roles_keeps_the_total() -> None:
    text = "According to the SBU, the operation damaged 41 aircraft, including A-50 early warning planes and Tu-160 bombers."
    assert summary(text) == [("damaged", "aircraft", (41, 41))]
    assert claims(text, "statement") == []


def headline(line: str) -> list[tuple[str | None, str, str | None]]:
    return statements(line + "\n\nThe remarks came on Sunday, a day after the latest escalation in the region, according to the outlet.")


def test_headline_speakers_before_a_colon_and_headline_judgements() -> None:
    assert headline('Qatar: "We condemn in the strongest terms the Israeli attack on Doha."') == [("QAT", "condemn", "ISR")]
    assert headline("Iran's Foreign Ministry: Israel's aggression is a war crime") == [("IRN", "accuse", None)]
    assert headline('Kremlin on Ukraine\'s attack: "This is terrorism"') == [("RUS", "condemn", None)]
    assert headline('UN chief "appalled" by strike on school in Gaza') == [("UN", "condemn", None)]
    assert headline('Hamas calls Israeli strike on Nasser hospital a "massacre"') == [("HAMAS", "condemn", "ISR")]


def test_a_headline_model_named_with_its_number_counts_one() -> None:
    text = "Hezbollah downs Israeli Hermes 900 drone\n\nThe report came on Sunday, a day after the latest escalation."
    assert summary(text) == [("destroyed", "drone", (1, 1))]
    assert summary("Iran said it downed Israeli Hermes 900 drones near Tabriz.") == [("destroyed", "drone", None)]


def test_radar_systems_are_counted_as_written_and_drone_control_stations_are_no_drones() -> None:
    assert summary("The Houthis said their missiles had destroyed Israeli radar systems in the Negev.") == [("destroyed", "other", None)]
    assert summary("Ukraine's military said it destroyed a Lancet drone control station near Tokmak.") == []


def test_equipment_of_the_sentence_before_as_a_pronoun_object() -> None:
    assert summary("Russia launched 40 drones at Ukraine overnight. Ukraine's air force said it shot down all of them.") == [
        ("destroyed", "drone", (40, 40))]
    assert summary("Iran fired two missiles at the Al Udeid base. Qatari air defences intercepted both, the Qatari defence ministry said.") == [
        ("destroyed", "other", (2, 2))]
    assert summary("Russia launched a Shahed drone toward Kyiv. Ukrainian air defences shot it down over Brovary.") == [
        ("destroyed", "drone", (1, 1))]
    assert summary("Militants in four pickup trucks attacked the post. The troops eliminated them after a long fight.") == []


def test_a_possessive_owner_is_whose_equipment_it_is_even_outside_the_war_read() -> None:
    text = ("Russian troops shelled Kharkiv overnight, Ukraine's army said.\n\n"
            "Israeli strikes destroyed about 80 percent of the Syrian army's air defences after the fall of Assad, the Israeli military said.")
    assert [(c.subject, c.category) for c in claims(text, "materiel")] == [("SYR", "air_defense")]
    assert [c.subject for c in claims("Israel said it had destroyed Hezbollah's drones near Tyre.", "materiel")] == ["HEZBOLLAH"]


def test_the_adversary_named_as_such_is_the_loser() -> None:
    text = "The adversary's losses amount to 12 armoured vehicles, the Armenian defence ministry spokeswoman said."
    assert [(c.subject, c.count) for c in claims(text, "materiel")] == [("AZE", (12, 12))]
    text = "The units destroyed the adversary's two tanks near Fuzuli, the Armenian defence ministry said."
    assert [(c.subject, c.count) for c in claims(text, "materiel")] == [("AZE", (2, 2))]


def test_others_demands_rebuffed_are_no_appeal_of_theirs() -> None:
    assert statements("Niger's military leaders rebuffed ECOWAS demands to restore President Mohamed Bazoum.") == []
    assert statements("The junta spurned the African Union's calls for a return to civilian rule.") == []


def test_an_institution_statement_speaks_in_its_own_sentences() -> None:
    text = ("Statement of the Ministry of Foreign Affairs on the shelling of Ganja\n\n"
            "The Ministry of Foreign Affairs of the Republic of Azerbaijan strongly condemns the missile attack by the armed forces of Armenia on Ganja.\n\n"
            "This is a blatant violation of the humanitarian ceasefire.\n\n"
            "We call on the international community to give a proper assessment of these crimes.\n\n"
            "Armenia bears full responsibility for the consequences of its provocations.\n\n"
            "The Armenian Foreign Ministry rejected the claims as disinformation.")
    assert [s[:2] for s in statements(text)] == [("AZE", "condemn"), ("AZE", "accuse"), ("AZE", "appeal"), ("AZE", "accuse"), ("ARM", "deny")]


def test_where_a_weapon_was_made_is_no_place_of_the_event() -> None:
    text = ("The Russian defence ministry said its forces had destroyed two 155mm M777 howitzers made in the United States "
            "and a Krab self-propelled gun made in Poland near Kupiansk.")
    found = claims(text, "materiel")
    assert {c.subject for c in found} == {"UKR"} and all(c.place != "United States" for c in found)


def test_a_party_s_act_labelled_with_a_judgement_is_condemned() -> None:
    text = "The Pakistani foreign ministry called India's strikes \"a blatant act of war\" and said Islamabad reserved the right to respond."
    assert [s[:3] for s in statements(text)] == [("PAK", "condemn", "IND"), ("PAK", "warn", None)]


def test_a_weapon_made_ready_is_no_warning() -> None:
    text = ("U.S. Central Command forces conducted strikes against a Houthi anti-ship missile that was aimed into the Red Sea "
            "and was prepared to launch, the command said.")
    assert statements(text) == []
    assert [s[:2] for s in statements("Iran's foreign minister said Tehran was ready to strike back at any aggression.")] == [("IRN", "warn")]


def test_a_missile_struck_before_launch_is_coded_like_one_shot_down() -> None:
    assert summary("U.S. forces struck two Houthi anti-ship missiles that were prepared to launch, CENTCOM said.") == [
        ("destroyed", "other", (2, 2))]
    assert summary("Israeli aircraft struck a Hezbollah rocket launcher that was ready to fire toward northern Israel, the IDF said.") == [
        ("damaged", "artillery", (1, 1))]
