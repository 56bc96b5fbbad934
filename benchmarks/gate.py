"""Accuracy gate for CI: fails when dev-gold, ACLED dev or blind figures fall below the floors pinned in floors.json.

Measures, in-process, strict F1 and core F1 over every gold file in ../shared/gold and the ACLED figures
(fatal_acc, fatal_acc_pos, date_acc, geo_acc, type_acc) over ../shared/dev/acled; then the blind totals
(blind_strict_f1, blind_core_f1, blind_acled_pos, and the blind ACLED notes' fatalities, date, geo and type as
blind_acled_all/date/geo/type) through ../shared/tools/blind_score.py, which prints
totals only; and compares each with its floor. floors.json also pins a sha256 digest of the data measured (gold files, their texts, the ACLED
file): a different digest fails the gate unless --allow-data-change, because floors measured on other
data say nothing. Floors only move up (--raise-floors); moving one down needs --lower as well.

usage: python benchmarks/gate.py [--shared DIR] [--floors FILE] [--raise-floors [--lower]] [--allow-data-change]
exit: 0 pass, 1 below a floor or data changed, 2 data or floors file missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import platform
import sys
from pathlib import Path
from typing import Any

from accuracy import ACLED_FIGURES, BLIND_FIGURES, GOLD_FIGURES, measure, measure_blind
from shared_data import data_digest, shared_dir

FLOORS_FILE = Path(__file__).resolve().parent / "floors.json"
FLOOR_DECIMALS = 3  # floors are pinned rounded down to this many decimals, so equal output always passes
TOLERANCE = 1e-9


def floor_of(value: float) -> float:
    scale = 10**FLOOR_DECIMALS
    return math.floor(value * scale + TOLERANCE) / scale


def read_floors(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"data_sha256": None, "acled_limit": 0, "floors": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def below_floors(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [name for name, floor in floors.items() if figures.get(name, 0.0) + TOLERANCE < floor]


def updated_floors(current: dict[str, float], floors: dict[str, float], names: tuple[str, ...],
                   allow_lower: bool) -> dict[str, float]:
    """Floors of `names` set to the current figures (rounded down), never below the old floor unless
    `allow_lower`; floors of figures not measured now are kept."""
    out = dict(floors)
    for name in names:
        measured = floor_of(current[name])
        out[name] = measured if allow_lower else max(measured, floors.get(name, 0.0))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", help="the shared data folder (default: $COUNTERCLAIM_SHARED or ../shared)")
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE, help="the pinned floors (default: benchmarks/floors.json)")
    parser.add_argument("--raise-floors", action="store_true", help="rewrite floors up to the current figures")
    parser.add_argument("--lower", action="store_true", help="with --raise-floors: also lower floors to current figures")
    parser.add_argument("--allow-data-change", action="store_true", help="accept data whose digest differs from the pinned one")
    args = parser.parse_args(argv)
    if args.lower and not args.raise_floors:
        parser.error("--lower only goes with --raise-floors")

    shared = shared_dir(args.shared)
    pinned = read_floors(args.floors)
    if not args.floors.exists() and not args.raise_floors:
        print(f"gate: no floors file at {args.floors}; create it with --raise-floors", file=sys.stderr)
        return 2
    try:
        digest = data_digest(shared)
        measurement = measure(shared, int(pinned.get("acled_limit") or 0))
        blind = measure_blind(shared)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        print(f"gate: cannot measure: {exc}", file=sys.stderr)
        return 2
    figures = {**measurement.headline(), **blind}
    names = (*GOLD_FIGURES, *ACLED_FIGURES, *(name for name in BLIND_FIGURES if name in blind))
    floors: dict[str, float] = pinned.get("floors", {})

    data_changed = pinned.get("data_sha256") not in (None, digest)
    failed = below_floors(figures, floors)
    print(f"{'figure':<16} {'current':>8} {'floor':>8}")
    for name in names:
        floor = floors.get(name)
        mark = "  BELOW FLOOR" if name in failed else ""
        print(f"{name:<16} {figures[name]:>8.3f} {'-' if floor is None else f'{floor:.3f}':>8}{mark}")
    failures = [s.id for s in measurement.gold_scores if s.failure] + ["ACLED"] * bool(measurement.acled_total.failed)
    print(f"gold files {len(measurement.gold_scores)}, ACLED notes {measurement.acled_total.notes}, "
          f"{measurement.gold_seconds + measurement.acled_seconds:.1f} s; pipeline failures: {failures or 'none'}")
    if data_changed:
        print(f"gate: DATA CHANGED: digest {digest[:16]}... differs from the pinned {pinned['data_sha256'][:16]}... "
              "(floors were measured on other data)" + ("; allowed" if args.allow_data_change else ""))

    if args.raise_floors:
        if data_changed and not args.allow_data_change:
            print("gate: not rewriting floors for changed data without --allow-data-change", file=sys.stderr)
            return 1
        new_floors = updated_floors(figures, floors, names, args.lower)
        lowered = [n for n in new_floors if new_floors[n] < floors.get(n, 0.0)]
        pinned.update({
            "data_sha256": digest,
            "acled_limit": int(pinned.get("acled_limit") or 0),
            "floors": new_floors,
            "pinned_on": dt.date.today().isoformat(),
            "pinned_with": f"python {platform.python_version()} on {platform.machine()}",
        })
        args.floors.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"gate: floors written to {args.floors}" + (f" (lowered: {', '.join(lowered)})" if lowered else ""))
        if failed and not args.lower:
            print(f"gate: FAIL: below floor (kept): {', '.join(failed)}")
            return 1
        return 0
    if failed or (data_changed and not args.allow_data_change):
        print("gate: FAIL" + (f": below floor: {', '.join(failed)}" if failed else ": data changed"))
        return 1
    print("gate: pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
