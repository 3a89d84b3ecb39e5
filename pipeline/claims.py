"""Extract claims (who did what to whom) from GiNZA's UD parse of a document.

One claim per predicate whose agent is an actor: verbs and サ変 nouns (GiNZA
tags 拒否 in 拒否した as VERB), with the subject from the predicate's own
が/は NP, the head noun of a relative clause, the clause it is joined to,
the sentence's topic, or the last topic of the section. Negation and
hedging come from the auxiliaries and sentence-final forms that follow the
predicate; attribution from an enclosing reporting verb (…と報じた).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .parsing import ParsedUnit
from .records import Argument, Claim, Document, Mention

_SUBJECT_DEPS = frozenset({"nsubj", "dislocated"})
_OBJECT_DEPS = frozenset({"obj"})
_SUBJECT_CASES = frozenset({"が", "は", "も", "では", "こそ", "って"})
_TOPIC_CASES = frozenset({"は", "も", "では", "こそ"})
_AGENT_CASES = frozenset({"に", "から", "によって", "により"})
# Verbs whose と/に NP is what they act on (調印する, 会談する …): GUIDELINES.md §4.
_TARGETED_VERBS = frozenset(
    """調印する 加盟する 参加する 出席する 反対する 協力する 抗議する 侵攻する 反論する 会談する 面談する
    交渉する 連合する 仲良くする 活動する 衝突する 同調する 反発する 踏み切る 驚く 困惑する 要求する 賛成する
    対立する 合意する 提携する 支援する 接触する 攻撃する 対抗する""".split()
)
# Grammaticalised verbs and bare auxiliaries that are not predicates of their own.
_NOT_PREDICATES = frozenset(
    """ある いる おる なる する れる られる せる させる くる いく しまう おく みる ください くださる 下さる
    よる つく 関する 対する 際する 従う 受ける 基づく 伴う 通ずる 通じる 限る 向ける 思える 見える
    言える できる""".split()
)
# Speech, report and thought verbs: their と-complement is someone else's claim (GUIDELINES.md §6).
REPORTING_VERBS = frozenset(
    """述べる 語る 話す 言う 言い張る 報ずる 報じる 伝える 発表する 明らかにする 明かす 表明する 主張する
    指摘する 説明する 非難する 批判する 反論する 牽制する コメントする 考える 思う みる 見る 判断する 明言する
    強調する 示す 触れる 声明する 報道する 発言する 答える 訴える 警告する 発信する 回答する 記す 書く
    宣言する 確認する 示唆する 否定する 認める 強調する 約束する 誓う 表する 分析する 見込む 予想する 推測する
    観測する 懸念する""".split()
)
_NEGATORS = frozenset({"ない", "ず", "ぬ", "ん", "無い"})
_PASSIVE = frozenset({"れる", "られる"})
# Hedges that follow a predicate: らしい, かもしれない, だろう/でしょう, ようだ, みたい, そう, っぽい, とみられる.
_HEDGE_LEMMAS = frozenset({"らしい", "しれる", "よう", "みたい", "そう", "っぽい", "模様", "見込み", "可能性"})
_HEDGE_FORMS = frozenset({"だろう", "でしょう", "だろ", "でしょ", "かも", "みられる", "見られる"})
# Head nouns that make a phrase an actor even when it is not a named entity (反対派, デモ隊, 同国 …).
_ACTOR_SUFFIXES = (
    "派", "隊", "軍", "国", "政府", "省", "庁", "局", "会", "党", "社", "団", "者", "人", "民", "側", "陣営",
    "当局", "首脳", "各国", "委員会", "議会", "連合", "同盟", "機構", "組織",
)
_PRONOUNS = frozenset({"彼", "彼女", "彼ら", "同氏", "氏", "同国", "同社", "両国", "自分", "私", "我々"})
_QUOTE_OPEN, _QUOTE_CLOSE = "「『", "」』"


@dataclass(frozen=True)
class _Phrase:
    text: str
    start: int
    end: int


def extract_claims(document: Document, units: Iterable[ParsedUnit], mentions: list[Mention]) -> list[Claim]:
    """Every claim the document states, in text order."""
    linker = _MentionLinker(mentions)
    claims: list[Claim] = []
    last_topic: Argument | None = None
    last_section: str | None = None
    for unit in units:
        for sentence in unit.doc.sents:
            start = unit.offset + sentence.start_char
            section = document.section_at(start)
            if section != last_section or section == "comment":
                # Each comment has its own author: no topic carries into it.
                last_topic = None
                last_section = section
            extractor = _SentenceExtractor(document, unit.offset, sentence, linker, last_topic, section)
            claims.extend(extractor.claims())
            last_topic = extractor.topic or last_topic
    return claims


class _MentionLinker:
    """Find the mention, if any, that an argument phrase refers to."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = mentions

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
                 carried_topic: Argument | None, section: str | None) -> None:
        self.document = document
        self.offset = offset
        self.sentence = sentence
        self.linker = linker
        self.carried_topic = carried_topic
        self.section = section
        self.topic = self._sentence_topic()

    def claims(self) -> Iterator[Claim]:
        for token in self.sentence:
            if not is_predicate(token):
                continue
            claim = self._claim(token)
            if claim is not None:
                yield claim

    # -- arguments ---------------------------------------------------------------------------

    def _argument(self, token: Token) -> Argument:
        phrase = noun_phrase(token, self.offset)
        return self.linker.argument(phrase, self.offset + token.idx, self.offset + token.idx + len(token))

    def _sentence_topic(self) -> Argument | None:
        root = self.sentence.root
        for child in root.children:
            if child.dep_ in _SUBJECT_DEPS and _case(child) in _TOPIC_CASES:
                argument = self._argument(child)
                if is_actor(argument, child):
                    return argument
        return None

    def _subject(self, predicate: Token, passive: bool) -> tuple[Argument | None, str]:
        own = _child(predicate, _SUBJECT_DEPS, None if passive else _SUBJECT_CASES)
        if passive:
            agent = next((c for c in predicate.children if c.dep_ == "obl" and _case(c) in _AGENT_CASES), None)
            if agent is not None:
                return self._argument(agent), "explicit"
            return None, "none"
        if own is not None:
            return self._argument(own), "explicit"
        if predicate.dep_ == "acl" and predicate.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            head_argument = self._argument(predicate.head)
            if is_actor(head_argument, predicate.head):
                return head_argument, "relative"
        # A clause joined to another (…し、…した) shares its subject.
        head = predicate
        while head.dep_ in {"advcl", "conj", "ccomp", "acl"} and head.head.i != head.i:
            if head.dep_ == "ccomp" or _case(head) == "と":
                break
            head = head.head
            subject = _child(head, _SUBJECT_DEPS, _SUBJECT_CASES)
            if subject is not None and subject.i < predicate.i + 40:
                return self._argument(subject), "clause"
        if self.topic is not None:
            return self.topic, "topic"
        if self.carried_topic is not None:
            return self.carried_topic, "previous_sentence"
        return None, "none"

    def _object(self, predicate: Token, lemma: str, passive: bool) -> Argument | None:
        if passive:
            patient = _child(predicate, _SUBJECT_DEPS, None)
            return self._argument(patient) if patient is not None else None
        obj = _child(predicate, _OBJECT_DEPS, None)
        if obj is not None:
            return self._argument(obj)
        if lemma in _TARGETED_VERBS:
            target = next((c for c in predicate.children
                           if c.dep_ in {"obl", "iobj"} and _case(c) in {"に", "と", "へ", "に対して"}), None)
            if target is not None:
                return self._argument(target)
        if predicate.dep_ == "acl" and predicate.head.pos_ in {"NOUN", "PROPN"}:
            head = self._argument(predicate.head)
            if not is_actor(head, predicate.head):
                return head
        return None

    # -- the claim ---------------------------------------------------------------------------

    def _claim(self, predicate: Token) -> Claim | None:
        passive = any(c.dep_ == "aux" and c.lemma_ in _PASSIVE for c in predicate.children)
        lemma = predicate_lemma(predicate)
        subject, subject_from = self._subject(predicate, passive)
        head_token = predicate
        if subject is None or not is_actor(subject, None):
            return None
        obj = self._object(predicate, lemma, passive)
        if obj is not None and lemma == "する" and obj.entity_id is None:
            # 身柄拘束をして → 身柄拘束する: the noun is the predicate, not an object.
            lemma, obj = obj.text + "する", None
        reporter = self._reporting_context(predicate)
        source = reporter[0] if reporter else None
        modality = "reported" if reporter else ("hedged" if is_hedged(predicate) else "asserted")
        sent_start = self.offset + self.sentence.start_char
        start = self.offset + head_token.idx
        return Claim(
            id=f"{self.document.id}:{start}",
            doc_id=self.document.id,
            sentence_start=sent_start,
            sentence_end=self.offset + self.sentence.end_char,
            sentence_text=self.sentence.text,
            predicate_lemma=lemma,
            predicate_text=_predicate_surface(predicate),
            predicate_start=start,
            subject=subject,
            object=obj,
            negated=is_negated(predicate),
            modality=modality,
            source=source,
            quoted=is_quoted(predicate, self.sentence),
            section=self.section,
            subject_from=subject_from,
            source_chain=tuple(reporter) if reporter else (),
        )

    def _reporting_context(self, predicate: Token) -> list[Argument]:
        """The chain of parties the claim is attributed to, outermost first; [] if none."""
        chain: list[Argument] = []
        token = predicate
        while token.head.i != token.i:
            parent = token.head
            if _case(token) in {"と", "との", "とも"} or token.dep_ == "ccomp":
                if predicate_lemma(parent) in REPORTING_VERBS:
                    speaker, _ = self._subject(parent, False)
                    if speaker is not None:
                        chain.insert(0, speaker)
            token = parent
        for token in self.sentence:
            if token.text in {"よる", "よれ"} and token.i > 0 and token.nbor(-1).text == "に":
                noun = token.nbor(-1).head
                if noun.pos_ in {"NOUN", "PROPN"}:
                    chain.insert(0, self._argument(noun))
                break
        return chain


