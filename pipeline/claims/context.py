"""What the claim rules know about the sentence they work on, and how a phrase becomes an Argument.

Takes the document, its mentions and one sentence of a parse unit; gives a
``SentenceContext`` that every role rule (topics, subjects, objects, passives,
attribution) receives beside the predicate, and that turns a token into the
``Argument`` (text, entity id, type) of the noun phrase it heads.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..actors.titles import TITLE_WORDS, strip_title
from ..records import Argument, Document, Mention
from .anaphora import antecedent, members
from .arguments import Phrase, is_actor, noun_phrase, quantified


class MentionLinker:
    """Find the mention, if any, that an argument phrase refers to."""

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self._mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self._text = text
        self._by_end = sorted(self._mentions, key=lambda m: (m.end, m.start))
        self._ends = [m.end for m in self._by_end]
        # The same name elsewhere in the document is the same entity, even where the recognizer missed
        # it there (a name the parser took for a common noun in one comment).
        self._by_name: dict[str, Mention] = {}
        for mention in self._mentions:
            self._by_name.setdefault(mention.text, mention)

    def person_at(self, start: int, end: int) -> bool:
        """A person's mention covers the characters ``start:end``."""
        return any(m.type == "person" and m.start <= start and end <= m.end for m in self._mentions)

    def before(self, offset: int) -> list[Mention]:
        """The mentions that end at or before ``offset``, in the order they end."""
        return self._by_end[: bisect_right(self._ends, offset)]

    def after(self, offset: int) -> list[Mention]:
        """The mentions that start at or after ``offset``, in the order they start."""
        return [m for m in self._mentions if m.start >= offset]

    def argument(self, phrase: Phrase, head_start: int, head_end: int) -> Argument:
        best = None
        for mention in self._mentions:
            if mention.start >= phrase.end:
                break
            if mention.end <= phrase.start:
                continue
            covers_head = mention.start < head_end and head_start < mention.end
            if covers_head or (mention.type == "person" and _titled(phrase.text, mention.text)):
                return _in_phrase(phrase, _name(phrase.text, mention), mention)
            if best is None and mention.type != "country":
                best = mention
        if best is not None:
            return _in_phrase(phrase, phrase.text, best)
        named = self._person_before_title(phrase)
        if named is not None:
            return Argument.of(named)
        known = self._by_name.get(phrase.text)
        return _in_phrase(phrase, phrase.text, known)

    def _person_before_title(self, phrase: Phrase) -> Mention | None:
        """田中一郎(たなか・いちろう)選手: a bare title after a person's name and a gloss in brackets."""
        if phrase.text not in TITLE_WORDS:
            return None
        gloss = _GLOSS.search(self._text, max(0, phrase.start - 42), phrase.start)
        name_end = gloss.start() if gloss is not None else phrase.start
        previous = self.before(name_end)
        if previous and previous[-1].type == "person" and previous[-1].end == name_end:
            return previous[-1]
        return None


def _in_phrase(phrase: Phrase, text: str, mention: Mention | None) -> Argument:
    # ``text`` is the phrase or the name it starts with (a title stripped): it starts where the phrase does.
    entity_id, kind = (mention.entity_id, mention.type) if mention is not None else (None, None)
    return Argument(text, entity_id, kind, phrase.start, phrase.start + len(text))


_GLOSS = re.compile(r"[（(][^（）()]{0,40}[）)]$")


def _titled(phrase: str, name: str) -> bool:
    """The phrase is the name with titles after it (伊調選手, 山田花子さん, ジョン・スミス学長), or the name
    with an office that ends in a title (山田太郎国土交通大臣)."""
    bare = strip_title(phrase)
    return bare != phrase and (bare.endswith(name) or phrase.startswith(name))


def _name(phrase: str, mention: Mention) -> str:
    # A person is written as the name without titles (GUIDELINES.md §3): 伊調選手 → 伊調, and without the
    # office after it: 山田太郎国土交通大臣 → 山田太郎.
    if mention.type != "person" or not _titled(phrase, mention.text):
        return phrase
    if phrase.startswith(mention.text):
        return mention.text
    return strip_title(phrase)


@dataclass
class SentenceContext:
    """One sentence of a parse unit, with what the sentences before it left behind.

    ``carried_topic`` is the last topic of the section (for dropped subjects), ``open_quote`` whether
    the sentence starts inside a quotation opened earlier, and ``carried_speaker`` who opened it.
    ``topic``, ``topics`` and ``topic_token`` (the sentence's own topic, its coordinated members, and
    the token that heads it) are set by the walker once the topic rules (topics.py) have run, and so is
    ``reports_the_one_before``.
    """

    document: Document
    offset: int
    sentence: Span
    linker: MentionLinker
    carried_topic: Argument | None = None
    section: str | None = None
    open_quote: bool = False
    carried_speaker: Argument | None = None
    topic: Argument | None = None
    topics: list[Argument] = field(default_factory=list)
    topic_token: Token | None = None
    # Who reports the sentence before, where this one only says so (…北星新聞が伝えた。: attribution.py).
    reports_the_one_before: Argument | None = None
    # The police forces and prosecutors, and the courts, the whole document names (bodies.py).
    enforcers: tuple[Argument, ...] = ()
    courts: tuple[Argument, ...] = ()

    def argument(self, token: Token) -> Argument:
        """The noun phrase ``token`` heads, linked to the mention it refers to."""
        phrase = noun_phrase(token, self.offset)
        start = self.offset + token.idx
        argument = self.linker.argument(phrase, start, start + len(token))
        # 同社, 同氏: an anaphor is written as what it stands for (GUIDELINES.md §3).
        return antecedent(argument, self.linker.before(phrase.start), phrase.start) or argument

    def counted(self, token: Token) -> Token | None:
        """What the phrase names, as ``quantified`` (隊員の3人 → 隊員, それ → None), but a name ending in a
        counter is a name (ウィリアム3世: the recognizer's span says so)."""
        found = quantified(token)
        if found is not token:
            start = self.offset + token.idx
            if self.linker.person_at(start, start + len(token)):
                return token
        return found

    def actor(self, token: Token) -> Argument | None:
        """The phrase's Argument if it names an actor, else None."""
        argument = self.argument(token)
        return argument if is_actor(argument, token) else None

    def actors(self, tokens: list[Token]) -> list[Argument]:
        """The Arguments of those tokens that name actors, in order; a collective anaphor (両社, 2人)
        stands for the actors it counts (anaphora.py)."""
        found: list[Argument] = []
        for token in tokens:
            actor = self.actor(token)
            if actor is None:
                continue
            start = noun_phrase(token, self.offset).start
            found.extend(members(actor, self.linker.before(start), start, self.document.text) or [actor])
        return found
