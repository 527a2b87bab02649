"""Speech that no cue of its own introduces: quotations that go on after their attribution, quotations after a
colon, and the answers of an interview. Real pages are full of them (a speaker's second paragraph of quotes, "He
made three points:" and a quoted list, a Q&A); a sentence-by-sentence cue finder sees nothing there.

Rules (``kg.extract.RULES``):

- ``speech.carried_quote``: a sentence that is a quotation and nothing else, right after a sentence whose speaker
  is known (or one whose quotation is still open), is that speaker's: '"…," Lee said. "We should …"'.
- ``speech.colon_quote``: a quotation after a sentence that ends with a colon is said by that sentence's subject:
  'Rutte made three points: "First, …"'; so is a quotation after a colon that ends a sentence with no act of its
  own, opened by a person ('La porte-parole, X, a évoqué « différentes pistes » : « Nous … »').
- ``speech.name_colon_quote``: a sentence that is a name, a colon and a quotation, nothing else (a headline's
  'Claire Vautrin : « Nous ne reconnaîtrons jamais … »'), is that person's or body's words.
- ``speech.signed_quote``: a paragraph that is only a quotation, signed by the next paragraph (a dash and a person's
  name, as news releases set it: '"…" / - The Honourable X, Minister of …'), is that person's.
- ``speech.interview_answer``: in an interview (two or more paragraphs that are questions), the paragraphs after
  each question are the answers of the person the introduction names; the sentences of an answer that hold no
  speech act of their own make one act, and a first-person subject there ("Chúng tôi lo ngại", "Nous sommes
  préoccupés") is that person.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from kg.extract.common import CLOSE_Q, DASHES, OPEN_Q, span_mention
from kg.lang import tables
from kg.model import Doc, Mention, Span

__all__ = ["paragraphs", "interviewee_by_sentence", "carried_acts", "headline_sentences", "title_lines",
           "summary_sentences"]

TERMINAL = ".!?…»”\")"
POINT_MAX, POINTS_MAX = 120, 6  # a box of key points: up to 6 lines of up to 120 characters (or bulleted)
MIN_ANSWER_WORDS = 6  # ("Xin cảm ơn Đại sứ!", "Merci beaucoup." close an interview)


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The paragraphs of a document as ranges of sentence indexes [first, last] (a paragraph is a line)."""
    out: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(doc.sentences) + 1):
        if i == len(doc.sentences) or "\n" in doc.article.text[doc.sentences[i - 1].end:doc.sentences[i].start]:
            out.append((first, i - 1))
            first = i
    return out


def headline_sentences(doc: Doc) -> set[int]:
    """The sentences of a headline: the first line, when it ends with no closing punctuation and a body follows."""
    paras = paragraphs(doc)
    if len(paras) < 2:
        return set()
    text = _para_text(doc, paras[0])
    if not text or text[-1] in ".!?…" or len(text.split()) > 25:
        return set()
    return set(range(paras[0][0], paras[0][1] + 1))


def summary_sentences(doc: Doc) -> set[int]:
    """The sentences of a box of key points ("L'ESSENTIEL", "Key points": ``[furniture] key_points``) and the box's
    opening line: up to six lines after it, each of up to 120 characters — or, when the box's first line is
    bulleted, its bulleted lines. Like a headline, the box sums the page up."""
    from kg.ingest.clean import BULLETS

    pats = tables(doc.article.lang).key_point_boxes
    paras, out = paragraphs(doc), set()
    for p, para in enumerate(paras):
        if not any(pat.fullmatch(_para_text(doc, para)) for pat in pats):
            continue
        out.update(range(para[0], para[1] + 1))
        bulleted = p + 1 < len(paras) and _para_text(doc, paras[p + 1]).startswith(BULLETS)
        for q in paras[p + 1:p + 1 + POINTS_MAX]:
            text = _para_text(doc, q)
            if (bulleted and not text.startswith(BULLETS)) or (not bulleted and len(text) > POINT_MAX):
                break
            out.update(range(q[0], q[1] + 1))
    return out


