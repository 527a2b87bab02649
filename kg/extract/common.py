"""Small helpers shared by the extractors: phrase matching on token boundaries (from kg.nlp.phrases), mentions,
negation, quotes, dates."""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.lang import tables
from kg.model import Doc, Mention, Span
from kg.nlp.phrases import find_phrases, joined  # (re-exported: the extractors' helpers in one place)

__all__ = ["find_phrases", "joined", "span_mention", "entity_index", "has_negator", "blocked", "find_date",
           "resolve_date", "OPEN_Q", "CLOSE_Q", "quote_spans"]

OPEN_Q = "“«\"„‘'"
DASHES = "—–-"  # the dashes that set off a dateline, a signature or a chain of posts
CLOSE_Q = "”»\"’'"


def entity_index(doc: Doc) -> dict[int, Span]:
    """token index -> the entity span covering it."""
    out = {}
    for e in doc.entities:
        for k in range(e.start, e.end):
            out[k] = e
    return out


def span_mention(doc: Doc, span: Span, type_: str | None = None, kind: str = "name") -> Mention:
    return Mention(span.text, span.char_start, span.char_end, type_ or span.label, kind, span.kb)


def has_negator(doc: Doc, a: int, b: int) -> bool:
    neg = tables(doc.article.lang).negators
    return any(doc.tokens[k].text.lower() in neg or doc.tokens[k].lemma.lower() in neg for k in range(max(a, 0), b))


def blocked(doc: Doc, s, end: int, blockers) -> bool:
    """Do the words after a cue ending at token ``end`` make it another word (``[speech] cue_blockers``:
    "condamné à …", "trả lời phỏng vấn", "un échange de prisonniers")?"""
    most = max((len(b.split()) for b in blockers), default=0)  # ("declared a state of emergency": four words)
    return bool(blockers) and any(" ".join(t.text.lower() for t in doc.tokens[end:min(end + n, s.tok_end)])
                                  in blockers for n in range(1, most + 1))


def quote_spans(text: str, single: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation in ``text`` (typographic quotes, or straight pairs); with
    ``single``, single quotation marks too (in a language with no apostrophes: "'Không để vốn nằm chờ' - X nói")."""
    out, stack = [], []
    pairs = {"“": "”", "«": "»", "„": "“", **({"‘": "’"} if single else {})}
    i = 0
    straight = None
    marks, closers = ("\"'", "”»’") if single else ('"', "”»")
    for i, ch in enumerate(text):
        if ch in pairs:
            stack.append((ch, i))
        elif ch in closers and stack:
            _, st = stack.pop()
            if not stack:
                out.append((st + 1, i))
        elif ch in marks:
            if straight is None:
                straight = i
            else:
                out.append((straight + 1, i))
                straight = None
    return out


def _iso(y: int, m: int, d: int | None) -> str | None:
    try:
        return date(y, m, d).isoformat() if d else f"{y:04d}-{m:02d}"
    except ValueError:
        return None


def resolve_date(day: int | None, month: int, year: int | None, published: str | None) -> str | None:
    """An ISO date; a missing year comes from the publication date (the year before if that puts it after)."""
    if year is None:
        if not published:
            return None
        py, pm = int(published[:4]), int(published[5:7])
        year = py - 1 if month > pm + 1 else py
    return _iso(year, month, day)


def find_date(text: str, lang: str, published: str | None, events_only: bool = False) -> str | None:
    """The first date expression in ``text`` normalised to ISO, using the publication date for what is missing.

    With ``events_only``, only a date that opens the text or follows an event marker ("ngày", "le", "on") counts:
    "hội nghị thượng đỉnh tháng 9/2023" names a summit's date, not the date of what the sentence reports."""
    t = tables(lang).dates
    markers = {w.lower() for w in t.get("event_markers", [])}
    months = t.get("months", {})
    best: tuple[int, str] | None = None
    for key in ("day_month", "day_month_name", "month_year"):
        pat = t.get(key)
        if not pat:
            continue
        for m in re.finditer(pat, text):
            g = m.groupdict()
            mon = g.get("month") or g.get("month2")
            if mon is None:
                continue
            mon = int(mon) if mon.isdigit() else months.get(mon.lower())
            day = g.get("day") or g.get("day2")
            day = 1 if day in t.get("first_day", ()) else (int(day) if day else None)
            if not mon or not 1 <= mon <= 12:
                continue
            if events_only:
                before = re.findall(r"[\w']+", text[:m.start()].lower())
                inside = m.group(0).split()
                if before and before[-1] not in markers and inside[0].lower() not in markers and len(before) > 2:
                    continue
            iso = resolve_date(day, mon, int(g["year"]) if g.get("year") else None, published)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
    if best:
        return best[1]
    if published and len(published) >= 10:
        low = text.lower()
        for word, delta in t.get("relative", {}).items():
            if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low):
                return (date.fromisoformat(published[:10]) + timedelta(days=int(delta))).isoformat()
        # a bare weekday ("on Monday", "lundi", "hôm thứ Hai"): the last such day on or before publication
        m = re.search(t["weekday"], text) if t.get("weekday") else None
        if m:
            wd = t.get("weekdays", {}).get(re.sub(r"\s+", " ", m.group("weekday").lower()))
            if wd is not None:
                pub = date.fromisoformat(published[:10])
                return (pub - timedelta(days=(pub.weekday() - int(wd)) % 7)).isoformat()
    return None
