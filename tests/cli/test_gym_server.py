"""A gym's PostgreSQL server from the command line: copy, check, backup, restore, passwords."""

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.__main__ import main
from app.domain.plan import builtin_plan
from app.domain.records import SetEntry
from app.domain.sides import Side
from app.library import builtin_exercises
from app.storage import copying, database, kiosk
from app.storage.body_mass import record_body_mass
from app.storage.copying import legwork_tables
from app.storage.database import open_database
from app.storage.exercises import add_custom_exercise, sync_builtin_exercises
from app.storage.plans import save_plan
from app.storage.schema import HEAD_REVISION
from app.storage.sessions import finish_session, record_set, start_session
from tests.builders import exercise, separate_connection
from tests.postgres_server import Cluster

T0 = datetime(2026, 3, 2, 6, 45, 12, 345678, tzinfo=UTC)
# `database_url` on the server only, for what only a server does.
on_server = pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)


@pytest.fixture
def home_file(tmp_path: Path) -> Path:
    """A home user's history with something in every table, PINs and odd values included."""
    path = tmp_path / "home.db"
    with open_database(f"sqlite:///{path}") as db:
        library = list(builtin_exercises())
        sync_builtin_exercises(db, library)
        add_custom_exercise(db, exercise("banded-hip-hike", "Banded hip hike", builtin=False))
        kiosk.set_admin_pin(db, "4821")
        kiosk.set_idle_timeout_s(db, 120)
        for number, name in enumerate(("Åsa Öberg", "Bo")):
            athlete = kiosk.add_kiosk_athlete(db, name, "1234" if number else None)
            save_plan(db, athlete.id, builtin_plan(library))
            session_id = start_session(db, athlete.id, "Base", started_at=T0)
            for minute, side in enumerate((Side.LEFT, Side.RIGHT, Side.LEFT)):
                record_set(db, session_id, SetEntry(
                    "banded-hip-hike" if minute == 2 else "reverse-lunge", side, 1, 8,
                    12.5 + 0.1, "3-1-1-0", T0 + timedelta(minutes=minute, microseconds=7),
                    rpe=7.5, rir=2, form_knee=minute != 1, form_hips=None if minute else False,
                    notes="steady, “quoted”\nnext line"))
            finish_session(db, session_id, finished_at=T0 + timedelta(minutes=30), notes="good")
            record_body_mass(db, athlete.id, T0.date(), 61.5 + number)
    return path


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    with open_database(url) as db, separate_connection(db) as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in legwork_tables()
        }


