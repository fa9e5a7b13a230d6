"""Write one benchmark's section of docs/benchmarks.md, leaving the other sections alone."""

import os
import platform
import re
import time
from datetime import UTC, datetime
from pathlib import Path

REPORT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADER = (
    "# Benchmarks\n\n"
    "Speed goals live here, not in the tests. Each section is rewritten by its own\n"
    "script in `benchmarks/`; run them all with `python benchmarks/run.py`.\n"
)


LOOP_STEPS = 2_000_000


def python_speed() -> float:
    """Seconds for `LOOP_STEPS` steps of a plain Python loop, the best of three.

    Machines here differ by more than twice in speed, so each section says how fast
    its machine ran Python: figures from two sections compare only through it.
    """
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for step in range(LOOP_STEPS):
            total += step
        best = min(best, time.perf_counter() - start)
    return best


def speed_note() -> str:
    """How fast this machine runs Python now, in words, for a section's stamp."""
    return f"a {LOOP_STEPS:,}-step Python loop in {python_speed():.2f} s"


def utc_stamp() -> str:
    """Now, as each section says when it was measured."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def machine() -> str:
    """A one-line description of the machine the figures come from."""
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; {speed_note()}"
    )


def write_section(key: str, title: str, body: str, *, measured_now: bool = True) -> None:
    """Replace (or add) the section marked with `key` in docs/benchmarks.md.

    With `measured_now` False the body holds figures kept from earlier runs, each part
    saying when it was measured, and the heading says only when it was put together.
    """
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else HEADER
    stamp = utc_stamp()
    when = (f"_Measured {stamp} on {machine()}._" if measured_now else
            f"_Put together {stamp} from figures kept by earlier runs on "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores._")
    section = (
        f"<!-- {key}:start -->\n## {title}\n\n{when}\n\n"
        f"{body.strip()}\n<!-- {key}:end -->"
    )
    pattern = re.compile(rf"<!-- {key}:start -->.*?<!-- {key}:end -->", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = f"{text.rstrip()}\n\n{section}\n"
    REPORT.write_text(text, encoding="utf-8")


def installed_env() -> dict[str, str]:
    """This environment, but writing bytecode caches as an installed Legwork has them.

    pip compiles a wheel's modules when it installs them and PyInstaller ships them
    compiled; a checkout run with PYTHONDONTWRITEBYTECODE would instead compile every
    module on every start, which the bare window (no modules of its own) never pays.
    Legwork's own modules are compiled here, as pip does at install.
    """
    import compileall

    import app

    compileall.compile_dir(str(Path(app.__file__).parent), quiet=1)
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
