"""Plain dependency labels: the one thing GiNZA's bunsetu recognizer does that the pipeline reads.

Takes a parsed Doc; gives it back with every ``*_bunsetu`` label cut to its
plain form (``nsubj_bunsetu`` → ``nsubj``). ja_ginza's parser marks the head of
each bunsetu phrase with that suffix, and its ``bunsetu_recognizer`` strips it
while it also computes phrase spans for ``ginza.bunsetu_spans``. Nothing here
reads those spans, and computing them (and deep-copying them with every
``Doc.copy``) cost about 3% of the parse, so ``model.load_model`` puts this
component in the recognizer's place.
"""

from __future__ import annotations

from ginza.bunsetu_recognizer import BUNSETU_HEAD_SUFFIX
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("plain_dependency_labels", requires=["token.dep"], assigns=["token.dep"])
def plain_dependency_labels(doc: Doc) -> Doc:
    for token in doc:
        label = token.dep_
        if label.endswith(BUNSETU_HEAD_SUFFIX):
            token.dep_ = label[: -len(BUNSETU_HEAD_SUFFIX)]
    return doc
