"""Load the GiNZA model with the project's components added.

Takes a model package name; gives a spaCy ``Language`` whose last component is
``actor_recognizer`` (pipeline/actors/component.py).
"""

from __future__ import annotations

import spacy
from spacy.language import Language

DEFAULT_MODEL = "ja_ginza"


class ModelError(RuntimeError):
    """The GiNZA model is missing or does not load."""


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a GiNZA model by package name."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy model {name!r}: install it with `pip install ja-ginza` "
            f"(or the package named {name!r}); {error}"
        ) from None
    from ..actors import component  # noqa: F401  (registers the actor_recognizer factory)

    if "actor_recognizer" not in nlp.pipe_names:
        # Last, after ner: it reads the entities and the final (compound-split) tokens and tags.
        nlp.add_pipe("actor_recognizer", last=True)
    return nlp