def title_lines(doc: Doc) -> set[int]:
    """The sentences of the lines that are titles inside a page: a subhead, a "Key events" entry ("- 11:15
    Zelenskyy: talks with US team were 'constructive'"), a line of 25 words or fewer that ends with no closing
    punctuation (past a closing quote), when the page has a body of two lines or more."""
    paras = paragraphs(doc)
    if len(paras) < 3:
        return set()
    out: set[int] = set()
    for para in paras:
        text = _para_text(doc, para).rstrip("\"”»'’) \u00a0\u202f")  # ("… enfants. »": the space before the mark)
        if text and text[-1] not in ".!?…:;," and len(text.split()) <= 25:
            out.update(range(para[0], para[1] + 1))
    return out


def _para_text(doc: Doc, para: tuple[int, int]) -> str:
    return doc.article.text[doc.sentences[para[0]].start:doc.sentences[para[1]].end].strip()




def _is_question(doc: Doc, para: tuple[int, int]) -> bool:
    """A paragraph that asks: it ends with a question mark, or, in an interview set as dialogue (each turn opening
    with a dash), it trails off ("— La Slovaquie bloque encore le texte…")."""
    text = _para_text(doc, para)
    trailing = text[:1] in DASHES and text.endswith(("…", "..."))
    return (text.endswith("?") or trailing) and len(text.split()) <= 60


def _is_answer(doc: Doc, para: tuple[int, int]) -> bool:
    text = _para_text(doc, para)
    return len(text.split()) >= MIN_ANSWER_WORDS and text[-1:] in TERMINAL and not text.endswith("?")


def _names_in_third_person(doc: Doc, para: tuple[int, int], person: Span) -> bool:
    """A paragraph that names the interviewee past its opening label ("M. Barrot doit recevoir M. Grossi") is the
    journalist's narration, not the answer."""
    surname = person.text.split()[-1]
    a, b = doc.sentences[para[0]].tok_start, doc.sentences[para[1]].tok_end
    # tokens, not words: a Vietnamese name's last word may begin a longer token ("Việt" in "Việt Nam")
    return any(w == surname or w.endswith(" " + surname) for t in doc.tokens[a + 4:b]
               for w in [t.text.strip(".,;:!?»”")])  # (a name of one token: "Phạm Thu Hằng" in a caption)


def _sourced(doc: Doc, para: tuple[int, int]) -> bool:
    """A paragraph that tells where the page learned it ("…, a-t-on appris auprès du parquet": ``[speech]
    impersonal_sources``) is the journalist's narration, not the answer."""
    phrases = tables(doc.article.lang).impersonal_sources
    text = _para_text(doc, para).lower()
    return any(p in text for p in phrases)


def _interviewee(doc: Doc, before_sent: int, titled: frozenset[int]) -> Span | None:
    """The person the introduction names last before the first question (the one who answers); ``titled``: the
    starts of names a title introduces, persons whatever their NER label."""
    persons = [e for e in doc.entities if (e.label == "PER" or e.start in titled and e.label not in ("LOC", "GPE"))
               and doc.tokens[e.start].sent < before_sent]  # (not "… au Sahel" after a title: a place)
    return persons[-1] if persons else None


def _label(doc: Doc, para: tuple[int, int], starts: dict[int, Span]) -> str | None:
    """The speaker label a transcript's paragraph opens with before a colon: in capitals ("SUGIONO, INDONESIAN
    FOREIGN MINISTER: …", "BENNING: …"), a person's name as written ("Mao Ning: …"), an honorific and a name
    ("M. Tremblay : …", "Mme Roy : …") or one capitalised word with a bracket ("Journaliste (Marie Gagnon) : …"): the
    name in capitals (before any comma or bracket), else None."""
    text = _para_text(doc, para)
    if _own_line_label(text):
        return text.upper()
    first = doc.sentences[para[0]]
    e = starts.get(first.tok_start)  # (``starts``: the entity starting at each token, read once per article)
    if e is not None and e.label == "PER" and e.end < first.tok_end and doc.tokens[e.end].text == ":":
        return e.text.upper()  # "Mao Ning: …": a person's name as written, then a colon
    head, colon, _ = text[:80].partition(":")
    if not colon or not any(c.isalpha() for c in head) or len(head.split()) > 8:
        return None
    words = re.sub(r"\([^)]*\)", " ", head).split()
    if head == head.upper() or (len(words) == 1 and words[0][:1].isupper()):
        return head.split(",")[0].split("(")[0].strip().upper() or None
    if 2 <= len(words) <= 4 and words[0].lower() in tables(doc.article.lang).honorifics and words[1][:1].isupper():
        return " ".join(words[1:]).upper()
    return None


