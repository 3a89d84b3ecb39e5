"""Repairs to GiNZA's dependency parse that the claim rules read: each mends one construction the parser
gets wrong the same way every time, in place, before the claim rules walk the Doc.

Takes a parsed Doc; changes only the heads and labels of the tokens it mends.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_OPENING_BRACKETS = frozenset({"(", "（"})
_CLOSING_BRACKETS = frozenset({")", "）"})
# An editor's insertion is a short phrase: the noun, its compounds and one particle.
_MAX_INSERTION_TOKENS = 8
# The dependency label a case particle gives the noun it closes.
_LABEL_OF_PARTICLE = {"が": "nsubj", "は": "nsubj", "を": "obj", "に": "obl", "へ": "obl", "から": "obl"}
_NOUN_POS = frozenset({"NOUN", "PROPN", "NUM", "SYM"})


def attach_bracketed_arguments(doc: Doc) -> None:
    """「今後も(空港建設を)全力で進める」, 「輸入品は(検疫所が)一時的に止める」: an argument an editor
    supplies in brackets belongs to the verb after it; the parser glues it to the noun before the
    bracket as a compound, where no rule can read it. One the parser already hangs on a verb is left."""
    for opening in doc:
        if opening.text not in _OPENING_BRACKETS:
            continue
        insertion = _insertion_after(opening)
        if insertion is None:
            continue
        nouns, particle, closing = insertion
        noun = nouns[-1]
        verb = _next_verb(closing)
        if verb is None or noun.head.pos_ == "VERB" or noun.head.i == noun.i:
            continue
        noun.head, noun.dep_ = verb, _LABEL_OF_PARTICLE[particle.text]
        for token in nouns[:-1]:
            token.head, token.dep_ = noun, "compound"
        particle.head, particle.dep_ = noun, "case"
        opening.head = closing.head = noun
        opening.dep_ = closing.dep_ = "punct"


def _insertion_after(opening: Token) -> tuple[list[Token], Token, Token] | None:
    # ( nouns… particle ): the tokens up to the closing bracket, if they are nothing else.
    doc = opening.doc
    end = min(len(doc), opening.i + _MAX_INSERTION_TOKENS + 2)
    closing = next((t for t in doc[opening.i + 1 : end] if t.text in _CLOSING_BRACKETS), None)
    if closing is None or closing.i - opening.i < 3:
        return None
    nouns, particle = list(doc[opening.i + 1 : closing.i - 1]), doc[closing.i - 1]
    if particle.pos_ != "ADP" or particle.text not in _LABEL_OF_PARTICLE:
        return None
    if not all(t.pos_ in _NOUN_POS or t.tag_.startswith(("名詞", "接尾辞")) for t in nouns):
        return None
    return nouns, particle, closing


def _next_verb(closing: Token) -> Token | None:
    # The first verb after the bracket, in the same sentence.
    sentence_end = closing.sent.end
    return next((t for t in closing.doc[closing.i + 1 : sentence_end] if t.pos_ == "VERB"), None)
