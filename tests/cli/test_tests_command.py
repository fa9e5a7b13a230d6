"""`legwork tests`: the battery as a table and as the JSON contract, with coaches' tests."""

import json
from pathlib import Path

from app.__main__ import main
from app.services.assessments import add_custom_test


def test_json_contract(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert main(["--database-url", url, "tests", "--json"]) == 0
    tests = json.loads(capsys.readouterr().out)
    assert len(tests) == 8
    for test in tests:
        assert {"id", "name", "unit", "better", "trials", "source"} <= set(test)
        assert test["better"] in ("higher", "lower")
        assert isinstance(test["trials"], int) and test["trials"] >= 1
        assert test["source"], test["id"]
    timed = next(t for t in tests if t["id"] == "timed-hop")
    assert (timed["unit"], timed["better"], timed["symmetry_line"]) == ("s", "lower", 90.0)
    assert not (tmp_path / "none.db").exists(), "a read-only command creates no database"


def test_table_lists_each_test_with_its_source(tmp_path: Path, capsys) -> None:
    assert main(["--database-url", f"sqlite:///{tmp_path / 'none.db'}", "tests"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "UNIT", "BETTER", "TRIALS", "CAP", "SOURCE"]
    timed = next(line for line in lines if line.startswith("timed-hop"))
    assert "6 m timed hop" in timed and " lower " in timed and "20 s" in timed
    assert timed.rstrip().endswith("Grindem et al. 2016")


def test_a_coach_s_test_is_listed_too(database, capsys) -> None:
    add_custom_test(database, name="Wall sit", unit="s", better="higher", trials=1, cap=300)
    assert main(["--database-url", f"sqlite:///{database.path}", "tests", "--json"]) == 0
    wall = json.loads(capsys.readouterr().out)[-1]
    assert (wall["id"], wall["builtin"], wall["source"], wall["cap"]) == (
        "wall-sit", False, "", 300.0)
