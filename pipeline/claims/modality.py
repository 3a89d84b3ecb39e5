"""Negation, hedging and non-assertion read off the words that follow a predicate.

Japanese marks these after the verb: negation in auxiliaries (認めない,
送らなかった), hedges in sentence-final forms (らしい, かもしれない, だろう,
可能性がある), and conditions in connective particles (したら, すれば).
The lexicons (pipeline/data/claim_modality.json) follow GUIDELINES.md §5-§6 and the Japanese grammar of
sentence-final modality (日本語記述文法研究会『現代日本語文法4 モダリティ』).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .. import lexicons
from ..rules import RuleList
from .arguments import ends_in_conditional_to, is_complement
from .particles import CLAUSE_DEPS

_FILE = "claim_modality"
NEGATORS = lexicons.words(_FILE, "negators")
NEGATIVE_IDIOM_STEMS = lexicons.words(_FILE, "negative_idiom_stems")
NEGATED_FORMAL_NOUNS = lexicons.words(_FILE, "negated_formal_nouns")
HEDGE_LEMMAS = lexicons.words(_FILE, "hedge_lemmas")
HEDGE_FORMS = lexicons.words(_FILE, "hedge_forms")
RHETORICAL_QUESTIONS = lexicons.ordered(_FILE, "rhetorical_questions")
IF_TRUE = lexicons.ordered(_FILE, "if_true")
HEDGE_HEADS = lexicons.words(_FILE, "hedge_heads")
DEONTIC_HEADS = lexicons.words(_FILE, "deontic_heads")
CONDITIONAL_MARKS = lexicons.words(_FILE, "conditional_marks")
PURPOSE_HEADS = lexicons.words(_FILE, "purpose_heads")
LOOSE_LINKS = lexicons.words(_FILE, "loose_links")
_FOCUS = lexicons.words(_FILE, "focus_before_suru")
_MODAL_TRAILERS = lexicons.words(_FILE, "modal_trailers")
_QUESTION_ENDINGS = lexicons.words(_FILE, "question_endings")
_CONTINUATIVES = lexicons.words(_FILE, "continuative_auxiliaries")
_SUBSIDIARY = lexicons.words(_FILE, "subsidiary_verbs")
_COMPOUND_SECONDS = lexicons.words(_FILE, "compound_second_verbs")
_FUNCTION_DEPS = frozenset({"aux", "fixed", "cop", "mark"})
_FUNCTION_POS = frozenset({"AUX", "PART", "SCONJ"})


def trailing(predicate: Token) -> Iterator[Token]:
    """The auxiliaries and function words that follow the predicate within its clause."""
    doc = predicate.doc
    for token in doc[predicate.i + 1 :]:
        if token.dep_ in _FUNCTION_DEPS or token.pos_ in _FUNCTION_POS:
            if token.head.i >= predicate.i:
                yield token
                continue
        # 参加することができなかった: こと with its が できる is the potential, not a noun of its own.
        if token.lemma_ == "こと" and token.head.i == predicate.i and _can(token):
            yield token
            continue
        # かも(しれない) and も are tagged ADP but belong to the predicate's auxiliary chain.
        if token.pos_ == "ADP" and token.text in {"か", "も"}:
            yield token
            continue
        # 承認してさえしない, 出席しはしない: a focus particle and a second する carry the predicate on.
        following = token.nbor(1) if token.i + 1 < len(doc) else None
        if (
            token.pos_ == "ADP"
            and token.text in _FOCUS
            and following is not None
            and following.lemma_ == "する"
        ):
            yield token
            continue
        if token.lemma_ == "する" and token.i > 0 and token.nbor(-1).text in _FOCUS:
            yield token
            continue
        if token.lemma_ in _MODAL_TRAILERS:
            yield token
            continue
        # 帰ってこない: a subsidiary verb after て carries the predicate on (its ない is the predicate's).
        if token.lemma_ in _SUBSIDIARY and token.i > 0 and token.nbor(-1).text in {"て", "で"}:
            yield token
            continue
        # 隠しきれなかった, 起こりえない: the second verb of a compound carries the predicate on too.
        if token.lemma_ in _COMPOUND_SECONDS and token.i == predicate.i + 1:
            yield token
            continue
        break


def _can(koto: Token) -> bool:
    return any(c.lemma_ in {"できる", "出来る"} for c in koto.children)


def is_negated(predicate: Token) -> bool:
    """The text says the event did not or will not happen (認めない, 送らなかった, することはない)."""
    tokens = list(trailing(predicate))
    texts = [t.text for t in tokens]
    # ざるを得ない is a double negative: 罷免せざるを得ない says the dismissal happens.
    if "ざる" in texts:
        return False
    if any(_is_negator(t) for t in tokens):
        return True
    return _formal_noun_negation(predicate)


def _is_negator(token: Token) -> bool:
    if token.lemma_ not in NEGATORS or token.pos_ not in {"AUX", "ADJ"}:
        return False
    # かもしれない, 起きかねない, 違いない, ねばならない: ない inside a modal idiom negates nothing.
    before = token.nbor(-1).text if token.i > 0 else ""
    if before in NEGATIVE_IDIOM_STEMS:
        return False
    # …ではないか / じゃないか: a rhetorical question, a hedge.
    after = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
    return not (after == "か" and before in {"は", "じゃ", "で"})


def _formal_noun_negation(predicate: Token) -> bool:
    # することはない / 送るつもりはない / 戦う気はない: a formal noun, は or も, then ない.
    doc = predicate.doc
    tail = [t for t in doc[predicate.i + 1 : predicate.i + 8] if t.dep_ != "aux" or t.head.i != predicate.i]
    for first, second, third in zip(tail, tail[1:], tail[2:], strict=False):
        if first.lemma_ in NEGATED_FORMAL_NOUNS and second.text in {"は", "も"} and third.lemma_ in NEGATORS:
            return first.head.i == predicate.i or predicate.head.i == first.i or first.i == predicate.i + 1
    return False


def is_hedged(predicate: Token) -> bool:
    """A hedge (らしい, かもしれない, だろう, 可能性, 見込み …) closes the predicate's clause."""
    joined = "".join(t.text for t in trailing(predicate))
    if any(form in joined for form in RHETORICAL_QUESTIONS):
        return True
    for token in trailing(predicate):
        if token.lemma_ in HEDGE_LEMMAS or token.text in HEDGE_FORMS:
            return True
        if token.lemma_ == "だ" and token.text in {"だろう", "だろ"}:
            return True
        if token.lemma_ == "です" and token.text.startswith("でしょ"):
            return True
    return _hedging_head(predicate) or _if_true(predicate)


