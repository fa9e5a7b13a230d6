#!/bin/sh
# Regenerate translations/legwork.ts, the translators' source file, from every
# string the UI and the printable sheets pass through Qt's tr()/translate().
# Run it after changing user-visible text; tests/ui/test_translations.py fails
# while the file is out of date. Translations already in the file are kept.
#
#   scripts/update_translations.sh          (uses .venv/bin/pyside6-lupdate)
#   LUPDATE=pyside6-lupdate scripts/update_translations.sh
set -eu
cd "$(dirname "$0")/.."
lupdate="${LUPDATE:-.venv/bin/pyside6-lupdate}"
sources=$(find src/app/ui src/app/sheets -name '*.py' | LC_ALL=C sort)
# No line numbers in the file, so it changes only when the text does.
# shellcheck disable=SC2086 # the paths hold no spaces; one argument each
"$lupdate" -locations none -no-obsolete -source-language en $sources -ts translations/legwork.ts
