"""Shared types of the pipeline: frozen records whose character offsets point into ``Article.text``.

The NLP backends produce a :class:`Doc` (tokens, sentences, entity spans); everything after ``kg.nlp`` sees only
these types, never a backend's own objects.

>>> art = Article(id="a1", text="Peskov said.", lang="en")
>>> toks = (Token(0, "Peskov", 0, 6, "PROPN", "Peskov", 1, "nsubj", 0),
...         Token(1, "said", 7, 11, "VERB", "say", -1, "root", 0))
>>> doc = Doc(art, toks, (Sentence(0, 0, 12, 0, 3),), (), backend="hand")
>>> doc.sentence_text(0)
'Peskov said.'
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Token",
    "Sentence",
    "Span",
    "Doc",
    "Mention",
    "Statement",
    "Entity",
    "POLARITIES",
    "MODALITIES",
]

POLARITIES = ("affirmed", "negated")
MODALITIES = ("asserted", "reported", "conditional", "possible", "planned", "considered")


@dataclass(frozen=True)
class Article:
    """One news article after ingest: clean text plus metadata."""

    id: str
    text: str
    lang: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD (or YYYY-MM)
    source: str | None = None  # outlet name, e.g. "VTC News"
    path: str | None = None


@dataclass(frozen=True)
class Token:
    """A word after multi-word expansion; offsets come from the surface token it belongs to."""

    i: int  # index in Doc.tokens
    text: str
    start: int
    end: int
    upos: str
    lemma: str
    head: int  # index in Doc.tokens, -1 for the root or when the backend gives no parse
    deprel: str
    sent: int  # index in Doc.sentences


@dataclass(frozen=True)
class Sentence:
    i: int
    start: int  # character offsets in the article text
    end: int
    tok_start: int  # token index range [tok_start, tok_end)
    tok_end: int


@dataclass(frozen=True)
class Span:
    """A named-entity span over tokens [start, end)."""

    start: int
    end: int
    label: str  # PER, ORG, GPE, LOC, MISC
    char_start: int
    char_end: int
    text: str
    kb: str | None = None  # gazetteer key when the span matched a known entity


@dataclass(frozen=True)
class Doc:
    """A backend-neutral annotated article."""

    article: Article
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    entities: tuple[Span, ...]
    backend: str
    has_parse: bool = True

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.article.text[s.start : s.end]

    def span_text(self, start_tok: int, end_tok: int) -> str:
        """Text of tokens [start_tok, end_tok) as written in the article."""
        if end_tok <= start_tok:
            return ""
        return self.article.text[self.tokens[start_tok].start : self.tokens[end_tok - 1].end]


@dataclass(frozen=True)
class Mention:
    """A reference to an entity (or a description / pronoun to be resolved) in one article."""

    text: str
    start: int  # character offsets in the article text
    end: int
    type: str  # PER, ORG, GPE, LOC, MISC
    kind: str = "name"  # name | title (a description such as "NATO Secretary-General") | pronoun
    key: str | None = None  # within-article resolution: the fuller name it refers to


@dataclass(frozen=True)
class Entity:
    """A canonical entity, shared by all its mentions across articles and languages."""

    iri: str
    label: str
    type: str
    wikidata: str | None = None
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """subject - relation - object, with polarity, modality, date and provenance."""

    article: str
    lang: str
    subject: Mention
    relation: str
    relation_text: str
    object: Mention | None  # entity object; None when the object is text
    object_text: str | None  # content span for speech / supply etc.
    sentence: int
    sent_start: int
    sent_end: int
    sentence_text: str
    polarity: str = "affirmed"
    modality: str = "asserted"
    attributed_to: Mention | None = None
    role: str | None = None
    date: str | None = None
    confidence: float = 0.5
    extractor: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())
    # the entities named inside the content (what was said), in text order: "about X" queries use them
    mentions: tuple[Mention, ...] = field(default=())