def _if_true(predicate: Token) -> bool:
    # 要請を断ったのが本当なら: not a condition but the writer's doubt (GUIDELINES.md §6).
    end = max([predicate.i] + [t.i for t in trailing(predicate)])
    following = "".join(t.text for t in predicate.doc[end + 1 : end + 5])
    texts = "".join(t.text for t in trailing(predicate)) + following
    return any(form in texts for form in IF_TRUE)


def _hedging_head(predicate: Token) -> bool:
    # …する可能性がある / …する見込みだ / …した模様: the clause modifies a hedge noun.
    # …を保ってる印象だ / …しそうな気がする: the writer's impression.
    head = predicate.head
    return predicate.dep_ == "acl" and head.lemma_ in HEDGE_HEADS


def is_conditional(predicate: Token) -> bool:
    """The predicate heads the antecedent of a condition (協力したら, 派遣しようものなら, 敗れると…失う);
    not a sequence told in the past (駅に着くと、すぐに電話をかけた: it happened)."""
    texts = [t.text for t in trailing(predicate)]
    if any(text in CONDITIONAL_MARKS for text in texts):
        return True
    if ends_in_conditional_to(predicate):
        return not _told_in_the_past(predicate.head)
    joined = "".join(texts)
    # したくても: て and も are two tokens.
    if "ものなら" in joined or joined.endswith(("にしても", "ても", "でも")):
        return True
    # 派遣しようものなら: もの is a noun, so look past the auxiliaries.
    end = max([predicate.i] + [t.i for t in trailing(predicate)])
    following = "".join(t.text for t in predicate.doc[end + 1 : end + 3])
    return following.startswith(("ものなら", "にしても"))


def _told_in_the_past(verb: Token) -> bool:
    # The tense of a chain of clauses is its last verb's (…を倒して先取すると、…体勢をとり、勝った), and
    # …ことなく runs on in the chain.
    while not any(t.lemma_ == "た" for t in trailing(verb)):
        if verb.dep_ == "acl" and verb.head.lemma_ == "こと":
            verb = verb.head.head  # …ことなく: on past こと to what it hangs on
        elif verb.dep_ in CLAUSE_DEPS and verb.head.i != verb.i:
            verb = verb.head
        else:
            return False
    return True


