"""One exception tree for kg. Each error subclasses the matching builtin and carries its facts as attributes.

>>> try:
...     raise InputError("a.txt", "file is empty")
... except ValueError as exc:
...     print(exc)
a.txt: file is empty
"""
from __future__ import annotations

__all__ = [
    "KgError",
    "InputError",
    "ConfigError",
    "UnknownNameError",
    "ModelNotAvailableError",
    "UnsupportedLanguageError",
    "OutputError",
]


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class InputError(KgError, ValueError):
    """An input file (or one line of it) cannot be read or parsed."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class UnsupportedLanguageError(InputError):
    """The article's language is not one kg can process."""

    def __init__(self, path: str, lang: str, supported: tuple[str, ...], line: int | None = None):
        self.lang, self.supported = lang, supported
        super().__init__(path, f"language {lang!r} is not supported (supported: {', '.join(supported)})", line)


class OutputError(KgError, OSError):
    """The output folder cannot be used (not kg's, locked by another build, read-only, the disk full)."""

    def __init__(self, path, reason: str):
        self.path, self.reason = str(path), reason
        Exception.__init__(self, f"{self.path}: {reason}")

    def __str__(self) -> str:
        return self.args[0]


class ConfigError(KgError, ValueError):
    """The configuration file or a command-line option is invalid."""


class UnknownNameError(KgError, KeyError):
    """A registry lookup used a name nobody registered."""

    def __init__(self, kind: str, name: str, known: list[str]):
        self.kind, self.name, self.known = kind, name, sorted(known)
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(self.known) or '(none)'}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


class ModelNotAvailableError(KgError, RuntimeError):
    """No usable NLP model for a language: says what was looked for and how to fix it."""

    def __init__(self, lang: str, looked_for: list[str], fix: str):
        self.lang, self.looked_for, self.fix = lang, looked_for, fix
        lines = [f"no usable NLP model for language {lang!r}.", "Looked for:"]
        lines += [f"  - {item}" for item in looked_for]
        lines.append(f"Fix: {fix}")
        super().__init__("\n".join(lines))
