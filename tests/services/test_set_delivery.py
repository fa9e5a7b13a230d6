"""Sets on a gym's server when the network drops: kept in order on the kiosk, sent once."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.backoff import Backoff
from app.domain.errors import ValidationError
from app.domain.sides import Side
from app.library import builtin_exercises
from app.services.set_delivery import DeliveryState, SetDelivery
from app.storage.database import Database, DatabaseUnreachableError
from app.storage.exercises import sync_builtin_exercises
from app.storage.kiosk import add_kiosk_athlete, delete_athlete
from app.storage.outbox import Outbox, outbox_path
from app.storage.sessions import (
    SessionStatus,
    finish_session,
    get_session,
    record_set,
    start_session,
)
from tests.builders import T0, separate_connection, set_entry
from tests.fakes import FakeClock
from tests.postgres_server import Cluster


@pytest.fixture
def outbox(tmp_path: Path, database: Database) -> Iterator[Outbox]:
    """The kiosk's outbox for this database, in its own folder."""
    box = Outbox(outbox_path(tmp_path / "kiosk", database.location))
    yield box
    box.close()


@pytest.fixture
def session_id(database: Database) -> int:
    sync_builtin_exercises(database, builtin_exercises())
    athlete = add_kiosk_athlete(database, "Mia")
    return start_session(database, athlete.id, "Base", started_at=T0)


def _stored_notes(database: Database) -> list[str]:
    with separate_connection(database) as conn:
        return list(conn.execute(text("SELECT notes FROM set_entry ORDER BY id")).scalars())


def _set(i: int):  # type: ignore[no-untyped-def]
    return set_entry("single-leg-squat", (Side.LEFT, Side.RIGHT)[i % 2], set_number=i // 2 + 1,
                     minutes=i, notes=f"set {i}")


class _Unreachable:
    """Stands in for the storage call while the cable is out."""

    def __call__(self, *_args: object, **_kwargs: object) -> object:
        raise DatabaseUnreachableError("Cannot reach the Legwork database: connection refused")


def test_while_the_server_answers_each_set_is_stored_at_once(
    database: Database, outbox: Outbox, session_id: int
) -> None:
    delivery = SetDelivery(database, outbox)
    outcome = delivery.record_set(session_id, _set(0))
    assert outcome.value.state is DeliveryState.STORED and outcome.value.set_id is not None
    assert outcome.changes.sessions and not outcome.changes.outbox
    assert _stored_notes(database) == ["set 0"]
    assert delivery.status().online and outbox.count() == 0


def test_sets_accepted_offline_wait_in_order_then_arrive_once_in_order(
    database: Database, outbox: Outbox, session_id: int, monkeypatch: pytest.MonkeyPatch,
    fake_clock: FakeClock,
) -> None:
    delivery = SetDelivery(database, outbox, clock=fake_clock, backoff=Backoff(first_s=2))
    delivery.record_set(session_id, _set(0))
    monkeypatch.setattr("app.services.set_delivery.record_set_once", _Unreachable())
    queued = [delivery.record_set(session_id, _set(i)) for i in (1, 2, 3)]
    assert [q.value.state for q in queued] == [DeliveryState.QUEUED] * 3
    assert [q.value.waiting for q in queued] == [1, 2, 3]
    status = delivery.status()
    assert not status.online and status.waiting == 3 and status.retry_in_s == 2
    assert not delivery.retry_due(), "the back-off pause is not over"
    monkeypatch.undo()
    fake_clock.advance(2)
    assert delivery.retry_due()
    report = delivery.deliver_waiting()
    assert (report.value.delivered, report.value.waiting, report.value.online) == (3, 0, True)
    assert report.changes.sessions and report.changes.outbox
    assert _stored_notes(database) == ["set 0", "set 1", "set 2", "set 3"]
    assert delivery.deliver_waiting().value.delivered == 0, "nothing is sent twice"


def test_a_set_whose_commit_answer_was_lost_is_not_stored_twice(
    database: Database, outbox: Outbox, session_id: int
) -> None:
    # The server committed, the answer never came back, the kiosk queued it anyway.
    record_set(database, session_id, _set(0))
    outbox.add_set(session_id, _set(0), T0)
    report = SetDelivery(database, outbox).deliver_waiting().value
    assert report.delivered == 1
    assert _stored_notes(database) == ["set 0"]


