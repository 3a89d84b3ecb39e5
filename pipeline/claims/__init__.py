"""Claims: parsed units and the document's mentions in, ``Claim`` records out.

``walker`` goes through the sentences, carrying the last topic and an open
quotation's speaker, and asks ``kinds`` for each token's claims (verbs, event
nouns, …によるもの; ``claims.not_claim`` drops what states nothing, and
``references`` the lines that cite a source: ``claims.reference_line``). The roles
are ordered rule lists, one module each: ``topics`` (the sentence's topic),
``subjects`` (who acts: the predicate's own syntax, the chain of clauses,
reported complements, then the context), ``objects``, ``passives`` (agents and
patients) and ``attribution`` (sources and framing verbs). ``builder`` writes
the records, with ``modality`` (negation, hedges, hypotheticals) and ``events``
(category and polarity). Their helpers: ``predicates`` (what is a predicate, its
lemma), ``arguments`` (noun phrases, actors, counts), ``particles``, ``quotes``,
``gaps`` (relative clauses by their gap), ``anaphora`` (同社, 両国), ``bodies``
(the police, prosecutors and courts a document names) and
``context`` (the sentence a rule works on, and how a phrase becomes an
Argument). The word lists are in ``pipeline/data/claim_*.json``.
"""
