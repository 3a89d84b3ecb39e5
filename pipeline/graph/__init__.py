"""The graph and the output files: ``DocumentResult`` records in, files out.

``build`` folds results into one networkx multigraph; ``writers`` turns records
and the graph into the JSONL, GraphML and node-link JSON files.
"""