def _own_line_label(text: str) -> bool:
    """A line that is only a name in capitals, of two to four words ("LAURENCE FERRARI" above her question, as
    official interview transcripts set them): the speaker of the paragraphs below it."""
    words = text.split()
    return 2 <= len(words) <= 4 and text == text.upper() and all(w.replace("-", "").replace("'", "").isalpha()
                                                                  for w in words)


def _labelled_person(doc: Doc, name: str, titled: frozenset[int]) -> Span | None:
    """The person of the article a transcript label names: the first mention whose name, or whose surname, the
    label spells in capitals ("CLARA BENNING", "BENNING" -> Clara Benning)."""
    words = name.split()
    for e in doc.entities:
        if e.label == "PER" or e.start in titled:
            upper = e.text.upper().split()
            if upper == words or (len(words) == 1 and upper[-1:] == words):
                return e
    return None


def _transcript(doc: Doc, paras: list[tuple[int, int]], titled: frozenset[int]) -> dict[int, Span]:
    """Sentence index -> the person answering, in a transcript whose paragraphs carry speaker labels: the
    paragraphs labelled with a person who does not mostly ask (and the unlabelled answer paragraphs after them)
    are that person's; the one who asks (most of whose paragraphs hold a question) says nothing."""
    starts = {e.start: e for e in reversed(doc.entities)}
    labels = {p: name for p in range(len(paras)) for name in [_label(doc, paras[p], starts)] if name}
    people = {name: _labelled_person(doc, name, titled) for name in set(labels.values())}  # (once per name)
    voices = {p: people[name] for p, name in labels.items()}
    persons = {v.start: v for v in voices.values() if v is not None}
    if len(voices) < 3 or not persons or (len(persons) < 2 and len(set(labels.values())) < 2):
        return {}  # (a dialogue: two people, or one person and who asks him, "Journaliste : …")
    # a label on a line of its own speaks in the paragraph below it
    turns = {p: p + 1 if _own_line_label(_para_text(doc, paras[p])) else p for p in voices}
    asked, spoke = Counter(), Counter()  # per person: paragraphs holding a question, paragraphs
    for p, v in voices.items():
        if v is not None and turns[p] < len(paras):
            spoke[v.start] += 1
            asked[v.start] += "?" in _para_text(doc, paras[turns[p]])
    asking = {k for k in persons if 2 * asked[k] >= spoke[k]}
    out: dict[int, Span] = {}
    for p, person in voices.items():
        if person is None or person.start in asking:
            continue
        q = p = turns[p]
        while q < len(paras) and (q == p or (q not in voices and _is_answer(doc, paras[q]) and
                                             not _para_text(doc, paras[q]).startswith("(") and
                                             not _names_in_third_person(doc, paras[q], person))):
            for i in range(paras[q][0], paras[q][1] + 1):
                out[i] = person
            q += 1
    return out


def interviewee_by_sentence(doc: Doc, titled: frozenset[int] = frozenset()) -> dict[int, Span]:
    """Sentence index -> the person answering, for the sentences of an interview's answers (computed once per
    document by :class:`kg.extract.speech.Context`): a transcript's speaker labels, else the person the
    introduction names last before the questions."""
    paras = paragraphs(doc)
    labelled = _transcript(doc, paras, titled)
    if labelled:
        return labelled
    questions = [p for p in range(1, len(paras)) if _is_question(doc, paras[p])]
    if len(questions) < 2:
        return {}
    person = _interviewee(doc, paras[questions[0]][0], titled)
    if person is None:
        return {}
    out: dict[int, Span] = {}
    for q in questions:
        p = q + 1
        while p < len(paras) and p not in questions and _is_answer(doc, paras[p]) and \
                not _names_in_third_person(doc, paras[p], person) and not _sourced(doc, paras[p]):
            for i in range(paras[p][0], paras[p][1] + 1):
                out[i] = person
            p += 1
    return out


def _stripped(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """[a, b) without the white space, dashes and quotation marks around it."""
    text = doc.article.text
    while a < b and (text[a].isspace() or text[a] in "-–—" + OPEN_Q + CLOSE_Q):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in OPEN_Q + CLOSE_Q):
        b -= 1
    return a, b


def _whole_quote(text: str) -> bool:
    """The sentence is one quotation: it opens with a quotation mark and closes one at its end."""
    t = text.strip()
    if len(t) < 3 or t[0] not in OPEN_Q:
        return False
    tail = t.rstrip(".!?…")
    return tail[-1:] in CLOSE_Q or t[-1:] in CLOSE_Q


