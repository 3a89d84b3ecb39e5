"""Extract claims (who did what to whom) from GiNZA's UD parse of a document.

One claim per predicate whose agent is an actor: verbs, サ変 nouns (GiNZA
tags 拒否 in 拒否した as VERB), light verbs (仲良くする) and event nouns that
end a headline or state that an event is absent (関与は無い). The subject
comes from the predicate's own が/は NP, the head noun of a relative clause,
the clause it is joined to, the speaker of the complement it sits in, the
sentence's topic, or the last topic of the section; passives swap agent and
patient; coordinated actors and objects give one claim each. Negation and
hedges come from pipeline.modality, the event category from pipeline.events,
attribution from an enclosing reporting verb (…と報じた) or …によると.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .events import event_of
from .modality import (
    is_conditional,
    is_hedged,
    is_negated,
    is_purpose,
    is_question,
    is_request,
    trailing,
    volitional,
)
from .parsing import ParsedUnit
from .records import Argument, Claim, Document, Mention

_SUBJECT_DEPS = frozenset({"nsubj", "dislocated", "csubj"})
_OBJECT_DEPS = frozenset({"obj"})
_SUBJECT_CASES = frozenset({"が", "は", "も", "では", "こそ", "って", "でも", "ですら", "さえ", "なら",
                            "すら", "でさえ", "でさえも", "さえも", "までも", "がも"})
# Focus particles that mark a subject even where the parser calls the NP obl (中国ですら, ロシアは).
_FOCUS_CASES = frozenset({"は", "も", "ですら", "でさえ", "でさえも", "さえ", "さえも", "すら", "こそ",
                          "では"})
_TOPIC_CASES = frozenset({"は", "も", "では", "こそ", "って"})
# Passive agents: タリバンから注意された, 武装勢力により誘拐された, 旧ソ連によって抑留された.
_AGENT_CASES = frozenset({"に", "から", "によって", "により"})
# Clause links through which a clause shares the subject of the clause it joins (…し、…した; …して…した).
_CLAUSE_DEPS = frozenset({"advcl", "conj"})
# Particles that open a complement (…と述べた, …との見方, …とも).
_COMPLEMENT_CASES = frozenset({"と", "との", "とも", "とは"})
# Particles that coordinate two nouns (ドネツクとルガンスク, 西側諸国やトルコ, 憲法、憲法裁判所).
_COORDINATORS = frozenset({"と", "や", "、", "及び", "および", "とか", "・"})
# Verbs whose と/に NP is what they act on (調印する, 会談する …): GUIDELINES.md §4.
_TARGETED_VERBS = frozenset(
    """調印する 加盟する 参加する 出席する 反対する 協力する 抗議する 侵攻する 反論する 会談する 面談する
    交渉する 連合する 仲良くする 活動する 衝突する 同調する 反発する 踏み切る 驚く 困惑する 要求する 賛成する
    対立する 合意する 提携する 支援する 接触する 攻撃する 対抗する 違反する 上回る""".split()
)
# Grammaticalised verbs and bare auxiliaries that are not predicates of their own.
_NOT_PREDICATES = frozenset(
    """ある いる おる なる する す れる られる せる させる くる いく しまう おく みる ください くださる 下さる
    よる つく 関する 対する 際する 従う 受ける 基づく 伴う 通ずる 通じる 限る 向ける 思える 見える
    言える できる 出来る かける わたる 当たる 始める 続ける 過ぎる 拠る 因る おける 得る""".split()
)
# Verbs that are predicates only with an argument of their own (得る in 票を得た, 出来る in 準備が出来て).
_ARGUMENT_VERBS = frozenset({"得る", "出来る", "できる", "かける", "始める", "続ける"})
# Speech, report and thought verbs: their と-complement is someone else's claim (GUIDELINES.md §6).
REPORTING_VERBS = frozenset(
    """述べる 語る 話す 言う 言い張る 報ずる 報じる 伝える 発表する 明らかにする 明かす 表明する 主張する
    指摘する 説明する 非難する 批判する 反論する 牽制する コメントする 考える 思う みる 見る 判断する 明言する
    強調する 示す 触れる 声明する 報道する 発言する 答える 訴える 警告する 発信する 回答する 記す 書く
    宣言する 確認する 示唆する 否定する 認める 約束する 誓う 表する 分析する 見込む 予想する 推測する
    観測する 懸念する 謝罪する 説く""".split()
)
# Thought verbs: with no subject of their own and no hedge they are the writer's, and hedge their content.
_THOUGHT_VERBS = frozenset({"思う", "考える", "思える", "気がする"})
# Passive reporting (とされる, といわれる, と伝えられる): reported, no source named.
_IMPERSONAL_REPORT = frozenset({"する", "言う", "伝える", "報ずる", "報じる"})
# Passive thought (とみられる, と考えられる, と思われる): the writer's hedge.
_IMPERSONAL_HEDGE = frozenset({"みる", "見る", "考える", "思う", "推測する", "予想する"})
# Event-noun clauses whose predicate says whether the event happens (関与は無い, 暗殺は無くなった).
_EXISTENCE_PREDICATES = frozenset({"無い", "ない", "無くなる", "なくなる", "ある"})
# Event nouns whose の-NP is the one acted on, not the agent (ゼレンスキー氏の暗殺).
_PATIENT_NOUNS = frozenset("""暗殺 殺害 逮捕 拘束 解任 罷免 処刑 誘拐 救出 承認 併合 占領 攻撃 非難 批判 支援
    制裁 追放 釈放 解放 起訴 抑留""".split())
# Head nouns that make a phrase an actor even when it is not a named entity (反対派, デモ隊, 同国 …).
_ACTOR_SUFFIXES = (
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
# Nouns that a relative clause can modify without being its object (こと, 方針, 予定, 理由 …).
_FORMAL_HEADS = frozenset(
    """こと もの 方針 予定 見込み 可能性 理由 結果 際 後 前 中 途中 ため 場合 とき 時 ところ 形 話 事 旨
    考え 意向 構え 姿勢 見通し 状態 必要 恐れ おそれ 模様 様子 つもり 気 印象 通り 翌日 日 国""".split()
)
# Formal nouns that are never objects of their own (…ことを決めた, …ものを).
_FORMAL_OBJECTS = frozenset({"こと", "もの", "の", "事", "ところ", "旨"})
# Content nouns whose relative clause shares the subject of the verb they depend on (拒否する方針を固めた).
_CONTENT_HEADS = frozenset({"方針", "考え", "意向", "構え", "予定", "見通し", "姿勢", "つもり", "こと", "事",
                            "計画", "方向", "決意", "可能性", "見込み", "模様"})
_QUOTE_OPEN, _QUOTE_CLOSE = "「『", "」』"
_DEMONSTRATIVES = frozenset({"それ", "これ", "あれ", "そこ", "ここ", "そちら", "こちら", "それら", "これら"})
# Connectives of loosely joined clauses that a hedge does not reach across (Minami's C-type).
_LOOSE_LINKS = frozenset({"が", "けど", "けれど", "けれども", "のに", "から", "し", "ので", "ば", "たら"})
# What ends a sentence (a piece of one that ends otherwise runs on into the next).
_SENTENCE_ENDS = tuple("。．.！？!?」』…")
# How many sentences without a topic of their own a topic carries into.
MAX_TOPIC_CARRY = 2


@dataclass(frozen=True)
class _Phrase:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """Who a claim is attributed to: ``reported`` with a chain of sources, or ``hedged`` (とみられる)."""

    reported: bool = False
    hedged: bool = False
    chain: tuple[Argument, ...] = ()


def extract_claims(document: Document, units: Iterable[ParsedUnit], mentions: list[Mention],
                   include_hypothetical: bool = False) -> list[Claim]:
    """Every claim the document states, in text order.

    Conditions, purposes and questions are not claims (GUIDELINES.md §1); with
    ``include_hypothetical`` they are kept with modality ``hypothetical``.
    """
    linker = _MentionLinker(mentions)
    claims: list[Claim] = []
    last_topic: Argument | None = None
    topic_age = 0
    last_section: str | None = None
    speaker: Argument | None = None
    for unit in units:
        for sentence in sentences(unit.doc):
            start = unit.offset + sentence.start_char
            section = document.section_at(start)
            if section != last_section or section == "comment":
                # Each comment has its own author: no topic carries into it.
                last_topic = None
                last_section = section
            open_quote = quote_depth(unit.doc.text[:sentence.start_char]) > 0
            if not open_quote:
                speaker = None
            extractor = _SentenceExtractor(document, unit.offset, sentence, linker, last_topic, section,
                                           open_quote, speaker)
            # 報道官が「…。 | …」と発言した: the speaker of a quotation still open runs on with it.
            speaker = extractor.open_speaker() or speaker
            for claim in extractor.claims():
                if claim.modality != "hypothetical" or include_hypothetical:
                    claims.append(claim)
            # Only sentences that say something in Japanese (a verb) push the topic back; a line of
            # English or a heading does not.
            if extractor.topic or any(t.pos_ == "VERB" for t in sentence):
                topic_age = 0 if extractor.topic else topic_age + 1
            last_topic = extractor.topic or last_topic
            if topic_age >= MAX_TOPIC_CARRY:
                # A dropped subject reaches back a sentence or two, not across a whole article.
                last_topic = None
    return claims


def sentences(doc: Doc) -> Iterator[Span]:
    """The doc's sentences, with the pieces GiNZA cut off before a sentence end joined again.

    GiNZA sometimes ends a "sentence" at a comma in a long news sentence
    (…前大統領が、 | 韓国南部… | …死亡した。); the subject, the …によると and the
    predicate then sit in different pieces. A piece that does not end in
    sentence-final punctuation runs on into the next.
    """
    start = None
    pieces = list(doc.sents)
    for index, piece in enumerate(pieces):
        start = piece.start if start is None else start
        last = index == len(pieces) - 1
        if last or piece.text.rstrip().endswith(_SENTENCE_ENDS):
            yield doc[start:piece.end]
            start = None


class _MentionLinker:
    """Find the mention, if any, that an argument phrase refers to."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: (m.start, m.end))

    def argument(self, phrase: _Phrase, head_start: int, head_end: int) -> Argument:
        best = None
        for mention in self._mentions:
            if mention.start >= phrase.end:
                break
            if mention.end <= phrase.start:
                continue
            covers_head = mention.start < head_end and head_start < mention.end
            if covers_head:
                return Argument(phrase.text, mention.entity_id, mention.type)
            if best is None and mention.type != "country":
                best = mention
        if best is not None:
            return Argument(phrase.text, best.entity_id, best.type)
        return Argument(phrase.text, None, None)


