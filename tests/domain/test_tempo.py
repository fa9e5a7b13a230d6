"""Tempo notation, the position within a rep, and the pacing clock."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.tempo import (
    EXPLOSIVE_SECONDS,
    BoundaryTracker,
    Tempo,
    TempoClock,
    TempoError,
    TempoEvent,
)
from tests.fakes import FakeClock


@pytest.mark.parametrize(
    ("text", "canonical", "seconds"),
    [
        ("3-1-1-0", "3-1-1-0", (3, 1, 1, 0)),
        ("3110", "3-1-1-0", (3, 1, 1, 0)),
        ("31X0", "3-1-X-0", (3, 1, EXPLOSIVE_SECONDS, 0)),
        ("4-0-1-1", "4-0-1-1", (4, 0, 1, 1)),
        ("2/1/1/0", "2-1-1-0", (2, 1, 1, 0)),
        ("  3-1-x-0 ", "3-1-X-0", (3, 1, EXPLOSIVE_SECONDS, 0)),
        ("10-0-1-0", "10-0-1-0", (10, 0, 1, 0)),
        ("3 - 1 - 1 - 0", "3-1-1-0", (3, 1, 1, 0)),
    ],
)
def test_parse_accepts_the_usual_notations(
    text: str, canonical: str, seconds: tuple[float, ...]
) -> None:
    tempo = Tempo.parse(text)
    assert (tempo.eccentric, tempo.bottom, tempo.concentric, tempo.top) == seconds
    assert str(tempo) == canonical
    assert Tempo.parse(str(tempo)) == tempo


@pytest.mark.parametrize(
    "text", ["3-1", "3-1-1-0-0", "", "abcd", "11-0-1-0", "3.5-1-1-0", "3-1/1-0", "31100", "3-1-1-"]
)
def test_parse_rejects_anything_else_saying_what_was_expected(text: str) -> None:
    with pytest.raises(TempoError) as caught:
        Tempo.parse(text)
    message = str(caught.value)
    assert "four phases like 3-1-1-0" in message
    assert f"got '{text}'" in message


def test_a_rep_must_take_some_time() -> None:
    with pytest.raises(TempoError, match="must take some time"):
        Tempo.parse("0-0-0-0")


def test_tempo_errors_are_validation_errors_and_value_errors() -> None:
    with pytest.raises(ValidationError):
        Tempo.parse("fast")
    with pytest.raises(ValueError):
        Tempo.parse("fast")


def test_building_a_tempo_directly_is_checked_too() -> None:
    with pytest.raises(TempoError):
        Tempo(2.5, 0, 1, 0)


def test_rep_seconds_counts_an_explosive_phase_as_its_constant() -> None:
    assert Tempo.parse("3-1-1-0").rep_seconds == 5
    assert Tempo.parse("31X0").rep_seconds == 4 + EXPLOSIVE_SECONDS


@pytest.mark.parametrize(
    ("text", "legend"),
    [
        ("3-1-1-0", "3-1-1-0: 3 s down, 1 s pause, 1 s up, no pause"),
        ("31X0", "3-1-X-0: 3 s down, 1 s pause, explosive up, no pause"),
        ("4-0-1-2", "4-0-1-2: 4 s down, no pause, 1 s up, 2 s pause"),
    ],
)
def test_legend_reads_in_plain_words(text: str, legend: str) -> None:
    assert Tempo.parse(text).legend() == legend


def test_position_walks_through_the_phases_of_a_rep() -> None:
    tempo = Tempo.parse("2-1-1-0")
    expectations = [
        (0.0, 0, "eccentric", 2.0),
        (1.5, 0, "eccentric", 0.5),
        (2.0, 0, "bottom", 1.0),
        (3.25, 0, "concentric", 0.75),
        (4.0, 1, "eccentric", 2.0),
        (42.0, 10, "bottom", 1.0),
    ]
    for elapsed, rep, phase, remaining in expectations:
        position = tempo.position(elapsed)
        assert (position.rep, position.phase, position.remaining) == (rep, phase, remaining)


def test_position_reports_fraction_and_duration_of_the_phase() -> None:
    position = Tempo.parse("4-0-1-0").position(1.0)
    assert position.duration == 4.0
    assert position.fraction == 0.25


def test_zero_length_phases_are_never_reported() -> None:
    tempo = Tempo.parse("2-0-1-0")
    phases = {tempo.position(t / 10).phase for t in range(0, 300)}
    assert phases == {"eccentric", "concentric"}


def test_negative_elapsed_time_is_refused() -> None:
    with pytest.raises(TempoError):
        Tempo.parse("3-1-1-0").position(-0.1)


def test_tracker_reports_each_boundary_once_in_order_even_when_polled_late() -> None:
    tracker = BoundaryTracker(Tempo.parse("2-1-1-0"))
    first = tracker.poll(0.0)
    assert [(e.kind, e.phase, e.rep) for e in first] == [("phase", "eccentric", 1)]
    assert tracker.poll(0.0) == []
    late = tracker.poll(8.0)
    assert [(e.kind, e.phase, e.rep, e.at) for e in late] == [
        ("phase", "bottom", 1, 2.0),
        ("phase", "concentric", 1, 3.0),
        ("rep", "concentric", 1, 4.0),
        ("phase", "eccentric", 2, 4.0),
        ("phase", "bottom", 2, 6.0),
        ("phase", "concentric", 2, 7.0),
        ("rep", "concentric", 2, 8.0),
        ("phase", "eccentric", 3, 8.0),
    ]
    assert tracker.poll(8.0) == []


def test_tempo_clock_reads_elapsed_time_from_the_injected_clock(fake_clock: FakeClock) -> None:
    pacer = TempoClock(Tempo.parse("2-1-1-0"), fake_clock)
    assert pacer.elapsed() == 0.0
    assert pacer.poll() == []
    pacer.start()
    fake_clock.advance(9.5)
    assert pacer.elapsed() == 9.5
    assert pacer.position().rep == 2
    assert pacer.position().phase == "eccentric"


def test_pause_shifts_the_time_base_exactly(fake_clock: FakeClock) -> None:
    pacer = TempoClock(Tempo.parse("2-1-1-0"), fake_clock)
    pacer.start()
    fake_clock.advance(1.5)
    pacer.pause()
    fake_clock.advance(100.0)
    assert pacer.elapsed() == 1.5
    assert pacer.position().phase == "eccentric"
    pacer.resume()
    fake_clock.advance(0.5)
    assert pacer.elapsed() == 2.0
    assert pacer.position().phase == "bottom"


def test_pause_and_resume_out_of_turn_change_nothing(fake_clock: FakeClock) -> None:
    pacer = TempoClock(Tempo.parse("2-1-1-0"), fake_clock)
    pacer.start()
    fake_clock.advance(1.0)
    pacer.resume()
    pacer.pause()
    fake_clock.advance(1.0)
    pacer.pause()
    fake_clock.advance(1.0)
    pacer.resume()
    assert pacer.elapsed() == 1.0


def test_start_at_an_earlier_instant_keeps_a_late_start_exact(fake_clock: FakeClock) -> None:
    pacer = TempoClock(Tempo.parse("2-1-1-0"), fake_clock)
    meant = fake_clock.now()
    fake_clock.advance(0.3)
    pacer.start(at=meant)
    assert pacer.elapsed() == pytest.approx(0.3)


def test_restart_begins_again_from_rep_zero(fake_clock: FakeClock) -> None:
    pacer = TempoClock(Tempo.parse("1-0-1-0"), fake_clock)
    pacer.start()
    fake_clock.advance(5.0)
    pacer.poll()
    pacer.start()
    assert pacer.position().rep == 0
    assert [e.kind for e in pacer.poll()] == ["phase"]


SHORT_TEMPOS = ["X-0-X-0", "1-0-X-0", "1-X-X-0", "X-X-X-X", "1-0-1-0", "2-0-X-0", "1-1-X-X"]


@settings(max_examples=20, deadline=None)
@given(
    tempo_text=st.sampled_from(SHORT_TEMPOS),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    pause_every=st.integers(min_value=500, max_value=50_000),
)
def test_ten_thousand_reps_on_an_irregular_timer_do_not_drift(
    tempo_text: str, seed: int, pause_every: int
) -> None:
    rng = random.Random(seed)
    clock = FakeClock()
    tempo = Tempo.parse(tempo_text)
    pacer = TempoClock(tempo, clock)
    pacer.start()
    rep_events: list[TempoEvent] = []
    phase_events = 0
    ticks = 0
    while len(rep_events) < 10_000:
        clock.advance(rng.uniform(0.001, 0.300))
        ticks += 1
        if ticks % pause_every == 0:
            pacer.pause()
            clock.advance(rng.uniform(0.0, 30.0))
            pacer.resume()
        elapsed = pacer.elapsed()
        for event in pacer.poll():
            assert event.at <= elapsed, "a boundary was announced before it happened"
            if event.kind == "rep":
                rep_events.append(event)
            else:
                phase_events += 1
    total = pacer.elapsed()
    completed = int(total // tempo.rep_seconds)
    assert pacer.position().rep == completed
    assert [e.rep for e in rep_events] == list(range(1, completed + 1))
    assert [e.at for e in rep_events] == [n * tempo.rep_seconds for n in range(1, completed + 1)]
    assert phase_events >= completed * len(tempo.phases)
