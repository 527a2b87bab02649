"""A model-free English backend: spaCy's blank English tokenizer and sentencizer, lemmas from spaCy's lookup
tables (``spacy-lookups-data``), word classes from a closed-class lexicon (``[rules_tagger]`` in
``kg/lang/en.toml``), capitalisation and the cue lexicon. No parse, no statistical NER: proper-noun runs become
names, typed by the gazetteer, or as persons when they are two or three capitalised words.

It exists because no English model installs from a package registry (docs/decisions/0002 and 0008): ``auto``
takes it for English only when neither stanza's English models nor a spaCy English model are present, and says so
in the build summary (``en=rules …``). Expect lower recall and precision than stanza.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import re

from kg.model import Article
from kg.nlp import Backend, NlpSettings, register_backend
from kg.nlp.doc import Annotation, WordRec

OPEN_QUOTES = {'"', "“", "«", "'"}
CLASSES = ("DET", "PRON", "ADP", "AUX", "PART", "CCONJ", "SCONJ", "ADV", "ADJ", "NOUN", "VERB")


def _check(lang: str, settings: NlpSettings) -> tuple[bool, list[str]]:
    ok = all(importlib.util.find_spec(m) is not None for m in ("spacy", "spacy_lookups_data"))
    return ok, ["the spacy and spacy-lookups-data packages (model-free English: tokenizer, lemma tables)"]


def _fix(lang: str) -> str:
    return "pip install spacy-lookups-data"


def _version(lang: str, settings: NlpSettings) -> str:
    """Includes a hash of the lexicon's sources, so the NLP cache is redone when they change."""
    import hashlib
    from importlib import resources
    from importlib.metadata import version

    h = hashlib.sha1()
    for name in (f"{lang}.toml", "gazetteer.json"):
        h.update(resources.files("kg.lang").joinpath(name).read_bytes())
    return f"rules spacy {version('spacy')} lookups {version('spacy-lookups-data')} lexicon {h.hexdigest()[:8]}"


def _lexicon(lang: str) -> tuple[dict[str, str], set[str], set[str], set[str], set[str]]:
    """(word -> class, verb lemmas, title words, demonyms, the gazetteer's one-word names) from the language tables
    and the gazetteer; demonyms of several words ("south korean") are there whole."""
    from kg.gazetteer import load_gazetteer
    from kg.lang import tables

    tb = tables(lang)
    classes: dict[str, str] = {}
    for cls in CLASSES:
        for w in tb.word_classes.get(cls, ()):
            classes.setdefault(w, cls)
    verbs = {w for w in classes if classes[w] == "VERB"}
    for table in (tb.all_speech_cues, tb.interactions, {w: 1 for w in tb.light_verbs},
                  {w: 1 for w in tb.control_verbs}):
        for phrase in table:
            verbs.add(phrase.split()[0])
    titles = {w for phrase in tb.titles for w in phrase.replace("-", " ").split()} | set(tb.titles)
    gaz = load_gazetteer()
    demonyms = {d.lower() for e in gaz.entries.values() for d in e.demonyms.get(lang, ())}
    known = {n for e in gaz.entries.values() for n in e.names.get(lang, ()) if " " not in n}
    return classes, verbs, titles, demonyms, known


_CAMEL = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")  # "TravelWatch", "BlackRock": a brand (not "McCarthy", "MacArthur")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z]")


def _name_word(text: str) -> bool:
    """A word of a person's name: capitalised (not an acronym), or an Arabic article form ("al-Hayya")."""
    return (text[:1].isupper() and not text.isupper()) or bool(_ARTICLE_NAME.match(text))


def _name_follows(words, j: int, particles: set[str]) -> bool:
    """Does a capitalised name word follow at ``j``, past more particles ("von [der] Leyen")?"""
    while j < len(words) and words[j].text.lower() in particles:
        j += 1
    return j < len(words) and words[j].upos == "PROPN"


