"""Back-off before retrying the server: doubling pauses up to a ceiling."""

from app.domain.backoff import Backoff


def test_the_first_try_does_not_wait_and_each_failure_doubles_the_pause() -> None:
    backoff = Backoff()
    assert [backoff.delay_s(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 32, 60]


def test_the_pause_never_passes_its_ceiling_however_long_the_outage() -> None:
    assert Backoff(first_s=0.5, longest_s=30).delay_s(10_000) == 30
