"""corpus-lint's built-in rules, registered through the ``corpus_lint.rules`` entry points.

Rules written in Python live in one module per family (``dup``, ``enc``, ...); rules that
are lists of phrases or patterns live as data in ``packs/*.yaml``.
"""