def test_copy_to_a_server_and_back_gives_an_identical_history(
    home_file: Path, empty_postgres_url: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    back = tmp_path / "back.db"
    assert main(["--database-url", _url(home_file), "copy", "--to", empty_postgres_url]) == 0
    out = capsys.readouterr().out
    assert "2 athletes" in out and "6 sets" in out and "The counts match." in out
    assert main(["--database-url", empty_postgres_url, "copy", "--to", str(back)]) == 0
    capsys.readouterr()

    for kind in ("csv", "json"):
        exports = []
        for url in (_url(home_file), empty_postgres_url, _url(back)):
            out_file = tmp_path / f"{len(exports)}.{kind}"
            assert main(["--database-url", url, "export", "-o", str(out_file)]) == 0
            exports.append(out_file.read_bytes())
        assert exports[0] == exports[1] == exports[2], f"the {kind} export is the same everywhere"
    assert _rows(_url(back)) == _rows(_url(home_file)) == _rows(empty_postgres_url)
    with open_database(empty_postgres_url) as db:
        assert kiosk.verify_admin_pin(db, "4821"), "PIN hashes travel too"
        assert kiosk.verify_athlete_pin(db, 2, "1234")


def test_after_a_copy_the_server_gives_new_rows_fresh_ids(
    home_file: Path, empty_postgres_url: str
) -> None:
    assert main(["--database-url", _url(home_file), "copy", "--to", empty_postgres_url]) == 0
    with open_database(empty_postgres_url) as db:
        athlete = kiosk.add_kiosk_athlete(db, "Cy")
        session_id = start_session(db, athlete.id, "Base")
        set_id = record_set(db, session_id, SetEntry(
            "reverse-lunge", Side.LEFT, 1, 8, 10.0, "3-1-1-0", T0))
    assert (athlete.id, session_id, set_id) == (3, 3, 7)


def test_a_copy_that_outlasts_the_statement_timeout_still_arrives(
    home_file: Path, empty_postgres_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A gym's years of sets make single statements of a copy run for longer than the
    # timeout that guards a kiosk against a dead client's lock. Here a trigger makes the
    # sets' insert take half a second against a timeout of a fifth of one.
    with open_database(empty_postgres_url) as db, db.engine.begin() as conn:
        conn.execute(text(
            "CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_sleep(0.5); RETURN NULL; END $$"))
        conn.execute(text("CREATE TRIGGER slow_insert AFTER INSERT ON set_entry "
                          "FOR EACH STATEMENT EXECUTE FUNCTION slow_insert()"))
    monkeypatch.setattr(database, "SERVER_STATEMENT_TIMEOUT_MS", 200)
    assert main(["--database-url", _url(home_file), "copy", "--to", empty_postgres_url]) == 0
    assert "6 sets" in capsys.readouterr().out
    assert _rows(empty_postgres_url) == _rows(_url(home_file))
    with (open_database(empty_postgres_url) as db, db.engine.connect() as conn,
          pytest.raises(OperationalError, match="statement timeout")):
        conn.execute(text("SELECT pg_sleep(0.5)"))


def test_a_copy_whose_server_goes_away_says_so_and_keeps_nothing(
    home_file: Path, empty_postgres_url: str, capsys: pytest.CaptureFixture[str],
) -> None:
    # The server drops the copy's connection in the middle, as a restart or a pulled
    # cable would: the sets' insert ends its own session.
    with open_database(empty_postgres_url) as db, db.engine.begin() as conn:
        conn.execute(text(
            "CREATE FUNCTION lose_connection() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$"))
        conn.execute(text("CREATE TRIGGER lose_connection AFTER INSERT ON set_entry "
                          "FOR EACH STATEMENT EXECUTE FUNCTION lose_connection()"))
    before = _rows(_url(home_file))
    assert main(["--database-url", _url(home_file), "copy", "--to", empty_postgres_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"legwork: The copy from {home_file} to ")
    reason = err.partition(" stopped (")[2]
    assert "connection" in reason, "the driver's reason is given"
    assert "), so nothing was kept; once the cause is fixed, run it again." in err
    assert "Traceback" not in err and err.count("\n") == 1, "one sentence"
    assert not any(_rows(empty_postgres_url).values()), "the copy was rolled back"
    assert _rows(_url(home_file)) == before


@pytest.mark.both_databases
def test_copy_refuses_a_database_that_holds_data_and_changes_nothing(
    home_file: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(database_url) as db:
        kiosk.add_kiosk_athlete(db, "Already here")
    before = _rows(database_url)
    assert main(["--database-url", _url(home_file), "copy", "--to", database_url]) == 1
    assert "already holds data (1 athlete)" in capsys.readouterr().err
    assert _rows(database_url) == before


def test_check_reports_a_sound_server_and_upgrade_creates_the_tables(
    empty_postgres_url: str, postgres_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", empty_postgres_url, "check"]) == 0
    assert "no Legwork tables" in capsys.readouterr().out
    assert main(["--database-url", empty_postgres_url, "check", "--upgrade"]) == 0
    out = capsys.readouterr().out
    assert f"is sound: 0 sessions, 0 sets, schema {HEAD_REVISION}" in out
    assert postgres_cluster.password not in out, "the password is never shown"
    assert ":***@127.0.0.1" in out


@on_server
def test_check_names_what_is_missing_and_exits_1(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(database_url) as db, db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE set_entry DROP COLUMN touchdowns"))
    assert main(["--database-url", database_url, "check"]) == 1
    assert "lacks set_entry.touchdowns" in capsys.readouterr().err


def test_backup_of_a_server_is_a_checked_portable_file_of_everything(
    home_file: Path, empty_postgres_url: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--database-url", _url(home_file), "copy", "--to", empty_postgres_url]) == 0
    assert main(["--database-url", empty_postgres_url, "backup"]) == 1
    assert "give -o FILE" in capsys.readouterr().err
    target = tmp_path / "gym.db"
    assert main(["--database-url", empty_postgres_url, "backup", "-o", str(target)]) == 0
    assert "Backed up 2 sessions (6 sets)" in capsys.readouterr().out
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert _rows(_url(target)) == _rows(_url(home_file))
    assert not list(tmp_path.glob(".gym.db*")), "no partial file is left behind"


def test_a_server_backup_reads_the_sets_from_a_server_side_cursor(
    home_file: Path, empty_postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A gym's millions of sets must not be fetched whole into the backing-up process (a
    # plain PostgreSQL query hands every row over at once): the server keeps them and
    # hands them over a batch at a time.
    assert main(["--database-url", _url(home_file), "copy", "--to", empty_postgres_url]) == 0
    monkeypatch.setattr(copying, "_BATCH", 2)
    cursors: list[str] = []

    def seen(_conn, cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT") and "FROM set_entry" in statement:
            cursors.append(type(cursor).__name__)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        target = tmp_path / "gym.db"
        assert main(["--database-url", empty_postgres_url, "backup", "-o", str(target)]) == 0
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert "ServerCursor" in cursors, cursors
    assert _rows(_url(target)) == _rows(_url(home_file)), "every set arrived, batch by batch"


@on_server
def test_restore_onto_a_server_is_refused_with_the_way_to_do_it(
    database_url: str, home_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database-url", database_url, "restore", str(home_file)]) == 1
    assert "copy --to" in capsys.readouterr().err


@on_server
def test_the_password_can_come_from_pgpassword_or_pgpass(
    database_url: str, postgres_cluster: Cluster, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    bare = database_url.replace(f":{postgres_cluster.password}@", "@")
    assert postgres_cluster.password not in bare
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    monkeypatch.setenv("PGPASSWORD", postgres_cluster.password)
    assert main(["--database-url", bare, "check"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{postgres_cluster.port}:*:postgres:{postgres_cluster.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["--database-url", bare, "check"]) == 0
    assert "is sound" in capsys.readouterr().out


def test_a_wrong_or_unreachable_server_gets_one_sentence_without_the_password(
    postgres_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = postgres_cluster.url(password="not-the-Secret-42")
    down = f"postgresql+psycopg://kiosk:Secret-42@127.0.0.1:{_closed_port()}/legwork"
    for url in (wrong, down):
        assert main(["--database-url", url, "exercises"]) == 1
        err = capsys.readouterr().err
        assert err.startswith("legwork: Cannot reach the Legwork database at postgresql+psycopg://")
        assert "Secret-42" not in err and "Traceback" not in err
        assert err.count("\n") == 1


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _documented_setup(names: dict[str, str]) -> tuple[list[str], list[str]]:
    """docs/gym-server.md's SQL set-up, with test names: (on the server, in the new database)."""
    docs = Path(__file__).resolve().parents[2] / "docs" / "gym-server.md"
    block = docs.read_text(encoding="utf-8").split("```sql\n", 1)[1].split("```", 1)[0]
    for documented, ours in names.items():
        block = block.replace(documented, ours)
    before, after = block.split("\\c " + names["legwork"] + "\n")

    def statements(text: str) -> list[str]:
        lines = [line for line in text.splitlines() if not line.startswith("--")]
        return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]

    return statements(before), statements(after)


def test_the_documented_kiosk_role_logs_sets_but_only_the_owner_changes_tables(
    postgres_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    import secrets

    import psycopg

    suffix = secrets.token_hex(4)  # roles are server-wide: a name no other run uses
    names = {"legwork_owner": f"owner_{suffix}", "legwork_kiosk": f"kiosk_{suffix}",
             "a long owner password": "owner-pw", "a long kiosk password": "kiosk-pw",
             "legwork": f"gym_{suffix}"}
    on_server, in_database = _documented_setup(names)

    def admin(dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=postgres_cluster.port, user="postgres",
                               password=postgres_cluster.password, dbname=dbname,
                               autocommit=True)

    with admin() as conn:
        for statement in on_server:
            conn.execute(statement)
    try:
        with admin(names["legwork"]) as conn:
            for statement in in_database:
                conn.execute(statement)
        owner = postgres_cluster.url(names["legwork"], names["legwork_owner"], "owner-pw")
        kiosk_url = postgres_cluster.url(names["legwork"], names["legwork_kiosk"], "kiosk-pw")

        assert main(["--database-url", kiosk_url, "admin", "set-idle-timeout", "60"]) == 1
        err = capsys.readouterr().err
        assert "check --upgrade" in err and "kiosk-pw" not in err
        assert main(["--database-url", owner, "check", "--upgrade"]) == 0
        assert "is sound" in capsys.readouterr().out

        with open_database(kiosk_url) as db:
            sync_builtin_exercises(db, builtin_exercises())
            athlete = kiosk.add_kiosk_athlete(db, "Ida", "1234")
            session_id = start_session(db, athlete.id, "Base")
            record_set(db, session_id, SetEntry("reverse-lunge", Side.LEFT, 1, 8, 10.0,
                                                "3-1-1-0", T0))
            finish_session(db, session_id)
            kiosk.delete_athlete(db, athlete.id)
            with pytest.raises(ProgrammingError, match=r"permission denied|must be owner"), \
                    db.engine.begin() as conn:
                conn.execute(text("DROP TABLE set_entry"))
    finally:
        with admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {names['legwork']} WITH (FORCE)")
            conn.execute(f"DROP ROLE IF EXISTS {names['legwork_kiosk']}")
            conn.execute(f"DROP ROLE IF EXISTS {names['legwork_owner']}")
