"""Start the GUI: the QApplication, the theme, the controller and the main window."""

import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.domain.errors import LegworkError
from app.resources import resource_path
from app.services.database import DatabaseInUseError
from app.ui.shell.import_scan import skip_source_scan
from app.ui.shell.settings import APPLICATION, ORGANISATION
from app.ui.shell.single_instance import SingleInstance

if TYPE_CHECKING:
    from app.services.database import DamagedDatabaseError
    from app.ui.shell.controller import AppController


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings and the desktop know it."""
    skip_source_scan()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationDisplayName("Legwork")
    app.setDesktopFileName("io.github.legwork.Legwork")
    icon = resource_path("icons", "legwork.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app, os.environ)
    return app


def install_translators(app: QApplication, environ: Mapping[str, str]) -> list[QTranslator]:
    """Load Qt's and Legwork's translations for the system locale; returns those installed.

    Legwork's compiled translations are `resources/translations/legwork_<locale>.qm`;
    a missing file just leaves English. `LEGWORK_PSEUDO_LOCALE=1` adds the
    stretched pseudo-locale on top, for checking layouts. Installing twice (the
    screenshot command reuses the application) is a no-op.
    """
    if app.property("legworkTranslated"):
        return []
    app.setProperty("legworkTranslated", True)
    locale = QLocale()  # the system locale unless QLocale.setDefault chose another
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("legwork", str(resource_path("translations"))),
    )
    installed: list[QTranslator] = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    if environ.get("LEGWORK_PSEUDO_LOCALE") == "1":
        from app.ui.shell.pseudo_locale import PseudoLocaleTranslator

        pseudo = PseudoLocaleTranslator(app)
        app.installTranslator(pseudo)
        installed.append(pseudo)
    return installed


def _report(stage: str) -> None:
    import resource

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{stage} peak_rss_kib={peak_kib}", flush=True)


def run_gui(database_url: str | None, kiosk: bool = False, quit_after_show: bool = False) -> int:
    """Open the main window and run until it closes; returns the exit code.

    With `quit_after_show` the app prints `shown` once the window is up,
    `ready` once the history is open and `usable` once the view on screen has
    painted what it read, then quits with code 0 (used by the start-up
    benchmarks and the packaged app's smoke test).
    """
    skip_source_scan()  # before the imports below, and every one after them
    from app.services.database import (
        DamagedDatabaseError,
        DatabaseUnreachableError,
        history_file,
        is_server_url,
        resolve_url,
    )
    from app.ui.shell.controller import AppController
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.messages import error_text
    from app.ui.shell.settings import UiSettings
    from app.ui.shell.theme import apply_theme

    url = resolve_url(database_url, os.environ)
    app = create_application()
    # One window per SQLite file; a gym's server takes every kiosk at once.
    instance = None if is_server_url(url) else SingleInstance(history_file(url))
    if instance is not None and not instance.acquire():
        _refuse_second_instance(instance, show_box=not quit_after_show)
    settings = UiSettings()
    apply_theme(app, settings.theme())
    window: QWidget
    # A kiosk may boot before the gym's server; it waits on a page of its own.
    wait_for_server: Callable[[str], None] | None = None
    controller: AppController
    if kiosk:
        from app.ui.kiosk.controller import KioskController
        from app.ui.kiosk.window import KioskWindow

        controller = KioskController(url)
        kiosk_window = KioskWindow(controller, settings)
        wait_for_server = kiosk_window.wait_for_server
        window = kiosk_window
        window.showFullScreen()
        if quit_after_show:
            QTimer.singleShot(0, lambda: _report("shown"))
    else:
        controller = AppController(url)
        main_window = MainWindow(controller, settings)
        if quit_after_show:
            main_window.first_painted.connect(lambda: _report("shown"))
        main_window.show()
        window = main_window
    if instance is not None:
        instance.raise_requested.connect(lambda: _bring_to_front(window))
    if not quit_after_show:
        controller.damage_found.connect(lambda error: recover_in_window(window, controller, error))

    def open_database() -> None:
        # The window shows first; the database (and SQLAlchemy) load right after,
        # so the app appears at once even with years of history.
        try:
            try:
                controller.open_database()
            except DamagedDatabaseError as error:
                if quit_after_show:
                    raise
                from app.ui.shell.damaged_dialog import recover_from_damage

                if not recover_from_damage(controller, error, window):
                    window.close()
                    return
        except LegworkError as error:
            if quit_after_show:
                print(f"legwork: {error}", file=sys.stderr)
                app.exit(1)
                return
            if wait_for_server is not None and isinstance(error, DatabaseUnreachableError):
                # Wait for the server and try again, never quit.
                from app.ui.kiosk.server_wait import RETRY_S

                wait_for_server(error_text(error))
                QTimer.singleShot(RETRY_S * 1000, open_database)
                return
            QMessageBox.critical(window, "Legwork cannot open your history", error_text(error))
            window.close()
            return
        if quit_after_show:
            _report("ready")
            # Painted now with what the view on screen read: the moment it is usable.
            window.repaint()
            _report("usable")
            window.close()
            return
        # After the first paint and the history: the once-a-day backup; on a large
        # history, after its check has found it sound (a backup of a damaged file
        # would be refused anyway, after seconds of copying).
        if controller.checking:
            controller.history_checked.connect(
                controller.backup_if_due, Qt.ConnectionType.SingleShotConnection)
        else:
            QTimer.singleShot(0, controller.backup_if_due)

    if isinstance(window, MainWindow):
        # The history opens once the views that act on its opening exist; the others
        # are built just after, so the view on screen draws it without waiting for them.
        window.when_ready_to_open(open_database)
    else:
        QTimer.singleShot(0, open_database)
    code = app.exec()
    # A file the import wizard was still reading when it was closed is read to the end first.
    from app.ui.history.import_jobs import wait_for_jobs
    from app.ui.shell.preload import wait_for_preloading

    wait_for_jobs(30_000)
    wait_for_preloading(30)
    controller.close()
    if instance is not None:
        instance.release()
    return code


def recover_in_window(window: QWidget, controller: "AppController",
                      error: "DamagedDatabaseError") -> None:
    """The check just after start found the history damaged: the start's dialog, over the
    window; quitting there closes it."""
    from app.ui.shell.damaged_dialog import recover_from_damage

    if not recover_from_damage(controller, error, window):
        window.close()


def _refuse_second_instance(instance: SingleInstance, *, show_box: bool) -> None:
    """Tell a second start that Legwork is open (the first window has been raised), or that
    a command is writing the file (no window answered)."""
    if instance.window_answered:
        title = "Legwork is already open"
        message = (
            f"Legwork is already open on {instance.database}; that window has been brought "
            "to the front. Two Legwork windows on one file could overwrite each other's sets."
        )
    else:
        title = "Legwork is busy with this file"
        message = (
            f"A legwork command is writing {instance.database} right now; start Legwork again "
            "when it has finished. Two programs writing one file could overwrite each other's sets."
        )
    if show_box:
        QMessageBox.information(None, title, message)
    raise DatabaseInUseError(message)


def _bring_to_front(window: QWidget) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
