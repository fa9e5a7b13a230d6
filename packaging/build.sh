#!/usr/bin/env bash
# Build Legwork as one folder with PyInstaller: dist/legwork/legwork plus its libraries.
# Usage (from anywhere): packaging/build.sh  — uses .venv unless PYTHON is set.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"

"$PYTHON" -m pip install -q -e ".[packaging]"
rm -rf build/pyinstaller dist/legwork
start=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/legwork.spec
echo "built dist/legwork in $((SECONDS - start)) s, $(du -sh dist/legwork | cut -f1)"
