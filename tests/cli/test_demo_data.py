"""`legwork demo-data`: a separate demo athlete, replaced on a re-run, never a real one."""

from app.__main__ import main
from app.storage.athletes import create_athlete, list_athletes
from app.storage.database import open_database
from app.storage.sessions import sessions_for


def _url(tmp_path):
    return f"sqlite:///{tmp_path / 'legwork.db'}"


def test_demo_data_creates_a_demo_athlete_with_twelve_weeks(tmp_path, capsys):
    assert main(["--database-url", _url(tmp_path), "demo-data"]) == 0

    out = capsys.readouterr().out
    assert "Demo runner" in out and "sessions" in out
    with open_database(_url(tmp_path)) as db:
        (athlete,) = list_athletes(db)
        assert athlete.name == "Demo runner" and athlete.is_demo
        sessions = sessions_for(db, athlete.id)
        assert 24 <= len(sessions) <= 39
        span = sessions[0].started_at - sessions[-1].started_at
        assert 11 <= span.days / 7 <= 12


def test_running_twice_replaces_instead_of_doubling(tmp_path, capsys):
    url = _url(tmp_path)
    assert main(["--database-url", url, "demo-data", "--athlete", "Trial runner"]) == 0
    with open_database(url) as db:
        first = len(sessions_for(db, list_athletes(db)[0].id))

    assert main(["--database-url", url, "demo-data", "--athlete", "trial  RUNNER"]) == 0

    assert "Replaced" in capsys.readouterr().out
    with open_database(url) as db:
        athletes = list_athletes(db)
        assert len(athletes) == 1
        assert len(sessions_for(db, athletes[0].id)) == first


def test_a_real_athletes_name_is_refused(tmp_path, capsys):
    url = _url(tmp_path)
    with open_database(url) as db:
        create_athlete(db, "Sam")

    assert main(["--database-url", url, "demo-data", "--athlete", "Sam"]) == 1

    err = capsys.readouterr().err
    assert err.startswith("legwork: ") and "real athlete" in err
    with open_database(url) as db:
        (sam,) = list_athletes(db)
        assert sessions_for(db, sam.id) == []


def test_an_empty_athlete_name_is_refused(tmp_path, capsys):
    assert main(["--database-url", _url(tmp_path), "demo-data", "--athlete", "  "]) == 1
    assert "name cannot be empty" in capsys.readouterr().err
