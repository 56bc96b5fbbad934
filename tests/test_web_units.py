"""The web layer's pure parts: span runs for the article page, offsets back to cleaned text, outlines, ledger cache."""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from pathlib import Path

from counterclaim.ledger import Ledger
from counterclaim.records import Claim, Document, OffsetMap, content_hash
from counterclaim.store import ClaimFilter, Store
from counterclaim.web.highlight import cut_into_runs, original_to_cleaned, span_in_cleaned
from counterclaim.web.ledger_view import LedgerCache, LedgerQuery, compute_ledger, filter_ledger
from counterclaim.web.outlines import countries_containing, outlines_feature_collection
from counterclaim.web.pages import format_count


def test_nested_spans_split_into_runs_with_their_covers() -> None:
    text = "18 people were killed: 16 troops and 2 civilians."
    total, troops, civilians = (0, 21), (23, 32), (37, 48)
    overall = (0, 48)
    runs = cut_into_runs(text, [overall, total, troops, civilians])
    assert "".join(r.text for r in runs) == text
    by_text = {r.text: r.claims for r in runs}
    assert by_text["18 people were killed"] == [0, 1]
    assert by_text["16 troops"] == [0, 2]
    assert by_text["2 civilians"] == [0, 3]
    assert by_text["."] == []


def test_missing_spans_are_skipped() -> None:
    runs = cut_into_runs("abc", [None, (1, 2)])
    assert [(r.text, r.claims) for r in runs] == [("a", []), ("b", [1]), ("c", [])]


def test_original_offsets_map_back_into_the_cleaned_text() -> None:
    # original: "DONATE\nHeadline\n15 killed." -> cleaned keeps "15 killed." at offset 0
    original = "DONATE\nHeadline\n15 killed."
    offset_map = OffsetMap(segments=[(0, 16, 10)])
    assert original_to_cleaned(offset_map, 16) == 0
    assert original_to_cleaned(offset_map, 3) is None  # in the dropped debris
    span = span_in_cleaned(offset_map, (16, 18), 10)
    assert span == (0, 2)
    assert original[16:18] == "15"
    assert span_in_cleaned(offset_map, (0, 6), 10) is None


def test_outlines_come_from_natural_earth_offline() -> None:
    collection = outlines_feature_collection(["arm", "AZE", "XXX", "12"])
    assert [f["properties"]["code"] for f in collection["features"]] == ["ARM", "AZE"]
    armenia = collection["features"][0]
    ring = armenia["geometry"]["coordinates"][0][0]
    assert ring[0] == ring[-1]
    assert all(43 < lon < 47 and 38 < lat < 42 for lon, lat in ring)


def test_points_are_placed_in_their_country() -> None:
    assert countries_containing([(50.45, 30.52)]) == {"UKR"}  # Kyiv
    assert countries_containing([(0.0, -30.0)]) == set()  # mid-Atlantic


def test_counts_read_as_people_write_them() -> None:
    assert format_count([200, 999]) == "200–999"
    assert format_count([31, 31]) == "31"
    assert format_count([5, None]) == "≥5"
    assert format_count(None) == ""


def _document(text: str, claims: list[Claim]) -> tuple[Document, list[Claim]]:
    document = Document(content_hash=content_hash(text), item=text[:10], published=dt.date(2020, 10, 1),
                        original_text=text, cleaned_text=text, offset_map=OffsetMap.identity(len(text)))
    return document, claims


def _killed(count: int, claimant: str) -> Claim:
    return Claim(type="casualty", subject="ARM", outcome="killed", category="military", count=(count, count),
                 claimant=claimant, date=dt.date(2020, 10, 1), span=(0, 5))


def test_ledger_cache_serves_the_old_ledger_while_rebuilding(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'cache.db'}")
    store.add_document(*_document("first dispatch", [_killed(10, "ARM")]), "t")
    release = threading.Event()
    builds: list[int] = []

    def slow_compute(opened: Store, query: LedgerQuery) -> Ledger:
        builds.append(opened.count_claims())
        if len(builds) > 1:
            release.wait(30)  # the rebuild is held until the test lets it go
        return compute_ledger(opened, query)

    cache = LedgerCache(fresh_wait_s=0.05, compute=slow_compute)
    first = cache.get(store, LedgerQuery())
    assert not first.stale and first.ledger.claims == 1
    assert cache.get(store, LedgerQuery()) is first  # unchanged store: no rebuild
    store.add_document(*_document("second dispatch", [_killed(50, "AZE")]), "t")
    during = cache.get(store, LedgerQuery())
    assert during.stale and during.ledger is first.ledger and during.version == first.version
    release.set()
    after = during
    for _ in range(300):
        after = cache.get(store, LedgerQuery())
        if not after.stale:
            break
    assert not after.stale and after.ledger.claims == 2 and after.version != first.version
    assert builds == [1, 2]
    store.close()


