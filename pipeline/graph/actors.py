"""The actor graph (actors.graphml, actors.json): who acts on whom, how often, and where it is disputed.

``actor_graph`` folds the per-claim multigraph (``build``) into one edge per (subject, event category,
object, negated); it reads the claims off that graph's edges, so a claim still becomes a record in
``convert`` alone. No I/O.

Only actors are nodes: persons, countries, organizations, locations and unnamed actors (デモ隊).
A claim whose object is a topic (派兵, 独立) gives no edge: its actor keeps it as node attributes,
``topic_claims`` and its most frequent ``topics``. On 1,000 Wikinews articles the topics most actors
share are words such as 発表, 方針 and 試合: as hub nodes they pull every actor into one star and hide
who acts on whom (README, "actors.graphml").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .build import UNNAMED_ACTOR

ACTOR_TYPES = frozenset({"person", "country", "organization", "location", UNNAMED_ACTOR})
TOP_PREDICATES = 3
TOP_TOPICS = 5
# The event of a negated claim's edge in its key: REJECT.not beside REJECT between the same two actors.
NEGATED_SUFFIX = ".not"
# The writer of a document counts as a source of its own unattributed claims, one per document.
WRITER_SOURCE = "writer:"
# Attributes that hold lists: actors.json keeps them, GraphML and GEXF (scalars only) leave them out.
LIST_ATTRIBUTES = frozenset({"claim_ids"})


@dataclass
class _Fold:
    """The claims of one actor edge, as they are added."""

    claim_ids: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    predicates: Counter[str] = field(default_factory=Counter)
    modalities: Counter[str] = field(default_factory=Counter)
    sections: Counter[str] = field(default_factory=Counter)
    polarities: Counter[str] = field(default_factory=Counter)
    contradicted: bool = False


def is_actor(node_data: dict[str, Any]) -> bool:
    return node_data.get("type") in ACTOR_TYPES


def claim_source(claim: dict[str, Any]) -> str:
    """Who states a claim: its source's entity, else the source as written, else the document's writer."""
    return str(claim.get("source_id") or claim.get("source") or WRITER_SOURCE + str(claim["doc_id"]))


def edge_key(subject: str, event: str, obj: str, negated: bool) -> str:
    """``country:JPN-SUPPORT-country:USA``: unique in the graph, as GraphML and graphology want edge ids."""
    return f"{subject}-{event}{NEGATED_SUFFIX if negated else ''}-{obj}"


def contradicted_statements(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) that the texts state both affirmed and negated, by one source or two."""
    stated: dict[tuple[str, str, str], set[bool]] = defaultdict(set)
    for subject, obj, claim in graph.edges(data=True):
        stated[subject, claim["predicate"], obj].add(bool(claim["negated"]))
    return {statement for statement, negations in stated.items() if len(negations) == 2}


def actor_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """One edge per (subject, event, object, negated) between actors; topics become node attributes.

    Nodes keep the per-claim graph's attributes and gain ``claims`` (claims between actors they take
    part in), ``topic_claims`` and ``topics`` (their most frequent topic objects, ``|``-joined).
    Nodes and edges are in sorted order, so the files are the same whatever order the claims came in,
    but for ``claim_ids``, which lists an edge's claims in input order (the order of claims.jsonl).
    """
    contradicted = contradicted_statements(graph)
    folds: dict[tuple[str, str, str, bool], _Fold] = defaultdict(_Fold)
    topics: dict[str, Counter[str]] = defaultdict(Counter)
    for subject, obj, claim in graph.edges(data=True):
        if not is_actor(graph.nodes[subject]):
            continue
        if not is_actor(graph.nodes[obj]):
            topics[subject][graph.nodes[obj]["label"]] += 1
            continue
        fold = folds[subject, str(claim["event"]), obj, bool(claim["negated"])]
        fold.claim_ids.append(str(claim["claim_id"]))
        fold.documents.add(str(claim["doc_id"]))
        fold.sources.add(claim_source(claim))
        fold.predicates[str(claim["predicate"])] += 1
        fold.modalities[str(claim["modality"])] += 1
        fold.sections[str(claim["section"])] += 1
        fold.polarities[str(claim["polarity"])] += 1
        fold.contradicted |= (subject, claim["predicate"], obj) in contradicted

    weights: Counter[str] = Counter()
    for (subject, _, obj, _), fold in folds.items():
        weights[subject] += len(fold.claim_ids)
        if obj != subject:
            weights[obj] += len(fold.claim_ids)

    actors = nx.MultiDiGraph()
    for node in sorted(set(weights) | set(topics)):
        own_topics = topics.get(node, Counter())
        actors.add_node(
            node,
            **graph.nodes[node],
            claims=weights[node],
            topic_claims=sum(own_topics.values()),
            topics="|".join(_most_frequent(own_topics, TOP_TOPICS)),
        )
    for subject, event, obj, negated in sorted(folds):
        fold = folds[subject, event, obj, negated]
        key = edge_key(subject, event, obj, negated)
        actors.add_edge(subject, obj, key=key, **_edge_attributes(event, negated, fold))
    return actors


def _edge_attributes(event: str, negated: bool, fold: _Fold) -> dict[str, Any]:
    predicates = _most_frequent(fold.predicates, TOP_PREDICATES)
    return {
        "event": event,
        "negated": negated,
        "polarity": _most_frequent(fold.polarities, 1)[0],
        "weight": len(fold.claim_ids),
        "documents": len(fold.documents),
        "sources": len(fold.sources),
        "predicate": predicates[0],
        "predicates": "|".join(predicates),
        "contradicted": fold.contradicted,
        "modalities": "|".join(sorted(fold.modalities)),
        "sections": "|".join(sorted(section for section in fold.sections if section)),
        "claim_ids": list(fold.claim_ids),
    }


def _most_frequent(counts: Counter[str], limit: int) -> list[str]:
    # Ties go to the alphabetically first, so the lists are deterministic.
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]]


def scalar_graph(graph: nx.MultiDiGraph, leave_out: Iterable[str] = LIST_ATTRIBUTES) -> nx.MultiDiGraph:
    """A copy without the list attributes, for the formats that hold scalars only (GraphML, GEXF)."""
    leave_out = frozenset(leave_out)
    scalars = nx.MultiDiGraph()
    scalars.graph.update(graph.graph)
    scalars.add_nodes_from(graph.nodes(data=True))
    for subject, obj, key, data in graph.edges(keys=True, data=True):
        scalars.add_edge(subject, obj, key=key, **{k: v for k, v in data.items() if k not in leave_out})
    return scalars
