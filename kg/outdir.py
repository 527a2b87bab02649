"""The output folder of a build: only kg's own files are touched, one build at a time.

- A folder kg builds into carries a marker file (``.kg-build``). A build refuses a folder that is not empty and has
  no marker (nor the outputs of a build made before markers existed), so ``--out`` never deletes or overwrites a
  user's files.
- ``--out`` may not be an input folder, nor hold one; a kg output folder found inside an input folder is skipped
  when articles are read (see :func:`kg.ingest.read_articles`), so a build never reads its own outputs.
- An exclusive lock (``.kg-lock``, ``flock``) is held for the whole build: a second build into the same folder
  fails at once with a message, instead of mixing the two builds' files.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> with OutputDir(d) as out:
...     sorted(p.name for p in d.iterdir())
['.kg-build', '.kg-lock']
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
from pathlib import Path

from kg.errors import OutputError

__all__ = ["OutputDir", "MARKER", "LOCK", "is_output_dir"]

MARKER = ".kg-build"
LOCK = ".kg-lock"
# what a folder built before markers existed holds: treated as kg's own
_LEGACY_SIGNATURE = ("graph.nq", "statements.jsonl")


def is_output_dir(path: Path) -> bool:
    """Was ``path`` written by ``kg build`` (it has the marker, or the outputs of an older build)?"""
    path = Path(path)
    return (path / MARKER).is_file() or all((path / name).is_file() for name in _LEGACY_SIGNATURE)


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


class OutputDir:
    """Context manager: checks ``path`` may be built into, creates it, marks it and locks it until exit.

    ``inputs`` are the article files and folders of the build: ``path`` may not be one of them or hold one."""

    def __init__(self, path: str | os.PathLike, inputs=()):
        self.path = Path(path)
        self.inputs = [Path(p) for p in inputs]
        self._fh = None

    def check(self) -> None:
        out = self.path.resolve()
        for inp in self.inputs:
            src = inp.resolve()
            if inp.is_dir() and out == src:
                raise OutputError(self.path, "is also an input folder; give the outputs a folder of their own "
                                             "(e.g. --out out/)")
            if _inside(src, out):
                raise OutputError(self.path, f"holds the input {inp}; give the outputs a folder of their own")
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(self.path, "exists and is not a folder")
        # (a folder holding only kg's lock is one another build has just begun to mark: the lock decides)
        if self.path.is_dir() and not is_output_dir(self.path) and \
                any(p.name not in (LOCK, MARKER) for p in self.path.iterdir()):
            raise OutputError(self.path, f"is not empty and was not written by kg build (it has no {MARKER} "
                                         "file); choose a new or empty folder so none of its files is overwritten")

    def __enter__(self) -> "OutputDir":
        self.check()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path / LOCK, "a+", encoding="utf-8")
        except OSError as exc:
            raise OutputError(self.path, f"cannot write here: {exc.strerror or exc}") from None
        try:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._fh.close()
            self._fh = None
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                raise OutputError(self.path, "another kg build is writing to this folder; wait for it to finish "
                                             "or build into another folder") from None
            raise OutputError(self.path, f"cannot lock the folder: {exc.strerror or exc}") from None
        marker = self.path / MARKER
        if not marker.is_file():
            try:
                marker.write_text(json.dumps({"written_by": "kg build"}) + "\n", encoding="utf-8")
            except OSError as exc:
                self.__exit__(None, None, None)
                raise OutputError(self.path, f"cannot write here: {exc.strerror or exc}") from None
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
