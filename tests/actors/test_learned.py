"""The learned recognizer shipped in the package, and the component that combines it with the rules."""

from __future__ import annotations

from pipeline.actors.learned import has_weights, learned_spans, load_recognizer


def test_the_package_ships_the_recognizer_s_weights():
    assert has_weights()


def test_the_recognizer_loads_offline_on_ginza_s_vocabulary_and_finds_actors(nlp, ginza):
    recognizer = load_recognizer(nlp.vocab)
    doc = ginza("山野太郎は北星大学を卒業し、ミドリ電機に入社した。")
    found = {(doc.text[start:end], kind) for start, end, kind in learned_spans(recognizer, doc)}
    assert ("山野太郎", "person") in found
    assert ("ミドリ電機", "organization") in found


def test_the_recognizer_leaves_ginza_s_own_entities_to_the_rules(nlp, ginza):
    doc = ginza("山野太郎は北星大学を卒業した。")
    before = [(e.text, e.label_) for e in doc.ents]
    learned_spans(load_recognizer(nlp.vocab), doc)
    assert [(e.text, e.label_) for e in doc.ents] == before


def test_the_component_combines_the_recognizer_with_the_rules(nlp, combined):
    component = nlp.get_pipe("actor_recognizer")
    assert component.recognizer is not None and component.weights
    # A foreign name the rules alone miss, as the object of a verb (no cue word, no title).
    assert ("ゾルタン・ヴァルガ", "person") in [
        (t, k) for t, k, _ in combined("記者がゾルタン・ヴァルガを取材した。")
    ]
