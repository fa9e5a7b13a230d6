"""Random command lines: `legwork` exits 0, 1 or 2 with a message, never a traceback."""

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import app.commands.screenshots
import app.ui.shell.application
from app.__main__ import COMMANDS, main

OPTIONS = [
    "-o", "--output", "--json", "--format", "--athlete", "--unit", "--size", "--theme",
    "--database-url", "--kiosk", "--quit-after-show", "csv", "json", "kg", "lb", "light",
    "dark", "-", "--", "0", "-1", "99999999999999999999", "1280x800", "pin", "timeout",
    "show", "backup.db", "history.csv", "sqlite://", "sqlite:///x.db", "postgresql://h/db",
    "folder/", "", " ", "\u00e5sa", "💪", "-h",
]
token = st.one_of(
    st.sampled_from([*COMMANDS, *OPTIONS]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
            max_size=12),
)
argv_strategy = st.one_of(
    st.lists(token, max_size=6),
    st.tuples(
        st.lists(st.sampled_from(["--database-url", "--kiosk", "sqlite:///a.db", "a b.db"]),
                 max_size=2),
        st.sampled_from([*COMMANDS, "admin set-pin", "admin set-idle-timeout"]),
        st.lists(token, max_size=4),
    ).map(lambda parts: [*parts[0], *parts[1].split(), *parts[2]]),
)


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in a scratch folder, with the GUI, screenshots and PIN prompts replaced by stubs."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(app.ui.shell.application, "run_gui", lambda **_: 0)
    monkeypatch.setattr(app.commands.screenshots, "run", lambda _args: 0)
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": "12a")
    monkeypatch.setattr("sys.stdin", io.StringIO("12a\n"))
    return tmp_path


@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv_strategy)
@example(["backup", "-o", "\x01"])
@example(["restore", "nothing.db"])
@example(["--database-url", "sqlite://", "check"])
@example(["import", "."])
@example(["backup", "-o", "."])
@example(["check"])
def test_any_command_line_gets_an_exit_code_not_a_traceback(
    sandbox: Path, argv: list[str]
) -> None:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
    assert code in (0, 1, 2), (argv, code)
    assert "Traceback" not in err.getvalue()
    if code == 1:
        assert err.getvalue().startswith("legwork: "), err.getvalue()