def is_purpose(predicate: Token) -> bool:
    """A purpose or what someone is asked to do, not an event (保護するための準備, 退けるよう求めた)."""
    head = predicate.head
    past = any(t.lemma_ == "た" for t in trailing(predicate))
    if predicate.dep_ == "acl" and head.lemma_ in PURPOSE_HEADS and not (past and head.lemma_ == "ため"):
        # 保護するための準備: a purpose; 占拠したため: a cause, and the event happened.
        return True
    if any(t.text == "ように" or (t.text == "ため" and not past) for t in trailing(predicate)):
        return True
    end = max([predicate.i] + [t.i for t in trailing(predicate)])
    after = predicate.doc[end + 1] if end + 1 < len(predicate.doc) else None
    if after is not None and after.lemma_ == "ため" and not past:
        # 保護するための準備 / 出席するため: a purpose (した-ため is a cause, and an event).
        return True
    following = predicate.doc[predicate.i + 1 : predicate.i + 3]
    return any(
        t.text in {"よう", "ように"} and t.i + 1 < len(t.doc) and t.nbor(1).pos_ in {"VERB", "PUNCT"}
        for t in following
    )


def is_deontic(predicate: Token) -> bool:
    """What should or must be done, not what is done (救済すべき, 指揮する必要がある)."""
    if any(t.text.startswith("べき") or t.lemma_ == "べし" for t in trailing(predicate)):
        return True
    return predicate.dep_ == "acl" and predicate.head.lemma_ in DEONTIC_HEADS


def is_request(predicate: Token) -> bool:
    """A quoted request that ends in bare て (「交渉で決めて」と求められた): what others are asked to do."""
    tokens = list(trailing(predicate))
    end = tokens[-1].i if tokens else predicate.i
    after = predicate.doc[end + 1] if end + 1 < len(predicate.doc) else None
    closes_quote = after is not None and after.text in {"」", "』"}
    return bool(tokens) and tokens[-1].text in {"て", "で"} and closes_quote


def is_question(predicate: Token) -> bool:
    """The predicate ends a question (…したのか?, …するだろうか)."""
    tokens = list(trailing(predicate))
    if not tokens:
        return False
    if any(form in "".join(t.text for t in tokens) for form in RHETORICAL_QUESTIONS):
        return False
    last = tokens[-1]
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    ends_in_ka = last.text in _QUESTION_ENDINGS and last.pos_ in {"PART", "ADP"}
    return ends_in_ka and (following is None or following.text in {"?", "？", "。", "」"})


def volitional(predicate: Token) -> bool:
    """The predicate is in the volitional form (しよう, 言わせよう) that …とする makes an attempt."""
    return any(t.lemma_ in {"う", "よう"} and t.pos_ == "AUX" for t in trailing(predicate)) or any(
        t.text.endswith(("よう", "おう")) and t.pos_ == "AUX" for t in trailing(predicate)
    )


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
        if token.dep_ in CLAUSE_DEPS and not tightly_joined(token):
            return False
        # …出席しないほうが賢明なのではないか: a nominalised clause is embedded in the hedged one.
        if token.dep_ not in CLAUSE_DEPS | {"csubj"} and not is_complement(token):
            return False
        token = parent


def tightly_joined(clause: Token) -> bool:
    """て/連用中止/ながら/ず clauses share the hedge of what follows; が/けど/から/し/ており ones do not."""
    # (Only connective particles count: the し of 逃亡して is する, not the connective し.)
    marks = [t.text for t in trailing(clause) if t.pos_ in {"SCONJ", "PART", "ADP"}]
    if any(m in LOOSE_LINKS for m in marks):
        return False
    return not any(t.lemma_ in _CONTINUATIVES for t in trailing(clause))


# What makes a clause, or a clause it runs into, no assertion (GUIDELINES.md §1).
HYPOTHETICAL_RULES = RuleList("claims.hypothetical", (is_conditional, is_purpose, is_question, is_request))


def in_hypothetical(predicate: Token) -> bool:
    """Conditions (協力したら), purposes (保護するための), questions (侵攻したのか) and obligations."""
    if is_deontic(predicate):
        # Only the obliged clause itself: a て-clause before it still states what happened.
        return True
    token = predicate
    while True:
        if any(rule(token) for rule in HYPOTHETICAL_RULES):
            return True
        if token.dep_ not in CLAUSE_DEPS and not is_complement(token) or token.head.i == token.i:
            return False
        token = token.head
        if is_question(token):
            return True
