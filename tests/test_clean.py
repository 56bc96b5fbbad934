"""Cleaning: debris rules, repeated headlines, offsets back to the original, HTML, language, determinism."""

from __future__ import annotations

import pytest

from counterclaim.clean import STATUS_NON_ENGLISH, STATUS_OK, prepare_document
from counterclaim.clean.debris import debris_kind
from counterclaim.clean.text import clean_plain_text
from counterclaim.records import Document, IngestError, RawDocument

HEADLINE = "Karabakh Toll Rises As Both Sides Trade Artillery Fire Overnight"
SCRAPED = f"""0 $
1,000 $
250 €

{HEADLINE}

{HEADLINE}

Click to see full-size image

By Anna Writer
Tue 29th September 2020 | 09:12 AM

The Karabakh defence ministry said 27 more servicemen were killed, bringing the military toll to 58.

Share this article
Azerbaijan's defence ministry said it had destroyed 12 air defence systems, a claim Armenia denied.

Read more: Ceasefire talks planned in Moscow
Subscribe to our newsletter
Home > World > Europe
We use cookies to improve your experience. Accept
Do you enjoy our work? Consider supporting us!
"""
REAL_SENTENCES = [
    "The Karabakh defence ministry said 27 more servicemen were killed, bringing the military toll to 58.",
    "Azerbaijan's defence ministry said it had destroyed 12 air defence systems, a claim Armenia denied.",
]


def clean(text: str) -> Document:
    document = prepare_document(RawDocument(item="t.txt", text=text))
    assert isinstance(document, Document)
    return document


def assert_offsets_point_into_the_original(document: Document) -> None:
    for clean_start, orig_start, length in document.offset_map.segments:
        assert (
            document.original_text[orig_start : orig_start + length]
            == document.cleaned_text[clean_start : clean_start + length]
        )


def test_scraped_page_debris_is_dropped_and_real_sentences_kept() -> None:
    document = clean(SCRAPED)
    for debris in [
        "0 $",
        "1,000 $",
        "250 €",
        "Click to see",
        "By Anna Writer",
        "09:12 AM",
        "Share this",
        "Read more",
        "newsletter",
        "Home >",
        "cookies",
        "Consider supporting",
    ]:
        assert debris not in document.cleaned_text, debris
    for sentence in REAL_SENTENCES:
        assert sentence in document.cleaned_text


def test_repeated_headline_keeps_exactly_one_copy_first() -> None:
    document = clean(SCRAPED)
    assert document.cleaned_text.count(HEADLINE) == 1
    assert document.cleaned_text.startswith(HEADLINE)
    assert document.title == HEADLINE


def test_teaser_repeated_in_the_first_paragraph_is_kept_once() -> None:
    teaser = (
        "Russian forces shelled the village of Verkhnia Luka with drones and artillery, the regional governor said"
    )
    text = f"Drone Attack On Verkhnia Luka\n\n{teaser}\n\nODESA (Wire) - {teaser}.\n\nMore follows."
    cleaned = clean(text).cleaned_text
    assert cleaned.count(teaser) == 1 and f"ODESA (Wire) - {teaser}." in cleaned


def test_identical_sentences_in_the_body_are_both_kept() -> None:
    body = "Officials said four soldiers were killed in the attack on the base near the river crossing."
    filler = "\n\n".join(f"Paragraph {n} adds detail about the fighting in the east." for n in range(10))
    cleaned = clean(f"Headline\n\n{filler}\n\n{body}\n\n{body}").cleaned_text
    assert cleaned.count(body) == 2


def test_spans_of_kept_text_map_back_to_the_same_words_in_the_original() -> None:
    document = clean(SCRAPED)
    assert_offsets_point_into_the_original(document)
    for sentence in REAL_SENTENCES + [HEADLINE]:
        start = document.cleaned_text.index(sentence)
        orig_start, orig_end = document.offset_map.span_to_original((start, start + len(sentence)))
        assert document.original_text[orig_start:orig_end] == sentence
    # the headline maps to its first copy in the original
    start = document.cleaned_text.index(HEADLINE)
    assert document.offset_map.to_original(start) == SCRAPED.index(HEADLINE)