def test_filtered_ledger_matches_a_filtered_build(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'filter.db'}")
    store.add_document(*_document("one", [_killed(10, "ARM"), _killed(200, "AZE")]), "t")
    tank = Claim(type="materiel", subject="AZE", outcome="destroyed", category="tank", count=(3, 3), claimant="ARM",
                 date=dt.date(2020, 10, 2), span=(0, 3))
    store.add_document(*_document("two", [tank]), "t")
    whole = compute_ledger(store, LedgerQuery())
    for query in (LedgerQuery(side="ARM"), LedgerQuery(type="materiel"), LedgerQuery(side="AZE,ARM", type="casualty")):
        cut = filter_ledger(whole, side=query.side, type=query.type, conflict=query.conflict)
        built = compute_ledger(store, query)
        assert [(s.side, s.type, s.category, s.low.value, s.best.value, s.high.value) for s in cut.series] == [
            (s.side, s.type, s.category, s.low.value, s.best.value, s.high.value) for s in built.series
        ]
        assert len(cut.contradictions) == len(built.contradictions)
    assert {s.type for s in filter_ledger(whole, type="materiel").series} == {"materiel"}
    store.close()


def test_fast_export_rows_equal_the_store_serialisers(tmp_path: Path) -> None:
    from counterclaim.store.export import claim_record
    from counterclaim.store.queries import stored_claim_from_row
    from counterclaim.web.export import row_record

    store = Store(f"sqlite:///{tmp_path / 'export.db'}")
    store.add_document(*_document("export dispatch", _export_claims()), "t")
    rows = list(store.iter_claim_rows())
    assert len(rows) == 3
    for row in rows:
        stored = stored_claim_from_row(row)
        assert row_record(row) == claim_record(stored)
        assert list(row_record(row)) == list(claim_record(stored))
    store.close()


def _export_claims() -> list[Claim]:
    placed = _killed(7, "UKR").model_copy(update={"place": "=Kharkiv", "coordinates": (49.99, 36.23), "hedged": True,
                                                 "evidence": "video", "cumulative": True})
    undated = Claim(type="statement", subject="UN", outcome="appeal", span=(0, 3))
    return [placed, undated, _killed(3, "RUS")]


def _csv_export_equals_the_store_serialiser(url: str) -> None:
    from counterclaim.store.export import FLAT_COLUMNS, flat_claim_record
    from counterclaim.store.queries import stored_claim_from_row
    from counterclaim.web.export import SPREADSHEET_FORMULA_PREFIXES, export_stream

    store = Store(url)
    store.add_document(*_document("export dispatch", _export_claims()), "t")
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\n")
    writer.writerow(FLAT_COLUMNS)
    for row in store.iter_claim_rows(with_sentence=False):
        flat = flat_claim_record(stored_claim_from_row(row))
        writer.writerow([("'" + v if isinstance(v, str) and v.startswith(SPREADSHEET_FORMULA_PREFIXES) else v)
                         for v in flat.values()])
    exported = "".join(export_stream(store, ClaimFilter(), "csv"))
    assert exported == expected.getvalue()
    assert "'=Kharkiv" in exported and ",True," in exported
    store.close()


def test_csv_export_cells_computed_in_sqlite_equal_the_store_serialiser(tmp_path: Path) -> None:
    _csv_export_equals_the_store_serialiser(f"sqlite:///{tmp_path / 'csv.db'}")


def test_csv_export_cells_computed_in_postgresql_equal_the_store_serialiser(postgres_url: str) -> None:
    _csv_export_equals_the_store_serialiser(postgres_url)


def test_fast_count_equals_the_store_count(tmp_path: Path) -> None:
    from counterclaim.store import ClaimFilter
    from counterclaim.web.views import count_claims

    store = Store(f"sqlite:///{tmp_path / 'count.db'}")
    store.add_document(*_document("count dispatch", [_killed(7, "UKR"), _killed(9, "ARM")]), "t")
    for claim_filter in (None, ClaimFilter(claimant="ukr"), ClaimFilter(side="ARM", type="casualty"),
                         ClaimFilter(since=dt.date(2020, 10, 2)), ClaimFilter(place="x"), ClaimFilter(document_id=1)):
        assert count_claims(store, claim_filter) == store.count_claims(claim_filter)
    store.close()


def test_ledger_page_shows_reports_of_no_side_or_place_as_their_own_blocks_after_the_countries() -> None:
    from counterclaim.ledger import build_ledger
    from counterclaim.records import StoredClaim
    from counterclaim.web.pages import ledger_choices_of, ledger_view_model

    def unplaced(claim_id: int, document_id: int, count: int) -> StoredClaim:
        claim = Claim(type="casualty", outcome="killed", category="civilian", count=(count, count), span=(0, 5))
        return StoredClaim(id=claim_id, document_id=document_id, content_hash=f"h{document_id}", claim=claim,
                           extractor_version="t", published=dt.date(2022, 2, document_id))

    located = unplaced(3, 3, 9).model_copy(update={"claim": unplaced(3, 3, 9).claim.model_copy(
        update={"coordinates": (12.64, -8.0)})})
    ledger = build_ledger([unplaced(1, 1, 4), unplaced(2, 2, 6), located])
    blocks = ledger_view_model(ledger, 0)["conflicts"]
    assert [(b["label"], b["document"]) for b in blocks] == [
        ("outside any conflict profile", None),
        ("One report (document 1): no side, place or country", 1),
        ("One report (document 2): no side, place or country", 2),
    ]
    assert [b["sides"][0]["rows"][0]["figures"][2]["value"] for b in blocks] == [9, 4, 6]
    assert "never added to other reports'" in blocks[1]["note"]
    assert ledger_choices_of(ledger)["conflicts"] == []  # single reports are not offered as conflicts
