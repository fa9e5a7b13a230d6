"""Legwork's main window: navigation between the views, menus, status bar."""

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import moment_text
from app.domain.errors import LegworkError, ValidationError
from app.services.changes import Changes
from app.ui.library.custom_exercise_dialog import CustomExerciseDialog
from app.ui.library.library_view import LibraryView
from app.ui.shell.about_dialog import AboutDialog
from app.ui.shell.caution_banner import CautionBanner
from app.ui.shell.controller import EVERYTHING, AppController
from app.ui.shell.messages import error_text
from app.ui.shell.preload import start_preloading
from app.ui.shell.settings import THEME_KEY, UiSettings
from app.ui.shell.settings_dialog import SettingsDialog
from app.ui.shell.theme import ThemeChoice, apply_theme, colours_for
from app.ui.shell.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.ui.assessments.assessments_view import AssessmentsView
    from app.ui.history.history_view import HistoryView
    from app.ui.history.import_wizard import ImportWizard
    from app.ui.kiosk.window import KioskWindow
    from app.ui.programme.programme_view import ProgrammeView
    from app.ui.programme.reminder import Reminder
    from app.ui.progress.progress_view import ProgressView
    from app.ui.session.session_view import SessionView

VIEW_KEYS = ("library", "session", "progress", "history", "programme", "assessments")
_DRAW_CHARTS = ("progress",)
"""Views that draw pyqtgraph charts as soon as they show the history."""
# Marked for translation here, translated where shown (`MainWindow.tr`).
VIEW_TITLES = {
    "library": QT_TRANSLATE_NOOP("MainWindow", "Library"),
    "session": QT_TRANSLATE_NOOP("MainWindow", "Session"),
    "progress": QT_TRANSLATE_NOOP("MainWindow", "Progress"),
    "history": QT_TRANSLATE_NOOP("MainWindow", "History"),
    "programme": QT_TRANSLATE_NOOP("MainWindow", "Programme"),
    "assessments": QT_TRANSLATE_NOOP("MainWindow", "Assessments"),
}
# Ctrl+<number> shows a view.
VIEW_NUMBERS = {
    "library": 1, "session": 2, "progress": 3, "history": 4, "programme": 5, "assessments": 6,
}