def test_cleaned_text_is_verbatim_lines_joined_by_newlines() -> None:
    document = clean(SCRAPED)
    for piece in document.cleaned_text.split("\n"):
        assert piece == "" or piece in document.original_text


def test_utf8_bom_and_crlf_are_not_part_of_the_cleaned_text() -> None:
    text = "\ufeffTitle line\r\n\r\nFirst sentence of the report.\r\nSecond sentence.\r\n"
    document = clean(text)
    assert document.cleaned_text == "Title line\n\nFirst sentence of the report.\nSecond sentence."
    assert_offsets_point_into_the_original(document)
    start = document.cleaned_text.index("Second")
    assert document.offset_map.to_original(start) == text.index("Second")


@pytest.mark.parametrize(
    "line",
    [
        "The EU will donate 10 tanks to Ukraine, its foreign policy chief said.",
        "Share prices fell after the attack.",
        "Follow-up strikes hit the same area on Monday.",
        "By nightfall, 12 soldiers had been killed.",
        "Home guard units repelled the assault.",
        "Read the statement in full, the ministry urged.",
        "On Monday, September 28, 2020, Armenian forces retook two positions.",
        "Rebel Drone Kills Farmer In Verkhnia Luka",
        "Ukraine war: day 100",
        "Attack On September 28 Kills Five",
        "31 dead",
        "Shelling Resumes Near Donetsk After March 2 Truce",
    ],
)
def test_real_text_lines_are_not_debris(line: str) -> None:
    assert debris_kind(line) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("2,703 $", "currency_amount"),
        ("$ 50", "currency_amount"),
        ("Enjoyed this story? Consider supporting us!", "donation_appeal"),
        ("Donate now", "donation_appeal"),
        ("Share this article", "share_prompt"),
        ("Facebook Twitter WhatsApp Telegram", "social_links"),
        ("Follow us on Telegram", "subscribe_prompt"),
        ("Click to see full-size image", "image_prompt"),
        ("Related articles", "more_links"),
        ("READ ALSO: Three killed in Kharkiv", "more_links"),
        ("All news", "more_links"),
        ("We use cookies to give you the best experience", "cookie_notice"),
        ("© 2024 Example Media. All rights reserved.", "legal_footer"),
        ("Advertisement", "advertising_label"),
        ("Home > World > Europe", "navigation"),
        ("ExampleNews.com", "site_address"),
        ("NEWSWIRE20191103000012345678ID2203344556", "tracking_code"),
        ("By Staff Reporter", "byline"),
        ("Reporting by A. Writer; Editing by B. Editor", "byline"),
        ("Nov 16th, 2012", "date_line"),
        ("8/20/2024 7:17:05 PM", "date_line"),
        ("Jo Lee 5 minutes ago Tue 3rd March 2021 | 08:15 AM", "date_line"),
        ("Updated: 12 March 2022, 14:05 GMT", "date_line"),
    ],
)
def test_debris_lines_are_recognised_by_their_rule(line: str, rule: str) -> None:
    assert debris_kind(line) == rule


def test_dropped_lines_are_reported_with_their_rule() -> None:
    dropped = clean_plain_text(SCRAPED).dropped
    assert ("repeated_headline", HEADLINE) in dropped
    assert ("currency_amount", "1,000 $") in dropped


def test_publication_date_is_read_from_a_date_line_or_dateline_when_the_source_gives_none() -> None:
    import datetime as dt

    assert clean(SCRAPED).published == dt.date(2020, 9, 29)
    assert clean("Headline\n\nKYIV, March 2, 2022 - Officials said ...").published == dt.date(2022, 3, 2)
    story = "Headline\n\nThe war, which began when Russian troops crossed the border on February 24, 2022, goes on."
    assert clean(story).published is None
    given = prepare_document(RawDocument(item="t", text=SCRAPED, published=dt.date(2021, 1, 1)))
    assert isinstance(given, Document) and given.published == dt.date(2021, 1, 1)


def test_markdown_heading_and_emphasis_marks_are_left_out_as_verbatim_slices() -> None:
    document = clean(
        "# Troops Retake Village\n\n*September 21, 2022*\n\n**Officials said two soldiers died.**\n"
    )
    assert document.cleaned_text == "Troops Retake Village\n\nOfficials said two soldiers died."
    assert document.title == "Troops Retake Village"
    assert_offsets_point_into_the_original(document)


