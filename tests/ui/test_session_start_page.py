"""The session start page: the week, the last session and today's advice beside the plan cards."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.plan import BUILTIN_PLAN_NAME
from app.domain.sides import Side
from app.library import builtin_exercises
from app.services import plans
from app.services.changes import Changes
from app.storage.sessions import finish_session, record_set, start_session
from app.ui.shell.main_window import MainWindow
from tests.builders import SQUAT, set_entry


def train(controller, days_ago: float, *, left: int = 12, right: int = 12) -> None:
    """A finished session of the built-in plan's squat: three sets a leg, good form."""
    db, athlete = controller.require_db(), controller.require_athlete()
    started = datetime.now(UTC) - timedelta(days=days_ago)
    session_id = start_session(db, athlete.id, BUILTIN_PLAN_NAME, started_at=started)
    for n in range(6):
        side = Side.LEFT if n % 2 == 0 else Side.RIGHT
        entry = set_entry(SQUAT, side, set_number=n // 2 + 1, reps=left if n % 2 == 0 else right,
                          load_kg=0.0, rpe=7.0, form_knee=True, form_hips=True)
        record_set(db, session_id, entry.__class__(**{
            **vars(entry), "recorded_at": started + timedelta(minutes=n)}))
    finish_session(db, session_id, finished_at=started + timedelta(minutes=30))


def visible_in(widget: QWidget, page: QWidget) -> bool:
    """Whether all of `widget` is inside `page`'s visible rectangle."""
    top_left = widget.mapTo(page, widget.rect().topLeft())
    return page.rect().contains(QRect(top_left, widget.size()))


def clipped_labels(widget: QWidget) -> list[str]:
    """Word-wrapped labels given less height than their text needs."""
    return [label.text() for label in widget.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.text()
            and label.height() < label.heightForWidth(label.width())]


@pytest.fixture
def start_page(qtbot, window: MainWindow, controller):
    train(controller, 2, left=9)
    controller.publish(Changes(sessions=True))
    window.show_view("session")
    return window


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_the_start_page_shows_the_week_the_last_session_and_todays_advice(
    qtbot, start_page: MainWindow, width: int, height: int,
) -> None:
    window = start_page
    window.resize(width, height)
    qtbot.wait(10)
    view = window.session_view
    summary = view.training_summary
    assert summary is not None and summary.isVisible()
    assert summary.week_count.text() == "1 of 2–3"
    assert "One more reaches the target of 2." in summary.week_note.text()
    assert summary.last_when.text().endswith("· 2 days ago")
    assert "1 of 1 exercises below your 90 % line; lowest Single-leg squat at 75 % (left leg " \
        "weaker)" in summary.last_symmetry.text()
    names = [name.text() for name, _sym, _what in summary.today_labels]
    assert names == [item.exercise_name for item in plans.builtin().items]
    _name, symmetry, what = summary.today_labels[0]
    assert symmetry.text() == "75 %, left weaker"
    assert what.text().startswith("Left leg first, one extra set")
    assert all(w.text().startswith("First time: 3 × 8–12 at bodyweight")
               for _n, _s, w in summary.today_labels[1:])
    # Readable: nothing cut off, and the first plan's Start in full view beside or below.
    assert clipped_labels(summary) == []
    card = view.picker.card(BUILTIN_PLAN_NAME)
    assert visible_in(summary, view.picker) and visible_in(card.start_button, view.picker)
    summary_at = summary.mapTo(view.picker, summary.rect().topLeft())
    card_at = card.mapTo(view.picker, card.rect().topLeft())
    if width >= 1920:
        assert summary_at.x() > card_at.x() + card.width(), "beside the cards"
    else:
        assert summary_at.y() + summary.height() < card_at.y(), "above the cards"


def test_todays_advice_is_the_progress_cards_advice(qtbot, start_page: MainWindow) -> None:
    summary = start_page.session_view.training_summary
    _name, _sym, squat_today = summary.today_labels[0]
    start_page.show_view("progress")
    progress = start_page.progress_view
    qtbot.waitUntil(lambda: bool(progress.cards))
    squat_card = next(card for card in progress.cards if card.card.exercise.id == SQUAT)
    assert squat_today.toolTip() and squat_today.toolTip() == squat_card.toolTip()


def test_the_summary_counts_a_session_just_trained(
    qtbot, start_page: MainWindow, controller,
) -> None:
    summary = start_page.session_view.training_summary
    start_page.show_view("library")
    train(controller, 0)
    controller.publish(Changes(sessions=True))
    start_page.show_view("session")
    assert summary.week_count.text() == "2 of 2–3"
    assert summary.last_when.text().endswith("· today")
    assert "all 1 exercises at or above your 90 % line" in summary.last_symmetry.text()


def test_without_any_session_the_page_says_what_comes_first(
    qtbot, window: MainWindow,
) -> None:
    window.show_view("session")
    summary = window.session_view.training_summary
    assert summary.week_count.text() == "0 of 2–3"
    assert summary.last_when.text() == "None yet"
    assert len(summary.today_labels) == len(
        [e for e in builtin_exercises() if e.in_builtin_plan])
