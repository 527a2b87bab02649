"""The README's picture of the HTML view: the seed build opened in headless Chromium at 1400×900, once its layout
has settled, saved as docs/graph.png.

    python bench/screenshot.py [--build out/] [--out docs/graph.png] [--entity IRI]

Builds data/articles into a temporary folder unless --build names an existing build. Needs Chromium on PATH
(Debian: apt-get install chromium) and the test extra (playwright).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", help="an existing build folder (default: build data/articles now)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "graph.png"))
    ap.add_argument("--entity", help="open the reading panel of this entity IRI in the picture")
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no chromium on PATH (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    build_dir = Path(args.build) if args.build else Path(tempfile.mkdtemp()) / "out"
    if not args.build:
        from kg.config import Config
        from kg.pipeline import build

        build([ROOT / "data" / "articles"], build_dir, Config())
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        url = (build_dir / "graph.html").as_uri() + (f"#entity={args.entity}" if args.entity else "")
        page.goto(url)
        page.wait_for_function("typeof network !== 'undefined' && window.kgView !== undefined")
        page.wait_for_timeout(6000)  # the physics stops once stable (kg.viz); give it the time it needs
        page.screenshot(path=args.out)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
