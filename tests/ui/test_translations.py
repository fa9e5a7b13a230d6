"""Translation-readiness: the .ts file is current, every string asked for is in it,
the pseudo-locale stretches text safely, and the views still fit it without clipping."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from app.domain.plan import BUILTIN_PLAN_NAME
from app.ui.shell.application import install_translators
from app.ui.shell.controller import AppController
from app.ui.shell.main_window import VIEW_KEYS, MainWindow
from app.ui.shell.pseudo_locale import (
    STRETCH,
    PseudoLocaleTranslator,
    is_qt_context,
    pseudo_translate,
)

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "translations" / "legwork.ts"
SOURCES = sorted([*(ROOT / "src/app/ui").rglob("*.py"), *(ROOT / "src/app/sheets").glob("*.py")])
TOOLS = Path(sys.executable).parent


def ts_messages(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a Qt .ts file."""
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


# --------------------------------------------------------------- the .ts file


def test_the_ts_file_matches_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-locations", "none", *map(str, SOURCES),
         "-ts", str(fresh)],
        check=True, capture_output=True,
    )
    missing = ts_messages(fresh) - ts_messages(TS_FILE)
    stale = ts_messages(TS_FILE) - ts_messages(fresh)
    assert not missing and not stale, (
        f"translations/legwork.ts is out of date: run scripts/update_translations.sh "
        f"(missing {sorted(missing)[:5]}, stale {sorted(stale)[:5]})"
    )