def _closes_open_quote(text: str) -> bool:
    """The sentence ends a quotation opened before it: it closes a quote it never opened."""
    t = text.strip()
    if not t or t[0] in OPEN_Q or t.rstrip(".!?…")[-1:] not in CLOSE_Q and t[-1:] not in CLOSE_Q:
        return False
    straight = t.count('"')
    typographic = sum(t.count(c) for c in "“«") < sum(t.count(c) for c in "”»")
    return typographic or straight % 2 == 1


def _open_at_paragraph_end(doc: Doc, i: int) -> bool:
    """Sentence ``i`` opens a quotation that is still open where its paragraph ends: the quotation goes on in the
    next paragraph, which opens it again ('"The president has been very clear about this.' / '"If Moscow …," he
    said.')."""
    t, s = doc.sentence_text(i).strip(), doc.sentences[i]
    if len(t) < 3 or t[0] not in OPEN_Q:
        return False
    unclosed = t.count('"') % 2 == 1 or sum(t.count(c) for c in "“«") > sum(t.count(c) for c in "”»")
    return unclosed and (i + 1 >= len(doc.sentences) or "\n" in doc.article.text[s.end:doc.sentences[i + 1].start])


def _colon_subject(doc: Doc, ctx, sent: int) -> Mention | None:
    """The subject of a sentence that ends with a colon ('Rutte made three points:'), if it opens with a name."""
    s = doc.sentences[sent]
    if doc.article.text[s.start:s.end].rstrip()[-1:] != ":":
        return None
    person = ctx.subject_person(sent)
    if person is not None:
        return span_mention(doc, person, "PER")
    first = next((e for e in doc.entities if e.start == s.tok_start and e.label in ("ORG", "PER")), None)
    return span_mention(doc, first) if first is not None else None


def _act(cls, doc: Doc, sent: int, a: int, b: int, speaker: Mention, conf: float, rule: str):
    s = doc.sentences[sent]
    return cls(sent, s.tok_start, s.tok_start, "say", "", speaker, doc.article.text[a:b], a, b, False, conf, rule=rule)


def _left_open(doc: Doc, act) -> bool:
    """The act's content is a quotation its sentence does not close ('… said, "I think we have learned a lot.')."""
    text, s = doc.article.text, doc.sentences[act.sent]
    before = text[s.start:act.content_start].rstrip()
    return bool(before) and before[-1] in '“«"„' and not any(c in text[act.content_start:s.end] for c in '"“”«»„')


def _continued_quotes(doc: Doc, acts: list, cls) -> list:
    """ 'Gomez said, "I think we have learned a lot.' then 'It was a very emotional day. This is the fifth time …"':
    the sentences of a quotation that goes on past its speaker's sentence are the speaker's too, to its closing mark
    (within four sentences; none if another quotation opens first)."""
    text, out = doc.article.text, []
    for act in acts:
        if act.sent + 1 >= len(doc.sentences) or not _left_open(doc, act):
            continue
        start = doc.sentences[act.sent + 1].start
        limit = doc.sentences[min(len(doc.sentences), act.sent + 5) - 1].end
        close = next((k for k in range(start, limit) if text[k] in '"“”«»„'), None)
        if close is None or text[close] in "“«„" or (text[close] == '"' and text[close - 1].isspace()):
            continue  # another quotation opens first ('… said, "The Museum …'): no continuation
        a, b = _stripped(doc, start, close)
        if b - a >= 3:
            out.append(_act(cls, doc, act.sent + 1, a, b, act.speaker, 0.6, rule="speech.quote_continued"))
    return out


