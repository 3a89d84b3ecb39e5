"""Repairs to the parse that the claim rules read (parse/repairs.py)."""

from __future__ import annotations

from pipeline.parse.repairs import attach_bracketed_arguments


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_an_argument_supplied_in_brackets_belongs_to_the_verb_after_it(nlp):
    doc = nlp("北星市長は「今後も(空港建設を)全力で進める」と述べた。")
    assert _token(doc, "建設").head.text == "今後"  # glued to the noun before the bracket
    attach_bracketed_arguments(doc)
    construction = _token(doc, "建設")
    assert (construction.head.text, construction.dep_) == ("進める", "obj")
    assert (_token(doc, "空港").head.text, _token(doc, "を").head.text) == ("建設", "建設")


def test_a_bracket_that_closes_with_no_particle_is_left_alone(nlp):
    # A reading or an age in brackets is no argument.
    doc = nlp("北星市の山田一郎(やまだ・いちろう)市長(45)が辞任した。")
    heads = [t.head.i for t in doc]
    attach_bracketed_arguments(doc)
    assert [t.head.i for t in doc] == heads