def test_re_cleaning_is_deterministic_and_the_hash_follows_the_cleaned_text() -> None:
    first, second = clean(SCRAPED), clean(SCRAPED)
    assert first == second
    with_more_debris = clean("Share this article\n" + SCRAPED + "\nAdvertisement\n")
    assert with_more_debris.content_hash == first.content_hash  # debris does not change identity
    assert clean(SCRAPED + "\nOne more real sentence was added.").content_hash != first.content_hash


def test_empty_and_debris_only_documents_are_empty_errors() -> None:
    for raw in [
        RawDocument(item="a", text="  \n"),
        RawDocument(item="b", text="750 $\nShare this article\n"),
    ]:
        failure = prepare_document(raw)
        assert isinstance(failure, IngestError) and failure.reason == "empty"


PAGE = """<!doctype html><html><head><title>Strike on station kills dozens | Example</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2022-04-08T10:00:00Z">
</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="donate">Support our journalism <button>Donate</button></div>
<article><h1>Strike on station kills dozens</h1>
<p>Regional officials said a missile strike on the railway station killed at least 50 people &amp; wounded
dozens more as civilians waited to be evacuated.</p>
<p>Russia's defence ministry <b>denied</b> that its forces had carried out the strike and blamed Ukrainian
units, a claim Kyiv rejected.</p>
<div class="share">Share this article</div></article>
<footer>&copy; 2024 Example Media. All rights reserved.</footer></body></html>"""


def test_html_main_text_title_author_date_and_offsets_into_the_source() -> None:
    document = prepare_document(RawDocument(item="p.html", html=PAGE))
    assert isinstance(document, Document)
    assert document.title and "Strike on station kills dozens" in document.title
    assert document.author == "Jane Roe"
    assert document.published is not None and document.published.isoformat() == "2022-04-08"
    text = document.cleaned_text
    assert "killed at least 50 people" in text and "denied" in text
    for debris in ["Share this article", "All rights reserved", "Donate"]:
        assert debris not in text
    assert document.original_text == PAGE
    assert_offsets_point_into_the_original(document)
    # a span over words found verbatim in the HTML maps onto the same words in the source
    start = text.index("killed at least 50 people")
    orig = document.offset_map.span_to_original((start, start + len("killed at least 50 people")))
    assert PAGE[orig[0] : orig[1]] == "killed at least 50 people"
    start = text.index("denied")
    orig = document.offset_map.span_to_original((start, start + len("denied")))
    assert PAGE[orig[0] : orig[1]] == "denied"


def test_malformed_html_still_gives_text_or_a_clear_error() -> None:
    broken = "<html><body><p>Officials said <b>five soldiers were killed <div>near the border</p></span><p"
    result = prepare_document(RawDocument(item="bad.html", html=broken))
    if isinstance(result, Document):
        assert "five soldiers were killed" in result.cleaned_text
        assert_offsets_point_into_the_original(result)
    else:
        assert result.reason in {"empty", "parse"}


def test_html_fragment_too_small_for_trafilatura_falls_back_to_its_paragraphs() -> None:
    fragment = "<p>The ministry said three drones were shot down &amp; two pilots captured.</p><p>Second.</p>"
    document = prepare_document(RawDocument(item="f", html=fragment))
    assert isinstance(document, Document)
    assert (
        document.cleaned_text
        == "The ministry said three drones were shot down & two pilots captured.\nSecond."
    )
    assert_offsets_point_into_the_original(document)


def test_english_is_identified_and_other_languages_are_stored_and_marked() -> None:
    english = clean(
        "Officials said nine police officers died and two villagers were hurt when gunmen raided the post."
    )
    assert english.language == "en" and english.status == STATUS_OK
    russian = clean(
        "Министерство обороны заявило, что за сутки были уничтожены три танка и две артиллерийские установки."
    )
    assert russian.language == "ru" and russian.status == STATUS_NON_ENGLISH


