"""Build the backend-neutral :class:`kg.model.Doc` from what a backend produced, and tidy it in one place.

Backends hand over plain word records per sentence; this module turns them into Tokens with document-wide
indexes, merges sentences that a splitter cut inside a quotation, cleans entity spans and adds proper-noun spans
the backend's NER missed. Nothing here imports a backend library.

>>> words = [[WordRec("Peskov", 0, 6, "PROPN", "Peskov", 1, "nsubj"), WordRec("nói", 7, 10, "VERB", "nói", 0, "root")]]
>>> doc = build_doc(Article("a", "Peskov nói.", "vi"), words, [(0, 6, "PER")], "hand")
>>> [(e.text, e.label) for e in doc.entities]
[('Peskov', 'PER')]
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from kg.model import Article, Doc, Sentence, Span, Token

__all__ = ["WordRec", "Annotation", "build_doc", "doc_from_annotation", "align_words", "ENTITY_LABELS"]

ENTITY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "MISC": "MISC",
                 "NORP": "MISC", "FAC": "LOC", "EVENT": "MISC"}
OPEN_QUOTES = "“«\"„"
CLOSE_QUOTES = "”»\""
MAX_QUOTE_SENTENCES = 8


@dataclass(frozen=True)
class WordRec:
    text: str
    start: int
    end: int
    upos: str
    lemma: str
    head: int  # 1-based within the sentence, 0 = root, -1 = no parse
    deprel: str


@dataclass(frozen=True)
class Annotation:
    """What a backend produced for one text, before any tidying: the unit the NLP cache stores.

    Everything rule-like (quote merging, entity-span cleaning, gazetteer) happens after, in :func:`build_doc` and
    kg.nlp.entities, so changing those rules never invalidates cached annotations."""

    sentences: list[list[WordRec]]
    ents: list[tuple[int, int, str]]  # (char_start, char_end, label) from the backend's NER
    backend: str
    has_parse: bool = True

    def to_json(self) -> dict:
        return {"backend": self.backend, "has_parse": self.has_parse, "ents": [list(e) for e in self.ents],
                "sentences": [[[w.text, w.start, w.end, w.upos, w.lemma, w.head, w.deprel] for w in s]
                              for s in self.sentences]}

    @classmethod
    def from_json(cls, d: dict) -> "Annotation":
        """The annotation :meth:`to_json` wrote; ValueError for anything else (a damaged or edited cache entry),
        so a bad entry is annotated again instead of failing its article.

        >>> Annotation.from_json({"backend": "x", "has_parse": False, "ents": [[1]], "sentences": []})
        Traceback (most recent call last):
        ...
        ValueError: not a cached annotation: an entity is not [start, end, label]
        """
        if not isinstance(d, dict) or not isinstance(d.get("sentences"), list) or not isinstance(d.get("ents"), list):
            raise ValueError("not a cached annotation: no sentences or entities")
        if not isinstance(d.get("backend"), str) or not isinstance(d.get("has_parse"), bool):
            raise ValueError("not a cached annotation: no backend")
        sentences = []
        for s in d["sentences"]:
            if not isinstance(s, list) or not all(_is_word(w) for w in s):
                raise ValueError("not a cached annotation: a word is not [text, start, end, upos, lemma, head, deprel]")
            sentences.append([WordRec(*w) for w in s])
        if not all(isinstance(e, list) and len(e) == 3 and _is_int(e[0]) and _is_int(e[1]) and e[0] <= e[1]
                   and isinstance(e[2], str) for e in d["ents"]):
            raise ValueError("not a cached annotation: an entity is not [start, end, label]")
        return cls(sentences, [tuple(e) for e in d["ents"]], d["backend"], d["has_parse"])


def _is_int(x) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_word(w) -> bool:
    return (isinstance(w, list) and len(w) == 7 and isinstance(w[0], str) and _is_int(w[1]) and _is_int(w[2])
            and 0 <= w[1] <= w[2] and isinstance(w[3], str) and isinstance(w[4], str) and _is_int(w[5])
            and isinstance(w[6], str))


def doc_from_annotation(article: Article, ann: Annotation) -> Doc:
    return build_doc(article, ann.sentences, ann.ents, ann.backend, has_parse=ann.has_parse)


def align_words(text: str, words: list[str], offset: int = 0) -> list[tuple[int, int]]:
    """Character offsets of each word in ``text`` searched in order from ``offset``.

    Words may spell spaces as ``_`` (Vietnamese segmenters) or differ in spacing; a word that cannot be found is
    given an empty span at the current position so the rest still aligns.

    >>> align_words("Triều Tiên nói.", ["Triều_Tiên", "nói", "."])
    [(0, 10), (11, 14), (14, 15)]
    """
    spans, pos = [], offset
    for w in words:
        parts = [re.escape(p) for p in re.split(r"[\s_]+", w) if p]
        if not parts:
            spans.append((pos, pos))
            continue
        m = re.compile(r"\s*".join(parts)).search(text, pos)
        if m is None or m.start() - pos > 200:
            spans.append((pos, pos))
            continue
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans


def _split_at_paragraphs(sents: list[list[WordRec]], text: str) -> list[list[WordRec]]:
    """A sentence never spans a paragraph break (some parsers ignore newlines); heads across the cut are dropped."""
    out = []
    for sent in sents:
        cuts = [k for k in range(1, len(sent)) if "\n" in text[sent[k - 1].end:sent[k].start]]
        if not cuts:
            out.append(sent)
            continue
        bounds = [0, *cuts, len(sent)]
        for a, b in zip(bounds, bounds[1:]):
            part = []
            for w in sent[a:b]:
                head = w.head - a if a < w.head <= b else (0 if w.head == 0 else -1)
                part.append(WordRec(w.text, w.start, w.end, w.upos, w.lemma, head, w.deprel))
            out.append(part)
    return out


def _quote_balance(text: str) -> int:
    """Open minus closed quotation marks (typographic ones, and straight double quotes in pairs)."""
    opens = sum(text.count(q) for q in "“«„")
    closes = sum(text.count(q) for q in "”»")
    straight = text.count('"') % 2
    return opens - closes + straight


def _merge_quote_splits(sents: list[list[WordRec]], text: str) -> list[list[WordRec]]:
    """Join sentences while a quotation opened in one is still open, so a quote is one unit.

    A closing quote that a splitter put at the start of the next sentence is moved back to the quote's sentence
    (not a mark that opens the next paragraph: '… about this.' / '"If Moscow …," he said.').
    """
    sents = [list(s) for s in sents]
    out: list[list[WordRec]] = []
    i = 0
    while i < len(sents):
        cur = sents[i]
        j = i
        while cur and _quote_balance(text[cur[0].start : cur[-1].end]) > 0 and j + 1 < len(sents):
            nxt = sents[j + 1]
            if nxt and nxt[0].text in CLOSE_QUOTES and "\n" not in text[cur[-1].end:nxt[0].start]:
                q = nxt[0]  # (not across a paragraph: a quotation that goes on opens its next paragraph again)
                cur = cur + [WordRec(q.text, q.start, q.end, "PUNCT", q.text, -1, "punct")]
                sents[j + 1] = [WordRec(w.text, w.start, w.end, w.upos, w.lemma,
                                        w.head - 1 if w.head > 1 else (-1 if w.head == 1 else w.head), w.deprel)
                                for w in nxt[1:]]
                break
            if j - i >= MAX_QUOTE_SENTENCES or not nxt or "\n" in text[cur[-1].end:nxt[0].start]:
                break
            shift = len(cur)
            cur = cur + [WordRec(w.text, w.start, w.end, w.upos, w.lemma, w.head + shift if w.head > 0 else w.head,
                                 w.deprel) for w in nxt]
            j += 1
        out.append(cur)
        i = j + 1
    return [s for s in out if s]


def _merge_continuations(sents: list[list[WordRec]], text: str) -> list[list[WordRec]]:
    """Join a "sentence" that a splitter started at a comma or, after a closing quote, in lower case
    ("« … »" | ", a déclaré M. X") to the one before it, when no line break separates them."""
    out: list[list[WordRec]] = []
    for sent in sents:
        if out and sent and "\n" not in text[out[-1][-1].end:sent[0].start]:
            first, last = sent[0].text, out[-1][-1].text
            # a line goes on past a word with no punctuation after it: "… ministre pakistanais Shehbaz" | "Sharif a
            # dénoncé …", "Le Premier ministre belge" | "Bart" | "De Wever a averti …"
            # "Nasser Bourita" | "a salué …": a sentence never opens in lower case after one with no punctuation
            cut_after_a_word = last[-1:].isalnum() and first[:1].isalpha()
            if first in (",", ";") or (last in CLOSE_QUOTES and first[:1].islower()) or cut_after_a_word:
                shift = len(out[-1])
                out[-1] = out[-1] + [WordRec(w.text, w.start, w.end, w.upos, w.lemma,
                                             w.head + shift if w.head > 0 else w.head, w.deprel) for w in sent]
                continue
        out.append(sent)
    return out


def _is_name_token(tok: Token, text: str) -> bool:
    """Names start and end on a proper noun (titles such as "Bộ trưởng" are capitalised nouns, not names)."""
    return tok.upos == "PROPN"


OPENERS = frozenset("«“„\"'([-–—")  # marks that open what follows: a fragment of them joins the next sentence


def _fragment(words: list[WordRec]) -> bool:
    """A "sentence" a parser cut off that is no sentence: a one-letter label or a dash ("R", "-" of "R - Nous
    allons …"), or punctuation alone."""
    return len(words) <= 2 and all(len(w.text) == 1 and (w.text.isupper() or not w.text.isalnum()) for w in words)


def _merge_fragments(sents: list[list[WordRec]], text: str) -> list[list[WordRec]]:
    """Fragments put back: punctuation alone joins the sentence before it on the same line ("Bonjour" "."), a
    one-letter label, a dash or an opening mark joins the sentence after it on the same line ("Q", "-", "Claire
    Vautrin, bonjour.", "«"), and so does a sentence cut after a comma."""
    out: list[list[WordRec]] = []
    for words in sents:
        if out and _fragment(words) and not any(w.text.isalnum() or w.text in OPENERS for w in words) and \
                "\n" not in text[out[-1][-1].end:words[0].start]:
            n = len(out[-1])
            out[-1] = out[-1] + [dataclasses.replace(w, head=w.head + n if w.head > 0 else w.head) for w in words]
            continue
        if out and (_fragment(out[-1]) or out[-1][-1].text == ",") and \
                "\n" not in text[out[-1][-1].end:words[0].start]:  # (a cut after a comma: "Le ministre, X," "a reçu")
            n = len(out[-1])
            words = out.pop() + [dataclasses.replace(w, head=w.head + n if w.head > 0 else w.head) for w in words]
        out.append(words)
    return out


def build_doc(article: Article, sentences: list[list[WordRec]], ents: list[tuple[int, int, str]], backend: str,
              has_parse: bool = True, merge_quotes: bool = True) -> Doc:
    """Assemble a Doc; ``ents`` are (char_start, char_end, label) from the backend's NER."""
    text = article.text
    sentences = _merge_fragments(_split_at_paragraphs([s for s in sentences if s], text), text)
    if merge_quotes:
        sentences = _merge_quote_splits(sentences, text)
        sentences = _merge_continuations(sentences, text)
    tokens: list[Token] = []
    sents: list[Sentence] = []
    endings = _verb_endings(article.lang)
    auxes = _perfect_auxiliaries(article.lang)
    for si, words in enumerate(sentences):
        base = len(tokens)
        for k, w in enumerate(words):
            head = base + w.head - 1 if w.head > 0 else -1
            w = _participle_after_auxiliary(words, k, auxes)
            lemma = _infinitive(w, endings) if endings else w.lemma or w.text
            tokens.append(Token(base + k, w.text, w.start, w.end, w.upos, lemma, head, w.deprel, si))
        sents.append(Sentence(si, words[0].start, words[-1].end, base, len(tokens)))
    spans = _entity_spans(tokens, text, ents, _particles(article.lang))
    return Doc(article, tuple(tokens), tuple(sents), tuple(spans), backend, has_parse)




def _verb_endings(lang: str) -> tuple[tuple[str, str], ...]:
    from kg.lang import SUPPORTED_LANGS, tables

    return tables(lang).verb_endings if lang in SUPPORTED_LANGS else ()


def _perfect_auxiliaries(lang: str) -> frozenset[str]:
    from kg.lang import SUPPORTED_LANGS, tables

    return tables(lang).perfect_auxiliaries if lang in SUPPORTED_LANGS else frozenset()


def _participle_after_auxiliary(words: list[WordRec], k: int, auxes: frozenset[str]) -> WordRec:
    """Word ``k``, a verb when the tagger took a participle for an adjective right after a perfect auxiliary
    (``[nlp] perfect_auxiliaries``), past a subject pronoun glued to it ("a-t-il martelé")."""
    w = words[k]
    if w.upos != "ADJ" or not auxes:
        return w
    j = k - 1
    while j >= 0 and words[j].text.startswith("-"):
        j -= 1
    if j < 0 or words[j].upos != "AUX" or (words[j].lemma or "").lower() not in auxes:
        return w
    return WordRec(w.text, w.start, w.end, "VERB", w.lemma, w.head, w.deprel)


def _infinitive(w: WordRec, endings: tuple[tuple[str, str], ...]) -> str:
    """The lemma of a verb the backend's lemmatiser left as it was written ("conteste" -> "contester"), from the
    language's regular endings (``[nlp] verb_endings``, longest first); any other word keeps its lemma."""
    lemma = w.lemma or w.text
    low = w.text.lower()
    if w.upos != "VERB" or lemma.lower() != low or len(low) < 5 or not low.isalpha():
        return lemma
    for ending, infinitive in endings:
        if low.endswith(ending):
            return low[:len(low) - len(ending)] + infinitive
    return lemma


def _particles(lang: str) -> frozenset[str]:
    from kg.lang import SUPPORTED_LANGS, tables

    return tables(lang).name_particles if lang in SUPPORTED_LANGS else frozenset()


def _capitalised_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()


def _entity_spans(tokens: list[Token], text: str, ents: list[tuple[int, int, str]],
                  particles: frozenset[str] = frozenset()) -> list[Span]:
    """Entity spans over the tokens: the backend's entities, then each run of proper nouns none of them took (of
    unknown type); ``particles``: name particles of the language ("bin", "ould")."""
    by_start = {t.start: t.i for t in tokens}
    by_end = {t.end: t.i for t in tokens}
    taken = [False] * len(tokens)
    spans: list[Span] = []
    for cs, ce, label in sorted(ents):
        a = by_start.get(cs)
        b = by_end.get(ce)
        if a is not None and b is not None:
            _add_span(tokens, text, taken, spans, a, b + 1, ENTITY_LABELS.get(label.upper(), "MISC"), particles)
    # proper nouns the NER missed: each run of PROPN tokens is a candidate of unknown type
    k = 0
    while k < len(tokens):
        if tokens[k].upos == "PROPN" and not taken[k]:
            j = k
            while j + 1 < len(tokens) and tokens[j + 1].upos == "PROPN" and not taken[j + 1] and \
                    tokens[j + 1].sent == tokens[k].sent and tokens[j + 1].start - tokens[j].end <= 1:
                j += 1
            _add_span(tokens, text, taken, spans, k, j + 1, "MISC", particles)
            k = j + 1
        else:
            k += 1
    spans = _opening_first_names(tokens, text, spans)
    spans.sort(key=lambda s: s.start)
    return spans


def _opening_first_names(tokens: list[Token], text: str, spans: list[Span]) -> list[Span]:
    """ "Nasser/VERB Bourita a salué …" opening a sentence: a capitalised first word the tagger took for a verb or an
    adjective, before a person's name, is its first name when the article names that person in full elsewhere."""
    full = {e.text for e in spans if e.label == "PER" and " " in e.text}
    out = []
    for e in spans:
        a = e.start - 1
        if e.label == "PER" and a >= 0 and (a == 0 or tokens[a - 1].sent != tokens[a].sent) and \
                tokens[a].upos in ("VERB", "ADJ", "X", "NOUN") and tokens[a].sent == tokens[e.start].sent and \
                f"{tokens[a].text} {e.text}" in full:
            e = Span(a, e.end, "PER", tokens[a].start, e.char_end, text[tokens[a].start:e.char_end])
        out.append(e)
    return out


def _add_span(tokens: list[Token], text: str, taken: list[bool], spans: list[Span], a: int, b: int, label: str,
              particles: frozenset[str]) -> None:
    """Add the span of tokens [a, b), trimmed to name tokens and, for a person, extended over a first name before
    it; nothing when it is empty, crosses a sentence or overlaps a span already taken."""
    # trim tokens that cannot start or end a name (titles, "ngày", punctuation) from both ends
    while a < b and not _is_name_token(tokens[a], text):
        a += 1
    while b > a and not _is_name_token(tokens[b - 1], text) and tokens[b - 1].text not in ")":
        b -= 1
    if a >= b or any(taken[a:b]) or any(tokens[k].sent != tokens[a].sent for k in range(a, b)):
        return
    if not any(c.isupper() for c in text[tokens[a].start:tokens[b - 1].end]):
        return  # a name has a capital: not "couperet", not a date the NER typed
    if label == "PER":
        a = _first_name_before(tokens, taken, a, particles)
    for k in range(a, b):
        taken[k] = True
    spans.append(Span(a, b, label, tokens[a].start, tokens[b - 1].end, text[tokens[a].start:tokens[b - 1].end]))


def _first_name_before(tokens: list[Token], taken: list[bool], a: int, particles: frozenset[str]) -> int:
    """Where a person's name starting at token ``a`` really starts: a name particle and the first name before it
    ("Nasser al-Khelaïfi", "Mohammed ben Salmane"), whatever their tags (the particle glued to the surname by a
    hyphen or alone between two capitalised words); a first name the tagger took for a verb or adjective
    ("Nasser/VERB Bourita"), capitalised, not the first word of its sentence."""
    while a >= 2 and not taken[a - 1] and not taken[a - 2]:
        p, f = tokens[a - 1], tokens[a - 2]
        glued = tokens[a].text.startswith("-") and p.end == tokens[a].start
        if p.text.lower() in particles and (glued or tokens[a].start - p.end == 1) and \
                f.sent == tokens[a].sent and _capitalised_word(f.text) and p.start - f.end == 1:
            a -= 2
        else:
            break
    # (a capitalised noun there is a title, not a name)
    while a > 0 and not taken[a - 1] and tokens[a - 1].sent == tokens[a].sent and \
            tokens[a - 1].upos in ("VERB", "ADJ", "X") and _capitalised_word(tokens[a - 1].text) and \
            tokens[a].start - tokens[a - 1].end == 1 and a - 1 > 0 and tokens[a - 2].sent == tokens[a].sent:
        a -= 1
    return a
