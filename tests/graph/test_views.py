"""The views of a run, on made-up documents (no model): GEXF styling, the actor graph in other readers,
graph.html's structure and safety, graph.png's font and bytes."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from importlib import resources

import igraph
import jsonschema
import networkx as nx
import pytest
from fontTools.ttLib import TTFont

from pipeline.graph import png
from pipeline.graph.actors import actor_graph
from pipeline.graph.gexf import write_gexf
from pipeline.graph.html import MAX_CLAIMS_PER_EDGE, VENDORED_SCRIPTS, html_page, page_data, script_json
from pipeline.graph.nodelink import read_node_link
from pipeline.graph.outputs import OUTPUT_FILES, write_graph_files
from pipeline.graph.painter import BackgroundPainter
from pipeline.graph.png import font_path, overview_graph, write_png
from pipeline.graph.style import TYPE_COLOURS, edge_thickness, node_size, polarity_colour, type_colour

from ..conftest import OUTPUTS, ROOT
from .views import IMG_NAME, SCRIPT_NAME, SCRIPT_SENTENCE, data_block, sample_graph, write_sample_run

VIZ = "{http://www.gexf.net/1.2draft/viz}"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    return write_sample_run(tmp_path_factory.mktemp("views"))


def test_a_run_writes_every_view(sample_run):
    assert sorted(p.name for p in sample_run.iterdir()) == sorted(OUTPUT_FILES)


def test_graph_gexf_reads_in_networkx_with_colours_by_type_and_sizes_by_mentions(sample_run):
    graph = nx.read_gexf(sample_run / "graph.gexf")
    source = read_node_link(sample_run / "graph.json")
    assert graph.number_of_nodes() == source.number_of_nodes()
    assert graph.number_of_edges() == source.number_of_edges()
    for node, data in source.nodes(data=True):
        viz = graph.nodes[node]["viz"]
        red, green, blue = type_colour(data["type"])
        assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"]) == (red, green, blue)
        assert viz["size"] == node_size(data["mentions"])
    assert graph.nodes["organization:北星電機"]["viz"]["size"] > graph.nodes["actor:a:デモ隊"]["viz"]["size"]


def test_gexf_edges_are_coloured_by_polarity_and_as_thick_as_their_weight(sample_run):
    root = ElementTree.parse(sample_run / "actors.gexf").getroot()
    actors = actor_graph(read_node_link(sample_run / "graph.json"))
    edges = root.findall(".//{http://www.gexf.net/1.2draft}edge")
    assert len(edges) == actors.number_of_edges()
    for edge in edges:
        subject, target = edge.get("source"), edge.get("target")
        data = actors.edges[subject, target, edge.get("id")]
        colour = edge.find(f"{VIZ}color")
        assert tuple(int(colour.get(c)) for c in "rgb") == polarity_colour(data["polarity"])
        assert float(edge.find(f"{VIZ}thickness").get("value")) == edge_thickness(data["weight"])
        assert float(edge.get("weight")) == data["weight"] and edge.get("label") == data["predicate"]
    colours = {edge.find(f"{VIZ}color").get("r") for edge in edges}
    assert len(colours) == 2  # cooperation and conflict


def test_gexf_holds_no_date_so_the_same_graph_gives_the_same_bytes():
    first, second = io.BytesIO(), io.BytesIO()
    write_gexf(sample_graph(), first)
    write_gexf(sample_graph(), second)
    assert first.getvalue() == second.getvalue()
    assert b"lastmodifieddate" not in first.getvalue() and b"NetworkX" not in first.getvalue()


def test_actors_graphml_reads_in_networkx_and_igraph_with_a_weight_on_every_edge(sample_run):
    path = sample_run / "actors.graphml"
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_edges() == 8
    assert all(isinstance(data["weight"], int) and data["weight"] >= 1 for *_, data in graph.edges(data=True))
    assert sum(data["weight"] for *_, data in graph.edges(data=True)) == 9
    loaded = igraph.Graph.Read_GraphML(str(path))
    assert loaded.is_directed() and loaded.ecount() == 8 and loaded.vcount() == graph.number_of_nodes()
    assert all(weight >= 1 for weight in loaded.es["weight"])
    assert set(loaded.vs["label"]) >= {"日本", "米国", "北星電機", "デモ隊"}


def test_actors_json_matches_its_schema_and_keeps_the_claim_ids_graphml_leaves_out(sample_run):
    data = json.loads((sample_run / "actors.json").read_text(encoding="utf-8"))
    schema = json.loads(resources.files("pipeline.schemas").joinpath("actors.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    support = next(e for e in data["edges"] if e["event"] == "SUPPORT" and e["source"] == "country:JPN")
    assert support["claim_ids"] == ["a:3", "b:3"] and support["weight"] == 2
    assert "claim_ids" not in (sample_run / "actors.graphml").read_text(encoding="utf-8")


class _Scripts(HTMLParser):
    """The <script> elements of a page as an HTML parser sees them: attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[tuple[dict, str]] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_data(self, data):
        if self._open is not None:
            attributes, text = self.scripts[-1]
            self.scripts[-1] = (attributes, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def test_graph_html_is_one_file_whose_only_scripts_are_its_own(sample_run):
    page = (sample_run / "graph.html").read_text(encoding="utf-8")
    parser = _Scripts()
    parser.feed(page)
    kinds = [attributes.get("type") for attributes, _ in parser.scripts]
    assert kinds == ["application/json", None, None, None, None]
    # No network: nothing is loaded from anywhere.
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", page)
    # The policy allows exactly the inlined scripts, by their hashes.
    policy = html.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    )
    hashes = set(re.findall(r"'sha256-([^']+)'", policy))
    inline = {
        base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        for a, text in parser.scripts
        if not a
    }
    assert hashes == inline and "default-src 'none'" in policy


