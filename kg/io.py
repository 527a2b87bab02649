"""File writing that never leaves a half-written output: write to a temporary file beside the target, then rename.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(d / "a.txt", "hello")
>>> (d / "a.txt").read_text()
'hello'
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_write_text", "atomic_write_bytes", "atomic_writer", "StagedWrites", "staged_writes"]


class StagedWrites:
    """Files written under temporary names beside their targets and renamed into place together by
    :meth:`commit`, once every one is complete: a build that fails part way (disk full, a crash) leaves the previous
    set of outputs whole instead of a mix of old and new files. :meth:`discard` removes the temporary files."""

    def __init__(self, durable: bool = True):
        self.durable = durable
        self._pending: list[tuple[str, Path]] = []

    @contextlib.contextmanager
    def writer(self, path: str | os.PathLike) -> Iterator[BinaryIO]:
        """A binary file to stream into; it joins the set only if the block completes."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; outputs get the usual permissions
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                if self.durable:
                    os.fsync(fh.fileno())
        except BaseException:
            _unlink(tmp)
            raise
        self._pending.append((tmp, path))

    def write_bytes(self, path: str | os.PathLike, data: bytes) -> None:
        with self.writer(path) as fh:
            fh.write(data)

    def write_text(self, path: str | os.PathLike, text: str) -> None:
        self.write_bytes(path, text.encode("utf-8"))

    def commit(self) -> None:
        """Rename every staged file into place (renames cannot fail for lack of space)."""
        for tmp, path in self._pending:
            os.replace(tmp, path)
        self._pending.clear()

    def discard(self) -> None:
        for tmp, _ in self._pending:
            _unlink(tmp)
        self._pending.clear()


@contextlib.contextmanager
def staged_writes(durable: bool = True) -> Iterator[StagedWrites]:
    """A :class:`StagedWrites` committed when the block completes and discarded when it raises."""
    stage = StagedWrites(durable)
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    stage.commit()


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to stream into; on a clean exit it replaces ``path`` whole, on an error it is removed and
    ``path`` keeps its old content. ``durable=False`` skips the fsync before the rename: for files whose loss
    or damage after a power cut is detected and repaired (cache entries), not for outputs."""
    with staged_writes(durable) as stage, stage.writer(path) as fh:
        yield fh


def atomic_write_bytes(path: str | os.PathLike, data: bytes, durable: bool = True) -> None:
    with atomic_writer(path, durable) as fh:
        fh.write(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | os.PathLike, text: str, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable)
