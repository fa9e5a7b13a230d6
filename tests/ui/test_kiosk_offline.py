"""A kiosk on a gym's PostgreSQL server keeps training when the server goes away.

Against the real test server (`postgres_cluster`), stopped and started again
mid-session: accepted sets wait in the kiosk's outbox on disk, the quiet badge
says how many, and they reach the server in order, once, when it is back; a
set the server refuses is kept for the admin, who sends it again or dismisses
it on a confirmation screen.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from app.domain.records import SessionStatus
from app.domain.session import SessionState
from app.library import builtin_exercises
from app.storage import kiosk as kiosk_store
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.sessions import get_session
from app.ui.kiosk.window import KioskWindow
from tests.builders import KIOSK_ADMIN_PIN
from tests.fakes import FakeClock
from tests.postgres_server import Cluster
from tests.ui.kiosk_helpers import open_kiosk, unlock_and_close

pytestmark = pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)


@pytest.fixture
def server(database_url: str, postgres_cluster: Cluster) -> Iterator[Cluster]:
    """The test server with a gym on it (Ida, no PIN), running again after the test."""
    with open_database(database_url) as db:
        sync_builtin_exercises(db, builtin_exercises())
        kiosk_store.add_kiosk_athlete(db, "Ida")
        kiosk_store.set_admin_pin(db, KIOSK_ADMIN_PIN)
    try:
        yield postgres_cluster
    finally:
        if postgres_cluster.pg_ctl("status", check=False).returncode != 0:
            postgres_cluster.start()


def _stored_reps(url: str) -> list[tuple[int, str]]:
    with open_database(url) as db, db.session() as session:
        rows = session.execute(text("SELECT set_number, side FROM set_entry ORDER BY id"))
        return [(number, side) for number, side in rows]


def _log_a_side(window: KioskWindow, clock: FakeClock) -> None:
    assert window.home is not None
    session = window.home.session_view.session
    assert session is not None
    while session.state is not SessionState.WORKING:
        if session.state is SessionState.REST:
            session.skip_rest()
        elif session.state is SessionState.READY:
            session.start()
        else:
            clock.advance(4)
            session.tick()
    session.end_set()
    window.home.session_view.log_panel.submit()
    assert session.state in (SessionState.REST, SessionState.READY, SessionState.SESSION_DONE)


def _training(qtbot, url: str, clock: FakeClock) -> KioskWindow:
    """The kiosk on the server, with Ida's first plan started (the outbox sent by hand)."""
    window = open_kiosk(qtbot, url, clock)
    window.outbox_timer.stop()  # the test sends by hand, when it wants
    assert window.controller.delivery is not None
    qtbot.mouseClick(window.picker.tile("Ida"), Qt.MouseButton.LeftButton)
    assert window.home is not None
    view = window.home.session_view
    view.start_plan(view.picker.cards[0].plan)
    return window


def _send_until_sent(qtbot, window: KioskWindow) -> None:
    """Let the outbox timer's work run (with the real back-off) until nothing waits."""

    def sent() -> bool:
        window.tend_outbox()
        window.controller.wait_for_delivery()
        qtbot.wait(50)
        status = window.controller.outbox_status()
        return status is not None and status.online and status.waiting == 0 and \
            not window.controller.delivery.outbox.count()  # type: ignore[union-attr]

    qtbot.waitUntil(sent, timeout=90_000)


def test_sets_accepted_while_the_server_is_down_wait_on_the_kiosk_and_arrive_once_in_order(
    qtbot, server: Cluster, database_url: str, fake_clock: FakeClock, tmp_path: Path
) -> None:
    window = _training(qtbot, database_url, fake_clock)
    home = window.home
    assert home is not None
    view = home.session_view
    _log_a_side(window, fake_clock)
    window.draw_badges()
    assert not home.badge.isVisible(), "online and nothing waiting: no badge"
    assert len(_stored_reps(database_url)) == 1

    server.stop()
    _log_a_side(window, fake_clock)
    _log_a_side(window, fake_clock)
    window.tend_outbox()
    window.controller.wait_for_delivery()
    qtbot.waitUntil(lambda: home.badge.text() == "offline — 2 sets waiting")
    assert home.badge.isVisible()
    home.grab().save(str(tmp_path / "badge.png"))
    view.end_session()
    assert view.pages.currentWidget() is view.done, "the athlete finishes as usual"
    assert window.controller.outbox_status().waiting == 2  # type: ignore[union-attr]

    server.start()
    _send_until_sent(qtbot, window)
    assert not home.badge.isVisible()
    assert _stored_reps(database_url) == [(1, "left"), (1, "right"), (2, "left")]
    with open_database(database_url) as db:
        session_id = db.session().__enter__().execute(
            text("SELECT id FROM training_session")).scalar_one()
        assert get_session(db, session_id).status is SessionStatus.FINISHED
    window.tend_outbox()
    window.controller.wait_for_delivery()
    assert len(_stored_reps(database_url)) == 3, "each set once"
    unlock_and_close(window)


def test_a_set_the_server_refuses_is_kept_for_the_admin_to_send_again_or_dismiss(
    qtbot, server: Cluster, database_url: str, fake_clock: FakeClock
) -> None:
    window = _training(qtbot, database_url, fake_clock)
    server.stop()
    _log_a_side(window, fake_clock)
    server.start()
    # Meanwhile, at another kiosk, the session was closed for good.
    with open_database(database_url) as db, db.session() as session:
        session.execute(text("UPDATE training_session SET status = 'abandoned'"))
    _send_until_sent(qtbot, window)
    assert _stored_reps(database_url) == []
    window.return_to_picker("done")
    window.ask_admin()
    window.pin_pad.type_pin(KIOSK_ADMIN_PIN)
    assert window.pages.currentWidget() is window.admin
    (item_id,) = window.admin.send_again_buttons
    assert window.admin.refused_title.isVisible()
    window.admin.send_again_buttons[item_id].click()
    _send_until_sent(qtbot, window)
    (item_id,) = window.admin.dismiss_buttons
    window.admin.dismiss_buttons[item_id].click()
    assert window.pages.currentWidget() is window.confirm
    window.confirm.cancel_button.click()
    assert window.controller.refused_items(), "Keep leaves it"
    window.admin.dismiss_buttons[item_id].click()
    window.confirm.confirm_button.click()
    assert window.controller.refused_items() == []
    assert not window.admin.refused_title.isVisible()
    unlock_and_close(window)


def test_a_tile_tapped_while_the_server_is_away_says_so(
    qtbot, server: Cluster, database_url: str, fake_clock: FakeClock
) -> None:
    window = open_kiosk(qtbot, database_url, fake_clock)
    window.outbox_timer.stop()
    server.stop()
    qtbot.mouseClick(window.picker.tile("Ida"), Qt.MouseButton.LeftButton)
    assert window.home is None
    assert window.pages.currentWidget() is window.picker
    assert "cannot be reached" in window.picker.notice.text()
    window.draw_badges()
    assert window.picker.badge.text() == "offline"
    server.start()
    window.show_picker()
    assert not window.picker.notice.isVisible()
    unlock_and_close(window)
