"""Parsing with GiNZA: ``Document`` records in, each with its ``ParsedUnit`` list out.

``model`` loads ja_ginza with the project's components; ``units`` cuts a text
into parse units (lines, or pieces of long ones) and parses every document once,
batching across documents.
"""
