"""The charge of crime news: …したとして逮捕した, …した疑いで送検した, 男を窃盗の容疑で逮捕した.

Takes parsed tokens; gives the verb a clause is the charge of, and the suspects
that verb acts on. The clauses of a charge say what the suspect did (so their
agent is the suspect, not the police who arrest), and the police or the
prosecutors who act on the charge are the ones who claim it. Also whether a
sentence is about a charge (逮捕容疑は、…) and whether a name carries a suspect's
title (…容疑者, …被告).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import lexicons
from .arguments import direct_object
from .particles import SUBJECT_DEPS, case_of

CHARGE_NOUNS = lexicons.words("claim_predicates", "charge_nouns")
SUSPECT_TITLES = lexicons.ordered("claim_actors", "suspect_titles")
# A note in brackets between a name and its title: a reading or an age.
_BRACKET_NOTE = re.compile(r"[（(][^（()）]{1,20}[）)]")


def charged_verb(clause: Token) -> Token | None:
    """The verb a clause is the charge of: …したとして V, …した疑いで V (else None)."""
    head = clause.head
    if case_of(clause).endswith("と") and head.lemma_ == "する" and head.head.i != head.i:
        if any(c.dep_ == "mark" and c.text == "て" for c in head.children):
            return _verb_of_the_charge(head)
    if clause.dep_ == "acl" and _is_charge_phrase(head):
        return head.head
    return None


def _verb_of_the_charge(suru: Token) -> Token:
    # …盗んだとして、男を窃盗の容疑で逮捕した: the parser may hang the として-clause on the charge noun.
    head = suru.head
    return head.head if suru.dep_ == "acl" and _is_charge_phrase(head) else head


def _is_charge_phrase(noun: Token) -> bool:
    return noun.lemma_ in CHARGE_NOUNS and case_of(noun) == "で" and noun.head.i != noun.i


def suspects(verb: Token) -> list[Token]:
    """Whom the verb acts on, in text order: its を-NP and the を-NPs the parser hung on its charge noun
    instead (男を窃盗の容疑で、女を詐欺の容疑で逮捕した: 男, 女)."""
    charges = [c for c in verb.children if c.dep_ == "obl" and c.lemma_ in CHARGE_NOUNS and c.i < verb.i]
    hung = [o for charge in charges for o in charge.children if o.dep_ == "obj" and o.i < charge.i]
    direct = direct_object(verb)
    return sorted(set(hung) | ({direct} if direct is not None else set()), key=lambda t: t.i)


def suspects_on_the_charge(verb: Token) -> list[Token]:
    """The を-NPs hung on the verb's charge noun, not on the verb (see ``suspects``)."""
    direct = direct_object(verb)
    return [t for t in suspects(verb) if t != direct]


def accusing_verb(suru: Token) -> Token | None:
    """The verb whose charge the quotative する of …したとして states (逮捕した), else None: its subject
    (the police) is who claims the charge."""
    if suru.lemma_ != "する" or suru.head.i == suru.i:
        return None
    clauses = [c for c in suru.children if c.dep_ in {"advcl", "ccomp"} and case_of(c).endswith("と")]
    return charged_verb(clauses[0]) if clauses else None


def titled_a_suspect(text: str, end: int) -> bool:
    """山川一郎容疑者, 山川一郎(やまかわ・いちろう)容疑者, 山川一郎(41)容疑者: the name ending at ``end`` in
    ``text`` has a suspect's title after it, or after a note in brackets."""
    note = _BRACKET_NOTE.match(text, end)
    return text.startswith(SUSPECT_TITLES, note.end() if note else end)


def framed_by_a_charge(sentence: Span) -> bool:
    """逮捕容疑は、…というもの; 容疑は、…疑い: the sentence is about the charge, wherever the parser hung
    it."""
    return any(t.lemma_ in CHARGE_NOUNS and case_of(t) == "は" and t.dep_ in SUBJECT_DEPS for t in sentence)
