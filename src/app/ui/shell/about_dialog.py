"""Help → About Legwork, with the research behind the programme as links."""

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import __version__
from app.evidence import shipped_evidence


def references_html() -> str:
    """The references as an HTML list of clickable citations, numbered as on the Why page."""
    items = "".join(
        f"<li>{escape(r.citation)} <a href='{escape(r.url)}'>{escape(r.url)}</a></li>"
        for r in shipped_evidence().numbered()
    )
    return f"<ol>{items}</ol>"


class AboutDialog(QDialog):
    """Version, purpose and references."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Legwork"))
        self.resize(640, 520)
        title = QLabel(self.tr("Legwork {version}").format(version=__version__))
        title.setProperty("role", "title")
        blurb = QLabel(
            self.tr("Single-leg strength training for runners: an exercise library, tempo-paced "
            "sessions that count your reps, and a per-leg record of your progress, all "
            "kept on this computer.")
        )
        blurb.setWordWrap(True)
        self.references = QTextBrowser()
        self.references.setOpenExternalLinks(True)
        self.references.setAccessibleName(self.tr("The research behind the programme"))
        heading = self.tr("The research behind the programme")
        self.references.setHtml(f"<h3>{heading}</h3>" + references_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(self.references, 1)
        layout.addWidget(buttons)
