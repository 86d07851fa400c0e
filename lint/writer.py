"""Write files atomically: a temporary file beside the target, then a rename.

The file keeps its permission bits. A file whose write bits are all clear is treated as
read-only even when the process could write it anyway (as root can), so ``--fix`` never
silently rewrites a file the user protected. Until :meth:`AtomicFile.commit`, the target
is untouched; a failure at any point leaves it as it was.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import stat
import tempfile
from pathlib import Path
from typing import IO


class WriteError(Exception):
    """The fixed content could not be written; the original file is untouched."""


class AtomicFile:
    """A replacement for ``target``, streamed into a temporary file in the same folder.

    ``create`` allows a ``target`` that does not exist yet (it gets the permissions a new
    file gets); ``purpose`` names what is written, in error messages.
    """

    def __init__(self, target: Path, compress: bool = False, *, create: bool = False,
                 purpose: str = "fixes") -> None:
        self.target = target.resolve()
        self.purpose = purpose
        self._tmp: str | None = None
        self._raw: IO[bytes] | None = None
        self._handle: IO[bytes] | None = None
        try:
            if create and not self.target.exists():
                self._mode = 0o666 & ~_umask()
            else:
                self._mode = stat.S_IMODE(self.target.stat().st_mode)
            if not self._mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
                raise WriteError(f"cannot write {purpose}: the file is read-only")
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent
            )
        except OSError as exc:
            raise self._fail(exc) from exc
        self._raw = os.fdopen(fd, "wb")
        self._handle = self._raw
        if compress:
            # mtime=0 and no file name in the header: the same content gives the same bytes.
            self._handle = gzip.GzipFile(  # type: ignore[assignment]
                filename="", fileobj=self._raw, mode="wb", mtime=0)

    def write(self, data: bytes) -> None:
        assert self._handle is not None
        try:
            self._handle.write(data)
        except OSError as exc:
            self.discard()
            raise self._fail(exc) from exc

    def commit(self) -> None:
        """Swap the new content in; raise WriteError (and keep the original) on failure."""
        assert self._handle is not None and self._raw is not None and self._tmp is not None
        try:
            if self._handle is not self._raw:
                self._handle.close()
            self._raw.flush()
            os.fsync(self._raw.fileno())
            self._raw.close()
            os.chmod(self._tmp, self._mode)
            os.replace(self._tmp, self.target)
            self._tmp = None
        except OSError as exc:
            raise self._fail(exc) from exc
        finally:
            self.discard()

    def _fail(self, exc: OSError) -> WriteError:
        return WriteError(f"cannot write {self.purpose}: {exc.strerror or exc}")

    def discard(self) -> None:
        """Drop the temporary file; the target stays as it was."""
        for handle in (self._handle, self._raw):
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
        self._handle = self._raw = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    """Replace the content of ``path`` with ``data`` atomically."""
    out = AtomicFile(path)
    out.write(data)
    out.commit()
