"""Importing training history from Strong, Hevy, FitNotes, Liftosaur or Legwork's own files.

Three steps, so a wizard can show what it found before anything is written:

1. `read_import(path)` reads the file and tells which app wrote it (no database);
2. `preview_import(db, file, options)` maps its exercises onto the library, works
   out sides and units, checks every value and counts what is new: app, unit,
   sessions, sets, date range, each exercise and what it maps to. Call it again
   with other `ImportOptions` (a mapping changed, another unit) as often as needed;
3. `run_import(db, preview, progress)` writes it all in one transaction and
   returns the summary and what changed.

`import_path` does the three at once (the `legwork import` command). A file
that cannot be imported raises `ImportRefusedError` listing each bad row, and
nothing is written. Every step is plain Python and may run on a worker thread.
"""

import gc
import itertools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, tzinfo
from functools import cache
from pathlib import Path
from typing import TextIO, TypeVar

from app.domain.athletes import AthleteInfo, clean_athlete_name, home_athlete, same_name
from app.domain.errors import LegworkError, ValidationError
from app.domain.exercise import Exercise
from app.domain.imports.formats import detect, read_as
from app.domain.imports.model import SkipReason, SourceApp, SourceFile
from app.domain.imports.names import load_synonyms
from app.domain.imports.plan import NEW_EXERCISE, ExerciseChoice, ImportPlan, plan_import
from app.domain.imports.problems import ImportRefusedError, refuse
from app.domain.imports.table import first_lines, open_table
from app.domain.sides import Side
from app.domain.units import Unit
from app.resources import resource_path
from app.services import athletes, library, preferences
from app.services.changes import Changes, Outcome
from app.storage.database import Database
from app.storage.imports import Progress, WriteSummary, write_plan
from app.storage.legwork_files import is_legwork_header, read_legwork_csv, read_legwork_json

__all__ = [
    "NEW_EXERCISE", "ExerciseChoice", "ImportOptions", "ImportPreview", "ImportRefusedError",
    "ImportSummary", "Progress", "SkipReason", "SourceApp", "SourceFile", "import_path",
    "mapping_choices", "preview_import", "read_import", "run_import",
]

T = TypeVar("T")
DEFAULT_ATHLETE = "Athlete"


@dataclass(frozen=True)
class ImportOptions:
    """The choices an import can be given; the defaults suit most files.

    `unit` is the unit of a file that states none (Strong's comma exports);
    without it, `default_unit` is assumed, and without that the unit the
    athlete chose in Preferences (kg for an athlete not yet in the history). A
    unit the file states always wins. `athlete` owns the history (default:
    the home athlete, the oldest one that is not the demo; `new_athlete` names
    the one created when there is none). Legwork's own files name their
    athletes; `athlete` then puts a one-athlete file under another name.
    `mappings` sends a name the preview lists (`ExerciseChoice.source`) to an
    exercise id, or to `NEW_EXERCISE`. `zone` is where the file's naive times
    were written (None: this computer's zone).
    """

    unit: Unit | None = None
    default_unit: Unit | None = None
    athlete: str | None = None
    new_athlete: str = DEFAULT_ATHLETE
    mappings: Mapping[str, str] = field(default_factory=dict)
    zone: tzinfo | None = None


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, before it does it; `run_import` takes it as it is.

    `unit` is the unit assumed for loads the file gives no unit for (None when
    the file states its units: `stated_units`). `new` counts what is not in
    the database yet (and what is, in `new.sets_already_there`); None when the
    preview was made only to be run at once.
    """

    plan: ImportPlan
    athlete: str
    new: WriteSummary | None

    @property
    def app(self) -> SourceApp:
        """The app that wrote the file."""
        return self.plan.app

    @property
    def layout(self) -> str:
        """Which of the app's export layouts it is, in words."""
        return self.plan.layout

    @property
    def unit(self) -> Unit | None:
        """The unit assumed for loads without one (None when the file states its units)."""
        return self.plan.assumed_unit

    @property
    def stated_units(self) -> frozenset[Unit]:
        """The units the file states for its loads."""
        return self.plan.stated_units

    @property
    def sessions(self) -> int:
        """Sessions in the file."""
        return len(self.plan.sessions)

    @property
    def sets(self) -> int:
        """Side-sets in the file (a set done "each side" is two)."""
        return self.plan.set_count

    @property
    def exercises(self) -> tuple[ExerciseChoice, ...]:
        """Each exercise name of the file and what it maps to, most sets first."""
        return self.plan.choices

    @property
    def assessments(self) -> int:
        """Assessments (testing days) in the file; only Legwork's own files have them."""
        return len(self.plan.assessments)

    @property
    def trials(self) -> int:
        """Assessment trials in the file, every test and leg together."""
        return sum(a.trial_count for a in self.plan.assessments)

    def days(self, zone: tzinfo | None = None) -> tuple[date, date] | None:
        """The first and last day of the history in the file."""
        return self.plan.days(zone)


