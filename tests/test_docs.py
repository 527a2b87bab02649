"""The docs a clone has: every link inside the repository resolves, generated pages match their sources."""
import re
from pathlib import Path

from kg.reference import relations_markdown

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"(?<!\!)\[[^\]]*\]\(([^)\s]+)\)|\!\[[^\]]*\]\(([^)\s]+)\)")


def _markdown_files():
    files = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "tests").rglob("README.md"))]
    return [f for f in files if ".venv" not in f.parts]


def test_every_relative_link_resolves_inside_the_repository():
    checked, broken = 0, []
    for md in _markdown_files():
        text = re.sub(r"```.*?```", "", md.read_text(encoding="utf-8"), flags=re.S)  # code blocks hold no links
        for m in LINK.finditer(text):
            target = (m.group(1) or m.group(2)).split("#", 1)[0]
            if not target or re.match(r"[a-z][a-z0-9+.-]*:", target):
                continue  # an anchor in the same page, or a URL (http:, mailto:)
            path = (md.parent / target).resolve()
            checked += 1
            if not path.exists() or ROOT not in (path, *path.parents):
                broken.append(f"{md.relative_to(ROOT)}: {target}")
    assert not broken, broken
    assert checked > 20  # the README and docs do link to each other


def test_relation_page_is_generated_from_the_ontology_and_tables():
    page = (ROOT / "docs" / "relations.md").read_text(encoding="utf-8")
    assert page == relations_markdown(), "docs/relations.md is stale: python -m kg.reference > docs/relations.md"
    assert "| `say` | say / nói / dire |" in page and "cho biết" in page and "a déclaré" not in page
