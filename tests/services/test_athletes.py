"""Whose install it is: one definition of the home athlete for the app, the sheets and the CLI."""

import pytest

from app.__main__ import main
from app.domain.athletes import AthleteInfo, home_athlete
from app.domain.plan import BUILTIN_PLAN_NAME
from app.library import builtin_exercises
from app.services.athletes import find_athlete, load_demo_data, open_home_athlete
from app.storage.athletes import create_athlete
from app.storage.database import Database
from app.storage.errors import NotFoundError
from app.storage.exercises import sync_builtin_exercises
from app.storage.plans import save_plan
from tests.builders import plan


def test_the_home_athlete_is_the_first_real_athlete_added() -> None:
    demo, kim, ann = (AthleteInfo(1, "Demo runner", True), AthleteInfo(2, "Kim", False),
                      AthleteInfo(3, "Ann", False))
    assert home_athlete([ann, demo, kim]) == kim
    assert home_athlete([demo]) is None
    assert home_athlete([]) is None


def test_a_history_with_only_the_demo_athlete_has_no_home_athlete_yet(
    database: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sync_builtin_exercises(database, builtin_exercises())
    demo = load_demo_data(database).value.athlete
    save_plan(database, demo.id, plan("Demo hills"))
    assert find_athlete(database, None) is None
    assert main(["--database-url", database_url, "plans"]) == 0
    assert capsys.readouterr().out.splitlines() == [BUILTIN_PLAN_NAME], "not the demo's plans"

    home = open_home_athlete(database, "Kim")
    assert not home.is_demo and find_athlete(database, None) == home
    save_plan(database, home.id, plan("Kim's plan"))
    assert main(["--database-url", database_url, "plans"]) == 0
    assert capsys.readouterr().out.splitlines() == [BUILTIN_PLAN_NAME, "Kim's plan"]


def test_an_athlete_is_found_by_name_ignoring_case_and_spaces(database: Database) -> None:
    kim = create_athlete(database, "Kim Berg")
    assert find_athlete(database, "  kim   BERG ") == kim
    with pytest.raises(NotFoundError, match=r"no athlete called 'Nobody' \(athletes: Kim Berg\)"):
        find_athlete(database, "Nobody")
