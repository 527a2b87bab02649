"""Per-language tables (furniture, metadata, cue words, titles, negators, modality, dates), loaded from TOML.

The code of every stage is the same for all languages; what differs lives in ``kg/lang/<code>.toml``.

>>> tables("vi").speech_cues["cho biết"]
'say'
>>> tables("fr").titles["porte-parole"]
'spokesperson'
"""
from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from kg.errors import ConfigError, UnknownNameError

__all__ = ["LangTables", "tables", "SUPPORTED_LANGS", "SCHEMA", "check_tables"]


def _bundled_langs() -> tuple[str, ...]:
    """The languages that have tables here: a language is added by adding its ``<code>.toml`` (docs/languages.md)."""
    found = {f.name[:-5] for f in resources.files("kg.lang").iterdir() if f.name.endswith(".toml")}
    first = [code for code in ("vi", "fr", "en") if code in found]  # the project's three, in their usual order
    return tuple(first + sorted(found - set(first)))


SUPPORTED_LANGS = _bundled_langs()

# Every key a language file may hold, by section ("" = the top level). A key not listed is a misspelling or a key
# nothing reads: loading fails naming the file and the key, instead of silently turning a rule off. The values of
# "titles", "names.first_names" and the like are data; the keys of [dates], [modality] and [rules_tagger] are
# checked here too.
SCHEMA: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in {
    "": ["lang", "cues_match", "legacy_encodings", "furniture", "metadata", "speech", "interactions", "names",
         "institutions", "titles", "titles_glue", "coref", "clause", "negation", "modality", "dates", "rules_tagger",
         "nlp", "structure"],
    "structure": ["admin_units", "facility_words", "located_preps", "part_of_phrases", "part_of_glue"],
    "nlp": ["auto", "spacy_model", "spacy_package", "verb_endings", "perfect_auxiliaries"],
    "furniture": ["lines", "inline", "related", "key_points"],
    "metadata": ["source", "dateline"],
    "speech": ["cues", "negated_cues", "after_cue", "adverbial_after_cue", "complementizers", "coordinators",
               "according_to", "media_markers", "participle_suffixes", "past_participle_suffixes", "participle_preps",
               "clause_cues", "cue_blockers", "nominalisers", "about", "content_anaphors", "claim_nouns", "negated_as",
               "object_of", "concern_words", "sentence_connectives", "narrative_openers",
               "echo_openers", "comma_introduces_content",
               "comma_verbs_share_subject", "label_cues",
               "voice_of", "according_to_pronouns", "addressee_cues", "medium_phrases", "impersonal_sources",
               "unnamed_sources", "without", "according_to_persons", "directive_nouns",
               "asked_openers", "citing", "voice_nouns", "anaphoric_contents", "single_quotes"],
    "interactions": ["cues", "object_preps", "place_cues", "topic_cues", "between", "conjunctions", "partner_nouns",
                     "partner_with", "member_nouns", "led_by", "call_nouns",
                     "copulas", "possessive", "place_preps", "nominalisers", "list_markers", "pair_anaphors",
                     "group_nouns", "light_verbs", "fronted_preps", "nominal_cues", "we", "modifier_nouns",
                     "conjoined_skip", "possessive_pronouns", "via_preps"],
    "names": ["first_names", "possessive_clitics", "particles", "suffixes", "demonym_endings", "nickname_markers",
              "abbreviations"],
    "institutions": ["heads", "host_preps", "country_first", "of_names", "glue", "body_heads", "home_country",
                     "home_surnames", "local_heads", "local_glue", "company_forms", "lowercase_name_heads"],
    "titles_glue": ["words", "possessives", "body_anaphors", "head_anaphors", "joiners", "topic_posts", "affiliations",
                    "sides", "plural_endings",
                    "national_posts", "nationality_markers", "role_bodies", "portfolios", "plural_markers"],
    "coref": ["person_pronouns", "honorifics", "country_anaphors", "anaphors", "first_person", "speaker_anaphors",
              "state_nouns", "indefinites"],
    "clause": ["boundaries", "relatives", "passive", "agent_preps", "purpose", "control_verbs", "reflexives",
               "object_clitics",
               "asides", "comma_clauses"],
    "negation": ["words"],
    "modality": ["conditional", "possible", "planned", "considered"],
    "dates": ["day_month", "day_month_name", "month_year", "event_markers", "months", "relative", "weekday",
              "weekdays", "first_day", "periods", "day_parts"],
    "rules_tagger": ["DET", "PRON", "ADP", "AUX", "PART", "CCONJ", "SCONJ", "ADV", "ADJ", "NOUN", "VERB", "MODALS",
                     "ORG_HEADS", "NAME_JOINERS", "NAME_CONJOINERS", "JOINER_ARTICLES", "MISC_HEADS", "NAME_PARTICLES",
                     "ADVERB_SUFFIXES", "VERB_SUFFIXES", "INFINITIVE_MARKERS", "POSSESSIVE_MARKERS",
                     "HYPHEN_ADJ_TAILS", "PLACE_HEADS", "PLURAL_NOUN_ENDINGS", "NAME_POSSESSORS",
                     "FLOATING_QUANTIFIERS"],
}.items()}
# tables whose values are relation ids
_RELATION_TABLES = (("speech", "cues"), ("speech", "negated_cues"), ("speech", "negated_as"), ("interactions", "cues"),
                    ("interactions", "nominal_cues"))