# Long samples of prose, written for these tests: English prose is told without the statistical model,
# and prose in other languages written in Latin letters still goes to it.
ENGLISH_REPORT = (
    "The governor said on Tuesday that rebels had shelled the northern districts of the town for a third night. "
    "According to the regional health office, four people were killed and eleven were wounded, and the hospital "
    "was running short of blood. A spokesman for the rebels denied that the group had fired at homes, and said its "
    "fighters were answering an attack by the army on their positions in the hills. The army has not commented. "
    "Residents told reporters that the power station was hit in the early hours and that most of the town was "
    "without water by the morning, while aid convoys waited at the river crossing for a pass from both sides."
)
OTHER_LANGUAGE_REPORTS = {
    "fr": (
        "Le gouverneur a déclaré mardi que les rebelles avaient bombardé les quartiers nord de la ville pour la "
        "troisième nuit. Selon le bureau régional de la santé, quatre personnes ont été tuées et onze blessées, et "
        "l'hôpital manquait de sang. Un porte-parole des rebelles a nié que le groupe ait tiré sur des maisons et a "
        "affirmé que ses combattants répondaient à une attaque de l'armée contre leurs positions dans les collines. "
        "L'armée n'a pas fait de commentaire. Des habitants ont raconté que la centrale électrique avait été touchée "
        "aux premières heures et que la plupart de la ville était privée d'eau le matin."
    ),
    "nl": (
        "De gouverneur zei dinsdag dat rebellen de noordelijke wijken van de stad voor de derde nacht hadden "
        "beschoten. Volgens het regionale gezondheidsbureau zijn vier mensen gedood en elf gewond, en het ziekenhuis "
        "had een tekort aan bloed. Een woordvoerder van de rebellen ontkende dat de groep op huizen had geschoten en "
        "zei dat zijn strijders antwoordden op een aanval van het leger op hun posities in de heuvels. Het leger heeft "
        "niet gereageerd. Bewoners vertelden verslaggevers dat de elektriciteitscentrale in de vroege uren was geraakt "
        "en dat het grootste deel van de stad in de ochtend zonder water zat."
    ),
}


def test_english_prose_is_told_without_the_model_and_other_prose_goes_to_it() -> None:
    from counterclaim.clean.language import _identifier, is_plain_english

    assert is_plain_english(ENGLISH_REPORT)
    assert clean(ENGLISH_REPORT).language == "en"
    language, confidence = _identifier().classify(ENGLISH_REPORT)
    assert (language, confidence > 0.99) == ("en", True)  # the model agrees, beyond doubt
    for code, report in OTHER_LANGUAGE_REPORTS.items():
        assert not is_plain_english(report)
        assert clean(report).language == code
    short = "Officials said two soldiers were killed at a checkpoint."
    assert not is_plain_english(short)  # too short to tell cheaply: the model decides


def test_raw_metadata_is_carried_and_wins_over_the_page() -> None:
    import datetime as dt

    raw = RawDocument(
        item="p.html",
        html=PAGE,
        title="Given title",
        published=dt.date(2022, 4, 9),
        url="http://x/p",
        source="Wire",
        source_id="p-1",
    )
    document = prepare_document(raw)
    assert isinstance(document, Document)
    assert (document.title, document.published, document.url, document.source, document.source_id) == (
        "Given title",
        dt.date(2022, 4, 9),
        "http://x/p",
        "Wire",
        "p-1",
    )


