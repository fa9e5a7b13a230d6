"""ORM models: the tables of the Legwork database.

These must match `migrations/versions/*` exactly; a test runs Alembic's
autogenerate comparison against a freshly migrated database to prove it.
Constraint names come from the naming convention so that future batch
migrations (SQLite rebuilds tables to alter them) can refer to them.
"""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SESSION_STATUSES = ("in_progress", "finished", "abandoned")
SIDES = ("left", "right", "both")


class UTCDateTime(TypeDecorator[datetime]):
    """A point in time stored as naive UTC in SQLite and read back as aware UTC.

    Naive datetimes are refused on write: their meaning depends on the
    machine's time zone, and mixing them with UTC would corrupt ordering.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to naive UTC; refuse naive ones."""
        if value is None:
            return None
        if value.tzinfo is UTC:
            return value.replace(tzinfo=None)
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing to store naive datetime {value.isoformat()}; use UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Mark the stored naive UTC value as UTC."""
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    """The current time as an aware UTC datetime (the default for timestamps)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of all models, sharing one metadata with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AthleteRow(Base):
    """A person who trains; one database can hold several (and a demo athlete)."""

    __tablename__ = "athlete"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ExerciseRow(Base):
    """An exercise sets and plans can point at: built-ins (synced at start-up) and customs.

    Built-ins get a row too, so that foreign keys hold and history keeps a
    name even if a later version drops the exercise from its library.
    """

    __tablename__ = "exercise"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    builtin: Mapped[bool] = mapped_column(Boolean)
    unilateral: Mapped[bool] = mapped_column(Boolean)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    tempo: Mapped[str] = mapped_column(String(16))
    sets_min: Mapped[int] = mapped_column(Integer)
    sets_max: Mapped[int] = mapped_column(Integer)
    reps_min: Mapped[int] = mapped_column(Integer)
    reps_max: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PlanRow(Base):
    """A named training plan; `athlete_id` is NULL for plans shared by every athlete."""

    __tablename__ = "plan"
    __table_args__ = (
        UniqueConstraint("athlete_id", "name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    athlete_id: Mapped[int | None] = mapped_column(ForeignKey("athlete.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PlanItemRow(Base):
    """One exercise of a plan, at its position, with its prescription."""

    __tablename__ = "plan_item"
    __table_args__ = (UniqueConstraint("plan_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercise.id"))
    sets: Mapped[int] = mapped_column(Integer)
    reps_min: Mapped[int] = mapped_column(Integer)
    reps_max: Mapped[int] = mapped_column(Integer)
    tempo: Mapped[str] = mapped_column(String(16))
    rest_between_sides_s: Mapped[int] = mapped_column(Integer)
    rest_between_sets_s: Mapped[int] = mapped_column(Integer)
    load_kg: Mapped[float] = mapped_column(Float)
    progression_level: Mapped[int] = mapped_column(Integer)
    side_order: Mapped[str] = mapped_column(String(16))


class TrainingSessionRow(Base):
    """One workout; stays 'in_progress' until finished or abandoned (for crash resume)."""

    __tablename__ = "training_session"
    __table_args__ = (
        CheckConstraint("status IN ('in_progress', 'finished', 'abandoned')", name="status_valid"),
        Index(None, "athlete_id", "started_at"),
        # An imported workout is added once per athlete, however often its file is imported.
        Index(None, "athlete_id", "source_key", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    athlete_id: Mapped[int] = mapped_column(ForeignKey("athlete.id", ondelete="CASCADE"))
    plan_name: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The plan as it was when the session started (migration 0004), so a session
    # resumes with exactly that plan; NULL for sessions recorded before then.
    plan: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Where an imported workout came from ("strong:2024-05-01T07:30:00"); NULL otherwise.
    source_key: Mapped[str | None] = mapped_column(String(64))
    # "tempo" or "manual": how reps were counted when the session began (migration
    # 0011), so a resumed session counts the same way; NULL before then and for imports.
    counting_mode: Mapped[str | None] = mapped_column(String(10))
    # How many sets the session holds, warm-ups included (migration 0012): kept exact with
    # `session_totals`, so "sessions with sets" is read without touching `set_entry`.
    set_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class SetEntryRow(Base):
    """One set on one leg. The checks repeat the domain's limits as a last line of defence."""

    __tablename__ = "set_entry"
    __table_args__ = (
        CheckConstraint("side IN ('left', 'right', 'both')", name="side_valid"),
        CheckConstraint("set_number >= 1", name="set_number_positive"),
        CheckConstraint("reps BETWEEN 0 AND 100", name="reps_range"),
        CheckConstraint("load_kg BETWEEN 0 AND 500", name="load_kg_range"),
        CheckConstraint("rpe IS NULL OR rpe BETWEEN 1 AND 10", name="rpe_range"),
        CheckConstraint("rir IS NULL OR rir BETWEEN 0 AND 10", name="rir_range"),
        CheckConstraint("touchdowns >= 0", name="touchdowns_not_negative"),
        Index(None, "exercise_id", "side", "recorded_at"),
        # A session's sets in the order recorded: History's detail, the export's stream.
        Index(None, "session_id", "recorded_at", "id"),
        # History's leg filter: does this session have a set on that leg?
        Index(None, "session_id", "side"),
        # Covering: Progress totals read set rows per session from the index alone,
        # warm-ups left out.
        Index(None, "session_id", "exercise_id", "side", "recorded_at", "reps", "load_kg",
              "warmup"),
        # An imported set is added once per session, however often its file is imported.
        # Partial: sets logged in Legwork have no key and cost this index nothing. Migration
        # 0007 makes it partial on PostgreSQL too; spelling `postgresql_where` here would
        # load SQLAlchemy's PostgreSQL dialect (60 ms) into every start on a SQLite file,
        # and the models never create tables (test_schema checks both databases' index).
        Index(None, "session_id", "source_key", unique=True,
              sqlite_where=text("source_key IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercise.id"))
    side: Mapped[str] = mapped_column(String(8))
    set_number: Mapped[int] = mapped_column(Integer)
    reps: Mapped[int] = mapped_column(Integer)
    load_kg: Mapped[float] = mapped_column(Float)
    tempo: Mapped[str] = mapped_column(String(16))
    rpe: Mapped[float | None] = mapped_column(Float)
    rir: Mapped[int | None] = mapped_column(Integer)
    touchdowns: Mapped[int] = mapped_column(Integer)
    progression_level: Mapped[int] = mapped_column(Integer)
    # The form check's two answers; NULL = not answered (migration 0006 explains old sets).
    form_knee: Mapped[bool | None] = mapped_column(Boolean)
    form_hips: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Kept and shown, but left out of progress, records, last time and advice.
    warmup: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Which set of which imported file this is (a hash); NULL for sets logged in Legwork.
    source_key: Mapped[str | None] = mapped_column(String(64))


BUCKET_INDEX = ("ix_session_totals_buckets", "athlete_id", "exercise_id", "side", "started_us",
                "sets", "reps", "volume_kg", "best_load_kg", "min_load_kg")
"""`session_totals`' covering index for the charts' buckets (migration 0013): its name,
then its columns."""


class SessionTotalsRow(Base):
    """The totals of one session's sets of one exercise on one side, warm-ups left out.

    Derived from `set_entry` and kept exact by every write of sets
    (`app.storage.session_totals.refresh_session_totals`, migration 0012), so
    Progress adds up a session's few rows instead of all its sets. A pair with
    only warm-ups has no row. The session's athlete and start are copied in
    (migration 0013; a session keeps both for life) and lead the key: one
    athlete's history of one exercise and side is then a single range of rows
    in time order. Without rowid on SQLite: the key is the row.
    """

    __tablename__ = "session_totals"
    __table_args__ = (
        PrimaryKeyConstraint("athlete_id", "exercise_id", "side", "started_us", "session_id"),
        # Refreshing a session's totals, and deleting them with the session.
        Index(None, "session_id"),
        # Covering: a chart's buckets add up these figures from the index alone.
        Index(*BUCKET_INDEX),
        {"sqlite_with_rowid": False},
    )

    athlete_id: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercise.id"))
    side: Mapped[str] = mapped_column(String(8))
    # The session's start as whole microseconds since 1970-01-01 UTC: exact, and a local
    # day or week is whole-number arithmetic on it, in any time zone.
    started_us: Mapped[int] = mapped_column(BigInteger)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"))
    sets: Mapped[int] = mapped_column(Integer)
    reps: Mapped[int] = mapped_column(Integer)
    volume_kg: Mapped[float] = mapped_column(Float)
    best_load_kg: Mapped[float] = mapped_column(Float)
    min_load_kg: Mapped[float] = mapped_column(Float)
    # The heaviest load lifted for exactly n reps (n = 1–12, the Epley range); NULL if none.
    best_load_1: Mapped[float | None] = mapped_column(Float)
    best_load_2: Mapped[float | None] = mapped_column(Float)
    best_load_3: Mapped[float | None] = mapped_column(Float)
    best_load_4: Mapped[float | None] = mapped_column(Float)
    best_load_5: Mapped[float | None] = mapped_column(Float)
    best_load_6: Mapped[float | None] = mapped_column(Float)
    best_load_7: Mapped[float | None] = mapped_column(Float)
    best_load_8: Mapped[float | None] = mapped_column(Float)
    best_load_9: Mapped[float | None] = mapped_column(Float)
    best_load_10: Mapped[float | None] = mapped_column(Float)
    best_load_11: Mapped[float | None] = mapped_column(Float)
    best_load_12: Mapped[float | None] = mapped_column(Float)


class AppSettingRow(Base):
    """One setting that belongs to the database rather than a desktop user (kiosk admin PIN)."""

    __tablename__ = "app_setting"
    __table_args__ = (CheckConstraint("length(trim(key)) > 0", name="key_not_empty"),)

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class PinAttemptsRow(Base):
    """Wrong PINs in a row for one kiosk PIN ("admin" or "athlete:<id>") and any lock-out."""

    __tablename__ = "pin_attempts"
    __table_args__ = (
        CheckConstraint("length(trim(pin)) > 0", name="pin_not_empty"),
        CheckConstraint("wrong >= 0", name="wrong_not_negative"),
    )

    pin: Mapped[str] = mapped_column(String(40), primary_key=True)
    wrong: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class AthletePreferenceRow(Base):
    """One of an athlete's training preferences (unit, counting mode, rests…), as text."""

    __tablename__ = "athlete_preference"
    __table_args__ = (CheckConstraint("length(trim(key)) > 0", name="key_not_empty"),)

    athlete_id: Mapped[int] = mapped_column(
        ForeignKey("athlete.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class CustomTestRow(Base):
    """A test a coach added to the battery, shared by every athlete of the database."""

    __tablename__ = "custom_test"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("better IN ('higher', 'lower')", name="better_valid"),
        CheckConstraint("trials BETWEEN 1 AND 5", name="trials_range"),
        CheckConstraint("cap IS NULL OR cap > 0", name="cap_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    unit: Mapped[str] = mapped_column(String(16))
    better: Mapped[str] = mapped_column(String(8))
    trials: Mapped[int] = mapped_column(Integer)
    cap: Mapped[float | None] = mapped_column(Float)
    decimals: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class AssessmentRow(Base):
    """One testing day of an athlete; stays 'in_progress' until finished (for crash resume)."""

    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint("status IN ('in_progress', 'finished', 'abandoned')", name="status_valid"),
        CheckConstraint(
            "involved_side IS NULL OR involved_side IN ('left', 'right')",
            name="involved_side_valid",
        ),
        CheckConstraint(
            "leg_length_left_cm IS NULL OR leg_length_left_cm BETWEEN 40 AND 130",
            name="leg_length_left_range",
        ),
        CheckConstraint(
            "leg_length_right_cm IS NULL OR leg_length_right_cm BETWEEN 40 AND 130",
            name="leg_length_right_range",
        ),
        Index(None, "athlete_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    athlete_id: Mapped[int] = mapped_column(ForeignKey("athlete.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    involved_side: Mapped[str | None] = mapped_column(String(8))
    leg_length_left_cm: Mapped[float | None] = mapped_column(Float)
    leg_length_right_cm: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")


class AssessmentTestRow(Base):
    """A test chosen for an assessment, with its rules as they were on the day.

    Copying the definition keeps a past report exact when a custom test is
    later removed or the shipped battery changes.
    """

    __tablename__ = "assessment_test"
    __table_args__ = (
        UniqueConstraint("assessment_id", "position"),
        UniqueConstraint("assessment_id", "test_slug"),
        CheckConstraint("better IN ('higher', 'lower')", name="better_valid"),
        CheckConstraint("trials BETWEEN 1 AND 5", name="trials_range"),
        Index(None, "test_slug", "assessment_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    test_slug: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(80))
    unit: Mapped[str] = mapped_column(String(16))
    better: Mapped[str] = mapped_column(String(8))
    trials: Mapped[int] = mapped_column(Integer)
    cap: Mapped[float | None] = mapped_column(Float)
    decimals: Mapped[int] = mapped_column(Integer)
    symmetry_line: Mapped[float | None] = mapped_column(Float)
    difference_flag: Mapped[float | None] = mapped_column(Float)
    normalise_to_leg_length: Mapped[bool] = mapped_column(Boolean)


class AssessmentTrialRow(Base):
    """One trial on one leg, committed the moment it is entered."""

    __tablename__ = "assessment_trial"
    __table_args__ = (
        UniqueConstraint("assessment_test_id", "side", "trial_number"),
        CheckConstraint("side IN ('left', 'right')", name="side_valid"),
        CheckConstraint("trial_number >= 1", name="trial_number_positive"),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_test_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_test.id", ondelete="CASCADE")
    )
    side: Mapped[str] = mapped_column(String(8))
    trial_number: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BodyMassRow(Base):
    """An athlete's body mass on one day (optional; used for the load a leg carries)."""

    __tablename__ = "body_mass"
    __table_args__ = (
        UniqueConstraint("athlete_id", "measured_on"),
        CheckConstraint("mass_kg BETWEEN 25 AND 300", name="mass_kg_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    athlete_id: Mapped[int] = mapped_column(ForeignKey("athlete.id", ondelete="CASCADE"))
    measured_on: Mapped[date] = mapped_column(Date)
    mass_kg: Mapped[float] = mapped_column(Float)


class ProgrammeBlockRow(Base):
    """An athlete's training block (issue 20): its calendar, exercises and each leg's start.

    The calendar itself is not stored: the domain works it out from these
    choices, the sessions done and today's date.
    """

    __tablename__ = "programme_block"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'paused', 'stopped')", name="status_valid"),
        CheckConstraint("weeks BETWEEN 1 AND 52", name="weeks_range"),
        Index(None, "athlete_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    athlete_id: Mapped[int] = mapped_column(ForeignKey("athlete.id", ondelete="CASCADE"))
    template: Mapped[str] = mapped_column(String(80))
    starts_on: Mapped[date] = mapped_column(Date)
    weeks: Mapped[int] = mapped_column(Integer)
    weekdays: Mapped[str] = mapped_column(String(32))
    race_on: Mapped[date | None] = mapped_column(Date)
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    start: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProgrammeSessionRow(Base):
    """A session of a block that was started (and so trained), or whose values the athlete set."""

    __tablename__ = "programme_session"
    __table_args__ = (
        UniqueConstraint("block_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        Index(None, "training_session_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    block_id: Mapped[int] = mapped_column(ForeignKey("programme_block.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    training_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_session.id", ondelete="SET NULL"))
    done_on: Mapped[date | None] = mapped_column(Date)
    # The athlete's own values for this session, per exercise and leg (NULL: none).
    own: Mapped[dict[str, Any] | None] = mapped_column(JSON)