class _SentenceExtractor:
    def __init__(self, document: Document, offset: int, sentence: Span, linker: _MentionLinker,
                 carried_topic: Argument | None, section: str | None, open_quote: bool = False,
                 carried_speaker: Argument | None = None) -> None:
        self.document = document
        self.open_quote = open_quote
        self.carried_speaker = carried_speaker
        self.offset = offset
        self.sentence = sentence
        self.linker = linker
        self.carried_topic = carried_topic
        self.section = section
        self.topic = self._sentence_topic()

    def claims(self) -> Iterator[Claim]:
        for token in self.sentence:
            if is_predicate(token):
                yield from self._claims(token)
            elif is_event_noun_predicate(token):
                yield from self._event_noun_claims(token)

    # -- arguments ---------------------------------------------------------------------------

    def _argument(self, token: Token) -> Argument:
        phrase = noun_phrase(token, self.offset)
        return self.linker.argument(phrase, self.offset + token.idx, self.offset + token.idx + len(token))

    def _actor(self, token: Token) -> Argument | None:
        argument = self._argument(token)
        return argument if is_actor(argument, token) else None

    def _sentence_topic(self) -> Argument | None:
        roots = [t for t in self.sentence if t.dep_ == "ROOT"]
        for child in (c for root in roots for c in root.children):
            if child.dep_ in _SUBJECT_DEPS and _case(child) in _TOPIC_CASES:
                argument = self._actor(child)
                if argument is not None:
                    return argument
        for root in roots[:-1]:
            # …前大統領が、 | …死亡した: a piece that ends in a subject left for the rest of the sentence.
            if root.pos_ in {"NOUN", "PROPN"} and _case(_phrase_end(root)) in _SUBJECT_CASES:
                argument = self._actor(root)
                if argument is not None:
                    return argument
        # Else the first は-NP outside quotes: the parser often hangs it on a clause inside the sentence
        # (a relative clause, a quotation, the first of a chain of clauses), but it is the sentence's topic.
        for token in self.sentence:
            if (token.dep_ in _SUBJECT_DEPS and _case(token) in {"は"} and not _inside_quote(token)
                    and token.head.pos_ in {"VERB", "ADJ", "NOUN", "AUX"}):
                argument = self._actor(token)
                if argument is not None:
                    return argument
        return None

    def _subject_token(self, predicate: Token, skip_own: bool = False) -> tuple[Token | None, str]:
        """The token that names the predicate's agent, and where it was found."""
        own = None if skip_own else own_subject(predicate)
        if own is not None:
            return own, "explicit"
        displaced = next((c for c in predicate.children
                          if is_complement(c) and _displaced_topic(c) is not None), None)
        if displaced is not None:
            # 中国ですらロシアが…とは考えていなかった: the parser put the thinker inside the complement.
            return _displaced_topic(displaced), "explicit"
        opener = next((c for c in predicate.children
                       if is_complement(c) and _speaker_before_quote(c) is not None), None)
        if opener is not None:
            # 報道官が「…と考えており、…」と発言した: the speaker hangs on a verb inside the quotation.
            return _speaker_before_quote(opener), "explicit"
        if predicate.dep_ == "acl" and self._actor(predicate.head) is not None:
            # A relative clause's agent is the noun it modifies (軍を送らなかったカザフスタン).
            return predicate.head, "relative"
        # (Not for the sentence's root: its topic is the sentence's.)
        earlier = [c for c in predicate.children if c.dep_ in _CLAUSE_DEPS and c.i < predicate.i
                   and predicate.dep_ != "ROOT"]
        for clause in sorted(earlier, key=lambda c: -c.i):
            topic = own_subject(clause)
            if topic is not None and _case(topic) in _TOPIC_CASES and self._actor(topic) is not None:
                # カザフスタンは…と明かし、…拒否した: a は-topic of an earlier clause runs on to this one.
                return topic, "clause"
        token = predicate
        if predicate.dep_ == "acl" and predicate.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            head = predicate.head
            if self._actor(head) is not None:
                # A relative clause's agent is the noun it modifies (軍を送らなかったカザフスタン).
                return head, "relative"
            if head.lemma_ not in _CONTENT_HEADS and head.dep_ != "obj":
                return None, "none"
            # …を拒否する方針を固めた: a plan or view shares the subject of the verb it depends on.
            token = head
        while token.head.i != token.i:
            parent = token.head
            if token.pos_ in {"NOUN", "PROPN"}:
                subject = own_subject(parent) if parent.pos_ in {"VERB", "ADJ"} else None
                if subject is not None:
                    return subject, "clause"
                token = parent
                continue
            if is_complement(token):
                # Xは「…」と明かし、…拒否したと報じた: the parser hung both clauses on the report verb,
                # but the は-topic of the first runs on into the second.
                sibling = _topic_of_earlier_sibling(token)
                if sibling is not None and self._actor(sibling) is not None:
                    return sibling, "clause"
                # Xは「…」とYが報じた: the NP before the complement is its topic; else the speaker.
                before = _subject_before(parent, _subtree_start(token))
                if before is not None:
                    return before, "clause"
                if _is_passive(parent):
                    return None, "none"
                speaker = own_subject(parent)
                if speaker is not None:
                    return speaker, "speaker"
                found, how = self._subject_token(parent)
                return found, ("speaker" if how in {"explicit", "clause", "relative"} else how)
            if token.dep_ == "acl" and token.i != predicate.i and self._actor(token.head) is not None:
                # …プロジェクトを進めているインド: the clause inside a relative clause shares its head.
                return token.head, "relative"
            if token.dep_ not in _CLAUSE_DEPS:
                break
            # A clause joined to another (…し、…した; …して…した) shares its subject.
            subject = _subject_before(parent, parent.i)
            if subject is not None:
                return subject, "clause"
            if parent.dep_ == "acl" and self._actor(parent.head) is not None:
                return parent.head, "relative"
            token = parent
        speaker = quote_speaker(predicate, self.sentence)
        if speaker is not None and self._actor(speaker) is not None:
            # 報道官が「…と考えており、…抗議を行っている。」: a quotation not closed in this sentence.
            return speaker, "speaker"
        return None, "none"

    def _subject(self, predicate: Token) -> tuple[list[Argument], str]:
        token, how = self._subject_token(predicate)
        floating = [a for a in (self._actor(t) for t in floating_subjects(predicate)) if a is not None]
        if floating and (token is None or how != "explicit"):
            # トゥスク候補が40%、カチンスキ候補が33%の票を得た: one claim per gapped subject.
            return floating, "explicit"
        contrastive = token is not None and how == "explicit" and _case(token) in _TOPIC_CASES
        if contrastive and self._actor(token) is None:
            # 独立は認めない: a contrastive は-NP that is no actor is the object; the agent is elsewhere.
            token, how = self._subject_token(predicate, skip_own=True)
        if token is not None:
            actors = [a for a in (self._actor(t) for t in conjuncts(token)) if a is not None]
            return actors, how
        if self.topic is not None:
            return [self.topic], "topic"
        if self.carried_speaker is not None and not _in_carried_quote(predicate, self.sentence):
            # …。」と発言した: the verb that closes a quotation begun earlier has its opener as subject.
            return [self.carried_speaker], "speaker"
        if self.carried_topic is not None and not self._new_frame():
            return [self.carried_topic], "previous_sentence"
        return [], "none"

    def open_speaker(self) -> Argument | None:
        """Who opens a quotation that is still open at the end of this sentence."""
        last = self.sentence[-1]
        token = quote_speaker(last, self.sentence)
        return self._actor(token) if token is not None else None

    def _new_frame(self) -> bool:
        # 判決では、…: a sentence that opens with a topic of its own (no actor) leaves the last one behind.
        root = self.sentence.root
        # (An event noun as topic, 言及はなかった, is about the event: its agent still comes from before.)
        return any(c.dep_ in _SUBJECT_DEPS | {"obl"} and _case(c) in {"は", "では"} and not _inside_quote(c)
                   and "サ変" not in c.tag_ for c in root.children)

    def _passive_roles(self, predicate: Token) -> tuple[list[Argument], list[Argument | None], str]:
        """A passive's agent (the に/から/によって NP) is the subject; its patient is the object."""
        agent = next((c for c in predicate.children
                      if c.dep_ in {"obl", "nmod", "iobj"} and c.i < predicate.i and _case(c) in _AGENT_CASES
                      and self._actor(c) is not None), None)
        if agent is None:
            # タリバンから「…」と注意された: the parser may hang a から/によって agent on the quotation.
            agent = next((t for t in predicate.subtree
                          if t.i < predicate.i and t.dep_ == "obl"
                          and _case(t) in {"から", "によって", "により"}
                          and not _inside_quote(t) and self._actor(t) is not None), None)
        subjects = [a for a in (self._actor(t) for t in conjuncts(agent))] if agent is not None else []
        obj = _child(predicate, _OBJECT_DEPS, None)
        patient_token, _ = self._subject_token(predicate)
        if obj is not None and obj.lemma_ not in _FORMAL_OBJECTS:
            # 紛争解決を要求された: an indirect passive keeps its を-object.
            objects = [self._argument(t) for t in conjuncts(obj)]
        elif patient_token is not None:
            objects: list[Argument | None] = [self._argument(t) for t in conjuncts(patient_token)]
        elif self.topic is not None:
            objects = [self.topic]
        else:
            objects = [None]
        return [s for s in subjects if s is not None], objects, "explicit" if subjects else "none"

    def _objects(self, predicate: Token, lemma: str) -> list[Argument | None]:
        obj = _child(predicate, _OBJECT_DEPS, None)
        obj = _quantified(obj) if obj is not None else None
        if obj is not None and obj.lemma_ not in _FORMAL_OBJECTS and not _is_measure(obj):
            return [self._argument(t) for t in conjuncts(obj)]
        # 独立は認めない: a contrastive は/も-NP that names no actor is what the verb acts on.
        own = own_subject(predicate)
        if (own is not None and _case(own) in _TOPIC_CASES and not _is_measure(own)
                and own.lemma_ not in _FORMAL_OBJECTS):
            argument = self._argument(own)
            if not is_actor(argument, own):
                return [argument]
        # できる-type verbs take their object with が (準備が出来ており).
        if lemma in _ARGUMENT_VERBS:
            subject = _child(predicate, _SUBJECT_DEPS, frozenset({"が"}))
            if subject is not None:
                return [self._argument(subject)]
        if lemma in _TARGETED_VERBS:
            targets = [c for c in predicate.children
                       if c.dep_ in {"obl", "iobj", "nmod"} and c.i < predicate.i
                       and _case(c).rstrip("もはで") in {"に", "と", "へ", "に対して", "に対し", "なんかと"}]
            target = max(targets, key=lambda c: c.i) if targets else None
            if target is not None and not _is_measure(target):
                return [self._argument(t) for t in conjuncts(target)]
        # A relative clause acts on the noun it modifies (プーチン大統領が要請した…派兵).
        if predicate.dep_ == "acl" and predicate.head.pos_ in {"NOUN", "PROPN"}:
            head = predicate.head
            plain_head = head.lemma_ not in _FORMAL_HEADS and not _is_measure(head)
            if plain_head and own_subject(predicate) is not None:
                argument = self._argument(head)
                if not is_actor(argument, head):
                    return [argument]
        return [None]

    # -- the claim ---------------------------------------------------------------------------

    def _claims(self, predicate: Token) -> Iterator[Claim]:
        lemma = predicate_lemma(predicate)
        if in_negated_attitude(predicate):
            return
        if lemma in _ARGUMENT_VERBS and not any(c.dep_ in {"obj", "nsubj"} for c in predicate.children):
            return
        if lemma in _THOUGHT_VERBS and self._writers_thought(predicate):
            return
        if _is_passive(predicate):
            subjects, objects, how = self._passive_roles(predicate)
        else:
            subjects, how = self._subject(predicate)
            objects = self._objects(predicate, lemma)
        if not subjects:
            return
        if objects[0] is not None and lemma == "する" and objects[0].entity_id is None:
            # 身柄拘束をして → 身柄拘束する: the noun is the predicate, not an object.
            lemma, objects = objects[0].text + "する", [None]
        yield from self._build(predicate, lemma, subjects, objects, how, is_negated(predicate))

    def _event_noun_claims(self, noun: Token) -> Iterator[Claim]:
        # ベラルーシの関与は無い → ベラルーシ / 関与する / negated: the の-NP is the agent.
        owner = next((c for c in noun.children if c.dep_ == "nmod" and _case(c) == "の"), None)
        if owner is None and noun.lemma_ in _PATIENT_NOUNS:
            return
        negated = noun.head.lemma_ in {"無い", "ない", "無くなる", "なくなる"} or is_negated(noun.head)
        lemma = noun.lemma_ + "する"
        if noun.lemma_ in _PATIENT_NOUNS:
            # ゼレンスキー氏の暗殺は無くなった: the の-NP is the victim; the agent comes from context.
            subjects, how = self._subject(noun.head)
            objects: list[Argument | None] = [self._argument(owner) if owner is not None else None]
        else:
            owners = conjuncts(owner) if owner is not None else []
            subjects = [a for a in (self._actor(t) for t in owners) if a is not None]
            how, objects = "explicit", [None]
            if not subjects:
                # 日本についての直接の言及はなかった: the one who did not act comes from context.
                subjects, how = self._subject(noun.head)
        if subjects:
            yield from self._build(noun, lemma, subjects, objects, how, negated, clause_head=noun.head)

    def _build(self, predicate: Token, lemma: str, subjects: list[Argument], objects: list[Argument | None],
               how: str, negated: bool, clause_head: Token | None = None) -> Iterator[Claim]:
        head = clause_head or predicate
        attribution = self._attribution(head)
        modality = self._modality(head, attribution)
        source = attribution.chain[-1] if attribution.chain else None
        sent_start = self.offset + self.sentence.start_char
        start = self.offset + predicate.idx
        event, polarity = event_of(lemma, negated)
        base = Claim(
            id=f"{self.document.id}:{start}",
            doc_id=self.document.id,
            sentence_start=sent_start,
            sentence_end=self.offset + self.sentence.end_char,
            sentence_text=self.sentence.text,
            predicate_lemma=lemma,
            predicate_text=_predicate_surface(predicate),
            predicate_start=start,
            subject=subjects[0],
            object=objects[0],
            negated=negated,
            modality=modality,
            source=source,
            quoted=is_quoted(predicate, self.sentence, self.open_quote),
            section=self.section,
            subject_from=how,
            source_chain=attribution.chain,
            event=event,
            polarity=polarity,
        )
        # One claim per coordinated actor and object; the first pair keeps the plain id.
        for s_index, subject in enumerate(subjects):
            for o_index, obj in enumerate(objects):
                if subject == obj:
                    continue
                suffix = "" if s_index == o_index == 0 else f"-{s_index}.{o_index}"
                yield replace(base, id=base.id + suffix, subject=subject, object=obj)

    def _modality(self, head: Token, attribution: Attribution) -> str:
        if _in_hypothetical(head):
            return "hypothetical"
        if attribution.reported:
            return "reported"
        if attribution.hedged or hedged_in_context(head):
            return "hedged"
        return "asserted"

    def _speaker(self, verb: Token) -> Argument | None:
        token, _ = self._subject_token(verb)
        if token is not None:
            return self._argument(token)
        subjects, _ = self._subject(verb)
        return subjects[0] if subjects else None

    def _writers_thought(self, predicate: Token) -> bool:
        # と思う / と考えています with no one named and no hedge: the writer's own view (§6 hedged).
        subject, _ = self._subject_token(predicate)
        return subject is None and not is_hedged(predicate) and self.section == "comment"

    def _attribution(self, predicate: Token) -> Attribution:
        """The chain of parties the claim is attributed to, outermost first."""
        chain: list[Argument] = []
        reported = hedged = loose = False
        token = predicate
        while token.head.i != token.i:
            parent = token.head
            # A hedge does not reach back over a loose clause (拘束されたが、…潜伏しているとみられる).
            loose = loose or (token.dep_ in _CLAUSE_DEPS and not _tightly_joined(token))
            framing = framing_verb(token)
            if framing is not None:
                parent = framing
                parent_lemma = predicate_lemma(parent)
                if _is_passive(parent) and parent_lemma in _IMPERSONAL_HEDGE:
                    # …とみられる / と考えられる: the writer hedges the content.
                    hedged = hedged or not loose
                elif _is_passive(parent) and parent_lemma in _IMPERSONAL_REPORT | REPORTING_VERBS:
                    # …とされる / といわれる / と伝えられる: reported, no source named.
                    reported = True
                elif parent_lemma in REPORTING_VERBS or (parent_lemma == "する" and not volitional(token)):
                    speaker = self._speaker(parent)
                    if speaker is not None:
                        # A named speaker, outlet or document (報告書, 声明) is the source.
                        chain.insert(0, speaker)
                        reported = True
                    elif parent_lemma in _THOUGHT_VERBS and self.section == "comment":
                        # The commenter's own と思う / と考えています: a hedge, not a report.
                        hedged = hedged or not loose
                    else:
                        # …と発表した / …とした with the speaker left unsaid: still reported.
                        reported = True
            token = parent
        speaker_token = quote_speaker(predicate, self.sentence)
        if not reported and speaker_token is not None:
            # A quotation that a 。 cut before its と…述べた: its speaker is the NP that opens it.
            chain.append(self._argument(speaker_token))
            reported = True
        if self.open_quote and _in_carried_quote(predicate, self.sentence):
            # 「…。…。…」と謝罪した: a piece of a quotation that a 。 split off is the speaker's, who is
            # the one that opened it, or else the topic carried from there.
            opener = self.carried_speaker or self.carried_topic
            if opener is not None:
                chain.insert(0, opener)
            reported = True
        outlet = _according_to(self.sentence)
        if outlet is not None:
            chain.insert(0, self._argument(outlet))
            reported = True
        if _sentence_final_hearsay(self.sentence):
            reported = True
        return Attribution(reported, hedged, tuple(chain))