# ---- Page furniture from many outlets' layouts (all texts invented for these tests) ----


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Logo", "page_control"),
        ("Close", "page_control"),
        ("Copy link", "page_control"),
        ("Menu Search", "page_control"),
        ("Load more", "page_control"),
        ("Our Newsletters", "subscribe_prompt"),
        ("Uncategorized", "section_label"),
        ("World News", "section_label"),
        ("Middle East", "section_label"),
        ("KEY TAKEAWAYS", "box_heading"),
        ("Story highlights", "box_heading"),
        ("Leave a comment below", "comment_form"),
        ("Your email address will not be published.", "comment_form"),
        ("Notify me of new posts by email.", "comment_form"),
        ("REUTERS/Jane Roe", "photo_credit"),
        ("Getty Images", "photo_credit"),
        ("AFP via Getty Images", "photo_credit"),
        ("Olga Petrenko/AP", "photo_credit"),
        ("(Xinhua/Li Wei)", "photo_credit"),
        ("Image source, Getty Images", "photo_credit"),
        ("(AFP Photo)", "photo_credit"),
        ("GLOBE STAFF", "byline"),
        ("Amina Yusuf, Staff Writer", "byline"),
        ("Staff Reporter", "byline"),
        ("Tom Okello | Correspondent", "byline"),
        ("Agencies", "byline"),
        ("(With inputs from agencies)", "agency_note"),
        ("(With inp", "agency_note"),
        ("READ: Two soldiers hurt in ambush on the northern highway", "more_links"),
        ("WATCH: Drone footage shows a burning depot", "more_links"),
        ("RELATED | Ceasefire collapses in the north after a week", "more_links"),
        (
            "ALSO READ: Rebels seize a second border town after a week of fighting near the lake shore and beyond "
            "the old railway bridge",
            "more_links",
        ),
        ("Moment a rocket hits an apartment block in the suburbs", "media_title"),
        ("The moment rescuers pull a girl from the rubble", "media_title"),
        ("Posted by Kwame Mensah", "byline"),
        ("Author: Leila Haddad", "byline"),
        ("Posted in Africa, Conflict", "taxonomy"),
        ("Category: Security", "taxonomy"),
        ("4 min read", "ui_prompt"),
        ("Listen to this article", "ui_prompt"),
        ("Download our free app", "ui_prompt"),
        ("Your browser does not support the video tag.", "ui_prompt"),
        ("Follow @frontline_desk", "ui_prompt"),
        ("This story was first published by a partner outlet.", "ui_prompt"),
        ("Story continues below advertisement", "advertising_label"),
        ("Support independent journalism", "donation_appeal"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "legal_footer"),
        ("Image 2 of 8", "image_prompt"),
        ("Translated by Ines Moreau", "byline"),
        ("Like this:", "ui_prompt"),
        ("Get our morning briefing delivered to your inbox", "ui_prompt"),
        ("BREAKING NEWS", "section_label"),
        ("Source: Xinhua", "photo_credit"),
        ("Hide caption", "page_control"),
        ("— Border Guard Service (@border_guard) 3 March 2024", "embed_signature"),
    ],
)
def test_page_furniture_lines_are_recognised(line: str, rule: str) -> None:
    assert debris_kind(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Militants Abduct Radio Reporter",
        "General Staff",
        "Rebels Ambush Army Convoy, Kill Staff",
        "Shelling Kills Two AFP Journalists",
        "Reuters reported that the bridge was destroyed.",
        "Moments later, a second explosion shook the market.",
        "Video footage showed three burned-out tanks on the road.",
        "Close to 300 families fled the town on Sunday.",
        "Staff at the hospital said 12 bodies were brought in.",
        "Key points of the truce were not published, a mediator said.",
        "Read the full statement, officials urged.",
        "Watch towers along the border were shelled overnight.",
        "The army said it had killed 14 fighters and lost three men.",
        "Section 3 of the truce lets monitors enter the zone",
        "Posted near the front, the unit lost two tanks on Friday.",
        "Published by the ministry on Monday, the list named 40 dead.",
        "Click-bait claims about the toll were false, the ministry said.",
        "With input from local elders, the army drew up a plan.",
        "This report was published on Monday and said 300 civilians died.",
        "Video footage – filmed by a resident – showed a column of burning trucks.",
        "Breaking the siege took three weeks, the general said.",
        "— the army said 12 soldiers died (@army)",
        "Source: the regional health department",
    ],
)
def test_reporting_lines_are_not_page_furniture(line: str) -> None:
    assert debris_kind(line) is None


def _kept(text: str) -> str:
    return clean_plain_text(text).text


STORY_WITH_TEASERS = """Drone strike hits fuel depot in border city

A drone struck a fuel depot in the border city early on Sunday, setting off a fire that burned for hours, the governor said.

Firefighters brought the blaze under control by noon, officials said, and no one was hurt.

Militia clashes leave five dead in eastern province

Aid convoy reaches besieged town after weeks of talks

Navy intercepts vessel carrying weapons off the coast

The governor said the city had been targeted three times this month.
"""


def test_a_run_of_teaser_headlines_in_the_body_is_dropped_but_the_headline_kept() -> None:
    cleaned = _kept(STORY_WITH_TEASERS)
    assert cleaned.startswith("Drone strike hits fuel depot in border city")
    for teaser in ("Militia clashes", "Aid convoy", "Navy intercepts"):
        assert teaser not in cleaned
    assert "targeted three times this month." in cleaned


