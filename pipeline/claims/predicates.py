"""Which tokens are predicates, and their dictionary-form lemma.

Verbs, サ変 nouns (GiNZA tags 拒否 in 拒否した as VERB), light verbs written
apart (仲良くする, 無効とする, 明らかにする), headline-style verbal nouns
(…の解散を発表。) and event nouns whose clause says whether they happen
(関与は無い). Grammaticalised verbs (によると, について, ている) are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicons
from .arguments import own_subject

_FILE = "claim_predicates"
NOT_PREDICATES = lexicons.words(_FILE, "not_predicates")
ARGUMENT_VERBS = lexicons.words(_FILE, "argument_verbs")
_EXISTENCE_PREDICATES = lexicons.words(_FILE, "existence_predicates")
_FOCUS_PARTICLES = lexicons.words(_FILE, "focus_particles")
_TIME_SUFFIXES = lexicons.words(_FILE, "time_suffixes")
# What a headline-style verbal noun takes as its own: an object, a subject, a に/と/で phrase.
_HEADLINE_ARGUMENT_DEPS = frozenset({"obj", "nsubj", "obl", "iobj"})


def is_predicate(token: Token) -> bool:
    """A verb or verbal noun that can carry a claim (not an auxiliary or grammaticalised verb)."""
    if token.dep_ in {"aux", "fixed", "cop", "mark", "case"}:
        return False
    if token.pos_ == "VERB":
        if token.tag_.startswith("形容詞"):
            # つらかった: an adjective states a feeling or a state, not an action (GUIDELINES.md §1).
            return False
        if token.dep_ == "compound" and token.head.i == token.i + 1 and "サ変" in token.head.tag_:
            # 在宅|起訴する: the first part of a compound verbal noun is no predicate of its own.
            return False
        if token.dep_ == "compound" and token.head.i == token.i + 1 and _time_suffix(token.head):
            # 決選投票後に行う: a verbal noun under a time suffix dates the clause, it is no claim.
            return False
        if "命令形" in str(token.morph):
            # Imperatives (死ね, 解決しろ) order, they do not state (GUIDELINES.md §1).
            return False
        lemma = predicate_lemma(token)
        if lemma in {"言う", "いう"} and token.i > 0 and token.nbor(-1).text in {"と", "って"}:
            # Quotative という/といった/という話: it frames content, it is not a claim (GUIDELINES.md §1).
            return token.dep_ not in {"acl", "fixed"} and own_subject(token) is not None
        return lemma not in NOT_PREDICATES or lemma in ARGUMENT_VERBS
    # Headline style: a verbal noun ending the sentence with an argument of its own (…の解散を発表。;
    # 同氏は会長に就任。; 決勝でA国と対戦。), not a bare noun phrase (首相の辞任。).
    if token.pos_ == "NOUN" and "サ変" in token.tag_ and token.dep_ == "ROOT":
        return any(c.dep_ in _HEADLINE_ARGUMENT_DEPS and c.i < token.i for c in token.children)
    return False


def _time_suffix(token: Token) -> bool:
    return token.tag_.startswith("接尾辞") and token.lemma_ in _TIME_SUFFIXES


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
    elif lemma == "する" and _focused_stem(token) is not None:
        # 暗殺まではしない: a verbal noun set apart from its する by focus particles is the predicate.
        return _focused_stem(token).lemma_ + "する"
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


def _focused_stem(verb: Token) -> Token | None:
    if verb.pos_ != "VERB" or verb.dep_ in {"aux", "fixed"}:
        return None
    start = verb.i
    while start > 0 and verb.doc[start - 1].text in _FOCUS_PARTICLES and verb.doc[start - 1].pos_ == "ADP":
        start -= 1
    if start == verb.i or start == 0:
        return None
    stem = verb.doc[start - 1]
    if stem.head.i == verb.i and stem.pos_ in {"NOUN", "VERB"} and "サ変" in stem.tag_ and stem.dep_ != "obj":
        return stem
    return None


def _to_suru_stem(stem: Token, verb: Token) -> bool:
    return (stem.head.i == verb.i and stem.pos_ in {"NOUN", "ADJ"} and "形状詞" in stem.tag_
            and stem.nbor(1).text in {"と", "に"} and stem.nbor(1).dep_ in {"case", "cop", "aux"})


def _light_verb_stem(stem: Token, verb: Token) -> bool:
    return stem.head.i == verb.i and stem.dep_ == "advmod" and stem.text.endswith("く") and stem.pos_ == "ADV"


def is_passive(predicate: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ in {"れる", "られる"} and c.i > predicate.i
               and not _potential(predicate) for c in predicate.children)


def _potential(predicate: Token) -> bool:
    # 得られる / 出来る-type readings: られる after a negation-taking potential is not passive.
    return predicate.lemma_ in {"得る", "できる"}


def predicate_surface(predicate: Token) -> str:
    end = predicate.i
    doc = predicate.doc
    while end + 1 < len(doc) and doc[end + 1].dep_ in {"aux", "fixed"} and doc[end + 1].head.i == predicate.i:
        end += 1
    return doc[predicate.i:end + 1].text