def _merge_hyphenated(sd) -> None:
    """ "Jae-myung", "Kosiniak-Kamysz", "short-range": words joined by a hyphen without spaces are one token (the
    blank tokenizer splits them), so a hyphenated name stays one name."""
    spans, k = [], 0
    while k < len(sd) - 2:
        j = k
        while j + 2 < len(sd) and sd[j + 1].text in ("-", "‐") and not sd[j].whitespace_ and \
                not sd[j + 1].whitespace_ and sd[j].is_alpha and sd[j + 2].is_alpha:
            j += 2
        if j > k:
            spans.append(sd[k:j + 1])
        k = j + 1
    if spans:
        with sd.retokenize() as retok:
            for sp in spans:
                retok.merge(sp, attrs={"LEMMA": sp.text.lower()})


def _load(lang: str, settings: NlpSettings):
    return _RulesAnnotator(lang).annotate


class _RulesAnnotator:
    """The model-free annotator of one language: spaCy's blank tokenizer and sentencizer with lookup lemmas, word
    classes from the lexicon, organisations and persons from capitalised runs."""

    def __init__(self, lang: str):
        import spacy

        from kg.lang import tables

        self.nlp = spacy.blank(lang)
        for abbreviation in tables(lang).name_abbreviations:  # ("Ma. Teresita Daza": no sentence ends there)
            self.nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        self.nlp.add_pipe("sentencizer")
        self.nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        self.nlp.initialize()
        self.lemma_of = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # lower-case word -> lemma
        self.classes, self.verbs, self.titles, self.demonyms, self.known = _lexicon(lang)
        tb = tables(lang)
        # a title word ends an organisation's name: the single-word titles and the first word of longer ones
        self.title_starts = {p.split()[0] for p in tb.titles}
        self.title_words = {p for p in tb.titles if " " not in p}
        self.long_titles: dict[str, list[list[str]]] = {}  # first word -> the titles of several words it starts
        for p in tb.titles:
            if " " in p:
                self.long_titles.setdefault(p.split()[0], []).append(p.split())
        words = tb.word_classes
        self.modals = set(words.get("MODALS", ()))
        self.org_heads = set(words.get("ORG_HEADS", ()))
        self.joiners = set(words.get("NAME_JOINERS", ()))
        self.conjoiners = set(words.get("NAME_CONJOINERS", ()))
        self.joiner_articles = set(words.get("JOINER_ARTICLES", ()))
        self.name_possessors = set(words.get("NAME_POSSESSORS", ()))  # "People's Court"
        self.floating = set(words.get("FLOATING_QUANTIFIERS", ()))  # "have both warned"
        self.misc_heads = set(words.get("MISC_HEADS", ()))
        self.place_heads = set(words.get("PLACE_HEADS", ()))  # "Yolo County": a place, not a person
        self.plural_endings = tuple(words.get("PLURAL_NOUN_ENDINGS", ()))  # "Prosecutors had asked": a noun
        self.particles = set(words.get("NAME_PARTICLES", ()))
        self.adverb_suffixes = tuple(words.get("ADVERB_SUFFIXES", ()))  # "Separately," opens no name
        self.verb_suffixes = tuple(words.get("VERB_SUFFIXES", ()))  # an unknown word ending so is a verb
        self.infinitive_markers = set(words.get("INFINITIVE_MARKERS", ()))  # "to" + a cue word: a verb
        self.hyphen_adj_tails = set(words.get("HYPHEN_ADJ_TAILS", ()))  # "Scientology-related": no name
        self.possessives = tb.possessive_clitics
        self.honorifics = tb.honorifics  # "the Honourable Anita Anand", "Sir Keir": not part of the name
        self.multi_demonyms: dict[str, list[list[str]]] = {}  # first word -> the demonyms it starts ("south korean")
        for d in sorted(self.demonyms):
            if " " in d:
                self.multi_demonyms.setdefault(d.split()[0], []).append(d.split())

    def tag(self, t, first: bool, prev: str | None, prev_word: str) -> str:
        """The word class of token ``t`` from the lexicon, the cue tables, capitalisation and word endings."""
        low, lemma = t.lower_, t.lemma_.lower()
        if t.is_punct or t.is_quote or t.is_bracket:
            return "PUNCT"
        if t.like_num:
            return "NUM"
        if low in self.floating and prev == "AUX":
            return "ADV"  # "have both warned", "are all expected"
        if low in self.classes and self.classes[low] != "VERB":
            if self.classes[low] == "PRON" and not first and t.text[:1].isupper() and len(low) > 1 and \
                    t.i + 1 < len(t.doc) and t.nbor(1).text[:1].isupper():
                return "PROPN"  # "Vice Premier He Lifeng": a capitalised pronoun inside a sentence is a name
            return self.classes[low]
        if low in self.demonyms:
            return "ADJ"
        if low in self.titles or low.replace("-", " ") in self.titles:
            return "NOUN"
        if prev_word in self.modals and t.text[:1].islower():
            return "VERB"  # "would resume", "will sign"
        if lemma in self.verbs or low in self.verbs:
            # after a determiner, adjective, preposition or verb a cue word is a noun ("confirm reports", "the
            # talks"); after "to" it is an infinitive
            after_noun_marker = prev in ("DET", "ADJ", "ADP", "VERB", "NUM") or prev_word in self.possessives
            return "NOUN" if after_noun_marker and prev_word not in self.infinitive_markers else "VERB"
        if first and len(low) > 4 and self.adverb_suffixes and low.endswith(self.adverb_suffixes):
            return "ADV"  # "Separately, …", "Meanwhile"-like openers are not names
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        named = nxt is not None and nxt.lower_ in self.joiners and t.i + 2 < len(t.doc) and \
            t.nbor(2).lower_ not in self.joiner_articles  # ("Shares of chipmaker X"; not "Friends of the Earth")
        if first and self.plural_endings and self.lemma_of.get(low, low) != low and nxt is not None and \
                nxt.text[:1].islower() and (low.endswith(self.plural_endings) or named):
            return "NOUN"  # "Prosecutors had asked …", "Scientists report …": a common noun opening the sentence
        if first and len(low) > 4 and self.verb_suffixes and low.endswith(self.verb_suffixes) and nxt is not None \
                and self.classes.get(nxt.lower_) in ("ADP", "SCONJ", "DET"):
            return "VERB"  # "Asked whether …, he replied", "Speaking to BBC London, X": a participle, no name
        if "-" in low and low.rsplit("-", 1)[1] in self.hyphen_adj_tails:
            return "ADJ"  # "Scientology-related employment", "the Russia-backed forces"
        if t.text[:1].isupper() and (not first or t.text.isupper() or t.text.istitle() or
                                     any(c.isupper() for c in t.text[1:])):  # ("TikTok declined …")
            return "PROPN"
        if _ARTICLE_NAME.match(t.text):
            return "PROPN"  # "al-Hayya"
        if len(low) > 4 and self.verb_suffixes and low.endswith(self.verb_suffixes) and prev != "DET":
            return "VERB"  # (not "in a ruling", "the hearing": after an article, a noun)
        return "NOUN"

    def organisations(self, words: list[WordRec]) -> list[tuple[int, int]]:
        """Capitalised runs (joined by "of", "for" …) holding an organisation word: "Joint Chiefs of Staff",
        "State Department", "Sky Sports". A title word ends a run ("Secretary of State Marco Rubio" is no body)."""
        out, k = [], 0
        while k < len(words):
            j = k
            while j < len(words):
                w = words[j]
                low = w.text.lower()
                cap = w.text[:1].isupper() and w.upos in ("PROPN", "NOUN", "ADJ") and \
                    (low not in self.title_starts or self._head_ahead(words, j) or
                     low not in self.title_words and not self._title_at(words, j)) \
                    and self.classes.get(low) != "NOUN"  # "Commission on Wednesday": a day is no name
                if not (cap or j > k and self._joins(words, j)):
                    break
                j += 1
            end = j
            while end > k and words[end - 1].text.lower() in self.joiners:
                end -= 1  # "Commission on Wednesday": the joiner joined nothing
            k0, k = k, self._past_group_noun(words, k, end)
            if end - k > 1 and any(w.text.lower() in self.org_heads for w in words[k:end]):  # "Air strikes": no
                out.append((k, end))
                for g in range(k0, k):  # "Members of the [IAM]": the organisation's people are no name
                    if words[g].upos == "PROPN" and self.lemma_of.get(words[g].text.lower(), words[g].text.lower()) != \
                            words[g].text.lower():
                        words[g] = dataclasses.replace(words[g], upos="NOUN")  # (not "Anna Berglund of the …")
            k = max(j, k + 1)
        return out

    def _joins(self, words: list[WordRec], j: int) -> bool:
        """Does the lower-case word ``j`` join two parts of a name: "Office for the Coordination of …", "National
        Security and Defense Council" (not "Senate and House": two bodies), "Attorney's Office"?"""
        w, prev = words[j].text.lower(), words[j - 1].text.lower()
        nxt = j + 2 if j + 2 < len(words) and words[j + 1].text.lower() in self.joiner_articles else j + 1
        return (w in self.joiners or
                words[j].text in self.possessives and (prev in self.title_words or prev in self.name_possessors) or
                (w in self.joiner_articles and prev in self.joiners) or
                w in self.conjoiners and prev not in self.org_heads) and \
            nxt < len(words) and words[nxt].text[:1].isupper()

    def _past_group_noun(self, words: list[WordRec], k: int, end: int) -> int:
        """Where an organisation's name starts in the run [k, end): "Members of the [International Association of
        Machinists]", "Helen Thorvaldsen of the [University of Tasmania]" — up to three words with no organisation
        word, before "of (the)" and a run that holds one, are the organisation's people, not part of its name
        ("Friends of the Earth", "Bank of England" keep theirs: no organisation word follows, or one comes first)."""
        m = k
        while m < end and words[m].text.lower() not in self.joiners:
            if words[m].text.lower() in self.org_heads:
                return k  # "Bank of England", "Department of State": the first part is a body already
            m += 1
        if m == k or m >= end or m - k > 3:
            return k
        m += 1
        if m < end and words[m].text.lower() in self.joiner_articles:
            m += 1
        return m if any(w.text.lower() in self.org_heads for w in words[m:end]) and end - m > 1 else k

    def _head_ahead(self, words: list[WordRec], j: int) -> bool:
        """An organisation word ends the capitalised run after word ``j``: a title's first word there is part of the
        name ("National Security and Defense Council"), not a title ("Defense Secretary Pete Hegseth")."""
        for w in words[j + 1:j + 6]:
            low = w.text.lower()
            if low in self.org_heads:
                return True
            if not (w.text[:1].isupper() or low in self.joiners or low in self.conjoiners or
                    low in self.joiner_articles or w.text in self.possessives):  # ("U.S. Attorney's Office")
                return False
        return False

    def _title_at(self, words: list[WordRec], j: int) -> bool:
        """A title of several words starts at word ``j`` ("District Judge"; not "District of California")."""
        return any([w.text.lower() for w in words[j:j + len(t)]] == t for t in self.long_titles.get(
            words[j].text.lower(), ()))

    def annotate(self, article: Article) -> Annotation:
        sd = self.nlp(article.text)
        _merge_hyphenated(sd)
        sentences, ents = [], []
        for sent in sd.sents:
            words = self.tagged(sent)
            if not words:
                continue
            if sentences and sentences[-1][-1].text in OPEN_QUOTES and sentences[-1][-1].end == words[0].start:
                words.insert(0, sentences[-1].pop())  # 'areas. "North Korea is …': the quote opens this sentence
            sentences.append(words)
            orgs = self.organisations(words)
            in_org = {i for a, b in orgs for i in range(a, b)}
            for i in in_org:  # the words of a name are proper nouns ("Joint", "Staff"), its joiners stay
                if words[i].text[:1].isupper():
                    words[i] = dataclasses.replace(words[i], upos="PROPN")
            ents += [(words[a].start, words[b - 1].end, "ORG") for a, b in orgs]
            ents += self.person_names(words, in_org)
            ents += self.acronyms(words, in_org)
        return Annotation(sentences, sorted(ents), "rules", has_parse=False)

    def tagged(self, sent) -> list[WordRec]:
        """The words of one spaCy sentence with their classes (demonyms of several words are adjectives)."""
        toks = [x for x in sent if not x.is_space]
        adj = set()  # tokens of demonyms of several words ("South Korean")
        for k, t in enumerate(toks):
            for want in self.multi_demonyms.get(t.lower_, ()):
                if [x.lower_ for x in toks[k:k + len(want)]] == want:
                    adj.update(range(k, k + len(want)))
        words = []
        for k, t in enumerate(toks):
            prev = t.doc[t.i - 1] if t.i > 0 else None  # (a line opens too; Doc.text would join the whole doc)
            first = k == 0 or (prev is not None and "\n" in prev.text_with_ws and (prev.is_space or
                                                                                 prev.i == toks[k - 1].i))
            upos = "ADJ" if k in adj else self.tag(t, first, words[-1].upos if words else None,
                                                    words[-1].text.lower() if words else "")
            words.append(WordRec(t.text, t.idx, t.idx + len(t.text), upos, t.lemma_ or t.text, -1, "dep"))
        return words

    def acronyms(self, words: list[WordRec], in_org: set[int]) -> list[tuple[int, int, str]]:
        """An upper-case word of 2 to 6 letters that is no word of the lexicon: an organisation ("NASA", "OCHA");
        the gazetteer types the ones it knows (countries, outlets) afterwards. One capitalised word right after it
        (and no more) is part of its name: "NHS England"."""
        return [(w.start, words[i + 1].end if self._acronym_tail(words, i, in_org) else w.end, "ORG")
                for i, w in enumerate(words)
                if i not in in_org and 2 <= len(w.text) <= 6 and w.text.isalpha() and w.text.isupper()
                and w.text.lower() not in self.classes and not (i > 0 and words[i - 1].text.isupper())
                and not (i == 0 and len(words) > 1 and words[1].text == ",")  # a dateline: "ANKARA, Turkey —"
                and not (i + 1 < len(words) and words[i + 1].text.isupper())]

    def _acronym_tail(self, words: list[WordRec], i: int, in_org: set[int]) -> bool:
        """Is the word after the acronym at ``i`` one capitalised word of its name ("NHS England"; not "BBC London",
        "EU Ukraine": names the gazetteer knows stay apart)?"""
        nxt = words[i + 1] if i + 1 < len(words) else None
        after = words[i + 2] if i + 2 < len(words) else None
        return nxt is not None and i + 1 not in in_org and nxt.upos == "PROPN" and nxt.text.istitle() and \
            nxt.text.isalpha() and nxt.text.lower() not in self.titles and \
            (after is None or after.upos != "PROPN") and not {words[i].text, nxt.text} & self.known

    def person_names(self, words: list[WordRec], in_org: set[int]) -> list[tuple[int, int, str]]:
        """Two or three capitalised words in a row that are not a known place or body: a person's name (with
        particles between them: "Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya")."""
        out, k, particles = [], 0, self.particles
        while k < len(words):
            j = k
            while j < len(words) and j not in in_org and (words[j].upos == "PROPN" or (
                    j > k and words[j].text.lower() in particles and _name_follows(words, j + 1, particles))):
                j += 1
            while k < j - 2 and words[k].text.lower() in self.honorifics:
                k += 1  # ("the Honourable Anita Anand": the name starts after the honorific)
            named = [w for w in words[k:j] if w.text.lower() not in particles]
            if 2 <= len(named) <= (5 if len(named) < j - k else 3) and \
                    all(_name_word(w.text) for w in named):
                last = words[j - 1].text.lower()
                label = "MISC" if last in self.misc_heads else "GPE" if last in self.place_heads else "PER"
                if k > 0 and words[k - 1].upos == "DET":
                    label = "MISC"  # "in the Hindu Kush", "the Clarke Valley": a person's name takes no article
                if j < len(words) and words[j].text.islower() and words[j].text in self.org_heads or \
                        any(_CAMEL.match(w.text) for w in named):
                    label = "ORG"  # "the Industri Energi union": an organisation noun follows; "London TravelWatch"
                out.append((words[k].start, words[j - 1].end, label))
            k = max(j, k + 1)
        return out


register_backend(Backend("rules", (), _check, _load, _version, _fix))
