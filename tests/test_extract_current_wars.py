"""Armed groups, breakaway authorities and wars of the mid-2020s that the registry names: Syria after the fall of
Assad, Tripoli's armed groups, Jubaland and SSC-Khatumo in Somalia, Gaza's and the West Bank's armed groups,
Afghanistan's armed opposition, Manipur, Papua, the Central African Republic, Ecuador's gangs and Sudan's Darfur
movements. Sentences written for these tests; each names a group and must give it its code and side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from counterclaim.extract.pipeline import extract_from_cleaned_text
from counterclaim.records import Claim


def claims(text: str, published: dt.date, of_type: str | None = None) -> list[Claim]:
    return [c for c in extract_from_cleaned_text(text, published) if of_type is None or c.type == of_type]


def roles(text: str, published: dt.date) -> set[tuple[str, str | None, str | None]]:
    return {(c.type, c.subject, c.object) for c in claims(text, published)}


# --- Syria after the fall of Assad (8 December 2024)


def test_hts_fights_the_government_before_assad_falls_and_is_the_government_after() -> None:
    text = "Hayat Tahrir al-Sham fighters seized the town of Saraqib from government troops on Saturday."
    before = claims(text, dt.date(2024, 11, 30), "territory")
    assert [(c.subject, c.object) for c in before] == [("SYR", "HTS")]
    after = claims("HTS said its fighters killed four gunmen near Latakia on Saturday.", dt.date(2025, 2, 1), "casualty")
    assert after and all(c.claimant == "SYR" for c in after)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The Defence Ministry said 11 Assad loyalists were killed in a raid on a hideout in the Latakia countryside.",
         ("casualty", "ASSAD_LOYALISTS")),
        ("Gunmen of the Coastal Shield Brigade ambushed a checkpoint near Baniyas on Thursday, killing five security men.",
         ("attack", "ASSAD_LOYALISTS")),
        ("Bedouin fighters said they had captured the village of Walgha from the Men of Dignity.",
         ("territory", "DRUZE_MILITIAS")),
    ],
)
def test_syria_after_assad_names_its_parties(text: str, claim: tuple[str, str]) -> None:
    assert claim in {(c.type, c.subject) for c in claims(text, dt.date(2025, 7, 20))}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The SDF said its fighters killed five government soldiers in clashes near Deir Hafer on Monday.", ("SYR", "SDF")),
        ("Druze militiamen shot dead three government soldiers at a checkpoint outside Sweida on Sunday.", ("SYR", "DRUZE_MILITIAS")),
    ],
)
def test_government_soldiers_after_assad_are_syrias_and_fall_to_its_new_enemies(text: str, sides: tuple[str, str]) -> None:
    found = claims(text, dt.date(2025, 7, 20), "casualty")
    assert [(c.subject, c.object) for c in found] == [sides]  # not Iraq's soldiers in the war on ISIS


def test_in_suwayda_the_government_and_druze_factions_are_enemies() -> None:
    found = claims("Druze factions said they had killed 14 government soldiers in clashes west of Sweida on Tuesday.",
                   dt.date(2025, 7, 16), "casualty")
    assert [(c.subject, c.object) for c in found] == [("SYR", "DRUZE_MILITIAS")]


def test_syrian_troops_killing_loyalists_are_the_attackers() -> None:
    found = claims("General Security forces killed nine Assad loyalist gunmen near Jableh, the Interior Ministry said.",
                   dt.date(2025, 3, 8), "casualty")
    assert [(c.subject, c.object) for c in found] == [("ASSAD_LOYALISTS", "SYR")]


# --- Libya: Tripoli's armed groups


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Fighters of the 444 Brigade seized Abu Salim from the Stability Support Apparatus on Tuesday.",
         ("territory", "SSA", "BRIGADE_444")),
        ("The Radaa Special Deterrence Force said four of its men were killed by 444th Brigade fire near Mitiga airport.",
         ("casualty", "RADAA", "BRIGADE_444")),
    ],
)
def test_tripolis_armed_groups_are_no_haftar_forces(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in roles(text, dt.date(2025, 5, 14))


# --- Somalia


def test_jubaland_forces_fight_the_federal_army() -> None:
    found = claims("Jubaland forces said they killed 15 federal soldiers in fighting near Ras Kamboni on Wednesday.",
                   dt.date(2024, 12, 12), "casualty")
    assert [(c.subject, c.object) for c in found] == [("SOM", "JUBALAND")]


def test_ssc_khatumo_takes_ground_from_somaliland() -> None:
    found = claims("SSC-Khatumo militia overran a Somaliland army base outside Las Anod, elders said.",
                   dt.date(2023, 8, 26), "territory")
    assert [(c.subject, c.object) for c in found] == [("SOMALILAND", "SSC_KHATUMO")]


# --- Gaza and the West Bank


def test_the_popular_forces_of_gaza_fight_hamas() -> None:
    found = claims("Popular Forces gunmen killed three Hamas fighters east of Rafah on Friday.",
                   dt.date(2025, 7, 4), "casualty")
    assert [(c.subject, c.object) for c in found] == [("HAMAS", "POPULAR_FORCES")]


@pytest.mark.parametrize(
    ("text", "published", "claim"),
    [
        ("Jenin Brigade fighters detonated an explosive device under an Israeli jeep, wounding two soldiers.",
         dt.date(2024, 8, 30), ("attack", "JENIN_BRIGADE")),
        ("The Tulkarm Brigade said its gunmen opened fire on an army patrol near Nur Shams camp.",
         dt.date(2024, 4, 20), ("attack", "TULKARM_BRIGADE")),
    ],
)
def test_west_bank_brigades_are_named(text: str, published: dt.date, claim: tuple[str, str]) -> None:
    assert claim in {(c.type, c.subject) for c in claims(text, published)}


# --- Afghanistan


def test_the_national_resistance_front_fights_the_taliban_government() -> None:
    found = claims("The National Resistance Front said it killed seven Taliban fighters in Andarab on Monday.",
                   dt.date(2023, 5, 2), "casualty")
    assert [(c.subject, c.object) for c in found] == [("AFG", "NRF")]


# --- India: Manipur; Indonesia: Papua; Central African Republic


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Suspected Kuki militants fired on a Manipur Police post near Moreh, wounding three officers.", ("attack", "KUKI_MILITANTS")),
        ("Police said Arambai Tenggol members beat and abducted two men in Imphal West on Tuesday.", ("attack", "ARAMBAI_TENGGOL")),
        ("The UNLF said its cadres killed two Kuki gunmen in a gunfight near the Myanmar border.", ("casualty", "KUKI_MILITANTS")),
    ],
)
def test_manipurs_armed_groups_are_named(text: str, claim: tuple[str, str]) -> None:
    assert claim in {(c.type, c.subject) for c in claims(text, dt.date(2024, 9, 10))}


def test_papuan_rebels_fight_indonesia() -> None:
    found = claims("The West Papua National Liberation Army said it shot dead three Indonesian soldiers in Puncak on Friday.",
                   dt.date(2024, 4, 14), "casualty")
    assert [(c.subject, c.object) for c in found] == [("IDN", "TPNPB")]


def test_the_upc_is_a_central_african_rebel_group() -> None:
    found = claims("UPC fighters killed six Central African soldiers in an attack on a post near Bambari, the army said.",
                   dt.date(2024, 2, 10), "casualty")
    assert [(c.subject, c.object) for c in found] == [("CAF", "UPC")]


# --- Ecuador and Venezuela's gangs


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Los Choneros gunmen killed three police officers in an ambush in Manabi, the interior ministry said.",
         ("casualty", "ECU", "LOS_CHONEROS")),
        ("Ecuadorian soldiers killed four members of Los Lobos in a raid on a gold mine on Monday.",
         ("casualty", "LOS_LOBOS", "ECU")),
    ],
)
def test_ecuadors_gangs_are_the_states_enemies(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in roles(text, dt.date(2024, 6, 3))


def test_tren_de_aragua_is_named() -> None:
    found = claims("Peruvian police said Tren de Aragua gunmen shot dead two bus drivers in Lima on Monday.", dt.date(2024, 6, 3), "attack")
    assert [c.subject for c in found] == ["TREN_DE_ARAGUA"]


# --- Sudan: the Darfur armed movements


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The Joint Forces of the armed movements said they killed 60 RSF fighters west of El Fasher on Sunday.",
         ("casualty", "RSF", "JOINT_FORCES")),
        ("The Sudan Liberation Army-Minni Minnawi said it had retaken the town of Mellit from the Rapid Support Forces.",
         ("territory", "RSF", "SLA_MM")),
        ("The Justice and Equality Movement said four of its fighters died in an RSF drone strike near Tina.",
         ("casualty", "JEM_SDN", "RSF")),
    ],
)
def test_darfurs_armed_movements_are_named_on_the_armys_side(text: str, claim: tuple[str, str, str]) -> None:
    assert claim in roles(text, dt.date(2024, 11, 5))


def test_jem_in_sudan_is_not_the_kashmiri_group() -> None:
    found = claims("JEM fighters repelled an RSF assault on El Fasher on Thursday, killing 30 attackers, a JEM commander said.",
                   dt.date(2024, 11, 5), "casualty")
    assert [(c.subject, c.object) for c in found] == [("RSF", "JEM_SDN")]


def test_sla_abdel_wahid_speaks_for_itself() -> None:
    found = claims("The SLA-AW said RSF shelling killed nine displaced people in Tawila on Saturday.", dt.date(2025, 4, 19))
    assert {c.claimant for c in found} == {"SLA_AW"}


# --- More groups of the same years: Russians fighting for Ukraine, South Sudan's holdouts, the Sudanese army's allies
# and the RSF's parallel government, Pakistan's name for the Baloch groups, Mexico's other cartels, Gaza's smaller factions


@pytest.mark.parametrize(
    ("text", "published", "claim"),
    [
        ("Fighters of the Russian Volunteer Corps said they took the village of Kozinka in Belgorod region on Tuesday.",
         dt.date(2024, 3, 13), ("territory", "RUS", "RVC")),
        ("The Freedom of Russia Legion said its drones destroyed two Russian armoured vehicles near Tyotkino.",
         dt.date(2024, 3, 14), ("materiel", "RUS", None)),
        ("NAS rebels ambushed an SSPDF convoy near Yei on Friday, killing four soldiers.",
         dt.date(2024, 10, 5), ("casualty", "SSD", "NAS")),
        ("The Sudan Shield Forces said they had killed 25 RSF fighters east of Wad Madani.",
         dt.date(2024, 12, 20), ("casualty", "RSF", "SUDAN_SHIELD_FORCES")),
        ("The Al-Baraa Ibn Malik Brigade said it had killed 12 RSF militiamen in Omdurman.",
         dt.date(2024, 10, 1), ("casualty", "RSF", "AL_BARAA_BRIGADE")),
        ("The army said it killed six terrorists of Fitna al Hindustan in an operation in Kech district.",
         dt.date(2025, 6, 10), ("casualty", "BLA", "PAK")),
        ("Mexican soldiers killed five Gulf Cartel gunmen in a shootout in Reynosa, the Defense Ministry said.",
         dt.date(2024, 2, 8), ("casualty", "GULF_CARTEL", "MEX")),
        ("The Popular Resistance Committees said their fighters fired mortar rounds at Israeli troops near Khan Younis.",
         dt.date(2024, 2, 8), ("attack", "POPULAR_RESISTANCE_COMMITTEES", None)),
    ],
)
def test_more_groups_of_current_wars_are_named(text: str, published: dt.date, claim: tuple[str, str | None, str | None]) -> None:
    found = {(c.type, c.subject, c.object) for c in claims(text, published)}
    kind, subject, obj = claim
    assert any(k == kind and s == subject and (obj is None or o == obj) for k, s, o in found), found
    assert kind != "materiel" or any(c.claimant == "FREEDOM_OF_RUSSIA_LEGION" for c in claims(text, published))


def test_the_rsfs_parallel_government_speaks_for_the_rsf() -> None:
    found = claims("The Tasis government accused the army of shelling a market in Nyala on Monday.", dt.date(2025, 9, 1))
    assert {c.claimant for c in found} == {"RSF"}


# --- Wars next door to the Sahel and Lake Chad, and Brazil's gangs


@pytest.mark.parametrize(
    ("text", "published", "claim"),
    [
        ("JNIM fighters overran an army post in Benin's Alibori department, killing 20 soldiers, the government said.",
         dt.date(2025, 4, 20), ("casualty", "BEN", "JNIM")),
        ("Lakurawa gunmen ambushed a military patrol near Tangaza, killing five soldiers.",
         dt.date(2024, 11, 10), ("casualty", "NGA", "LAKURAWA")),
        ("Police killed 30 Comando Vermelho members in a raid on a favela in northern Rio de Janeiro.",
         dt.date(2025, 10, 29), ("casualty", "COMANDO_VERMELHO", "BRA")),
    ],
)
def test_soldiers_and_gangs_of_newer_wars_take_their_states_code(text: str, published: dt.date, claim: tuple[str, str, str]) -> None:
    assert claim in roles(text, published)


def test_jubaland_named_as_a_region_is_no_party() -> None:
    found = claims("Al-Shabaab fighters attacked a military base in Jubaland's Gedo region, killing five soldiers, a military officer said.",
                   dt.date(2025, 6, 3))
    assert found and all("JUBALAND" not in (c.subject, c.object, c.claimant) for c in found)
