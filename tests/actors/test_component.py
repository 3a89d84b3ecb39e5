"""The actor_recognizer component: its rule lists, the choice among candidates, and what it writes."""

from __future__ import annotations

from pipeline.actors.candidates import ActorSpan, select_by_priority
from pipeline.actors.component import FINAL_PASSES, POST_PASSES, SPAN_RULES
from tests.actors.helpers import hand_doc


def test_the_rule_lists_are_registered_in_order():
    assert SPAN_RULES.name == "actors.spans"
    assert SPAN_RULES.names() == [
        "abbreviation_spans",
        "known_organization_spans",
        "organization_suffix_spans",
        "repaired_entity_spans",
        "gazetteer_country_spans",
        "proper_noun_spans",
        "acronym_spans",
        "titled_name_spans",
        "cued_organization_spans",
        "cued_person_spans",
        "described_spans",
        "department_spans",
        "geographic_spans",
        "regnal_name_spans",
        "unknown_subject_spans",
    ]
    assert POST_PASSES.name == "actors.post_passes"
    assert POST_PASSES.names() == [
        "without_model_numbers",
        "without_ranks",
        "without_editions",
        "without_time_zones_and_web_editions",
        "without_citations",
        "without_quoted_titles",
        "without_battle_names",
        "without_parts_of_longer_names",
        "without_facility_or_event_openers",
        "without_kinds_of_bodies",
        "bodies_of_members",
        "select_by_priority",
        "split_lists",
        "complete_person_names",
        "join_split_names",
        "join_place_chains",
    ]
    assert FINAL_PASSES.name == "actors.final_passes"
    assert FINAL_PASSES.names() == [
        "trimmed_of_dangling_dots",
        "parts_of_places",
        "administrations_of_persons",
    ]


# --- select_by_priority (a post-pass) -----------------------------------------------------------


def test_where_candidates_overlap_the_higher_priority_and_then_the_longer_wins():
    doc = hand_doc(["米", "軍"])
    country = ActorSpan(0, 1, "abbreviation", "country", 7)
    army = ActorSpan(0, 2, "organization_suffix", "organization", 5)
    longer_army = ActorSpan(0, 2, "Military", "organization", 3)
    assert select_by_priority(doc, [army, country]) == [country]
    assert select_by_priority(doc, [ActorSpan(0, 1, "Country", "country", 3), longer_army]) == [longer_army]


def test_candidates_apart_all_stay_sorted_and_empty_ones_go():
    doc = hand_doc(["日", "と", "米"])
    first, second = ActorSpan(0, 1, "a", "country", 1), ActorSpan(2, 3, "a", "country", 7)
    assert select_by_priority(doc, [second, ActorSpan(1, 1, "a", "country", 9), first]) == [first, second]


def test_the_pipeline_gives_each_stretch_of_text_one_actor(labelled):
    # Several rules find 北陸電力; one span stands.
    assert labelled("北陸電力は値上げを申請した。") == [("北陸電力", "organization", "organization_suffix")]


# --- the component ------------------------------------------------------------------------------


def test_the_component_runs_last_and_writes_plain_spans_and_entities(nlp):
    doc = nlp("ロシアのプーチン大統領は米NBC Newsに語った。")
    assert nlp.pipe_names[-1] == "actor_recognizer"
    assert nlp.pipe_names.index("actor_recognizer") > nlp.pipe_names.index("ner")
    spans = doc._.actor_spans
    assert all(isinstance(value, (int, str)) for span in spans for value in span)
    assert [(doc.text[s:e], t) for s, e, _, t in spans] == [
        ("ロシア", "country"),
        ("プーチン", "person"),
        ("米", "country"),
        ("NBC News", "organization"),
    ]
    assert [e.text for e in doc.ents if e.label_ == "known_organization"] == ["NBC News"]


def test_the_spans_are_the_same_on_every_run(actors):
    text = "米国と露軍、岸田文雄首相と岸田氏、日米首脳会談。"
    assert actors(text) == actors(text)
