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

This module walks the sentences and builds Claim records; the rules it
applies live in one module per family: pipeline.predicates (what is a
predicate, its lemma), pipeline.arguments (noun phrases, actors, subjects,
quotations), pipeline.attribution (sources), pipeline.modality (negation,
hedges, conditions) and pipeline.events (event category and polarity).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..records import Argument, Claim, Document, Mention, ParsedUnit
from .arguments import (
    CLAUSE_DEPS,
    SUBJECT_CASES,
    SUBJECT_DEPS,
    TOPIC_CASES,
    Phrase,
    case_of,
    child_with,
    conjuncts,
    direct_object,
    displaced_topic,
    floating_subjects,
    inside_quote,
    is_actor,
    is_complement,
    is_measure,
    noun_phrase,
    own_subject,
    phrase_end,
    quantified,
    quote_depth,
    quote_speaker,
    speaker_before_quote,
    subject_before,
    subtree_start,
    topic_of_earlier_sibling,
)
from .attribution import (
    IMPERSONAL_HEDGE,
    IMPERSONAL_REPORT,
    REPORTING_VERBS,
    THOUGHT_VERBS,
    Attribution,
    according_to,
    framing_verb,
    in_carried_quote,
    in_negated_attitude,
    is_quoted,
    sentence_final_hearsay,
)
from .events import event_of
from .modality import hedged_in_context, in_hypothetical, is_hedged, is_negated, tightly_joined, volitional
from .predicates import (
    ARGUMENT_VERBS,
    is_event_noun_predicate,
    is_passive,
    is_predicate,
    predicate_lemma,
    predicate_surface,
)

_OBJECT_DEPS = frozenset({"obj"})
# Passive agents: タリバンから注意された, 武装勢力により誘拐された, 旧ソ連によって抑留された.
_AGENT_CASES = frozenset({"に", "から", "によって", "により"})
# Verbs whose と/に NP is what they act on (調印する, 会談する …): GUIDELINES.md §4.
_TARGETED_VERBS = frozenset(
    """調印する 加盟する 参加する 出席する 反対する 協力する 抗議する 侵攻する 反論する 会談する 面談する
    交渉する 連合する 仲良くする 活動する 衝突する 同調する 反発する 踏み切る 驚く 困惑する 要求する 賛成する
    対立する 合意する 提携する 支援する 接触する 攻撃する 対抗する 違反する 上回る""".split()
)
# Event nouns whose の-NP is the one acted on, not the agent (ゼレンスキー氏の暗殺).
_PATIENT_NOUNS = frozenset("""暗殺 殺害 逮捕 拘束 解任 罷免 処刑 誘拐 救出 承認 併合 占領 攻撃 非難 批判 支援
    制裁 追放 釈放 解放 起訴 抑留""".split())
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
# できる-type verbs, whose が-NP is what can be done (準備が出来て).
_CAN_VERBS = frozenset({"出来る", "できる"})
# Nouns that say by whom an event was done (…によるもの, …による犯行).
_BY_WHOM_HEADS = frozenset({"もの", "犯行", "仕業"})
# Particles that make an NP the topic of the whole sentence wherever the parser hangs it (中国ですら).
_TOPIC_FOCUS = frozenset({"は", "ですら", "でさえ", "でさえも", "さえ", "すら"})
# What ends a sentence (a piece of one that ends otherwise runs on into the next).
_SENTENCE_ENDS = tuple("。．.！？!?」』…")
# How many sentences without a topic of their own a topic carries into.
MAX_TOPIC_CARRY = 2
# Particles that mark the target of a targeted verb (トルコなんかとも仲良くして, 方針に反対し).
# Case particles with の that tie a noun to the verbal noun it is an argument of (侵攻への派兵).
_LINKING_CASES = frozenset({"への", "との", "からの", "での", "に対する", "に対しての"})
# Verbs whose が/は NP is what undergoes the change, not an agent (姿勢は変わらず, 交渉が始まった):
# with a non-actor NP there, no one acts and there is no claim. (Common unaccusatives, IPAL/Kageyama.)
_UNACCUSATIVE_VERBS = frozenset(
    """変わる 起きる 起こる 始まる 終わる 続く 決まる 残る 高まる 広がる 減る 増える 止まる 進む 深まる
    強まる 弱まる 薄れる 崩れる 壊れる 失われる 生まれる 消える 成立する 発生する 終了する 開始する 継続する
    悪化する 改善する 拡大する 縮小する 決裂する 難航する 停滞する""".split()
)
_TARGET_CASES = frozenset({"に", "と", "へ", "に対して", "に対し", "なんかと"})


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
            open_quote = quote_depth(unit.doc.text, sentence.start_char) > 0
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


