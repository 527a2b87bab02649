"""Ingest: article files (.txt, .html, .jsonl) -> :class:`kg.model.Article` records with clean text and metadata.

Readers are registered by file extension; :func:`read_articles` walks files and folders and yields an Article or
an :class:`kg.errors.InputError` for each article, so one bad file never stops the batch.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> text = "Le porte-parole du Kremlin a déclaré que la coopération continuerait."
>>> _ = (d / "a1.txt").write_text(text, encoding="utf-8")
>>> [(a.id, a.lang) for a in read_articles([d])]
[('a1', 'fr')]
"""
from __future__ import annotations

import json
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kg.errors import InputError, UnknownNameError, UnsupportedLanguageError
from kg.ingest.clean import clean_text, normalise_whitespace
from kg.lang import SUPPORTED_LANGS
from kg.model import Article
from kg.outdir import MARKER as OUTPUT_MARKER  # the file that marks a kg output folder

__all__ = ["read_articles", "read_file", "detect_language", "READERS", "register_reader", "article_from_text",
           "normalise_published", "check_metadata", "split_front_matter"]

log = logging.getLogger(__name__)

Reader = Callable[[Path], Iterator["Article | InputError"]]
READERS: dict[str, Reader] = {}
MIN_TEXT_CHARS = 20
MAX_TEXT_CHARS = 1_000_000  # longer is not one news article (and would take minutes of NLP)


