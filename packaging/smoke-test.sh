#!/usr/bin/env bash
# Smoke test of the PyInstaller build: the version answers, the main window opens
# offscreen on a fresh database and the app exits cleanly with code 0, and a
# session sheet prints to PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
APP="${1:-dist/legwork/legwork}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

version="$("$APP" --version)"
echo "$version"
[[ "$version" == "legwork "* ]] || { echo "smoke test: unexpected --version output" >&2; exit 1; }

# Settings and data go to the scratch folder so the test never touches a real profile.
XDG_CONFIG_HOME="$scratch/config" LEGWORK_DATA_DIR="$scratch/data" QT_QPA_PLATFORM=offscreen \
  "$APP" --quit-after-show --database-url "sqlite:///$scratch/smoke.db" | tee "$scratch/out.txt"
grep -q '^shown ' "$scratch/out.txt" || { echo "smoke test: the window never showed" >&2; exit 1; }
grep -q '^ready ' "$scratch/out.txt" || { echo "smoke test: the history never opened" >&2; exit 1; }
[[ -s "$scratch/smoke.db" ]] || { echo "smoke test: no database was created" >&2; exit 1; }

# A printed sheet exercises the bundled fonts, Qt's PDF writer and the plan storage.
XDG_CONFIG_HOME="$scratch/config" LEGWORK_DATA_DIR="$scratch/data" QT_QPA_PLATFORM=offscreen \
  "$APP" --database-url "sqlite:///$scratch/smoke.db" \
  sheet --plan "Runner's single-leg session" -o "$scratch/sheet.pdf"
head -c 5 "$scratch/sheet.pdf" | grep -q '%PDF-' \
  || { echo "smoke test: the sheet is not a PDF" >&2; exit 1; }
echo "smoke test passed"
