"""One athlete's kiosk screens never reach another's history, plans or name list."""

from pathlib import Path

from app.domain import preferences as prefs
from app.domain.plan import Plan, PlanItem
from app.domain.session import CountingMode
from app.domain.sides import Side
from app.domain.units import Unit
from app.library import builtin_exercises
from app.services.preferences import set_preference
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


def test_each_athlete_on_the_kiosk_trains_with_their_own_preferences(
    qtbot, tmp_path: Path, fake_clock: FakeClock
) -> None:
    path = tmp_path / "gym.db"
    ids = kiosk_database(path, {"Ida": None, "Ola": None})
    with open_database(f"sqlite:///{path}") as db:
        set_preference(db, ids["Ida"], prefs.UNIT, Unit.LB)
    window = open_kiosk(qtbot, path, fake_clock)
    window.picker.tile("Ida").click()
    assert window.home is not None
    window.home.session_view.picker.manual_mode.click()
    assert window.home.session_view.log_panel.load.property("keypadTitle") == "Load (lb)"
    window.return_to_picker("done")

    window.picker.tile("Ola").click()
    assert window.home is not None
    ola = window.home.session_view
    assert ola.picker.tempo_mode.isChecked(), "Ida's choice is not Ola's"
    assert ola.log_panel.load.property("keypadTitle") == "Load (kg)"
    ola.start_plan(ola.picker.cards[0].plan)
    assert ola.session is not None and ola.session.engine.mode is CountingMode.TEMPO
    window.return_to_picker("done")

    window.picker.tile("Ida").click()
    assert window.home is not None
    assert window.home.session_view.picker.manual_mode.isChecked(), "kept with Ida"
    unlock_and_close(window)
