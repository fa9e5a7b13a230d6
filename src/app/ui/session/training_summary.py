"""The start page's summary of the athlete's training: the week, the last session, today's advice.

A widget of its own beside the plan cards (`PlanPicker.set_summary`). The
figures come from `app.services.session_start`, which takes them from the
Progress cards; this only puts them into words. It reads the history when it
is on screen and something it shows has changed, never while a session runs.
"""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.dates import days_between, recent_day_text
from app.domain import preferences as prefs
from app.domain.adherence import TARGET_MAX, TARGET_MIN, WeekStatus
from app.domain.progression import AdviceKind, Change, LegStep
from app.domain.sides import Side
from app.domain.units import Unit, format_load
from app.services.changes import Changes
from app.services.session_start import PlannedExercise, StartSummary, start_summary, todays_plan
from app.ui.progress.advice_words import advice_sentences
from app.ui.shell.controller import AppController
from app.ui.shell.theme import LIGHT, Colours
from app.ui.shell.theme import side_word as leg_word

# A change to any of these redraws the summary; anything else leaves it alone.
_SHOWN_PREFERENCES = frozenset({prefs.UNIT, prefs.SYMMETRY_LINE, "body_mass"})


def _label(text: str = "", *, role: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


class TrainingSummary(QFrame):
    """This week against the 2–3 target, the last session and its symmetry, today's advice."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingSummary")
        self.setProperty("role", "card")
        # Keys stay with whatever the page gives them to; this only shows.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # As tall as its wrapped lines need at the width it is given, never less.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.controller = controller
        self.colours: Colours = LIGHT
        self.summary: StartSummary | None = None
        self._stale = True

        self.week_title = _label(self.tr("This week"), name="summaryHeading")
        self.week_count = _label(name="weekCount", wrap=False)
        self.week_marks = _label(name="weekMarks", wrap=False)
        self.week_note = _label(role="subtitle")
        self.last_title = _label(self.tr("Last session"), name="summaryHeading")
        self.last_when = _label(name="lastWhen")
        self.last_what = _label(role="subtitle")
        self.last_symmetry = _label()
        self.today_title = _label(name="summaryHeading")
        self.today_rows = QGridLayout()
        self.today_rows.setHorizontalSpacing(18)
        self.today_rows.setVerticalSpacing(8)
        self.today_rows.setColumnStretch(2, 1)
        self.column_headings = [_label(text, name="columnHeading", wrap=False)
                                for text in (self.tr("Exercise"), self.tr("Last time"),
                                             self.tr("Today"))]
        for column, heading in enumerate(self.column_headings):
            self.today_rows.addWidget(heading, 0, column)
        self.today_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        # With a block session due today, the block's card gives the doses; the plan's
        # advice beside it would be a second, different "today".
        self.block_today = False
        self.block_note = _label(self.tr(
            "Today's session comes from your training block: each leg's dose is on its card, "
            "worked out with the same rules."))
        self.block_note.setVisible(False)

        week = QVBoxLayout()
        week.setSpacing(2)
        for widget in (self.week_title, self.week_count, self.week_marks, self.week_note):
            week.addWidget(widget)
        week.addStretch(1)
        last = QVBoxLayout()
        last.setSpacing(2)
        for widget in (self.last_title, self.last_when, self.last_what, self.last_symmetry):
            last.addWidget(widget)
        last.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(28)
        top.addLayout(week, 2)
        top.addLayout(last, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.today_title)
        layout.addWidget(self.block_note)
        layout.addLayout(self.today_rows)

        controller.database_opened.connect(self.mark_stale)
        controller.athlete_changed.connect(self.mark_stale)
        controller.session_queue_changed.connect(self.mark_stale)
        controller.changed.connect(self._changed)

    # -- when to read --------------------------------------------------------

    def _changed(self, changes: object) -> None:
        assert isinstance(changes, Changes)
        if (changes.sessions or changes.athletes or changes.exercises or changes.plans
                or changes.preferences & _SHOWN_PREFERENCES):
            self.mark_stale()

    def mark_stale(self) -> None:
        """Something shown may have changed: read again now if on screen, else when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read what changed while the page was hidden (a session was being trained, say)."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Read the athlete's figures and redraw; without a history or athlete, show nothing."""
        controller = self.controller
        db, athlete = controller.db, controller.athlete
        self._stale = False
        if db is None or athlete is None:
            self.summary = None
            self.hide()
            return
        chosen = controller.preferences
        plan = todays_plan(db, athlete.id, controller.queued_plan())
        self.summary = start_summary(
            db, athlete.id, plan=plan, exercises=controller.exercises(), unit=chosen.unit,
            line=float(chosen.symmetry_line_percent), now=now or datetime.now(UTC))
        self.draw(self.summary, chosen.unit, now or datetime.now(UTC))

    # -- drawing -------------------------------------------------------------

    def set_colours(self, colours: Colours, detail_px: int) -> None:
        """Draw in a theme's colours, the type scaled with the page."""
        self.colours = colours
        c = colours
        body_px = max(13, detail_px - 3)
        self.setStyleSheet(
            f"QLabel {{ font-size: {body_px}px; }}"
            f"#summaryHeading {{ font-size: {body_px}px; font-weight: 700;"
            f" color: {c.muted}; text-transform: uppercase; letter-spacing: 1px; }}"
            f"#weekCount {{ font-size: {int(detail_px * 1.9)}px; font-weight: 700; }}"
            f"#weekMarks {{ font-size: {int(detail_px * 1.4)}px; color: {c.accent}; }}"
            f"#lastWhen {{ font-size: {int(detail_px * 1.1)}px; font-weight: 600; }}"
            f"#columnHeading {{ color: {c.muted}; font-size: {max(12, body_px - 2)}px; }}"
            f"#exerciseName {{ font-weight: 600; }}"
            f"QLabel[flagged=\"true\"] {{ color: {c.warning}; font-weight: 600; }}"
        )
        if self.summary is not None:
            self.draw(self.summary, self.controller.preferences.unit, datetime.now(UTC))

    def draw(self, summary: StartSummary, unit: Unit, now: datetime) -> None:
        """Put the summary into words."""
        self.show()
        self._draw_week(summary)
        self._draw_last(summary, now)
        self._draw_today(summary, unit)

    def _draw_week(self, summary: StartSummary) -> None:
        week = summary.week
        done = week.sessions
        self.week_count.setText(self.tr("{done} of {low}–{high}").format(
            done=done, low=TARGET_MIN, high=TARGET_MAX))
        marks = "●" * min(done, TARGET_MAX) + "○" * max(0, TARGET_MAX - done)
        self.week_marks.setText(marks + (f" +{done - TARGET_MAX}" if done > TARGET_MAX else ""))
        self.week_marks.setAccessibleName(self.tr("{done} sessions this week").format(done=done))
        end = week.week_start + timedelta(days=6)
        span = self.tr("Mon {first} to Sun {last}").format(
            first=f"{week.week_start.day} {week.week_start:%b}", last=f"{end.day} {end:%b}")
        if week.status is WeekStatus.ABOVE:
            note = self.tr("More than {high}: leave your legs time to recover for running.")
        elif week.status is WeekStatus.ON_TARGET:
            note = self.tr("On target for the week.")
        elif done == 0:
            note = self.tr("No session yet; {low} a week is enough to get stronger.")
        else:
            note = self.tr("One more reaches the target of {low}.")
        self.week_note.setText(f"{span}. " + note.format(low=TARGET_MIN, high=TARGET_MAX))

    def _draw_last(self, summary: StartSummary, now: datetime) -> None:
        last = summary.last
        if last is None:
            self.last_when.setText(self.tr("None yet"))
            self.last_what.setText(self.tr("Your first session sets where each leg starts."))
            self.last_symmetry.setText("")
            self.last_symmetry.hide()
            return
        info = last.info
        ago = days_between(info.started_at, now)
        when = (self.tr("today") if ago == 0 else self.tr("yesterday") if ago == 1
                else self.tr("{days} days ago").format(days=ago))
        self.last_when.setText(
            f"{info.started_at.astimezone():%a} {recent_day_text(info.started_at, now)} · {when}")
        self.last_what.setText(self.tr("{plan} · {count} side-sets").format(
            plan=info.plan_name, count=last.side_sets))
        compared, below = last.compared(), last.below_line()
        line = f"{summary.line:g}"
        if not compared:
            text = self.tr("Symmetry: no exercise had both legs to compare.")
        elif below:
            worst = below[0].result
            text = self.tr("Symmetry: {below} of {count} exercises below your {line} % line; "
                           "lowest {name} at {lsi} % ({side} leg weaker).").format(
                below=len(below), count=len(compared), line=line, name=below[0].name,
                lsi=int(worst.lsi or 0), side=leg_word(worst.weaker or Side.LEFT).lower())
        else:
            lowest = compared[0].result
            text = self.tr("Symmetry: all {count} exercises at or above your {line} % line "
                           "(lowest {lsi} %, {name}).").format(
                count=len(compared), line=line, lsi=int(lowest.lsi or 0),
                name=compared[0].name)
        self.last_symmetry.setText(text)
        self.last_symmetry.setProperty("flagged", bool(below))
        self.last_symmetry.style().unpolish(self.last_symmetry)
        self.last_symmetry.style().polish(self.last_symmetry)
        self.last_symmetry.show()

    def set_block_today(self, due: bool) -> None:
        """Whether a training block's session is due today (its card then gives the doses)."""
        self.block_today = due
        if self.summary is not None:
            self._draw_today(self.summary, self.controller.preferences.unit)

    def _draw_today(self, summary: StartSummary, unit: Unit) -> None:
        self.block_note.setVisible(self.block_today)
        for heading in self.column_headings:
            heading.setVisible(not self.block_today)
        if self.block_today:
            self.today_title.setText(self.tr("Today · your training block"))
            for labels in self.today_labels:
                for label in labels:
                    label.setVisible(False)
            return
        self.today_title.setText(self.tr("Today · {plan}").format(plan=summary.plan.name))
        while len(self.today_labels) > len(summary.exercises):
            for label in self.today_labels.pop():
                self.today_rows.removeWidget(label)
                label.deleteLater()
        while len(self.today_labels) < len(summary.exercises):
            row = len(self.today_labels) + 1
            labels = (_label(name="exerciseName"), _label(wrap=False), _label())
            for column, label in enumerate(labels):
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.today_rows.addWidget(label, row, column)
            self.today_labels.append(labels)
        for labels in self.today_labels:
            for label in labels:
                label.setVisible(True)
        for (name, symmetry, what), planned in zip(self.today_labels, summary.exercises,
                                                   strict=True):
            name.setText(planned.item.exercise_name)
            self._draw_symmetry(symmetry, summary, planned.item.exercise_id)
            what.setText(self.today_text(planned, unit))
            card = planned.card
            what.setToolTip(advice_sentences(card.advice, card.exercise, unit)
                            if card is not None else "")

    def _draw_symmetry(self, label: QLabel, summary: StartSummary, exercise_id: str) -> None:
        result = summary.last.of(exercise_id) if summary.last is not None else None
        if result is None or result.lsi is None:
            label.setText("–")
            label.setToolTip(result.reason if result is not None else
                             self.tr("Not in the last session"))
        else:
            weaker = (self.tr(", {side} weaker").format(side=leg_word(result.weaker).lower())
                      if result.weaker is not None else "")
            label.setText(f"{int(result.lsi)} %{weaker}")
            label.setToolTip(result.reason)
        label.setProperty("flagged", bool(result is not None and result.flagged))
        label.style().unpolish(label)
        label.style().polish(label)

    # -- words -----------------------------------------------------------------

    def today_text(self, planned: PlannedExercise, unit: Unit) -> str:
        """What to do on this exercise today, in a line: the Progress card's advice."""
        card, item = planned.card, planned.item
        if card is None or card.advice.kind is AdviceKind.NO_DATA or not card.advice.steps:
            reps = (f"{item.reps_max}" if item.reps_min == item.reps_max
                    else f"{item.reps_min}–{item.reps_max}")
            return self.tr("First time: {sets} × {reps} at {load}").format(
                sets=item.sets, reps=reps, load=format_load(item.load_kg, unit))
        advice = card.advice
        steps = advice.steps
        same = len({(s.level, s.load_kg, s.sets, s.reps) for s in steps}) == 1
        doses = (self._dose(steps[0], unit, level=False) if same
                 else " · ".join(f"{leg_word(s.side).capitalize()} {self._dose(s, unit)}"
                                 for s in steps))
        first = steps[0]
        if advice.kind is AdviceKind.BALANCE and advice.weaker is not None:
            lead = self.tr("{side} leg first, one extra set").format(
                side=leg_word(advice.weaker).capitalize())
        elif advice.kind is AdviceKind.LEVEL_UP and same:
            ladder = card.exercise.progressions
            lead = (self.tr("Up to level {level}, {rung}").format(
                level=first.level + 1, rung=ladder[first.level].name)
                if 0 <= first.level < len(ladder)
                else self.tr("Up to level {level}").format(level=first.level + 1))
        elif advice.kind is AdviceKind.ADD_LOAD and same:
            lead = self.tr("Heavier")
        elif advice.kind is AdviceKind.REPEAT:
            lead = self.tr("Same again to confirm")
        elif advice.kind in (AdviceKind.PER_LEG, AdviceKind.LEVEL_UP, AdviceKind.ADD_LOAD):
            lead = self.tr("Each leg its own step")
        else:
            lead = self.tr("Stay at level {level}").format(level=first.level + 1)
        return f"{lead}: {doses}"

    def _dose(self, step: LegStep, unit: Unit, *, level: bool = True) -> str:
        dose = self.tr("{sets} × {reps} at {load}").format(
            sets=step.sets, reps=step.reps, load=format_load(step.load_kg, unit))
        if level and step.change is Change.LEVEL_UP:
            return self.tr("level {level}, {dose}").format(level=step.level + 1, dose=dose)
        return dose