def test_a_list_after_a_latest_news_heading_is_dropped_with_its_authors_and_times() -> None:
    text = (
        "Army says it retook hilltop village\n\n"
        "The army said on Friday its troops had retaken a hilltop village after two days of fighting with rebels.\n\n"
        "Latest news\n"
        "Floods cut road to the capital\n"
        "Pedro Alves\n"
        "2 hours ago\n"
        "Talks on prisoner swap resume\n"
        "35 minutes ago\n\n"
        "A rebel spokesman denied losing the village, saying his men still held the ridge above it.\n"
    )
    cleaned = _kept(text)
    for debris in ("Latest news", "Floods cut", "Pedro Alves", "hours ago", "prisoner swap", "minutes ago"):
        assert debris not in cleaned
    assert "denied losing the village" in cleaned
    assert "Army says it retook hilltop village" in cleaned


def test_tallies_bullets_and_lists_introduced_by_a_colon_stay() -> None:
    tallies = (
        "The general staff published its daily figures on Monday, saying losses had risen again overnight.\n"
        "Tanks — 1,873 (+6)\n"
        "Armoured combat vehicles — 3,714 (+11)\n"
        "Artillery systems — 1,258 (+3)\n"
    )
    assert _kept(tallies).count("\n") == 3
    bullets = (
        "Ukraine Strikes Depot\n\nKEY TAKEAWAYS\n\n"
        "• Ukrainian drones hit an ammunition depot in the occupied south overnight\n"
        "• Two Russian soldiers were killed in the blast\n"
        "• Moscow has not commented on the strike\n\n"
        "The strike came two days after a similar attack on a rail hub, officials in Kyiv said on Tuesday.\n"
    )
    cleaned = _kept(bullets)
    assert "KEY TAKEAWAYS" not in cleaned
    assert "• Two Russian soldiers were killed in the blast" in cleaned
    introduced = (
        "The regional police released the names of the officers who died in the attack on the post on Monday:\n"
        "Sergeant Ali Hassan Musa of the border unit\n"
        "Corporal Yusuf Bello Danjuma of the rapid response squad\n"
        "Constable Grace Ibekwe Okafor of the district command\n"
    )
    assert _kept(introduced).count("\n") == 3


def test_a_hard_wrapped_text_keeps_all_its_lines() -> None:
    text = (
        "Fighting spread on Tuesday to the outskirts of the provincial capital,\n"
        "where government troops said they had repelled an assault by rebels\n"
        "Who Had Crossed The River At Dawn according to a military statement\n"
        "Issued in the evening, which gave no figure for the dead\n"
        "On either side, although hospital staff said 18 wounded soldiers\n"
        "were brought in overnight.\n"
    )
    assert _kept(text).count("\n") == 5


def test_an_image_block_keeps_the_caption_and_drops_its_title_and_credit() -> None:
    text = (
        "Market Shelling Aftermath\n"
        "Residents clear debris outside a school hit by shelling in the eastern city on Tuesday.\n"
        "REUTERS/Jane Roe\n"
        "KHARKIV (Reuters) - Shelling killed four people in the city on Tuesday, the mayor said.\n"
    )
    cleaned = _kept(text)
    assert "Aftermath" not in cleaned and "Jane Roe" not in cleaned
    assert "Residents clear debris" in cleaned and "Shelling killed four people" in cleaned


def test_bare_tags_menus_and_cut_excerpts_are_dropped_but_a_cut_last_paragraph_stays() -> None:
    text = (
        "Home\nWorld\nPolitics\nSport\n\n"
        "Rebels claim capture of river port\n\n"
        "militia\n\n"
        "Rebel fighters said on Wednesday they had captured the river port after a night of heavy fighting.\n\n"
        "Residents reported that at least 30 people were killed in the clashes and many homes burned down…\n\n"
        "The army has not commented on the claim, which could not be independently verified by reporters.\n\n"
        "A local official said the town's hospital had run out of supplies and that the wounded were…\n"
    )
    cleaned = _kept(text)
    for debris in ("Home", "World", "Politics", "Sport", "militia\n", "many homes burned"):
        assert debris not in cleaned
    assert cleaned.startswith("Rebels claim capture of river port")
    assert "the wounded were…" in cleaned


