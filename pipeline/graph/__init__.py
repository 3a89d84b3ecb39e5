"""The graph and the output files: ``DocumentResult`` records in, files out.

- ``convert``: records to plain data (the lines of the JSONL files, a claim's edge attributes); no I/O.
- ``build``: folds results into one networkx multigraph; no I/O.
- ``jsonl``, ``nodelink``, ``graphml``: one format each, a conversion and a writer that takes a
  path or an open binary file.
- ``files``: atomic writes and the UTF-8 every output holds.
- ``outputs``: ``OutputWriter``, which takes results in input order and writes the output files.
"""