def check_tables(raw: dict, name: str, lang: str) -> None:
    """Fail (ConfigError naming the file and the key) on an unknown section or key, a ``lang`` that is not the
    file's, or a cue mapped to a relation id that is not in the ontology's relation table.

    >>> check_tables({"lang": "xx", "speech": {"complementisers": []}}, "xx.toml", "xx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: xx.toml: unknown key 'complementisers' in [speech]; known: about, ..., complementizers, ...
    """
    from kg.ontology import RELATIONS

    for key, value in raw.items():
        if key not in SCHEMA[""]:
            raise ConfigError(f"{name}: unknown top-level key or section {key!r}; known: "
                              f"{', '.join(sorted(SCHEMA['']))}")
        if key in SCHEMA and isinstance(value, dict):
            unknown = sorted(set(value) - SCHEMA[key])
            if unknown:
                raise ConfigError(f"{name}: unknown key {unknown[0]!r} in [{key}]; known: "
                                  f"{', '.join(sorted(SCHEMA[key]))}")
    if raw.get("lang", lang) != lang:
        raise ConfigError(f"{name}: lang = {raw['lang']!r}, but the file is the tables of {lang!r}")
    for section, key in _RELATION_TABLES:
        for cue, rel in raw.get(section, {}).get(key, {}).items():
            if rel not in RELATIONS:
                raise ConfigError(f"{name}: [{section}] {key}: {cue!r} maps to {rel!r}, which is no relation id; "
                                  f"known: {', '.join(RELATIONS)}")


