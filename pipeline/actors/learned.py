"""The learned recognizer: a small spaCy NER trained on ``ner_train``, proposing actor spans beside the rules.

Takes a GiNZA-parsed Doc; gives ``(start_char, end_char, type)`` spans (type
person, place or organization). It is a transition-based NER with a tok2vec of
its own, narrow (96 wide, 4 layers) to keep its run-time cost small, that reads
each token's text, shape, affixes and Sudachi tag, plus ja_ginza's static word
vectors through the shared vocabulary (so the package ships no vectors).

The weights live in ``pipeline/data/recognizer/`` and load offline; they are
made by ``scripts/train_recognizer.py`` (deterministic: fixed seeds, one
thread). The learned spans never go straight to the output: the combiner
(``combiner.py``) weighs them against the rules' spans.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis
from spacy.vocab import Vocab

# The recognizer's own component: the NER with its tok2vec inside (no listener, nothing shared).
NER_CONFIG = {
    "model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": 64,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": 96,
                # MORPH carries GiNZA's own entity tag of the token (``recognizer_input``).
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "MORPH"],
                "rows": [5000, 1000, 2500, 500, 500, 500],
                "include_static_vectors": True,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": 96,
                "depth": 4,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        },
    },
    "update_with_oracle_cut_size": 100,
}
# The labels it learns: the three kinds of actor of the training data.
LABELS = ("person", "place", "organization")
# Where the shipped weights are (a folder written by ``EntityRecognizer.to_disk``).
WEIGHTS = "recognizer"
# The blank pipeline that holds the NER never tokenizes: GiNZA's Docs come in parsed.
_BLANK_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}


def blank_recognizer(vocab: Vocab) -> Language:
    """A pipeline holding only the untrained NER, on ja_ginza's vocabulary (for its static vectors)."""
    import spacy

    nlp = spacy.blank("ja", vocab=vocab, config=_BLANK_CONFIG)
    nlp.add_pipe("ner", config=NER_CONFIG)
    return nlp


def weights_path() -> Path:
    return Path(str(resources.files("pipeline.data").joinpath(WEIGHTS)))


def has_weights() -> bool:
    return (weights_path() / "model").is_file()


@cache
def _loaded(vocab: Vocab) -> Language:
    nlp = blank_recognizer(vocab)
    nlp.get_pipe("ner").from_disk(weights_path(), exclude=["vocab"])
    return nlp


def load_recognizer(vocab: Vocab) -> Language | None:
    """The trained recognizer on ``vocab`` (ja_ginza's), or None where the package ships no weights."""
    return _loaded(vocab) if has_weights() else None


def recognizer_input(doc: Doc) -> Doc:
    """What the recognizer reads: a copy of the Doc with no entities (the NER would keep them), each token's
    morphology replaced by GiNZA's entity tag for it (``NE=B_Person``, ``NE=O``), which the tok2vec embeds."""
    # Doc.copy deep-copies user_data (Sudachi's sub-tokens), which the recognizer never reads.
    user_data, doc.user_data = doc.user_data, {}
    try:
        copy = doc.copy()
    finally:
        doc.user_data = user_data
    for token in copy:
        token.morph = _entity_tag_analysis(
            copy.vocab, f"{token.ent_iob_}_{token.ent_type_}" if token.ent_type_ else "O"
        )
    copy.ents = ()
    return copy


@cache
def _entity_tag_analysis(vocab: Vocab, tag: str) -> MorphAnalysis:
    # Made once per tag: parsing the feature string for every token cost more than the copy.
    return MorphAnalysis(vocab, {"NE": tag})


def learned_spans(recognizer: Language, doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """The recognizer's spans, found on ``recognizer_input(doc)``: GiNZA's entities stay for the rules."""
    return learned_spans_of_batch(recognizer, [doc])[0]


def learned_spans_of_batch(recognizer: Language, docs: list[Doc]) -> list[tuple[tuple[int, int, str], ...]]:
    """``learned_spans`` of each Doc, the network run once over the batch (a third faster than one by one)."""
    copies = list(recognizer.get_pipe("ner").pipe(recognizer_input(doc) for doc in docs))
    return [tuple((ent.start_char, ent.end_char, ent.label_) for ent in copy.ents) for copy in copies]
