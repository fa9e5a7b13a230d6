"""Athletes: the home athlete on first start, renaming, looking up."""

import pytest

from app.domain.athletes import clean_athlete_name
from app.domain.errors import ValidationError
from app.storage.athletes import (
    create_athlete,
    ensure_home_athlete,
    get_athlete_by_name,
    list_athletes,
    rename_athlete,
)
from app.storage.database import Database, open_database
from app.storage.errors import NotFoundError


def test_first_start_creates_one_home_athlete_and_later_starts_reuse_it(
    database: Database,
) -> None:
    first = ensure_home_athlete(database, "Runner")
    again = ensure_home_athlete(database, "Someone else")
    assert again == first
    assert first.name == "Runner"
    assert not first.is_demo
    assert list_athletes(database) == [first]


def test_home_athlete_survives_reopening_the_file(database: Database, database_url: str) -> None:
    home = ensure_home_athlete(database, "Runner")
    database.close()
    with open_database(database_url) as reopened:
        assert ensure_home_athlete(reopened, "Other") == home


def test_the_demo_athlete_is_not_the_home_athlete(database: Database) -> None:
    demo = create_athlete(database, "Runner", is_demo=True)
    home = ensure_home_athlete(database, "Runner")
    assert home != demo
    assert home.name == "Runner (2)", "a taken default name must not break the first start"
    assert not home.is_demo


def test_rename_trims_and_keeps_the_same_athlete(database: Database) -> None:
    home = ensure_home_athlete(database, "Runner")
    renamed = rename_athlete(database, home.id, "  Kari   Nordmann ")
    assert renamed.id == home.id
    assert renamed.name == "Kari Nordmann"
    assert list_athletes(database) == [renamed]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "cannot be empty"), ("   ", "cannot be empty"), ("x" * 61, "60 characters")],
)
def test_rename_refuses_bad_names_and_changes_nothing(
    database: Database, name: str, message: str
) -> None:
    home = ensure_home_athlete(database, "Runner")
    with pytest.raises(ValidationError, match=message):
        rename_athlete(database, home.id, name)
    assert list_athletes(database) == [home]


def test_a_name_of_exactly_60_characters_is_fine(database: Database) -> None:
    home = ensure_home_athlete(database, "Runner")
    assert rename_athlete(database, home.id, "x" * 60).name == "x" * 60


def test_rename_refuses_a_name_another_athlete_has_ignoring_case(database: Database) -> None:
    home = ensure_home_athlete(database, "Runner")
    create_athlete(database, "Åsa")
    with pytest.raises(ValidationError, match="already an athlete called 'åsa'"):
        rename_athlete(database, home.id, "åsa")
    assert get_athlete_by_name(database, "Runner") == home


def test_renaming_to_own_name_in_new_case_is_allowed(database: Database) -> None:
    home = ensure_home_athlete(database, "runner")
    assert rename_athlete(database, home.id, "Runner").name == "Runner"


def test_rename_of_unknown_athlete_says_so(database: Database) -> None:
    with pytest.raises(NotFoundError, match="no athlete with id 42"):
        rename_athlete(database, 42, "Ghost")


def test_lookup_by_name_ignores_case_and_spacing(database: Database) -> None:
    ida = create_athlete(database, "Ida Berg")
    assert get_athlete_by_name(database, "  ida   berg ") == ida
    assert get_athlete_by_name(database, "Nobody") is None


def test_list_keeps_the_order_athletes_were_added(database: Database) -> None:
    names = ["Runner", "Ida", "Demo"]
    for name in names:
        create_athlete(database, name, is_demo=name == "Demo")
    assert [a.name for a in list_athletes(database)] == names
    assert [a.is_demo for a in list_athletes(database)] == [False, False, True]


def test_two_kiosks_adding_one_name_at_once_get_one_athlete_and_a_plain_refusal(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_athlete(database, "Ida")
    # The other kiosk looked before this one's insert was committed: its check saw no Ida.
    monkeypatch.setattr("app.storage.athletes.check_name_free",
                        lambda name, _athletes, **_kw: clean_athlete_name(name))
    with pytest.raises(ValidationError, match="already an athlete called 'Ida'"):
        create_athlete(database, "Ida")
    assert [a.name for a in list_athletes(database)] == ["Ida"]
