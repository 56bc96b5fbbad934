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
        "Russian forces shelled the village of Zmiivka with drones and artillery, the regional governor said"
    )
    text = f"Drone Attack On Zmiivka\n\n{teaser}\n\nKHERSON (Wire) - {teaser}.\n\nMore follows."
    cleaned = clean(text).cleaned_text
    assert cleaned.count(teaser) == 1 and f"KHERSON (Wire) - {teaser}." in cleaned


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
        "Russian Drone Kills Man In Kherson Region's Zmiivka",
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
        ("Do you like this content? Consider helping us!", "donation_appeal"),
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
        ("NEWSWIRE20240804000045015839ID1108515107", "tracking_code"),
        ("By Staff Reporter", "byline"),
        ("Reporting by A. Writer; Editing by B. Editor", "byline"),
        ("Nov 16th, 2012", "date_line"),
        ("8/20/2024 7:17:05 PM", "date_line"),
        ("Jane Doe 3 minutes ago Mon 28th September 2020 | 11:37 PM", "date_line"),
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
        RawDocument(item="b", text="2,500 $\nShare this article\n"),
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
        "Officials said twelve soldiers were killed and the base commander was wounded in the attack."
    )
    assert english.language == "en" and english.status == STATUS_OK
    russian = clean(
        "Министерство обороны заявило, что за сутки были уничтожены три танка и две артиллерийские установки."
    )
    assert russian.language == "ru" and russian.status == STATUS_NON_ENGLISH


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
