"""Japanese news text to a who-did-what graph: actors, claims, GraphML, JSON and JSONL."""

__version__ = "0.1.0"
