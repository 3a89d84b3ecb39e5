"""Find a predicate's arguments in GiNZA's UD parse: noun phrases, actors, subjects, quotations.

Small pure functions over spaCy tokens. Japanese marks a noun's role with
the particles after it (が, は, を, と, によって), which GiNZA attaches as
``case`` children; :func:`case_of` reads them. GiNZA's parse of long news
sentences often hangs an NP on the wrong verb, so several rules here find
a subject where the parser put it (a は-topic inside a relative clause, a
speaker inside the quotation it opens, a が-NP on a quantity).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..records import Argument

SUBJECT_DEPS = frozenset({"nsubj", "dislocated", "csubj"})
SUBJECT_CASES = frozenset({"が", "は", "も", "では", "こそ", "って", "でも", "ですら", "さえ", "なら",
                            "すら", "でさえ", "でさえも", "さえも", "までも", "がも"})
# Focus particles that mark a subject even where the parser calls the NP obl (中国ですら, ロシアは).
_FOCUS_CASES = frozenset({"は", "も", "ですら", "でさえ", "でさえも", "さえ", "さえも", "すら", "こそ",
                          "では"})
TOPIC_CASES = frozenset({"は", "も", "では", "こそ", "って"})
# Clause links through which a clause shares the subject of the clause it joins (…し、…した; …して…した).
CLAUSE_DEPS = frozenset({"advcl", "conj"})
# Particles that open a complement (…と述べた, …との見方, …とも).
_COMPLEMENT_CASES = frozenset({"と", "との", "とも", "とは"})
# Particles that coordinate two nouns (ドネツクとルガンスク, 西側諸国やトルコ, 憲法、憲法裁判所).
_COORDINATORS = frozenset({"と", "や", "、", "及び", "および", "とか", "・"})
# Head nouns that make a phrase an actor even when it is not a named entity (反対派, デモ隊, 同国 …).
ACTOR_SUFFIXES = (
    "派", "隊", "軍", "国", "政府", "省", "庁", "局", "会", "党", "社", "団", "者", "人", "民", "側", "陣営",
    "当局", "首脳", "各国", "委員会", "会議", "理事会", "安保理", "議会", "連合", "同盟", "機構", "組織",
    "勢力", "グループ", "政権",
    "放送", "新聞", "通信", "紙", "銀行", "行", "地裁", "高裁", "裁判所", "検", "検察", "警察", "職員",
    "原告", "被告", "たち", "ら", "候補", "報道官", "長官", "大統領", "首相", "氏", "外相", "社長", "議員",
    "司令官", "大臣", "相", "CEO", "評議会", "本部", "総司令部", "参謀",
)
# Entity types that act (GUIDELINES.md §1); a named place acts only when it is a country.
_ACTOR_TYPES = frozenset({"person", "country", "organization", "actor"})
# GiNZA labels that name an actor when the entity step did not resolve the phrase (トゥスク候補).
_ACTOR_LABELS = frozenset({"Person", "Position_Vocation", "Country", "Organization_Other", "Company",
                           "Government", "Military", "Political_Party", "International_Organization",
                           "Newspaper", "Broadcast_Program", "Public_Institution", "Nationality"})
# Phrases that look like actors by their suffix but are not (文字, 社会, 機会, 国内 …).
_NOT_ACTORS = frozenset({"社会", "機会", "国内", "国外", "全国", "自国", "文字", "本当", "こと", "もの",
                         "人気",
                         "今回", "大会", "会見", "議会選挙", "国際", "外国人", "個人", "本人", "自分"})
_PRONOUNS = frozenset({"彼", "彼女", "彼ら", "同氏", "同国", "同社", "両国", "両社", "両党", "私", "我々"})
QUOTE_OPEN, QUOTE_CLOSE = "「『", "」』"
# Verbs that を turns into a postposition (を通じて, をめぐって, を除いて): their NP is not an object.
_GRAMMATICAL_AFTER_WO = frozenset({"通じ", "通し", "めぐっ", "巡っ", "めぐり", "除い", "含め", "はじめ",
                                   "始め"})
_DEMONSTRATIVES = frozenset({"それ", "これ", "あれ", "そこ", "ここ", "そちら", "こちら", "それら", "これら"})


@dataclass(frozen=True)
class Phrase:
    text: str
    start: int
    end: int


def noun_phrase(token: Token, offset: int) -> Phrase:
    """The noun with its compound modifiers (カザフスタン軍派兵), without の-phrases or particles."""
    opening = quoted_name_start(token)
    left = opening + 1 if opening is not None else _left_edge(token)
    right = token.i
    for child in sorted(token.children, key=lambda c: c.i):
        if child.i == right + 1 and child.dep_ in {"compound", "flat", "fixed"} and child.pos_ != "ADP":
            right = child.i
    doc = token.doc
    span = doc[left:right + 1]
    return Phrase(span.text, offset + span.start_char, offset + span.end_char)


def quoted_name_start(token: Token) -> int | None:
    """Where the 「 of a name in 「」 is when ``token`` ends it (第2党の「市民プラットフォーム」は)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in QUOTE_CLOSE:
        return None
    for index in range(token.i - 1, max(-1, token.i - 12), -1):
        if doc[index].text in QUOTE_OPEN:
            return index
        if doc[index].pos_ in {"VERB", "AUX", "PUNCT"}:
            return None
    return None


