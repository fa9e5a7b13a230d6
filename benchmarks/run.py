"""Run every benchmark in turn; each rewrites its own section of docs/benchmarks.md.

    python benchmarks/run.py            # all of them (the cue timing takes 4 minutes)
    python benchmarks/run.py startup progress
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("startup", "progress", "data_safety", "gym_server", "programme", "cues", "imports")


def main(names: list[str]) -> int:
    """Run the named benchmarks (all when none are named); the first failure stops the run."""
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        print(f"unknown benchmarks {unknown}; choose from {list(BENCHMARKS)}", file=sys.stderr)
        return 2
    for name in names or BENCHMARKS:
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / f"{name}.py")], check=False)
        if result.returncode != 0:
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
