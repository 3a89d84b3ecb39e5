"""GiNZA's entity labels as the actor rules read them (data/entity_labels.json).

Takes nothing; gives ``ACTOR_TYPES`` (a label that names an actor → its
type: person, country, location, organization), ``NOT_NAMES`` (labels that
never name one: dates, amounts, posts) and ``LABEL_SECTORS`` (a label → the
sector it tells of an organization whose name does not).
"""

from __future__ import annotations

from .. import lexicons

# Each group of labels in the data file says why its labels map to its type.
ACTOR_TYPES: dict[str, str] = {
    label: group["type"]
    for group in lexicons.entry("entity_labels", "actor_types")
    for label in group["labels"]
}
NOT_NAMES: frozenset[str] = lexicons.words("entity_labels", "not_names")
LABEL_SECTORS: dict[str, str] = lexicons.table("entity_labels", "label_sectors")
