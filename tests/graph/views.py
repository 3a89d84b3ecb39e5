"""Helpers for the tests of the views (graph.html, graph.png)."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from pipeline.graph.build import GraphBuilder
from pipeline.graph.outputs import OutputWriter, write_report
from pipeline.records import Argument, Claim, DocumentResult, Entity, Mention

_DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)


def data_block(page: str) -> str:
    """The text of graph.html's JSON data element."""
    found = _DATA_BLOCK.findall(page)
    assert len(found) == 1, "graph.html has one data block"
    return found[0]


# --- Made-up documents for the views: actors that act on each other, a topic, a contradiction, and
# text that would be markup if a page let it (XSS payloads in an actor's name and in sentences).

SCRIPT_NAME = "</script><script>document.title='PWNED-name'</script>"
IMG_NAME = "<img src=x onerror=\"document.title='PWNED-img'\">"
SCRIPT_SENTENCE = "北星電機は「</script><script>document.title='PWNED-sentence'</script>」を批判した。"
IMG_SENTENCE = "北星電機は<img src=x onerror=\"document.title='PWNED-sentence-img'\">に抗議した。"

JAPAN = Entity("country:JPN", "country", "日本", "JPN")
USA = Entity("country:USA", "country", "米国", "USA", "government")
HOKUSEI = Entity("organization:北星電機", "organization", "北星電機", "JPN", "company")
YAMADA = Entity("person:山田太郎", "person", "山田太郎", "JPN")
NEWSPAPER = Entity("organization:北星新聞", "organization", "北星新聞", "JPN", "media")
SCRIPT_ACTOR = Entity("person:script", "person", SCRIPT_NAME)
IMG_ACTOR = Entity("organization:img", "organization", IMG_NAME)


def _argument(entity: Entity | None, text: str | None = None) -> Argument:
    if entity is None:
        return Argument(text or "")
    return Argument(text or entity.name, entity.id, entity.type, 0, len(text or entity.name))


def claim(
    doc_id: str,
    offset: int,
    sentence: str,
    subject: Argument,
    lemma: str,
    obj: Argument,
    event: str,
    polarity: str,
    negated: bool = False,
    source: Argument | None = None,
    modality: str = "asserted",
    section: str | None = "article",
) -> Claim:
    return Claim(
        id=f"{doc_id}:{offset}",
        doc_id=doc_id,
        sentence_start=0,
        sentence_end=len(sentence),
        sentence_text=sentence,
        predicate_lemma=lemma,
        predicate_text=lemma.removesuffix("する") + ("しなかった" if negated else "した"),
        predicate_start=offset,
        subject=subject,
        object=obj,
        negated=negated,
        modality=modality,
        source=source,
        quoted=False,
        section=section,
        source_chain=(source,) if source else (),
        event=event,
        polarity=polarity,
    )


def _mentions(doc_id: str, entities: list[Entity], times: int = 1) -> tuple[Mention, ...]:
    return tuple(
        Mention(doc_id, 0, len(e.name), e.name, "test", e.type, e.id) for e in entities for _ in range(times)
    )


def sample_results() -> list[DocumentResult]:
    """Three documents: support and blame between two countries, a visit one source denies, a topic,
    an unnamed actor (デモ隊), and the payloads."""
    japan, usa, hokusei, yamada = map(_argument, (JAPAN, USA, HOKUSEI, YAMADA))
    paper = _argument(NEWSPAPER)
    a_claims = (
        claim("a", 3, "日本は米国を支援した。", japan, "支援する", usa, "SUPPORT", "cooperation"),
        claim("a", 14, "米国は日本を非難した。", usa, "非難する", japan, "ACCUSE", "conflict"),
        claim(
            "a", 30, "北星電機は新製品を発表した。", hokusei, "発表する", Argument("新製品"), "SAY", "neutral"
        ),
        claim(
            "a",
            44,
            "山田太郎は北星電機を訪問しなかった。",
            yamada,
            "訪問する",
            hokusei,
            "CONSULT",
            "cooperation",
            negated=True,
        ),
        claim(
            "a",
            60,
            "デモ隊は米国に抗議した。",
            Argument("デモ隊"),
            "抗議する",
            usa,
            "ACCUSE",
            "conflict",
            section="comment",
        ),
    )
    b_claims = (
        claim(
            "b",
            3,
            "日本は米国を再び支援したと北星新聞が報じた。",
            japan,
            "支援する",
            usa,
            "SUPPORT",
            "cooperation",
            source=paper,
            modality="reported",
        ),
        claim(
            "b",
            20,
            "北星新聞によると、山田太郎は北星電機を訪問した。",
            yamada,
            "訪問する",
            hokusei,
            "CONSULT",
            "cooperation",
            source=paper,
            modality="reported",
        ),
    )
    script, img = _argument(SCRIPT_ACTOR), _argument(IMG_ACTOR)
    c_claims = (
        claim("c", 3, SCRIPT_SENTENCE, hokusei, "批判する", script, "ACCUSE", "conflict"),
        claim("c", 40, IMG_SENTENCE, hokusei, "抗議する", img, "ACCUSE", "conflict"),
        claim(
            "c",
            80,
            f"{SCRIPT_NAME}は{IMG_NAME}を支持した。",
            script,
            "支持する",
            img,
            "SUPPORT",
            "cooperation",
        ),
    )
    return [
        DocumentResult(
            "a",
            "a.txt",
            "utf-8",
            5,
            _mentions("a", [JAPAN, USA, HOKUSEI, YAMADA], 2),
            (JAPAN, USA, HOKUSEI, YAMADA),
            a_claims,
        ),
        DocumentResult(
            "b",
            "b.txt",
            "utf-8",
            2,
            _mentions("b", [JAPAN, USA, YAMADA, HOKUSEI, NEWSPAPER]),
            (JAPAN, USA, YAMADA, HOKUSEI, NEWSPAPER),
            b_claims,
        ),
        DocumentResult(
            "c",
            "c.txt",
            "utf-8",
            3,
            _mentions("c", [HOKUSEI, SCRIPT_ACTOR, IMG_ACTOR], 4),
            (HOKUSEI, SCRIPT_ACTOR, IMG_ACTOR),
            c_claims,
        ),
    ]


def sample_graph(results: list[DocumentResult] | None = None) -> nx.MultiDiGraph:
    builder = GraphBuilder()
    for result in results if results is not None else sample_results():
        builder.add(result)
    return builder.build()


def write_sample_run(out: Path) -> Path:
    """The output folder of a run on the sample documents, written without a model."""
    with OutputWriter(out, {"name": "ja_test", "version": "0"}) as outputs:
        for line, result in enumerate(sample_results(), 1):
            outputs.add_result(result, line=line)
        report = outputs.finish()
    report.timings = {"total_seconds": 0.0}
    write_report(report, out)
    return out
