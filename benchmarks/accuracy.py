"""Accuracy of the extraction pipeline on ../shared: gold articles (seed and dev) and ACLED dev notes.

Runs the pipeline in-process through counterclaim.evaluate (the scoring of `counterclaim eval` and
`eval-acled`) and prints the figures. `--check-reference` also runs ../shared/tools' reference scorers on
the real CLI and says whether their summary lines agree. Path of ../shared: --shared or $COUNTERCLAIM_SHARED.

usage: python benchmarks/accuracy.py [--shared DIR] [--acled-limit N] [--check-reference] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from shared_data import acled_file, gold_files, gold_text_path, shared_dir

from counterclaim.evaluate import (
    AcledTally,
    ArticleScore,
    Tally,
    acled_summary_line,
    acled_total_of,
    evaluate_acled_notes,
    evaluate_gold_file,
    gold_summary_line,
    read_acled_notes,
    total_of,
)

# The figures the gate guards, in the order they are printed.
GOLD_FIGURES: tuple[str, ...] = ("strict_f1", "core_f1")
ACLED_FIGURES: tuple[str, ...] = ("fatal_acc", "fatal_acc_pos", "date_acc", "geo_acc", "type_acc")
# The blind set's totals, as the last line of ../shared/tools/blind_score.py prints them.
BLIND_FIGURES: tuple[str, ...] = ("blind_strict_f1", "blind_core_f1", "blind_acled_pos",
                                   "blind_acled_all", "blind_acled_date", "blind_acled_geo", "blind_acled_type")
# The blind scorer's line of ACLED figures ("blind ACLED notes: fatal_acc=... geo_acc=..."), by the names pinned here.
BLIND_ACLED_LINE = "blind ACLED notes:"
BLIND_ACLED_NAMES = {"fatal_acc": "blind_acled_all", "date_acc": "blind_acled_date", "geo_acc": "blind_acled_geo",
                     "type_acc": "blind_acled_type"}


@dataclass
class Measurement:
    gold_scores: list[ArticleScore]
    seed_ids: set[str]
    gold_total: Tally
    acled_total: AcledTally
    gold_seconds: float
    acled_seconds: float

    def headline(self) -> dict[str, float]:
        gold, acled = self.gold_total.figures(), self.acled_total.figures()
        return {**{name: gold[name] for name in GOLD_FIGURES}, **{name: acled[name] for name in ACLED_FIGURES}}


def measure(shared: Path, acled_limit: int = 0) -> Measurement:
    """Score every gold file and the ACLED notes (the first `acled_limit`, 0 for all) under `shared`."""
    paths = gold_files(shared)
    if not paths or not acled_file(shared).exists():
        raise FileNotFoundError(f"no gold files or ACLED notes under {shared} (set --shared or ${'COUNTERCLAIM_SHARED'})")
    started = time.perf_counter()
    scores = [evaluate_gold_file(path) for path in paths]
    seed_ids = {s.id for s, p in zip(scores, paths, strict=True) if gold_text_path(p).parent.name == "seed"}
    gold_seconds = time.perf_counter() - started
    started = time.perf_counter()
    notes = read_acled_notes(acled_file(shared), acled_limit)
    acled_total = acled_total_of(evaluate_acled_notes(notes, str(acled_file(shared))))
    acled_seconds = time.perf_counter() - started
    return Measurement(scores, seed_ids, total_of(scores), acled_total, gold_seconds, acled_seconds)


def measure_blind(shared: Path) -> dict[str, float]:
    """The blind totals from ../shared/tools/blind_score.py run on the real `counterclaim extract` (the blind
    texts stay inside that script); empty when the shared folder holds no blind set."""
    tool, pack = shared / "tools" / "blind_score.py", shared / "blind" / "blind.tar.gz.enc"
    if not (tool.exists() and pack.exists()):
        return {}
    command = f"{Path(sys.executable).parent / 'counterclaim'} extract"
    run = subprocess.run([sys.executable, str(tool), "--cmd", command], capture_output=True, text=True, check=False)
    lines = run.stdout.strip().splitlines() or [""]
    last = lines[-1]
    figures = dict(field.split("=", 1) for field in last.split() if "=" in field)
    acled = next((line for line in lines if line.startswith(BLIND_ACLED_LINE)), "")
    figures |= {BLIND_ACLED_NAMES[key]: value for key, value in (field.split("=", 1) for field in acled.split() if "=" in field)
                if key in BLIND_ACLED_NAMES}
    if run.returncode != 0 or set(figures) != set(BLIND_FIGURES):
        raise ValueError(f"blind_score.py gave no totals: {(run.stderr or last)[-300:]}")
    return {name: float(figures[name]) for name in BLIND_FIGURES}


def run_reference_scorers(shared: Path, acled_limit: int) -> dict[str, str]:
    """The last line of each reference scorer run on the real `counterclaim` command."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    tools = shared / "tools"
    gold = subprocess.run([sys.executable, str(tools / "score_gold.py"), *map(str, gold_files(shared))],
                          capture_output=True, text=True, env=env, check=False)
    acled_args = ["--limit", str(acled_limit)] if acled_limit else []
    acled = subprocess.run([sys.executable, str(tools / "score_acled.py"), *acled_args, str(acled_file(shared))],
                           capture_output=True, text=True, env=env, check=False)
    return {"gold": (gold.stdout.strip().splitlines() or [gold.stderr[-300:]])[-1],
            "acled": (acled.stdout.strip().splitlines() or [acled.stderr[-300:]])[-1]}


