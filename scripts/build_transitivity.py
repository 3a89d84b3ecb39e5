#!/usr/bin/env python3
"""Write pipeline/data/transitivity.json: how often each verb takes a ヲ argument, from WAC's train split.

    python scripts/build_transitivity.py [--gold ../shared/eval/pas/wac_train.gold.json]

The Kyoto University Wikipedia Annotated Corpus marks every predicate's ヲ
argument, written or left unsaid. For each verbal predicate lemma seen at least
MIN_SEEN times in the train split, the share of its occurrences that have one
says whether the verb is transitive: a relative clause on a noun, with no を-NP
of its own, has that noun as its object when the verb is (…が発売したアルバム),
and as its subject or an adjunct when it is not (…が上場した市場). Deterministic:
the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIN_SEEN = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(ROOT.parent / "shared/eval/pas/wac_train.gold.json"))
    parser.add_argument("--out", default=str(ROOT / "pipeline/data/transitivity.json"))
    args = parser.parse_args()
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    if "train" not in gold.get("split", ""):
        raise SystemExit(f"{args.gold} is not the train split ({gold.get('split')}); only train data is used")
    seen: Counter[str] = Counter()
    with_wo: Counter[str] = Counter()
    for document in gold["documents"]:
        for predicate in document["predicates"]:
            if predicate["kind"] != "verbal" or predicate["passive"] or predicate["causative"]:
                continue
            seen[predicate["lemma"]] += 1
            with_wo[predicate["lemma"]] += predicate.get("obj_case") == "ヲ"
    shares = {lemma: round(with_wo[lemma] / n, 2) for lemma, n in sorted(seen.items()) if n >= MIN_SEEN}
    data = {
        "_about": "For each verb (its lemma in dictionary form, する after a verbal noun), the share of its "
        "active occurrences in the train split of the Kyoto University Wikipedia Annotated Corpus "
        f"that have a ヲ argument, written or left unsaid; verbs seen fewer than {MIN_SEEN} times are "
        "left out. Written by scripts/build_transitivity.py.",
        "_licence": "Derived from the Kyoto University Wikipedia Annotated Corpus "
        "(ku-nlp/WikipediaAnnotatedCorpus), CC BY-SA 4.0, (c) Kyoto University Language Media "
        "Processing Lab; this file is under the same licence.",
        "wo_share": {"source": "WAC train split, gold predicate-argument structure", "words": shares},
    }
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(shares)} verbs -> {args.out}")


if __name__ == "__main__":
    main()
