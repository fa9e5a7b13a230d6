"""Where Legwork keeps its files."""

from pathlib import Path

import platformdirs
import pytest

from app import paths


def test_data_dir_follows_the_environment_override(tmp_path: Path) -> None:
    folder = paths.data_dir(environ={"LEGWORK_DATA_DIR": str(tmp_path / "mine")})
    assert folder == tmp_path / "mine"
    assert not folder.exists(), "resolving must not create anything"


def test_data_dir_is_created_only_when_asked(tmp_path: Path) -> None:
    env = {"LEGWORK_DATA_DIR": str(tmp_path / "a" / "b")}
    assert paths.data_dir(ensure=True, environ=env).is_dir()


def test_without_override_the_platform_folder_is_used() -> None:
    expected = platformdirs.user_data_path("Legwork", appauthor=False)
    assert paths.data_dir(environ={}) == expected
    assert paths.default_database_path(environ={}) == expected / "legwork.db"


def test_default_database_lives_in_the_data_dir(tmp_path: Path) -> None:
    env = {"LEGWORK_DATA_DIR": str(tmp_path)}
    assert paths.default_database_path(environ=env) == tmp_path / "legwork.db"


def test_the_process_environment_is_read_at_call_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEGWORK_DATA_DIR", str(tmp_path / "later"))
    assert paths.data_dir() == tmp_path / "later"


def test_backups_sit_beside_the_database(tmp_path: Path) -> None:
    db_file = tmp_path / "elsewhere" / "training.db"
    folder = paths.backups_dir(db_file)
    assert folder == tmp_path / "elsewhere" / "backups"
    assert not folder.exists()
    assert paths.backups_dir(db_file, ensure=True).is_dir()