def print_report(m: Measurement) -> None:
    print(f"{'article':<50} {'gold':>4} {'pred':>4} {'coreF1':>6} {'qgold':>5} {'qpred':>5} {'strictF1':>8} boilerplate")
    for score in m.gold_scores:
        t, f = score.tally, score.tally.figures()
        print(f"{score.id[:50]:<50} {t.gold:>4} {t.predicted:>4} {f['core_f1']:>6.3f} {t.quant_gold:>5} "
              f"{t.quant_predicted:>5} {f['strict_f1']:>8.3f} {t.boilerplate_left}/{t.boilerplate_lines} left"
              + (f"  FAILED: {score.failure}" if score.failure else ""))
    groups = {"seed": [s for s in m.gold_scores if s.id in m.seed_ids],
              "dev articles": [s for s in m.gold_scores if s.id not in m.seed_ids],
              "all gold": m.gold_scores}
    for name, scores in groups.items():
        f = total_of(scores).figures()
        print(f"{name:>12}: core P={f['core_p']:.3f} R={f['core_r']:.3f} F1={f['core_f1']:.3f}; "
              f"strict P={f['strict_p']:.3f} R={f['strict_r']:.3f} F1={f['strict_f1']:.3f}")
    figures = m.gold_total.figures()
    print("per type F1: " + " ".join(f"{t}={v:.3f}" for t, v in figures["type_f1"].items()))
    print("field accuracy: " + " ".join(f"{n}={'-' if v is None else f'{v:.3f}'}" for n, v in figures["field_acc"].items()))
    t = m.gold_total
    print(f"cleaning: {t.boilerplate_left} of {t.boilerplate_lines} boilerplate lines left in cleaned text")
    a, af = m.acled_total, m.acled_total.figures()
    print(f"ACLED notes={a.notes} failed={a.failed}: fatalities exact all {a.fatal_ok}/{a.fatal_notes}, "
          f"with deaths {a.deadly_ok}/{a.deadly_notes}, without {a.bloodless_ok}/{a.bloodless_notes}, "
          f"MAE={af['fatal_mae']:.3f}; date {a.date_ok}/{a.notes} (given on {a.dated}); "
          f"geo {a.geo_ok}/{a.notes} (coordinates on {a.located}); type {a.kind_ok}/{a.kind_notes}")
    print(f"seconds: gold {m.gold_seconds:.1f}, ACLED {m.acled_seconds:.1f} "
          f"({a.notes / max(m.acled_seconds, 1e-9):.0f} notes/s in-process)")
    print(gold_summary_line(figures))
    print(acled_summary_line(af))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", help="the shared data folder (default: $COUNTERCLAIM_SHARED or ../shared)")
    parser.add_argument("--acled-limit", type=int, default=0, help="score only the first N ACLED notes (0: all)")
    parser.add_argument("--check-reference", action="store_true", help="also run ../shared/tools reference scorers")
    parser.add_argument("--json", action="store_true", help="print the headline figures as JSON")
    args = parser.parse_args(argv)
    shared = shared_dir(args.shared)
    try:
        m = measure(shared, args.acled_limit)
    except FileNotFoundError as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(m.headline(), indent=1))
    else:
        print_report(m)
    if args.check_reference:
        reference = run_reference_scorers(shared, args.acled_limit)
        ours = {"gold": gold_summary_line(m.gold_total.figures()), "acled": acled_summary_line(m.acled_total.figures())}
        for name in ("gold", "acled"):
            verdict = "agree" if reference[name] == ours[name] else "DIFFER"
            print(f"reference {name}: {reference[name]}  -> {verdict}")
        if reference != ours:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