def _left_edge(token: Token) -> int:
    """Where the compound that ends in ``token`` starts: its adjacent compound parts, recursively."""
    left = token.i
    for child in sorted(token.children, key=lambda c: -c.i):
        # A noun right before with no particle is part of the compound whatever the parser called it
        # (原告ら, タンマ|ラック・…氏).
        bound = child.dep_ in {"compound", "nummod", "flat", "fixed"} or (
            child.dep_ == "nmod" and not case_of(child) and child.pos_ in {"NOUN", "PROPN", "PRON"})
        if child.i == left - 1 and bound:
            left = _left_edge(child)
    return left


def quantified(token: Token) -> Token | None:
    """隊員の38人を → 隊員 (a floated quantifier names no one); それ/これ → None."""
    if token.pos_ == "PRON" and token.text in _DEMONSTRATIVES:
        return None
    counter = "助数詞" in token.tag_ or token.tag_.startswith("接尾辞")
    if counter and any(c.dep_ == "nummod" for c in token.children):
        owner = next((c for c in token.children if c.dep_ == "nmod" and case_of(c) == "の"), None)
        return owner
    return token


def phrase_end(token: Token) -> Token:
    # The last compound part of a noun phrase (武鉉 (ノ・ムヒョン) 前大統領が: the が hangs on 前大統領).
    parts = [c for c in token.children if c.dep_ == "compound" and c.i > token.i]
    return max(parts, key=lambda c: c.i) if parts else token


def is_actor(argument: Argument, token: Token | None) -> bool:
    """Whether a subject names an actor: a recognised entity, a pronoun, or a group noun (反対派)."""
    text = argument.text
    if text in _NOT_ACTORS or (token is not None and is_measure(token)):
        return False
    if token is not None and "サ変" in token.tag_ and not text.endswith(ACTOR_SUFFIXES):
        # カザフスタン軍派兵: a phrase headed by a verbal noun is an event, whoever it names.
        return False
    if argument.entity_id is not None and argument.type in _ACTOR_TYPES:
        return True
    if text in _PRONOUNS:
        return True
    if token is not None and token.ent_type_ in _ACTOR_LABELS:
        return True
    if token is not None and _names_organization(token):
        return True
    if token is not None and _named_by_an_actor_noun(token):
        return True
    return text.endswith(ACTOR_SUFFIXES) and len(text) >= 2


def _named_by_an_actor_noun(token: Token) -> bool:
    # 下院第1党「法と正義」, 第2党の「市民プラットフォーム」: a quoted name in apposition to a party, group ….
    opening = quoted_name_start(token)
    if opening is None:
        return False
    nouns = [c for c in token.children if c.i < opening and c.dep_ in {"nmod", "compound"}
             and c.pos_ in {"NOUN", "PROPN"} and case_of(c) in {"", "の"}]
    return any(c.text.endswith(ACTOR_SUFFIXES) for c in nouns)


def _names_organization(token: Token) -> bool:
    # 米NBC News, ドイツARD放送: a name (固有名詞, not a place) in the compound, and a Latin or name head.
    names = [t for t in token.lefts if t.dep_ == "compound" and "固有名詞" in t.tag_ and "地名" not in t.tag_]
    proper_head = "固有名詞" in token.tag_ and "地名" not in token.tag_ and "人名" not in token.tag_
    latin_head = token.text.isascii() and token.text[:1].isupper()
    return bool(names) and (latin_head or proper_head)


