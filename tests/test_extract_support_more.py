"""More support phrasing, on sentences written for these tests: arms or money given to a party named as the verb's
object ("armed the RSF", "funds Hezbollah"), sales, singular goods, one claim per listed provider, and appeals to
give support, which give none."""

from __future__ import annotations

import datetime as dt

from counterclaim.extract.pipeline import extract_from_cleaned_text

PUBLISHED = dt.date(2024, 5, 10)


def support(text: str) -> list[tuple[str | None, str | None, str]]:
    return sorted((c.subject, c.object, c.outcome) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support")


def test_arms_or_money_given_to_the_party_named_after_the_verb() -> None:
    assert support("The UAE armed the RSF, according to UN experts.") == [("ARE", "RSF", "military_aid")]
    assert support("Iran has long funded Hezbollah.") == [("IRN", "HEZBOLLAH", "military_aid")]


def test_armed_as_an_adjective_is_no_support() -> None:
    assert support("Yemen's armed Houthi group said it fired missiles at the ship.") == []
    assert support("A spokesman for the Armed Forces of Armenia said the attack was repelled.") == []


def test_weapons_sold_to_a_party() -> None:
    assert support("Turkey sold Bayraktar drones to Ethiopia.") == [("TUR", "ETH", "military_aid")]


def test_a_single_kind_of_goods_named() -> None:
    assert support("China has provided Russia with drone components, the Pentagon said.") == [("CHN", "RUS", "military_aid")]


def test_one_claim_per_listed_provider() -> None:
    assert support("Saudi Arabia and the UAE backed the Yemeni government against the Houthis.") == [
        ("ARE", "YEM", "military_aid"), ("SAU", "YEM", "military_aid")]
    assert support("Ukraine received the first F-16 fighter jets from Denmark and the Netherlands.") == [
        ("DNK", "UKR", "military_aid"), ("NLD", "UKR", "military_aid")]


def test_an_appeal_to_send_arms_gives_none() -> None:
    assert support("NATO Secretary General Jens Stoltenberg urged allies to send more air defence to Ukraine.") == []
    assert support("Zelensky called on Europe to deliver more artillery shells.") == []


def test_peaceful_funding_and_sales_stay_quiet() -> None:
    assert support("The foundation funded a new school in Nairobi.") == []
    assert support("The company sold its shares to investors in London.") == []


def test_support_reaffirmed_or_reiterated_is_voiced_support_by_its_provider() -> None:
    claims = [c for c in extract_from_cleaned_text("The United States reaffirmed its backing of Israel's right to defend itself.", PUBLISHED) if c.type == "support"]
    assert [(c.subject, c.object, c.outcome, c.claimant) for c in claims] == [("USA", "ISR", "political", "USA")]
    assert support("Egypt reiterated its full support for Somalia's sovereignty.") == [("EGY", "SOM", "political")]
    assert support("Russia confirmed its support to the Malian transitional authorities.") == [("RUS", "MLI", "political")]


def test_support_reiterated_for_an_accord_or_a_bill_gives_none() -> None:
    assert support("Turkey reiterated its support for the ceasefire agreement.") == []
    assert support("The minister reiterated his support for the bill.") == []


def test_the_party_accused_in_a_passive_is_the_provider() -> None:
    text = "The United Arab Emirates, which has been accused by the army of arming the RSF, rejected the allegations as baseless."
    assert ("ARE", "RSF", "military_aid") in support(text)
    assert support("The UAE, accused by Sudan of arming the RSF, denied the charge.") == [("ARE", "RSF", "military_aid")]


def test_the_recipient_is_not_the_subject_of_the_next_clause() -> None:
    assert support("Germany will deliver four more air defence systems by the end of the year, while Britain trains Ukrainian recruits.") == [
        ("DEU", None, "military_aid"), ("GBR", "UKR", "military_aid")]
    assert ("FRA", "QAT", "military_aid") not in support("France sent two batteries of artillery to the front of the war; Qatar paid for fuel.")


def test_a_provider_announcing_its_own_aid_claims_it() -> None:
    text = "Germany said it would deliver four more air defence systems, while Britain pledged to train 10,000 Ukrainian recruits."
    claims = {c.subject: c.claimant for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"}
    assert claims == {"DEU": "DEU", "GBR": "GBR"}
    text = "According to Kenyan officials, Turkey has agreed to supply drones to the Somali army."
    assert [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"] == [("TUR", "KEN")]
    text = "The Pentagon said Japan had promised to send air defence missiles to Ukraine."
    assert [(c.subject, c.claimant) for c in extract_from_cleaned_text(text, PUBLISHED) if c.type == "support"] == [("JPN", "USA")]


def test_troops_deployed_beside_a_side_and_forces_hosted_are_support() -> None:
    assert support("UN experts said Rwanda had deployed between 3,000 and 4,000 troops in eastern Congo alongside the M23.") == [
        ("RWA", "M23", "fighters")]
    assert support("Belarus hosted Russian troops and allowed them to attack Ukraine from its territory.") == [("BLR", "RUS", "military_aid")]
    assert support("The Wagner Group helped the Central African government retake rebel-held towns in 2021.") == [
        ("WAGNER", "CAF", "military_aid")]
    assert support("The city hosted a summit of African leaders on the war in Sudan.") == []


def test_helpers_named_after_unnamed_ones_and_before_the_helped_clause() -> None:
    assert support("Somalia's army launched an offensive in 2022 with the support of clan militias and African Union troops.") == [
        ("AU", "SOM", "fighters")]
    assert support("Backed by Turkish drones, the Ethiopian army pushed the TPLF back from Addis Ababa.") == [("TUR", "ETH", "military_aid")]
    assert support("Backed by the results of the census, the government redrew the districts.") == []


def test_no_marker_for_an_unresolved_side_reaches_the_output() -> None:
    text = "The junta has recruited civilian volunteers (VDP) to fight alongside the army."
    claims = extract_from_cleaned_text(text, PUBLISHED)
    assert all(not (value or "").startswith("@") for c in claims for value in (c.subject, c.object, c.claimant))
    assert [c for c in claims if c.type == "support"] == []  # one side's own forces fight alongside each other


def test_support_refused_or_never_given_is_none() -> None:
    assert support("Hungary refused to fight alongside Ukraine.") == []
    assert support("Egypt said it would not send troops to help the Sudanese army.") == []
    assert support("The Wagner Group fought alongside the Malian army in Moura.") == [("WAGNER", "MLI", "fighters")]
