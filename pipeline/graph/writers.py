"""Records and graphs to the output files of SPEC.md; conversion apart from I/O.

Every file is written to a temporary name in the output folder and renamed
into place, so a killed run never leaves a half-written file behind.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..io.cleaning import display_text
from ..records import Argument, Claim, Mention

# Characters XML 1.0 forbids, which networkx writes anyway and every reader then rejects.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# What XML 1.0 (5th edition) allows in a name: a GraphML id is an xs:NMTOKEN, one or more of these.
_NOT_NAME_CHAR = re.compile(
    "[^-.0-9:A-Z_a-z\u00b7\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u037d\u037f-\u1fff\u200c\u200d"
    "\u203f\u2040\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
    "\U00010000-\U000effff]"
)

# Encoding error handler for text outputs: a lone surrogate, which UTF-8 cannot hold, is written as
# U+FFFD, so that every output file is valid UTF-8 whatever string reached it.
_REPLACE_SURROGATES = "pipeline-replace-surrogates"
codecs.register_error(_REPLACE_SURROGATES, lambda error: ("\ufffd".encode(), error.end))


def mention_record(mention: Mention) -> dict[str, Any]:
    return {
        "doc_id": mention.doc_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "label": mention.label,
        "type": mention.type,
        "entity_id": mention.entity_id,
    }


def _argument(argument: Argument | None, with_type: bool = True) -> dict[str, Any] | None:
    if argument is None:
        return None
    record: dict[str, Any] = {"text": argument.text, "entity_id": argument.entity_id}
    if with_type:
        record["type"] = argument.type
    return record


def claim_record(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "doc_id": claim.doc_id,
        "sentence": {"start": claim.sentence_start, "end": claim.sentence_end, "text": claim.sentence_text},
        "subject": _argument(claim.subject),
        "predicate": {"lemma": claim.predicate_lemma, "text": claim.predicate_text},
        "object": _argument(claim.object),
        "negated": claim.negated,
        "modality": claim.modality,
        "source": _argument(claim.source, with_type=False),
        "quoted": claim.quoted,
        "source_chain": [_argument(a, with_type=False) for a in claim.source_chain],
        "section": claim.section,
        "subject_from": claim.subject_from,
        "event": claim.event,
        "polarity": claim.polarity,
    }


# Valid in JSON strings, but readers that split lines with str.splitlines() break on them.
_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(record: dict[str, Any]) -> str:
    """One JSONL line: UTF-8 text, with the Unicode line separators escaped."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return text.translate(_LINE_SEPARATORS) + "\n"


def graphml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy fit for XML and for display.

    Node ids and edge keys must be XML name tokens: graph.py makes them so, and any character
    that still is not becomes "_" here, with ".2", ".3" … added where that would merge two
    nodes or two edges (such an id then differs from its entity_id in the JSON files, but the
    file stays valid GraphML and loses nothing). String attributes lose HTML tags, control and
    zero-width characters and line breaks.
    """
    clean = nx.MultiDiGraph()
    clean.graph.update({k: _display(v) for k, v in graph.graph.items()})
    node_ids = _distinct_name_tokens(graph.nodes)
    for node, data in graph.nodes(data=True):
        clean.add_node(node_ids[node], **{k: _display(v) for k, v in data.items()})
    edge_keys: dict[tuple[Any, Any], dict[Any, str]] = {}
    for source, target, key, data in graph.edges(keys=True, data=True):
        if (source, target) not in edge_keys:
            edge_keys[source, target] = _distinct_name_tokens(graph[source][target])
        clean.add_edge(node_ids[source], node_ids[target], key=edge_keys[source, target][key],
                       **{k: _display(v) for k, v in data.items()})
    return clean


def _distinct_name_tokens(values: Iterable[Any]) -> dict[Any, str]:
    """Each value as an XML name token: valid ones unchanged, the others made valid and distinct."""
    tokens = {value: _NOT_NAME_CHAR.sub("_", str(value)) or "_" for value in values}
    taken = {token for value, token in tokens.items() if token == str(value)}
    for value, token in tokens.items():
        if token != str(value):
            base, number = token, 1
            while token in taken:
                number += 1
                token = f"{base}.{number}"
            taken.add(token)
            tokens[value] = token
    return tokens


def _xml_text(value: Any) -> Any:
    return _XML_INVALID.sub("\ufffd", value) if isinstance(value, str) else value


def _display(value: Any) -> Any:
    return _xml_text(display_text(value)) if isinstance(value, str) else value


def write_graphml(graph: nx.MultiDiGraph, target: str | Path | IO[bytes]) -> None:
    """GraphML with named keys (Gephi shows them as column names) and XML-safe text."""
    nx.write_graphml(graphml_safe(graph), target, encoding="utf-8", prettyprint=True, named_key_ids=True)


# In node-link JSON an edge's "source" is its subject node, so the claim's source travels under another name.
JSON_SOURCE_ATTRIBUTE = "claim_source"


def graph_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data, with the edge attribute ``source`` renamed ``claim_source``."""
    data = nx.node_link_data(graph, edges="edges")
    for link, (_, _, attributes) in zip(data["edges"], graph.edges(data=True), strict=True):
        if "source" in attributes:
            link[JSON_SOURCE_ATTRIBUTE] = attributes["source"]
    return data


def dumps_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@contextmanager
def atomic_writer(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place only on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        mode = "wb" if binary else "w"
        text_options = {} if binary else {"encoding": "utf-8", "errors": _REPLACE_SURROGATES, "newline": "\n"}
        with open(descriptor, mode, **text_options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    # mkstemp creates files readable by their owner only; outputs get the usual permissions.
    current = os.umask(0)
    os.umask(current)
    return current


def write_graph_files(graph: nx.MultiDiGraph, out_dir: Path) -> None:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    with atomic_writer(out_dir / "graph.graphml", binary=True) as handle:
        handle.write(buffer.getvalue())
    with atomic_writer(out_dir / "graph.json") as handle:
        handle.write(dumps_json(graph_json(graph)))
