"""Full-text search over claim sentences and their documents' titles and places, on each engine's own index.

SQLite: an FTS5 table (porter stemming, bm25 ranking); PostgreSQL: a tsvector column with a GIN index
(english configuration, ts_rank). The index is a side table keyed by claim id, filled from the store's
tables and brought up to date before each search (new claims are added; when claims were removed or
replaced it is rebuilt), so no ingest path has to know about it. The user's words are matched as words
(all of them), never parsed as query syntax.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from counterclaim.store import Store

# Words of a query: letters and digits (query operators and quotes are not passed to the engine).
QUERY_WORD = re.compile(r"\w+", re.UNICODE)
# Most words taken from one query.
MAX_QUERY_WORDS = 12
# Claims indexed per statement while filling the index.
FILL_BATCH = 20000

# What a claim is found by: its sentence (else its quote), its document's title and source, its place.
_SENTENCE = ("coalesce(substr(d.original_text, c.sentence_start + 1, c.sentence_end - c.sentence_start), c.quote, '')"
             " || ' ' || coalesce(d.title, '') || ' ' || coalesce(d.source, '') || ' ' || coalesce(c.place, '')")


@dataclass(frozen=True)
class SearchHit:
    claim_id: int
    rank: float


def query_words(query: str) -> list[str]:
    return QUERY_WORD.findall(query.lower())[:MAX_QUERY_WORDS]


class ClaimSearch:
    """The search index of one store (create one per store; safe across threads)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.dialect = store.engine.dialect.name
        self._lock = threading.Lock()
        self._synced: tuple[int, int] | None = None

    # -- keeping the index up to date ---------------------------------------------------------

    def _create(self, connection: object) -> None:
        run = connection.execute  # type: ignore[attr-defined]
        if self.dialect == "sqlite":
            run(text("CREATE VIRTUAL TABLE IF NOT EXISTS claim_search USING fts5(body, tokenize='porter unicode61')"))
        else:
            run(text("CREATE TABLE IF NOT EXISTS claim_search (claim_id integer PRIMARY KEY, body tsvector NOT NULL)"))
            run(text("CREATE INDEX IF NOT EXISTS claim_search_body ON claim_search USING gin (body)"))

    def _indexed(self, connection: object) -> tuple[int, int]:
        key = "rowid" if self.dialect == "sqlite" else "claim_id"
        row = connection.execute(text(f"SELECT count(*), coalesce(max({key}), 0) FROM claim_search")).one()  # type: ignore[attr-defined]
        return int(row[0]), int(row[1])

    def _fill(self, connection: object, after: int) -> None:
        run = connection.execute  # type: ignore[attr-defined]
        if self.dialect == "sqlite":
            insert = (f"INSERT INTO claim_search (rowid, body) SELECT c.id, {_SENTENCE} FROM claim c "
                      "JOIN document d ON d.id = c.document_id WHERE c.id > :after AND c.id <= :upto")
        else:
            insert = (f"INSERT INTO claim_search (claim_id, body) SELECT c.id, to_tsvector('english', {_SENTENCE}) "
                      "FROM claim c JOIN document d ON d.id = c.document_id WHERE c.id > :after AND c.id <= :upto "
                      "ON CONFLICT (claim_id) DO NOTHING")
        largest = int(run(text("SELECT coalesce(max(id), 0) FROM claim")).scalar() or 0)
        start = after
        while start < largest:
            run(text(insert), {"after": start, "upto": start + FILL_BATCH})
            start += FILL_BATCH

    def sync(self) -> None:
        """Add the claims stored since the last search; rebuild when claims were removed or replaced."""
        with self.store.engine.connect() as connection:
            fingerprint = (int(connection.execute(text("SELECT count(*) FROM claim")).scalar() or 0),
                           int(connection.execute(text("SELECT coalesce(max(id), 0) FROM claim")).scalar() or 0))
        if fingerprint == self._synced:
            return
        with self._lock, self.store.engine.begin() as connection:
            self._create(connection)
            count, largest = self._indexed(connection)
            claims_up_to = int(connection.execute(text("SELECT count(*) FROM claim WHERE id <= :m"), {"m": largest}).scalar() or 0)
            if count != claims_up_to:  # claims removed or replaced since: start afresh
                connection.execute(text("DELETE FROM claim_search"))
                largest = 0
            self._fill(connection, largest)
            self._synced = fingerprint

    # -- searching ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Claims whose sentence, document title or source, or place hold every word of `query`, best first."""
        words = query_words(query)
        if not words:
            return []
        self.sync()
        with self.store.engine.connect() as connection:
            if self.dialect == "sqlite":
                match = " ".join('"' + w.replace('"', "") + '"' for w in words)
                rows = connection.execute(text(
                    "SELECT rowid, bm25(claim_search) AS score FROM claim_search WHERE claim_search MATCH :q "
                    "ORDER BY score, rowid LIMIT :n"), {"q": match, "n": limit})
                return [SearchHit(int(r[0]), -float(r[1])) for r in rows]
            rows = connection.execute(text(
                "SELECT claim_id, ts_rank(body, q) AS score FROM claim_search, plainto_tsquery('english', :q) q "
                "WHERE body @@ q ORDER BY score DESC, claim_id LIMIT :n"), {"q": " ".join(words), "n": limit})
            return [SearchHit(int(r[0]), float(r[1])) for r in rows]
