"""WCAG AA contrast (4.5:1 for text) of the dashboard's colour pairs, read from app.css itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[1] / "src" / "counterclaim" / "web" / "static" / "app.css"
AA_TEXT = 4.5
# (foreground, background) pairs the pages draw text with; names are :root variables or hex colours.
PAIRS = [
    *[(("#ffffff", f"--{t}")) for t in ("casualty", "materiel", "territory", "attack", "support", "statement",
                                          "mobilization")],  # type tags: white on the type colour
    ("--ink", "--bg"), ("--muted", "--bg"), ("--muted", "--panel"), ("--muted", "--warn-bg"),
    ("--accent", "--panel"), ("--accent", "--bg"), ("--warn", "--panel"), ("--warn", "--warn-bg"),
    ("#ffffff", "--accent"), ("#dbe8f5", "#17324d"), ("--ink", "#fff2a8"),
]


def _variables() -> dict[str, str]:
    root = re.search(r":root\s*{([^}]*)}", CSS.read_text(encoding="utf-8"))
    assert root is not None
    return dict(re.findall(r"(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})", root.group(1)))


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("foreground", "background"), PAIRS)
def test_text_colours_reach_wcag_aa(foreground: str, background: str) -> None:
    names = _variables()
    fg, bg = names.get(foreground, foreground), names.get(background, background)
    assert contrast(fg, bg) >= AA_TEXT, f"{foreground} on {background}: {contrast(fg, bg):.2f}:1"