# -- token-level rules, usable on their own ---------------------------------------------------


def is_predicate(token: Token) -> bool:
    """A verb or verbal noun that can carry a claim (not an auxiliary or grammaticalised verb)."""
    if token.dep_ in {"aux", "fixed", "cop", "mark", "case"}:
        return False
    if token.pos_ == "VERB":
        if "命令形" in str(token.morph):
            # Imperatives (死ね, 解決しろ) order, they do not state (GUIDELINES.md §1).
            return False
        lemma = predicate_lemma(token)
        if lemma in {"言う", "いう"} and token.i > 0 and token.nbor(-1).text in {"と", "って"}:
            # Quotative という/といった/という話: it frames content, it is not a claim (GUIDELINES.md §1).
            return token.dep_ not in {"acl", "fixed"} and own_subject(token) is not None
        return lemma not in _NOT_PREDICATES or lemma in _ARGUMENT_VERBS
    # Headline style: a verbal noun ending the sentence (…派兵要請を拒否。; …の解散を発表。).
    if token.pos_ == "NOUN" and "サ変" in token.tag_ and token.dep_ == "ROOT":
        return any(c.dep_ == "obj" for c in token.children)
    return False


def is_event_noun_predicate(token: Token) -> bool:
    """An event noun whose clause predicate says whether it happens (ベラルーシの関与は無い)."""
    return (token.pos_ == "NOUN" and "サ変" in token.tag_ and token.dep_ == "nsubj"
            and token.head.lemma_ in _EXISTENCE_PREDICATES)


