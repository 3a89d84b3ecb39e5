#!/usr/bin/env python3
"""List the most-mentioned actors of a run, with their aliases, country and sector: the corpus report.

    python scripts/top_actors.py RUN_DIR [--top N] [--types person,country,organization,location,actor]

Reads RUN_DIR/graph.json (the pipeline's node-link output) and prints one tab-separated line per
node, most mentions first: mentions, id, label, type, country, sector and aliases (the ten most
common surface forms are not known here, so the first ten in sorted order, and how many in all).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ALIASES_SHOWN = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run_dir", type=Path)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--types", default="person,country,organization,location")
    args = parser.parse_args()
    path = args.run_dir / "graph.json"
    if not path.is_file():
        print(f"error: {path} not found: give the --out folder of a pipeline run", file=sys.stderr)
        return 2
    types = set(args.types.split(","))
    nodes = [n for n in json.loads(path.read_text(encoding="utf-8"))["nodes"] if n.get("type") in types]
    nodes.sort(key=lambda n: (-n.get("mentions", 0), n["id"]))
    print("rank\tmentions\tid\tlabel\ttype\tcountry\tsector\taliases")
    for rank, node in enumerate(nodes[: args.top], 1):
        aliases = [a for a in node.get("aliases", "").split("|") if a]
        shown = "|".join(aliases[:ALIASES_SHOWN]) + (
            f" (+{len(aliases) - ALIASES_SHOWN})" if len(aliases) > ALIASES_SHOWN else ""
        )
        fields = [rank, node.get("mentions", 0), node["id"], node.get("label", ""), node["type"]]
        fields += [node.get("country", ""), node.get("sector", ""), shown]
        print("\t".join(str(f) for f in fields))
    return 0


if __name__ == "__main__":
    sys.exit(main())
