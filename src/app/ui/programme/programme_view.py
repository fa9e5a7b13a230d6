"""The Programme view: the block's weeks as a grid, the next session's doses, and its actions.

Each week is a row; each session a cell that says its day and whether it is
planned, done, moved or missed, marks lighter weeks and the race taper, and
outlines today. A done session opens in History; any other shows its doses
(each leg's sets, reps, load and rung, and why) beside the grid.
"""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.dates import day_text
from app.domain.errors import LegworkError
from app.domain.programme.block import BlockStatus
from app.domain.programme.schedule import SessionStatus, days_text
from app.domain.sides import Side
from app.services import programme as service
from app.services.changes import Changes
from app.services.programme import BlockSession, Programme
from app.ui.programme.source import current_programme
from app.ui.programme.wording import dose_words, finding_words, hold_text, status_word
from app.ui.shell.controller import AppController
from app.ui.shell.messages import error_text
from app.ui.shell.settings import THEME_KEY, UiSettings
from app.ui.shell.theme import Colours, colours_for, side_word

_REDRAW_ON = ("programme", "sessions", "athletes", "exercises")
_MARKS = {SessionStatus.PLANNED: "○", SessionStatus.DONE: "✓", SessionStatus.MISSED: "✗",
          SessionStatus.MOVED: "→"}


