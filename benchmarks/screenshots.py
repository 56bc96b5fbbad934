"""Screenshots of every dashboard page at 1440 px (laptop) and 390 px (phone), for the README and for review.

Usage: counterclaim serve --db news.db &   then
       .venv/bin/python benchmarks/screenshots.py [--base-url http://127.0.0.1:8765] [--out docs/screenshots]
Needs Debian's chromium (apt-get install chromium) and Playwright (the test extra). Writes PAGE-WIDTH.png.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

# (file name, path) of the pages shown; the ledger filtered to one conflict is what a researcher opens first.
PAGES: tuple[tuple[str, str], ...] = (
    ("ledger", "/?conflict=nagorno-karabakh-2020&type=casualty#conflict-1"),
    ("ledger-all", "/"),
    ("ledger-ukraine", "/?conflict=russia-ukraine-2022&type=casualty#conflict-1"),
    ("claims", "/claims?side=AZE&type=casualty"),
    ("timeline", "/timeline?type=casualty"),
    ("map", "/map"),
    ("documents", "/documents"),
    ("claim", "/claims/1"),
)
WIDTHS: dict[str, tuple[int, int]] = {"1440": (1440, 900), "390": (390, 844)}
CHROMIUM = os.environ.get("COUNTERCLAIM_CHROMIUM", "/usr/bin/chromium")


def take(base_url: str, out: Path, full_page: bool) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for label, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            for name, path in PAGES:
                page.goto(base_url + path)
                page.wait_for_load_state("networkidle")
                target = out / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=full_page)
                written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8765")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--full-page", action="store_true", help="the whole page, not the first screen")
    args = parser.parse_args()
    for path in take(args.base_url.rstrip("/"), args.out, args.full_page):
        print(path)


if __name__ == "__main__":
    main()