def predicate_lemma(token: Token) -> str:
    """GiNZA's lemma, with する added to a verbal noun (拒否 → 拒否する) and causatives kept (言わせる)."""
    lemma = token.lemma_
    if "サ変" in token.tag_ and token.pos_ in {"VERB", "NOUN"}:
        lemma += "する"
    elif token.pos_ == "VERB" and token.tag_.startswith("名詞"):
        # 続投する: a noun that the parser made a verb takes する like a verbal noun.
        lemma += "する"
    elif lemma == "する" and token.i > 0 and _light_verb_stem(token.nbor(-1), token):
        # 仲良くする written apart: the adverb is the predicate.
        return token.nbor(-1).text + "する"
    elif lemma == "する" and token.i > 1 and _to_suru_stem(token.nbor(-2), token):
        # 無効とする / 明らかにする: the noun before と/に is the predicate (not the quotative とする).
        return token.nbor(-2).text + token.nbor(-1).text + "する"
    causative = next((c for c in token.children if c.dep_ == "aux" and c.lemma_ in {"せる", "させる"}), None)
    if causative is not None and token.pos_ == "VERB" and "サ変" not in token.tag_:
        return token.text + causative.lemma_
    return lemma


def _to_suru_stem(stem: Token, verb: Token) -> bool:
    return (stem.head.i == verb.i and stem.pos_ in {"NOUN", "ADJ"} and "形状詞" in stem.tag_
            and stem.nbor(1).text in {"と", "に"} and stem.nbor(1).dep_ in {"case", "cop", "aux"})


