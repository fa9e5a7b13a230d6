"""Sparing every start PySide6's scan of each module imported after it.

PySide6 replaces `__import__` to support `from __feature__ import snake_case`: after
every import it reads the importing module's whole source text
(`shibokensupport.feature._mod_uses_pyside`, which calls `inspect.getsource`) to see
whether "PySide6" occurs in it, and records a per-module feature selection. Legwork's
start imports some 400 modules after PySide6 (SQLAlchemy, Legwork's own, numpy and
pyqtgraph for Progress): the scan took 85–140 ms of each start on two cores.

Neither Legwork nor any library it uses selects a feature, so every module runs with
the default selection whatever the scan finds: a module recorded as "not using
PySide6" is looked up with the selection last in force, which is the default. PySide6
has no switch for this; `skip_source_scan` replaces that one function of its own
bootstrap, and does nothing if a PySide6 release no longer has it.
"""

import sys
from types import ModuleType
from typing import Any


def _uses_no_feature(module: ModuleType) -> bool:
    return False


def skip_source_scan() -> bool:
    """Stop PySide6 reading the source of each module imported from now on; True if done."""
    # PySide6's own bootstrap module: typed as Any, since its names are not declared.
    feature: Any = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature
    return True
