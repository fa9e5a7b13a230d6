#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment (no checkout on the
# path; its dependencies at the versions CI tested, packaging/constraints.txt), and
# check that the installed app answers and can export a sheet headless.
# Usage: packaging/check-wheel.sh  — uses .venv to build unless PYTHON is set.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$PYTHON" -m build --wheel --outdir "$scratch/dist" . >"$scratch/build.log" 2>&1 \
  || { cat "$scratch/build.log"; exit 1; }
wheel=("$scratch"/dist/legwork-*.whl)
echo "built ${wheel[0]##*/}"

python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install -q -c packaging/constraints.txt "${wheel[0]}" \
  >"$scratch/pip.log" 2>&1 \
  || { cat "$scratch/pip.log"; exit 1; }

# Run from the scratch folder so nothing can be imported from the checkout.
cd "$scratch"
export QT_QPA_PLATFORM=offscreen LEGWORK_DATA_DIR="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
venv/bin/legwork --version
venv/bin/legwork --database-url "sqlite:///$scratch/wheel.db" \
  sheet --plan "Runner's single-leg session" -o "$scratch/sheet.pdf"
head -c 5 "$scratch/sheet.pdf" | grep -q '%PDF-' \
  || { echo "check-wheel: the sheet is not a PDF" >&2; exit 1; }
echo "wheel check passed: sheet.pdf is $(wc -c <"$scratch/sheet.pdf") bytes"