def carried_acts(doc: Doc, ctx, acts: list) -> list:
    """The acts of the sentences above that no cue introduces (``acts``: the article's acts found so far)."""
    from kg.extract.speech import SpeechAct

    out: list = _continued_quotes(doc, acts, SpeechAct)
    out += _signed_quotes(doc, {a.sent for a in [*acts, *out]}, SpeechAct)
    acts = [*acts, *out]
    by_sent: dict[int, list] = {}
    for a in acts:
        by_sent.setdefault(a.sent, []).append(a)
    answers = ctx.interview
    run: list[int] = []
    covered = _sentences_covered(doc, acts)  # (a quote after 'X said:')
    opening: dict[int, Span] = {}  # sentence -> the name opening it
    for e in doc.entities:
        sent = doc.tokens[e.start].sent
        if e.start == doc.sentences[sent].tok_start:
            opening.setdefault(sent, e)
    # an answer's sentence where only the answering person's country speaks ("Việt Nam … yêu cầu …": Vietnam asks,
    # and the spokesperson says so) is that person's words too
    for i, s in enumerate(doc.sentences):
        mine = i in answers and i in by_sent and all(_speaks_for(doc, ctx, answers[i], a) for a in by_sent[i])
        if (i in by_sent or i in covered) and not mine:
            run = _flush_answer(doc, run, answers, out, SpeechAct)
            continue
        if i in answers:
            run.append(i)
            continue
        run = _flush_answer(doc, run, answers, out, SpeechAct)
        act = _carried(doc, ctx, i, by_sent, SpeechAct) or _name_colon_quote(doc, i, opening.get(i), SpeechAct) or \
            _inner_colon_quote(doc, ctx, i, SpeechAct)
        if act is not None:
            out.append(act)
            by_sent[i] = [act]
    _flush_answer(doc, run, answers, out, SpeechAct)
    return out


def _signed_quotes(doc: Doc, said: set[int], cls) -> list:
    """ '"Millions of … access."' then '- The Honourable X, Minister of …': a paragraph that is only a quotation with no
    act of its own, signed by the next paragraph (a dash, then a person's name, as news releases set it), is that
    person's words."""
    out, paras = [], paragraphs(doc)
    for p in range(1, len(paras)):
        sig, prev = _para_text(doc, paras[p]), paras[p - 1]
        if sig[:1] not in DASHES or len(sig.split()) > 20 or not _whole_quote(_para_text(doc, prev)) or \
                any(i in said for i in range(prev[0], prev[1] + 1)):
            continue
        start = doc.sentences[paras[p][0]].tok_start
        person = next((e for e in doc.entities if start < e.start <= start + 4 and e.label == "PER"), None)
        a, b = _stripped(doc, doc.sentences[prev[0]].start, doc.sentences[prev[1]].end)
        if person is not None and b - a >= 3:
            out.append(_act(cls, doc, prev[0], a, b, span_mention(doc, person, "PER"), 0.6, rule="speech.signed_quote"))
    return out


def _speaks_for(doc: Doc, ctx, person: Span, act) -> bool:
    """Does the act's speaker stand for the country ``person`` speaks for (a spokesperson's ministry's country)?"""
    country = ctx.speaker_country(span_mention(doc, person, "PER"))
    return country is not None and act.speaker.type != "PER" and \
        ctx.speaker_country(act.speaker) == country


def _sentences_covered(doc: Doc, acts: list) -> set[int]:
    """The sentences some act's content overlaps (each act looks at its own sentences only: linear in the article)."""
    starts = [s.start for s in doc.sentences]
    out: set[int] = set()
    for a in acts:
        i = max(0, bisect.bisect_right(starts, a.content_start) - 1)
        while i < len(doc.sentences) and doc.sentences[i].start < a.content_end:
            if doc.sentences[i].end > a.content_start:
                out.add(i)
            i += 1
    return out


def _flush_answer(doc: Doc, run: list[int], answers: dict[int, Span], out: list, cls) -> list[int]:
    """One act for a stretch of answer sentences that hold no act of their own (cut at paragraph ends)."""
    if run:
        groups: list[list[int]] = [[run[0]]]
        for i in run[1:]:
            gap = doc.article.text[doc.sentences[i - 1].end:doc.sentences[i].start]
            if i == groups[-1][-1] + 1 and "\n" not in gap:
                groups[-1].append(i)
            else:
                groups.append([i])
        for g in groups:
            while g and not _has_verb(doc, g[0]):
                g = g[1:]  # (not a greeting: "Bonjour, tout le monde. D'abord, un mot sur la grève.")
            if not g:
                continue
            a, b = _stripped(doc, _past_label(doc, g[0]), doc.sentences[g[-1]].end)
            if b - a >= 3 and len(doc.article.text[a:b].split()) >= 3:  # (not a greeting: "Bonjour.")
                out.append(_act(cls, doc, g[0], a, b, span_mention(doc, answers[g[0]], "PER"),
                                0.6, rule="speech.interview_answer"))
    return []


