#!/usr/bin/env python3
"""Take out each registered rule in turn and report the ones no test notices.

    python scripts/rule_deletion.py [--only PREFIX] [--jobs N]

Every rule list (pipeline.rules.REGISTRY: ``actors.spans``, ``claims.subject`` …)
is imported, and for each of its rules pytest runs with that one rule switched
off (``PIPELINE_WITHOUT_RULE=list:rule``, read by tests/conftest.py): first the
tests of the rule's family (tests/actors, tests/claims …), then, if they all
pass, the whole suite. A rule whose removal leaves every test green is listed;
the exit status is 1 if there is any. Not a test itself: it runs pytest once or
twice per rule (a few seconds each, most of it loading the model).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rule_specs(prefix: str) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from pipeline import rules
    from pipeline.actors import component  # noqa: F401  (registers the actor rule lists)
    from pipeline.claims import walker  # noqa: F401  (registers the claim rule lists)

    return [
        f"{name}:{rule}"
        for name, rule_list in rules.REGISTRY.items()
        if name.startswith(prefix)
        for rule in rule_list.names()
    ]


def family_tests(spec: str) -> Path:
    family = spec.split(".", 1)[0]
    folder = ROOT / "tests" / family
    return folder if folder.is_dir() else ROOT / "tests"


def noticed(spec: str) -> bool:
    """Whether some test fails with the rule switched off."""
    env = {**os.environ, "PIPELINE_WITHOUT_RULE": spec}
    for target in dict.fromkeys((family_tests(spec), ROOT / "tests")):
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", str(target)]
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        if result.returncode == 1:  # tests ran and one failed
            return True
        if result.returncode not in (0, 5):  # 5: no tests collected
            sys.exit(f"pytest could not run with {spec} off:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="only the rule lists whose name starts with this")
    parser.add_argument("--jobs", type=int, default=2, help="pytest runs at a time (default 2)")
    args = parser.parse_args()
    specs = rule_specs(args.only)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(noticed, specs))
    unnoticed = [spec for spec, seen in zip(specs, results, strict=True) if not seen]
    for spec in unnoticed:
        print(f"unnoticed: {spec}")
    print(
        f"{len(specs) - len(unnoticed)} of {len(specs)} rules are pinned by a test; {len(unnoticed)} are not"
    )
    return 1 if unnoticed else 0


if __name__ == "__main__":
    sys.exit(main())
