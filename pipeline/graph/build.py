"""Fold document results, in input order, into one who-did-what multigraph.

Nodes are entities (merged by id across documents), topics (objects that
are not named entities, keyed by their normalized text) and unnamed actors
(subjects such as デモ隊 that no entity covers). Edges run from subject to
object, one per claim that has both, keyed by the claim's id.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from ..actors.coreference import refers_back
from ..ids import make_node_id, normalize_name
from ..records import Argument, Claim, DocumentResult
from .convert import claim_record, edge_attributes

# Labels of the mentions that refer back to a named actor (同社, 首相, a reading: actors/coreference.py);
# they count as the actor's mentions but are no alias of it.
REFERRING_LABELS = frozenset({"anaphor", "bare_title", "reading"})
TOPIC = "topic"
UNNAMED_ACTOR = "actor"


@dataclass
class _Node:
    type: str
    names: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    # What each document's entity says; the node takes the most common (a country read off one
    # document's context does not outvote what the others say).
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)


def node_id(argument: Argument, role: str) -> str:
    """The node an argument stands for: its entity, else a topic (objects) or unnamed actor (subjects)."""
    if argument.entity_id is not None:
        return argument.entity_id
    return make_node_id(TOPIC if role == "object" else UNNAMED_ACTOR, argument.text)


class GraphBuilder:
    """Accumulates results one document at a time; memory grows with the graph, not the corpus."""

    def __init__(self) -> None:
        self._nodes: dict[str, _Node] = {}
        self._edges: list[tuple[str, str, str, dict[str, object]]] = []

    def add(self, result: DocumentResult) -> None:
        for entity in result.entities:
            node = self._node(entity.id, entity.type)
            node.names[entity.name] += 1
            if entity.country:
                node.countries[entity.country] += 1
            if entity.sector:
                node.sectors[entity.sector] += 1
        for mention in result.mentions:
            node = self._node(mention.entity_id, mention.type)
            node.mentions += 1
            if mention.label not in REFERRING_LABELS:
                node.aliases.add(mention.text)
        for claim in result.claims:
            self._add_claim(claim)

    def _node(self, node_id_: str, node_type: str) -> _Node:
        node = self._nodes.get(node_id_)
        if node is None:
            node = self._nodes[node_id_] = _Node(node_type)
        return node

    def _add_claim(self, claim: Claim) -> None:
        if claim.subject is None or claim.object is None:
            return
        if any(a.entity_id is None and refers_back(a.text) for a in (claim.subject, claim.object)):
            return  # 首相, 同社 with no antecedent in the document: no node of their own
        ends = []
        for argument, role in ((claim.subject, "subject"), (claim.object, "object")):
            identifier = node_id(argument, role)
            node = self._node(identifier, argument.type or identifier.split(":", 1)[0])
            if argument.entity_id is None:
                node.names[normalize_name(argument.text)] += 1
                node.aliases.add(argument.text)
                node.mentions += 1
            ends.append(identifier)
        self._edges.append((ends[0], ends[1], claim.id, edge_attributes(claim_record(claim))))

    def build(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for identifier in sorted(self._nodes):
            node = self._nodes[identifier]
            attributes: dict[str, object] = {
                "label": _label(node),
                "type": node.type,
                "mentions": node.mentions,
                "aliases": "|".join(sorted(node.aliases)),
            }
            if node.countries:
                attributes["country"] = _most_common(node.countries)
            if node.sectors:
                attributes["sector"] = _most_common(node.sectors)
            graph.add_node(identifier, **attributes)
        for source, target, key, attributes in self._edges:
            graph.add_edge(source, target, key=key, **attributes)
        return graph


def _label(node: _Node) -> str:
    # The most frequent name wins; ties go to the alphabetically first, so labels are deterministic.
    if not node.names:
        return min(node.aliases) if node.aliases else ""
    return _most_common(node.names)


def _most_common(counts: Counter[str]) -> str:
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
