"""Render each main view offscreen to PNG files (for the README, docs and reviews)."""

import os
import tempfile
from pathlib import Path

VIEW_FILE_NAMES = ("library", "session", "progress", "history")


def render_screenshots(
    out_dir: Path, width: int = 1280, height: int = 800, theme: str = "light",
    database_url: str | None = None, demo: bool = False,
) -> list[Path]:
    """Write `<view>.png` for each main view; returns the paths written.

    Without a database URL a throwaway database is used, so the pictures show
    a fresh install and never anyone's real history. With `demo` the demo
    athlete's made-up history is loaded and shown, as in the README.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from app.ui.shell.application import create_application
    from app.ui.shell.controller import AppController
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.settings import UiSettings
    from app.ui.shell.theme import ThemeChoice, apply_theme

    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        url = database_url or f"sqlite:///{Path(scratch) / 'screenshots.db'}"
        settings = UiSettings(QSettings(str(Path(scratch) / "ui.ini"), QSettings.Format.IniFormat))
        choice = ThemeChoice(theme)
        apply_theme(app, choice)
        settings.set_theme(choice)
        controller = AppController(url)
        window = MainWindow(controller, settings)
        window.resize(width, height)
        window.show()
        for key in VIEW_FILE_NAMES:
            window.view(key)  # every view listens for the database, as at a real start
        controller.open_database()
        if demo:
            controller.load_demo_data()
        written = []
        for key in VIEW_FILE_NAMES:
            window.show_view(key)
            app.processEvents()
            path = out_dir / f"{key}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        controller.close()
    return written
