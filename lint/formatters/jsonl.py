"""``--output-format jsonl``: one JSON object per line, the same fields as ``json``."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..diagnostic import Diagnostic
from . import Context
from .json import as_dict


def format(diagnostics: Sequence[Diagnostic], context: Context) -> str:
    """One compact JSON object per line; nothing at all when there are no findings."""
    return "".join(
        json.dumps(as_dict(d), ensure_ascii=False, default=str) + "\n" for d in diagnostics
    )
