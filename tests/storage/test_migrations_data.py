"""Every released schema keeps every row when it is upgraded; a failed upgrade changes nothing.

`tests/data/schema-<revision>.db` holds rows in every table at one released
revision (made by `scripts/make_schema_fixture.py`). Each release adds one.
"""

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.paths import backups_dir
from app.storage import schema
from app.storage.backups import list_backups
from app.storage.database import open_database

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = sorted(DATA.glob("schema-*.db"))
# Columns a migration replaced on purpose; each has its own test of what became of it.
REPLACED = {("set_entry", "form_ok")}


def _rows(path: Path) -> dict[str, dict[Any, dict[str, Any]]]:
    """Every row of every table but alembic_version, by table and primary key."""
    with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        tables = [
            r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('alembic_version') AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found: dict[str, dict[Any, dict[str, Any]]] = {}
        for table in tables:
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            key = [c["name"] for c in sorted(info, key=lambda c: c["pk"]) if c["pk"]]
            found[table] = {
                tuple(row[k] for k in key): dict(row)
                for row in conn.execute(f"SELECT * FROM {table}")
            }
        return found


def _revision(path: Path) -> str:
    return path.stem.removeprefix("schema-")


def test_there_is_a_fixture_for_the_first_release_and_only_known_revisions() -> None:
    revisions = {_revision(p) for p in FIXTURES}
    assert "0001" in revisions
    assert revisions <= set(schema.KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", FIXTURES, ids=_revision)
def test_a_released_database_upgrades_to_head_with_every_row(
    fixture: Path, tmp_path: Path
) -> None:
    path = shutil.copyfile(fixture, tmp_path / "legwork.db")
    before = _rows(path)
    assert all(before.values()), "the fixture has rows in every table"
    with open_database(str(path)):
        pass
    assert schema.read_revision(path) == schema.HEAD_REVISION
    after = _rows(path)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        for key, row in rows.items():
            kept = {k: v for k, v in row.items() if (table, k) not in REPLACED}
            assert {k: after[table][key][k] for k in kept} == kept, f"{table} row {key}"
    if _revision(fixture) != schema.HEAD_REVISION:
        taken = list_backups(path)
        assert [b.reason for b in taken] == ["before-upgrade"]
        assert taken[0].revision == _revision(fixture)
        assert _rows(taken[0].path) == before


@pytest.mark.parametrize("fixture", FIXTURES, ids=_revision)
def test_the_old_form_check_becomes_two_answers(fixture: Path, tmp_path: Path) -> None:
    # The old log showed the form check ticked already: a stored "yes" was usually the
    # untouched default, so it becomes "not answered"; a "no" was an answer and stays
    # "no" on both questions (the old check did not say which one failed).
    path = shutil.copyfile(fixture, tmp_path / "legwork.db")
    before = _rows(path)["set_entry"]
    assert {row["form_ok"] for row in before.values()} == {None, 0, 1}
    with open_database(str(path)):
        pass
    after = _rows(path)["set_entry"]
    expected = {None: (None, None), 1: (None, None), 0: (0, 0)}
    for key, row in before.items():
        assert (after[key]["form_knee"], after[key]["form_hips"]) == expected[row["form_ok"]]
        assert "form_ok" not in after[key]


def _broken_migrations(tmp_path: Path) -> Path:
    """The real migrations plus a next revision that fails half-way through."""
    broken = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, broken, ignore=shutil.ignore_patterns("__pycache__"))
    versions = broken / "versions"
    for script in versions.glob("*.py"):
        if not script.name.startswith("0001_"):
            script.unlink()
    (versions / "0002_broken.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        "revision = '0002'\n"
        "down_revision = '0001'\n"
        "branch_labels = None\n"
        "depends_on = None\n"
        "def upgrade():\n"
        "    op.add_column('athlete', sa.Column('nickname', sa.String(20)))\n"
        "    op.execute(\"UPDATE athlete SET nickname = 'x'\")\n"
        "    op.drop_table('plan_item')\n"
        "    raise RuntimeError('disk on fire')\n"
    )
    return broken


def test_a_failed_upgrade_leaves_the_file_byte_identical_and_a_backup_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = shutil.copyfile(DATA / "schema-0001.db", tmp_path / "legwork.db")
    original = path.read_bytes()
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", _broken_migrations(tmp_path))
    monkeypatch.setattr(schema, "KNOWN_REVISIONS", ("0001", "0002"))
    monkeypatch.setattr(schema, "HEAD_REVISION", "0002")
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_database(str(path))
    assert path.read_bytes() == original
    taken = list_backups(path)
    assert len(taken) == 1 and taken[0].reason == "before-upgrade"
    assert _rows(taken[0].path) == _rows(path)
    assert backups_dir(path).is_dir()


def test_a_newer_legworks_database_is_never_downgraded(tmp_path: Path) -> None:
    path = shutil.copyfile(DATA / "schema-0001.db", tmp_path / "legwork.db")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    original = path.read_bytes()
    with pytest.raises(schema.SchemaTooNewError, match="newer Legwork"):
        open_database(str(path))
    assert path.read_bytes() == original
    assert list_backups(path) == []


def test_an_unfinished_session_of_the_library_queue_keeps_its_plan_through_0004(
    tmp_path: Path,
) -> None:
    from app.domain.plan import QUEUE_PLAN_NAME
    from app.services.plans import saved_plans
    from app.storage.sessions import session_plan

    path = shutil.copyfile(DATA / "schema-0003.db", tmp_path / "legwork.db")
    with sqlite3.connect(path) as conn:
        # Before 0004 the queue was stored as the athlete's own plan.
        conn.execute("INSERT INTO plan (id, athlete_id, name, builtin, created_at, updated_at) "
                     "VALUES (9, 1, ?, 0, '2025-03-01 07:00:00', '2025-03-01 07:00:00')",
                     (QUEUE_PLAN_NAME,))
        conn.execute("INSERT INTO plan_item (plan_id, position, exercise_id, sets, reps_min, "
                     "reps_max, tempo, rest_between_sides_s, rest_between_sets_s, load_kg, "
                     "progression_level, side_order) "
                     "VALUES (9, 0, 2, 2, 8, 12, '2-0-1-0', 30, 90, 5.0, 0, 'left_first')")
        conn.execute("UPDATE training_session SET plan_name = ? WHERE id = 2", (QUEUE_PLAN_NAME,))
    conn.close()
    with open_database(str(path)) as db:
        kept = session_plan(db, 2)
        assert kept is not None and kept.name == QUEUE_PLAN_NAME
        (item,) = kept.items
        assert (item.exercise_id, item.sets, item.reps_max, item.load_kg, item.tempo) == (
            "my-step-up", 2, 12, 5.0, "2-0-1-0")
        assert session_plan(db, 1) is None, "a finished session keeps nothing new"
        assert QUEUE_PLAN_NAME not in [p.name for p in saved_plans(db, 1)]