def _light_verb_stem(stem: Token, verb: Token) -> bool:
    return stem.head.i == verb.i and stem.dep_ == "advmod" and stem.text.endswith("く") and stem.pos_ == "ADV"


def own_subject(predicate: Token) -> Token | None:
    """The nearest が/は/も NP before the predicate that depends on it (no は in a relative clause)."""
    cases = _SUBJECT_CASES - _TOPIC_CASES | {"も"} if predicate.dep_ == "acl" else _SUBJECT_CASES
    candidates = [c for c in predicate.children
                  if c.i < predicate.i and c.pos_ in {"NOUN", "PROPN", "PRON"}
                  and (c.dep_ in _SUBJECT_DEPS and _case(c) in cases
                       or c.dep_ == "obl" and _case(c) in _FOCUS_CASES & cases)]
    # A topic outside 「」 cannot belong to a predicate inside them (a parse error): 原告らは「…死ね…」と.
    inside = _inside_quote(predicate)
    candidates = [c for c in candidates if not inside or _inside_quote(c) or _case(c) not in _TOPIC_CASES]
    return max(candidates, key=lambda c: c.i) if candidates else None


def quote_speaker(predicate: Token, sentence: Span) -> Token | None:
    """The が/は NP just before a 「 that is still open at the end of the sentence holding ``predicate``."""
    depth, opening = 0, None
    for token in sentence:
        if token.text in _QUOTE_OPEN:
            depth += 1
            if depth == 1:
                opening = token
        elif token.text in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
    if depth == 0 or opening is None or predicate.i < opening.i:
        return None
    candidates = [t for t in sentence if t.i < opening.i and t.dep_ in _SUBJECT_DEPS
                  and _case(t) in _SUBJECT_CASES and t.pos_ in {"NOUN", "PROPN", "PRON"}]
    return candidates[-1] if candidates else None