def test_no_f_string_goes_through_tr() -> None:
    # lupdate cannot see inside f-strings: format placeholders after tr() instead.
    pattern = re.compile(r"""(\btr|translate\("[^"]*",)\(?\s*f["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


class RecordingTranslator(QTranslator):
    """Remembers what the app asks to translate, and translates nothing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        """Record the request; None leaves the source text in place."""
        if not is_qt_context(context):
            self.asked.add((context, source_text))
        return None

    def isEmpty(self) -> bool:
        """Never empty, so Qt consults it."""
        return False


def test_every_string_asked_for_at_run_time_is_in_the_ts_file(
    qtbot, main_window: MainWindow
) -> None:
    app = QApplication.instance()
    recorder = RecordingTranslator()
    app.installTranslator(recorder)
    try:
        window = MainWindow(main_window.controller, main_window.settings)
        qtbot.addWidget(window)
        window.show()
        for key in VIEW_KEYS:
            window.show_view(key)
        window.session_view.picker.card(BUILTIN_PLAN_NAME).start_button.click()
    finally:
        app.removeTranslator(recorder)
    assert recorder.asked, "nothing went through Qt's translation at all"
    unknown = recorder.asked - ts_messages(TS_FILE)
    assert not unknown, f"asked for at run time but not in the .ts (wrong context?): {unknown}"


def test_a_compiled_translation_is_loaded_for_the_users_locale(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow
) -> None:
    source = tmp_path / "legwork_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>MainWindow</name><message><source>Library</source>"
        "<translation>Bibliothek</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(source)], check=True, capture_output=True)
    monkeypatch.setattr("app.ui.shell.application.resource_path", lambda *_parts: tmp_path)
    app = QApplication.instance()
    app.setProperty("legworkTranslated", False)
    QLocale.setDefault(QLocale("de_DE"))
    try:
        installed = install_translators(app, {})
        window = MainWindow(main_window.controller, main_window.settings)
        qtbot.addWidget(window)
        assert window.nav_buttons["library"].text() == "Bibliothek"
        assert window.nav_buttons["session"].text() == "Session"  # untranslated stays English
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        app.setProperty("legworkTranslated", False)
    assert len(installed) >= 1


def test_a_missing_translation_leaves_english(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr("app.ui.shell.application.resource_path", lambda *_parts: tmp_path / "none")
    app = QApplication.instance()
    app.setProperty("legworkTranslated", False)
    QLocale.setDefault(QLocale("fi_FI"))
    try:
        installed = install_translators(app, {})
        legwork = [t for t in installed if "legwork" in t.filePath()]
        assert legwork == []
        assert QCoreApplication.translate("MainWindow", "Library") == "Library"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        app.setProperty("legworkTranslated", False)


# ------------------------------------------------------------ pseudo-locale


@pytest.mark.parametrize("text", ["LEFT", "Set {n} of {m}", "A much longer sentence of text."])
def test_pseudo_text_is_at_least_40_percent_longer(text: str) -> None:
    stretched = pseudo_translate(text)
    assert len(stretched) >= len(text) * STRETCH
    assert stretched.startswith("[") and stretched.endswith("]")
    assert stretched != text


def test_pseudo_text_keeps_placeholders_markup_and_mnemonics() -> None:
    assert "{n}" in pseudo_translate("Set {n} of {m}")
    assert pseudo_translate("Set {n} of {m}").format(n=2, m=3).count("2") == 1
    assert "<b>" in pseudo_translate("<b>Weaker</b> leg") and "</b>" in pseudo_translate("<b>x</b>")
    assert "&amp;" in pseudo_translate("Tom &amp; Jerry")
    assert pseudo_translate("&Quit").startswith("[&")
    assert pseudo_translate("") == ""


def test_pseudo_locale_leaves_qts_own_parsing_contexts_alone(qapp) -> None:
    translator = PseudoLocaleTranslator()
    assert translator.translate("QShortcut", "Ctrl") is None
    assert translator.translate("QtCuePlayer", "No sound").startswith("[")  # Legwork's own
    assert translator.translate("QDialogButtonBox", "Cancel").startswith("[")
    assert translator.translate("MainWindow", "Library").startswith("[")
    assert not translator.isEmpty()


def test_the_environment_switch_installs_the_pseudo_locale(qapp) -> None:
    qapp.setProperty("legworkTranslated", False)
    try:
        installed = install_translators(qapp, {"LEGWORK_PSEUDO_LOCALE": "1"})
        assert any(isinstance(t, PseudoLocaleTranslator) for t in installed)
        assert QCoreApplication.translate("MainWindow", "Library").startswith("[Ŀ")
        assert install_translators(qapp, {"LEGWORK_PSEUDO_LOCALE": "1"}) == []  # only once
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        qapp.setProperty("legworkTranslated", False)
    assert QCoreApplication.translate("MainWindow", "Library") == "Library"


# ------------------------------------------------------------------ clipping


def _needed_width(label: QLabel) -> float:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        return document.idealWidth()
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def clipped_widgets(root: QWidget | None) -> list[str]:
    """Visible labels and buttons under `root` whose text does not fit their box.

    Word-wrapped labels must fit in height; deliberately elided text (ending in
    "…" with the full text as a tooltip) is allowed.
    """
    if root is None:
        return []
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.text().endswith("…") and widget.toolTip():
                continue
            box = widget.contentsRect()
            margin = widget.margin() * 2 + max(widget.indent(), 0)
            if widget.wordWrap():
                fits = widget.heightForWidth(widget.width()) <= widget.height() + 1
            else:
                fits = _needed_width(widget) <= box.width() - margin + 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            # A few pixels of padding may give; more than that eats into the text.
            hint = widget.sizeHint()
            fits = hint.width() <= widget.width() + 4 and hint.height() <= widget.height() + 4
        else:
            continue
        if not fits:
            problems.append(f"{type(widget).__name__} {widget.text()!r} {widget.size().toTuple()}")
    return problems


@pytest.fixture
def main_window(window: MainWindow) -> MainWindow:
    """The main window at a laptop's 1280×800, on a fresh history."""
    return window


@pytest.fixture
def pseudo_locale(qapp):
    """The 40 %-longer pseudo-locale, installed for one test."""
    translator = PseudoLocaleTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _key_widgets(window: MainWindow) -> list[QWidget]:
    """Nav buttons, view titles, primary buttons and the session's side word."""
    view = window.stack.currentWidget()
    found: list[QWidget] = list(window.nav_buttons.values())
    for widget in view.findChildren(QWidget):
        role = widget.property("role")
        if (isinstance(widget, QLabel) and role in ("title", "cardTitle")) or (
            isinstance(widget, QAbstractButton) and role == "primary"
        ):
            found.append(widget)
    side_label = getattr(getattr(view, "live", None), "side_label", None)
    if side_label is not None:
        found.append(side_label)
    return found


def _clipped_key_widgets(window: MainWindow) -> list[str]:
    QApplication.processEvents()
    problems = []
    for widget in _key_widgets(window):
        problems += [p for p in clipped_widgets(widget) if widget.isVisible()][:1]
    return problems


def test_pseudo_locale_views_lay_out_without_clipping_key_labels(
    qtbot, pseudo_locale, controller: AppController, window: MainWindow
) -> None:
    controller.load_demo_data()
    assert window.nav_buttons["library"].text().startswith("[")  # the pseudo-locale is on
    problems: dict[str, list[str]] = {}
    for key in VIEW_KEYS:
        window.show_view(key)
        problems[key] = _clipped_key_widgets(window)
    window.show_view("session")
    window.session_view.picker.card(BUILTIN_PLAN_NAME).start_button.click()
    problems["session (live)"] = _clipped_key_widgets(window)
    assert window.session_view.live.side_label.text().startswith("[")
    assert {key: found for key, found in problems.items() if found} == {}


def test_the_clipping_check_catches_a_squeezed_label(qtbot) -> None:
    label = QLabel("A label far too long for its box")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    label.show()
    assert clipped_widgets(label) != []
    label.setFixedWidth(600)
    assert clipped_widgets(label) == []
