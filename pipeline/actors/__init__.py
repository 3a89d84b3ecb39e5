"""Actors: parsed units in, ``Mention`` and ``Entity`` records out.

``component`` is the spaCy component ``actor_recognizer``, which runs the span
rules and writes ``doc._.actor_spans``; ``cues``, ``gazetteer``, ``dictionary``
and ``tokens`` are what the rules look words up in; ``resolve`` maps each span
to its graph node and merges the mentions of one document.
"""
