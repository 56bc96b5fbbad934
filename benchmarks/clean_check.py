"""Cleaning check on the gold dev set (../shared/gold): boilerplate gone, gold quotes kept, offsets exact.

usage: python benchmarks/clean_check.py [GOLD_DIR]   (default: ../shared/gold beside the repo)
Prints one line per article and a summary; reads the articles by path, copies nothing.
Exit status 1 when a boilerplate line survives or a quote is lost.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from counterclaim.clean import prepare_document
from counterclaim.records import Document, RawDocument

DEFAULT_GOLD_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


def main() -> int:
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GOLD_DIR
    totals = {"boilerplate": 0, "boilerplate_left": 0, "quotes": 0, "quotes_lost": 0, "offset_errors": 0}
    seconds = 0.0
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = (gold_path.parent / gold["text"]).resolve()
        original = text_path.read_text(encoding="utf-8")
        started = time.perf_counter()
        document = prepare_document(RawDocument(item=str(text_path), text=original))
        seconds += time.perf_counter() - started
        if not isinstance(document, Document):
            print(f"{gold['id']}: ERROR {document.reason}: {document.message}")
            return 1
        cleaned = document.cleaned_text
        left = [line for line in gold["boilerplate"] if line in cleaned]
        lowered = cleaned.casefold()
        quotes = {claim["quote"] for claim in gold["claims"]}
        lost = [quote for quote in quotes if quote.casefold() not in lowered]
        offset_errors = sum(
            original[o : o + n] != cleaned[c : c + n] for c, o, n in document.offset_map.segments
        )
        totals["boilerplate"] += len(gold["boilerplate"])
        totals["boilerplate_left"] += len(left)
        totals["quotes"] += len(quotes)
        totals["quotes_lost"] += len(lost)
        totals["offset_errors"] += offset_errors
        print(
            f"{gold['id']}: boilerplate {len(gold['boilerplate']) - len(left)}/{len(gold['boilerplate'])} removed, "
            f"quotes {len(quotes) - len(lost)}/{len(quotes)} kept, chars {len(original)} -> {len(cleaned)}, "
            f"language {document.language}"
            + "".join(f"\n   LEFT  {line!r}" for line in left)
            + "".join(f"\n   LOST  {quote!r}" for quote in lost)
        )
    print(
        f"boilerplate removed {totals['boilerplate'] - totals['boilerplate_left']}/{totals['boilerplate']}; "
        f"gold quotes kept {totals['quotes'] - totals['quotes_lost']}/{totals['quotes']}; "
        f"offset mismatches {totals['offset_errors']}; cleaning time {seconds * 1000:.0f} ms in all"
    )
    return 1 if totals["boilerplate_left"] or totals["quotes_lost"] or totals["offset_errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
