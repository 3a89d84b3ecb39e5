"""Load the GiNZA model with the project's components added, or read its name and version only.

Takes a model package name; gives a spaCy ``Language`` whose last component is
``actor_recognizer`` (pipeline/actors/component.py), with GiNZA's bunsetu
recognizer replaced by ``plain_dependency_labels`` (labels.py). ``model_meta`` reads the
package's meta.json without loading it (or importing spaCy), for the process
that hands documents to workers.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "ja_ginza"


class ModelError(RuntimeError):
    """The GiNZA model is missing or does not load."""


def _missing(name: str, error: object) -> ModelError:
    return ModelError(
        f"cannot load the spaCy model {name!r}: install it with `pip install ja-ginza` "
        f"(or the package named {name!r}); {error}"
    )


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a GiNZA model by package name."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise _missing(name, error) from None
    from ..actors import component  # noqa: F401  (registers the actor_recognizer factory)
    from . import labels  # noqa: F401  (registers plain_dependency_labels)

    if "bunsetu_recognizer" in nlp.pipe_names:
        nlp.replace_pipe("bunsetu_recognizer", "plain_dependency_labels")  # keeps the old name
        nlp.rename_pipe("bunsetu_recognizer", "plain_dependency_labels")
    if "actor_recognizer" not in nlp.pipe_names:
        # Last, after ner: it reads the entities and the final (compound-split) tokens and tags.
        nlp.add_pipe("actor_recognizer", last=True)
    return nlp


def model_meta(name: str = DEFAULT_MODEL) -> dict[str, str]:
    """The model's ``{"name", "version"}`` as report.json gives them, from its package or folder."""
    folder = Path(name)
    if not (folder / "meta.json").is_file():
        try:
            spec = importlib.util.find_spec(name) if name.isidentifier() else None
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            raise _missing(name, "no such package")
        folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _missing(name, f"no readable meta.json ({error})") from None
    return model_name(meta, name)


def model_name(meta: dict, name: str) -> dict[str, str]:
    """``{"name": "ja_ginza", "version": "5.3.0"}`` from a model's meta (``nlp.meta`` or meta.json)."""
    return {
        "name": f"{meta.get('lang', 'ja')}_{meta.get('name', name)}",
        "version": str(meta.get("version", "")),
    }
