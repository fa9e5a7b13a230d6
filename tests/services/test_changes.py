"""The change channel: merging what two calls changed, and telling nothing from something."""

from app.services.changes import NOTHING, Changes


def test_merging_keeps_every_kind_of_change() -> None:
    merged = Changes(sessions=True) | Changes(preferences=frozenset({"unit"}))
    assert merged.sessions
    assert merged.preferences == {"unit"}
    assert not merged.plans


def test_nothing_changed_is_not_any_change() -> None:
    assert not NOTHING.any
    assert Changes(athletes=True).any
    assert Changes(preferences=frozenset({"rest_s"})).any