def _topic_of_earlier_sibling(clause: Token) -> Token | None:
    siblings = [c for c in clause.head.children if c.dep_ in _CLAUSE_DEPS and c.i < clause.i
                and c.pos_ in {"VERB", "ADJ"}
                and 0 < _subtree_start(clause) - max(t.i for t in c.subtree) <= 2]
    for sibling in siblings:
        topic = own_subject(sibling)
        if topic is not None and _case(topic) in _TOPIC_CASES:
            return topic
    return None


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
            if child.dep_ == "nsubj" and _case(child) == "が":
                found.append(child)
            elif child.dep_ in {"nmod", "obl"}:
                frontier.append(child)
    return sorted(found, key=lambda t: t.i)


def _speaker_before_quote(complement: Token) -> Token | None:
    subtree = list(complement.subtree)
    opening = next((t for t in subtree if t.text in _QUOTE_OPEN), None)
    if opening is None:
        return None
    candidates = [t for t in subtree if t.i < opening.i and t.dep_ in _SUBJECT_DEPS
                  and _case(t) in _SUBJECT_CASES and t.pos_ in {"NOUN", "PROPN", "PRON"}
                  and not _inside_quote(t)]
    return candidates[-1] if candidates else None


def _displaced_topic(complement: Token) -> Token | None:
    """A focus NP (は, ですら) before the complement's own が-subject belongs to the verb above it."""
    subject = own_subject(complement)
    if subject is None or _case(subject) != "が":
        return None
    return next((c for c in complement.children if c.i < subject.i and c.dep_ in _SUBJECT_DEPS | {"obl"}
                 and _case(c) in _FOCUS_CASES and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)


def _inside_quote(token: Token) -> bool:
    return quote_depth(token.doc.text[:token.idx]) > 0


def _subject_before(predicate: Token, limit: int) -> Token | None:
    candidates = [c for c in predicate.children
                  if c.dep_ in _SUBJECT_DEPS and c.i < limit and _case(c) in _SUBJECT_CASES
                  and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    return max(candidates, key=lambda c: c.i) if candidates else None


def framing_verb(token: Token) -> Token | None:
    """The verb whose content the clause is: …と述べた, or …ことを明らかにした with a reporting verb."""
    if is_complement(token):
        return token.head
    # …を検討することを明らかにした: a こと-clause that is the object of a speech verb.
    head = token.head
    if token.dep_ == "acl" and head.lemma_ in {"こと", "事", "旨"} and head.dep_ == "obj":
        if predicate_lemma(head.head) in REPORTING_VERBS:
            return head.head
    return None


def is_complement(token: Token) -> bool:
    """The clause is the と-complement of the verb it depends on (…と報じた, 「…」と述べた)."""
    if token.pos_ not in {"VERB", "ADJ", "NOUN", "AUX"}:
        return False
    # The clause ends in と (…行っている。」と: the て of ている comes first).
    particles = [c.text for c in token.children if c.dep_ in {"case", "mark"} and c.i > token.i]
    ending = {particles[-1], "".join(particles[-2:])} if particles else set()
    return token.dep_ == "ccomp" or bool(ending & _COMPLEMENT_CASES)


def conjuncts(token: Token) -> list[Token]:
    """The token and the nouns coordinated with it (ドネツクとルガンスク → [ドネツク, ルガンスク])."""
    found = [token]
    frontier = [token]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            nominal = child.dep_ in {"nmod", "conj"} and child.pos_ in {"NOUN", "PROPN"}
            if child.i >= current.i or not nominal:
                continue
            if _case(child) in _COORDINATORS or _comma_after(child):
                found.append(child)
                frontier.append(child)
    return sorted(found, key=lambda t: t.i)


def _comma_after(token: Token) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.text == "、" and following.head.i == token.i


def hedged_in_context(predicate: Token) -> bool:
    """A hedge on the clause, or on a clause that embeds it or that it runs into (…して…するでしょう)."""
    token = predicate
    while True:
        if is_hedged(token):
            return True
        parent = token.head
        if parent.i == token.i:
            return False
        if token.dep_ == "acl":
            # Relative clauses are presupposed: no hedge from the clause around them.
            return False
        if token.dep_ in _CLAUSE_DEPS and not _tightly_joined(token):
            return False
        # …派遣できないのが正しいのではないか: a nominalised clause is embedded in the hedged one.
        if token.dep_ not in _CLAUSE_DEPS | {"csubj"} and not is_complement(token):
            return False
        token = parent


def _tightly_joined(clause: Token) -> bool:
    # て/連用中止/ながら/ず clauses share the hedge of what follows; が/けど/から/し/ており ones do not.
    marks = [t.text for t in trailing(clause)]
    if any(m in _LOOSE_LINKS for m in marks):
        return False
    return not any(t.lemma_ in {"おる", "いる"} for t in trailing(clause))


def in_negated_attitude(predicate: Token) -> bool:
    """The content of a negated or questioned attitude (侵攻するとは考えていなかった) is not a claim."""
    token = predicate
    while token.head.i != token.i:
        parent = token.head
        if is_complement(token) and predicate_lemma(parent) in REPORTING_VERBS:
            if is_negated(parent) or is_question(parent):
                return True
        token = parent
    return False


def _in_hypothetical(predicate: Token) -> bool:
    # Conditions (協力したら), purposes (保護するための) and questions (侵攻したのか) are not asserted.
    token = predicate
    while True:
        if is_conditional(token) or is_purpose(token) or is_question(token) or is_request(token):
            return True
        if token.dep_ not in _CLAUSE_DEPS and not is_complement(token) or token.head.i == token.i:
            return False
        token = token.head
        if is_question(token):
            return True


def _according_to(sentence: Span) -> Token | None:
    """The outlet or person in …によると / …によれば / …に拠れば."""
    for token in sentence:
        if token.lemma_ in {"よる", "拠る", "因る"} and token.i > 0 and token.nbor(-1).text == "に":
            after = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if token.text in {"よれ", "拠れ"} or (after is not None and after.text == "と"):
                noun = token.nbor(-1).head
                if noun.pos_ in {"NOUN", "PROPN", "PRON"}:
                    return noun
    return None


def _sentence_final_hearsay(sentence: Span) -> bool:
    # …という。 / …とのことだ。: the writer passes on what others say, no source named.
    root = sentence.root
    return predicate_lemma(root) == "言う" and own_subject(root) is None and any(
        is_complement(c) for c in root.children)


def _is_passive(predicate: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ in {"れる", "られる"} and c.i > predicate.i
               and not _potential(predicate) for c in predicate.children)


def _potential(predicate: Token) -> bool:
    # 得られる / 出来る-type readings: られる after a negation-taking potential is not passive.
    return predicate.lemma_ in {"得る", "できる"}


def _is_measure(token: Token) -> bool:
    # Times, dates, amounts and percentages are not objects (6時40分頃, 40%).
    return token.pos_ == "NUM" or token.ent_type_.startswith(("Date", "Time", "Period", "Percent", "Money"))


def quote_depth(text: str) -> int:
    """How many 「『 are still open at the end of ``text``."""
    depth = 0
    for char in text:
        if char in _QUOTE_OPEN:
            depth += 1
        elif char in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
    return depth


def _in_carried_quote(predicate: Token, sentence: Span) -> bool:
    """The predicate comes before the 」 that closes a quotation opened in an earlier sentence."""
    depth = 0
    for token in sentence:
        if token.i >= predicate.i:
            return True
        if token.text in _QUOTE_OPEN:
            depth += 1
        elif token.text in _QUOTE_CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return True


def is_quoted(predicate: Token, sentence: Span, open_quote: bool = False) -> bool:
    """The predicate stands inside 「」, opened in this sentence or in one before it."""
    if open_quote and _in_carried_quote(predicate, sentence):
        return True
    depth = 0
    for token in sentence:
        if token.i >= predicate.i:
            break
        if token.text in _QUOTE_OPEN:
            depth += 1
        elif token.text in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


def is_actor(argument: Argument, token: Token | None) -> bool:
    """Whether a subject names an actor: a recognised entity, a pronoun, or a group noun (反対派)."""
    text = argument.text
    if text in _NOT_ACTORS or (token is not None and _is_measure(token)):
        return False
    if token is not None and "サ変" in token.tag_ and not text.endswith(_ACTOR_SUFFIXES):
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
    return text.endswith(_ACTOR_SUFFIXES) and len(text) >= 2


def _names_organization(token: Token) -> bool:
    # 米NBC News, ドイツARD放送: a name (固有名詞, not a place) in the compound, and a Latin or name head.
    names = [t for t in token.lefts if t.dep_ == "compound" and "固有名詞" in t.tag_ and "地名" not in t.tag_]
    proper_head = "固有名詞" in token.tag_ and "地名" not in token.tag_ and "人名" not in token.tag_
    latin_head = token.text.isascii() and token.text[:1].isupper()
    return bool(names) and (latin_head or proper_head)


def noun_phrase(token: Token, offset: int) -> _Phrase:
    """The noun with its compound modifiers (カザフスタン軍派兵), without の-phrases or particles."""
    left = _left_edge(token)
    right = token.i
    for child in sorted(token.children, key=lambda c: c.i):
        if child.i == right + 1 and child.dep_ in {"compound", "flat", "fixed"} and child.pos_ != "ADP":
            right = child.i
    doc = token.doc
    span = doc[left:right + 1]
    return _Phrase(span.text, offset + span.start_char, offset + span.end_char)


def _left_edge(token: Token) -> int:
    """Where the compound that ends in ``token`` starts: its adjacent compound parts, recursively."""
    left = token.i
    for child in sorted(token.children, key=lambda c: -c.i):
        # A noun right before with no particle is part of the compound whatever the parser called it
        # (原告ら, タンマ|ラック・…氏).
        bound = child.dep_ in {"compound", "nummod", "flat", "fixed"} or (
            child.dep_ == "nmod" and not _case(child) and child.pos_ in {"NOUN", "PROPN", "PRON"})
        if child.i == left - 1 and bound:
            left = _left_edge(child)
    return left


def _quantified(token: Token) -> Token | None:
    """隊員の38人を → 隊員 (a floated quantifier names no one); それ/これ → None."""
    if token.pos_ == "PRON" and token.text in _DEMONSTRATIVES:
        return None
    if "助数詞" in token.tag_ and any(c.dep_ == "nummod" for c in token.children):
        owner = next((c for c in token.children if c.dep_ == "nmod" and _case(c) == "の"), None)
        return owner
    return token


def _phrase_end(token: Token) -> Token:
    # The last compound part of a noun phrase (武鉉 (ノ・ムヒョン) 前大統領が: the が hangs on 前大統領).
    parts = [c for c in token.children if c.dep_ == "compound" and c.i > token.i]
    return max(parts, key=lambda c: c.i) if parts else token


def _subtree_start(token: Token) -> int:
    return min(t.i for t in token.subtree)


def _child(token: Token, deps: frozenset[str], cases: frozenset[str] | None) -> Token | None:
    for child in token.children:
        if child.dep_ in deps and child.i < token.i and (cases is None or _case(child) in cases):
            return child
    return None


def _case(token: Token) -> str:
    """The particles after a noun or clause (が, は, と, によって …), joined."""
    particles = [c.text for c in token.children if c.dep_ in {"case", "mark"} and c.i > token.i]
    return "".join(particles)


def _predicate_surface(predicate: Token) -> str:
    end = predicate.i
    doc = predicate.doc
    while end + 1 < len(doc) and doc[end + 1].dep_ in {"aux", "fixed"} and doc[end + 1].head.i == predicate.i:
        end += 1
    return doc[predicate.i:end + 1].text