def test_a_cut_caption_at_the_top_stays() -> None:
    text = (
        "Troops Patrol Border Town\n\n"
        "Soldiers stand guard at a checkpoint near the border on June 3. A day earlier gunmen attacked a police...\n"
        "Getty Images\n"
        "Gunmen killed two police officers at a border checkpoint on Sunday, the interior ministry said.\n"
    )
    cleaned = _kept(text)
    assert "gunmen attacked a police..." in cleaned
    assert "Getty Images" not in cleaned


def test_publication_date_from_the_url_path_when_the_page_gives_none() -> None:
    import datetime as dt

    from counterclaim.clean.dates import date_from_url

    assert date_from_url("https://news.example.org/world/2024/08/20/drone-strike") == dt.date(2024, 8, 20)
    assert date_from_url("https://example.com/2023-10-16-overnight-attacks") == dt.date(2023, 10, 16)
    assert date_from_url("https://example.com/a/20190412/story.html") == dt.date(2019, 4, 12)
    assert date_from_url("https://example.com/2024/08/roundup") is None
    assert date_from_url("https://example.com/story?date=2024-08-20") is None
    assert date_from_url("https://example.com/article/2203344556") is None
    body = "Troops Retake Village\n\nTroops retook the village on Monday, the army said."
    from_url = prepare_document(RawDocument(item="u", text=body, url="https://example.org/2022/03/02/retake"))
    assert isinstance(from_url, Document) and from_url.published == dt.date(2022, 3, 2)
    dated = prepare_document(
        RawDocument(item="u", text="Headline\n\nKYIV, March 4, 2022 - Troops retook it.", url="https://e.org/2022/03/02/x")
    )
    assert isinstance(dated, Document) and dated.published == dt.date(2022, 3, 4)


def test_sentences_that_open_like_a_list_heading_are_not_lists() -> None:
    text = (
        "Troops Push Into Border Town\n\n"
        "Government troops pushed into the border town on Friday after a week of shelling, the army said.\n\n"
        "More on Monday, the army said 12 soldiers were killed.\n"
        "Also in the north, two villages were shelled\n"
        "Rebels said they had repelled the assault on the town.\n"
    )
    cleaned = _kept(text)
    assert "More on Monday" in cleaned and "two villages were shelled" in cleaned


def test_html_paragraphs_go_through_the_furniture_and_neighbour_rules() -> None:
    page = (
        "<html><head><title>Shelling hits market in river town</title></head><body><article>"
        "<h1>Shelling hits market in river town</h1>"
        "<p>Shelling hit a crowded market in the river town on Saturday morning, killing six people and wounding "
        "20, the regional governor said in a statement.</p>"
        "<p>REUTERS/Jane Roe</p>"
        "<p>The governor said the shells were fired from positions across the river held by rebel forces.</p>"
        "<h2>Related</h2>"
        "<p>Rebels claim control of two villages</p>"
        "<p>Talks on a truce stall in the capital</p>"
        "<p>The rebels did not comment on the shelling, which came a day after talks on a truce broke down "
        "without agreement.</p>"
        "</article></body></html>"
    )
    document = prepare_document(RawDocument(item="m.html", html=page))
    assert isinstance(document, Document)
    text = document.cleaned_text
    assert "killing six people" in text and "did not comment on the shelling" in text
    for debris in ("REUTERS/Jane Roe", "Rebels claim control", "Talks on a truce stall"):
        assert debris not in text
    assert_offsets_point_into_the_original(document)


def test_headlines_linked_after_read_more_are_dropped() -> None:
    text = (
        "Navy Says It Sank Two Patrol Boats\n\n"
        "The navy said on Thursday it had sunk two patrol boats that approached its ships near the strait.\n\n"
        "Read more:\n"
        "Strait shipping resumes after week-long halt\n"
        "Insurers raise war-risk premiums for tankers\n\n"
        "The other side denied losing any boats and said the navy had fired on fishermen.\n"
    )
    cleaned = _kept(text)
    assert "Strait shipping resumes" not in cleaned and "Insurers raise" not in cleaned
    assert "denied losing any boats" in cleaned
