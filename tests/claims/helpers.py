"""Parse a made-up sentence once and look inside it: its sentence contexts, its tokens, its claims.

Rules are called alone on what ``Parsed`` gives (``p.ctx_of(p.find("拒否"))``); the decision
functions and ``extract_claims`` on the same parse show that the rule, and no later one, decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from pipeline.actors.resolve import find_mentions
from pipeline.claims.context import SentenceContext
from pipeline.claims.walker import extract_claims, sentence_contexts
from pipeline.io.sections import split_sections
from pipeline.records import Claim, Document, Mention, ParsedUnit


@dataclass
class Parsed:
    """One parsed text with its mentions and one ``SentenceContext`` per sentence."""

    document: Document
    units: list[ParsedUnit]
    mentions: list[Mention]
    contexts: list[SentenceContext]
    _claims: dict[bool, list[Claim]] = field(default_factory=dict)

    def tokens(self) -> list[Token]:
        return [token for ctx in self.contexts for token in ctx.sentence]

    def find(self, word: str, nth: int = 0) -> Token:
        """The ``nth`` token written ``word`` (or, if none is, whose lemma is ``word``)."""
        found = [t for t in self.tokens() if t.text == word] or [t for t in self.tokens() if t.lemma_ == word]
        assert len(found) > nth, f"no {word!r} (#{nth}) in:\n{self.table()}"
        return found[nth]

    def ctx_of(self, token: Token) -> SentenceContext:
        """The context of the sentence that holds ``token``."""
        return next(
            ctx
            for ctx in self.contexts
            if ctx.sentence.doc is token.doc and ctx.sentence.start <= token.i < ctx.sentence.end
        )

    def at(self, word: str, nth: int = 0) -> tuple[Token, SentenceContext]:
        """A token and its sentence's context, as most rules take them."""
        token = self.find(word, nth)
        return token, self.ctx_of(token)

    def claims(self, include_hypothetical: bool = False) -> list[Claim]:
        if include_hypothetical not in self._claims:
            self._claims[include_hypothetical] = extract_claims(
                self.document, self.units, self.mentions, include_hypothetical
            )
        return self._claims[include_hypothetical]

    def by_lemma(self, lemma: str, include_hypothetical: bool = False) -> list[Claim]:
        return [c for c in self.claims(include_hypothetical) if c.predicate_lemma == lemma]

    def one(self, lemma: str, include_hypothetical: bool = False) -> Claim:
        """The only claim with this predicate lemma."""
        found = self.by_lemma(lemma, include_hypothetical)
        assert len(found) == 1, (lemma, self.summary())
        return found[0]

    def summary(self) -> list[tuple]:
        return [
            (
                c.predicate_lemma,
                c.subject and c.subject.text,
                c.object and c.object.text,
                c.subject_from,
                c.negated,
                c.modality,
            )
            for c in self.claims(True)
        ]

    def table(self) -> str:
        """The parse, one token a line (for assertion messages)."""
        rows = (f"{t.i} {t.text} {t.lemma_} {t.dep_} {t.head.i} {t.pos_} {t.tag_}" for t in self.tokens())
        return "\n".join(rows)


def analyse(parse, text: str, sections: bool = False) -> Parsed:
    """Parse ``text`` as one document (with article/comment sections if ``sections``)."""
    document, units = parse(text)
    if sections:
        document = replace(document, sections=split_sections(text))
    mentions, _ = find_mentions(document.id, document.text, units)
    return Parsed(document, units, mentions, list(sentence_contexts(document, units, mentions)))


def text_of(argument) -> str | None:
    """An Argument's text, or None."""
    return argument.text if argument is not None else None


def texts(arguments) -> list[str | None]:
    return [text_of(a) for a in arguments]
