"""Where the benchmark scripts find ../shared (gold, dev articles, ACLED notes) and the digest of that data.

Nothing from ../shared is copied into the repository: scripts read it in place, and temporary corpora
built from it live in a temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

SHARED_ENV = "COUNTERCLAIM_SHARED"
REPO_ROOT = Path(__file__).resolve().parents[1]
ACLED_RELATIVE = Path("dev") / "acled" / "acled_2022h1_dev.jsonl"


def shared_dir(option: str | None = None) -> Path:
    """`--shared`, else $COUNTERCLAIM_SHARED, else ../shared beside the repository."""
    return Path(option or os.environ.get(SHARED_ENV) or REPO_ROOT.parent / "shared").resolve()


def gold_files(shared: Path) -> list[Path]:
    return sorted((shared / "gold").glob("*.json"))


def acled_file(shared: Path) -> Path:
    return shared / ACLED_RELATIVE


def gold_text_path(gold_path: Path) -> Path:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return (gold_path.parent / gold["text"]).resolve()


def data_digest(shared: Path) -> str:
    """sha256 over the measured data: every gold file, the text it points to, the ACLED notes file and the
    packed blind set when there is one (each as its path relative to `shared` plus its bytes, in sorted order)."""
    paths: set[Path] = set()
    for gold_path in gold_files(shared):
        paths.add(gold_path.resolve())
        paths.add(gold_text_path(gold_path))
    paths.add(acled_file(shared).resolve())
    blind_pack = shared / "blind" / "blind.tar.gz.enc"
    if blind_pack.exists():
        paths.add(blind_pack.resolve())
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(shared)).encode("utf-8") + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


def throughput_documents(shared: Path, acled_limit: int = 0, with_acled: bool = True) -> list[dict[str, Any]]:
    """The benchmark corpus as extract-batch records: every gold article's text (dev articles and the
    seed) and, `with_acled`, the ACLED notes (the first `acled_limit`, 0 for all), ACLED's coding left out."""
    documents: list[dict[str, Any]] = []
    for gold_path in gold_files(shared):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_text_path(gold_path).read_bytes().decode("utf-8", errors="replace")
        documents.append({"id": gold["id"], "text": text, "published": gold.get("published")})
    if not with_acled:
        return documents
    notes = 0
    with acled_file(shared).open(encoding="utf-8") as lines:
        for line in lines:
            if acled_limit and notes >= acled_limit:
                break
            if line.strip():
                note = json.loads(line)
                documents.append({"id": note["id"], "text": note["text"], "published": note.get("published")})
                notes += 1
    return documents