@dataclass(frozen=True)
class ImportSummary:
    """What an import added (or, in a dry run, would add), as `legwork import` reports it."""

    app: SourceApp
    athlete: str
    written: WriteSummary
    skipped: Mapping[SkipReason, int]
    unit_note: str
    dry_run: bool = False

    @property
    def sets_added(self) -> int:
        """Side-sets added."""
        return self.written.sets_added

    @property
    def sessions(self) -> int:
        """Sessions created or given new sets."""
        return self.written.sessions_with_new_sets

    def line(self) -> str:
        """The one-line summary `legwork import` prints."""
        w = self.written
        verb = "would import" if self.dry_run else "imported"
        parts = [
            f"{verb} {_plural(w.sets_added, 'set')} in {_plural(self.sessions, 'session')} "
            f"from {self.app.label}",
            _plural(w.warmups_added, "warm-up"),
            f"{w.sided_added} with a side",
            f"{self.skipped.get(SkipReason.CARDIO, 0)} skipped (cardio)",
            *(f"{self.skipped[reason]} skipped ({reason.value})"
              for reason in (SkipReason.REST_TIMER, SkipReason.NOT_DONE)
              if self.skipped.get(reason)),
            f"{w.sets_already_there} already there",
        ]
        if w.trials_added or w.assessments_with_new_trials:
            parts.append(f"{_plural(w.trials_added, 'trial')} in "
                         f"{_plural(w.assessments_with_new_trials, 'assessment')}")
        if w.trials_already_there:
            parts.append(f"{_plural(w.trials_already_there, 'trial')} already there")
        if w.exercises_added:
            parts.append(_plural(w.exercises_added, "new exercise"))
        parts.extend(f"new athlete {name}" for name in w.athletes_added)
        parts.append(self.unit_note)
        line = "; ".join(parts)
        return f"{line} (dry run: nothing was changed)" if self.dry_run else line


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# ---------------------------------------------------------------------------- reading


@contextmanager
def _bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while an import builds its values.

    A big file makes hundreds of thousands of small acyclic objects, and the
    collector's repeated passes over them cost a second or more for nothing;
    reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()



def _decoded(path: Path, read: Callable[[TextIO], T]) -> T:
    """`read(text)` of the file in UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252."""
    try:
        with path.open("rb") as raw:
            start = raw.read(4)
    except FileNotFoundError:
        raise LegworkError(f"There is no file {str(path)!r} to import.") from None
    except IsADirectoryError:
        raise LegworkError(f"{str(path)!r} is a folder; choose an exported file.") from None
    except OSError as exc:
        raise LegworkError(f"Cannot read {str(path)!r}: {exc.strerror or exc}.") from None
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        # A spreadsheet program saving on Windows may have re-encoded an export.
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        try:
            with path.open(encoding=encoding, newline="") as text:
                return read(text)
        except UnicodeDecodeError:
            continue
    raise LegworkError(f"{path.name!r} is not a text file; choose a CSV or JSON export.")


def read_import(path: Path, source: SourceApp | None = None,
                zone: tzinfo | None = None) -> SourceFile:
    """Read an export, telling the app from its header unless `source` says which.

    `ImportRefusedError` for a file that is none of the formats, is cut off, or
    has bad rows (each listed with its reason); `LegworkError` for a missing or
    unreadable file. `zone` is where the file's naive times were written.
    """
    def read(text: TextIO) -> SourceFile:
        head, rest = first_lines(text)
        if head and head[-1].lstrip().startswith("{"):
            if source not in (None, SourceApp.LEGWORK):
                raise refuse(1, f"this is a JSON file, not a {source.label} CSV export")
            return read_legwork_json("".join(itertools.chain(head, rest)))
        table = open_table(itertools.chain(head, rest))
        if table is None:
            raise refuse(1, "the file is empty")
        if source is SourceApp.LEGWORK or (source is None and is_legwork_header(table)):
            return read_legwork_csv(table)
        app = source or detect(table)
        if app is None:
            shown = ", ".join(table.heading[:6]) + (", …" if len(table.heading) > 6 else "")
            raise refuse(1, f"Legwork cannot tell which app wrote this file: its header "
                            f"({shown}) is not that of a Strong, Hevy, FitNotes, Liftosaur or "
                            "Legwork export")
        return read_as(app, table, zone)

    return _decoded(path, read)


# ---------------------------------------------------------------------------- planning


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    return load_synonyms(resource_path("imports", "exercise-synonyms.toml"))


def mapping_choices(db: Database | None) -> list[Exercise]:
    """The exercises a name can be mapped to: the built-ins, then the athlete's own."""
    return library.exercises(db)


def _known_athletes(db: Database | None) -> list[AthleteInfo]:
    return athletes.athletes(db) if db is not None else []


def _unit(db: Database | None, athlete: str, options: ImportOptions) -> Unit:
    """The unit for loads the file states none for: chosen for this import, else the athlete's."""
    chosen = options.unit or options.default_unit
    if chosen is not None:
        return chosen
    known = next((a for a in _known_athletes(db) if same_name(a.name, athlete)), None)
    if db is None or known is None:
        return Unit.KG
    return preferences.preferences(db, known.id).unit


