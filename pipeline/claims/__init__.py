"""Claims: parsed units and the document's mentions in, ``Claim`` records out.

``walker`` goes through the sentences and builds the claims; the rules it applies
live in one module per family: ``predicates``, ``arguments``, ``attribution``,
``modality`` and ``events``.
"""
