"""benchmarks/gate.py: floors pinned with a data digest, raised but never silently lowered."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GATE = Path(__file__).resolve().parents[1] / "benchmarks" / "gate.py"


def make_shared(root: Path) -> Path:
    """A miniature ../shared: one gold article and two ACLED-style notes, one of them coded with deaths
    its text never mentions (so fatalities are right on exactly one note, whatever the extractor)."""
    (root / "gold").mkdir(parents=True)
    (root / "dev" / "articles").mkdir(parents=True)
    (root / "dev" / "acled").mkdir(parents=True)
    (root / "dev" / "articles" / "a.txt").write_text("Villagers held a harvest fair on Sunday.\n", encoding="utf-8")
    gold = {"id": "a", "text": "../dev/articles/a.txt", "published": "2021-05-03", "boilerplate": [], "claims": []}
    (root / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    coding = {"event_date": "2021-05-02", "sub_event_type": "Peaceful protest", "latitude": 1.0, "longitude": 2.0,
              "fatalities_note_split": False}
    notes = [{"id": "N1", "text": "On 2 May 2021, farmers gathered in the square.", "published": "2021-05-02",
              "gold": {**coding, "fatalities": 0}},
             {"id": "N2", "text": "On 2 May 2021, traders met at the market hall.", "published": "2021-05-02",
              "gold": {**coding, "fatalities": 7}}]
    (root / "dev" / "acled" / "acled_2022h1_dev.jsonl").write_text(
        "".join(json.dumps(n) + "\n" for n in notes), encoding="utf-8")
    return root


def gate(shared: Path, floors: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(GATE), "--shared", str(shared), "--floors", str(floors), *flags],
                          capture_output=True, text=True, timeout=300)


def test_gate_pins_raises_and_refuses_silent_lowering(tmp_path: Path) -> None:
    shared, floors = make_shared(tmp_path / "shared"), tmp_path / "floors.json"
    assert gate(shared, floors).returncode == 2  # no floors pinned yet

    assert gate(shared, floors, "--raise-floors").returncode == 0
    pinned = json.loads(floors.read_text())
    assert pinned["floors"]["fatal_acc"] == 0.5 and len(pinned["data_sha256"]) == 64
    passed = gate(shared, floors)
    assert passed.returncode == 0 and "gate: pass" in passed.stdout

    pinned["floors"]["fatal_acc"] = 0.9
    floors.write_text(json.dumps(pinned))
    below = gate(shared, floors)
    assert below.returncode == 1 and "below floor: fatal_acc" in below.stdout

    assert gate(shared, floors, "--raise-floors").returncode == 1  # a floor above the figure stays
    assert json.loads(floors.read_text())["floors"]["fatal_acc"] == 0.9
    assert gate(shared, floors, "--raise-floors", "--lower").returncode == 0
    assert json.loads(floors.read_text())["floors"]["fatal_acc"] == 0.5


def test_gate_fails_on_changed_data_unless_allowed(tmp_path: Path) -> None:
    shared, floors = make_shared(tmp_path / "shared"), tmp_path / "floors.json"
    assert gate(shared, floors, "--raise-floors").returncode == 0
    with (shared / "dev" / "acled" / "acled_2022h1_dev.jsonl").open("a") as notes:
        notes.write("\n")  # same notes, different bytes
    changed = gate(shared, floors)
    assert changed.returncode == 1 and "DATA CHANGED" in changed.stdout
    assert gate(shared, floors, "--allow-data-change").returncode == 0
    assert gate(shared, floors, "--raise-floors").returncode == 1  # re-pinning changed data needs the flag too
    assert gate(shared, floors, "--raise-floors", "--allow-data-change").returncode == 0
    assert gate(shared, floors).returncode == 0
