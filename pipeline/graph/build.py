"""Fold document results, in input order, into one who-did-what multigraph.

Nodes are entities (merged by id across documents), topics (objects that
are not named entities, keyed by their normalized text) and unnamed actors
(subjects such as デモ隊 that no entity covers). Edges run from subject to
object, one per claim that has both, keyed by the claim's id.

A million claims must fit: an edge's attributes are one tuple of values
(``EdgeAttributes``, about 250 bytes where a dict of 22 keys takes 1,200),
with the strings that repeat (predicates, sentences, document ids) shared,
and ``build`` moves them into the graph rather than copying them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..actors.coreference import refers_back
from ..ids import make_node_id, normalize_name
from ..records import Argument, Claim, DocumentResult
from .convert import EDGE_ATTRIBUTES, claim_record, edge_attributes

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


def node_id(argument: Argument, role: str, doc_id: str) -> str:
    """The node an argument stands for: its entity, else a topic (objects: one per word in the corpus),
    else an unnamed actor (subjects: one per word in each document, since the 男 or the 住民 of one
    article is not those of the next)."""
    if argument.entity_id is not None:
        return argument.entity_id
    if role == "object":
        return make_node_id(TOPIC, argument.text)
    return make_node_id(UNNAMED_ACTOR, f"{doc_id}:{argument.text}")


_EDGE_NAMES = tuple(EDGE_ATTRIBUTES)
_EDGE_INDEX = {name: index for index, name in enumerate(_EDGE_NAMES)}
_ABSENT = object()
# Edge attributes whose values repeat across claims: one string object serves them all.
_SHARED_VALUES = frozenset(
    _EDGE_INDEX[name]
    for name in (
        "predicate", "predicate_text", "modality", "source", "source_id", "event", "polarity",
        "event_note", "section", "doc_id", "sentence",
    )
)  # fmt: skip


class EdgeAttributes(MutableMapping):
    """A claim edge's attributes: a tuple of values in ``convert.EDGE_ATTRIBUTES`` order.

    A mapping like the dict networkx would hold (its factory for ``ClaimGraph`` edges), in a fifth
    of the memory: the names are shared by every edge. Names it does not know go in a dict of their own.
    """

    __slots__ = ("_values", "_extra")

    def __init__(self, values: tuple[Any, ...] | None = None) -> None:
        self._values = values if values is not None else (_ABSENT,) * len(_EDGE_NAMES)
        self._extra: dict[str, Any] | None = None

    def __getitem__(self, name: str) -> Any:
        index = _EDGE_INDEX.get(name)
        if index is not None and self._values[index] is not _ABSENT:
            return self._values[index]
        if index is None and self._extra and name in self._extra:
            return self._extra[name]
        raise KeyError(name)

    def __setitem__(self, name: str, value: Any) -> None:
        index = _EDGE_INDEX.get(name)
        if index is None:
            self._extra = {**(self._extra or {}), name: value}
        else:
            self._values = (*self._values[:index], value, *self._values[index + 1 :])

    def __delitem__(self, name: str) -> None:
        self[name]  # noqa: B018  (a KeyError for a name it has not)
        index = _EDGE_INDEX.get(name)
        if index is None:
            self._extra = {k: v for k, v in (self._extra or {}).items() if k != name}
        else:
            self._values = (*self._values[:index], _ABSENT, *self._values[index + 1 :])

    def __iter__(self) -> Iterator[str]:
        for name, value in zip(_EDGE_NAMES, self._values, strict=True):
            if value is not _ABSENT:
                yield name
        yield from self._extra or ()

    def __len__(self) -> int:
        return sum(value is not _ABSENT for value in self._values) + len(self._extra or ())

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        """The (name, value) pairs, in one go: the writers read every edge's, a million times."""
        pairs = [
            (name, value)
            for name, value in zip(_EDGE_NAMES, self._values, strict=True)
            if value is not _ABSENT
        ]
        return pairs + list((self._extra or {}).items())

    def __repr__(self) -> str:
        return repr(dict(self))


class ClaimGraph(nx.MultiDiGraph):
    """The who-did-what multigraph: a networkx MultiDiGraph whose edges hold ``EdgeAttributes``."""

    edge_attr_dict_factory = EdgeAttributes


class GraphBuilder:
    """Accumulates results one document at a time; memory grows with the graph, not the corpus."""

    def __init__(self) -> None:
        self._nodes: dict[str, _Node] = {}
        self._edges: list[tuple[str, str, str, tuple[Any, ...]]] = []
        self._shared: dict[Any, Any] = {}  # one object for each distinct repeated value

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
            identifier = node_id(argument, role, claim.doc_id)
            node = self._node(identifier, argument.type or identifier.split(":", 1)[0])
            if argument.entity_id is None:
                node.names[normalize_name(argument.text)] += 1
                node.aliases.add(argument.text)
                node.mentions += 1
            ends.append(identifier)
        values = edge_attributes(claim_record(claim)).values()
        shared = tuple(
            self._shared.setdefault(value, value) if index in _SHARED_VALUES else value
            for index, value in enumerate(values)
        )
        self._edges.append((ends[0], ends[1], claim.id, shared))

    def build(self) -> ClaimGraph:
        """The graph; the builder gives its edges away to it, and is empty afterwards."""
        graph = ClaimGraph()
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
        edges, self._edges, self._shared = self._edges, [], {}
        edges.reverse()
        while edges:  # popped one by one, so that each edge is held once, by the builder or the graph
            source, target, key, values = edges.pop()
            graph.add_edge(source, target, key=key)
            graph[source][target][key]._values = values
        return graph


def _label(node: _Node) -> str:
    # The most frequent name wins; ties go to the alphabetically first, so labels are deterministic.
    if not node.names:
        return min(node.aliases) if node.aliases else ""
    return _most_common(node.names)


def _most_common(counts: Counter[str]) -> str:
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]