def register_reader(*extensions: str):
    """Register a reader function for file extensions (with the dot)."""

    def deco(fn: Reader) -> Reader:
        for ext in extensions:
            READERS[ext] = fn
        return fn

    return deco


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language (py3langid over all its languages, so unsupported ones show)."""
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    return lang


# Legacy code pages of the supported languages, and the languages whose text they carry. A file that is not UTF-8
# is decoded with the first one under which its text is detected as one of those languages.
def legacy_encodings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(code page, the languages whose files may be in it), from each language's ``legacy_encodings``, in the
    order the languages list them (vi: cp1258; fr, en: cp1252, then latin-1)."""
    from kg.lang import tables

    by_enc: dict[str, list[str]] = {}
    for lang in SUPPORTED_LANGS:
        for enc in tables(lang).legacy_encodings:
            by_enc.setdefault(enc, []).append(lang)
    return tuple((enc, tuple(langs)) for enc, langs in by_enc.items())


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(path, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-16 (it starts with a UTF-16 byte-order mark): {exc.reason} at "
                                   f"byte {exc.start}; the file may be truncated, re-encode it as UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc
    for enc, langs in legacy_encodings():
        try:
            text = unicodedata.normalize("NFC", data.decode(enc))
        except UnicodeDecodeError:
            continue
        if detect_language(text) in langs:
            log.warning("%s: not UTF-8; read as %s", path, enc)
            return text
    line = data[: bad.start].count(b"\n") + 1
    raise InputError(path, f"not valid UTF-8 (byte 0x{data[bad.start]:02x} at offset {bad.start}) and not "
                           "Vietnamese/French/English in a legacy code page; re-encode the file as UTF-8", line=line)


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?)?")
META_FIELDS = ("url", "title", "published", "source")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_published(value: str) -> str | None:
    """An ISO 8601 date (``2024-10-21``), month (``2024-10``) or timestamp (``2024-10-21T10:00:00Z``, with any
    offset) as ``YYYY-MM-DD`` or ``YYYY-MM``: the date as the publisher wrote it, the time dropped. None when it
    is none of those, or no real date.

    >>> normalise_published("2024-10-21T10:00:00Z"), normalise_published("2024-10"), normalise_published("2024-02-30")
    ('2024-10-21', '2024-10', None)
    """
    m = _ISO_DATE.fullmatch(value.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if m.group(3) else f"{year:04d}-{month:02d}"


def check_metadata(meta: dict) -> tuple[dict, list[str]]:
    """The optional metadata fields (url, title, published, source, lang) that can be used, and a problem per field
    that cannot: a field of the wrong type, a date that is no ISO date, text that is not valid Unicode. A bad
    field is dropped; the article is kept.

    >>> check_metadata({"title": ["x"], "published": 20241021, "url": "https://a.example/1"})
    ({'url': 'https://a.example/1'}, ["field 'title' ignored: expected a string, got a list", \
"field 'published' ignored: expected an ISO date string (2024-10-21), got an int"])
    """
    clean, problems = {}, []
    expected_of = {"published": "an ISO date string (2024-10-21)", "lang": "a language code string"}
    for key in (*META_FIELDS, "lang"):
        value = meta.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            expected = expected_of.get(key, "a string")
            problems.append(f"field {key!r} ignored: expected {expected}, got {_type_name(value)}")
        elif _SURROGATE.search(value):
            problems.append(f"field {key!r} ignored: not valid Unicode (a lone surrogate)")
        elif key == "published":
            iso = normalise_published(value)
            if iso is None:
                problems.append(f"field 'published' ignored: {value[:40]!r} is not an ISO date (2024-10-21) or "
                                "timestamp (2024-10-21T10:00:00Z)")
            else:
                clean[key] = iso
        elif value.strip():
            clean[key] = value.strip()
    return clean, problems


def _type_name(value) -> str:
    name = {dict: "an object", list: "a list", bool: "a boolean", int: "an int", float: "a number"}
    return name.get(type(value), type(value).__name__)


def article_from_text(art_id: str, raw: str, path: Path | str, lang: str | None = None, line: int | None = None,
                      **meta) -> Article:
    """Clean one article's raw text, detect its language and build the Article."""
    if len(raw) > MAX_TEXT_CHARS:
        raise InputError(path, f"article too long ({len(raw):,} characters; the limit is {MAX_TEXT_CHARS:,})",
                         line=line)
    norm = normalise_whitespace(raw)
    if len(norm.strip()) < MIN_TEXT_CHARS:
        raise InputError(path, f"no article text (fewer than {MIN_TEXT_CHARS} characters)", line=line)
    lang = lang or detect_language(norm)
    if lang not in SUPPORTED_LANGS:
        raise UnsupportedLanguageError(path, lang, SUPPORTED_LANGS, line=line)
    text, found = clean_text(norm, lang)
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(path, "nothing left after removing page furniture", line=line)
    merged = {k: v for k, v in found.items() if k in META_FIELDS}
    merged.update(check_metadata(meta)[0])  # a reader that wants its bad fields reported calls check_metadata first
    return Article(id=art_id, text=text, lang=lang, path=str(path), **merged)


FRONT_MATTER_KEYS = {"title": "title", "url": "url", "published": "published", "date": "published",
                     "source": "source", "lang": "lang"}
_FENCE = re.compile(r"^---[ \t]*\r?\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.M)


def split_front_matter(raw: str, path: Path | str) -> tuple[dict, str, list[str]]:
    r"""A plain-text article's front matter, as static-site tools write it: a YAML block between ``---`` lines at the
    very top (``published: 2024-10-21``, ``url``, ``title``, ``source``, ``lang``; ``date`` is taken for
    ``published``). Returns (metadata, the text after the block, a problem per key that was ignored). Text without
    such a block is returned whole.

    >>> split_front_matter("---\npublished: 2024-10-21\nurl: https://a.example/1\n---\nLe texte.", "a.txt")
    ({'published': '2024-10-21', 'url': 'https://a.example/1'}, 'Le texte.', [])
    """
    if not _FENCE.match(raw):
        return {}, raw, []
    end = _FENCE_END.search(raw, _FENCE.match(raw).end())
    if end is None:
        raise InputError(path, "the front matter opened by '---' on the first line is never closed by a '---' line")
    import yaml

    try:
        data = yaml.safe_load(raw[_FENCE.match(raw).end():end.start()])
    except yaml.YAMLError as exc:
        raise InputError(path, f"the front matter is not valid YAML: {str(exc).splitlines()[0]}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "the front matter must be 'key: value' lines (published, url, title, source, lang)")
    meta, problems = {}, []
    for key, value in data.items():
        field = FRONT_MATTER_KEYS.get(str(key).lower())
        if field is None:
            problems.append(f"front matter key {key!r} ignored (known: {', '.join(sorted(FRONT_MATTER_KEYS))})")
            continue
        if hasattr(value, "isoformat"):  # YAML reads 2024-10-21 as a date
            value = value.isoformat()
        meta[field] = value
    return meta, raw[end.end():], problems


@register_reader(".txt", ".text")
def read_txt(path: Path) -> Iterator[Article | InputError]:
    try:
        raw = _decode(path, path.read_bytes())
        front, body, problems = split_front_matter(raw, path)
        meta, bad = check_metadata(front)
        art = article_from_text(path.stem, body, path, lang=meta.pop("lang", None), **meta)
    except InputError as exc:
        yield exc
        return
    for problem in problems + bad:  # reported, the article kept
        yield InputError(path, problem)
    yield art


@register_reader(".html", ".htm")
def read_html(path: Path) -> Iterator[Article | InputError]:
    import trafilatura

    try:
        raw = _decode(path, path.read_bytes())
        doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
        text = getattr(doc, "text", None) if doc is not None else None
        if not text:
            raise InputError(path, "no main text found in the HTML page")
        published = getattr(doc, "date", None)
        yield article_from_text(path.stem, text, path, url=getattr(doc, "url", None),
                                title=getattr(doc, "title", None), published=published,
                                source=getattr(doc, "sitename", None))
    except InputError as exc:
        yield exc


@register_reader(".jsonl")
def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    try:
        raw = _decode(path, path.read_bytes())
    except InputError as exc:
        yield exc
        return
    for n, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})", line=n)
            continue
        if not isinstance(rec, dict):
            yield InputError(path, "a line must be a JSON object", line=n)
            continue
        text, art_id = rec.get("text"), rec.get("id")
        if not isinstance(text, str) or not text.strip():
            yield InputError(path, "no 'text' field (or it is empty)", line=n)
            continue
        if isinstance(art_id, bool) or not isinstance(art_id, (str, int)) or not str(art_id).strip():
            yield InputError(path, "no 'id' field (a non-empty string or an integer)", line=n)
            continue
        art_id = str(art_id)
        if _SURROGATE.search(art_id):
            yield InputError(path, "'id' is not valid Unicode (it holds a lone surrogate such as \\ud800)", line=n)
            continue
        meta, problems = check_metadata(rec)
        lang = meta.pop("lang", None)
        if _SURROGATE.search(text):
            problems.append("'text': lone surrogates (not valid Unicode) replaced by U+FFFD")
            text = _SURROGATE.sub("\ufffd", text)
        try:
            art = article_from_text(art_id, text, path, lang=lang, line=n, **meta)
        except InputError as exc:
            yield exc
            continue
        for problem in problems:  # reported on the line, the article kept
            yield InputError(path, f"article {art_id!r}: {problem}", line=n)
        yield art


def read_file(path: Path) -> Iterator[Article | InputError]:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield InputError(path, str(UnknownNameError("file type", path.suffix or "(none)", list(READERS))))
        return
    if not os.access(path, os.R_OK):
        yield InputError(path, "file is not readable (permission denied)")
        return
    try:
        yield from reader(path)
    except OSError as exc:
        yield InputError(path, f"cannot read file: {exc.strerror or exc}")


def _files(paths: Iterable[str | os.PathLike], exclude: Iterable[Path] = ()) -> Iterator[Path | InputError]:
    skip = {Path(x).resolve() for x in exclude}
    for p in paths:
        p = Path(p)
        if p.is_dir():
            # kg's own output folders (the --out of this or another build) are not articles
            skip |= {m.parent.resolve() for m in p.rglob(OUTPUT_MARKER) if m.is_file()}
            for f in sorted(p.rglob("*")):
                if f.name.startswith(".") or f.suffix.lower() not in READERS:
                    continue
                if skip and any(d in skip for d in f.resolve().parents):
                    continue
                if f.is_file():
                    yield f
                elif f.is_dir():
                    yield InputError(f, "is a directory, not an article file")
                elif f.is_symlink():
                    yield InputError(f, "cannot read: a link to a file that does not exist")
                else:
                    yield InputError(f, "not a regular file")
        elif p.is_file():
            yield p
        elif p.is_symlink():
            yield InputError(p, "cannot read: a link to a file that does not exist")
        else:
            yield InputError(p, "no such file or directory")


def read_articles(paths: Iterable[str | os.PathLike], exclude: Iterable[str | os.PathLike] = ()
                  ) -> Iterator[Article | InputError]:
    """Yield an Article or an InputError per article found under ``paths``; duplicate ids are errors. Files under
    ``exclude`` (the build's own output folder) or under any folder kg built into are skipped."""
    seen: dict[str, str] = {}
    for f in _files(paths, [Path(x) for x in exclude]):
        if isinstance(f, InputError):
            yield f
            continue
        for item in read_file(f):
            if isinstance(item, Article):
                if item.id in seen:
                    yield InputError(f, f"duplicate article id {item.id!r} (first seen in {seen[item.id]})")
                    continue
                seen[item.id] = str(f)
            yield item
