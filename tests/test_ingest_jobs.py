"""`ingest --jobs N`: cleaning and extraction in N processes store exactly what one process stores."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from counterclaim.cli import app
from counterclaim.store import Store

runner = CliRunner()
TEXTS = [
    "Insurgents killed 6 police officers at a checkpoint on Friday, the governor said.",
    "The army said it destroyed 2 pickup trucks mounted with machine guns.",
    "Villagers celebrated the end of the harvest.",
    "\x00\x01 not a text",
    "Rebels captured the town of Kamanyola after heavy fighting, residents said.",
    "Insurgents killed 6 police officers at a checkpoint on Friday, the governor said.",  # the same text again
]


def stored(db_url: str) -> tuple[list[tuple], list[tuple]]:
    """The stored claims (by document item) and the recorded errors."""
    with Store(db_url) as store:
        documents = {d.id: d.item for d in store.list_documents(limit=None)}
        claims = [(documents[c.document_id], c.claim.type, c.claim.outcome, c.claim.count, c.claim.span) for c in store.iter_claims()]
        errors = sorted((e.item, e.reason) for e in store.list_errors())
    return sorted(claims, key=repr), errors


def test_two_processes_store_what_one_stores(tmp_path: Path, db_url: str) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": str(n), "text": t, "published": "2021-07-02"}) + "\n"
                             for n, t in enumerate(TEXTS)), encoding="utf-8")
    one = runner.invoke(app, ["ingest", str(batch), "--db", f"sqlite:///{tmp_path / 'one.db'}", "--quiet"])
    assert one.exit_code == 0, one.output
    two = runner.invoke(app, ["ingest", str(batch), "--db", db_url, "--quiet", "--jobs", "2"])
    assert two.exit_code == 0, two.output
    assert stored(db_url) == stored(f"sqlite:///{tmp_path / 'one.db'}")
    assert "failed: binary" in two.output and "unchanged" in two.output
    again = runner.invoke(app, ["ingest", str(batch), "--db", db_url, "--quiet", "--jobs", "2"])
    assert again.exit_code == 0 and "stored           │     0" in again.output
    assert stored(db_url)[0] == stored(f"sqlite:///{tmp_path / 'one.db'}")[0]  # re-ingesting changes no claim
