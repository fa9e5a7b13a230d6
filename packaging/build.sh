#!/usr/bin/env bash
# Build Legwork as one folder with PyInstaller: dist/legwork/legwork plus its libraries.
# Usage (from anywhere): packaging/build.sh  — uses .venv unless PYTHON is set.
# Every package comes at the version CI tested (packaging/constraints.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"

# The versions CI tested (packaging/constraints.txt), so a build is reproducible.
"$PYTHON" -m pip install -q -c packaging/constraints.txt -e ".[packaging]"
rm -rf build/pyinstaller dist/legwork
start=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/legwork.spec
echo "built dist/legwork in $((SECONDS - start)) s, $(du -sh dist/legwork | cut -f1)"
