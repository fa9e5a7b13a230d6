#!/usr/bin/env bash
# Write packaging/constraints.txt from the virtual environment CI has just tested
# (.venv unless PYTHON is set): every installed package at its exact version, Legwork
# itself left out. `.ci/run` ends with this; see docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
where="$("$PYTHON" -c 'import platform; print(f"Python {platform.python_version()} on {platform.system()}")')"
{
  echo "# The versions CI tested, written by scripts/write_constraints.sh at the end of .ci/run"
  echo "# ($where). pip installs from it in CI and in packaging/build.sh, so the"
  echo "# PyInstaller build holds what the tests ran on; see docs/packaging.md."
  "$PYTHON" -m pip freeze --exclude-editable --disable-pip-version-check
} > packaging/constraints.txt.new
mv packaging/constraints.txt.new packaging/constraints.txt
echo "wrote packaging/constraints.txt ($(grep -vc '^#' packaging/constraints.txt) packages)"
