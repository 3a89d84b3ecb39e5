"""The labels the pipeline's parse gives are those GiNZA's own bunsetu recognizer would give."""

from __future__ import annotations

from ginza.bunsetu_recognizer import BUNSETU_HEAD_SUFFIX, BunsetuRecognizer

from pipeline.parse.labels import plain_dependency_labels

SENTENCES = (
    "北星市の市長は新しい図書館の建設を来年から始めると記者団に語った。",
    "南海電機の社員3人が横領の疑いで県警に逮捕され、同社は謝罪した。",
)


def test_the_model_has_no_bunsetu_recognizer_and_strips_the_suffix_in_its_place(nlp):
    assert "bunsetu_recognizer" not in nlp.pipe_names
    assert nlp.pipe_names.index("plain_dependency_labels") > nlp.pipe_names.index("parser")


def test_labels_equal_ginzas_own_bunsetu_recognizer(nlp):
    ginza = BunsetuRecognizer(nlp)
    with nlp.select_pipes(disable=["plain_dependency_labels", "actor_recognizer"]):
        for sentence in SENTENCES:
            suffixed = nlp(sentence)
            assert any(token.dep_.endswith(BUNSETU_HEAD_SUFFIX) for token in suffixed)
            ours = plain_dependency_labels(suffixed.copy())
            theirs = ginza(suffixed.copy())
            assert [token.dep_ for token in ours] == [token.dep_ for token in theirs]
            assert not any(token.dep_.endswith(BUNSETU_HEAD_SUFFIX) for token in ours)
