"""graph.html in headless Chromium: the graph is drawn, no text from the documents runs as script, and
graphology (the library the page is built on) reads actors.graphml and actors.gexf.

Chromium comes from Debian's packages (``make browser``); without it these tests skip, on CI they fail.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.graph.html import asset, script_json
from pipeline.graph.style import hex_colour, type_colour
from pipeline.records import Document
from pipeline.runner import run

from ..browser import WINDOW, assert_graph_drawn, dom, screenshot
from .views import IMG_NAME, SCRIPT_NAME, write_sample_run


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory) -> Path:
    return write_sample_run(tmp_path_factory.mktemp("browser"))


def test_graph_html_draws_the_actor_graph(sample_run, tmp_path):
    picture = screenshot(sample_run / "graph.html", tmp_path / "graph.png", window=WINDOW)
    assert_graph_drawn(picture, {"person", "country", "organization", "actor"})


def _title(page: str) -> str:
    return re.search(r"<title>(.*?)</title>", page, re.DOTALL).group(1)


def _as_text(text: str) -> str:
    """``text`` as a serialized DOM shows a text node holding it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _assert_nothing_ran(page: str) -> None:
    assert 'data-view="ready"' in page, "the page's own script ran to the end"
    assert _title(page) == "Actor graph" and "PWNED" not in _title(page)
    # Everything from the documents is text: escaped in the serialized DOM, and no element of it.
    assert "<img" not in page and page.count("<script") == 5


def test_no_script_in_an_actors_name_or_a_sentence_runs(sample_run):
    page = dom(sample_run / "graph.html")
    _assert_nothing_ran(page)
    # ForceAtlas2 runs in a worker: the policy lets the page start one from its own code (blob:).
    assert 'data-layout="worker"' in page
    # The overview lists the payload actors' edges and sentences: as text.
    assert "&lt;img src=x onerror=" in page and "&lt;/script&gt;&lt;script&gt;document.title" in page
    opened = dom(sample_run / "graph.html", "#actor=person:script")
    _assert_nothing_ran(opened)
    assert f"<h2>{_as_text(SCRIPT_NAME)}</h2>" in opened


def test_no_script_runs_even_without_the_content_security_policy(sample_run, tmp_path):
    """The policy is a second wall: the escaping alone must hold."""
    page = (sample_run / "graph.html").read_text(encoding="utf-8")
    without = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", page)
    assert without != page
    (tmp_path / "graph.html").write_text(without, encoding="utf-8")
    opened = dom(tmp_path / "graph.html", "#actor=organization:img")
    _assert_nothing_ran(opened)
    assert f"<h2>{_as_text(IMG_NAME)}</h2>" in opened


_READER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>reading</title></head><body>
<script type="application/json" id="files">{files}</script>
<script>{graphology}</script><script>{library}</script>
<script>
const files = JSON.parse(document.getElementById("files").textContent);
const result = {{}};
try {{
  const graphml = graphologyLibrary.graphml.parse(graphology.MultiDirectedGraph, files.graphml);
  const weights = graphml.mapEdges((edge, attributes) => attributes.weight);
  result.graphml = {{order: graphml.order, size: graphml.size, weights}};
  const gexf = graphologyLibrary.gexf.parse(graphology.MultiDirectedGraph, files.gexf);
  result.gexf = {{order: gexf.order, size: gexf.size, colours: gexf.mapNodes((n, a) => a.color)}};
}} catch (error) {{
  result.error = String(error);
}}
document.body.setAttribute("data-result", JSON.stringify(result));
</script></body></html>
"""


def test_graphology_reads_actors_graphml_with_a_weight_on_every_edge_and_the_gexf_colours(
    sample_run, tmp_path
):
    page = _READER.format(
        files=script_json(
            {
                "graphml": (sample_run / "actors.graphml").read_text(encoding="utf-8"),
                "gexf": (sample_run / "actors.gexf").read_text(encoding="utf-8"),
            }
        ),
        graphology=asset("graphology.umd.min.js"),
        library=asset("graphology-library.min.js"),
    )
    (tmp_path / "read.html").write_text(page, encoding="utf-8")
    attribute = re.search(r'data-result="([^"]*)"', dom(tmp_path / "read.html")).group(1)
    result = json.loads(attribute.replace("&quot;", '"').replace("&amp;", "&"))
    assert "error" not in result, result.get("error")
    assert result["graphml"]["size"] == 8 and result["graphml"]["order"] == 7
    assert all(isinstance(weight, int) and weight >= 1 for weight in result["graphml"]["weights"])
    assert sum(result["graphml"]["weights"]) == 9
    assert result["gexf"]["size"] == 8
    expected = {hex_colour(type_colour(t)) for t in ("person", "country", "organization", "actor")}
    assert {_hex(colour) for colour in result["gexf"]["colours"]} == expected


def _hex(colour: str) -> str:
    """graphology-gexf's rgb(…)/rgba(…) or #… colour as #rrggbb."""
    if colour.startswith("#"):
        return colour.lower()
    channels = [int(float(c)) for c in re.findall(r"[\d.]+", colour)[:3]]
    return "#{:02x}{:02x}{:02x}".format(*channels)


# Made up: markup the input cleaning leaves (no closing ">", so no tag), which reaches the sentences.
MARKUP_DOCUMENT = (
    "ドイツ政府は</script <img src=x onerror=document.title='PWNED-img' フランスを批判した。"
    "日本政府は中国を</script <script>document.title='PWNED-script'</script 非難した。"
)


def test_a_run_on_a_document_with_markup_in_its_sentences_gives_a_page_where_none_runs(nlp, tmp_path):
    run(
        nlp,
        {"name": "ja_ginza", "version": "test"},
        [Document("markup", MARKUP_DOCUMENT, "markup.txt")],
        tmp_path,
    )
    sentences = [
        json.loads(line)["sentence"]["text"] for line in (tmp_path / "claims.jsonl").open(encoding="utf-8")
    ]
    assert any("</script <img src=x onerror=" in sentence for sentence in sentences)
    page = dom(tmp_path / "graph.html")
    _assert_nothing_ran(page)
    assert "&lt;/script &lt;img src=x onerror=document.title='PWNED-img'" in page


def test_where_no_worker_may_start_the_layout_runs_in_slices_and_the_graph_is_drawn(sample_run, tmp_path):
    page = (sample_run / "graph.html").read_text(encoding="utf-8")
    assert "worker-src blob:" in page
    (tmp_path / "graph.html").write_text(
        page.replace("worker-src blob:", "worker-src 'none'"), encoding="utf-8"
    )
    opened = dom(tmp_path / "graph.html")
    assert 'data-layout="slices"' in opened and 'data-view="ready"' in opened
    picture = screenshot(tmp_path / "graph.html", tmp_path / "graph.png", window=WINDOW)
    assert_graph_drawn(picture, {"person", "country", "organization", "actor"})
