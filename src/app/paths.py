"""Where Legwork keeps its files, resolved in one place.

Nothing is resolved at import time: the folders depend on the environment
(`LEGWORK_DATA_DIR`) and tests change it between calls.
"""

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Legwork"
DATA_DIR_ENV = "LEGWORK_DATA_DIR"
DATABASE_FILENAME = "legwork.db"
BACKUPS_FOLDER = "backups"


def data_dir(*, ensure: bool = False, environ: Mapping[str, str] | None = None) -> Path:
    """The per-user folder for Legwork's data.

    `LEGWORK_DATA_DIR` overrides the platform's folder (development, tests,
    portable installs). The folder is created only when `ensure` is true.
    """
    env = os.environ if environ is None else environ
    override = env.get(DATA_DIR_ENV, "").strip()
    if override:
        folder = Path(override).expanduser().absolute()
    else:
        # Imported here so that merely importing this module costs nothing.
        import platformdirs

        folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    if ensure:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path(
    *, ensure: bool = False, environ: Mapping[str, str] | None = None
) -> Path:
    """The database file used when no URL is given: ``<data_dir>/legwork.db``.

    With `ensure`, the containing folder is created (never the file itself).
    """
    return data_dir(ensure=ensure, environ=environ) / DATABASE_FILENAME


def backups_dir(database_path: Path, *, ensure: bool = False) -> Path:
    """The backups folder for a database: ``<database folder>/backups``.

    Kept beside the database so that a database moved elsewhere with
    `--database-url` takes its backups with it.
    """
    folder = Path(database_path).expanduser().absolute().parent / BACKUPS_FOLDER
    if ensure:
        folder.mkdir(parents=True, exist_ok=True)
    return folder
