"""The actor graph: one edge per (subject, event, object, negated), actors only, topics as attributes."""

from __future__ import annotations

import io

import networkx as nx

from pipeline.graph.actors import (
    WRITER_SOURCE,
    actor_graph,
    claim_source,
    contradicted_statements,
    edge_key,
    scalar_graph,
)
from pipeline.graph.graphml import write_graphml
from pipeline.graph.nodelink import write_node_link

from .views import sample_graph, sample_results


def test_claims_with_the_same_subject_event_object_and_negation_fold_into_one_weighted_edge():
    actors = actor_graph(sample_graph())
    support = actors.edges[
        "country:JPN", "country:USA", edge_key("country:JPN", "SUPPORT", "country:USA", False)
    ]
    assert support["weight"] == 2 and support["documents"] == 2
    # The writer of a and 北星新聞 in b: two sources.
    assert support["sources"] == 2
    assert support["predicate"] == "支援する" and support["predicates"] == "支援する"
    assert support["claim_ids"] == ["a:3", "b:3"]
    assert support["polarity"] == "cooperation" and support["contradicted"] is False
    assert support["modalities"] == "asserted|reported" and support["sections"] == "article"


def test_a_negated_claim_has_an_edge_of_its_own_and_both_are_contradicted():
    actors = actor_graph(sample_graph())
    yamada, hokusei = "person:山田太郎", "organization:北星電機"
    affirmed = actors.edges[yamada, hokusei, edge_key(yamada, "CONSULT", hokusei, False)]
    negated = actors.edges[yamada, hokusei, "person:山田太郎-CONSULT.not-organization:北星電機"]
    assert (affirmed["negated"], negated["negated"]) == (False, True)
    assert affirmed["contradicted"] and negated["contradicted"]
    assert not any(
        data["contradicted"] for subject, _, data in actors.edges(data=True) if subject != "person:山田太郎"
    )


def test_only_actors_are_nodes_and_a_topic_claim_is_an_attribute_of_its_actor():
    graph = sample_graph()
    assert "topic:新製品" in graph
    actors = actor_graph(graph)
    assert "topic:新製品" not in actors
    assert {data["type"] for _, data in actors.nodes(data=True)} == {
        "country",
        "organization",
        "person",
        "actor",
    }
    hokusei = actors.nodes["organization:北星電機"]
    assert hokusei["topic_claims"] == 1 and hokusei["topics"] == "新製品"
    assert actors.nodes["country:USA"]["topics"] == "" and actors.nodes["country:USA"]["claims"] == 4
    # An unnamed actor is an actor (of its document); one no claim names (北星新聞, a source) is no node.
    assert "actor:a:デモ隊" in actors and "organization:北星新聞" not in actors


def test_the_top_predicates_are_the_most_frequent_first_ties_alphabetical():
    graph = nx.MultiDiGraph()
    graph.add_node("country:A", type="country", label="A", mentions=1, aliases="A")
    graph.add_node("country:B", type="country", label="B", mentions=1, aliases="B")
    for number, lemma in enumerate(["非難する", "批判する", "批判する", "抗議する", "糾弾する"]):
        graph.add_edge(
            "country:A",
            "country:B",
            key=str(number),
            claim_id=str(number),
            predicate=lemma,
            negated=False,
            event="ACCUSE",
            polarity="conflict",
            doc_id="d",
            source="",
            source_id="",
            modality="asserted",
            section="",
        )
    edge = actor_graph(graph).edges["country:A", "country:B", "country:A-ACCUSE-country:B"]
    assert edge["predicates"] == "批判する|抗議する|糾弾する" and edge["predicate"] == "批判する"
    assert edge["sources"] == 1 and edge["sections"] == ""


def test_a_claim_source_is_its_entity_else_its_text_else_the_documents_writer():
    assert claim_source({"source_id": "organization:X", "source": "X紙", "doc_id": "d"}) == "organization:X"
    assert claim_source({"source_id": "", "source": "関係者", "doc_id": "d"}) == "関係者"
    assert claim_source({"source_id": "", "source": "", "doc_id": "d"}) == WRITER_SOURCE + "d"


def test_contradicted_statements_need_the_same_predicate_affirmed_and_negated():
    statements = contradicted_statements(sample_graph())
    assert statements == {("person:山田太郎", "訪問する", "organization:北星電機")}


def test_the_actor_graph_is_sorted_and_its_scalars_do_not_depend_on_the_order_of_the_documents():
    forward = actor_graph(sample_graph())
    backward = actor_graph(sample_graph(list(reversed(sample_results()))))
    assert list(forward.nodes) == sorted(forward.nodes)
    assert [edge[:2] for edge in forward.edges] == sorted(edge[:2] for edge in forward.edges)
    first, second = io.BytesIO(), io.BytesIO()
    write_graphml(scalar_graph(forward), first)
    write_graphml(scalar_graph(backward), second)
    assert first.getvalue() == second.getvalue()
    # claim_ids keep the input order (the order of claims.jsonl): the one list, left out of GraphML.
    assert b"claim_ids" not in first.getvalue()
    listed = io.BytesIO()
    write_node_link(forward, listed)
    assert b'"claim_ids": [' in listed.getvalue()