# -- token-level rules, usable on their own ---------------------------------------------------


def is_predicate(token: Token) -> bool:
    """A verb or verbal noun that can carry a claim (not an auxiliary or grammaticalised verb)."""
    if token.dep_ in {"aux", "fixed", "cop", "mark", "case"}:
        return False
    if token.pos_ == "VERB":
        return predicate_lemma(token) not in _NOT_PREDICATES
    # Headline style: a verbal noun ending the sentence (…派兵要請を拒否。).
    if token.pos_ == "NOUN" and "サ変" in token.tag_ and token.dep_ == "ROOT":
        return any(c.dep_ == "obj" for c in token.children)
    return False


def predicate_lemma(token: Token) -> str:
    """GiNZA's lemma, with する added to a verbal noun (拒否 → 拒否する)."""
    lemma = token.lemma_
    if "サ変" in token.tag_ and token.pos_ in {"VERB", "NOUN"}:
        return lemma + "する"
    return lemma


def is_negated(predicate: Token) -> bool:
    """ない/ず/ぬ/ません on the predicate itself (認めない, 送らなかった)."""
    return any(_is_negator(token) for token in _trailing(predicate))


def _is_negator(token: Token) -> bool:
    return token.lemma_ in _NEGATORS and token.pos_ in {"AUX", "ADJ"}


