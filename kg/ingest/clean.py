"""Remove page furniture and pick up the metadata a plain-text article carries, driven by per-language tables.

>>> text, meta = clean_text("Tin liên quan |\\nÔng Peskov nói.\\n(Theo RFI Việt ngữ)", "vi")
>>> text
'Ông Peskov nói.'
>>> meta["source"]
'RFI Việt ngữ'
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from kg.lang import tables

__all__ = ["clean_text", "find_metadata", "normalise_whitespace"]

_URL = re.compile(r"https?://[^\s)\]]+")
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_TITLE_MAX = 160
_SENTENCE_ENDS = (".", "!", "?", "…", "”", '"', "»")  # a line ending otherwise is a headline
BULLETS = ("-", "–", "•", "*", "·", "▪")  # (also what a box of key points is bulleted with: kg.extract.discourse)
_SPACES = re.compile("[\n\t\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # \n, \t and category Zs


def normalise_whitespace(text: str) -> str:
    """NFC, unify line ends, drop zero-width and control characters, collapse runs of blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not _SPACES.sub("", text).isprintable():  # (most texts have no control or format character: skip the scan)
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    lines = [re.sub(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(lines)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_metadata(raw: str, lang: str) -> dict:
    """Source outlet, URL and publication date found in the raw text (before furniture removal)."""
    t = tables(lang)
    meta: dict = {}
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    for ln in lines:
        for pat in t.meta_source:
            m = pat.search(ln)
            if not m:
                continue
            g = m.groupdict()
            if g.get("source") and "source" not in meta:
                meta["source"] = g["source"].strip()
            if g.get("url") and "url" not in meta:
                meta["url"] = g["url"].strip()
    for ln in lines[:8]:
        for pat in t.meta_dateline:
            m = pat.search(ln)
            if m and "published" not in meta:
                g = m.groupdict()
                month = int(g["month"]) if g.get("month") else _month_number(g.get("monthname"), lang)
                iso = _iso(int(g["year"]), month, int(g["day"])) if month else None
                if iso:
                    meta["published"] = iso
    if "url" not in meta:
        m = _URL.search(raw)
        if m:
            meta["url"] = m.group(0).rstrip(".,;")
    if "published" not in meta:
        # No dateline: news text dates events on or before publication, so the latest full date it mentions
        # (captions included) is the best estimate. Marked as inferred.
        found = [_iso(int(y), int(mo), int(d)) for d, mo, y in _FULL_DATE.findall(raw)]
        found = [f for f in found if f]
        if found:
            meta["published"] = max(found)
            meta["published_inferred"] = True
    return meta


def _month_number(name: str | None, lang: str) -> int | None:
    """A month's number from its name, or from an abbreviation of at least three letters ("Oct.", "sept")."""
    if not name:
        return None
    months = tables(lang).dates.get("months", {})
    name = name.lower().rstrip(".")
    if name in months:
        return months[name]
    found = {n for m, n in months.items() if len(name) >= 3 and m.startswith(name)}
    return found.pop() if len(found) == 1 else None


def _is_furniture(line: str, lang: str) -> bool:
    return any(p.fullmatch(line) for p in tables(lang).furniture_lines)


def clean_text(raw: str, lang: str) -> tuple[str, dict]:
    """Return (clean text, metadata). Furniture lines are dropped; paragraphs are kept one per line."""
    raw = normalise_whitespace(raw)
    meta = find_metadata(raw, lang)
    t = tables(lang)
    kept = []
    in_box = False  # after a line that opens a box of related articles, until a line that is not a headline
    for line in raw.split("\n"):
        line = line.strip()
        if in_box and line and not line.startswith(BULLETS) and (len(line) > _TITLE_MAX or
                                                                 line.endswith(_SENTENCE_ENDS)):
            in_box = False  # (a bulleted line stays in the box: '- Tehran says deal "no longer relevant"')
        if any(p.fullmatch(line) for p in t.related_boxes):
            in_box = True
            continue
        if not line or in_box or _is_furniture(line, lang):
            continue
        for pat in t.furniture_inline:
            line = pat.sub(" ", line)
        line = re.sub(r" {2,}", " ", line).strip()
        if line and not _is_furniture(line, lang):
            kept.append(line)
    # A caption repeated word for word is furniture too: keep the first copy only.
    seen, unique = set(), []
    for line in kept:
        if line in seen and len(line) > 40:
            continue
        seen.add(line)
        unique.append(line)
    if unique and "title" not in meta:
        first = unique[0]
        if len(first) <= _TITLE_MAX and not first.endswith(_SENTENCE_ENDS):
            meta["title"] = first
    return "\n".join(unique), meta
