"""What the particles after a noun or a clause say about its role (が, は, と, によって …).

Japanese marks a noun's role with the particles after it; GiNZA attaches them
as ``case`` (or ``mark``) children, and :func:`case_of` joins them. The
particle sets are data (``pipeline/data/claim_particles.json``); the
dependency-label sets are UD Japanese's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicons

_FILE = "claim_particles"

SUBJECT_DEPS = frozenset({"nsubj", "dislocated", "csubj"})
# Clause links through which a clause shares the subject of the clause it joins (…し、…した; …して…した).
CLAUSE_DEPS = frozenset({"advcl", "conj"})
# The commas of Japanese and Latin text: what sets a phrase off from the rest of its sentence.
COMMAS = frozenset("、，,")

SUBJECT_CASES = lexicons.words(_FILE, "subject_cases")
FOCUS_CASES = lexicons.words(_FILE, "focus_cases")
TOPIC_CASES = lexicons.words(_FILE, "topic_cases")
TOPIC_FOCUS = lexicons.words(_FILE, "topic_focus")
COMPLEMENT_CASES = lexicons.words(_FILE, "complement_cases")
COORDINATORS = lexicons.words(_FILE, "coordinators")
AGENT_CASES = lexicons.words(_FILE, "agent_cases")
TARGET_CASES = lexicons.words(_FILE, "target_cases")
LINKING_CASES = lexicons.words(_FILE, "linking_cases")
VERBS_AFTER_WO = lexicons.words(_FILE, "verbs_after_wo")
DEMONSTRATIVES = lexicons.words(_FILE, "demonstratives")
APPROXIMATORS = lexicons.words(_FILE, "approximators")
LIST_PARTICLES = lexicons.words(_FILE, "list_particles")
PARTITIVES = lexicons.words(_FILE, "partitives")
ACCORDING_TO_VERBS = lexicons.words(_FILE, "according_to_verbs")
ACCORDING_TO_CONDITIONALS = lexicons.words(_FILE, "according_to_conditionals")
DISTANT_AGENT_CASES = lexicons.words(_FILE, "distant_agent_cases")
MEANS_CASES = lexicons.words(_FILE, "means_cases")
QUOTATIVE_PARTICLES = lexicons.words(_FILE, "quotative_particles")
CONTRASTIVE_LINKS = lexicons.words(_FILE, "contrastive_links")


def case_of(token: Token) -> str:
    """The particles after a noun or clause (が, は, と, によって …), joined; a list particle before another
    (北星市などが) is left out, as the particle after it tells the role."""
    particles = [c.text for c in token.children if c.dep_ in {"case", "mark"} and c.i > token.i]
    while len(particles) > 1 and particles[0] in LIST_PARTICLES:
        particles = particles[1:]
    return "".join(particles)