def test_text_from_the_documents_cannot_close_the_data_block_and_reads_back_unchanged(sample_run):
    page = (sample_run / "graph.html").read_text(encoding="utf-8")
    block = data_block(page)
    assert not set("<>&\u2028\u2029") & set(block)
    data = json.loads(block)
    labels = {row[1] for row in data["nodes"]}
    assert {SCRIPT_NAME, IMG_NAME} <= labels
    assert SCRIPT_SENTENCE in {row[2] for row in data["claims"]}
    parser = _Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 5  # the payload's </script><script> opened none


def test_script_json_escapes_what_would_end_a_script_element():
    text = script_json({"a": "</script><!--\u2028\u2029&"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u2029\\u0026"}'
    assert json.loads(text) == {"a": "</script><!--\u2028\u2029&"}


def test_an_edge_shows_at_most_the_first_claims_but_counts_them_all():
    graph = nx.MultiDiGraph()
    graph.add_node("country:A", type="country", label="A", mentions=1, aliases="A")
    graph.add_node("country:B", type="country", label="B", mentions=1, aliases="B")
    for number in range(MAX_CLAIMS_PER_EDGE + 5):
        graph.add_edge(
            "country:A",
            "country:B",
            key=f"d:{number}",
            claim_id=f"d:{number}",
            predicate="支援する",
            predicate_text="支援した",
            negated=False,
            event="SUPPORT",
            polarity="cooperation",
            doc_id="d",
            source="",
            source_id="",
            modality="asserted",
            section="",
            sentence=f"AはBを支援した（{number}）。",
        )
    data = page_data(actor_graph(graph), graph)
    [edge] = data["edges"]
    weight, shown = edge[data["edge_fields"].index("weight")], edge[data["edge_fields"].index("claims")]
    assert weight == MAX_CLAIMS_PER_EDGE + 5 and len(shown) == len(data["claims"]) == MAX_CLAIMS_PER_EDGE


def test_the_vendored_scripts_are_the_npm_builds_listed_in_vendored_md():
    assets = resources.files("pipeline.graph").joinpath("assets")
    listed = assets.joinpath("VENDORED.md").read_text(encoding="utf-8")
    for name in VENDORED_SCRIPTS:
        digest = hashlib.sha256(assets.joinpath(name).read_bytes()).hexdigest()
        assert f"`{name}` |" in listed and digest in listed, name
        licence = name.split(".")[0] + ".LICENSE.txt"
        assert "MIT" in listed and assets.joinpath(licence).read_text(encoding="utf-8").strip()


def test_graph_html_is_the_same_bytes_for_the_same_graph():
    graph = sample_graph()
    assert html_page(actor_graph(graph), graph) == html_page(actor_graph(graph), graph)


def test_graph_png_is_a_png_and_the_same_bytes_every_time(tmp_path):
    actors = actor_graph(sample_graph())
    write_png(actors, tmp_path / "one.png")
    buffer = io.BytesIO()
    write_png(actors, buffer)
    raw = (tmp_path / "one.png").read_bytes()
    assert raw.startswith(b"\x89PNG") and raw == buffer.getvalue()
    assert b"Software" not in raw and b"matplotlib" not in raw.lower()


def test_graph_png_draws_a_label_with_dollar_signs_as_text(tmp_path):
    actors = actor_graph(sample_graph())
    node = next(iter(overview_graph(actors)))
    actors.nodes[node]["label"] = "$$北星$x^2$"  # a formula to matplotlib's mathtext, which fails on $$
    write_png(actors, tmp_path / "graph.png")
    assert (tmp_path / "graph.png").read_bytes().startswith(b"\x89PNG")


def test_the_overview_draws_the_actors_of_the_strongest_links_and_never_a_loose_one():
    actors = actor_graph(sample_graph())
    overview = overview_graph(actors, top=4)
    # 日本–米国 (3 claims between them) first, then the pair with the most claims of their actors.
    assert {"country:JPN", "country:USA"} <= set(overview)
    assert overview.number_of_nodes() <= 4 and all(overview.degree(node) for node in overview)
    assert overview.edges["country:JPN", "country:USA"]["weight"] == 3


# Made up, to cover what Japanese labels hold: kanji, both kana, the iteration mark, long vowel,
# middle dot, full-width Latin and digits, half-width katakana.
JAPANESE_LABELS = [
    "北星電機",
    "山田太郎",
    "ひらがな",
    "ジョン・Ｆ・ケネディ",
    "佐々木",
    "ＮＡＴＯ",
    "ｶﾀｶﾅ",
    "第３師団",
    "ヴォルガ",
]


def _missing_glyphs(labels) -> set[str]:
    cmap = TTFont(font_path(), lazy=True).getBestCmap()
    return {char for label in labels for char in label if not char.isspace() and ord(char) not in cmap}


def test_the_png_font_has_the_glyphs_of_japanese_labels():
    assert _missing_glyphs(JAPANESE_LABELS) == set()


def test_the_png_font_has_the_glyphs_of_every_label_the_seed_run_draws():
    actors = actor_graph(read_node_link(OUTPUTS / "graph.json"))
    labels = [data["label"] for _, data in overview_graph(actors).nodes(data=True)]
    assert len(labels) >= 10
    assert _missing_glyphs(labels) == set()


def test_every_actor_type_has_its_own_colour():
    colours = [TYPE_COLOURS[t] for t in ("person", "country", "organization", "location", "actor", "topic")]
    assert len(set(colours)) == len(colours)


def test_the_views_are_the_same_bytes_in_processes_with_other_hash_seeds(tmp_path):
    """Sets of strings iterate in another order under another PYTHONHASHSEED: nothing may reach a file so."""
    script = "import sys; from pathlib import Path; from tests.graph.views import write_sample_run; "
    script += "write_sample_run(Path(sys.argv[1]))"
    for seed in (1, 2):
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / str(seed))],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
            timeout=120,
        )
    for name in OUTPUT_FILES:
        if name != "report.json":
            assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_a_graph_read_back_from_graph_json_writes_the_same_files(sample_run, tmp_path):
    """show and any tool that rebuilds the views start from graph.json: it loses nothing they write."""
    write_graph_files(read_node_link(sample_run / "graph.json"), tmp_path)
    for name in OUTPUT_FILES:
        if (tmp_path / name).exists():
            assert (tmp_path / name).read_bytes() == (sample_run / name).read_bytes(), name


def test_graph_png_drawn_by_the_painter_process_is_the_one_drawn_here(sample_run, tmp_path, monkeypatch):
    """--workers 1 draws graph.png in a helper process (graph/painter.py): the same bytes."""
    graph = read_node_link(sample_run / "graph.json")

    def not_here(*args, **kwargs):
        raise AssertionError("graph.png was drawn in this process")

    monkeypatch.setattr(png, "draw_overview", not_here)  # the helper imports its own png module
    with BackgroundPainter() as painter:
        write_graph_files(graph, tmp_path, painter)
    assert (tmp_path / "graph.png").read_bytes() == (sample_run / "graph.png").read_bytes()


def test_graph_png_is_drawn_here_when_the_painter_process_died(sample_run, tmp_path):
    graph = read_node_link(sample_run / "graph.json")
    with BackgroundPainter() as painter:
        for process in list(painter._pool._processes.values()):
            process.kill()
            process.join()
        write_graph_files(graph, tmp_path, painter)
    assert (tmp_path / "graph.png").read_bytes() == (sample_run / "graph.png").read_bytes()
