"""Who a claim is attributed to: speakers of quotations and reports, …によると, hearsay.

The lexicon of speech, report and thought verbs follows GUIDELINES.md §6
(述べる, 報ずる, 明らかにする, 考える …), extended with the reporting verbs of
Japanese news prose (強調する, 指摘する, 示唆する …).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import Argument
from .arguments import QUOTE_CLOSE, QUOTE_OPEN, is_complement, own_subject
from .modality import is_negated, is_question
from .predicates import predicate_lemma

# Speech, report and thought verbs: their と-complement is someone else's claim (GUIDELINES.md §6).
REPORTING_VERBS = frozenset(
    """述べる 語る 話す 言う 言い張る 報ずる 報じる 伝える 発表する 明らかにする 明かす 表明する 主張する
    指摘する 説明する 非難する 批判する 反論する 牽制する コメントする 考える 思う みる 見る 判断する 明言する
    強調する 示す 触れる 声明する 報道する 発言する 答える 訴える 警告する 発信する 回答する 記す 書く
    宣言する 確認する 示唆する 否定する 認める 約束する 誓う 表する 分析する 見込む 予想する 推測する
    観測する 懸念する 謝罪する 説く""".split()
)
# Nouns whose clause is the content of the speech verb they are the object of (GUIDELINES.md §6).
CONTENT_NOUNS = frozenset({"こと", "事", "旨", "考え", "意向", "見通し", "構え", "方針", "見方", "認識",
                           "意思", "立場", "姿勢"})
# Thought verbs: with no subject of their own and no hedge they are the writer's, and hedge their content.
THOUGHT_VERBS = frozenset({"思う", "考える", "思える", "気がする"})
# Passive reporting (とされる, といわれる, と伝えられる): reported, no source named.
IMPERSONAL_REPORT = frozenset({"する", "言う", "伝える", "報ずる", "報じる"})
# Passive thought (とみられる, と考えられる, と思われる): the writer's hedge.
IMPERSONAL_HEDGE = frozenset({"みる", "見る", "考える", "思う", "推測する", "予想する"})


@dataclass(frozen=True)
class Attribution:
    """Who a claim is attributed to: ``reported`` with a chain of sources, or ``hedged`` (とみられる)."""

    reported: bool = False
    hedged: bool = False
    chain: tuple[Argument, ...] = ()


def framing_verb(token: Token) -> Token | None:
    """The verb whose content the clause is: …と述べた, or …ことを明らかにした with a reporting verb."""
    if is_complement(token):
        return token.head
    reporting_head = predicate_lemma(token.head) in REPORTING_VERBS
    if token.dep_ == "advcl" and reporting_head and _runs_into_complement(token):
        # Xは「…」と明かし、…拒否したと報じた: the first of two joined clauses is reported too.
        return token.head
    # …を検討することを明らかにした, 続投する方針を表明した, 再申請も行う考えを示唆した: a clause on
    # こと or on a plan or view noun that is the object of a speech verb.
    head = token.head
    if token.dep_ == "acl" and head.lemma_ in CONTENT_NOUNS and head.dep_ == "obj":
        if predicate_lemma(head.head) in REPORTING_VERBS:
            return head.head
    return None


def _runs_into_complement(clause: Token) -> bool:
    # The clause ends in a 連用形 comma (明かし、) and the next clause is the verb's と-complement.
    end = max(t.i for t in clause.subtree)
    siblings = [c for c in clause.head.children if c.i > clause.i and is_complement(c)]
    return any(0 < min(t.i for t in c.subtree) - end <= 1 for c in siblings) and not any(
        t.dep_ == "mark" for t in clause.children)


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


def according_to(sentence: Span) -> Token | None:
    """The outlet or person in …によると / …によれば / …に拠れば."""
    for token in sentence:
        if token.lemma_ in {"よる", "拠る", "因る"} and token.i > 0 and token.nbor(-1).text == "に":
            after = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if token.text in {"よれ", "拠れ"} or (after is not None and after.text == "と"):
                noun = token.nbor(-1).head
                if noun.pos_ in {"NOUN", "PROPN", "PRON"}:
                    return noun
    return None


def sentence_final_hearsay(sentence: Span) -> bool:
    # …という。 / …とのことだ。: the writer passes on what others say, no source named.
    root = sentence.root
    return predicate_lemma(root) == "言う" and own_subject(root) is None and any(
        is_complement(c) for c in root.children)


def in_carried_quote(predicate: Token, sentence: Span) -> bool:
    """The predicate comes before the 」 that closes a quotation opened in an earlier sentence."""
    depth = 0
    for token in sentence:
        if token.i >= predicate.i:
            return True
        if token.text in QUOTE_OPEN:
            depth += 1
        elif token.text in QUOTE_CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return True


def is_quoted(predicate: Token, sentence: Span, open_quote: bool = False) -> bool:
    """The predicate stands inside 「」, opened in this sentence or in one before it."""
    if open_quote and in_carried_quote(predicate, sentence):
        return True
    depth = 0
    for token in sentence:
        if token.i >= predicate.i:
            break
        if token.text in QUOTE_OPEN:
            depth += 1
        elif token.text in QUOTE_CLOSE:
            depth = max(0, depth - 1)
    return depth > 0
