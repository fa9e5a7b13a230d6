"""One athlete's kiosk screens never reach another's history, plans or name list."""

from pathlib import Path

from app.domain.plan import Plan, PlanItem
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage.database import open_database
from app.storage.exercises import sync_builtin_exercises
from app.storage.plans import save_plan
from app.storage.sessions import finish_session, record_set, start_session
from tests.builders import kiosk_database, set_entry
from tests.fakes import FakeClock
from tests.ui.kiosk_helpers import open_kiosk, unlock_and_close


def _give_ola_history(path: Path, ola: int) -> None:
    with open_database(f"sqlite:///{path}") as db:
        sync_builtin_exercises(db, builtin_exercises())
        slug = builtin_exercises()[0].id
        session_id = start_session(db, ola, "Runner's single-leg session")
        for side in (Side.LEFT, Side.RIGHT):
            record_set(db, session_id, set_entry(slug, side, load_kg=42.0))
        finish_session(db, session_id)
        item = PlanItem(slug, "Mine", sets=2, reps_min=6, reps_max=10, tempo="3-1-1-0")
        save_plan(db, ola, Plan("Ola's secret plan", (item,)))


def test_the_first_athletes_screens_show_nothing_of_the_second(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "gym.db"
    ids = kiosk_database(path, {"Ida": None, "Ola": None})
    _give_ola_history(path, ids["Ola"])
    window = open_kiosk(qtbot, path, fake_clock)
    window.picker.tile("Ida").click()
    home = window.home
    assert home is not None
    home.show_progress()
    progress = home.progress_view
    progress.refresh()
    assert progress.pages.currentWidget() is progress.empty, "Ida has no history of her own"
    assert progress.athlete_combo.count() == 0 and not progress.athlete_combo.isVisible()
    assert not progress.empty.demo_button.isVisible()
    plan_names = [card.plan.name for card in home.session_view.picker.cards]
    assert "Ola's secret plan" not in plan_names
    assert not home.session_view.picker.new_button.isVisible()
    home.done_button.click()

    window.picker.tile("Ola").click()
    ola_home = window.home
    assert ola_home is not None and ola_home is not home
    ola_home.show_progress()
    ola_home.progress_view.refresh()
    assert ola_home.progress_view.pages.currentWidget() is ola_home.progress_view.content
    assert "Ola's secret plan" in [c.plan.name for c in ola_home.session_view.picker.cards]
    unlock_and_close(window)


def test_leaving_destroys_the_screens_and_forgets_the_athlete(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "gym.db"
    kiosk_database(path, {"Ida": None})
    window = open_kiosk(qtbot, path, fake_clock)
    window.picker.tile("Ida").click()
    home = window.home
    assert home is not None
    home.done_button.click()
    assert window.controller.athlete is None
    assert home.parent() is None, "taken out of the window, not just hidden"
    assert window.pages.indexOf(home) == -1
    unlock_and_close(window)
