"""Relative clauses by their gap: is the noun a relative clause modifies its subject, its object, or neither?

Takes a relative-clause predicate (GiNZA's ``acl``); gives which role the
noun it modifies plays. Japanese leaves the gap unmarked: the head of
「…を発売した歌手」 is the subject, of 「歌手が発売したアルバム」 the object, and of
「アルバムを発売した直後」 neither (寺村's 外の関係). The clause's own arguments and the verb's
transitivity (``pipeline/data/transitivity.json``, from WAC's train split) tell them apart.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicons
from .arguments import direct_object, is_time, relative_clause_of
from .bodies import ENFORCEMENT_VERBS
from .predicates import predicate_lemma

FORMAL_HEADS = lexicons.words("claim_predicates", "formal_heads")
OUTER_HEADS = lexicons.words("claim_predicates", "outer_heads")
HOLDING_VERBS = lexicons.words("claim_predicates", "holding_verbs")
MEETING_NOUNS = lexicons.ordered("claim_predicates", "meeting_nouns")
_WO_SHARE: dict[str, float] = lexicons.table("transitivity", "wo_share")
# A verb takes a ヲ argument at least this often to count as transitive.
_TRANSITIVE_SHARE = 0.5


def outer_head(head: Token) -> bool:
    """The noun is no argument of the clause: a formal noun, a time, a place, a stage, a content noun."""
    return head.lemma_ in FORMAL_HEADS or head.lemma_ in OUTER_HEADS or _time_or_share(head)


def _time_or_share(head: Token) -> bool:
    # 3年後, 40%: when or how much, never what the clause acts on; an amount of money or of things can be
    # (男が盗んだ300万円: what he stole).
    return is_time(head) or head.ent_type_.startswith("Percent")


def transitive(predicate: Token) -> bool:
    """Whether the verb usually takes a ヲ argument; a verbal noun the corpus does not list is assumed to."""
    share = _WO_SHARE.get(predicate_lemma(predicate))
    if share is None:
        return "サ変" in predicate.tag_
    return share >= _TRANSITIVE_SHARE


def never_transitive(predicate: Token) -> bool:
    """The corpus never saw the verb take a ヲ argument (移る, 及ぶ, 成立する): its subject undergoes it."""
    return _WO_SHARE.get(predicate_lemma(predicate), 1.0) == 0.0


def object_gap(predicate: Token) -> bool:
    """A relative clause whose noun is its object: a transitive verb with no を-NP of its own."""
    return predicate.dep_ == "acl" and direct_object(predicate) is None and transitive(predicate)


def head_acted_on_by_meaning(predicate: Token) -> Token | None:
    """The noun of the relative clause the predicate ends or is joined into (先月逮捕した男, 逮捕しパトカーに
    乗せた男, 5日に開いた理事会で), where the verb's meaning makes it the object, not the agent: what the
    police do to a suspect, holding a meeting; and the predicate has no object of its own."""
    clause = relative_clause_of(predicate)
    if clause is None or direct_object(predicate) is not None:
        return None
    lemma = predicate_lemma(predicate)
    head = clause.head
    acted_on = lemma in ENFORCEMENT_VERBS or (lemma in HOLDING_VERBS and head.text.endswith(MEETING_NOUNS))
    return head if acted_on else None