def _aux_count(predicate: Token) -> int:
    return sum(1 for c in predicate.children if c.dep_ in {"aux", "fixed"} and c.i > predicate.i)


def _marked_by_yoru(noun: Token) -> bool:
    # スーダン解放軍による: に with よる fixed to it.
    particles = [c for c in noun.children if c.dep_ == "case" and c.text == "に"]
    return any(f.lemma_ == "よる" and f.dep_ == "fixed" for p in particles for f in p.children)


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
        # The same name elsewhere in the document is the same entity, even where GiNZA missed it there
        # (ゼレンスキーが… tagged as a garment in one comment).
        self._by_name: dict[str, Mention] = {}
        for mention in self._mentions:
            self._by_name.setdefault(mention.text, mention)

    def argument(self, phrase: Phrase, head_start: int, head_end: int) -> Argument:
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
        known = self._by_name.get(phrase.text)
        if known is not None:
            return Argument(phrase.text, known.entity_id, known.type)
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
        topic = self._sentence_topic()
        self.topic = self._actor(topic) if topic is not None else None
        # 新生銀行とあおぞら銀行は…: a coordinated topic is every one of its actors.
        members = conjuncts(topic) if topic is not None else []
        self.topics = [a for a in (self._actor(t) for t in members) if a is not None]

    def claims(self) -> Iterator[Claim]:
        for token in self.sentence:
            if is_predicate(token):
                yield from self._claims(token)
            elif is_event_noun_predicate(token):
                yield from self._event_noun_claims(token)
            elif token.lemma_ in _BY_WHOM_HEADS:
                yield from self._by_whom_claims(token)

    # -- arguments ---------------------------------------------------------------------------

    def _argument(self, token: Token) -> Argument:
        phrase = noun_phrase(token, self.offset)
        return self.linker.argument(phrase, self.offset + token.idx, self.offset + token.idx + len(token))

    def _actor(self, token: Token) -> Argument | None:
        argument = self._argument(token)
        return argument if is_actor(argument, token) else None

    def _sentence_topic(self) -> Token | None:
        roots = [t for t in self.sentence if t.dep_ == "ROOT"]
        for child in (c for root in roots for c in root.children):
            if child.dep_ in SUBJECT_DEPS and case_of(child) in TOPIC_CASES:
                if self._actor(child) is not None:
                    return child
        for root in roots[:-1]:
            # …前大統領が、 | …死亡した: a piece that ends in a subject left for the rest of the sentence.
            if root.pos_ in {"NOUN", "PROPN"} and case_of(phrase_end(root)) in SUBJECT_CASES:
                if self._actor(root) is not None:
                    return root
        # Else the first は-NP outside quotes: the parser often hangs it on a clause inside the sentence
        # (a relative clause, a quotation, the first of a chain of clauses), but it is the sentence's topic.
        for token in self.sentence:
            focus = token.dep_ in SUBJECT_DEPS | {"obl"} and case_of(token) in _TOPIC_FOCUS
            if focus and not inside_quote(token) and token.head.pos_ in {"VERB", "ADJ", "NOUN", "AUX"}:
                if self._actor(token) is not None:
                    return token
        return None

    def _subject_token(self, predicate: Token, skip_own: bool = False) -> tuple[Token | None, str]:
        """The token that names the predicate's agent, and where it was found."""
        own = None if skip_own else own_subject(predicate)
        if own is not None:
            return own, "explicit"
        displaced = next((c for c in predicate.children
                          if is_complement(c) and displaced_topic(c) is not None), None)
        if displaced is not None:
            # 中国ですらロシアが…とは考えていなかった: the parser put the thinker inside the complement.
            return displaced_topic(displaced), "explicit"
        opener = next((c for c in predicate.children
                       if is_complement(c) and speaker_before_quote(c) is not None), None)
        if opener is not None:
            # 報道官が「…と考えており、…」と発言した: the speaker hangs on a verb inside the quotation.
            return speaker_before_quote(opener), "explicit"
        if predicate.dep_ == "acl" and self._actor(predicate.head) is not None:
            # A relative clause's agent is the noun it modifies (軍を送らなかったカザフスタン).
            return predicate.head, "relative"
        owner = self._owner_after_clause(predicate)
        if owner is not None:
            # 侵攻に踏み切ったロシアの味方: the parser hangs the clause on the phrase's head, but
            # the noun it modifies is the actor right after it, not the non-actor 味方.
            return owner, "relative"
        # (Not for the sentence's root: its topic is the sentence's.)
        earlier = [c for c in predicate.children if c.dep_ in CLAUSE_DEPS and c.i < predicate.i
                   and predicate.dep_ != "ROOT"]
        for clause in sorted(earlier, key=lambda c: -c.i):
            topic = own_subject(clause)
            if topic is not None and case_of(topic) in TOPIC_CASES and self._actor(topic) is not None:
                # カザフスタンは…と明かし、…拒否した: a は-topic of an earlier clause runs on to this one.
                return topic, "clause"
        token = predicate
        if predicate.dep_ == "acl" and predicate.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            head = predicate.head
            if not self._shares_subject_of_verb(head):
                # 命令する人がいない: the noun is the agent, but no actor, and the topic is no better.
                # (Formal and time heads, 登山していた途中, and a verbal-noun root taken for a noun,
                # 憲法を停止し、…解散を発表。, leave the agent to the context.)
                formal = (head.lemma_ in _FORMAL_HEADS or is_measure(head)
                          or ("サ変" in head.tag_ and head.dep_ == "ROOT"))
                return None, "none" if formal else "unknown"
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
                sibling = topic_of_earlier_sibling(token)
                if sibling is not None and self._actor(sibling) is not None:
                    return sibling, "clause"
                # Xは「…」とYが報じた: the NP before the complement is its topic; else the speaker.
                before = subject_before(parent, subtree_start(token))
                if before is not None:
                    return before, "clause"
                if is_passive(parent):
                    return None, "none"
                speaker = own_subject(parent)
                if speaker is not None:
                    return speaker, "speaker"
                found, how = self._subject_token(parent)
                return found, ("speaker" if how in {"explicit", "clause", "relative"} else how)
            if token.dep_ == "acl" and token.i != predicate.i and self._actor(token.head) is not None:
                # …プロジェクトを進めているインド: the clause inside a relative clause shares its head.
                return token.head, "relative"
            if token.dep_ == "acl" and token.i != predicate.i and self._shares_subject_of_verb(token.head):
                # パイプラインを敷設して…購入するプロジェクトを進めている: a clause joined to one on an
                # object noun shares that clause's subject, as the clause itself does (see above).
                token = token.head
                continue
            if token.dep_ not in CLAUSE_DEPS:
                break
            # A clause joined to another (…し、…した; …して…した) shares its subject.
            subject = subject_before(parent, parent.i)
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

    @staticmethod
    def _shares_subject_of_verb(head: Token) -> bool:
        plan_or_object = head.lemma_ in _CONTENT_HEADS or head.dep_ == "obj"
        return head.pos_ in {"NOUN", "PROPN", "PRON"} and plan_or_object

    def _owner_after_clause(self, predicate: Token) -> Token | None:
        head = predicate.head
        if predicate.dep_ != "acl" or head.pos_ not in {"NOUN", "PROPN", "VERB"}:
            return None
        right_after = predicate.i + 1 + _aux_count(predicate)
        owner = next((c for c in head.children if c.dep_ == "nmod" and case_of(c) == "の"
                      and c.i < head.i and subtree_start(c) == right_after), None)
        return owner if owner is not None and self._actor(owner) is not None else None

    def _subject(self, predicate: Token) -> tuple[list[Argument], str]:
        token, how = self._subject_token(predicate)
        can_object = token is not None and predicate.lemma_ in _CAN_VERBS and case_of(token) == "が"
        if can_object and how == "explicit":
            # 準備が出来ており: the が-NP of できる is its object; the agent is the topic or an earlier one.
            token, how = self._subject_token(predicate, skip_own=True)
        floating = [a for a in (self._actor(t) for t in floating_subjects(predicate)) if a is not None]
        if floating and (token is None or how != "explicit"):
            # トゥスク候補が40%、カチンスキ候補が33%の票を得た: one claim per gapped subject.
            return floating, "explicit"
        undergoer = token is not None and how == "explicit" and case_of(token) in SUBJECT_CASES
        unaccusative = predicate_lemma(predicate) in _UNACCUSATIVE_VERBS and direct_object(predicate) is None
        if undergoer and unaccusative and self._actor(token) is None:
            # 福島氏の反対の姿勢は変わらず: the NP that changes is the subject, and it is no actor.
            return [], "none"
        contrastive = token is not None and how == "explicit" and case_of(token) in TOPIC_CASES
        if contrastive and self._actor(token) is None:
            # 独立は認めない: a contrastive は-NP that is no actor is the object; the agent is elsewhere.
            token, how = self._subject_token(predicate, skip_own=True)
        if token is not None:
            actors = [a for a in (self._actor(t) for t in conjuncts(token)) if a is not None]
            return actors, how
        if how == "unknown":
            return [], "none"
        if self.topic is not None:
            return self.topics or [self.topic], "topic"
        if self.carried_speaker is not None and not in_carried_quote(predicate, self.sentence):
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
        return any(c.dep_ in SUBJECT_DEPS | {"obl"} and case_of(c) in {"は", "では"} and not inside_quote(c)
                   and "サ変" not in c.tag_ for c in root.children)

    def _passive_roles(self, predicate: Token) -> tuple[list[Argument], list[Argument | None], str]:
        """A passive's agent (the に/から/によって NP) is the subject; its patient is the object."""
        agent = next((c for c in predicate.children
                      if c.dep_ in {"obl", "nmod", "iobj"} and c.i < predicate.i
                      and case_of(c) in _AGENT_CASES and self._actor(c) is not None), None)
        if agent is None:
            # タリバンから「…」と注意された: the parser may hang a から/によって agent on the quotation.
            agent = next((t for t in predicate.subtree
                          if t.i < predicate.i and t.dep_ == "obl"
                          and case_of(t) in {"から", "によって", "により"}
                          and not inside_quote(t) and self._actor(t) is not None), None)
        if agent is None:
            # 武装勢力の攻撃により殺害された: the agent is whoever the event noun belongs to.
            means = next((c for c in predicate.children if c.dep_ == "obl" and c.i < predicate.i
                          and case_of(c) in {"により", "によって", "に"} and "サ変" in c.tag_), None)
            owners = [c for c in means.children if c.dep_ == "nmod" and case_of(c) == "の"] if means else []
            agent = owners[0] if owners and self._actor(owners[0]) is not None else None
        subjects = [a for a in (self._actor(t) for t in conjuncts(agent))] if agent is not None else []
        obj = direct_object(predicate)
        patient_token, _ = self._subject_token(predicate)
        if obj is not None and obj.lemma_ not in _FORMAL_OBJECTS:
            # 紛争解決を要求された: an indirect passive keeps its を-object.
            objects = [self._argument(t) for t in conjuncts(obj)]
        elif patient_token is not None:
            # 誘拐された隊員の38人: the patient is the members, not the count.
            patients = [quantified(t) or t for t in conjuncts(patient_token)]
            objects: list[Argument | None] = [self._argument(t) for t in patients]
        elif self.topic is not None:
            objects = [self.topic]
        else:
            objects = [None]
        return [s for s in subjects if s is not None], objects, "explicit" if subjects else "none"

    def _objects(self, predicate: Token, lemma: str) -> list[Argument | None]:
        obj = direct_object(predicate)
        obj = quantified(obj) if obj is not None else None
        if obj is not None and obj.lemma_ not in _FORMAL_OBJECTS and not is_measure(obj):
            return [self._argument(t) for t in conjuncts(obj)]
        # 独立は認めない: a contrastive は/も-NP that names no actor is what the verb acts on.
        own = own_subject(predicate)
        if (own is not None and case_of(own) in TOPIC_CASES and not is_measure(own)
                and own.lemma_ not in _FORMAL_OBJECTS):
            argument = self._argument(own)
            if not is_actor(argument, own):
                return [argument]
        # できる-type verbs take their object with が (準備が出来ており).
        if lemma in _CAN_VERBS:
            subject = child_with(predicate, SUBJECT_DEPS, frozenset({"が"}))
            if subject is not None:
                return [self._argument(subject)]
        if lemma in _TARGETED_VERBS:
            targets = [c for c in predicate.children
                       if c.dep_ in {"obl", "iobj", "nmod"} and c.i < predicate.i
                       and case_of(c).rstrip("もはで") in _TARGET_CASES]
            target = max(targets, key=lambda c: c.i) if targets else None
            if target is not None and not is_measure(target):
                return [self._argument(t) for t in conjuncts(target)]
        # A relative clause acts on the noun it modifies (プーチン大統領が要請した…派兵).
        if predicate.dep_ == "acl" and predicate.head.pos_ in {"NOUN", "PROPN"}:
            head = predicate.head
            linked = head.dep_ == "nmod" and case_of(head) in _LINKING_CASES
            if linked and head.head.pos_ in {"NOUN", "PROPN"}:
                # 要請したウクライナ侵攻へのカザフスタン軍派兵: the parser hangs the clause on the noun
                # nearest it, but a noun tied on by への/との/からの is an argument of the phrase's head.
                head = head.head
            plain_head = head.lemma_ not in _FORMAL_HEADS and not is_measure(head)
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
        if lemma in ARGUMENT_VERBS and not any(c.dep_ in {"obj", "nsubj"} for c in predicate.children):
            return
        if lemma in THOUGHT_VERBS and self._writers_thought(predicate):
            return
        if is_passive(predicate):
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

    def _by_whom_claims(self, head: Token) -> Iterator[Claim]:
        # 殺害はスーダン解放軍によるものと考えられている: the event noun's agent is the によるもの NP.
        agent = next((c for c in head.children if c.dep_ == "nmod" and _marked_by_yoru(c)), None)
        siblings = [c for c in head.head.children if c.i < head.i] + list(head.children)
        event = next((c for c in siblings if c.dep_ in SUBJECT_DEPS and case_of(c) in TOPIC_CASES
                      and "サ変" in c.tag_), None)
        if agent is None or event is None:
            return
        subjects = [a for a in (self._actor(t) for t in conjuncts(agent)) if a is not None]
        if subjects:
            lemma = event.lemma_ + "する"
            yield from self._build(event, lemma, subjects, [None], "explicit", False, clause_head=head)

    def _event_noun_claims(self, noun: Token) -> Iterator[Claim]:
        # ベラルーシの関与は無い → ベラルーシ / 関与する / negated: the の-NP is the agent.
        owner = next((c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "の"), None)
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
        event, polarity = event_of(lemma, negated, objects[0].text if objects[0] is not None else None)
        base = Claim(
            id=f"{self.document.id}:{start}",
            doc_id=self.document.id,
            sentence_start=sent_start,
            sentence_end=self.offset + self.sentence.end_char,
            sentence_text=self.sentence.text,
            predicate_lemma=lemma,
            predicate_text=predicate_surface(predicate),
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
        if in_hypothetical(head):
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
            loose = loose or (token.dep_ in CLAUSE_DEPS and not tightly_joined(token))
            if not loose and token.dep_ in CLAUSE_DEPS and is_passive(parent):
                if predicate_lemma(parent) in IMPERSONAL_HEDGE and parent.head.i == parent.i:
                    # その後逃亡して、…潜伏しているとみられる: a て-clause on the hedging verb itself.
                    hedged = True
            framing = framing_verb(token)
            if framing is not None:
                parent = framing
                parent_lemma = predicate_lemma(parent)
                if is_passive(parent) and parent_lemma in IMPERSONAL_HEDGE:
                    # …とみられる / と考えられる: the writer hedges the content.
                    hedged = hedged or not loose
                elif is_passive(parent) and parent_lemma in IMPERSONAL_REPORT | REPORTING_VERBS:
                    # …とされる / といわれる / と伝えられる: reported, no source named.
                    reported = True
                elif parent_lemma in REPORTING_VERBS or (parent_lemma == "する" and not volitional(token)):
                    speaker = self._speaker(parent)
                    if speaker is not None:
                        # A named speaker, outlet or document (報告書, 声明) is the source.
                        chain.insert(0, speaker)
                        reported = True
                    elif parent_lemma in THOUGHT_VERBS and self.section == "comment":
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
        if self.open_quote and in_carried_quote(predicate, self.sentence):
            # 「…。…。…」と謝罪した: a piece of a quotation that a 。 split off is the speaker's, who is
            # the one that opened it, or else the topic carried from there.
            opener = self.carried_speaker or self.carried_topic
            if opener is not None:
                chain.insert(0, opener)
            reported = True
        outlet = according_to(self.sentence)
        if outlet is not None:
            chain.insert(0, self._argument(outlet))
            reported = True
        if sentence_final_hearsay(self.sentence):
            reported = True
        # 鹿取報道官が「…と考えており、…」と発言した: one party framing its own words twice is one source.
        chain = [party for n, party in enumerate(chain) if n == 0 or party != chain[n - 1]]
        return Attribution(reported, hedged, tuple(chain))