class SessionCell(QPushButton):
    """One session in the grid: day, status, lighter or taper; today outlined."""

    def __init__(self, session: BlockSession, today: bool, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        lines = [f"{_MARKS[session.status]}  {session.day:%a} {session.day.day} {session.day:%b}"]
        detail = [status_word(session.status)]
        if session.status is SessionStatus.MOVED:
            detail = [self.tr("from {day}").format(
                day=f"{session.planned:%a} {session.planned.day}")]
        if session.taper:
            detail.append(self.tr("taper"))
        elif session.light:
            detail.append(self.tr("lighter"))
        lines.append(" · ".join(detail))
        if today:
            detail.append(self.tr("today"))
        if session.status is SessionStatus.MOVED:
            detail[0] = self.tr("moved from {day}").format(day=day_text(session.planned))
        self.setText("\n".join(lines))
        self.setMinimumHeight(54)
        self.setMinimumWidth(120)
        # Every column as wide as the others, whatever a cell's text asks for.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{day_text(session.day)}: {' · '.join(detail)}")
        action = (self.tr("Open this session in History") if session.status is
                  SessionStatus.DONE else self.tr("Show this session's doses"))
        self.setToolTip(f"{day_text(session.day)}: {' · '.join(detail)}\n{action}")
        fill = {SessionStatus.DONE: colours.accent, SessionStatus.MISSED: colours.surface,
                SessionStatus.MOVED: colours.surface, SessionStatus.PLANNED: colours.surface}
        ink = "#ffffff" if session.status is SessionStatus.DONE else colours.text
        border = colours.warning if session.status is SessionStatus.MISSED else colours.border
        width = 3 if today else 1
        if today:
            border = colours.text
        style = "dashed" if session.light else "solid"
        self.setStyleSheet(
            f"QPushButton {{ text-align: left; padding: 6px 10px; background: "
            f"{fill[session.status]}; color: {ink}; border: {width}px {style} {border}; "
            f"border-radius: 6px; }}"
            + (f"QPushButton {{ color: {colours.muted}; }}"
               if session.status is SessionStatus.MISSED else ""))


class ProgrammeView(QWidget):
    """The athlete's block: set up, the weeks grid, the next session, calendar and printing."""

    session_opened = Signal(int)
    """A done session was pressed: its training session id, to open in History."""
    start_requested = Signal(int)
    """Start this session of the block (its number) in the Session view."""
    calibration_requested = Signal()
    """Start the block's calibration session in the Session view."""

    def __init__(self, controller: AppController, settings: UiSettings, *,
                 tray_available: bool | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeView")
        self._controller = controller
        self._settings = settings
        self.colours = colours_for(settings.theme())
        self.shown: Programme | None = None
        self.selected: BlockSession | None = None
        self.cells: list[SessionCell] = []
        self._columns = 0
        self._stale = True

        self.title = QLabel(self.tr("Training block"))
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "subtitle")
        self.subtitle.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("Set up a block…"))
        self.setup_button.setProperty("role", "primary")
        self.setup_button.clicked.connect(self.set_up)
        self.setup_button.setToolTip(self.tr(
            "Choose your training days, the block's length and a race day; it takes a minute"))
        self.start_button = QPushButton(self.tr("Start today's session"))
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self._start_selected)
        self.start_button.setToolTip(self.tr(
            "Start the session shown on the right, each leg filled in with its own dose"))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        self.skip_calibration_button = QPushButton(self.tr("Skip calibration"))
        self.skip_calibration_button.setToolTip(self.tr(
            "Do without the calibration session: each leg starts where it stands now"))
        self.skip_calibration_button.clicked.connect(self.skip_calibration)
        head.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.skip_calibration_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)

        self.empty = QLabel(self.tr(
            "No training block yet.\nA block plans two or three single-leg sessions a week for "
            "8–10 weeks, prescribes each leg on its own from how its last sets went, moves a "
            "missed session for you, and eases off every fourth week and before a race."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "subtitle")

        self.legend = QLabel(self.tr(
            "○ planned   ✓ done   → moved   ✗ missed   dashed: lighter week or race taper   "
            "thick outline: today"))
        self.legend.setProperty("role", "subtitle")
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        grid_scroll = QScrollArea()
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid_scroll.setWidget(self.grid_box)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("cardTitle")
        title_font = self.detail_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.detail_title.setFont(title_font)
        self.detail_title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail)
        self.change_button = QPushButton(self.tr("Change values…"))
        self.change_button.setToolTip(self.tr(
            "Set your own sets, reps, load or rung for this session; kept as yours"))
        self.change_button.clicked.connect(self.change_values)
        detail_layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        # What the calibration session found (or that it is still to do), and why.
        self.found = QLabel()
        self.found.setObjectName("calibrationFound")
        self.found.setWordWrap(True)
        self.found.setTextFormat(Qt.TextFormat.RichText)
        self.found.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found.setContentsMargins(0, 12, 0, 0)
        detail_layout.addWidget(self.found)
        detail_layout.addStretch(1)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        detail_scroll.setWidget(detail_box)
        body = QHBoxLayout()
        body.addWidget(grid_scroll, 3)
        body.addWidget(detail_scroll, 2)

        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setToolTip(self.tr(
            "Save the sessions as a calendar file (.ics) for your phone or desktop calendar; "
            "importing a newer file updates the events"))
        self.calendar_button.clicked.connect(self.export_calendar)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The block on one page, with tick boxes"))
        self.print_button.clicked.connect(self.print_block)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.pause_button.setToolTip(self.tr(
            "Pause the block (no session is offered) or carry on; nothing logged changes"))
        self.stop_button = QPushButton(self.tr("Stop block…"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setToolTip(self.tr(
            "End the block; every session you logged stays in your history"))
        self.remind = QCheckBox(self.tr("Remind me on training days at"))
        self.remind_time = QTimeEdit()
        self.remind_time.setDisplayFormat("HH:mm")
        self.remind_time.setAccessibleName(self.tr("Reminder time"))
        self.remind_time.setToolTip(self.tr("When the reminder appears on a training day"))
        self.remind.setToolTip(self.tr(
            "While Legwork runs, a desktop note on each training day at this time"))
        on, at = settings.reminder()
        self.remind.setChecked(on)
        self.remind_time.setTime(self.remind_time.time().fromString(at, "HH:mm"))
        self.remind.toggled.connect(self._save_reminder)
        self.remind_time.timeChanged.connect(self._save_reminder)
        self.reminder_note = QLabel()
        self.reminder_note.setProperty("role", "subtitle")
        self.reminder_note.setWordWrap(True)
        if tray_available is None:
            from PySide6.QtWidgets import QSystemTrayIcon

            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        if not tray_available:
            self.reminder_note.setText(self.tr(
                "This desktop has no notification area: while Legwork is open, the reminder "
                "shows in its status bar instead."))
        actions = QHBoxLayout()
        actions.addWidget(self.remind)
        actions.addWidget(self.remind_time)
        actions.addStretch(1)
        for button in (self.calendar_button, self.print_button, self.pause_button,
                       self.stop_button):
            actions.addWidget(button)

        self.block_part = QWidget()
        block_layout = QVBoxLayout(self.block_part)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.addWidget(self.legend)
        block_layout.addLayout(body, 1)
        block_layout.addLayout(actions)
        block_layout.addWidget(self.reminder_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.block_part, 1)

        controller.athlete_changed.connect(self._mark_stale)
        controller.database_opened.connect(self._mark_stale)
        controller.changed.connect(self._changed)
        settings.notifier.changed.connect(self._setting_changed)
        self.refresh()

    # -- reading -------------------------------------------------------------

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and (
                any(getattr(changes, k) for k in _REDRAW_ON) or changes.preferences):
            self._mark_stale()

    def _setting_changed(self, key: str) -> None:
        if key == THEME_KEY:
            self.colours = colours_for(self._settings.theme())
            self._mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with what changed while another view was showing (and with the date)."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the block as it stands today and draw it."""
        self._stale = False
        self.show_programme(current_programme(self._controller))

    # -- drawing -------------------------------------------------------------

    def show_programme(self, shown: Programme | None) -> None:
        """Draw a block (or the empty page for None)."""
        self.shown = shown
        has_block = shown is not None
        self.empty.setVisible(not has_block)
        self.block_part.setVisible(has_block)
        self.setup_button.setVisible(not has_block)
        self._clear_grid()
        self.skip_calibration_button.setVisible(
            shown is not None and shown.block.calibration_due)
        if shown is None:
            self.subtitle.setText(self.tr("Plan your next 8–10 weeks of single-leg strength."))
            self.start_button.setVisible(False)
            return
        spec = shown.block.spec
        paused = shown.block.status is BlockStatus.PAUSED
        parts = [self.tr("{plan} · {weeks} weeks from {start} · {days}").format(
            plan=shown.block.plan.name, weeks=spec.weeks, start=day_text(spec.start),
            days=days_text(spec.days).replace(",", ", "))]
        if spec.race is not None:
            parts.append(self.tr("race {day}").format(day=day_text(spec.race)))
        if paused:
            parts.append(self.tr("paused"))
        self.subtitle.setText(" · ".join(parts))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        rows: dict[int, list[BlockSession]] = {}
        for session in shown.sessions:
            rows.setdefault(session.week, []).append(session)
        for row, (week, sessions) in enumerate(sorted(rows.items())):
            label = QLabel(self.tr("Week {week}").format(week=week))
            label.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(label, row, 0)
            for column, session in enumerate(sessions, start=1):
                cell = SessionCell(session, session.day == shown.today, self.colours)
                cell.clicked.connect(lambda _=False, s=session: self.press(s))
                self.grid.addWidget(cell, row, column)
                self.cells.append(cell)
        columns = max((len(s) for s in rows.values()), default=1)
        for column in range(1, 1 + max(columns, self._columns)):
            self.grid.setColumnStretch(column, 1 if column <= columns else 0)
        self._columns = columns
        self.grid.setRowStretch(len(rows), 1)
        upcoming = shown.next
        self.selected = upcoming
        self._show_detail(upcoming)

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cells = []

    def _show_detail(self, session: BlockSession | None) -> None:
        shown = self.shown
        paused = shown is not None and shown.block.status is BlockStatus.PAUSED
        if session is None or shown is None:
            self.detail_title.setText(self.tr("Every session of the block is done or past."))
            self.detail.setText("")
            self.found.setText("" if shown is None else self._found_html(shown))
            self.start_button.setVisible(False)
            self.change_button.setVisible(False)
            return
        when = day_text(session.day)
        if session.day == shown.today:
            when = self.tr("Today, {day}").format(day=when)
        kind = (self.tr("race taper") if session.taper else
                self.tr("lighter week") if session.light else "")
        self.detail_title.setText(self.tr("{when} · week {week}{kind}").format(
            when=when, week=session.week, kind=f" · {kind}" if kind else ""))
        self.detail.setText(self._doses_html(session))
        self.found.setText(self._found_html(shown))
        self.start_button.setVisible(session.open and not paused)
        self.change_button.setVisible(session.open)
        if shown.block.calibration_due:
            self.start_button.setText(self.tr("Start the calibration session"))
            self.start_button.setToolTip(self.tr(
                "First find where each leg starts: one set per leg on each rung, until a set "
                "fails"))
            return
        self.start_button.setText(self.tr("Start today's session") if session.day == shown.today
                                  else self.tr("Start this session now"))
        self.start_button.setToolTip(self.tr(
            "Start the session shown on the right, each leg filled in with its own dose"))

    def _doses_html(self, session: BlockSession) -> str:
        unit = self._controller.preferences.unit
        c = self.colours
        parts = []
        if session.gap:
            parts.append(f"<p style='color:{c.warning}'>{hold_text_gap()}</p>")
        for item in session.items:
            rows = []
            sides = (Side.LEFT, Side.RIGHT) if item.unilateral else (Side.BOTH,)
            order = sorted(sides, key=lambda s: s is not item.first)
            for side in order:
                first = f" · {self.tr('first')}" if side is item.first else ""
                own = f" · {self.tr('your values')}" if side in item.own else ""
                rows.append(f"<span style='color:{c.side(side)}'><b>{side_word(side)}</b></span>"
                            f" {dose_words(item.leg(side), unit)}{first}{own}")
            why = ""
            exercise = self._controller.exercise(item.exercise_id)
            if item.held is not None and item.held.value != "gap":
                why = hold_text(item.held)
            elif item.advice is not None and exercise is not None and session.open:
                from app.ui.progress.advice_words import advice_sentences

                why = advice_sentences(item.advice, exercise, unit)
            why_html = f"<br><span style='color:{c.muted}'>{why}</span>" if why else ""
            parts.append(f"<p><b>{item.exercise_name}</b><br>{'<br>'.join(rows)}{why_html}</p>")
        return "".join(parts)

    def _found_html(self, shown: Programme) -> str:
        """The calibration session's findings per exercise and leg, or that it is still due."""
        c = self.colours
        if shown.block.calibration_due:
            return (f"<p><b style='color:{c.accent}'>{self.tr('Calibration session first')}"
                    f"</b><br>" + self.tr(
                        "Your first session finds where each leg starts: one set per leg on "
                        "each rung, from the first, until a set falls short of {reps} reps or "
                        "breaks form. Until then, each leg is shown where it stands now."
                    ).format(reps=shown.template.phases[0].reps_min) + "</p>")
        if not shown.found:
            return ""
        unit = self._controller.preferences.unit
        parts = [f"<p><b>{self.tr('Where each leg started: found by calibration')}</b></p>"]
        for exercise_id, legs in shown.found.items():
            exercise = self._controller.exercise(exercise_id)
            name = exercise.name if exercise is not None else exercise_id
            rows = [f"<span style='color:{c.side(side)}'><b>{side_word(side)}</b></span>: "
                    f"{finding_words(leg, unit)}" for side, leg in legs.items()]
            parts.append(f"<p><b>{name}</b><br>{'<br>'.join(rows)}</p>")
        return "".join(parts)

    # -- actions -------------------------------------------------------------

    def press(self, session: BlockSession) -> None:
        """A cell was pressed: a done session opens in History, any other shows its doses."""
        if session.status is SessionStatus.DONE and session.training_session_id is not None:
            self.session_opened.emit(session.training_session_id)
            return
        self.selected = session
        self._show_detail(session)

    def _start_selected(self) -> None:
        if self.shown is not None and self.shown.block.calibration_due:
            self.calibration_requested.emit()
        elif self.selected is not None:
            self.start_requested.emit(self.selected.number)

    def change_values(self) -> None:
        """Let the athlete set their own values for the selected session."""
        from app.ui.programme.own_values_dialog import OwnValuesDialog

        session = self.selected
        if session is None or not session.open:
            return
        db, athlete = self._controller.require_db(), self._controller.require_athlete()
        dialog = OwnValuesDialog(
            session, self._controller.preferences.unit,
            lambda values: self._controller.apply(service.set_own_values(
                db, athlete.id, session.number, values, service.local_today())), self)
        dialog.exec()
        dialog.deleteLater()
        if self.shown is not None:
            chosen = next((s for s in self.shown.sessions if s.number == session.number), None)
            self.selected = chosen
            self._show_detail(chosen)

    def set_up(self) -> None:
        """Open the set-up wizard."""
        from app.ui.programme.wizard import BlockWizard

        wizard = BlockWizard(self._controller, self)
        if wizard.exec() and wizard.started:
            self._controller.status_message.emit(self.tr("Your training block has started."))
        wizard.deleteLater()

    def _try(self, action: object) -> bool:
        assert callable(action)
        try:
            action()
        except LegworkError as error:
            QMessageBox.warning(self, self.tr("Training block"), error_text(error))
            return False
        return True

    def skip_calibration(self) -> None:
        """Do without the calibration session; each leg keeps the start it has."""
        db, athlete = self._controller.require_db(), self._controller.require_athlete()
        self._try(lambda: self._controller.apply(service.skip_calibration(db, athlete.id)))

    def toggle_pause(self) -> None:
        """Pause the block, or resume it."""
        db, athlete = self._controller.require_db(), self._controller.require_athlete()
        paused = self.shown is not None and self.shown.block.status is BlockStatus.PAUSED
        call = service.resume_block if paused else service.pause_block
        self._try(lambda: self._controller.apply(call(db, athlete.id)))

    def stop(self) -> None:
        """Stop the block after asking; everything logged stays."""
        answer = QMessageBox.question(
            self, self.tr("Stop the block?"),
            self.tr("Stop your training block? Every session you logged stays in your history; "
                    "you can start a new block at any time."))
        if answer == QMessageBox.StandardButton.Yes:
            db, athlete = self._controller.require_db(), self._controller.require_athlete()
            self._try(lambda: self._controller.apply(service.stop_block(db, athlete.id)))

    def export_calendar(self, path: str | None = None) -> None:
        """Save the block's sessions as an .ics file (asks where, unless given a path)."""
        from app.files import written_whole
        from app.services.programme_calendar import calendar_bytes

        if self.shown is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Add to calendar"), str(Path.home() / "legwork-block.ics"),
                self.tr("Calendar files (*.ics)"))
            if not path:
                return
        _on, at = self._settings.reminder()
        hours, minutes = (int(x) for x in at.split(":"))
        from datetime import time

        data = calendar_bytes(self.shown, at=time(hours, minutes),
                              unit=self._controller.preferences.unit)
        try:
            with written_whole(Path(path)) as temp:
                temp.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))
            return
        self._controller.status_message.emit(self.tr(
            "Saved {file}: open it with your calendar to add the sessions.").format(file=path))

    def print_block(self) -> None:
        """Preview the programme sheet, to print or save as PDF."""
        from app.ui.programme.printing import preview_programme

        if self.shown is not None and self._controller.athlete is not None:
            preview_programme(self.shown, self._controller.athlete.name,
                              self._controller.preferences.unit, self)

    def _save_reminder(self) -> None:
        self._settings.set_reminder(self.remind.isChecked(),
                                    self.remind_time.time().toString("HH:mm"))


def hold_text_gap() -> str:
    """The two-week gap, said once above the doses."""
    from app.domain.programme.prescription import Hold

    return hold_text(Hold.GAP)