class MainWindow(QMainWindow):
    """One window, four views; remembers its size, place, view and theme.

    Only the view on show is built before the first paint; the others are built
    right after it (or on first use), so the window appears at once.
    """

    view_changed = Signal(str)
    theme_changed = Signal(str)
    first_painted = Signal()

    def __init__(
        self, controller: AppController, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        # The app's name is a brand and stays as it is in every language.
        self.setWindowTitle("Legwork")
        self.setMinimumSize(960, 640)
        self.actions_by_name: dict[str, QAction] = {}

        # The kiosk window while View → Kiosk mode is on (kept here so it stays alive).
        self.kiosk_window: KioskWindow | None = None
        self.import_wizard: ImportWizard | None = None
        self.undo_stack = QUndoStack(self)
        self.views: dict[str, QWidget] = {}
        self._painted = False
        self._after_views: list[Callable[[], None]] = []
        self._before_open: list[Callable[[], None]] = []
        self._ready_to_open = False
        self.stack = QStackedWidget()
        for _key in VIEW_KEYS:
            self.stack.addWidget(QWidget())  # stands in until the view is built
        self.nav_buttons: dict[str, QToolButton] = {}
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_nav())
        main = QVBoxLayout()
        main.setSpacing(0)
        self.caution: CautionBanner | None = None
        if not settings.caution_seen():
            # First start: pain is a reason to stop; after an injury a physiotherapist decides.
            self.caution = CautionBanner()
            self.caution.apply_colours(colours_for(settings.theme()))
            self.caution.acknowledged.connect(settings.set_caution_seen)
            main.addWidget(self.caution)
        main.addWidget(self.stack, 1)
        layout.addLayout(main, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.athlete_label = QLabel()
        self.statusBar().addPermanentWidget(self.athlete_label)
        controller.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        controller.athlete_changed.connect(self._show_athlete)
        self._resume_unoffered = False
        controller.athlete_changed.connect(self._note_unheard_athlete_change)
        controller.changed.connect(self._changed)
        controller.database_opened.connect(self._carry_over_preferences)
        self.reminder: Reminder | None = None
        controller.database_opened.connect(self._start_reminder)
        self._show_athlete()
        settings.notifier.changed.connect(self._setting_changed)
        self._restore()

    def view(self, key: str) -> QWidget:
        """The view for a key, built the first time it is asked for."""
        if key not in self.views:
            widget = self._make_view(key)
            index = VIEW_KEYS.index(key)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self.views[key] = widget
        return self.views[key]

    def _make_view(self, key: str) -> QWidget:
        # Imported here: each view's modules load only when the view is built.
        if key == "session":
            from app.ui.session.session_view import SessionView

            session = SessionView(self.controller, self.settings)
            session.session_started.connect(lambda: self.show_view("session"))
            if self._resume_unoffered:
                # Built after the history opened (or the athlete changed), so it did not
                # hear it: it offers to resume a session a crash left unfinished now.
                self._resume_unoffered = False
                QTimer.singleShot(0, lambda: self._offer_resume(session))
            return session
        if key == "progress":
            from app.ui.progress.progress_view import ProgressView

            progress = ProgressView(self.controller, self.settings)
            progress.start_session_requested.connect(lambda: self.show_view("session"))
            progress.assessments_requested.connect(lambda: self.show_view("assessments"))
            return progress
        if key == "history":
            from app.ui.history.history_view import HistoryView

            return HistoryView(self.controller, self.settings, undo_stack=self.undo_stack)
        if key == "programme":
            from app.ui.programme.programme_view import ProgrammeView

            programme = ProgrammeView(self.controller, self.settings)
            programme.session_opened.connect(self.open_in_history)
            programme.start_requested.connect(self.start_block_session)
            programme.calibration_requested.connect(self.session_view.start_calibration_session)
            return programme
        if key == "assessments":
            from app.ui.assessments.assessments_view import AssessmentsView

            return AssessmentsView(self.controller, self.settings)
        library = LibraryView(self.controller)
        library.new_exercise_requested.connect(self.add_custom_exercise)
        return library

    def _note_unheard_athlete_change(self) -> None:
        # The Session view offers to resume on `athlete_changed`; one not built yet
        # (it is built just after the opening) makes that offer once it is.
        if "session" not in self.views:
            self._resume_unoffered = True

    def _offer_resume(self, session: "SessionView") -> None:
        # Not over a window that has closed meanwhile (`--quit-after-show`, a quick quit).
        if self.isVisible():
            session.offer_resume()

    @property
    def library_view(self) -> LibraryView:
        """The Library view."""
        return cast(LibraryView, self.view("library"))

    @property
    def session_view(self) -> "SessionView":
        """The Session view."""
        return cast("SessionView", self.view("session"))

    @property
    def progress_view(self) -> "ProgressView":
        """The Progress view."""
        return cast("ProgressView", self.view("progress"))

    @property
    def history_view(self) -> "HistoryView":
        """The History view."""
        return cast("HistoryView", self.view("history"))

    @property
    def programme_view(self) -> "ProgrammeView":
        """The Programme view (the training block)."""
        return cast("ProgrammeView", self.view("programme"))

    def open_in_history(self, session_id: int) -> None:
        """Show one recorded session in History, whatever its filters were."""
        history = self.history_view
        history.session_list.show_all()
        history.refresh()
        history.select_session(session_id)
        self.show_view("history")

    def start_block_session(self, number: int) -> None:
        """Start a session of the training block in the Session view."""
        self.session_view.start_block_session(number)

    def _start_reminder(self) -> None:
        # Desktop only: the kiosk window never makes one, and it is suspended while
        # this window hands the screen to the kiosk.
        from app.ui.programme.reminder import Reminder
        from app.ui.programme.source import current_programme

        self.reminder = Reminder(self.settings, lambda day: current_programme(self.controller, day),
                                 icon=self.windowIcon(), parent=self)
        self.reminder.reminded.connect(lambda text: self.statusBar().showMessage(text, 0))

    @property
    def assessments_view(self) -> "AssessmentsView":
        """The Assessments view (the per-leg test battery)."""
        return cast("AssessmentsView", self.view("assessments"))

    def when_views_ready(self, callback: Callable[[], None]) -> None:
        """Run `callback` once every view exists: after the first paint, or at once."""
        if len(self.views) == len(VIEW_KEYS):
            callback()
        else:
            self._after_views.append(callback)

    def when_ready_to_open(self, callback: Callable[[], None]) -> None:
        """Run `callback` (opening the history) once the views that act on the opening
        exist: just after the first paint, or at once if that has passed."""
        if self._ready_to_open:
            callback()
        else:
            self._before_open.append(callback)

    def _focus_current_view(self) -> None:
        # Start typing where the work is (the library's search box, say), not on
        # the nav, whose focus frame would look like a second selected view.
        view = self.stack.currentWidget()
        if view is None:
            return
        widget = view.nextInFocusChain()
        while widget is not view and widget is not None:
            if (view.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _open_after_first_paint(self) -> None:
        self._ready_to_open = True
        callbacks, self._before_open = self._before_open, []
        for callback in callbacks:
            callback()
        # Only the view on screen exists while the history opens. The others are built
        # in the next turn, after it has drawn the history; each reads the open history
        # when built (the Session view then offers to resume an unfinished session).
        QTimer.singleShot(0, self._build_remaining_views)

    def _build_remaining_views(self) -> None:
        for key in VIEW_KEYS:
            self.view(key)
        callbacks, self._after_views = self._after_views, []
        for callback in callbacks:
            callback()
        if self.isVisible():
            start_preloading()

    def paintEvent(self, event: QPaintEvent) -> None:
        """On the first paint, say so; the other views are built in the next loop turns."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._focus_current_view()
            self.first_painted.emit()
            if self.current_view() in _DRAW_CHARTS:
                # The view on screen imports the charting libraries anyway; on a thread
                # part of that overlaps the history's opening. For any other view the
                # thread only took the interpreter lock from it (0.3 s later on two
                # cores), so there the thread waits until every view is built.
                start_preloading()
            QTimer.singleShot(0, self._open_after_first_paint)

    def _build_nav(self) -> QWidget:
        nav = QFrame()
        nav.setObjectName("navBar")
        column = QVBoxLayout(nav)
        column.setContentsMargins(0, 0, 0, 12)
        column.setSpacing(2)
        brand = QLabel("Legwork")
        brand.setObjectName("brand")
        column.addWidget(brand)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key in VIEW_KEYS:
            number = VIEW_NUMBERS[key]
            button = QToolButton()
            title = self.tr(VIEW_TITLES[key])
            button.setText(title)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setToolTip(self.tr("{view} (Ctrl+{number})").format(view=title, number=number))
            button.setAccessibleName(title)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding,
                                 button.sizePolicy().verticalPolicy())
            button.clicked.connect(lambda _=False, k=key: self.show_view(k))
            group.addButton(button)
            self.nav_buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        return nav

    def _action(
        self, menu: QMenu, name: str, text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object, tip: str,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, "new_session", self.tr("&New session"),
                     QKeySequence.StandardKey.New, self.new_session,
                     self.tr("Start a session with your plan"))
        file_menu.addSeparator()
        self._action(file_menu, "print_sheet", self.tr("&Print session sheet…"), "Ctrl+P",
                     self.print_sheet, self.tr("Print a sheet to fill in at the gym"))
        self._action(file_menu, "export", self.tr("&Export…"), "Ctrl+E", self.export_history,
                     self.tr("Save your history as a CSV or JSON file"))
        self._action(file_menu, "import", self.tr("&Import…"), "Ctrl+I", self.import_history,
                     self.tr("Bring in history from Strong, Hevy, FitNotes, Liftosaur or a "
                             "Legwork export"))
        self._action(file_menu, "backup", self.tr("&Back up now"), "Ctrl+B", self.back_up_now,
                     self.tr("Make a checked copy of your history in the backups folder"))
        self._action(file_menu, "restore", self.tr("&Restore from backup…"), None,
                     self.restore_from_backup, self.tr("Bring back your history from a backup"))
        file_menu.addSeparator()
        preferences = self._action(file_menu, "preferences", self.tr("Pre&ferences…"), "Ctrl+,",
                                   self.show_preferences,
                                   self.tr("Units, rest times, sounds and voice, theme"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._action(file_menu, "quit", self.tr("&Quit"), "Ctrl+Q", self.close,
                     self.tr("Close Legwork"))

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo_stack = self.undo_stack
        for name, action, keys in (
            ("undo", undo_stack.createUndoAction(self, self.tr("&Undo")), ("Ctrl+Z",)),
            ("redo", undo_stack.createRedoAction(self, self.tr("&Redo")),
             ("Ctrl+Shift+Z", "Ctrl+Y")),
        ):
            action.setShortcuts([QKeySequence(key) for key in keys])
            edit_menu.addAction(action)
            self.actions_by_name[name] = action
        edit_menu.addSeparator()
        self._action(edit_menu, "rename_athlete", self.tr("Re&name athlete…"), None,
                     self.rename_athlete, self.tr("Change the name your history is kept under"))

        view_menu = bar.addMenu(self.tr("&View"))
        for key in VIEW_KEYS:
            title = self.tr(VIEW_TITLES[key])
            self._action(view_menu, f"view_{key}", title, f"Ctrl+{VIEW_NUMBERS[key]}",
                         lambda _=False, k=key: self.show_view(k),
                         self.tr("Show {view}").format(view=title))
        view_menu.addSeparator()
        self._action(view_menu, "kiosk", self.tr("&Kiosk mode"), "Ctrl+Shift+K",
                     self.open_kiosk, self.tr("Full-screen mode for a shared gym screen"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        themes = QActionGroup(self)
        for choice, label, tip in (
            (ThemeChoice.SYSTEM, self.tr("&System"), self.tr("Follow the desktop's colour scheme")),
            (ThemeChoice.LIGHT, self.tr("&Light"), self.tr("Use the light colour scheme")),
            (ThemeChoice.DARK, self.tr("&Dark"), self.tr("Use the dark colour scheme")),
        ):
            action = self._action(theme_menu, f"theme_{choice.value}", label, None,
                                  lambda _=False, c=choice: self.set_theme(c), tip)
            action.setCheckable(True)
            themes.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, "about", self.tr("&About Legwork"),
                     QKeySequence.StandardKey.HelpContents, self.show_about,
                     self.tr("Version and the research behind the programme"))

    def open_kiosk(self) -> None:
        """View → Kiosk mode: after the admin PIN, the full-screen kiosk takes over.

        The kiosk shares this window's open history; this window hides and comes
        back when the admin leaves kiosk mode. Nothing happens before the
        history is open.
        """
        from app.ui.kiosk.controller import KioskController
        from app.ui.kiosk.window import KioskWindow

        if self.controller.db is None:
            return
        if self.controller.checking:
            # The kiosk would keep the history open even if the check then found it damaged.
            self.statusBar().showMessage(self.tr(
                "Legwork is still checking your history; try Kiosk mode again in a moment."),
                8000)
            return
        controller = KioskController(self.controller.database_url)
        controller.adopt_database(self.controller)
        kiosk = KioskWindow(controller, self.settings, entry_pin=True)

        if self.reminder is not None:
            self.reminder.suspended = True

        def back() -> None:
            if self.reminder is not None:
                self.reminder.suspended = False
            self.show()
            # What happened on the kiosk (sessions, athletes added or deleted, an athlete's
            # own preferences) belongs in this window's views too.
            self.controller.publish(EVERYTHING)

        kiosk.left_kiosk.connect(back)
        self.kiosk_window = kiosk
        self.hide()
        kiosk.showFullScreen()
        kiosk.start()

    def export_history(self) -> None:
        """File → Export…: the current athlete's history to a CSV or JSON file."""
        from app.ui.history.history_files import ask_export

        ask_export(self.controller, self)

    def import_history(self) -> None:
        """File → Import…: the import wizard, over this window (which stays live behind it)."""
        from app.ui.history.import_wizard import ImportWizard

        if self.controller.db is None:
            return
        wizard = ImportWizard(self.controller, colours_for(self.settings.theme()), self)
        wizard.finished.connect(self._import_wizard_closed)
        self.import_wizard = wizard
        wizard.open()

    def _import_wizard_closed(self) -> None:
        # A closed wizard goes at once: one left hidden crashes Qt when the theme changes.
        # A read it left running still reports, to an object that no longer listens.
        if self.import_wizard is not None:
            self.import_wizard.deleteLater()
        self.import_wizard = None

    def current_view(self) -> str:
        """Key of the view on show."""
        current = self.stack.currentWidget()
        return next((k for k, w in self.views.items() if w is current), "library")

    def show_view(self, key: str) -> None:
        """Switch to a view by key: "library", "session", "progress", "history", "programme"
        or "assessments"."""
        if key not in VIEW_KEYS:
            key = "library"
        self.stack.setCurrentWidget(self.view(key))
        self.nav_buttons[key].setChecked(True)
        self.settings.set_last_view(key)
        self.view_changed.emit(key)

    def set_theme(self, choice: ThemeChoice) -> None:
        """Remember a theme choice; `_setting_changed` applies it."""
        self.settings.set_theme(choice)

    def _apply_theme(self, choice: ThemeChoice) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, choice)
        if self.caution is not None:
            self.caution.apply_colours(colours_for(choice))
        self.actions_by_name[f"theme_{choice.value}"].setChecked(True)
        self.theme_changed.emit(choice.value)

    def _setting_changed(self, key: str) -> None:
        # One road for every display preference, whether written from the menu or
        # the dialog: apply what the window owns, then tell the views.
        if key == THEME_KEY:
            self._apply_theme(self.settings.theme())
        self.controller.publish(Changes(preferences=frozenset({key})))

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.athletes:
            self._show_athlete()

    def _carry_over_preferences(self) -> None:
        # Versions before per-athlete preferences kept them on the computer: the
        # home athlete takes them over, once.
        if self.controller.carry_over_preferences(self.settings.legacy_training_preferences()):
            self.settings.forget_legacy_training_preferences()

    def show_preferences(self, *, admin: bool = False) -> None:
        """Open File → Preferences; `admin` unlocks the gym admin's kiosk settings."""
        SettingsDialog(self.settings, self.controller, admin=admin, parent=self).exec()

    def new_session(self) -> None:
        """File → New session: the plan picker, or the session already under way."""
        self.session_view.show_live()
        self.show_view("session")

    def show_about(self) -> None:
        """Open Help → About."""
        AboutDialog(self).exec()

    def print_sheet(self) -> None:
        """File → Print session sheet…: a preview to print or save as PDF.

        It prints what is in front of the athlete: the summary of the session
        open in History, else the plan of the session under way, else the
        built-in plan.
        """
        # Imported here: Qt's print support is only loaded when someone prints.
        from app.ui.shell.print_preview import SheetPreview, plan_sheet, session_sheet

        history = self.views.get("history")
        session = self.views.get("session")
        opened = self.history_view.current_session_id() if history is not None else None
        try:
            if self.current_view() == "history" and opened is not None:
                sheet = session_sheet(self.controller, opened)
            elif session is not None and self.session_view.session is not None:
                sheet = plan_sheet(self.controller, self.session_view.session.plan)
            else:
                sheet = plan_sheet(self.controller)
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Cannot print"), error_text(error))
            return
        SheetPreview(sheet, self).exec()

    def back_up_now(self) -> None:
        """File → Back up now: a checked backup, reported in the status bar."""
        if self.controller.on_server:
            QMessageBox.information(self, self.tr("Backups on the gym's server"), self.tr(
                "This history is on the gym's PostgreSQL server, which keeps its own backups. "
                "To take a copy home, run `legwork backup -o FILE` on this computer."))
            return
        try:
            self.controller.back_up_now()
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(error))

    def restore_from_backup(self) -> None:
        """File → Restore from backup…: choose, confirm, restore and reopen."""
        from app.ui.shell.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.controller.backups(), self)
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        if chosen is None:
            return
        try:
            self.controller.restore_backup(chosen.path)
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Restore failed"), error_text(error))
            return
        self.controller.status_message.emit(
            self.tr("Restored your history from {time}.").format(
                time=moment_text(chosen.created_at))
        )

    def add_custom_exercise(self) -> None:
        """Ask for a new exercise and add it to the library."""
        dialog = CustomExerciseDialog((e.id for e in self.controller.exercises()), self)
        if dialog.exec() and dialog.exercise is not None:
            self.controller.add_custom_exercise(dialog.exercise)
            self.library_view.select(dialog.exercise.id)

    def rename_athlete(self) -> None:
        """Edit → Rename athlete…: ask for the new name until it is accepted or cancelled."""
        from PySide6.QtWidgets import QInputDialog

        athlete = self.controller.athlete
        if athlete is None:
            return
        name, prompt = athlete.name, self.tr("Your name, as it appears on sheets and exports:")
        while True:
            name, ok = QInputDialog.getText(self, self.tr("Rename athlete"), prompt, text=name)
            if not ok:
                return
            try:
                self.controller.rename_athlete(name)
                return
            except ValidationError as error:
                prompt = self.tr("{problem}\nTry another name:").format(problem=error_text(error))

    def _show_athlete(self) -> None:
        athlete = self.controller.athlete
        self.athlete_label.setText(
            self.tr("Athlete: {name}").format(name=athlete.name) if athlete else "")

    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.actions_by_name[f"theme_{self.settings.theme().value}"].setChecked(True)
        self.show_view(self.settings.last_view())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember size, position and view before the window goes."""
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