def is_hedged(predicate: Token) -> bool:
    """A hedge (らしい, かもしれない, だろう …) closes the predicate's clause."""
    for token in _trailing(predicate):
        if token.lemma_ in _HEDGE_LEMMAS or token.text in _HEDGE_FORMS:
            return True
        if token.lemma_ == "だ" and token.text in {"だろう", "だろ"}:
            return True
        if token.lemma_ == "です" and token.text.startswith("でしょ"):
            return True
        if token.lemma_ == "う" and token.i > 0 and token.nbor(-1).text in {"だろ", "でしょ"}:
            return True
    return False


def is_quoted(predicate: Token, sentence: Span) -> bool:
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
    if argument.entity_id is not None:
        return argument.type in {"person", "country", "organization", "location", "actor"}
    text = argument.text
    if text in _PRONOUNS:
        return True
    return text.endswith(_ACTOR_SUFFIXES) and len(text) >= 2


def noun_phrase(token: Token, offset: int) -> _Phrase:
    """The noun with its compound modifiers (カザフスタン軍派兵), without の-phrases or particles."""
    left = token.i
    for child in sorted(token.children, key=lambda c: -c.i):
        if child.i == left - 1 and child.dep_ in {"compound", "nummod", "flat", "fixed"}:
            left = min(child.i, min(t.i for t in child.subtree))
    right = token.i
    for child in sorted(token.children, key=lambda c: c.i):
        if child.i == right + 1 and child.dep_ in {"compound", "flat", "fixed"} and child.pos_ != "ADP":
            right = child.i
    doc = token.doc
    span = doc[left:right + 1]
    return _Phrase(span.text, offset + span.start_char, offset + span.end_char)


def _trailing(predicate: Token) -> Iterator[Token]:
    """The auxiliaries and function words that follow the predicate within its clause."""
    doc = predicate.doc
    for token in doc[predicate.i + 1:]:
        if token.dep_ in {"aux", "fixed", "cop", "mark"} or token.pos_ in {"AUX", "PART", "SCONJ"}:
            if token.head.i == predicate.i or token.head.i > predicate.i:
                yield token
                continue
        if token.pos_ == "ADP" and token.text in {"か", "も"}:
            yield token
            continue
        if token.lemma_ in {"しれる", "可能性", "模様", "見込み", "みられる", "見られる"}:
            yield token
            continue
        break


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
    while end + 1 < len(doc) and doc[end + 1].dep_ in {"aux", "fixed"} and doc[end + 1].head.i in (predicate.i,):
        end += 1
    return doc[predicate.i:end + 1].text
