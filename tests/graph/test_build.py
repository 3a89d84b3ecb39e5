"""Folding document results into the graph: merging across documents, topics, edges."""

from __future__ import annotations

from pipeline.graph.build import EdgeAttributes, GraphBuilder, node_id
from pipeline.graph.convert import claim_record, edge_attributes
from pipeline.records import Argument, Claim, DocumentResult, Entity, Mention


def _claim(doc_id: str, start: int, subject: Argument, obj: Argument | None, lemma: str = "送る") -> Claim:
    return Claim(
        id=f"{doc_id}:{start}",
        doc_id=doc_id,
        sentence_start=0,
        sentence_end=10,
        sentence_text="米国は兵を送った。",
        predicate_lemma=lemma,
        predicate_text=lemma,
        predicate_start=start,
        subject=subject,
        object=obj,
        negated=False,
        modality="asserted",
        source=None,
        quoted=False,
    )


def _result(doc_id: str, surface: str, claims: tuple[Claim, ...] = ()) -> DocumentResult:
    usa = Entity("country:USA", "country", "アメリカ", "USA")
    mention = Mention(doc_id, 0, len(surface), surface, "Country", "country", "country:USA")
    return DocumentResult(doc_id, "<test>", "utf-8", 1, (mention,), (usa,), claims)


def test_mentions_of_one_entity_in_two_documents_make_one_node():
    builder = GraphBuilder()
    builder.add(_result("a", "米国"))
    builder.add(_result("b", "アメリカ"))
    graph = builder.build()
    assert list(graph.nodes) == ["country:USA"]
    node = graph.nodes["country:USA"]
    assert node["aliases"] == "アメリカ|米国"
    assert node["mentions"] == 2
    assert node["country"] == "USA" and node["label"] == "アメリカ"


def test_an_object_that_is_no_entity_becomes_a_topic_node_and_the_claim_an_edge():
    usa = Argument("米国", "country:USA", "country")
    troops = Argument("兵", None, None)
    builder = GraphBuilder()
    builder.add(_result("a", "米国", (_claim("a", 3, usa, troops),)))
    graph = builder.build()
    assert graph.nodes["topic:兵"]["type"] == "topic"
    [(source, target, key, data)] = list(graph.edges(keys=True, data=True))
    assert (source, target, key) == ("country:USA", "topic:兵", "a:3")
    assert data["predicate"] == "送る" and data["negated"] is False and data["source"] == ""


def test_a_claim_without_an_object_adds_no_edge():
    usa = Argument("米国", "country:USA", "country")
    builder = GraphBuilder()
    builder.add(_result("a", "米国", (_claim("a", 3, usa, None, "発表する"),)))
    assert builder.build().number_of_edges() == 0


def test_an_unnamed_acting_group_is_an_actor_node_of_its_document():
    assert node_id(Argument("デモ隊", None, None), "subject", "a") == "actor:a:デモ隊"
    assert node_id(Argument("デモ隊", None, None), "object", "a") == "topic:デモ隊"
    assert node_id(Argument("ロシア", "country:RUS", "country"), "object", "a") == "country:RUS"


def test_the_man_of_one_article_is_not_the_man_of_the_next():
    man = Argument("男", None, None)
    store = Argument("北星商店", "organization:北星商店", "organization")
    builder = GraphBuilder()
    builder.add(_result("a", "男", (_claim("a", 3, man, store, "襲う"),)))
    builder.add(_result("b", "男", (_claim("b", 5, man, store, "襲う"),)))
    builder.add(_result("b", "男", (_claim("b", 9, man, store, "逃げる"),)))
    graph = builder.build()
    assert [graph.nodes[n]["mentions"] for n in ("actor:a:男", "actor:b:男")] == [1, 2]
    assert {graph.nodes[n]["label"] for n in ("actor:a:男", "actor:b:男")} == {"男"}
    assert graph.has_edge("actor:a:男", "organization:北星商店", "a:3")
    # Topics stay one per word in the corpus.
    builder = GraphBuilder()
    builder.add(_result("c", "男", (_claim("c", 1, store, Argument("再建", None, None), "計画する"),)))
    builder.add(_result("d", "男", (_claim("d", 1, store, Argument("再建", None, None), "発表する"),)))
    assert builder.build().nodes["topic:再建"]["mentions"] == 2


def _org_result(
    doc_id: str, country: str | None, sector: str | None, label: str = "Company"
) -> DocumentResult:
    entity = Entity("organization:北星新聞", "organization", "北星新聞", country, sector)
    mention = Mention(doc_id, 0, 4, "北星新聞", label, "organization", "organization:北星新聞")
    return DocumentResult(doc_id, "<test>", "utf-8", 1, (mention,), (entity,), ())


def test_a_node_s_country_and_sector_are_the_most_common_its_documents_give():
    builder = GraphBuilder()
    builder.add(_org_result("a", "CHN", "education"))
    builder.add(_org_result("b", "JPN", "media"))
    builder.add(_org_result("c", "JPN", "media"))
    builder.add(_org_result("d", None, None))
    node = builder.build().nodes["organization:北星新聞"]
    assert (node["country"], node["sector"]) == ("JPN", "media")


def test_a_mention_that_refers_back_counts_but_is_no_alias():
    builder = GraphBuilder()
    builder.add(_org_result("a", "JPN", "media"))
    anaphor = Mention("b", 0, 2, "同紙", "anaphor", "organization", "organization:北星新聞")
    entity = Entity("organization:北星新聞", "organization", "北星新聞", "JPN", "media")
    builder.add(DocumentResult("b", "<test>", "utf-8", 1, (anaphor,), (entity,), ()))
    node = builder.build().nodes["organization:北星新聞"]
    assert (node["mentions"], node["aliases"]) == (2, "北星新聞")


def test_a_claim_whose_subject_only_refers_back_to_no_one_makes_no_node():
    title = Argument("首相", None, None, 0, 2)
    topic = Argument("増税", None, None, 4, 6)
    builder = GraphBuilder()
    builder.add(_result("a", "米国", (_claim("a", 8, title, topic, "否定する"),)))
    assert sorted(builder.build().nodes) == ["country:USA"]


def test_edge_attributes_are_one_tuple_that_behaves_as_the_dict_networkx_would_hold():
    usa, troops = Argument("米国", "country:USA", "country"), Argument("兵", None, None)
    builder = GraphBuilder()
    builder.add(_result("a", "米国", (_claim("a", 3, usa, troops), _claim("a", 9, usa, troops))))
    graph = builder.build()
    first, second = (data for _, _, data in graph.edges(data=True))
    record = edge_attributes(claim_record(_claim("a", 3, usa, troops)))
    assert isinstance(first, EdgeAttributes) and dict(first) == record and list(first) == list(record)
    assert first["sentence"] is second["sentence"]  # a repeated string is held once
    first["weight"] = 2  # a name of its own, as a user's script might add
    del first["section"]
    assert "section" not in first and first["weight"] == 2 and len(first) == len(record)
    assert second["section"] == "" and "weight" not in second
    graph.add_edge("country:USA", "topic:兵", key="x", predicate="送る")
    assert dict(graph.edges["country:USA", "topic:兵", "x"]) == {"predicate": "送る"}