def test_a_session_finished_offline_is_finished_after_its_sets(
    database: Database, outbox: Outbox, session_id: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    delivery = SetDelivery(database, outbox, backoff=Backoff(first_s=0))
    monkeypatch.setattr("app.services.set_delivery.record_set_once", _Unreachable())
    delivery.record_set(session_id, _set(0))
    assert delivery.finish_session(session_id, notes="legs done").value.state \
        is DeliveryState.QUEUED
    assert get_session(database, session_id).status is SessionStatus.IN_PROGRESS
    monkeypatch.undo()
    delivery.deliver_waiting()
    info = get_session(database, session_id)
    assert info.status is SessionStatus.FINISHED and info.notes == "legs done"
    assert _stored_notes(database) == ["set 0"]


def test_a_set_the_server_refuses_on_return_is_kept_for_the_admin(
    database: Database, outbox: Outbox, session_id: int
) -> None:
    other = start_session(database, get_session(database, session_id).athlete_id, "Other",
                          started_at=T0 + timedelta(days=1))
    outbox.add_set(session_id, _set(0), T0)
    outbox.add_set(other, _set(1), T0)
    finish_session(database, session_id)  # closed elsewhere while the kiosk was offline
    delivery = SetDelivery(database, outbox)
    report = delivery.deliver_waiting().value
    assert (report.delivered, report.refused) == (1, 1), "the next item still goes"
    [kept] = outbox.refused()
    assert kept.item.entry == _set(0)
    assert "is finished" in kept.reason
    assert delivery.status().refused == 1
    delivery.requeue_refused(kept.item.id)
    assert outbox.count() == 1 and outbox.refused() == []


def test_a_set_refused_while_online_raises_and_is_not_queued(
    database: Database, outbox: Outbox, session_id: int
) -> None:
    finish_session(database, session_id)
    with pytest.raises(ValidationError, match="is finished"):
        SetDelivery(database, outbox).record_set(session_id, _set(0))
    assert outbox.count() == 0


def test_the_outbox_survives_the_kiosk_restarting(
    database: Database, tmp_path: Path, session_id: int
) -> None:
    path = outbox_path(tmp_path, database.location)
    with Outbox(path) as box:
        box.add_set(session_id, _set(0), T0)
        box.add_set(session_id, _set(1), T0)
    with Outbox(path) as box:
        assert [item.entry for item in box.pending()] == [_set(0), _set(1)]
        assert SetDelivery(database, box).deliver_waiting().value.delivered == 2
    assert _stored_notes(database) == ["set 0", "set 1"]


def test_a_deleted_athletes_queued_set_is_kept_with_the_reason(
    database: Database, outbox: Outbox, session_id: int
) -> None:
    outbox.add_set(session_id, _set(0), T0)
    delete_athlete(database, get_session(database, session_id).athlete_id)
    SetDelivery(database, outbox).deliver_waiting()
    [kept] = outbox.refused()
    assert "no training session" in kept.reason


on_server = pytest.mark.parametrize("database_backend", ["postgresql"], indirect=True)


@on_server
def test_the_server_stops_mid_session_and_every_set_arrives_once_in_order(
    database: Database, outbox: Outbox, session_id: int, postgres_cluster: Cluster,
    fake_clock: FakeClock,
) -> None:
    delivery = SetDelivery(database, outbox, clock=fake_clock)
    for i in range(3):
        assert delivery.record_set(session_id, _set(i)).value.state is DeliveryState.STORED
    postgres_cluster.stop()
    try:
        during = [delivery.record_set(session_id, _set(i)).value for i in range(3, 9)]
        ended = delivery.finish_session(session_id).value
        fake_clock.advance(1)
        assert delivery.deliver_waiting().value.online is False, "still down: nothing sent"
    finally:
        postgres_cluster.start()
    assert [d.state for d in during] == [DeliveryState.QUEUED] * 6
    assert ended.state is DeliveryState.QUEUED
    assert delivery.status().waiting == 6
    fake_clock.advance(60)
    report = delivery.deliver_waiting().value
    assert (report.delivered, report.refused, report.waiting) == (7, 0, 0)
    assert _stored_notes(database) == [f"set {i}" for i in range(9)]
    assert get_session(database, session_id).status is SessionStatus.FINISHED
    assert delivery.deliver_waiting().value.delivered == 0
    assert _stored_notes(database) == [f"set {i}" for i in range(9)], "each set once"
