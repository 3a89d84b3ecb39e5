"""End-to-end examples: what the whole component makes of a sentence where several rules meet.

Each example is a construction of news text the rules handle together (a
place inside a party's name, a country GiNZA ran into the next word, a
surname that is also a place); the tests of each rule alone are in the
module of its family.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place inside an organization's name is part of it; standing alone, it is a mention.
        ("日本維新党は議席を増やした。", [("日本維新党", "organization")]),
        ("日本の社会では少子化が進む。", [("日本", "country")]),
        # A demonym or a word GiNZA ran into is cut off the country; a sea's name is no country.
        ("フランス人の記者が取材した。", [("フランス", "country")]),
        ("料理人が腕をふるった。", []),
        ("日本国内では反対の声が強い。", [("日本", "country")]),
        ("日本海で漁船が転覆した。", [("日本海", "location")]),
        ("部隊はアメリカ本土に上陸した。", [("アメリカ", "country")]),
        ("住民投票ではクロアチア国民の多くが反対した。", [("クロアチア", "country")]),
        # Countries listed with ・ stay apart; an address written as a chain is one place.
        (
            "フランス・ドイツ・イタリアが合意した。",
            [("フランス", "country"), ("ドイツ", "country"), ("イタリア", "country")],
        ),
        ("彼はアメリカ合衆国テキサス州で生まれた。", [("アメリカ合衆国テキサス州", "location")]),
    ],
)
def test_countries_and_places(actors, text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Heads the dictionary splits off, and names it lacks.
        ("ベラルーシ軍の車両が国境を越えた。", [("ベラルーシ軍", "organization")]),
        ("南に、ベルガモス鉄道が走る。", [("ベルガモス鉄道", "organization")]),
        ("電気雑誌をミドリ社の名義で創刊した。", [("ミドリ社", "organization")]),
        ("ボイス・オブ・カナダ放送が報じた。", [("ボイス・オブ・カナダ放送", "organization")]),
        ("ミドリ書店で販売される。", [("ミドリ書店", "organization")]),
        # A faction is named for its leader.
        ("山野派が反発した。", [("山野派", "organization")]),
        # A description before ・ is not part of the name; neither is a rank.
        ("ネット通販最大手・ミドリヤ社が発表した。", [("ミドリヤ社", "organization")]),
        ("同党は下院第1党となった。", []),
        ("合弁会社を設立した。", []),
        # Cue words: a post, a merger, a listing, a stable.
        ("彼はソラテックの初代社長に就任した。", [("ソラテック", "organization")]),
        ("2018年3月、ソラテックとの経営統合を発表した。", [("ソラテック", "organization")]),
        ("米国NASDAQ上場の製薬企業の取締役を兼任。", [("米国", "country"), ("NASDAQ", "organization")]),
        ("宮城野部屋所属の元力士。", [("宮城野部屋", "organization")]),
        # The team of a match, and a category noun before a quoted name.
        ("対磐田戦で決勝点を挙げた。", [("磐田", "organization")]),
        ("化学メーカー「ミドリケミカル」の日本法人である。", [("ミドリケミカル", "organization")]),
        # Buildings and events hold names that are not mentions.
        ("大坂城の天守は再建された。", []),
        ("北日本新聞富山支局襲撃事件が起きた。", []),
        ("試合はグリーン・スタジアムで行われた。", []),
        ("彼はデトロイト・タイガースと契約した。", [("デトロイト・タイガース", "organization")]),
    ],
)
def test_organizations(actors, text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title, a post, a kinship word or a playing position is not part of the name.
        ("大統領は声明を発表した。", []),
        ("山口警部が現れた。", [("山口", "person")]),
        ("山田社長が説明した。", [("山田", "person")]),
        ("四女花子が生まれた。", [("花子", "person")]),
        ("FW山野がゴールを決めた。", [("山野", "person")]),
        ("女王の長男ヨハン王子が出席した。", [("ヨハン", "person")]),
        ("大平正芳は首相を務めた。", [("大平正芳", "person")]),
        # A name stays a mention before 等 and before an action it is the target of.
        ("スミス等が出馬した。", [("スミス", "person")]),
        ("ルメイ批判が起きた。", [("ルメイ", "person")]),
        ("唐の玄宗皇帝が命じた。", [("唐", "country"), ("玄宗", "person")]),
        # Foreign names: unknown words, ・-joined names, names GiNZA gives another type.
        ("マクロンが演説した。", [("マクロン", "person")]),
        ("ナワリヌイが逮捕された。", [("ナワリヌイ", "person")]),
        ("ヨハンナ・ベルク・ミュラーは画家である。", [("ヨハンナ・ベルク・ミュラー", "person")]),
        ("州議会選挙では、ベッカーの再選が決まった。", [("ベッカー", "person")]),
        # A surname that is also a place stays the person GiNZA read; a place known only as one stays a place.
        ("翌年、松岡が社長に就任した。", [("松岡", "person")]),
        ("福建に進出した。", [("福建", "location")]),
        ("中山が優勝した。", [("中山", "person")]),
        # Common words GiNZA takes for names.
        ("テノールの独唱が続いた。", []),
        ("王座を奪還した。", []),
        ("チームのエースが投げた。", []),
        ("エスカレータの点検が続いた。", []),
        ("前橋競輪場で優勝した。", []),
    ],
)
def test_persons(actors, text, expected):
    assert actors(text) == expected