@dataclass(frozen=True)
class LangTables:
    lang: str
    cues_on_lemmas: bool  # match cue words on lemmas (inflecting languages) rather than on the text
    furniture_lines: tuple[re.Pattern, ...]
    furniture_inline: tuple[re.Pattern, ...]
    meta_source: tuple[re.Pattern, ...]
    meta_dateline: tuple[re.Pattern, ...]
    speech_cues: dict[str, str]
    negated_cues: dict[str, str]  # cues that mean their relation only when negated ("n'a pas souhaité commenter")
    all_speech_cues: dict[str, str]  # both, for matching
    after_cue: tuple[str, ...]
    adverbial_after_cue: tuple[str, ...]  # a sentence-initial cue followed by one is a participle, not a clause
    complementizers: tuple[str, ...]
    coordinators: tuple[str, ...]
    according_to: tuple[str, ...]
    media_markers: tuple[str, ...]
    past_participle_suffixes: tuple[str, ...]  # "X, interrogé par …, a déclaré": an apposition, X the subject
    participle_suffixes: tuple[str, ...]  # "estimant", "adding": a cue after a comma with one is the clause's
    participle_preps: frozenset[str]  # "en estimant"
    speech_nominalisers: tuple[str, ...]  # before a cue, they make it a noun ("một số quan ngại")
    about: tuple[str, ...]  # "quan ngại của Mỹ liên quan đến …": what a nominal cue is about follows one
    cue_blockers: dict[str, frozenset[str]]  # "condamner" + "à": a sentence, not a criticism
    clause_cues: frozenset[str]  # cues whose content is a clause or a quote, never a bare noun phrase ("add")
    content_anaphors: frozenset[str]  # "không thể xác nhận điều này": the content is what was said before
    claim_nouns: dict[str, int]  # "thông tin cho rằng X": the cue tells what the noun says, no one speaks
    negated_as: dict[str, str]  # "chưa trả lời", "n'a pas répondu": under a negation the cue means declining
    object_of: frozenset[str]  # "se féliciter de cette …": a preposition before what the verb is about
    concern_words: frozenset[str]  # "said it was deeply concerned": saying so is expressing concern
    titles: dict[str, str]
    titles_glue: frozenset[str]
    title_possessives: frozenset[str]  # "son porte-parole", "its spokesman": the body is the previous subject
    affiliations: frozenset[str]  # "Matthew Ingram of The Globe and Mail": a person of an organisation
    sides: tuple[str, ...]  # "Phía Tokyo, Chánh Văn phòng Nội các X": the side a sentence opens with owns its posts
    body_anaphors: dict[str, int]  # "du groupe", "the company's": the post is the organisation's the text is about
    # "the Communist Party … The party": the last organisation whose name ends (or starts) with the noun, else none
    head_anaphors: dict[str, int]
    # [titles_glue] joiners: "X, Trưởng phòng Tham mưu kiêm người phát ngôn Công an tỉnh …": a word joining two titles
    # of one holder
    title_joiners: frozenset[str]
    # [titles_glue] topic_posts: titles that, with no body named, are posts in the organisation the article is about
    topic_posts: frozenset[str]
    # [titles_glue] role_bodies: role -> the nouns that end (or open) the name of the body of such a post named with
    # none ("Leeds Crown Court heard … Judge X told him": the last court named)
    role_bodies: dict[str, tuple[str, ...]]
    first_names: frozenset[str]  # "Jordan", "Georgia": before a capitalised word, a person's first name
    group_nouns: frozenset[str]  # "Russian and Ukrainian delegations": demonyms before/after it name the parties
    pair_anaphors: dict[str, int]  # "hai bên", "les deux hommes": the two parties of the last encounter
    modifier_nouns: dict[str, int]  # "doanh nghiệp Việt Nam": a name after these qualifies the noun, no party
    person_pronouns: frozenset[str]
    according_to_pronouns: frozenset[str]  # "Selon lui, …": the person the pronoun means is the source
    honorifics: frozenset[str]
    anaphors: tuple[str, ...]
    negators: frozenset[str]
    control_verbs: frozenset[str]
    boundaries: tuple[str, ...]
    relatives: frozenset[str]
    passive: frozenset[str]
    agent_preps: frozenset[str]
    purpose: tuple[str, ...]
    light_verbs: frozenset[str]
    fronted_preps: tuple[str, ...]
    nominal_cues: dict[str, str]
    we: tuple[str, ...]
    institutions: dict[str, str]
    body_heads: dict[str, str]  # [institutions] body_heads: a body of an organisation ("Commission de la Cédéao")
    list_markers: tuple[str, ...]
    host_preps: frozenset[str]
    country_first: bool  # "the Chinese foreign ministry": the country comes before the institution
    home_country: str | None  # [institutions] home_country: whose "Bộ Ngoại giao" it is when no country is named
    home_surnames: frozenset[str]  # [institutions] home_surnames: the family names of that country's people
    # [institutions] company_forms: the legal form after a company noun ("Công ty CP …"): the names after it are one
    company_forms: frozenset[str]
    # [institutions] lowercase_name_heads: a capitalised head whose name goes on in lower case ("l'Institut d'études de
    # sécurité", "l'Agence mauritanienne d'information"): adjectives and "de" + nouns after it are its name
    lowercase_name_heads: frozenset[str]
    place_preps: frozenset[str]
    nominalisers: tuple[str, ...]
    country_anaphors: tuple[str, ...]
    modality: dict[str, tuple[str, ...]]
    dates: dict
    interactions: dict[str, str]
    object_preps: frozenset[str]
    place_cues: frozenset[str]  # cues that are a visit only with a place after them ("arriver à Rabat")
    between: tuple[str, ...]
    conjunctions: frozenset[str]
    partner_nouns: tuple[str, ...]
    topic_cues: frozenset[str]  # "discuss Syria": the name after the cue is a topic unless a preposition introduces it
    partner_with: frozenset[str]  # "quan hệ đối tác … với X", "its partnership with X": the other partner
    call_nouns: tuple[str, ...]  # "a reçu un appel téléphonique de X": a meeting cue whose object is a call is a talk
    member_nouns: dict[str, int]  # "thành viên của ASEAN", "membre de l'OTAN": membership is part_of
    copulas: frozenset[str]
    possessive: frozenset[str]
    word_classes: dict[str, tuple[str, ...]]  # [rules_tagger]: class -> words, for the model-free backend
    nlp_auto: tuple[str, ...] = ()  # [nlp] auto: the backends `auto` tries, the one with a measured figure first
    spacy_model: str | None = None  # [nlp] spacy_model: the spaCy pipeline of this language, if one installs
    spacy_package: str | None = None  # ... and its package name, for the error that says how to install it
    legacy_encodings: tuple[str, ...] = ()  # code pages a non-UTF-8 file of this language may be in
    possessive_clitics: frozenset[str] = frozenset()  # "Japan's": a possessor before a noun ([names])
    name_particles: frozenset[str] = frozenset()  # "bin", "ould": inside a person's name between capitals ([names])
    conjoined_skip: frozenset[str] = frozenset()  # "Mỹ và các nước phương Tây": words skipped between coordinated names
    sentence_connectives: frozenset[str] = frozenset()  # "Tuy nhiên, theo X": opens a sentence like a comma
    reflexives: frozenset[str] = frozenset()  # "se sont rencontrées": part of the verb group ([clause])
    # [clause] asides: set phrases that may stand between a subject and its verb though they open with a boundary
    # word ("a pour sa part appelé", "de son côté")
    clause_asides: tuple[str, ...] = ()
    # [clause] comma_clauses: "…, as both leaders voiced concern …": after a comma, a word that opens a clause of its
    # own when a verb follows within four words (not "…, as well as the US")
    comma_clauses: tuple[str, ...] = ()
    # [titles_glue] plural_endings: a title word with one of these endings is the title in the plural ("les
    # présidents congolais X et rwandais Y", "the Russian and Chinese foreign ministers, X and Y")
    plural_endings: tuple[str, ...] = ()
    # [interactions] led_by: "a delegation led by X", "đoàn … do X dẫn đầu": the phrase before the leader -> the word
    # that must close the phrase after the leader ("" when none); the leader is the party met
    led_by: dict[str, str] = field(default_factory=dict)
    # [titles_glue] national_posts: a title that only one country (or body: "Under-Secretary-General") has, as written
    # -> its gazetteer key
    # ("Chủ tịch nước" is Vietnam's president, "Home Secretary" Britain's): its holder's post when no body is named
    national_posts: dict[str, str] = field(default_factory=dict)
    # [titles_glue] nationality_markers: "HLV người Hàn Quốc": the country after one, right after a title, is the
    # holder's nationality, not a party of its own
    nationality_markers: frozenset[str] = frozenset()
    first_day: frozenset[str] = frozenset()  # "1er": the first day of a month, written as a word ([dates])
    of_names: bool = True  # "[Amis] de la Terre": an organisation's name goes on over "de la" / "of the"
    name_glue: frozenset[str] = frozenset()  # "Embassy of Russia": words between an institution and its country
    # [structure]: the words of kg.extract.structure (located_in / part_of from the shape of the text)
    structure: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    narrative_openers: tuple[str, ...] = ()  # "Et d'ajouter que …": the cue's speaker is the last one ([speech])
    echo_openers: tuple[str, ...] = ()  # "C'est ce qu'a déclaré X": X said the sentence before ([speech])
    voice_of: tuple[str, ...] = ()  # "a salué par la voix de sa porte-parole, X,": X speaks for the subject
    name_suffixes: frozenset[str] = frozenset()  # "Jr.": a person's name goes on over them ([names] suffixes)
    # [names] abbreviations: abbreviated given names one token each, no sentence's end ("Ma. Teresita Daza")
    name_abbreviations: tuple[str, ...] = ()
    nickname_markers: tuple[str, ...] = ()  # [names] nickname_markers: "dit « Barbecue »" names the person before
    # "pakistanaise" is "pakistanais" with an inflection ending: the gazetteer's demonym once it is cut off
    demonym_endings: tuple[str, ...] = ()
    possessive_pronouns: frozenset[str] = frozenset()  # "his meeting with X": the owner is the subject
    # [furniture] related: a line that opens a box of links to other articles ("Tin liên quan", "Lire aussi",
    # "RELATED COVERAGE"); the headline lines after it are dropped with it
    related_boxes: tuple[re.Pattern, ...] = ()
    # [furniture] key_points: a line that opens a summary box ("L'ESSENTIEL", "Key points"), whose items are short
    # sentences: read like a headline (kg.extract.discourse.summary_sentences: what the body says again is left out)
    key_point_boxes: tuple[re.Pattern, ...] = ()
    comma_introduces_content: bool = False  # "cho biết, Nga sẽ …": a comma after the cue opens the content
    # "X hoan nghênh …, khẳng định …": in a language without participles, a cue right after a comma is the clause's
    # second verb and has its subject
    comma_verbs_share_subject: bool = False
    # [speech] label_cues: a cue that gives a thing a name, and the word before the name ("qualifier" -> "de": "a
    # qualifié l'accord de « mascarade »" says "mascarade"); without that word after the object, no speech; an empty
    # word takes a quote right after the object ('calling it "a step toward …"')
    label_cues: dict[str, str] = dataclasses.field(default_factory=dict)
    first_person: frozenset[str] = frozenset()  # "tôi", "nous", "we": in an interview's answer, the one answering
    # [institutions] local_heads: a body of a province or a city named with it ("UBND tỉnh Bắc Ninh", "le parquet de
    # Lyon"): head -> English name; local_glue: the words between the head and the place ("tỉnh", "de")
    local_heads: dict[str, str] = dataclasses.field(default_factory=dict)
    local_glue: frozenset[str] = frozenset()
    # [nlp] verb_endings: a verb whose lemma the backend left as written takes the infinitive of its regular ending
    # ("conteste" -> "contester"), longest ending first
    verb_endings: tuple[tuple[str, str], ...] = ()
    # [nlp] perfect_auxiliaries: a participle the tagger took for an adjective after one of these ("a-t-il martelé")
    # is a verb
    perfect_auxiliaries: frozenset[str] = frozenset()
    # [speech] addressee_cues: a name right after one of these is who was told ("told Wikinews the samples …")
    addressee_cues: frozenset[str] = frozenset()
    # [clause] object_clitics: object pronouns inside a verb group ("et l'a exhortée"): the verb is still coordinated
    object_clitics: frozenset[str] = frozenset()
    # [interactions] via_preps: what follows one is the channel, not the other party ("viện trợ … thông qua JICA")
    via_preps: tuple[str, ...] = ()
    # [speech] medium_phrases: where something was said, not what ("a confirmé l'accord dans un communiqué publié …")
    medium_phrases: tuple[str, ...] = ()
    # [speech] impersonal_sources: "a-t-on appris auprès du parquet": the page's own narration, from a source
    impersonal_sources: tuple[str, ...] = ()
    # [speech] unnamed_sources: "…, indique le communiqué, sans préciser …": an inverted cue whose speaker is a
    # document names no one who spoke
    unnamed_sources: tuple[str, ...] = ()
    # [speech] without: "sans préciser si …", "without saying whether …": a cue after it says nothing (a refusal
    # cue of ``negated_cues`` after it is not blocked)
    without: frozenset[str] = frozenset()
    # [coref] speaker_anaphors: "the Dutchman told BBC Sport": a word for a person named before that means the last
    # person who spoke (a nationality says who only to a reader who knows him)
    speaker_anaphors: tuple[str, ...] = ()
    # [coref] state_nouns: "Les autorités de transition maliennes ont accusé …", "Malian authorities said": with a
    # demonym, the state speaks
    state_nouns: frozenset[str] = frozenset()
    # [coref] indefinites: "…, a indiqué un porte-parole du gouvernement": a title after one is someone unnamed, never
    # a person named before
    indefinites: frozenset[str] = frozenset()
    # [speech] citing: "…, AFP reports citing the Kenyan presidency": what follows the cue names the source, and
    # what was reported stands before the cue
    citing: tuple[str, ...] = ()
    # [speech] voice_nouns: "Netanyahu's office said", "Cornyn's statement added": the possessor speaks through it
    # (any other noun after a person's "'s" is the subject itself: "Gueye's header denied …")
    voice_nouns: frozenset[str] = frozenset()
    # [speech] anaphoric_contents: "Bà X cho biết như vậy chiều 3/12 để trả lời …": a content opening with one points
    # back to words already reported, and says nothing new
    anaphoric_contents: tuple[str, ...] = ()
    # [speech] single_quotes: single quotation marks quote (a language with no apostrophes: "'…' - Thủ tướng nói")
    single_quotes: bool = False
    # [titles_glue] portfolios: "ministre délégué chargé de l'Europe": what follows one names the post's brief, not
    # the body the post belongs to
    portfolios: frozenset[str] = frozenset()
    # [titles_glue] plural_markers: "các bộ trưởng, chủ tịch UBND các tỉnh": a title after one is written in the plural
    # and names no one holder
    plural_markers: frozenset[str] = frozenset()
    # [speech] according_to_persons: "Pour le chercheur X, de l'Institut …, Paris « … »": a word that opens a sentence
    # and gives a person's view, a source only before a person (not "Pour la France, …")
    according_to_persons: tuple[str, ...] = ()
    # [speech] directive_nouns: "đã ký công điện yêu cầu …": a request right after one of these, the object of a verb,
    # is that verb's subject's
    directive_nouns: tuple[str, ...] = ()
    # [speech] asked_openers: "Asked about the refereeing, he declined to comment.": what a refusal with nothing after
    # it was about is what the opener asked
    asked_openers: tuple[str, ...] = ()

    @cached_property
    def title_heads(self) -> dict[str, str]:
        """Titles and institutions in one table (a person's span may start with either: "Bộ trưởng Bộ Công
        Thương X"), made once so the phrase matcher indexes it once."""
        return {**self.titles, **self.institutions}


