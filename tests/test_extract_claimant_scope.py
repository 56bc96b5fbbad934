"""Claimants of quantitative claims: who a figure is credited to across adverbials, quotations and sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim

PUBLISHED = dt.date(2024, 5, 10)


def quantitative(text: str) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type in ("casualty", "materiel")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Armenian defence ministry, for its part, said 40 Azerbaijani soldiers had been killed.", "ARM"),
        ("The Ethiopian government, in turn, said its forces had killed 300 TPLF fighters.", "ETH"),
        ("Colombia's defence ministry, however, said nine ELN guerrillas were killed in Arauca.", "COL"),
        ("The Ukrainian air force, for its part, also reported that 18 Russian drones were shot down.", "UKR"),
        ("Pakistan's military, in response, said it had killed 12 TTP militants in North Waziristan.", "PAK"),
    ],
)
def test_a_discourse_adverbial_between_speaker_and_verb_keeps_the_speaker(text: str, claimant: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]


def test_an_armed_groups_name_is_no_place_of_the_frame() -> None:
    # "Hamas" is also a village's name in the gazetteer; as an actor it says nothing of where the text is
    found = quantitative("Israeli jets struck Hamas positions in Gaza overnight. Forty people were killed.")
    assert [(c.subject, c.claimant) for c in found] == [("PSE", None)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Israeli jets struck Hamas positions in Gaza overnight. The health ministry said 40 people were killed.", "PSE"),
        ("The Israeli army said it hit a Hamas command post in Rafah on Monday. Twelve people were killed, the civil defence said.", "PSE"),
        ("Israeli strikes killed 40 people in Khan Younis, the civil defence agency said.", "PSE"),
        ("Israel said it struck Hezbollah sites in southern Lebanon. The health ministry said 12 people were killed in Nabatieh.", "LBN"),
        ("Al-Shabaab fighters stormed a hotel in Mogadishu. The emergency service said 14 people were killed.", "SOM"),
    ],
)
def test_health_and_rescue_services_belong_to_where_the_people_live(text: str, claimant: str) -> None:
    found = [c for c in quantitative(text) if c.type == "casualty"]
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("At least 14 civilians were killed when gunmen stormed the village in Zamfara state, said police.", "NGA"),
        ("Nine soldiers died when their vehicle hit a mine in Tillaberi, said local officials.", "NER"),
        ("Three people were wounded in the drone attack on Odesa, said the regional administration.", "UKR"),
        ("Six militants were killed in a shootout in Kulgam, Kashmir, said police officials.", "IND"),
        ("Thirty RSF fighters were killed in the clash near Omdurman, according to an army spokesman.", "SDN"),
        ("At least 40 people were killed in the strike in Gaza City, according to a tally by the health ministry.", "PSE"),
        ("Armenian forces lost 40 servicemen over the day, reported the press service of the Azerbaijani Defence Ministry.", "AZE"),
        ("Russian troops lost up to 500 servicemen near Kupiansk, said in a statement issued by the General Staff of the Armed Forces of Ukraine.", "UKR"),
        ("Two civilians were killed in Kherson, wrote on Telegram the head of the Kherson regional military administration.", "UKR"),
        ("Twelve soldiers were killed in the ambush near Kidal, said on state television army spokesman Colonel Souleymane Dembele.", "MLI"),
    ],
)
def test_an_institution_named_after_its_verb_is_a_claimant(text: str, claimant: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Thirty RSF fighters were killed in the clash near Omdurman, according to a military source.",
        "Five soldiers were killed in the attack in Kidal, said an officer who asked not to be named.",
        "Eight people were killed in the strike on Kharkiv, said residents.",
    ],
)
def test_sources_named_after_the_verb_stay_outside(text: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant is None for c in found), [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Eleven soldiers were killed near Kidal, said an army officer who asked not to be identified.",
        "Seven policemen were killed in Maiduguri, a police officer said, asking not to be named.",
        "Fourteen fighters died in the raid, said a militia commander, who declined to be named for his safety.",
    ],
)
def test_a_trailing_speaker_said_to_stay_unnamed_gives_no_claimant(text: str) -> None:
    found = extract_from_cleaned_text(text, PUBLISHED)
    assert [c.type for c in found] == ["casualty"] and found[0].claimant is None, [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Israeli strikes killed 19 people in Rafah on Sunday, including nine members of one family, medics said.", "PSE"),
        ("Russian shelling killed six people in Kherson, among them a family of four, medics said.", "UKR"),
        ("RSF shelling killed nine people in El Fasher, two of them residents of the camp, paramedics said.", "SDN"),
    ],
)
def test_the_claims_own_words_name_no_speaker(text: str, claimant: str) -> None:
    # "family", "residents" inside what is reported are not the outside sources that give no claimant
    found = quantitative(text)
    assert found and {c.claimant for c in found} == {claimant}, [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Russia's Ministry of Defence said 30 Ukrainian drones were shot down over the Kursk region.", "RUS"),
        ("Pakistan's Ministry of Defence said 12 TTP militants were killed in North Waziristan.", "PAK"),
        ("The UK Ministry of Defence said Russia had probably lost 300 tanks near Avdiivka.", "GBR"),
    ],
)
def test_a_ministry_of_defence_is_the_state_its_text_names_not_britain(text: str, claimant: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "A doctor in Gaza said 10 people were killed in the strike.",
        "A police official in Quetta said 10 people were killed when a bomb exploded.",
        "A resident of Goma told reporters that four people were killed by shelling.",
    ],
)
def test_a_source_placed_somewhere_is_no_victim_of_what_it_reports(text: str) -> None:
    assert [c.count for c in quantitative(text)] == [(10, 10)] if "10" in text else [(4, 4)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("At least 25 killed in Russian missile strike on Kharkiv - governor", "UKR"),
        ("Israeli strike on school in Khan Younis kills 30 - health ministry", "PSE"),
        ("Azerbaijani forces destroy Armenian vehicles - Defense Ministry", "AZE"),
    ],
)
def test_a_headlines_local_or_health_source_is_where_the_harm_is(text: str, claimant: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]


@pytest.mark.parametrize(
    ("text", "subject", "claimant"),
    [
        ("An Israeli strike on a school in Gaza City killed 90 people, the civil defence said. The Israeli military said the death toll was inflated.", "PSE", "ISR"),
        ("Rebels killed 40 villagers in Ituri, local officials said. The M23 said the toll was exaggerated.", "COD", "M23"),
    ],
)
def test_a_denied_toll_is_the_toll_of_the_victims_told_before(text: str, subject: str, claimant: str) -> None:
    denied = [c for c in quantitative(text) if c.stance == "deny"]
    assert [(c.subject, c.claimant) for c in denied] == [(subject, claimant)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Arakan Army has pressed its offensive in Rakhine state for weeks. The rebels said 35 junta soldiers were killed near Sittwe.", "AA"),
        ("The Ta'ang National Liberation Army (TNLA) attacked a junta base in northern Shan. The group said it had shot down an army helicopter.", "TNLA"),
    ],
)
def test_the_rebels_of_a_side_gathering_several_groups_are_the_member_named_last(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sudanese Health Ministry: 27 killed in shelling of El Obeid market", "SDN"),
        ("Russian Defence Ministry: 19 Ukrainian drones downed over Kursk overnight", "RUS"),
        ("Houthis: we shot down a US MQ-9 drone over Marib", "HOUTHIS"),
    ],
)
def test_an_institution_before_a_colon_is_the_source_of_what_follows(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Gaza health ministry: 35 killed in Israeli strikes on Rafah", "PSE"),
        ("Sudan army: 20 RSF fighters killed in El Obeid", "SDN"),
        ("Ukraine's general staff: 14 Russian tanks destroyed near Pokrovsk", "UKR"),
        ("Somali police: six al-Shabaab militants killed in Afgoye raid", "SOM"),
    ],
)
def test_an_institution_in_lower_case_before_a_colon_is_the_source_of_what_follows(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]


def test_a_country_before_a_colon_is_a_topic_not_a_source() -> None:
    assert [c.claimant for c in quantitative("Somalia: 14 soldiers killed in attack on base near Jowhar")] == [None]


def test_reporting_words_in_a_clause_of_their_own_do_not_attribute_the_claim_before() -> None:
    text = "Rebels swept into Kherson on Friday after the army said it had pulled its forces out to spare civilians."
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "territory"]
    assert found and found[0].claimant is None, [c.contract_dict() for c in found]


def test_reporting_words_in_a_relative_clause_of_place_report_that_clause() -> None:
    text = "Fighting also continued in North Kordofan, where the army said it had repelled an RSF attack on Bara."
    found = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert [(c.outcome, c.claimant) for c in found] == [("clash", None), ("offensive", "SDN")]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab claimed responsibility for an assault on a base in Lower Shabelle that left 14 soldiers dead.",
        "JNIM claimed an ambush near Djibo in which 22 Burkinabe soldiers were killed.",
        "A recent ADF-claimed raid on a village in Ituri left 31 civilians dead.",
        "The Baloch Liberation Army claimed credit for the bombing, which killed 26 people at the railway station.",
    ],
)
def test_a_claim_of_responsibility_credits_the_attack_not_the_toll(text: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant is None for c in found), [c.contract_dict() for c in found]
    attacks = [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "attack"]
    assert attacks and attacks[0].claimant == attacks[0].subject is not None, [c.contract_dict() for c in attacks]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Al-Shabaab claimed it had killed 14 soldiers in the assault on the base.", "SHABAAB"),
        ("The Baloch Liberation Army claimed the attack and said it had killed 26 soldiers.", "BLA"),
        ("The M23 dismissed claims of mass killing and said it had killed nine soldiers.", "M23"),
    ],
)
def test_a_group_claiming_its_own_toll_is_its_claimant(text: str, claimant: str) -> None:
    found = quantitative(text)
    assert found and all(c.claimant == claimant for c in found), [c.contract_dict() for c in found]


def test_a_group_claiming_some_of_the_blasts_claims_attacks_not_the_toll() -> None:
    text = "Islamic State claimed four of the blasts, which killed 31 people in Kabul."
    assert [c.claimant for c in quantitative(text)] == [None]


def test_a_quotation_of_several_sentences_credited_to_an_institution_noun() -> None:
    # the institution after the closing mark is the one the text has named speaking, for every sentence of the quotation
    text = ("Ukraine's air force said it had shot down dozens of Russian drones overnight.\n\n"
            '"Air defence forces destroyed 42 Shahed drones over eight regions. The rest were lost to electronic warfare," '
            "the air force said on Telegram.")
    assert [(c.count, c.claimant) for c in quantitative(text) if c.count == (42, 42)] == [((42, 42), "UKR")]


def test_a_terrorist_label_on_attacks_told_is_no_accusation_of_its_own() -> None:
    text = ("Russia's defence ministry said: attempts by the Kyiv regime to carry out terrorist attacks by drones against "
            "facilities in the Belgorod region were thwarted, and air defences destroyed four drones.")
    assert [c for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "statement"] == []


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Five people were killed in a Russian missile strike on Odesa, the regional governor Oleh Kiper said.", "UKR"),
        ("Two soldiers were killed in an RSF drone strike on Kosti, the army spokesman Nabil Abdullah said.", "SDN"),
    ],
)
def test_a_titled_speaker_with_an_article_and_a_name_speaks_for_the_institution(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The Houthis' Al-Masirah TV reported that three people were killed in US-British strikes on Hodeidah.", "HOUTHIS"),
        ("Houthi-run Al-Masirah TV reported that three people were killed in US strikes on Sanaa.", "HOUTHIS"),
        ("Hezbollah's Al-Manar TV said two Israeli soldiers were killed in the attack on Metula.", "HEZBOLLAH"),
    ],
)
def test_a_partys_own_outlet_speaks_for_it(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]


def test_media_of_a_country_are_no_state_voice() -> None:
    assert [c.claimant for c in quantitative("Iranian media reported that seven Revolutionary Guards members were killed in Damascus.")] == [None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Taliban spokesman Zabihullah Mujahid spoke on Monday. He condemned Pakistani airstrikes in Paktika, which he said had killed 46 civilians.", "AFG"),
        ("Sudan's army spokesman Nabil Abdullah briefed reporters. He described an RSF drone attack that he said had killed 12 soldiers in Kosti.", "SDN"),
    ],
)
def test_a_pronoun_speaker_inside_a_relative_clause_is_the_speaker_before(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Pakistan condemned the Indian strikes, which it said killed 31 civilians, and vowed retaliation.", "PAK"),
        ("The Houthis denounced the US raids on Sanaa, which they said wounded 14 people.", "HOUTHIS"),
    ],
)
def test_it_or_they_inside_a_relative_clause_is_the_sentences_subject(text: str, claimant: str) -> None:
    assert [c.claimant for c in quantitative(text)] == [claimant]
