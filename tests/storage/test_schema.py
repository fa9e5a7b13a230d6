"""The schema: migrations and models agree, revisions are tracked, times are UTC."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.exc import StatementError

from app.storage import schema
from app.storage.database import Database
from app.storage.models import AthleteRow, Base


def test_models_match_the_migrated_schema_exactly(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_the_import_key_index_leaves_unkeyed_sets_out_on_either_database(
        database: Database) -> None:
    # The model spells only SQLite's predicate, and Alembic's comparison above does not
    # look at predicates: this reads the index each database actually has.
    with database.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            definition = conn.execute(text(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'set_entry'"
                " AND indexdef LIKE '%source_key%'")).scalar_one()
        else:
            definition = conn.execute(text(
                "SELECT sql FROM sqlite_master WHERE type = 'index'"
                " AND tbl_name = 'set_entry' AND sql LIKE '%source_key%'")).scalar_one()
    assert "UNIQUE" in definition.upper()
    assert "WHERE" in definition.upper() and "source_key IS NOT NULL" in definition


def test_known_revisions_match_the_migration_scripts() -> None:
    scripts = ScriptDirectory.from_config(schema.alembic_config("sqlite:///unused.db"))
    oldest_first = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == schema.KNOWN_REVISIONS
    assert scripts.get_current_head() == schema.HEAD_REVISION


def test_a_missing_file_is_reported_missing_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing.db"
    assert schema.schema_status(path) is schema.SchemaStatus.MISSING
    assert not path.exists()


def test_ensure_schema_runs_migrations_only_once(tmp_path: Path) -> None:
    path = tmp_path / "legwork.db"
    assert schema.ensure_schema(path) is True
    assert schema.schema_status(path) is schema.SchemaStatus.CURRENT
    assert schema.ensure_schema(path) is False


def test_the_migration_sql_can_be_written_out_offline(capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command

    command.upgrade(schema.alembic_config("sqlite:///offline.db"), "head", sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE set_entry" in sql
    assert "INSERT INTO alembic_version (version_num) VALUES ('0001')" in sql
    assert not Path("offline.db").exists()


def test_times_come_back_as_the_same_instant_in_utc(database: Database) -> None:
    oslo_morning = datetime(2025, 6, 1, 7, 0, tzinfo=timezone(timedelta(hours=2)))
    with database.session() as session:
        session.add(AthleteRow(name="Ida", is_demo=False, created_at=oslo_morning))
    with database.session() as session:
        stored = session.query(AthleteRow).one().created_at
        raw = session.scalar(text("SELECT created_at FROM athlete"))
    assert stored == oslo_morning
    assert stored.tzinfo is UTC
    assert str(raw).startswith("2025-06-01 05:00:00"), "stored as naive UTC text"


def test_naive_times_are_refused_on_write(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.session() as session:
        session.add(AthleteRow(name="Ida", is_demo=False, created_at=datetime(2025, 6, 1)))
        session.flush()
    with database.session() as session:
        assert session.query(AthleteRow).count() == 0


def test_a_failed_migration_leaves_no_half_built_schema(tmp_path: Path) -> None:
    broken = tmp_path / "migrations"
    versions = broken / "versions"
    versions.mkdir(parents=True)
    for name in ("env.py", "script.py.mako"):
        (broken / name).write_text((schema.MIGRATIONS_DIR / name).read_text())
    (versions / "0001_broken.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        "revision = '0001'\n"
        "down_revision = None\n"
        "branch_labels = None\n"
        "depends_on = None\n"
        "def upgrade():\n"
        "    op.create_table('half', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    raise RuntimeError('disk on fire')\n"
    )
    path = tmp_path / "legwork.db"
    config = schema.alembic_config(f"sqlite:///{path}")
    config.set_main_option("script_location", str(broken))
    from alembic import command

    with pytest.raises(RuntimeError, match="disk on fire"):
        command.upgrade(config, "head")
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        tables = list(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'"))
    engine.dispose()
    assert tables == []
