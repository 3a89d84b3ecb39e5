"""Actors: parsed units in, ``Mention`` and ``Entity`` records out.

``component`` is the spaCy component ``actor_recognizer``: it runs the ordered
span rules (``actors.spans``) and post-passes (``actors.post_passes``) and
writes ``doc._.actor_spans``. Each family of rules has its module:
``abbreviations`` (日米, 米軍), ``organizations`` (head words, known names,
acronyms, departments, lists), ``repairs`` (GiNZA's entities, one repair per
kind in ``actors.entity_repairs``), ``countries``, ``proper_nouns``,
``persons``, ``places``, ``context`` (names typed by cue words or category
nouns) and ``filters`` (candidates that are part of another name).
``candidates`` holds the span record, its labels and priorities, and the
selection among overlapping spans. ``labels``, ``titles``, ``cues``,
``gazetteer``, ``dictionary`` and ``tokens`` are what the rules look words up
in (the word lists themselves are in ``pipeline/data/``); ``resolve`` maps
each span to its graph node and merges the mentions of one document.
"""
