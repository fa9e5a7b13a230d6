"""Hostile input at the tempo parser and the exercise file loader: only their own errors."""

import contextlib
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain.exercise_file import ExerciseFileError, load_exercise_file, parse_exercise
from app.domain.tempo import Tempo, TempoError
from app.resources import resource_path

SQUAT = resource_path("exercises", "single-leg-squat.toml")
VALID = tomllib.loads(SQUAT.read_text(encoding="utf-8"))

tempo_like = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="0123456789xX-/– \t\n", max_size=15),
    st.lists(st.sampled_from(["0", "3", "10", "11", "X", "x", "-1", "1.5", "", "٣", "𝟑"]),
             min_size=1, max_size=6).map("-".join),
)


@settings(max_examples=300)
@given(tempo_like)
@example("3-1-1-0")
@example("\x00")
@example("99999999999999999999-1-1-1")
def test_the_tempo_parser_raises_only_tempo_errors(text: str) -> None:
    try:
        tempo = Tempo.parse(text)
    except TempoError as error:
        assert str(error)
        return
    assert Tempo.parse(str(tempo)) == tempo, "what it reads, it writes back the same"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=12,
)


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(sorted(VALID)), json_values, max_size=8))
def test_exercise_data_with_wrong_fields_raises_only_exercise_file_errors(
    changes: dict[str, Any],
) -> None:
    data = {**VALID, **changes}
    try:
        parse_exercise(data, "fuzz.toml")
    except ExerciseFileError as error:
        assert str(error).startswith("fuzz.toml: ")


@settings(max_examples=150)
@given(st.dictionaries(st.text(max_size=10), json_values, max_size=8))
def test_arbitrary_tables_are_refused_cleanly(data: dict[str, Any]) -> None:
    with contextlib.suppress(ExerciseFileError):
        parse_exercise(data, "fuzz.toml")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.binary(max_size=200),
        st.integers(min_value=0, max_value=len(SQUAT.read_bytes())).map(
            lambda cut: SQUAT.read_bytes()[:cut]
        ),
        st.tuples(st.integers(0, 2000), st.binary(min_size=1, max_size=8)).map(
            lambda spot: _splice(SQUAT.read_bytes(), *spot)
        ),
    )
)
def test_damaged_exercise_files_raise_only_exercise_file_errors(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "single-leg-squat.toml"
    path.write_bytes(content)
    try:
        load_exercise_file(path)
    except ExerciseFileError as error:
        assert "single-leg-squat.toml" in str(error)


def _splice(original: bytes, at: int, junk: bytes) -> bytes:
    at = min(at, len(original))
    return original[:at] + junk + original[at + len(junk):]
