"""Shared fixtures: one per concern (database, library, clock, cue sink, settings)."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fakes import FakeClock, FakeCueSink  # noqa: E402


@pytest.fixture
def fake_clock() -> FakeClock:
    """A monotonic clock the test advances by hand."""
    return FakeClock()


@pytest.fixture
def cue_sink() -> FakeCueSink:
    """Collects cues instead of playing sounds or speech."""
    return FakeCueSink()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point QSettings and the data folder at a temporary place: no test touches real settings."""
    root = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("LEGWORK_DATA_DIR", str(root / "data"))
    monkeypatch.delenv("LEGWORK_DATABASE_URL", raising=False)
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("LegworkTests")
    QCoreApplication.setApplicationName("LegworkTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root / "ini"))
    return root
