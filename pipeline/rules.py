"""Ordered lists of named rules: the order is data, and each rule can be found, tested and removed.

A decision with many cases (is this span an actor; who is this predicate's
subject) is a list of small functions tried in order. Each list registers
itself under a dotted name (``actors.spans``, ``claims.subject``) so that
``scripts/rule_deletion.py`` can take out one rule at a time and see whether
a test notices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

Rule = TypeVar("Rule", bound=Callable[..., Any])

# Every rule list by its name, in the order the modules that define them were imported.
REGISTRY: dict[str, RuleList[Any]] = {}


class RuleList(Generic[Rule]):
    """An ordered, named list of rule functions; iterating gives the rules that are switched on."""

    def __init__(self, name: str, rules: tuple[Rule, ...]) -> None:
        names = [rule.__name__ for rule in rules]
        if len(set(names)) != len(names):
            raise ValueError(f"rule list {name!r} names a rule twice: {names}")
        if name in REGISTRY:
            raise ValueError(f"a rule list named {name!r} exists already")
        self.name = name
        self._rules = rules
        self._disabled: frozenset[str] = frozenset()
        REGISTRY[name] = self

    def __iter__(self) -> Iterator[Rule]:
        if not self._disabled:
            return iter(self._rules)
        return (rule for rule in self._rules if rule.__name__ not in self._disabled)

    def __len__(self) -> int:
        return len(self._rules)

    def names(self) -> list[str]:
        """Every rule's name, in order, whether switched on or not."""
        return [rule.__name__ for rule in self._rules]

    def disable(self, rule_name: str) -> None:
        """Switch one rule off (for the rule-deletion check and for tests of the rules around it)."""
        if rule_name not in self.names():
            raise KeyError(f"{self.name} has no rule {rule_name!r}")
        self._disabled = self._disabled | {rule_name}

    def enable_all(self) -> None:
        self._disabled = frozenset()


def disable(spec: str) -> None:
    """Switch off ``list.name:rule_name`` (the form ``scripts/rule_deletion.py`` passes)."""
    list_name, _, rule_name = spec.rpartition(":")
    if list_name not in REGISTRY:
        raise KeyError(f"no rule list {list_name!r}; known: {sorted(REGISTRY)}")
    REGISTRY[list_name].disable(rule_name)
