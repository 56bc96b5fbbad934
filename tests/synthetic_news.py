"""A deterministic synthetic corpus of short conflict-news documents, written from sentence templates.

Used by the Spark parity tests and benchmarks/spark.py. The sentences are written for this
project (no third-party text); they vary actors, numbers (digits, words, vague quantities, zero),
hedges, claimants, dates, HTML vs plain text and publication months.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from pathlib import Path
from typing import Any

# (side A adjective, side A country, side B adjective, side B country, a place)
CONFLICT_PAIRS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Armenian", "Armenia", "Azerbaijani", "Azerbaijan", "Stepanakert"),
    ("Russian", "Russia", "Ukrainian", "Ukraine", "Kharkiv"),
    ("Israeli", "Israel", "Palestinian", "Gaza", "Rafah"),
    ("Sudanese", "Sudan", "Chadian", "Chad", "El Fasher"),
)
NUMBERS: tuple[str, ...] = ("3", "7", "12", "15", "31", "140", "2,500", "two", "five", "eleven", "dozens", "hundreds")
PEOPLE: tuple[str, ...] = ("soldiers", "servicemen", "civilians", "troops", "people", "fighters")
OUTCOMES: tuple[str, ...] = ("were killed", "were wounded", "were captured", "went missing", "died")
MATERIEL: tuple[str, ...] = ("tanks", "drones", "helicopters", "armored vehicles", "artillery pieces")
DAYS: tuple[str, ...] = ("on Monday", "overnight", "on Sunday morning", "yesterday", "on Tuesday", "today")
HEDGES: tuple[str, ...] = ("", "reportedly ", "allegedly ")

SENTENCE_TEMPLATES: tuple[str, ...] = (
    "{B_country}'s defence ministry said {n} {A_adj} {people} {outcome} {day}.",
    "{A_country} said {n} of its {people} {outcome} in fighting near {place} {day}.",
    "According to {B_country}, {n} {A_adj} {materiel} were {hedge}destroyed {day}.",
    "{A_country} claims it lost none, while {B_country} says {n} {A_adj} {people} {outcome}.",
    "The {A_adj} side {hedge}shot down {n} {B_adj} {materiel} near {place}.",
    "A video {hedge}shows {n} {B_adj} {materiel} destroyed near {place}.",
    "Officials in {place} said {n} {people} {outcome} when shells hit the town {day}.",
    "{B_country} denied losing any {materiel} and accused {A_country} of lying.",
    "The UN Secretary-General called for an immediate ceasefire after clashes near {place}.",
    "{A_country} declared martial law and announced a general mobilization {day}.",
    "The death toll has risen to {n} since the fighting began, {B_country} said.",
    "Turkey pledged its full support to {B_country} {day}.",
)
FILLER_SENTENCES: tuple[str, ...] = (
    "The situation remains tense.",
    "Residents were seen leaving the area in cars and buses.",
    "Independent verification was not possible.",
    "Talks are expected to resume next week.",
)
# Page debris around HTML documents (navigation, widgets) that cleaning should strip.
HTML_PAGE = (
    "<html><head><title>{title}</title></head><body>"
    "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
    "<h1>{title}</h1>{paragraphs}"
    "<div class='donate'>Consider helping us! 0 $ 2,500 $ 5,000 $</div></body></html>"
)


def _sentence(rng: random.Random) -> str:
    a_adj, a_country, b_adj, b_country, place = rng.choice(CONFLICT_PAIRS)
    if rng.random() < 0.5:
        a_adj, a_country, b_adj, b_country = b_adj, b_country, a_adj, a_country
    return rng.choice(SENTENCE_TEMPLATES).format(
        A_adj=a_adj,
        A_country=a_country,
        B_adj=b_adj,
        B_country=b_country,
        place=place,
        n=rng.choice(NUMBERS),
        people=rng.choice(PEOPLE),
        outcome=rng.choice(OUTCOMES),
        materiel=rng.choice(MATERIEL),
        day=rng.choice(DAYS),
        hedge=rng.choice(HEDGES),
    )


def synthetic_document(index: int, seed: int = 20201) -> dict[str, Any]:
    """One JSONL record {"id", "text" or "html", "published", "title"}; the same index gives the same record."""
    rng = random.Random(seed * 1_000_003 + index)
    sentences = [_sentence(rng) for _ in range(rng.randint(2, 5))]
    sentences.insert(rng.randint(0, len(sentences)), rng.choice(FILLER_SENTENCES))
    title = sentences[0][:60]
    published = dt.date(2020, 9, 1) + dt.timedelta(days=rng.randint(0, 120))
    record: dict[str, Any] = {"id": f"doc-{index:05d}", "title": title}
    record["published"] = published.isoformat() if rng.random() < 0.9 else None
    if rng.random() < 0.3:
        paragraphs = "".join(f"<p>{sentence}</p>" for sentence in sentences)
        record["html"] = HTML_PAGE.format(title=title, paragraphs=paragraphs)
    else:
        record["text"] = " ".join(sentences) if rng.random() < 0.5 else "\n\n".join(sentences)
    return record


def synthetic_corpus(count: int, seed: int = 20201) -> list[dict[str, Any]]:
    return [synthetic_document(index, seed) for index in range(count)]


def write_jsonl(records: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def warc_gz_bytes(pages: list[tuple[str, str]], with_image: bool = True) -> bytes:
    """A gzipped WARC with one HTML response per (url, html) and, optionally, an image response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers)
        writer.write_record(record)
    if with_image:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        image = writer.create_warc_record("https://example.org/x.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=headers)
        writer.write_record(image)
    return buffer.getvalue()
