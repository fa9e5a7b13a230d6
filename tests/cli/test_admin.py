"""`legwork admin`: provisioning a kiosk's admin PIN and idle timeout from a shell."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import kiosk
from app.storage.database import open_database


def _admin(db_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `legwork --database-url … admin …` in its own process with piped standard input."""
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "app", "--database-url", f"sqlite:///{db_path}", "admin", *args],
        input=stdin, capture_output=True, text=True, env=environ, timeout=120,
    )


def test_set_pin_from_a_pipe_stores_a_hash_that_verifies(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    result = _admin(path, "set-pin", stdin="4821\n")
    assert result.returncode == 0, result.stderr
    assert "admin PIN is set" in result.stdout
    with open_database(f"sqlite:///{path}") as db:
        assert kiosk.verify_admin_pin(db, "4821")
        assert not kiosk.verify_admin_pin(db, "4820")
    assert b"4821" not in path.read_bytes()


def test_set_pin_replaces_an_earlier_pin(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    assert _admin(path, "set-pin", stdin="1111").returncode == 0
    assert _admin(path, "set-pin", stdin="2222\n").returncode == 0
    with open_database(f"sqlite:///{path}") as db:
        assert kiosk.verify_admin_pin(db, "2222")
        assert not kiosk.verify_admin_pin(db, "1111")


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("123\n", "exactly 4 digits"),
        ("12345\n", "exactly 4 digits"),
        ("abcd\n", "exactly 4 digits"),
        ("", "No PIN on standard input"),
        ("\n", "No PIN on standard input"),
    ],
)
def test_a_bad_pin_is_refused_with_a_clear_message_and_creates_nothing(
    tmp_path: Path, stdin: str, message: str
) -> None:
    path = tmp_path / "gym.db"
    result = _admin(path, "set-pin", stdin=stdin)
    assert result.returncode == 1
    assert result.stderr.startswith("legwork: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not path.exists()


def test_a_bad_pin_leaves_the_old_one_working(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    assert _admin(path, "set-pin", stdin="1111\n").returncode == 0
    assert _admin(path, "set-pin", stdin="99\n").returncode == 1
    with open_database(f"sqlite:///{path}") as db:
        assert kiosk.verify_admin_pin(db, "1111")


def test_idle_timeout_can_be_set_and_out_of_range_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    assert _admin(path, "set-idle-timeout", "120").returncode == 0
    refused = _admin(path, "set-idle-timeout", "5")
    assert refused.returncode == 1
    assert "30 to 3600" in refused.stderr
    with open_database(f"sqlite:///{path}") as db:
        assert kiosk.idle_timeout_s(db) == 120


def test_admin_without_an_action_explains_itself(tmp_path: Path) -> None:
    result = _admin(tmp_path / "gym.db")
    assert result.returncode == 2
    assert "set-pin" in result.stderr


def _admin_on_a_terminal(db_path: Path, answers: list[str]) -> tuple[int, str]:
    """Run `admin set-pin` on a pseudo-terminal, as over ssh, typing each answer at a prompt.

    Each answer waits for its prompt: getpass flushes anything typed earlier.
    """
    import pty
    import select

    main_fd, terminal_fd = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    output = b""
    with subprocess.Popen(
        [sys.executable, "-m", "app", "--database-url", f"sqlite:///{db_path}", "admin",
         "set-pin"],
        stdin=terminal_fd, stdout=terminal_fd, stderr=terminal_fd, env=environ,
        start_new_session=True,
    ) as process:
        os.close(terminal_fd)
        pending = list(answers)
        while True:
            ready, _, _ = select.select([main_fd], [], [], 60)
            if not ready:
                process.kill()
                break
            try:
                chunk = os.read(main_fd, 1024)
            except OSError:  # the terminal closed: the process has exited
                break
            if not chunk:
                break
            output += chunk
            while pending and output.count(b": ") > len(answers) - len(pending):
                os.write(main_fd, pending.pop(0).encode() + b"\n")
        code = process.wait(timeout=60)
    os.close(main_fd)
    return code, output.decode(errors="replace")


def test_on_a_terminal_the_pin_is_asked_twice_without_echo(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    code, output = _admin_on_a_terminal(path, ["4821", "4821"])
    assert code == 0, output
    assert "New admin PIN" in output and "again" in output
    assert "4821" not in output, "the PIN is never echoed"
    with open_database(f"sqlite:///{path}") as db:
        assert kiosk.verify_admin_pin(db, "4821")


def test_on_a_terminal_two_different_pins_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    code, output = _admin_on_a_terminal(path, ["4821", "4812"])
    assert code == 1
    assert "different" in output
    assert not path.exists()


# ---------------------------------------------------------------- members


def _names(path: Path) -> list[str]:
    from app.storage.athletes import list_athletes

    with open_database(f"sqlite:///{path}") as db:
        return [a.name for a in list_athletes(db)]


def test_members_in_any_alphabet_are_added_with_or_without_a_pin(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    added = _admin(path, "add-athlete", "Åse Øvrebø", "--pin", stdin="2580\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Added Åse Øvrebø with a PIN."
    assert _admin(path, "add-athlete", "José Núñez").returncode == 0
    assert _names(path) == ["Åse Øvrebø", "José Núñez"]
    with open_database(f"sqlite:///{path}") as db:
        (ase,) = kiosk.kiosk_athletes(db, "åse")
        (jose,) = kiosk.kiosk_athletes(db, "josé")
        assert kiosk.verify_athlete_pin(db, ase.id, "2580") and not jose.has_pin
    assert b"2580" not in path.read_bytes()


def test_a_pin_is_never_taken_as_an_argument(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    refused = _admin(path, "add-athlete", "Kari", "--pin", "1234")
    assert refused.returncode == 2
    assert not path.exists()


@pytest.mark.parametrize(("name", "message"), [
    ("", "cannot be empty"),
    ("   ", "cannot be empty"),
    ("Ida\tBerg", "control characters"),
    ("Ida\nBerg", "control characters"),
    ("Ida\x07", "control characters"),
])
def test_a_bad_name_gets_one_sentence_and_creates_nothing(
    tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / "gym.db"
    result = _admin(path, "add-athlete", name)
    assert result.returncode == 1
    assert result.stderr.startswith("legwork: ") and message in result.stderr
    assert result.stderr.count("\n") == 1, "one plain sentence"
    assert not path.exists()


def test_a_duplicate_name_is_refused_whatever_its_case(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    assert _admin(path, "add-athlete", "Åse").returncode == 0
    result = _admin(path, "add-athlete", "  åSE ", "--pin", stdin="1234\n")
    assert result.returncode == 1
    assert "There is already an athlete called" in result.stderr
    assert _names(path) == ["Åse"]


def test_reset_pin_gives_a_new_pin_or_removes_it_and_forgets_wrong_tries(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    path = tmp_path / "gym.db"
    assert _admin(path, "add-athlete", "Ola", "--pin", stdin="1111\n").returncode == 0
    with open_database(f"sqlite:///{path}") as db:
        (ola,) = kiosk.kiosk_athletes(db)
        for _ in range(5):
            kiosk.check_pin(db, kiosk.athlete_pin_owner(ola.id), "0000", datetime.now(UTC))
    reset = _admin(path, "reset-pin", "ola", stdin="2222\n")
    assert reset.returncode == 0, reset.stderr
    assert reset.stdout.strip() == "Ola has a new PIN."
    with open_database(f"sqlite:///{path}") as db:
        assert kiosk.verify_athlete_pin(db, ola.id, "2222")
        assert not kiosk.pin_attempts(db, kiosk.athlete_pin_owner(ola.id)).is_locked(
            datetime.now(UTC))
    assert _admin(path, "reset-pin", "Ola", "--remove").returncode == 0
    with open_database(f"sqlite:///{path}") as db:
        assert not kiosk.athlete_has_pin(db, ola.id)


def test_rename_keeps_the_member_and_refuses_a_taken_or_unknown_name(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    for name in ("Ola", "Kari"):
        assert _admin(path, "add-athlete", name).returncode == 0
    renamed = _admin(path, "rename-athlete", "ola", "Ola Nordmann")
    assert renamed.returncode == 0, renamed.stderr
    assert renamed.stdout.strip() == "Renamed Ola to Ola Nordmann."
    taken = _admin(path, "rename-athlete", "Kari", "OLA NORDMANN")
    assert taken.returncode == 1 and "already an athlete" in taken.stderr
    unknown = _admin(path, "rename-athlete", "Per", "Pål")
    assert unknown.returncode == 1 and "no athlete called 'Per'" in unknown.stderr
    assert _names(path) == ["Ola Nordmann", "Kari"]


def test_renaming_or_a_pin_on_a_missing_history_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "gym.db"
    assert _admin(path, "reset-pin", "Ola", stdin="1234\n").returncode == 1
    assert _admin(path, "rename-athlete", "Ola", "Per").returncode == 1
    assert not path.exists()