def _has_verb(doc: Doc, i: int) -> bool:
    """Does sentence ``i`` hold a verb after its speaker label?"""
    s, a = doc.sentences[i], _past_label(doc, i)
    return any(t.upos in ("VERB", "AUX") and t.start >= a for t in doc.tokens[s.tok_start:s.tok_end])


def _past_label(doc: Doc, i: int) -> int:
    """Where an answer's words start: past a label of one or two words and a colon that opens its sentence
    ("Trả lời: …", "Réponse : …", "A: …"), or a speaker label in capitals ("SUGIONO, FOREIGN MINISTER: …")."""
    s = doc.sentences[i]
    if s.tok_start + 2 < s.tok_end and doc.tokens[s.tok_start + 1].text in DASHES and \
            len(doc.tokens[s.tok_start].text) == 1 and doc.tokens[s.tok_start].text.isupper():
        return doc.tokens[s.tok_start + 2].start  # "R - Nous allons livrer …": a one-letter label and a dash
    colon = next((k for k in range(s.tok_start, min(s.tok_start + 10, s.tok_end)) if doc.tokens[k].text == ":"), None)
    if colon is None or colon == s.tok_start:
        return s.start
    head = doc.article.text[s.start:doc.tokens[colon].start]
    return doc.tokens[colon].end if colon < s.tok_start + 3 or head == head.upper() else s.start


def _name_colon_quote(doc: Doc, i: int, e: Span | None, cls):
    """ "Claire Vautrin : « Nous ne reconnaîtrons jamais … »", 'Zelensky: "…"': a name opening the sentence ``i``,
    a colon and a quotation that is the rest of it, as that person's (or body's) act."""
    s = doc.sentences[i]
    if e is None or e.label not in ("PER", "ORG") or e.end + 1 >= s.tok_end or doc.tokens[e.end].text != ":":
        return None
    if not _whole_quote(doc.article.text[doc.tokens[e.end].end:s.end]):
        return None
    a, b = _stripped(doc, doc.tokens[e.end + 1].start, s.end)
    return _act(cls, doc, i, a, b, span_mention(doc, e), 0.6, rule="speech.name_colon_quote") if b - a >= 3 else None


def _inner_colon_quote(doc: Doc, ctx, i: int, cls):
    """ 'La porte-parole, X, a évoqué mercredi « différentes pistes » : « Nous privilégions … »': a sentence with no
    act of its own whose clause, opened by a person, goes on past a colon with a quotation to its end: that
    quotation is the person's."""
    s = doc.sentences[i]
    colon = next((k for k in range(s.tok_end - 2, s.tok_start + 2, -1) if doc.tokens[k].text == ":"), None)
    if colon is None or not _whole_quote(doc.article.text[doc.tokens[colon].end:s.end]):
        return None
    person = ctx.subject_person(i)
    if person is None or person.start > colon:
        return None
    end = s.end - 1 if doc.article.text[s.end - 1] in ".!?" and doc.article.text[s.end - 2] in CLOSE_Q else s.end
    a, b = _stripped(doc, doc.tokens[colon].end, end)  # ('… : "part XVII".': the full stop after the quote)
    if b - a < 3:
        return None
    return _act(cls, doc, i, a, b, span_mention(doc, person, "PER"), 0.55, rule="speech.colon_quote")


def _carried(doc: Doc, ctx, i: int, by_sent: dict[int, list], cls):
    """A quotation standing alone after a known speaker's sentence (or after 'X …:'), as that speaker's act."""
    if i == 0:
        return None
    text = doc.sentence_text(i)
    whole, closing = _whole_quote(text), _closes_open_quote(text)
    if not (whole or closing or _open_at_paragraph_end(doc, i)):
        return None
    s = doc.sentences[i]
    a, b = _stripped(doc, s.start, s.end)
    if b - a < 3:
        return None
    prev = [p for p in by_sent.get(i - 1, ()) if p.speaker.kind != "pronoun" or p.speaker.key]
    if prev:
        last = max(prev, key=lambda p: (p.content_end, p.cue_start))
        return _act(cls, doc, i, a, b, last.speaker, 0.6, rule="speech.carried_quote")
    if whole:
        subject = _colon_subject(doc, ctx, i - 1)
        if subject is not None:
            return _act(cls, doc, i, a, b, subject, 0.55, rule="speech.colon_quote")
    return None