def is_measure(token: Token) -> bool:
    # Times, dates, amounts and percentages are not objects (6時40分頃, 40%).
    return token.pos_ == "NUM" or token.ent_type_.startswith(("Date", "Time", "Period", "Percent", "Money"))


def conjuncts(token: Token) -> list[Token]:
    """The token and the nouns coordinated with it (ドネツクとルガンスク → [ドネツク, ルガンスク])."""
    found = [token]
    frontier = [token]
    while frontier:
        current = frontier.pop()
        # 「法と正義」: a と inside a quoted name does not coordinate.
        name_start = quoted_name_start(current)
        for child in current.children:
            nominal = child.dep_ in {"nmod", "conj"} and child.pos_ in {"NOUN", "PROPN"}
            if child.i >= current.i or not nominal or (name_start is not None and child.i > name_start):
                continue
            if case_of(child) in _COORDINATORS or _comma_after(child):
                found.append(child)
                frontier.append(child)
    return sorted(found, key=lambda t: t.i)


def _comma_after(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == "、" and following.head.i == token.i


def own_subject(predicate: Token) -> Token | None:
    """The nearest が/は/も NP before the predicate that depends on it (no は in a relative clause)."""
    cases = SUBJECT_CASES - TOPIC_CASES | {"も"} if predicate.dep_ == "acl" else SUBJECT_CASES
    candidates = [c for c in predicate.children
                  if c.i < predicate.i and c.pos_ in {"NOUN", "PROPN", "PRON"}
                  and (c.dep_ in SUBJECT_DEPS and case_of(c) in cases
                       or c.dep_ == "obl" and case_of(c) in _FOCUS_CASES & cases)]
    # 関与さえしなかった: a verbal noun with a focus particle on a bare する is its stem, not its subject.
    candidates = [c for c in candidates
                  if not (predicate.lemma_ == "する" and c.dep_ == "obl" and "サ変" in c.tag_)]
    # A topic outside 「」 cannot belong to a predicate inside them (a parse error): 原告らは「…死ね…」と.
    inside = inside_quote(predicate)
    candidates = [c for c in candidates if not inside or inside_quote(c) or case_of(c) not in TOPIC_CASES]
    return max(candidates, key=lambda c: c.i) if candidates else None


def subject_before(predicate: Token, limit: int) -> Token | None:
    candidates = [c for c in predicate.children
                  if c.dep_ in SUBJECT_DEPS and c.i < limit and case_of(c) in SUBJECT_CASES
                  and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    return max(candidates, key=lambda c: c.i) if candidates else None


def floating_subjects(predicate: Token) -> list[Token]:
    """が-NPs the parser hung on a noun argument of the predicate instead of on the predicate."""
    found: list[Token] = []
    frontier = [c for c in predicate.children if c.i < predicate.i and c.pos_ in {"NOUN", "PROPN", "NUM"}
                and c.dep_ in {"obj", "obl", "nmod"}]
    while frontier:
        noun = frontier.pop()
        for child in noun.children:
            if child.i > noun.i or child.pos_ not in {"NOUN", "PROPN", "NUM"}:
                continue
            if child.dep_ == "nsubj" and case_of(child) == "が":
                found.append(child)
            elif child.dep_ in {"nmod", "obl"}:
                frontier.append(child)
    return sorted(found, key=lambda t: t.i)


def displaced_topic(complement: Token) -> Token | None:
    """A focus NP (は, ですら) before the complement's own が-subject belongs to the verb above it."""
    subject = own_subject(complement)
    if subject is None or case_of(subject) != "が":
        return None
    return next((c for c in complement.children if c.i < subject.i and c.dep_ in SUBJECT_DEPS | {"obl"}
                 and case_of(c) in _FOCUS_CASES and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)


def speaker_before_quote(complement: Token) -> Token | None:
    subtree = list(complement.subtree)
    opening = next((t for t in subtree if t.text in QUOTE_OPEN), None)
    if opening is None:
        return None
    candidates = [t for t in subtree if t.i < opening.i and t.dep_ in SUBJECT_DEPS
                  and case_of(t) in SUBJECT_CASES and t.pos_ in {"NOUN", "PROPN", "PRON"}
                  and not inside_quote(t)]
    return candidates[-1] if candidates else None


def quote_speaker(predicate: Token, sentence: Span) -> Token | None:
    """The が/は NP just before a 「 that is still open at the end of the sentence holding ``predicate``."""
    depth, opening = 0, None
    for token in sentence:
        if token.text in QUOTE_OPEN:
            depth += 1
            if depth == 1:
                opening = token
        elif token.text in QUOTE_CLOSE:
            depth = max(0, depth - 1)
    if depth == 0 or opening is None or predicate.i < opening.i:
        return None
    candidates = [t for t in sentence if t.i < opening.i and t.dep_ in SUBJECT_DEPS
                  and case_of(t) in SUBJECT_CASES and t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return candidates[-1] if candidates else None


def topic_of_earlier_sibling(clause: Token) -> Token | None:
    siblings = [c for c in clause.head.children if c.dep_ in CLAUSE_DEPS and c.i < clause.i
                and c.pos_ in {"VERB", "ADJ"}
                and 0 < subtree_start(clause) - max(t.i for t in c.subtree) <= 2]
    for sibling in siblings:
        topic = own_subject(sibling)
        if topic is not None and case_of(topic) in TOPIC_CASES:
            return topic
    return None


def is_complement(token: Token) -> bool:
    """The clause is the と-complement of the verb it depends on (…と報じた, 「…」と述べた)."""
    if token.pos_ not in {"VERB", "ADJ", "NOUN", "AUX"}:
        return False
    # The clause ends in と (…行っている。」と: the て of ている comes first).
    particles = [c.text for c in token.children if c.dep_ in {"case", "mark"} and c.i > token.i]
    ending = {particles[-1], "".join(particles[-2:])} if particles else set()
    return token.dep_ == "ccomp" or bool(ending & _COMPLEMENT_CASES)


def quote_depth(text: str, end: int | None = None) -> int:
    """How many 「『 are still open at ``end`` in ``text`` (at its end by default)."""
    return _depths(text)[len(text) if end is None else end]


@lru_cache(maxsize=16)
def _depths(text: str) -> tuple[int, ...]:
    # Quote depth before each character and at the end; cached per text (a parse unit is asked often).
    depth, depths = 0, [0]
    for char in text:
        if char in QUOTE_OPEN:
            depth += 1
        elif char in QUOTE_CLOSE:
            depth = max(0, depth - 1)
        depths.append(depth)
    return tuple(depths)


def inside_quote(token: Token) -> bool:
    return _token_depths(token.doc)[token.i] > 0


@lru_cache(maxsize=16)
def _token_depths(doc: Doc) -> tuple[int, ...]:
    # Quote depth before each token, once per Doc (Doc.text is rebuilt on every access).
    depth, depths = 0, []
    for token in doc:
        depths.append(depth)
        if token.text in QUOTE_OPEN:
            depth += 1
        elif token.text in QUOTE_CLOSE:
            depth = max(0, depth - 1)
    return tuple(depths)


def subtree_start(token: Token) -> int:
    return min(t.i for t in token.subtree)


def direct_object(predicate: Token) -> Token | None:
    """The を-NP nearest the predicate, leaving out を通じて/をめぐって phrases (means and topics)."""
    objects = [c for c in predicate.children if c.dep_ == "obj" and c.i < predicate.i and not _via(c)]
    return max(objects, key=lambda c: c.i) if objects else None


def _via(noun: Token) -> bool:
    # ウェブサイトを通じて声明を発表した: を followed by a grammaticalised verb.
    doc = noun.doc
    after = [t for t in doc[noun.i + 1:noun.i + 4] if t.dep_ != "punct"]
    texts = [t.text for t in after]
    return len(texts) >= 2 and texts[0] == "を" and texts[1] in _GRAMMATICAL_AFTER_WO


def child_with(token: Token, deps: frozenset[str], cases: frozenset[str] | None) -> Token | None:
    for child in token.children:
        if child.dep_ in deps and child.i < token.i and (cases is None or case_of(child) in cases):
            return child
    return None


def case_of(token: Token) -> str:
    """The particles after a noun or clause (が, は, と, によって …), joined."""
    particles = [c.text for c in token.children if c.dep_ in {"case", "mark"} and c.i > token.i]
    return "".join(particles)