def _compile(patterns: list[str], where: str) -> tuple[re.Pattern, ...]:
    out = []
    for p in patterns:
        try:
            out.append(re.compile(p))
        except re.error as exc:
            raise ConfigError(f"{where}: bad regular expression {p!r}: {exc}") from exc
    return tuple(out)


def _low(words) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


@cache
def tables(lang: str) -> LangTables:
    """The tables of one language; an unknown language lists the known ones."""
    if lang not in SUPPORTED_LANGS:
        raise UnknownNameError("language", lang, list(SUPPORTED_LANGS))
    name = f"{lang}.toml"
    raw = tomllib.loads(resources.files("kg.lang").joinpath(name).read_text(encoding="utf-8"))
    check_tables(raw, name, lang)
    try:
        f, m, s, c = raw["furniture"], raw["metadata"], raw["speech"], raw["coref"]
        if raw.get("cues_match", "lemma") not in ("lemma", "text"):
            raise ConfigError(f"{name}: cues_match must be 'lemma' or 'text'")
        return LangTables(
            lang=lang,
            cues_on_lemmas=raw.get("cues_match", "lemma") == "lemma",
            furniture_lines=_compile(f.get("lines", []), name),
            furniture_inline=_compile(f.get("inline", []), name),
            related_boxes=_compile(f.get("related", []), name),
            key_point_boxes=_compile(f.get("key_points", []), name),
            meta_source=_compile(m.get("source", []), name),
            meta_dateline=_compile(m.get("dateline", []), name),
            speech_cues={k.lower(): v for k, v in s["cues"].items()},
            negated_cues={k.lower(): v for k, v in s.get("negated_cues", {}).items()},
            all_speech_cues={k.lower(): v for k, v in (*s["cues"].items(), *s.get("negated_cues", {}).items())},
            after_cue=_low(s.get("after_cue", [])),
            adverbial_after_cue=_low(s.get("adverbial_after_cue", [])),
            complementizers=_low(s.get("complementizers", [])),
            coordinators=_low(s.get("coordinators", [])),
            according_to=_low(s.get("according_to", [])),
            media_markers=_low(s.get("media_markers", [])),
            participle_suffixes=_low(s.get("participle_suffixes", [])),
            past_participle_suffixes=_low(s.get("past_participle_suffixes", [])),
            participle_preps=frozenset(_low(s.get("participle_preps", []))),
            clause_cues=frozenset(_low(s.get("clause_cues", []))),
            cue_blockers={k.lower(): frozenset(_low(v)) for k, v in s.get("cue_blockers", {}).items()},
            speech_nominalisers=_low(s.get("nominalisers", [])),
            about=_low(s.get("about", [])),
            content_anaphors=frozenset(_low(s.get("content_anaphors", []))),
            claim_nouns={w: 1 for w in _low(s.get("claim_nouns", []))},
            negated_as={k.lower(): v for k, v in s.get("negated_as", {}).items()},
            object_of=frozenset(_low(s.get("object_of", []))),
            concern_words=frozenset(_low(s.get("concern_words", []))),
            titles={k.lower(): v for k, v in raw["titles"].items()},
            titles_glue=frozenset(_low(raw["titles_glue"]["words"])),
            title_possessives=frozenset(_low(raw["titles_glue"].get("possessives", []))),
            affiliations=frozenset(_low(raw["titles_glue"].get("affiliations", []))),
            sides=_low(raw["titles_glue"].get("sides", [])),
            plural_endings=_low(raw["titles_glue"].get("plural_endings", [])),
            national_posts={k.lower(): v for k, v in raw["titles_glue"].get("national_posts", {}).items()},
            nationality_markers=frozenset(_low(raw["titles_glue"].get("nationality_markers", []))),
            body_anaphors={w: 1 for w in _low(raw["titles_glue"].get("body_anaphors", []))},
            head_anaphors={w: 1 for w in _low(raw["titles_glue"].get("head_anaphors", []))},
            title_joiners=frozenset(_low(raw["titles_glue"].get("joiners", []))),
            topic_posts=frozenset(_low(raw["titles_glue"].get("topic_posts", []))),
            role_bodies={k.lower(): _low(v) for k, v in raw["titles_glue"].get("role_bodies", {}).items()},
            person_pronouns=frozenset(_low(c.get("person_pronouns", []))),
            according_to_pronouns=frozenset(_low(s.get("according_to_pronouns", []))),
            honorifics=frozenset(_low(c.get("honorifics", []))),
            anaphors=_low(c.get("anaphors", [])),
            speaker_anaphors=_low(c.get("speaker_anaphors", [])),
            state_nouns=frozenset(_low(c.get("state_nouns", []))),
            indefinites=frozenset(_low(c.get("indefinites", []))),
            negators=frozenset(_low(raw["negation"]["words"])),
            boundaries=_low(raw.get("clause", {}).get("boundaries", [])),
            relatives=frozenset(_low(raw.get("clause", {}).get("relatives", []))),
            passive=frozenset(_low(raw.get("clause", {}).get("passive", []))),
            agent_preps=frozenset(_low(raw.get("clause", {}).get("agent_preps", []))),
            purpose=_low(raw.get("clause", {}).get("purpose", [])),
            light_verbs=frozenset(_low(raw["interactions"].get("light_verbs", []))),
            fronted_preps=_low(raw["interactions"].get("fronted_preps", [])),
            nominal_cues={k.lower(): v for k, v in raw["interactions"].get("nominal_cues", {}).items()},
            we=_low(raw["interactions"].get("we", [])),
            list_markers=_low(raw["interactions"].get("list_markers", [])),
            first_names=frozenset(raw.get("names", {}).get("first_names", [])),
            group_nouns=frozenset(_low(raw["interactions"].get("group_nouns", []))),
            pair_anaphors={w: 1 for w in _low(raw["interactions"].get("pair_anaphors", []))},
            modifier_nouns={w: 1 for w in _low(raw["interactions"].get("modifier_nouns", []))},
            institutions={k.lower(): v for k, v in raw.get("institutions", {}).get("heads", {}).items()},
            body_heads={k.lower(): v for k, v in raw.get("institutions", {}).get("body_heads", {}).items()},
            host_preps=frozenset(_low(raw.get("institutions", {}).get("host_preps", []))),
            country_first=bool(raw.get("institutions", {}).get("country_first", False)),
            home_country=raw.get("institutions", {}).get("home_country"),
            home_surnames=frozenset(raw.get("institutions", {}).get("home_surnames", [])),
            company_forms=frozenset(raw.get("institutions", {}).get("company_forms", [])),
            lowercase_name_heads=frozenset(_low(raw.get("institutions", {}).get("lowercase_name_heads", []))),
            verb_endings=tuple(sorted(((k.lower(), v) for k, v in raw.get("nlp", {}).get("verb_endings", {}).items()),
                                      key=lambda kv: -len(kv[0]))),
            local_heads={k.lower(): v for k, v in raw.get("institutions", {}).get("local_heads", {}).items()},
            local_glue=frozenset(_low(raw.get("institutions", {}).get("local_glue", []))),
            place_preps=frozenset(_low(raw["interactions"].get("place_preps", []))),
            nominalisers=_low(raw["interactions"].get("nominalisers", [])),
            country_anaphors=_low(c.get("country_anaphors", [])),
            control_verbs=frozenset(_low(raw.get("clause", {}).get("control_verbs", []))) | frozenset(
                w for ws in raw["modality"].values() for w in _low(ws)),
            modality={k: _low(v) for k, v in raw["modality"].items()},
            dates=raw["dates"],
            interactions={k.lower(): v for k, v in raw["interactions"]["cues"].items()},
            object_preps=frozenset(_low(raw["interactions"].get("object_preps", []))),
            place_cues=frozenset(_low(raw["interactions"].get("place_cues", []))),
            between=_low(raw["interactions"].get("between", [])),
            conjunctions=frozenset(_low(raw["interactions"].get("conjunctions", []))),
            partner_nouns=_low(raw["interactions"].get("partner_nouns", [])),
            partner_with=frozenset(_low(raw["interactions"].get("partner_with", []))),
            call_nouns=_low(raw["interactions"].get("call_nouns", [])),
            led_by={k.lower(): v.lower() for k, v in raw["interactions"].get("led_by", {}).items()},
            via_preps=_low(raw["interactions"].get("via_preps", [])),
            topic_cues=frozenset(_low(raw["interactions"].get("topic_cues", []))),
            member_nouns={w: 1 for w in _low(raw["interactions"].get("member_nouns", []))},
            copulas=frozenset(_low(raw["interactions"].get("copulas", []))),
            possessive=frozenset(_low(raw["interactions"].get("possessive", []))),
            word_classes={cls: _low(words) for cls, words in raw.get("rules_tagger", {}).items()},
            perfect_auxiliaries=frozenset(_low(raw.get("nlp", {}).get("perfect_auxiliaries", []))),
            nlp_auto=tuple(raw.get("nlp", {}).get("auto", ())),
            spacy_model=raw.get("nlp", {}).get("spacy_model"),
            spacy_package=raw.get("nlp", {}).get("spacy_package"),
            legacy_encodings=tuple(raw.get("legacy_encodings", ())),
            possessive_clitics=frozenset(raw.get("names", {}).get("possessive_clitics", [])),
            name_particles=frozenset(_low(raw.get("names", {}).get("particles", []))),
            conjoined_skip=frozenset(_low(raw["interactions"].get("conjoined_skip", []))),
            sentence_connectives=frozenset(_low(s.get("sentence_connectives", []))),
            reflexives=frozenset(_low(raw.get("clause", {}).get("reflexives", []))),
            clause_asides=_low(raw.get("clause", {}).get("asides", [])),
            comma_clauses=_low(raw.get("clause", {}).get("comma_clauses", [])),
            first_day=frozenset(raw["dates"].get("first_day", [])),
            of_names=bool(raw.get("institutions", {}).get("of_names", True)),
            name_glue=frozenset(raw.get("institutions", {}).get("glue", [])),
            first_person=frozenset(_low(c.get("first_person", []))),
            comma_introduces_content=bool(s.get("comma_introduces_content", False)),
            comma_verbs_share_subject=bool(s.get("comma_verbs_share_subject", False)),
            label_cues={k.lower(): v.lower() for k, v in s.get("label_cues", {}).items()},
            possessive_pronouns=frozenset(_low(raw["interactions"].get("possessive_pronouns", []))),
            name_suffixes=frozenset(raw.get("names", {}).get("suffixes", [])),
            name_abbreviations=tuple(raw.get("names", {}).get("abbreviations", [])),
            nickname_markers=_low(raw.get("names", {}).get("nickname_markers", [])),
            demonym_endings=tuple(sorted(_low(raw.get("names", {}).get("demonym_endings", [])), key=len, reverse=True)),
            narrative_openers=_low(s.get("narrative_openers", [])),
            echo_openers=_low(s.get("echo_openers", [])),
            voice_of=_low(s.get("voice_of", [])),
            addressee_cues=frozenset(_low(s.get("addressee_cues", []))),
            medium_phrases=_low(s.get("medium_phrases", [])),
            impersonal_sources=_low(s.get("impersonal_sources", [])),
            unnamed_sources=_low(s.get("unnamed_sources", [])),
            without=frozenset(_low(s.get("without", []))),
            according_to_persons=_low(s.get("according_to_persons", [])),
            directive_nouns=_low(s.get("directive_nouns", [])),
            asked_openers=_low(s.get("asked_openers", [])),
            citing=_low(s.get("citing", [])),
            voice_nouns=frozenset(_low(s.get("voice_nouns", []))),
            anaphoric_contents=_low(s.get("anaphoric_contents", [])),
            single_quotes=bool(s.get("single_quotes", False)),
            portfolios=frozenset(_low(raw["titles_glue"].get("portfolios", []))),
            plural_markers=frozenset(_low(raw["titles_glue"].get("plural_markers", []))),
            object_clitics=frozenset(_low(raw.get("clause", {}).get("object_clitics", []))),
            structure={k: _low(v) for k, v in raw.get("structure", {}).items()},
        )
    except KeyError as exc:
        raise ConfigError(f"{name}: missing section or key {exc}") from exc
