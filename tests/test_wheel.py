"""The built wheel carries the resources, and the app finds them when installed from it."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=600,
    )
    (built,) = out.glob("legwork-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_exercises_sounds_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for slug in ("single-leg-squat", "reverse-lunge", "single-leg-romanian-deadlift",
                 "rear-foot-elevated-split-squat", "single-leg-calf-raise",
                 "single-leg-bent-knee-calf-raise"):
        assert f"app/resources/exercises/{slug}.toml" in names
        assert f"app/resources/illustrations/{slug}.svg" in names
    assert "app/resources/sounds/rep.wav" in names
    assert "app/resources/why-single-leg.md" in names
    assert {"app/resources/claims.toml", "app/resources/references.toml"} <= names
    assert "app/resources/programme/block.toml" in names, "the training block's template"
    assert any(n.startswith("app/storage/migrations/versions/") for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)


@pytest.mark.slow
def test_installed_wheel_loads_the_library(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [sys.executable, "-c", "import app, sys; print(app.__file__)"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=True,
    )
    assert probe.stdout.startswith(str(site)), "the test must run the wheel's copy"
    result = subprocess.run(
        [sys.executable, "-m", "app", "exercises", "--json"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 6