def _athlete(db: Database | None, source: SourceFile, options: ImportOptions) -> str:
    if source.app is SourceApp.LEGWORK:
        names = sorted({s.athlete for s in source.sessions if s.athlete}
                       | {a.athlete for a in source.assessments})
        if options.athlete is not None and len(names) > 1:
            raise ValidationError(
                f"This file holds the history of {len(names)} athletes ({', '.join(names)}); "
                "import it without choosing an athlete.")
        if options.athlete is not None:
            return clean_athlete_name(options.athlete)
        return names[0] if names else options.new_athlete
    if options.athlete is not None:
        return clean_athlete_name(options.athlete)
    home = home_athlete(_known_athletes(db))
    return home.name if home is not None else options.new_athlete


def preview_import(db: Database | None, source: SourceFile,
                   options: ImportOptions | None = None, *,
                   count_new: bool = True) -> ImportPreview:
    """What importing `source` with `options` would do; `db` None is an empty history.

    Nothing is written. `ImportRefusedError` lists rows whose values are out
    of range (in the chosen unit); `ValidationError` for a mapping to an
    exercise that does not exist. `count_new` False skips comparing with the
    history (`new` is None), for a preview that is run at once.
    """
    options = options or ImportOptions()
    athlete = _athlete(db, source, options)
    plan = plan_import(
        source, mapping_choices(db), athlete=athlete, unit=_unit(db, athlete, options),
        synonyms=_synonyms(), mappings=options.mappings,
    )
    if source.app is SourceApp.LEGWORK and options.athlete is not None:
        plan = _with_athlete(plan, athlete)
    if not count_new:
        return ImportPreview(plan=plan, athlete=athlete, new=None)
    new = write_plan(db, plan, dry_run=True) if db is not None else _all_new(plan)
    return ImportPreview(plan=plan, athlete=athlete, new=new)


def _with_athlete(plan: ImportPlan, athlete: str) -> ImportPlan:
    return replace(plan, sessions=tuple(replace(s, athlete=athlete) for s in plan.sessions),
                   assessments=tuple(replace(a, athlete=athlete) for a in plan.assessments))


def _all_new(plan: ImportPlan) -> WriteSummary:
    sets = [s for session in plan.sessions for s in session.sets]
    named = [*(s.athlete for s in plan.sessions), *(a.athlete for a in plan.assessments)]
    return WriteSummary(
        athletes_added=tuple(dict.fromkeys(named)),
        exercises_added=len(plan.new_exercises), sessions_added=len(plan.sessions),
        sessions_extended=0, sessions_skipped=0, sets_added=len(sets), sets_already_there=0,
        warmups_added=sum(1 for s in sets if s.warmup),
        sided_added=sum(1 for s in sets if s.side is not Side.BOTH),
        assessments_added=len(plan.assessments),
        trials_added=sum(a.trial_count for a in plan.assessments),
    )


def _unit_note(plan: ImportPlan) -> str:
    if plan.assumed_unit is not None:
        return f"assumed {plan.assumed_unit}"
    units = " and ".join(unit.value for unit in Unit if unit in plan.stated_units)
    return f"loads in {units}"


# ---------------------------------------------------------------------------- writing


def run_import(db: Database, preview: ImportPreview,
               progress: Progress | None = None) -> Outcome[ImportSummary]:
    """Write what `preview` found, in one transaction; only what is new is added.

    `progress(done, total)` is called as the sets go in (from the calling
    thread); an exception it raises (a wizard's Cancel) rolls everything back
    and propagates. Returns the summary and what changed for the views.
    """
    with _bulk_work():
        written = write_plan(db, preview.plan, progress=progress)
    summary = ImportSummary(app=preview.app, athlete=preview.athlete, written=written,
                            skipped=preview.plan.skipped, unit_note=_unit_note(preview.plan))
    changes = Changes(
        athletes=bool(written.athletes_added), exercises=bool(written.exercises_added),
        sessions=bool(written.sets_added or written.sessions_added),
        assessments=bool(written.trials_added or written.assessments_with_new_trials),
    )
    return Outcome(summary, changes)


def import_path(
    db: Database | None,
    path: Path,
    source: SourceApp | None = None,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> Outcome[ImportSummary]:
    """Read, plan and (unless `dry_run`) write a file in one call: `legwork import`.

    `db` may be None only for a dry run (there is no history yet).
    """
    options = options or ImportOptions()
    with _bulk_work():
        preview = preview_import(db, read_import(path, source, options.zone), options,
                                 count_new=dry_run)
    if dry_run:
        assert preview.new is not None
        summary = ImportSummary(app=preview.app, athlete=preview.athlete, written=preview.new,
                                skipped=preview.plan.skipped,
                                unit_note=_unit_note(preview.plan), dry_run=True)
        return Outcome(summary)
    if db is None:
        raise ValidationError("There is no database to import into.")
    return run_import(db, preview, progress)
