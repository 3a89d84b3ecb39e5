"""What ``python -m pipeline show`` prints, as plain data: the top actors, the best-supported claims, the
contradictions. No I/O and no terminal: ``pipeline/show.py`` renders these.

Everything is read off the per-claim graph and the actor graph folded from it (``actors``), so the
summary agrees with the files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from .actors import contradicted_statements, is_actor

WRITER = "(the writer)"


@dataclass(frozen=True)
class ActorRow:
    id: str
    label: str
    type: str
    country: str
    sector: str
    mentions: int
    claims: int
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class EdgeRow:
    subject: str
    event: str
    negated: bool
    object: str
    predicates: tuple[str, ...]
    weight: int
    documents: int
    sources: int
    contradicted: bool
    example: str


@dataclass(frozen=True)
class Statement:
    """Claims that state one (subject, predicate, object), with or without negation."""

    count: int
    sources: tuple[str, ...]
    example: str


@dataclass(frozen=True)
class Contradiction:
    subject: str
    predicate: str
    object: str
    affirmed: Statement
    negated: Statement


def top_actors(graph: nx.MultiDiGraph, actors: nx.MultiDiGraph, top: int) -> list[ActorRow]:
    """The ``top`` most-mentioned actors (ties: more claims, then id), with claims or without."""
    rows = []
    for node, data in graph.nodes(data=True):
        if not is_actor(data):
            continue
        aliases = sorted(a for a in str(data.get("aliases", "")).split("|") if a and a != data["label"])
        rows.append(
            ActorRow(
                node,
                str(data["label"]),
                str(data["type"]),
                str(data.get("country", "")),
                str(data.get("sector", "")),
                int(data["mentions"]),
                int(actors.nodes[node]["claims"]) if node in actors else 0,
                tuple(aliases),
            )
        )
    rows.sort(key=lambda row: (-row.mentions, -row.claims, row.id))
    return rows[:top]


def best_supported(graph: nx.MultiDiGraph, actors: nx.MultiDiGraph, top: int) -> list[EdgeRow]:
    """The actor edges stated by the most sources, then in the most documents, then by the most claims."""
    sentences = {data["claim_id"]: data["sentence"] for _, _, data in graph.edges(data=True)}
    rows = [
        EdgeRow(
            _label(actors, subject),
            data["event"],
            data["negated"],
            _label(actors, obj),
            tuple(data["predicates"].split("|")),
            data["weight"],
            data["documents"],
            data["sources"],
            data["contradicted"],
            sentences[data["claim_ids"][0]],
        )
        for subject, obj, data in actors.edges(data=True)
    ]
    rows.sort(key=lambda row: (-row.sources, -row.documents, -row.weight, row.subject, row.event, row.object))
    return rows[:top]


def contradictions(graph: nx.MultiDiGraph, top: int) -> list[Contradiction]:
    """What an actor is said both to do and not to do, to an actor or a topic; the most-stated first."""
    disputed = contradicted_statements(graph)
    claims: dict[tuple[str, str, str], dict[bool, list[dict]]] = defaultdict(lambda: {False: [], True: []})
    for subject, obj, data in graph.edges(data=True):
        statement = (subject, data["predicate"], obj)
        if statement in disputed and is_actor(graph.nodes[subject]):
            claims[statement][bool(data["negated"])].append(data)
    found = [
        Contradiction(
            _label(graph, subject),
            predicate,
            _label(graph, obj),
            _statement(sides[False]),
            _statement(sides[True]),
        )
        for (subject, predicate, obj), sides in claims.items()
    ]
    found.sort(key=lambda c: (-(c.affirmed.count + c.negated.count), c.subject, c.predicate, c.object))
    return found[:top]


def _statement(claims: list[dict]) -> Statement:
    sources = sorted({str(claim["source"]) or WRITER for claim in claims})
    return Statement(len(claims), tuple(sources), str(claims[0]["sentence"]))


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", node))
