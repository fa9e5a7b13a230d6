"""Guard against a Qt binding that corrupts the interpreter during a long session.

PySide6 6.12.0 dropped a reference to None on every call of a method returning
nothing. Where None is an ordinary object (Python 3.11), a few thousand calls (one
session's redraws) brought its count to zero and Python aborted with "deallocating
None". From Python 3.12 None is immortal: its count is never changed, so the lost
references cannot hurt, and pyproject.toml excludes 6.12.0 only below 3.12.
"""

import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version
from PySide6.QtGui import QPen

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
BROKEN = Version("6.12.0")


def _none_is_immortal() -> bool:
    before = sys.getrefcount(None)
    held = [None] * 1000
    after = sys.getrefcount(None)
    del held
    return after == before


def _allowed(python: str) -> set[Version]:
    """The PySide6 versions (of a few) that pyproject.toml lets pip install on `python`."""
    dependencies = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    found = [
        requirement for requirement in map(Requirement, dependencies)
        if requirement.name == "PySide6"
        and (requirement.marker is None or requirement.marker.evaluate(environment))
    ]
    assert len(found) == 1, f"one PySide6 requirement applies on Python {python}"
    candidates = [Version(v) for v in ("6.8.0", "6.11.3", "6.12.0", "6.12.1", "6.13.0")]
    return set(found[0].specifier.filter(candidates))


@pytest.mark.parametrize("python", ["3.11"])
def test_the_broken_binding_is_excluded_where_none_is_mortal(python: str) -> None:
    assert BROKEN not in _allowed(python)
    assert Version("6.11.3") in _allowed(python) and Version("6.12.1") in _allowed(python)


@pytest.mark.parametrize("python", ["3.12", "3.13", "3.14"])
def test_it_is_allowed_where_none_is_immortal(python: str) -> None:
    assert BROKEN in _allowed(python)


def test_none_is_immortal_exactly_from_python_3_12() -> None:
    # The premise of the gated pin, checked on the interpreter that runs the tests.
    assert _none_is_immortal() == (sys.version_info >= (3, 12))


def test_repeated_qt_calls_do_not_lose_references_to_none() -> None:
    # On Python 3.11 the broken binding drops one reference to None a call, and the
    # interpreter aborts once the count runs out; from 3.12 None is immortal and the
    # count stays put, which this still checks (the run does not end in an abort).
    pen = QPen()
    before = sys.getrefcount(None)
    for width in range(2000):
        pen.setWidth(width % 5)
    assert sys.getrefcount(None) - before > -100
